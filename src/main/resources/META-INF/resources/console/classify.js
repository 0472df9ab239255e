// Classify: pick a model, one text or one per line, a probability bar per label.
import {api, el, onSubmit} from './dom.js';
import {classificationView} from './results.js';

/** Wires the classify form. */
export function setUpClassify() {
  const form = document.getElementById('classify-form');
  onSubmit(form, document.getElementById('classify-out'), async () => {
    const model = document.getElementById('classify-model').value;
    const text = document.getElementById('classify-text').value;
    const body = {model};
    // Explanations are asked for only when wanted: a server without them refuses the unknown field.
    const explain = Number(document.getElementById('classify-explain').value);
    if (explain > 0) body.explain = explain;
    if (document.getElementById('classify-batch').checked) {
      const texts = text.split('\n').filter(line => line.trim() !== '');
      const answer = await api('POST', '/v1/classify', {...body, texts});
      return el('div', {className: 'cards'}, answer.results.map((r, i) => classificationView(texts[i], r)));
    }
    return classificationView(text, await api('POST', '/v1/classify', {...body, text}));
  });
}

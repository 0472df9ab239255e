// Advise: the family for a described task, why (the cues marked in the person's own words), and "try it".
import {api, el, facts, onSubmit, percent} from './dom.js';
import {findQuotes, markedText} from './highlight.js';
import {classificationView, generationView, pipelineView} from './results.js';

/** The /v1/route body that runs the example request the advice carries on the given input. */
export function routeRequest(task, advice, input) {
  const {text, prompt, model, ...options} = advice.exampleRequest || {};
  const body = {task, input};
  if (advice.endpoint === '/v1/classify') {
    if (model) body.model = model;
  } else if (Object.keys(options).length) {
    body.options = options;
  }
  return body;
}

function resultView(endpoint, input, result) {
  if (endpoint === '/v1/classify') {
    return [el('p', {className: 'chosen-because'}, `Model ${result.model}: ${result.modelChosenBecause}`),
      classificationView(input, result)];
  }
  return endpoint === '/v1/pipeline' ? pipelineView(result) : generationView(result);
}

function tryIt(task, advice) {
  const example = advice.exampleRequest || {};
  const input = el('textarea', {id: 'advise-input', rows: 2, value: String(example.text ?? example.prompt ?? '')});
  const out = el('div', {id: 'advise-try-out', className: 'out', 'aria-live': 'polite'});
  const form = el('form', {id: 'advise-try'},
    el('h3', {}, 'Try it'),
    el('p', {}, `Runs ${advice.endpoint} through /v1/route with this request:`),
    el('pre', {className: 'example-request'}, JSON.stringify(example, null, 2)),
    el('label', {for: 'advise-input'}, 'Input to run it on'), input,
    el('button', {type: 'submit', id: 'advise-try-submit'}, 'Try it'), out);
  onSubmit(form, out, async () => {
    const answer = await api('POST', '/v1/route', routeRequest(task, advice, input.value));
    return resultView(advice.endpoint, input.value, answer.result);
  });
  return form;
}

function adviceView(task, a) {
  const cueSpans = findQuotes(task, (a.cues || []).map(c => ({
    text: c.text, className: `cue cue-${c.kind}`, title: c.detail ? `${c.kind}: ${c.detail}` : c.kind,
  })));
  const second = a.secondOpinion;
  return [
    el('p', {className: 'family'}, el('span', {className: 'family-name'}, a.family), ' ',
      el('span', {className: 'confidence'}, `confidence ${percent(a.confidence)}`)),
    el('h3', {}, 'Your task, with the words the advice rests on'),
    el('p', {className: 'task-marked'}, markedText(task, cueSpans)),
    el('ul', {className: 'cues', 'aria-label': 'Cues'}, (a.cues || []).map(c =>
      el('li', {}, el('span', {className: `cue cue-${c.kind}`}, c.kind), ' ', el('q', {}, c.text)))),
    el('h3', {}, 'Why'),
    el('ul', {className: 'reasons'}, (a.reasons || []).map(r => el('li', {}, r))),
    a.warnings && a.warnings.length ? [el('h3', {}, 'Warnings'),
      el('ul', {className: 'warnings'}, a.warnings.map(w => el('li', {}, w)))] : null,
    second ? facts([['Second opinion', second.family
      ? `${second.family}${second.agrees ? ' (agrees)' : ' (disagrees)'}` : (second.unavailable || 'unavailable')]]) : null,
    el('p', {className: 'endpoint'}, 'Next step: call ', el('code', {}, a.endpoint)),
    tryIt(task, a),
  ];
}

/** Wires the advise form. */
export function setUpAdvise() {
  const form = document.getElementById('advise-form');
  const out = document.getElementById('advise-out');
  onSubmit(form, out, async () => {
    const task = document.getElementById('advise-task').value;
    const body = {task};
    if (document.getElementById('advise-second').checked) body.secondOpinion = true;
    return adviceView(task, await api('POST', '/v1/advise', body));
  });
}

// Generate: a prompt and options; the text, which generator wrote it and, after a fallback, why.
import {api, onSubmit} from './dom.js';
import {generationView} from './results.js';

/** A number field's value, or undefined when it is empty. */
export function optionalNumber(id) {
  const raw = document.getElementById(id).value.trim();
  return raw === '' ? undefined : Number(raw);
}

/** Wires the generate form. */
export function setUpGenerate() {
  onSubmit(document.getElementById('generate-form'), document.getElementById('generate-out'), async () =>
    generationView(await api('POST', '/v1/generate', {
      prompt: document.getElementById('generate-prompt').value,
      generator: document.getElementById('generate-generator').value,
      maxTokens: optionalNumber('generate-max'),
      temperature: optionalNumber('generate-temperature'),
      seed: optionalNumber('generate-seed'),
    })));
}

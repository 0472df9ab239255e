// Pipeline: generate candidates, keep those one classifier lets through; every verdict shown.
import {api, onSubmit} from './dom.js';
import {optionalNumber} from './generate.js';
import {pipelineView} from './results.js';

/** Wires the pipeline form. */
export function setUpPipeline() {
  onSubmit(document.getElementById('pipeline-form'), document.getElementById('pipeline-out'), async () => {
    const labels = document.getElementById('pipeline-labels').value.split(',').map(s => s.trim()).filter(Boolean);
    const filter = {model: document.getElementById('pipeline-model').value, minConfidence: optionalNumber('pipeline-min')};
    filter[document.getElementById('pipeline-mode').value] = labels;
    return pipelineView(await api('POST', '/v1/pipeline', {
      prompt: document.getElementById('pipeline-prompt').value,
      generator: document.getElementById('pipeline-generator').value,
      candidates: optionalNumber('pipeline-candidates'),
      want: optionalNumber('pipeline-want'),
      seed: optionalNumber('pipeline-seed'),
      filters: [filter],
    }));
  });
}

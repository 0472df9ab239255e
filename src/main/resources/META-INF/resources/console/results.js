// How each function's answer reads on the page; the panels and advise's "try it" share them.
import {el, facts, percent, probabilityBars} from './dom.js';
import {explanationView, hasExplanation} from './explanation.js';

/** One classified text: the label, how sure, a bar per label, and the explanation when there is one. */
export function classificationView(text, result) {
  return el('article', {className: 'card classification'},
    el('p', {className: 'verdict'}, el('span', {className: 'label'}, result.label), ' ',
      el('span', {className: 'confidence'}, percent(result.confidence))),
    text !== null ? el('blockquote', {className: 'input-text'}, text) : null,
    probabilityBars(result.scores, result.label),
    hasExplanation(result) ? explanationView(text ?? '', result) : null);
}

/** Generated text and who wrote it; when the LLM failed and the n-gram model answered instead, why. */
export function generationView(g) {
  return el('article', {className: 'card generation'},
    el('blockquote', {className: 'generated-text'}, g.text),
    facts([
      ['Written by', `${g.generator === 'llm' ? 'an LLM' : 'the n-gram model'} (${g.model})`],
      ['Tokens', g.usage && g.usage.completionTokens != null
        ? `${g.usage.promptTokens ?? '?'} in, ${g.usage.completionTokens} out` : null],
    ]),
    g.fallback ? el('p', {className: 'fallback', role: 'note'},
      'Fell back to the n-gram model because the LLM failed: ', el('span', {className: 'fallback-reason'},
        g.fallbackReason || 'no reason given')) : null);
}

const STOPPED = {
  'want-reached': 'it kept as many candidates as wanted',
  'candidates-exhausted': 'every candidate was generated and judged',
  deadline: 'the deadline ran out (the lists hold what was done by then)',
};

function filterVerdicts(filters) {
  return el('ul', {className: 'verdicts'}, (filters || []).map((f, i) =>
    el('li', {className: f.passed ? 'pass' : 'fail'},
      `Filter ${i + 1}: ${f.model} said ${f.label} (${percent(f.confidence)}) → ${f.passed ? 'passed' : 'failed'}`)));
}

/** The pipeline's outcome: why it stopped, counts and timings, then accepted and rejected candidates as cards. */
export function pipelineView(r) {
  const ms = v => `${Number(v).toFixed(1)} ms`;
  return el('div', {className: 'pipeline-result'},
    el('p', {className: 'stopped'}, `Stopped because ${STOPPED[r.stoppedBecause] || r.stoppedBecause}.`),
    facts([
      ['Generated', `${r.generated} (${r.duplicates} duplicates dropped)`],
      ['Accepted / rejected', `${r.acceptedCount} / ${r.rejectedCount}`],
      ['Written by', r.generator ? `${r.generator} (${(r.models || []).join(', ')})` : 'nothing was generated'],
      ['Fallback', r.fallback ? `yes: ${r.fallbackReason || 'no reason given'}` : null],
      ['Time', r.timings ? `generate ${ms(r.timings.generateMs)}, filter ${ms(r.timings.filterMs)}, total ${ms(r.timings.totalMs)}` : null],
      ['Seed', String(r.seed)],
    ]),
    el('h3', {}, `Accepted (${r.accepted.length})`),
    el('div', {className: 'cards accepted'}, r.accepted.map(a => el('article', {className: 'card candidate accepted'},
      el('p', {className: 'candidate-meta'}, `#${a.index} · score ${a.score.toFixed(3)} · ${a.generator}`),
      el('blockquote', {}, a.text), filterVerdicts(a.filters)))),
    el('h3', {}, `Rejected (${r.rejected.length})`),
    el('div', {className: 'cards rejected'}, r.rejected.map(c => el('article', {className: 'card candidate rejected'},
      el('p', {className: 'candidate-meta'}, `#${c.index} · ${c.generator}`),
      el('blockquote', {}, c.text),
      el('p', {className: 'reason'}, `Rejected by filter ${c.failedFilter + 1}: ${c.reason}`),
      filterVerdicts(c.filters)))));
}

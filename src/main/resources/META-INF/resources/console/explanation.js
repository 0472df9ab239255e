// Classify's explanations ("explain": k): the words that decided a result, highlighted in the text by direction
// (for or against the chosen label) and weight. Shown only when the API's result carries an explanation.
import {el} from './dom.js';
import {markedText} from './highlight.js';

/** True when a classify result carries an explanation to show. */
export function hasExplanation(result) {
  return Array.isArray(result.explanation) && result.explanation.length > 0;
}

/**
 * The text with each explained word marked: "for" when it pushes towards the chosen label, "against" otherwise,
 * stronger colour for a larger |contribution|; then the same words as a list, for readers who do not see colour.
 */
export function explanationView(text, result) {
  const items = result.explanation.filter(e => typeof e.contribution === 'number');
  const strongest = Math.max(1e-9, ...items.map(e => Math.abs(e.contribution)));
  const supports = e => (e.label === result.label) === (e.contribution >= 0);
  const describe = e => `${e.contribution >= 0 ? '+' : ''}${e.contribution.toFixed(3)} towards ${e.label}`;
  const spans = items.map(e => ({
    start: e.start, end: e.end, weight: (Math.abs(e.contribution) / strongest).toFixed(2),
    className: supports(e) ? 'explain for' : 'explain against', title: describe(e),
  }));
  return el('div', {className: 'explanation'},
    el('p', {className: 'explained-text'}, markedText(text, spans)),
    el('ul', {className: 'explained-words', 'aria-label': 'Words that decided it'},
      items.map(e => el('li', {className: supports(e) ? 'for' : 'against'},
        el('q', {}, String(e.text ?? '')), ` ${supports(e) ? 'for' : 'against'} ${result.label}: ${describe(e)}`))),
    result.modelVersion ? el('p', {className: 'model-version'}, `Model version ${result.modelVersion}`) : null);
}

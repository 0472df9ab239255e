// Models: each classifier's card, with its held-out metrics and the confusion matrix as a small heat map.
import {el, facts, percent} from './dom.js';

function confusionMatrix(labels, confusion) {
  const max = Math.max(1, ...confusion.flat());
  return el('table', {className: 'confusion'},
    el('caption', {}, 'Confusion matrix (rows: true label, columns: predicted)'),
    el('thead', {}, el('tr', {}, el('td', {}), labels.map(l => el('th', {scope: 'col'}, l)))),
    el('tbody', {}, confusion.map((row, i) => el('tr', {}, el('th', {scope: 'row'}, labels[i]),
      row.map((count, j) => {
        const cell = el('td', {className: i === j ? 'hit' : 'miss', title: `true ${labels[i]}, predicted ${labels[j]}`},
          String(count));
        cell.style.setProperty('--heat', (count / max).toFixed(3));
        return cell;
      })))));
}

function perLabel(metrics) {
  return el('table', {className: 'per-label'},
    el('thead', {}, el('tr', {}, ['Label', 'Precision', 'Recall', 'F1', 'Support'].map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, (metrics.perLabel || []).map(m => el('tr', {}, el('th', {scope: 'row'}, m.label),
      el('td', {}, percent(m.precision)), el('td', {}, percent(m.recall)), el('td', {}, percent(m.f1)),
      el('td', {}, String(m.support))))));
}

/** One model card. */
export function modelCard(m) {
  const d = m.dataset || {}, s = m.split || {}, h = m.hyperparameters || {}, metrics = m.metrics || {};
  return el('article', {className: 'card model', 'data-model': m.name},
    el('h3', {}, m.name),
    m.description ? el('p', {}, m.description) : null,
    facts([
      ['Labels', (m.labels || []).join(', ')],
      ['Input', m.inputFormat],
      ['Loaded from', m.origin],
      ['Data', d.source ? `${d.examples} examples from ${d.source}${d.skipped ? ` (${d.skipped} skipped)` : ''}` : null],
      ['Split', s.rule ? `${s.train} train / ${s.validation} validation / ${s.test} test (${s.rule})` : null],
      ['Size', h.buckets ? `${h.buckets.toLocaleString('en')} hashed features × ${(m.labels || []).length} labels, `
        + `word n-grams up to ${h.wordNgrams}${h.charNgrams ? `, char n-grams up to ${h.charNgrams}` : ''}` : null],
      ['Accuracy', metrics.accuracy != null ? `${percent(metrics.accuracy)} on ${metrics.examples} held-out examples` : null],
      ['Macro-F1', metrics.macroF1 != null ? percent(metrics.macroF1) : null],
      ['Log-loss', metrics.logLoss != null ? metrics.logLoss.toFixed(3) : null],
    ]),
    metrics.perLabel ? perLabel(metrics) : null,
    metrics.confusion ? confusionMatrix(metrics.labels || m.labels, metrics.confusion) : null);
}

/** The cards of a GET /v1/models answer. */
export function modelCards(listing) {
  return el('div', {className: 'cards models'}, listing.models.map(modelCard));
}

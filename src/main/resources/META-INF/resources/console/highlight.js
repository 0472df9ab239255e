// Marks spans of a text, built from text nodes only. Used for the advisor's cues and for classify's explanations.
import {el} from './dom.js';

/**
 * The text with each span [start, end) wrapped in a <mark>; spans that overlap an earlier one or fall outside
 * the text are left out. Each span: {start, end, className, title, style}.
 */
export function markedText(text, spans) {
  const ordered = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end)
      && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    const mark = el('mark', {className: span.className, title: span.title}, text.slice(span.start, span.end));
    if (span.weight !== undefined) mark.style.setProperty('--weight', String(span.weight));
    parts.push(mark);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** Where each quoted phrase first occurs in the text (case-insensitively), as spans. */
export function findQuotes(text, quotes) {
  const lower = text.toLowerCase();
  const spans = [];
  for (const q of quotes) {
    if (!q.text) continue;
    const start = lower.indexOf(q.text.toLowerCase());
    if (start >= 0) spans.push({...q, start, end: start + q.text.length});
  }
  return spans;
}

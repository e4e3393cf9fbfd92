// Overlapping candidates from the recognizers and the lexicon become one non-overlapping set.
//
// 1. Same span, same label (several recognizers agree): one span. Its source is the lexicon's
//    if the lexicon found it, else the first source in alphabetical order; attributes are merged,
//    the lexicon's (the entity's identity the annotator confirmed) over the recognizers'.
// 2. Within a label, the longer span wins: a full name over the short name inside it
//    (华为技术有限公司 over 华为), a range over its parts (5月7日至8日 over 5月7日). At equal
//    length the lexicon wins, then the earlier span.
// 3. Across labels, the annotator's lexicon wins over the rules: it is their decision about this
//    very text. Between rules the longer span wins: a number inside a company name is part of the
//    name (三六零, 58同城 stay COMPANY, not AMOUNT; guidelines: no AMOUNT inside names), and a short
//    company name found inside a person's name loses to the OFFICIAL. At equal length,
//    LABEL_PRIORITY decides; then the earlier span.
// 4. A candidate that lost in step 2 to a span that itself lost in step 3 comes back if it
//    now clashes with nothing (in the order of step 3), so no clear spot stays empty.
import type { Candidate } from './recognizers/types';
import { LEXICON_SOURCE } from './lexicon/matcher';

/**
 * Equal-length conflicts between labels: an OFFICIAL was anchored on a title next to the name,
 * which beats a company dictionary hit on the same characters; a year like 2025年 is a DATE
 * rather than a quantity of years. Labels not listed (user labels) come after these.
 */
export const LABEL_PRIORITY: readonly string[] = ['OFFICIAL', 'COMPANY', 'DATE', 'AMOUNT'];

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const merged = mergeSame(candidates);
  const byLabel = new Map<string, Candidate[]>();
  for (const c of merged) {
    const list = byLabel.get(c.label);
    if (list) list.push(c);
    else byLabel.set(c.label, [c]);
  }
  const winners = new Set([...byLabel.values()].flatMap((list) => pickNonOverlapping(ranked(list, withinLabel))));
  // Both steps across labels take the candidates in the same order: sorted once.
  const acrossOrder = ranked(merged, acrossLabels);
  const kept = pickNonOverlapping(acrossOrder.filter((c) => winners.has(c)));
  return pickNonOverlapping(acrossOrder, kept);
}

const length = (c: Candidate) => c.end - c.start;
const isLexicon = (c: Candidate) => c.source === LEXICON_SOURCE;
const lexiconFirst = (a: Candidate, b: Candidate) => Number(isLexicon(b)) - Number(isLexicon(a));
const withinLabel = (a: Candidate, b: Candidate) => length(b) - length(a) || lexiconFirst(a, b) || a.start - b.start;
const acrossLabels = (a: Candidate, b: Candidate) =>
  lexiconFirst(a, b) || length(b) - length(a) || labelRank(a.label) - labelRank(b.label) || a.start - b.start;
const compareLabels = (a: Candidate, b: Candidate) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
const bySpan = (a: Candidate, b: Candidate) => a.start - b.start || a.end - b.end || compareLabels(a, b);

function labelRank(label: string): number {
  const i = LABEL_PRIORITY.indexOf(label);
  return i === -1 ? LABEL_PRIORITY.length : i;
}

/** Best first by `rank`, then by end and label: a total order, as no two merged candidates share span and label. */
function ranked(candidates: readonly Candidate[], rank: (a: Candidate, b: Candidate) => number): Candidate[] {
  return [...candidates].sort((a, b) => rank(a, b) || a.end - b.end || compareLabels(a, b));
}

function mergeSame(candidates: readonly Candidate[]): Candidate[] {
  // Sorted by span and label, a group is a run; the sort is stable, so each keeps its order.
  const sorted = [...candidates].sort(bySpan);
  const merged: Candidate[] = [];
  for (let i = 0, j = 1; i < sorted.length; i = j++) {
    while (j < sorted.length && bySpan(sorted[i]!, sorted[j]!) === 0) j++;
    merged.push(j - i === 1 ? sorted[i]! : mergeGroup(sorted.slice(i, j)));
  }
  return merged;
}

function mergeGroup(group: readonly Candidate[]): Candidate {
  // Lexicon last so its attributes are applied over the others'.
  const ordered = [...group].sort((a, b) => lexiconFirst(b, a) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const attrs = Object.assign({}, ...ordered.map((c) => c.attrs ?? {}));
  const source = ordered.some(isLexicon) ? LEXICON_SOURCE : ordered[0]!.source;
  const { start, end, label } = group[0]!;
  return Object.keys(attrs).length ? { start, end, label, source, attrs } : { start, end, label, source };
}

/**
 * Greedy: each candidate, in the order given (best first), is kept only if it overlaps nothing
 * kept before it (starting from `kept`, sorted by start, which is also the order returned).
 */
function pickNonOverlapping(ordered: readonly Candidate[], kept: Candidate[] = []): Candidate[] {
  kept = [...kept];
  for (const c of ordered) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const clashes = (lo > 0 && kept[lo - 1]!.end > c.start) || (lo < kept.length && kept[lo]!.start < c.end);
    if (!clashes) kept.splice(lo, 0, c);
  }
  return kept;
}

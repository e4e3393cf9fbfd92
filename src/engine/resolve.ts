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
  for (const c of merged) pushTo(byLabel, c.label, c);
  const withinLabels = [...byLabel.values()].flatMap((list) =>
    pickNonOverlapping(list, (a, b) => length(b) - length(a) || lexiconFirst(a, b) || a.start - b.start),
  );
  const acrossLabels = (a: Candidate, b: Candidate) =>
    lexiconFirst(a, b) || length(b) - length(a) || labelRank(a.label) - labelRank(b.label) || a.start - b.start;
  const kept = pickNonOverlapping(withinLabels, acrossLabels);
  return pickNonOverlapping(merged, acrossLabels, kept);
}

const length = (c: Candidate) => c.end - c.start;
const isLexicon = (c: Candidate) => c.source === LEXICON_SOURCE;
const lexiconFirst = (a: Candidate, b: Candidate) => Number(isLexicon(b)) - Number(isLexicon(a));

function labelRank(label: string): number {
  const i = LABEL_PRIORITY.indexOf(label);
  return i === -1 ? LABEL_PRIORITY.length : i;
}

function mergeSame(candidates: readonly Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    pushTo(groups, `${c.start}:${c.end}:${c.label}`, c);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0];
    // Lexicon last so its attributes are applied over the others'.
    const ordered = [...group].sort((a, b) => lexiconFirst(b, a) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    const attrs = Object.assign({}, ...ordered.map((c) => c.attrs ?? {}));
    const source = ordered.some(isLexicon) ? LEXICON_SOURCE : ordered[0].source;
    const { start, end, label } = group[0];
    return Object.keys(attrs).length ? { start, end, label, source, attrs } : { start, end, label, source };
  });
}

function pushTo<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/**
 * Greedy: best first by `rank`, each kept only if it overlaps nothing kept before it (starting
 * from `kept`, sorted by start, which is also the order returned).
 */
function pickNonOverlapping(candidates: readonly Candidate[], rank: (a: Candidate, b: Candidate) => number, kept: Candidate[] = []): Candidate[] {
  kept = [...kept];
  for (const c of [...candidates].sort((a, b) => rank(a, b) || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const clashes = (lo > 0 && kept[lo - 1].end > c.start) || (lo < kept.length && kept[lo].start < c.end);
    if (!clashes) kept.splice(lo, 0, c);
  }
  return kept;
}

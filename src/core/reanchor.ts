import { sha256 } from './hash';
import { OffsetMap } from './offsets';
import { checkSpanAgainstText, sortSpans, type Span } from './span';
import { CONTEXT_LENGTH, type Sidecar, type SidecarSpan } from './sidecar';

export interface Anchored {
  spans: Span[];
  /** Spans found at a new position. */
  moved: number;
  /** Spans whose text could not be found again: kept with `stale: true`. */
  stale: number;
}

/** Context characters that must agree before a span is placed on another occurrence of its text. */
const MIN_CONTEXT_MATCH = 4;

/**
 * Places the sidecar's spans on the current article text. When the text is the one the sidecar
 * was saved for, nothing moves. Otherwise each span is matched to an occurrence of its own text
 * by the context saved around it; a span is only ever placed on its own text, and one that
 * cannot be placed keeps its old offsets and is flagged stale.
 */
export function anchorSpans(sidecar: Sidecar, text: string): Anchored {
  const map = new OffsetMap(text);
  const strip = ({ context: _context, ...span }: SidecarSpan): Span => span;
  if (sidecar.document.sha256 === sha256(text)) {
    const spans = sidecar.spans.map((s) => {
      const span = strip(s);
      return span.stale || !checkSpanAgainstText(span, map) ? span : { ...span, stale: true as const };
    });
    return { spans: sortSpans(spans), moved: 0, stale: spans.filter((s) => s.stale).length };
  }

  const candidates: Array<{ span: number; start: number; score: number; distance: number }> = [];
  sidecar.spans.forEach((s, i) => {
    const starts = occurrences(text, s.text, map);
    for (const start of starts) {
      const score = s.context ? contextScore(map, start, start + (s.end - s.start), s.context) : 0;
      const needed = s.context ? Math.min(MIN_CONTEXT_MATCH, s.context[0].length + s.context[1].length) : 0;
      // Without saved context (or too little of it agreeing, as in a short text) the only
      // occurrence at the very place the span was is trusted; without context at all, also
      // an only occurrence elsewhere, or the same place among several.
      const onlyHere = starts.length === 1 && start === s.start;
      const trusted = s.context ? score >= needed || onlyHere : starts.length === 1 || start === s.start;
      if (trusted) candidates.push({ span: i, start, score, distance: Math.abs(start - s.start) });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance || a.span - b.span);

  const placed = new Map<number, number>();
  const taken = new Set<string>();
  for (const c of candidates) {
    const s = sidecar.spans[c.span];
    const key = `${s.label}\u0000${c.start}`;
    if (placed.has(c.span) || taken.has(key)) continue;
    placed.set(c.span, c.start);
    taken.add(key);
  }

  let moved = 0;
  let stale = 0;
  const spans = sidecar.spans.map((s, i) => {
    const span = strip(s);
    const start = placed.get(i);
    if (start === undefined) {
      stale++;
      return { ...span, stale: true as const };
    }
    if (start !== s.start) moved++;
    const { stale: _wasStale, ...live } = span;
    return { ...live, start, end: start + (s.end - s.start) };
  });
  return { spans: sortSpans(spans), moved, stale };
}

/** Code-point starts of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string, map: OffsetMap): number[] {
  const out: number[] = [];
  for (let u = text.indexOf(needle); u !== -1; u = text.indexOf(needle, u + 1)) {
    if (!map.splitsPair(u)) out.push(map.toCodePoint(u));
  }
  return out;
}

/** How many characters of saved context agree around [start, end) (before counted backwards). */
function contextScore(map: OffsetMap, start: number, end: number, [before, after]: [string, string]): number {
  const b = [...map.slice(Math.max(0, start - CONTEXT_LENGTH), start)];
  const a = [...map.slice(end, Math.min(map.length, end + CONTEXT_LENGTH))];
  const sb = [...before];
  const sa = [...after];
  let score = 0;
  while (score < sb.length && score < b.length && sb[sb.length - 1 - score] === b[b.length - 1 - score]) score++;
  let k = 0;
  while (k < sa.length && k < a.length && sa[k] === a[k]) k++;
  return score + k;
}

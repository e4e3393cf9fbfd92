import { compareSpans, type Span } from '../../core/span';
import { LazyShiftList } from './lazyShiftList';

/** An edit in code points over the text before it: [start, end) replaced by `inserted` code points. */
export interface CodePointEdit {
  start: number;
  end: number;
  inserted: number;
}

export interface EditOutcome {
  /** Annotator's spans still there whose extent changed (their `text` must be refreshed). */
  resized: Span[];
  /** Suggestions the edit went through: dropped (re-annotation suggests again). */
  dropped: Span[];
  /** Annotator's spans whose text was deleted entirely: kept as stale, not shown. */
  staled: Span[];
}

/**
 * The live (not stale) spans of one document in code points, sorted, following every edit.
 * Where an edit meets a span: text inserted at its start pushes it, at its end leaves it,
 * inside it grows it; deleted text is cut out of it.
 */
export class SpanTrack {
  private readonly list = new LazyShiftList<Span>(
    (s) => s.start,
    (s, d) => {
      s.start += d;
      s.end += d;
    },
  );
  /** Upper bound of any span's length, to bound the backward scan of an edit. */
  private maxLength = 0;

  constructor(spans: readonly Span[] = []) {
    this.reset(spans);
  }

  /** Replaces the whole set (loading, and annotation operations, which are rare: O(n log n)). */
  reset(spans: readonly Span[]): void {
    const live = spans.map((s) => ({ ...s })).sort(compareSpans);
    this.maxLength = live.reduce((m, s) => Math.max(m, s.end - s.start), 0);
    this.list.reset(live);
  }

  get size(): number {
    return this.list.length;
  }

  /** Every span, current offsets (O(n)). Do not mutate. */
  all(): readonly Span[] {
    return this.list.all();
  }

  /** Spans intersecting [start, end], copies with current offsets (O(log n + k)). */
  within(start: number, end: number): Span[] {
    const out: Span[] = [];
    const stop = this.list.lowerBound(end, true);
    for (let i = this.list.lowerBound(start - this.maxLength); i < stop; i++) {
      const s = this.list.at(i);
      if (s.end >= start) out.push({ ...s });
    }
    return out;
  }

  /** Applies an edit; O(log n + k) for typing in one place. */
  applyEdit(edit: CodePointEdit): EditOutcome {
    const { start: a, end: b, inserted } = edit;
    const delta = inserted - (b - a);
    const outcome: EditOutcome = { resized: [], dropped: [], staled: [] };
    const after = this.list.lowerBound(b); // spans starting at or after the edit's end only move
    this.list.settle(after);
    let first = after;
    while (first > 0 && this.list.position(first - 1) + this.maxLength > a) first--;
    const kept: Span[] = [];
    let touched = false;
    for (let i = first; i < after; i++) {
      const s = this.list.at(i);
      // Replaced text overlaps the span, or text is inserted strictly inside it.
      const meets = a < b ? s.start < b && a < s.end : s.start < a && a < s.end;
      if (!meets) {
        kept.push(s);
        continue;
      }
      const start = s.start < a ? s.start : s.start >= b ? s.start + delta : a + inserted;
      const end = s.end <= a ? s.end : s.end >= b ? s.end + delta : a;
      touched = true;
      if (s.status === 'suggested') outcome.dropped.push(s);
      else if (start >= end) outcome.staled.push({ ...s, stale: true });
      else {
        s.start = start;
        s.end = end;
        this.maxLength = Math.max(this.maxLength, end - start);
        kept.push(s);
        outcome.resized.push(s);
      }
    }
    if (touched) this.list.splice(first, after, kept.sort(compareSpans));
    this.list.shiftFrom(first + kept.length, delta);
    return outcome;
  }

  /**
   * Rewrites the spans that start in [start - longest span, end), i.e. all that can meet
   * [start, end): O(log n + k) plus one array splice.
   */
  replaceWithin(start: number, end: number, rewrite: (segment: Span[]) => Span[]): void {
    const from = this.list.lowerBound(start - this.maxLength);
    const to = this.list.lowerBound(end);
    const segment: Span[] = [];
    for (let i = from; i < to; i++) segment.push(this.list.at(i));
    const next = rewrite(segment).sort(compareSpans);
    for (const s of next) this.maxLength = Math.max(this.maxLength, s.end - s.start);
    this.list.splice(from, to, next);
  }
}

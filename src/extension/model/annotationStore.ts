import { overlaps, sortSpans, spanId, type Span, type SpanStatus } from '../../core/span';
import { LiveOffsets } from './liveOffsets';
import { SpanTrack, type EditOutcome } from './spanTrack';

/** One undoable annotation change: each span's state before and after (undefined: absent). */
type Change = Array<{ id: string; before?: Span; after?: Span }>;

/** Reads the current document text between two code-point offsets. */
export type TextAt = (start: number, end: number) => string;

/**
 * Everything the editor knows about one article's annotations, without VS Code: the spans in
 * code points (following edits), the stale ones, and an undo stack of annotation changes.
 */
export class AnnotationStore {
  offsets: LiveOffsets;
  private readonly track: SpanTrack;
  private staleSpans: Span[];
  /** Ids of every span, live or stale (ids must stay unique in the sidecar). */
  private ids = new Set<string>();
  private readonly undoStack: Change[] = [];
  private readonly listeners = new Set<() => void>();
  /** Bumped on every change of the annotations (not on pure shifts). */
  version = 0;

  constructor(
    text: string,
    spans: readonly Span[],
    private readonly textAt: TextAt,
  ) {
    this.offsets = new LiveOffsets(text);
    this.track = new SpanTrack(spans.filter((s) => !s.stale));
    this.staleSpans = spans.filter((s) => s.stale);
    this.rebuildIds();
  }

  /** Starts over from a new text and spans (a reload from disk); forgets the undo history. */
  reset(text: string, spans: readonly Span[]): void {
    this.offsets = new LiveOffsets(text);
    this.track.reset(spans.filter((s) => !s.stale));
    this.staleSpans = spans.filter((s) => s.stale);
    this.undoStack.length = 0;
    this.rebuildIds();
    this.changed();
  }

  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Number of live spans (rejected included), without settling pending shifts. */
  get size(): number {
    return this.track.size;
  }

  /** Live spans (rejected included), current offsets. Do not mutate. */
  live(): readonly Span[] {
    return this.track.all();
  }

  /** Everything to save: live and stale spans. */
  all(): Span[] {
    return sortSpans([...this.track.all(), ...this.staleSpans]);
  }

  /** Spans shown in the editor (not rejected) intersecting [start, end]. */
  shownWithin(start: number, end: number): Span[] {
    return this.track.within(start, end).filter((s) => s.status !== 'rejected');
  }

  /** Live spans under a cursor at `cp` (a cursor right after a span counts) or meeting a selection. */
  at(start: number, end = start): Span[] {
    return this.track.within(start, end).filter((s) => (start === end ? s.start <= start && start <= s.end : s.start < end && start < s.end));
  }

  byId(id: string): Span | undefined {
    return this.track.all().find((s) => s.id === id);
  }

  /**
   * Follows one text edit given in UTF-16 (VS Code's rangeOffset, rangeLength, text).
   * O(log n + k) while typing in one place.
   */
  applyTextEdit(offset: number, length: number, inserted: string): EditOutcome {
    const start = this.offsets.toCodePoint(offset);
    const end = this.offsets.toCodePoint(offset + length);
    this.offsets.applyEdit(offset, length, inserted);
    const insertedCp = this.offsets.toCodePoint(offset + inserted.length) - start;
    const outcome = this.track.applyEdit({ start, end, inserted: insertedCp });
    for (const s of outcome.resized) s.text = this.textAt(s.start, s.end);
    this.staleSpans.push(...outcome.staled);
    for (const s of outcome.dropped) this.ids.delete(s.id);
    if (outcome.resized.length || outcome.dropped.length || outcome.staled.length) this.changed();
    return outcome;
  }

  /**
   * Replaces the suggestions inside [start, end) with fresh ones from the engine, keeping the
   * annotator's decisions: no suggestion over an accepted span, none that repeats a rejection.
   * Not undoable (it is the engine's, not the annotator's).
   */
  replaceSuggestions(start: number, end: number, fresh: readonly Span[]): void {
    let changed = false;
    this.track.replaceWithin(start, end, (segment) => {
      const kept = segment.filter((s) => !(s.status === 'suggested' && s.start >= start && s.end <= end));
      const near = kept.filter((s) => s.start < end && start < s.end); // only these can meet a fresh span
      const accepted = near.filter((s) => s.status === 'accepted');
      const taken = new Set(near.filter((s) => s.status !== 'accepted').map(rangeKey)); // rejected, or suggested already
      const keptIds = new Set(kept.map((s) => s.id));
      for (const s of segment) if (!keptIds.has(s.id)) this.ids.delete(s.id);
      const added = fresh.filter((f) => !taken.has(rangeKey(f)) && !accepted.some((a) => overlaps(a, f))).map((s) => withUniqueId(s, this.ids));
      const next = [...kept, ...added];
      changed = !sameSpans(segment, next);
      return next;
    });
    if (changed) this.changed();
  }

  setStatus(ids: readonly string[], status: SpanStatus): void {
    this.edit(ids.map((id) => [id, (s: Span) => ({ ...s, status })]));
  }

  setLabel(id: string, label: string): void {
    this.edit([[id, (s) => ({ ...s, label, status: 'accepted' })]]);
  }

  /** Moves a span to [start, end) (e.g. snapped to word boundaries); the annotator's from then on. */
  setRange(id: string, start: number, end: number): void {
    this.edit([[id, (s) => ({ ...s, start, end, text: this.textAt(start, end), status: 'accepted' })]]);
  }

  remove(ids: readonly string[]): void {
    this.edit(ids.map((id) => [id, () => undefined]));
  }

  /**
   * Labels [start, end) as `label` (accepted). Suggestions and rejections it meets give way; an
   * accepted span it meets gives way too when `overrule`, else that occurrence is left alone.
   * Returns how many ranges were labelled.
   */
  label(ranges: ReadonlyArray<{ start: number; end: number }>, label: string, source: string, overrule = true): number {
    const current = this.track.all();
    const ids = new Set(this.ids);
    const ops: Array<[string, (s: Span) => Span | undefined]> = [];
    const added: Span[] = [];
    for (const r of ranges) {
      const met = current.filter((s) => overlaps(s, r));
      if (met.some((s) => s.status === 'accepted' && s.label === label && s.start === r.start && s.end === r.end)) continue;
      if (!overrule && met.some((s) => s.status === 'accepted')) continue;
      for (const s of met) ops.push([s.id, () => undefined]);
      const text = this.textAt(r.start, r.end);
      const span = withUniqueId({ id: spanId(label, r.start, r.end, text), start: r.start, end: r.end, label, text, status: 'accepted', source }, ids);
      added.push(span);
    }
    if (!added.length) return 0;
    this.edit(ops, added);
    return added.length;
  }

  /**
   * A stale span (kept, not shown) comes back at [start, end), where its text is found again, or is
   * dropped when `to` is omitted. Not undoable: the consistency quick fixes use it. False when no
   * stale span has that id.
   */
  resolveStale(id: string, to?: { start: number; end: number }): boolean {
    const i = this.staleSpans.findIndex((s) => s.id === id);
    if (i < 0) return false;
    const [{ stale: _stale, ...span }] = this.staleSpans.splice(i, 1);
    if (to) this.track.reset([...this.track.all(), { ...span, start: to.start, end: to.end, text: this.textAt(to.start, to.end) }]);
    this.rebuildIds();
    this.changed();
    return true;
  }

  /** Undoes the last annotation change; false when there is none. */
  undo(): boolean {
    const change = this.undoStack.pop();
    if (!change) return false;
    const current = new Map(this.track.all().map((s) => [s.id, s]));
    for (const { id, before, after } of [...change].reverse()) {
      const now = current.get(id);
      current.delete(id);
      if (!before) continue;
      if (now && after) {
        // Edits may have moved it since: keep the move, restore the rest.
        const shift = now.start - after.start;
        const start = before.start + shift;
        const end = before.end + shift + (now.end - now.start) - (after.end - after.start);
        current.set(id, { ...before, start, end, text: this.textAt(start, end) });
      } else if (this.textAt(before.start, before.end) === before.text) {
        current.set(id, { ...before });
      }
    }
    this.track.reset([...current.values()]);
    this.rebuildIds();
    this.changed();
    return true;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  private edit(ops: ReadonlyArray<[string, (s: Span) => Span | undefined]>, added: readonly Span[] = []): void {
    const current = new Map(this.track.all().map((s) => [s.id, s]));
    const change: Change = [];
    for (const [id, f] of ops) {
      const before = current.get(id);
      if (!before) continue;
      const after = f(before);
      if (after) current.set(id, after);
      else current.delete(id);
      change.push({ id, before, after });
    }
    for (const s of added) {
      current.set(s.id, s);
      change.push({ id: s.id, after: s });
    }
    if (!change.length) return;
    this.undoStack.push(change);
    this.track.reset([...current.values()]);
    this.rebuildIds();
    this.changed();
  }

  private rebuildIds(): void {
    this.ids = new Set([...this.track.all(), ...this.staleSpans].map((s) => s.id));
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

function rangeKey(s: { label: string; start: number; end: number }): string {
  return `${s.label}:${s.start}:${s.end}`;
}

/** Ids hash where a span first was; a span that moved may already hold a new span's id. */
function withUniqueId(span: Span, ids: Set<string>): Span {
  let id = span.id;
  for (let k = 1; ids.has(id); k++) id = spanId(span.label, span.start, span.end, `${span.text}\u0000${k}`);
  ids.add(id);
  return id === span.id ? span : { ...span, id };
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  const ids = new Set(a.map((s) => `${s.id}:${s.start}:${s.end}:${s.status}:${s.label}`));
  return b.every((s) => ids.has(`${s.id}:${s.start}:${s.end}:${s.status}:${s.label}`));
}

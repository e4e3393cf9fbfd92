/** Latencies measured inside the extension host, read by the integration bench (via the API). */
export const metrics = {
  activationMs: 0,
  /**
   * Per article path: ms from the document opening to its first decorations with spans; ms from
   * its editor showing to them (what the annotator waits for); ms from opening until the engine's
   * suggestions were in the store, and of that the engine's own time.
   */
  firstDecorations: {} as Record<string, { ms: number; shownMs: number; suggestedMs: number; engineMs: number; chars: number; engineWarm: boolean }>,
  /** Per article path: ms from the document opening until the suggestions of all its lines were in the store. */
  wholeSuggested: {} as Record<string, number>,
  /** Synchronous time spent on each text change event (span shifting), last 2000. */
  editMs: [] as number[],
  /** Time to compute and set decorations for the visible ranges, last 200. */
  decorateVisibleMs: [] as number[],
  /** Each slice of the full decoration pass of a big article, last 200. */
  decorateSliceMs: [] as number[],
  /** Replacing the suggestions of an annotated chunk or paragraph, last 200. */
  mergeMs: [] as number[],
};

export function record(list: number[], ms: number, keep = 2000): void {
  list.push(ms);
  if (list.length > keep) list.splice(0, list.length - keep);
}

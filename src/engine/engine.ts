import { OffsetMap } from '../core/offsets';
import { compareSpans, type SpanDraft } from '../core/span';
import { recognizeAll } from './recognizers';

/** The pre-annotation engine as the CLI and the editor see it: text in, suggestions out. */
export interface Engine {
  /** Suggested spans over `text`, offsets in code points, sorted. */
  annotate(text: string): Promise<SpanDraft[]>;
  dispose(): Promise<void>;
}

export function createEngine(): Engine {
  return {
    async annotate(text) {
      const map = new OffsetMap(text);
      return recognizeAll(text)
        .map((d) => ({ ...d, start: map.toCodePoint(d.start), end: map.toCodePoint(d.end) }))
        .sort(compareSpans);
    },
    async dispose() {},
  };
}

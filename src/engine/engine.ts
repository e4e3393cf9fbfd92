import { OffsetMap } from '../core/offsets';
import { compareSpans, type SpanDraft } from '../core/span';
import { recognizeAmounts } from './recognizers/amount';
import { recognizeCompanies } from './recognizers/company';
import { recognizeDates } from './recognizers/date';
import { recognizeOfficials } from './recognizers/official';
import type { Recognizer } from './recognizers/types';
import { createSegmenter, type Segmenter } from './segmenter/segmenter';

/** The pre-annotation engine as the CLI and the editor see it: text in, suggestions out. */
export interface Engine {
  /** Suggested spans over `text`, offsets in code points, sorted. */
  annotate(text: string): Promise<SpanDraft[]>;
  dispose(): Promise<void>;
}

const RECOGNIZERS: Recognizer[] = [recognizeCompanies, recognizeOfficials, recognizeDates, recognizeAmounts];

export function createEngine(segmenter: Segmenter = createSegmenter()): Engine {
  return {
    async annotate(text) {
      const tokens = await segmenter.tag(text);
      const map = new OffsetMap(text);
      return RECOGNIZERS.flatMap((r) => r({ text, tokens }))
        .map((c) => ({ ...c, start: map.toCodePoint(c.start), end: map.toCodePoint(c.end) }))
        .sort(compareSpans);
    },
    dispose: () => segmenter.dispose(),
  };
}

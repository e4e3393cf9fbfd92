import type { SpanAttrs } from '../../core/span';
import type { Token } from '../segmenter/segmenter';

/** What every recognizer sees: the article text and its segmenter tokens (UTF-16 offsets). */
export interface RecognizerInput {
  text: string;
  tokens: readonly Token[];
}

/** A recognized span in UTF-16 offsets; the engine converts to code points at its boundary. */
export interface Candidate {
  start: number;
  end: number;
  label: string;
  source: string;
  attrs?: SpanAttrs;
}

export type Recognizer = (input: RecognizerInput) => Candidate[];

/** Candidates from a global regex: the whole match, or one capture group of it. */
export function matchAll(text: string, re: RegExp, label: string, source: string, group = 0): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const t = m[group];
    if (!t) continue;
    const start = m.index + (group ? m[0].indexOf(t) : 0);
    out.push({ start, end: start + t.length, label, source });
  }
  return out;
}

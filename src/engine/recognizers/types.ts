import type { SpanAttrs } from '../../core/span';
import type { Token } from '../segmenter/segmenter';

/** What every recognizer sees: the article text and its segmenter tokens (UTF-16 offsets). */
export interface RecognizerInput {
  text: string;
  tokens: readonly Token[];
  /** The article is written in traditional script, and `text` is its simplified form (Taiwan, Hong Kong, Macau). */
  traditional?: boolean;
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


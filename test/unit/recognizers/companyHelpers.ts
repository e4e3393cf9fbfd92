import { isTaggedPlace } from '../../../src/engine/dict/places';
import { recognizeCompanies } from '../../../src/engine/recognizers/company/company';
import type { Candidate } from '../../../src/engine/recognizers/types';
import { withOffsets } from '../../../src/engine/segmenter/segmenter';

// Real nodejieba tags, as the engine passes them to recognizers: with the cities and zones of the
// place list tagged ns, as the engine's tagger does (jieba.ts). The sentences of the tests that use this are
// written for them, not taken from an evaluation set.
const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };
export const tag = (text: string) => jieba.tag(text).map((t) => (isTaggedPlace(t.word) ? { word: t.word, tag: 'ns' } : t));

/** The recognizer's candidates as they are (UTF-16 offsets). */
export function companyCandidates(text: string): Candidate[] {
  return recognizeCompanies({ text, tokens: withOffsets(text ? tag(text) : []) });
}

/** What an annotator sees of each COMPANY candidate: its text, where it came from, its full name. */
export function companies(text: string): Array<{ text: string; source: string; canonical?: string }> {
  return companyCandidates(text).map((c) => ({
    text: text.slice(c.start, c.end),
    source: c.source,
    canonical: c.attrs?.canonical,
  }));
}

export const names = (text: string): string[] => companies(text).map((c) => c.text);

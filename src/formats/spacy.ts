import { OffsetMap } from '../core/offsets';
import { toJsonl, type ExportDoc } from './records';

// Prodigy/spaCy JSONL: {text, tokens: [{text, start, end, id, ws}], spans: [{start, end, token_start,
// token_end, label}], meta}. Offsets are code points (Python str indices), end exclusive;
// token_end is the index of the span's last token (inclusive), as Prodigy writes it
// (explosion/prodigy-recipes ner/ner_correct.py: token_end = ent.end - 1).

/** A segmenter token in code points. */
export interface CharRange {
  start: number;
  end: number;
}

interface SpacyToken {
  text: string;
  start: number;
  end: number;
  id: number;
  ws: boolean;
}

/**
 * Tokens cut at every span edge, so each span starts and ends on a token boundary (spaCy's
 * Doc.char_span returns None otherwise and the span would be lost in training). Returns the
 * tokens and the spans whose edges fell inside a segmenter token.
 */
function alignTokens(tokens: readonly CharRange[], doc: ExportDoc): { tokens: CharRange[]; misaligned: ExportDoc['spans'] } {
  const cuts = new Set(doc.spans.flatMap((s) => [s.start, s.end]));
  const inside = new Set<number>();
  const out: CharRange[] = [];
  for (const t of tokens) {
    let from = t.start;
    for (let p = t.start + 1; p < t.end; p++) {
      if (cuts.has(p)) {
        inside.add(p);
        out.push({ start: from, end: p });
        from = p;
      }
    }
    out.push({ start: from, end: t.end });
  }
  return { tokens: out, misaligned: doc.spans.filter((s) => inside.has(s.start) || inside.has(s.end)) };
}

/**
 * One Prodigy task line for `doc` over its segmenter tokens. A single space after a token becomes
 * that token's `ws` (spaCy's convention, so Doc(words, spaces) rebuilds the text); other
 * whitespace stays a token. Returns the line and the spans that needed their tokens split.
 */
export function toSpacyLine(doc: ExportDoc, segmenterTokens: readonly CharRange[]): { line: string; misaligned: ExportDoc['spans'] } {
  const { tokens, misaligned } = alignTokens(segmenterTokens, doc);
  const map = new OffsetMap(doc.text);
  const edges = new Set(doc.spans.flatMap((s) => [s.start, s.end]));
  const out: SpacyToken[] = [];
  for (const t of tokens) {
    const text = map.slice(t.start, t.end);
    const prev = out[out.length - 1];
    if (text === ' ' && prev && !prev.ws && !edges.has(t.start) && !edges.has(t.end)) {
      prev.ws = true;
      continue;
    }
    out.push({ text, start: t.start, end: t.end, id: out.length, ws: false });
  }
  const byStart = new Map(out.map((t) => [t.start, t.id]));
  const byEnd = new Map(out.map((t) => [t.end, t.id]));
  const spans = doc.spans.map((s) => ({ start: s.start, end: s.end, token_start: byStart.get(s.start)!, token_end: byEnd.get(s.end)!, label: s.label }));
  const line = toJsonl([{ text: doc.text, tokens: out, spans, meta: { path: doc.path } }]);
  return { line, misaligned };
}

/** Checks that tokens cover the text exactly, in order (the segmenter promises it; the export depends on it). */
export function checkTokens(tokens: readonly CharRange[], length: number, file: string): void {
  let pos = 0;
  for (const t of tokens) {
    if (t.start !== pos || t.end <= t.start) throw new Error(`${file}: segmenter tokens do not cover the text at ${pos}`);
    pos = t.end;
  }
  if (pos !== length) throw new Error(`${file}: segmenter tokens end at ${pos}, the text at ${length}`);
}

// Character-level sequence labelling shared by the CoNLL and Hugging Face exporters: one token per
// code point, whitespace left out, sentences cut after 。！？ and at line breaks, tags BIO or BIOES.

export type Scheme = 'bio' | 'bioes';

interface Labelled {
  start: number;
  end: number;
  label: string;
}

/** Spans that do not overlap, earliest (then longest) first; the others are returned as dropped. */
export function resolveOverlaps<T extends Labelled>(spans: readonly T[]): { kept: T[]; dropped: T[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const kept: T[] = [];
  const dropped: T[] = [];
  let reach = 0;
  for (const s of sorted) {
    if (s.start < reach) dropped.push(s);
    else {
      kept.push(s);
      reach = s.end;
    }
  }
  return { kept, dropped };
}

// ASCII ! and ? too: scraped news often has them in place of the full-width marks. Not '.', which is in 11.95元.
const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
/** Closing quotes and brackets stay with the sentence they close: 他说：“好。” */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】']);
const LINE_BREAK = /^[\n\r\u2028\u2029\u0085\u000b\u000c]$/u;
const WHITESPACE = /^\s$/u;

export function isWhitespace(ch: string): boolean {
  return WHITESPACE.test(ch);
}

export interface Token {
  /** The character (one code point). */
  text: string;
  /** Code-point offset in the article. */
  offset: number;
  tag: string;
}

/**
 * The article as sentences of tagged characters. Whitespace characters are left out (a column
 * format cannot hold them and character models do not need them); a span keeps its tags across
 * a space inside it. A sentence boundary that would cut a span is moved past the span's end.
 */
export function tagSentences(text: string, spans: readonly Labelled[], scheme: Scheme): Token[][] {
  const chars = Array.from(text);
  const tags: string[] = new Array(chars.length).fill('O');
  const inSpan: boolean[] = new Array(chars.length + 1).fill(false);
  for (const s of spans) {
    const positions: number[] = [];
    for (let i = s.start; i < s.end; i++) {
      if (!isWhitespace(chars[i])) positions.push(i);
      if (i > s.start) inSpan[i] = true;
    }
    positions.forEach((p, k) => {
      const last = k === positions.length - 1;
      const prefix = scheme === 'bioes' && positions.length === 1 ? 'S' : k === 0 ? 'B' : scheme === 'bioes' && last ? 'E' : 'I';
      tags[p] = `${prefix}-${s.label}`;
    });
  }
  const sentences: Token[][] = [];
  let current: Token[] = [];
  const close = (at: number) => {
    if (current.length && !inSpan[at]) {
      sentences.push(current);
      current = [];
    }
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (LINE_BREAK.test(ch)) {
      close(i);
      continue;
    }
    if (!isWhitespace(ch)) current.push({ text: ch, offset: i, tag: tags[i] });
    if (SENTENCE_END.has(ch)) {
      let j = i + 1;
      while (j < chars.length && (SENTENCE_END.has(chars[j]) || CLOSERS.has(chars[j]))) {
        current.push({ text: chars[j], offset: j, tag: tags[j] });
        j++;
      }
      i = j - 1;
      close(j);
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** Every tag the scheme can produce for `labels`, O first: the id order of the Hugging Face label list. */
export function tagList(labels: readonly string[], scheme: Scheme): string[] {
  const prefixes = scheme === 'bio' ? ['B', 'I'] : ['B', 'I', 'E', 'S'];
  return ['O', ...labels.flatMap((l) => prefixes.map((p) => `${p}-${l}`))];
}

import type { Recognizer } from '../../../src/engine/recognizers/types';

/** What an annotator sees of each candidate: its text and normalized attributes. */
export function found(recognize: Recognizer, text: string): Array<{ text: string; value?: string | number; unit?: string }> {
  return recognize({ text, tokens: [] }).map((c) => ({
    text: text.slice(c.start, c.end),
    ...(c.attrs?.value !== undefined ? { value: c.attrs.value } : {}),
    ...(c.attrs?.unit !== undefined ? { unit: c.attrs.unit } : {}),
  }));
}

export function texts(recognize: Recognizer, text: string): string[] {
  return found(recognize, text).map((f) => f.text);
}

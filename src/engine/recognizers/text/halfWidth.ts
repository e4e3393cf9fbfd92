// Full-width forms (U+FF01-FF5E) are ASCII shifted up by 0xFEE0, and each is one UTF-16 unit, as
// its ASCII form is: a folded text keeps every offset. Each caller folds only what its rules read
// as ASCII (the segmenter all of it, the company rules Latin letters and digits, dates and amounts
// all but the full-width comma).

/** Every full-width ASCII form. */
export const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

/** `text` with the characters `chars` matches (a global pattern of full-width forms, perhaps the ideographic space) as ASCII. */
export function halfWidth(text: string, chars: RegExp = FULL_WIDTH_ASCII): string {
  return text.replace(chars, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

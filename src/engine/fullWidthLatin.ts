// Latin letters and digits written full-width (＊ＳＴ华晟, 小米ＳＵ７, 空客Ａ３３０－３００), as typeset
// pages and some scrapers write them. The company recognizer's rules for stock names, models and
// Latin names are written in ASCII: it reads such an article with them folded to ASCII (same
// length, so offsets hold). Its dictionary narrows widths on its own (phraseTrie.ts), and dates and
// amounts fold every width themselves, with rules that tell full-width digits apart.
import { halfWidth } from './recognizers/text/halfWidth';
import type { RecognizerInput } from './recognizers/types';

/** Full-width digits, letters and the signs inside codes and names: ０-９, Ａ-Ｚ, ａ-ｚ, ＆＊＋－．／. */
const FULL_WIDTH_LATIN = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff06\uff0a\uff0b\uff0d\uff0e\uff0f]/g;
const FULL_WIDTH_LATIN_ANY = new RegExp(FULL_WIDTH_LATIN.source);

/** `text` with full-width Latin letters, digits and signs as ASCII. */
export function foldLatin(text: string): string {
  return FULL_WIDTH_LATIN_ANY.test(text) ? halfWidth(text, FULL_WIDTH_LATIN) : text;
}

/** The article with full-width Latin folded to ASCII, its tokens' words too; undefined where it has none. */
export function latinFolded(input: RecognizerInput): RecognizerInput | undefined {
  const text = foldLatin(input.text);
  return text === input.text ? undefined : { ...input, text, tokens: input.tokens.map((t) => ({ ...t, word: text.slice(t.start, t.end) })) };
}

// A character outside the BMP (𠮷, 𬍤, an emoji) is two UTF-16 units, and the recognizers count
// characters in units: 陈𠮷林 was four long, no name, and 𠮷 no Chinese character. They read an
// article that has such characters with each one as a stand-in of one unit, so their offsets are
// code points; what they find is widened back to UTF-16 here, stand-ins in attributes restored.
import type { OffsetMap } from '../core/offsets';
import { AFTER_NAME } from './recognizers/official/names';
import type { Candidate, RecognizerInput } from './recognizers/types';
import type { Token } from './segmenter/segmenter';

/** An ideograph from the supplementary planes (CJK extensions B to H), which names use. */
const IDEOGRAPH = /^[\u{20000}-\u{3ffff}]$/u;
/**
 * Where stand-ins are taken from, downward, skipping any the article itself holds: ideographs
 * from the end of the basic block (added in Unicode 8 to 13, not found in news, but Chinese
 * characters to every rule), anything else from the private use area (no word at all).
 */
const IDEOGRAPH_STAND_INS = 0x9fef;
const OTHER_STAND_INS = 0xf8ff;
/** Tags of a one-character function word (顺/p, 而/c, 也/d). */
const FUNCTION_TAGS = new Set(['p', 'c', 'd', 'u', 'uj', 'ul', 'r']);
/**
 * Characters whose common form stands in for them: 𠮷 is 吉, a surname to the name rules (𠮷立群) and the
 * dictionary's 吉野家, in an article that writes 吉利 too; 𝟮 is 2.
 */
const COMMON_FORMS: ReadonlyMap<string, string> = new Map([
  ['\u{20BB7}', '吉'],
  // The mathematical digits posts style numbers with (𝟮𝟬𝟮𝟱年一季度: bold, double-struck, sans-serif, monospace) are digits.
  ...Array.from({ length: 50 }, (_, k): [string, string] => [String.fromCodePoint(0x1d7ce + k), String(k % 10)]),
]);

export interface NarrowView {
  /** The article with one unit per character: offsets in it are code points. */
  readonly input: RecognizerInput;
  /** Candidates found in `input`, in place: UTF-16 offsets of the article, its own characters in attributes. */
  widen(found: Candidate[]): Candidate[];
}

/** The narrow view of an article that has characters outside the BMP, else undefined. */
export function narrowed(input: RecognizerInput, map: OffsetMap): NarrowView | undefined {
  if (map.length === map.utf16Length) return undefined;
  const standIns = new Map<string, string>();
  const originals = new Map<string, string>();
  const next = { ideograph: IDEOGRAPH_STAND_INS, other: OTHER_STAND_INS };
  const take = (pool: keyof typeof next): string => {
    while (input.text.includes(String.fromCharCode(next[pool]))) next[pool]--;
    return String.fromCharCode(next[pool]--);
  };
  let text = '';
  for (const ch of input.text) {
    if (ch.length === 1) {
      text += ch;
      continue;
    }
    let standIn = standIns.get(ch);
    if (!standIn) {
      const common = COMMON_FORMS.get(ch);
      standIn = common ?? take(IDEOGRAPH.test(ch) ? 'ideograph' : 'other');
      standIns.set(ch, standIn);
      originals.set(standIn, ch);
    }
    text += standIn;
  }
  // (A token never splits a pair; if one did, it would keep the whole character.) The segmenter
  // knows no such ideograph and tags it x, as it does punctuation; it stands in names (陈𠮷林,
  // 𠮷野家), so it is read as a proper noun.
  const cp = (u: number): number => map.toCodePoint(map.splitsPair(u) ? u - 1 : u);
  const tokens: Token[] = [];
  for (const t of input.tokens) {
    const [start, end] = [cp(t.start), cp(t.end)];
    const last = tokens[tokens.length - 1];
    // A character of a name the segmenter cut off the stand-in as a function word (义乌/𠮷/顺/p 供应链): the name's
    // (not what follows a name: 陈𠮷/被).
    if (last && last.end === start && end === start + 1 && last.end - last.start === 1 && last.tag === 'nz' && FUNCTION_TAGS.has(t.tag ?? '') && /[\u4e00-\u9fff]/.test(text[start]!) && !AFTER_NAME.at(text, start)) {
      tokens[tokens.length - 1] = { ...last, end, word: text.slice(last.start, end) };
      continue;
    }
    const tag = IDEOGRAPH.test(input.text.slice(t.start, t.end)) ? 'nz' : t.tag;
    tokens.push({ ...t, start, end, word: text.slice(start, end), tag });
  }
  const standIn = new RegExp(`[${[...originals.keys()].join('')}]`, 'g');
  const rare = [...originals.keys()].filter((c) => ![...COMMON_FORMS.values()].includes(c));
  const rareStandIn = rare.length ? new RegExp(`[${rare.join('')}]`, 'g') : undefined;
  const restoreRare = (s: string): string => (rareStandIn ? s.replace(rareStandIn, (c) => originals.get(c)!) : s);
  const chars = [...input.text];
  // A title or an organization is read from the article: as it is written there (吉利 stays 吉利 beside 𠮷野家).
  const restore = (s: string): string => {
    const at = text.indexOf(s);
    return at >= 0 ? chars.slice(at, at + s.length).join('') : restoreRare(s);
  };
  // A canonical name may be the dictionary's, with the common form written (吉野家控股公司): restored only as the article writes it.
  const restoreCanonical = (s: string): string => {
    const whole = s.replace(standIn, (c) => originals.get(c)!);
    return input.text.includes(whole) ? whole : restore(s);
  };
  return {
    input: { ...input, text, tokens },
    widen(found) {
      const inText = found.filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= map.length);
      for (const c of inText) {
        c.start = map.toUtf16(c.start);
        c.end = map.toUtf16(c.end);
        if (!c.attrs) continue;
        for (const key of ['title', 'org'] as const) {
          const value = c.attrs[key];
          if (value !== undefined) c.attrs[key] = restore(value);
        }
        if (c.attrs.canonical !== undefined) c.attrs.canonical = restoreCanonical(c.attrs.canonical);
      }
      return inText;
    },
  };
}

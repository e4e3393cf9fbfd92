import { GLUE, isCJKWord } from '../official/names';
import type { TokenIndex } from '../text/tokenIndex';
import { isDescriptor, isForeignCountry, isGeneric, isRole } from './nameWords';
import { type Found, KIND_GLUED_ON } from './registeredName';

// A foreign company is often named in Chinese with its Latin name in brackets after: 华利安（Houlihan Lokey）,
// 安迈企业顾问（Alvarez & Marsal）, 安第斯铜业公司（Andes Copper Corp）. Where the Latin name is a company found,
// the Chinese words right before the bracket are the same company, whatever the dictionary knows of them.

/** Tags of the words a Chinese company name is made of here: unknown and proper words, nouns, places, abbreviations, verbal nouns (積金/評級/vn). */
const NAME_PIECE_TAGS = new Set(['x', 'nz', 'nr', 'nrt', 'nrfg', 'nt', 'n', 'ns', 's', 'j', 'l', 'b', 'vn']);
/** Where a company's shares trade or what they are, whatever the segmenter glued on: 中概/股蔚来/x, 港股. */
const SHARES_BEFORE = /^(?:中概|概念|科技|[港美ABH])股/;
/** A word for any company: 上市公司, 企业. */
const COMPANY_WORD_END = /(?:公司|企业)$/;
/** A few capital letters alone, full-width too: BMS, ＢＭＳ. */
const ACRONYM = /^[A-ZＡ-Ｚ]{2,4}$/;
/** Tags of common words: nouns, verbal nouns, verbs, adjectives. */
const COMMON_TAGS = new Set(['n', 'vn', 'v', 'a', 'an']);
/** At most this many characters of Chinese before the bracket. */
const LONGEST = 8;

/** The Chinese names before the Latin companies in `found` that are written in brackets, none already found ending there. */
export function chineseNamesBeforeLatin(text: string, found: readonly Found[], idx: TokenIndex): Found[] {
  const out: Found[] = [];
  const ends = new Set(found.map((f) => f.end));
  for (const latin of found) {
    const end = latin.start - 1;
    if (!/[A-Za-z]/.test(text[latin.start] ?? '') || !/[（(]/.test(text[end] ?? '') || !/[）)]/.test(text[latin.end] ?? '') || ends.has(end)) continue;
    const start = nameStartBefore(text, end, idx);
    if (start < 0 || end - start < 2 || isGeneric(text.slice(start, end))) continue;
    // (An acronym in brackets after common words is what they abbreviate, whatever company it also names: 电池/n 管理/vn 系统/n （BMS）;
    // not after a name: 亚马逊网络服务（AWS）.)
    if (ACRONYM.test(text.slice(latin.start, latin.end)) && idx.tokens.slice(idx.indexAt(start), idx.indexAt(end - 1) + 1).every((t) => COMMON_TAGS.has(t.tag ?? ''))) continue;
    out.push({ start, end, label: 'COMPANY', source: 'rule:company-alias', entry: latin.entry });
    ends.add(end);
  }
  return out;
}

/** A Latin name of capitalised words alone in brackets: （MPF Ratings）, （Star Bulk Carriers）. */
const BRACKETED_NAME = /[（(](?=[A-Z])[A-Za-z&.'-]+(?: [A-Z][A-Za-z&.'-]*){1,5}[）)]/g;

/**
 * A Chinese name and its Latin one in brackets after a word for a company or a party's role, where neither was found: 顧問公司/積金評級（MPF Ratings）,
 * 船东为/星散海运（Star Bulk Carriers）. The Chinese name's (the Latin one is its alias, found with the other mentions).
 */
export function namesAfterKindBeforeLatin(text: string, found: readonly Found[], idx: TokenIndex): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(BRACKETED_NAME)) {
    const end = m.index;
    if (found.some((f) => f.end === end || (f.start <= end && f.end > end))) continue;
    const start = nameStartBefore(text, end, idx);
    if (start < 0 || end - start < 2 || isGeneric(text.slice(start, end))) continue;
    let before = idx.at(start - 1);
    if (before?.word === '为') before = idx.at(before.start - 1);
    if (!before || before.end > start || !(COMPANY_WORD_END.test(before.word) || isRole(before))) continue;
    out.push({ start, end, label: 'COMPANY', source: 'rule:company-alias' });
  }
  return out;
}

/**
 * Where the name ending at `end` starts: back over its pieces to a pause, a function word or a
 * function character the segmenter glued onto its first one (为华利安/x, 人由安迈/x), leaving out a
 * country and the words for a kind of company before it (日本/东方乐园公司, 投行/杰富瑞); -1 if none.
 */
function nameStartBefore(text: string, end: number, idx: TokenIndex): number {
  let start = end;
  for (let j = idx.indexAt(end - 1); j >= 0; j--) {
    const t = idx.tokens[j]!;
    // (A word for a kind of company before the name ends it: 加拿大/上市公司/安第斯铜业公司.)
    if (!isCJKWord(t.word) || !NAME_PIECE_TAGS.has(t.tag ?? '') || isForeignCountry(t.word) || (t.end < end && COMPANY_WORD_END.test(t.word))) break;
    // (A function character glued on: the name starts after the last one.)
    let glued = t.end - 2;
    while (glued >= t.start && !GLUE.at(text, glued)) glued--;
    if (glued >= t.start) return end - (glued + 1) > LONGEST ? -1 : glued + 1;
    if (end - t.start > LONGEST) return -1;
    start = t.start;
  }
  // (The kind of company or of its shares before the name describes it, glued on too: 投行/杰富瑞, 中概股/蔚来公司, 矿企新/x 锂公司.)
  while (start < end) {
    const t = idx.at(start)!;
    if (t.end >= end || !(isGeneric(t.word) || isDescriptor(t.word))) break;
    start = t.end;
  }
  start += SHARES_BEFORE.exec(text.slice(start, end))?.[0].length ?? KIND_GLUED_ON.exec(text.slice(start, end))?.[0].length ?? 0;
  // (…its 企 alone, the segmenter having cut the sector's character off: 车/zg 企斯泰/x 兰蒂斯.)
  if (text[start] === '企' && KIND_GLUED_ON.test(text.slice(start - 1, start + 1))) start++;
  return start < end ? start : -1;
}

import { NOT_COMPANIES } from '../../dict/companies';
import { latinNameGoesOn } from './latinNames';
import { gluedInUnknown } from '../official/names';
import { gluedOntoName, insideLatinBefore } from './dictionaryNames';
import { MODEL_CODE } from './nameWords';
import { PhraseTrie } from '../text/phraseTrie';
import type { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';
import type { Candidate } from '../types';

// Once the article names a company, its other mentions are the company too: a Latin alias in
// brackets right after the name (盖蒂（Getty）: the alias alone, brackets are no part of a span),
// a Latin name listed with it (Valve与Nexon), and every later or earlier occurrence of the name
// or its alias (a headline, 维旺迪说).

/**
 * A Latin name in brackets, as after a company's name: （Getty）, (Hasbro Inc), （L'Oréal）, its legal form after a comma
 * (（Mars, Incorporated）), before its stock code or short form: （Far East Horizon，03360.HK）, （Aoba Life，股票代码：3198.T）, （A.P. Moller-Maersk，以下简称“马士基”）.
 */
export const BRACKETED_LATIN = /^[(（]([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9&.' -]{0,40}[A-Za-zÀ-ÖØ-öø-ÿ0-9.](?:, ?(?:Inc\.?|Incorporated|Ltd\.?|Limited|LLC|Corp\.?|Corporation|plc|PLC|AG|SE|S\.A\.|N\.V\.))?)(?:[)）]|[，,]\s?(?:[A-Z0-9][A-Za-z0-9.]{1,11}[)）]|以下简称|下称|简称|(?:股票|证券|股份)?代[码号]|[“"「]))/;
/** A foreign ticker, which is no alias: GOOGL US, AAPL.O, AMZN.US, RELIANCE.NS. */
const TICKER = String.raw`[A-Z]{1,10}(?: [A-Z]{2}|\.[A-Z]{1,2})`;
const WHOLE_TICKER = new RegExp(`^${TICKER}$`);
/** A foreign ticker in brackets after a name: （AMZN.O）, (GOOGL US). */
export const BRACKETED_TICKER = new RegExp(`^[(（]${TICKER}[)）]`);

/**
 * Aliases and other mentions of the `named` companies; `mayBe(start, end)` vetoes an occurrence
 * the caller knows is something else (a product code, a medium as source).
 */
export function otherMentions(text: string, idx: TokenIndex, named: readonly Candidate[], mayBe: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const used = new Uint8Array(text.length);
  for (const c of named) used.fill(1, c.start, c.end);
  for (const c of named) {
    const m = BRACKETED_LATIN.exec(text.slice(c.end, c.end + 60));
    if (!m || used[c.end + 1] || WHOLE_TICKER.test(m[1]!)) continue;
    const start = c.end + 1;
    out.push({ start, end: start + m[1]!.length, label: 'COMPANY', source: 'rule:company-alias' });
    used.fill(1, start, start + m[1]!.length);
  }
  for (const c of named) {
    for (const t of listedLatin(idx, c).map((t) => wholeLatinName(text, t))) {
      if (anySet(used, t.start, t.end)) continue;
      out.push({ start: t.start, end: t.end, label: 'COMPANY', source: 'rule:company-listed' });
      used.fill(1, t.start, t.end);
    }
  }
  const forms = new Set([...named, ...out].flatMap((c) => withoutLegalForm(text.slice(c.start, c.end))).filter((n) => n.length >= 2));
  if (!forms.size) return out;
  const trie = new PhraseTrie(forms);
  const latinEdge = (k: number) => /[A-Za-z0-9.]/.test(text[k] ?? '');
  // A longer name of the article covers a shorter one found inside it (中信海直 … 买入中信海直: not 中信):
  // the caller keeps the longer of overlapping names.
  const within = (s: number, e: number) => named.every((c) => c.end <= s || c.start >= e || (c.start >= s && c.end <= e && c.end - c.start < e - s));
  const namedEnd = new Map(named.map((c) => [c.start, c.end]));
  const taken = new Uint8Array(text.length); // the aliases and mentions found here
  for (const c of out) taken.fill(1, c.start, c.end);
  // A mention ends where a word does, or before a year in Chinese numerals the segmenter glued its last character to (华奥新/x 材二/x 〇 二四年度).
  const mayEnd = (e: number) => idx.isBoundary(e) || CN_YEAR_AFTER.test(text.slice(e, e + 5));
  const mention = (start: number) => {
    // (Inside a name no longer one starts; at its start, only a longer one.)
    if (taken[start] || (used[start] && !namedEnd.has(start))) return;
    // (…but a name of four characters or more ends wherever it is written: the segmenter glues what follows onto its last
    // characters, a function word (欧与保/x 乐力/n 加在华/x), the copula (泰恒/化工系/n), an adverb (恒川/新材仅/x), a session
    // (易贷/数科盘/x 前) or a noun (天源/供水管/n 网), and a name so long is not written by chance; not where one word of
    // the segmenter's starts with it and goes on, a word of its own: 喜马拉雅山脉/ns.)
    const long = trie.longestFrom(text, start, (e) => mayEnd(e) || (idx.at(e - 1)?.start ?? start) > start);
    const e = long - start >= 4 ? long : idx.isBoundary(start) ? trie.longestFrom(text, start, mayEnd) : -1;
    if (e <= (namedEnd.get(start) ?? 0) || anySet(taken, start, e) || (anySet(used, start, e) && !within(start, e))) return;
    // Latin names only as whole words: not "ing" inside "buying", nor Caldera in Caldera Heart.
    if (/[A-Za-z]/.test(text[start]!) && (insideLatinBefore(text, start) || latinEdge(e) || latinNameGoesOn(text, e))) return;
    if (!mayBe(start, e)) return;
    out.push({ start, end: e, label: 'COMPANY', source: 'rule:company-mention' });
    taken.fill(1, start, e);
  };
  for (const t of idx.tokens) {
    mention(t.start);
    // (…and after a function character the segmenter glued onto the name's first characters: 像宏泰/x 镍业.)
    if (t.tag === 'x' && t.end - t.start >= 3 && gluedOntoName(text, t.start)) mention(t.start + 1);
    if (t.tag === 'x') for (let p = t.start + 2; p < t.end; p++) if (gluedInUnknown(text, p, idx)) mention(p);
  }
  return out;
}

/** A Latin name and the name without its legal form, as later mentions cite it: Vision Industries Company … Vision Industries. */
function withoutLegalForm(name: string): string[] {
  const short = name.replace(LATIN_LEGAL_END, '');
  return short !== name && short.length >= 4 && /^[A-Z]/.test(short) ? [name, short] : [name];
}
/** A Latin name's legal form at its end, after a space or a comma: Company, Inc., Co., Ltd., Limited, plc. */
const LATIN_LEGAL_END = /,? (?:Company|Co\.,? Ltd\.?|Co\.|Inc\.?|Incorporated|Corporation|Corp\.?|Ltd\.?|Limited|LLC|plc|PLC|AG|SE|N\.V\.|S\.A\.)$/;

/** A year in Chinese numerals: 二〇二四年. */
const CN_YEAR_AFTER = /^[〇○零一二三四五六七八九]{4}年/;
const LATIN_WORD_CHAR = /[A-Za-z0-9&.-]/;
/** A platform's or a product's word after a company's name: TikTok Shop, Apple Pay. */
const PLATFORM_AFTER = /^ (?:Shop|Store|App|Pay|Mall|Music|Cloud|Live|Video|Games?)(?![A-Za-z])/;

/** The whole Latin name a listed word is the first or last word of: Earths in Lynas Rare Earths与宁德时代 (not a company's platform or product: TikTok in Temu、TikTok Shop). */
export function wholeLatinName(text: string, t: Token): { start: number; end: number } {
  let { start, end } = t;
  if (PLATFORM_AFTER.test(text.slice(end, end + 8))) return { start, end };
  while (text[start - 1] === ' ' && LATIN_WORD_CHAR.test(text[start - 2] ?? '')) {
    let k = start - 2;
    while (k > 0 && LATIN_WORD_CHAR.test(text[k - 1]!)) k--;
    if (!/[A-Z]/.test(text[k]!)) break;
    start = k;
  }
  while (latinNameGoesOn(text, end)) for (end++; LATIN_WORD_CHAR.test(text[end] ?? ''); ) end++;
  return { start, end };
}

/** Whether any of marks[start, end) is set. */
function anySet(marks: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (marks[k]) return true;
  return false;
}

/** What joins the names of a list: 招行、光大和中信, Valve与Nexon. */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['与', '和', '及', '、']);
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9&.-]{2,}$/;

/** Funds' kinds, economic indicators, executives' titles, and drugs' and drug services' kinds written in Latin letters, no names: 黄金ETF、易方达, 公司CEO和抖音集团CEO, HER2 ADC与BioNTech. */
const NOT_NAMES = /^(?:ETF|LOF|FOF|QDII|REITs?|IPO|GDP|CPI|PPI|PMI|CEO|CFO|COO|CTO|CIO|CMO|CSO|CHRO|VP|SVP|EVP|ADCs?|mRNA|siRNA|mAbs?|BsAbs?|API|CRO|CDMO|CXO)$/i;

/** The stem a drug's international name ends in: pembrolizumab, imatinib, semaglutide, orforglipron, empagliflozin. */
const DRUG_STEM = /^[a-z]+(?:mab|tinib|ciclib|lisib|parib|glutide|tide|glipron|gliflozin|gliptin|sartan|statin|prazole|vir|cillin|mycin|parin)$/;
/** Latin names joined to a company by 与, 和, 及 or 、, right before or after it (not APP, a NOT_COMPANIES word). */
function listedLatin(idx: TokenIndex, c: Candidate): Token[] {
  const before = idx.at(c.start - 1);
  const after = idx.at(c.end);
  const candidates = [
    before && LIST_JOINERS.has(before.word) && before.end === c.start ? idx.at(before.start - 1) : undefined,
    after && LIST_JOINERS.has(after.word) && after.start === c.end ? idx.at(after.end) : undefined,
  ];
  // (Not a model's code, a product's: 小米SU7和比亚迪; nor a drug's name, its stem a class's: 礼来的orforglipron、诺和诺德.)
  return candidates.filter((t): t is Token => t !== undefined && t.tag === 'eng' && LATIN_NAME.test(t.word) && !DRUG_STEM.test(t.word) && !NOT_NAMES.test(t.word) && !MODEL_CODE.test(t.word) && !NOT_COMPANIES.has(t.word));
}

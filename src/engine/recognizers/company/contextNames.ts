import { lookupName, NOT_COMPANIES } from '../../dict/companies';
import { isProvinceOrCity, PLACE_NAMES } from '../../dict/places';
import { WORDLIKE } from './companyCues';
import { wholeLatinName } from './companyMentions';
import { GLUE, isCJKWord } from '../official/names';
import { COUNTRY_LIKE, FACILITY_AFTER, foreignCountryLength, FUNCTION_TAGS, FUNCTION_WORD_TAGS, GENERIC, isDescriptor, isDistinctive, isGeneric, MARKET_WORDS, NAME_STOP, NAME_VERBS, NOT_COMPANY_WORDS } from './nameWords';
import { companyNameEndingAt, type Found, kindGluedOn, SUFFIXES } from './registeredName';
import { scan, ScanPattern } from '../text/scan';
import { SHARE_MARKS } from './stockNames';
import type { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';

// Names that only their context makes companies: the items of a list that ends in a word for
// companies (X、Y等公司), a name in apposition after 开发商, the parent before 旗下 and a subsidiary after it, and the name a
// stock code follows (四方精创（300468）).

/** A public body, listed with companies or named as a parent of enterprises, is none (青岛市政府与海尔集团等企业, 国资委旗下企业). */
const PUBLIC_BODY = new RegExp(`${NOT_COMPANY_WORDS.source}|[委办署]$`);
/** A list that ends in a word for companies: 百度、京东、中兴等“大厂”, Acme和思睿国际等公司, 贵人鸟等12家企业, 荃银高科、万向德农三家公司. */
// (Not 等与海尔集团合作: a preposition after 等 starts another phrase.)
// (…or in their number alone after a list: 荃银高科、丰乐种业、万向德农三家公司.)
const LIST_END = new ScanPattern(String.raw`(?:等(?![与和同跟向对为在从])[“"]?(?:(?:\d{1,4}|[一二两三四五六七八九十百几数多]{1,3})家)?|[两三四五六七八九十]家)(?:[\u4e00-\u9fff]{0,4}?)(?:公司|企业|银行|集团|厂商|券商|开发商|发行商|运营商|房企|车企|险企|大厂|巨头)`);
const PEOPLE_AFTER = /^(?:的)?(?:高管|员工|职工|人士|领导|负责人|老板|董事|代表|股东)/;
const LIST_SEPARATORS = new Set(['、', '，', ',', '和', '与', '及']);
/** Words in apposition before a company name: 开发商Zenimax, 发行商Nexon. */
const APPOSITIVES = new Set(['开发商', '发行商', '制作商', '运营商', '供应商', '代理商', '出品方']);
/** What a supplier or a developer does, no name: 达成协议, 签署合同. */
const PARTY_DOES = /^(?:达成|签署|签订|签约|提供|交付)/;
/** Tags of a single token that may be a company name by context alone. */
const CONTEXT_TAGS = new Set(['nz', 'nt', 'x', 'eng', 'j']);
const LATIN = /[A-Za-z]/;
/** Words that introduce a list item: 包括Acme. */
const INTRODUCERS = new Set(['包括', '如', '像', '例如', '比如', '其中', '还有', '以及']);
/**
 * Names that only their context makes companies: the items of a list that ends in 等公司, a name
 * in apposition after 开发商, and the parent named before 旗下.
 */
export function contextNames(text: string, idx: TokenIndex): Found[] {
  const out: Found[] = [];
  // (A dictionary name keeps its company, the context confirming an ambiguous one: 恒瑞、信达、君实三家企业.)
  const add = (start: number, end: number, source: string) => out.push({ start, end, label: 'COMPANY', source, entry: lookupName(text.slice(start, end))?.entry });
  for (const m of scan(LIST_END, text)) {
    // 等公司高管 speaks of people of the companies, and the items may be those people.
    if (PEOPLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // (Nor a verb between 等 and the word for companies: 违规担保等侵害上市公司利益 lists no companies.)
    if (idx.tokens.slice(idx.indexAt(m.index + 1), idx.indexAt(m.index + m[0].length - 1)).some((t) => t.tag === 'v' && t.start > m.index)) continue;
    let end = m.index;
    const items: Array<{ start: number; end: number }> = [];
    while (end > 0) {
      const item = listItemBefore(text, end, idx);
      if (!item) break;
      items.push(item);
      const sep = item.start - 1;
      if (!LIST_SEPARATORS.has(text[sep] ?? '') || item.introduced) break;
      end = sep;
    }
    // (A number alone ends a list of two or more: not 这三家公司, 华为三家公司.)
    // (A foreign country the segmenter glued onto a known name is no part of it: 德国大众/nt、博世集团、巴斯夫等企业.)
    if (m[0][0] === '等' || items.length >= 2) for (const item of items) add(item.start + knownAfterCountry(text.slice(item.start, item.end)), item.end, 'rule:company-list');
  }
  // 证券简称：瑞恒科技, 证券简称由“通润装备”变更为“正泰电源”: the stock names a notice gives.
  for (const m of text.matchAll(STOCK_SHORT_NAMES)) {
    for (const group of m.indices!.slice(1)) if (group && !PLACE_NAMES.has(text.slice(...group))) add(group[0], group[1], 'rule:company-stock-name');
  }
  for (let i = 0; i + 1 < idx.tokens.length; i++) {
    const t = idx.tokens[i]!;
    const next = idx.tokens[i + 1]!;
    // (An unknown word of Chinese characters after a role is more often the role's own noun: 供应商/账期/x.)
    // (Not what the party does, which the segmenter made one word: 供應商/達成協議/nz.)
    if (APPOSITIVES.has(t.word) && isContextName(next) && (next.tag !== 'x' || LATIN.test(next.word)) && !PARTY_DOES.test(next.word)) add(next.start, next.end, 'rule:company-apposition');
    // (A Latin name of several words whole: 英国Octopus Energy旗下.)
    if (next.word === '旗下' && isContextName(t) && t.tag !== 'x' && !FUND_PRODUCT.test(t.word)) {
      const { start, end } = t.tag === 'eng' ? wholeLatinName(text, t) : t;
      // (Not the foreign country the segmenter glued on before a name known or whole without it: 德国大众汽车集团/nt 旗下 is
      // 大众汽车集团's; 德国电信 keeps it.)
      const home = foreignCountryLength(t.word);
      const rest = t.word.slice(home);
      add(start + (home && (lookupName(rest) || /^[\u4e00-\u9fff]{2,}(?:集团|公司)$/.test(rest)) ? home : 0), end, 'rule:company-parent');
    }
    // A subsidiary after a known parent's 旗下, by its own word and its trade, before what it does: 淡马锡旗下兰亭/nr 投资/vn 认购.
    if (t.word === '旗下' && i >= 1 && lookupName(idx.tokens[i - 1]!.word)?.ambiguous === false) {
      const own = next;
      const trade = idx.tokens[i + 2];
      const after = idx.tokens[i + 3];
      if (trade && own.end - own.start === 2 && OWN_WORD_TAGS.has(own.tag ?? '') && isCJKWord(own.word) && !isGeneric(own.word) && !isDescriptor(own.word) && (trade.word === '投资' || SUFFIXES.get(trade.word) === 'trade') && (!after || after.tag === 'v' || !isCJKWord(after.word))) add(own.start, trade.end, 'rule:company-subsidiary');
    }
    if ((next.word === '(' || next.word === '（') && (STOCK_CODE_AFTER.test(text.slice(next.start, next.start + 14)) || BURSA_CODE_AFTER.test(text.slice(next.start, next.start + 20))) && !CODE_LABELS.has(t.word)) {
      // 新东方港股（09901.HK）: the market is the code's, the name before it (港股 alone is none).
      // 京东集团-SW（09618.HK）: the name is read before the dash of its shares' mark (which recognizeCompanies adds at the end).
      const marked = SHARE_MARK.test(t.word) && /[-－]/.test(text[t.start - 1] ?? '');
      const last = MARKET_WORDS.has(t.word) ? i - 1 : marked ? idx.indexAt(t.start - 2) : i;
      const start = last >= 0 ? listedNameStart(text, last, idx) : -1;
      if (start >= 0) add(start, idx.tokens[last]!.end, 'rule:company-listed');
    }
  }
  return out;
}
/** Tags of a subsidiary's own word after 旗下: a name the segmenter took for a person's or a place's, or did not know. */
const OWN_WORD_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'ns', 'x', 'j']);
/** A fund's kind, no company: 仓储物流REIT旗下. */
const FUND_PRODUCT = /^(?:ETF|LOF|FOF|QDII|REITs?)$/i;
/** Where the clause a CJK run ending at `end` opens starts (after a pause or a line's start), or -1 past 6 characters. */
function clauseStartBefore(text: string, end: number): number {
  for (let k = end - 1; k >= Math.max(0, end - 7); k--) {
    const c = text[k]!;
    if (CLAUSE_PAUSE.test(c)) return k + 1;
    if (!isCJKWord(c)) return -1;
  }
  return end - 7 < 0 ? 0 : -1;
}
const CLAUSE_PAUSE = /[、，,；;：:。！？!?\s【】]/;
const MARKET_PREFIX = new RegExp(`^(?:${[...MARKET_WORDS].join('|')})`);
/** Pronouns, conjunctions, prepositions and particles: words a clause opens with, no name's first. */
const CLAUSE_OPENER_TAGS = new Set(['r', 'c', 'p', 'u', 'uj', 'ul', 'd', 't', 'f', 'm']);

/** A word that is a stock name's mark of its shares after a dash: 美团-W, 京东集团-SW. */
const SHARE_MARK = new RegExp(`^${SHARE_MARKS}$`);
/** A stock name (证券简称), or the one it was changed from and the one it became, quoted or not: (*ST)X, XA (京东方A). */
const STOCK_NAME = String.raw`((?:\*?ST)?[\u4e00-\u9fff]{2,8}[AB]?)`;
const STOCK_SHORT_NAMES = new RegExp(String.raw`(?:证券|股票)简称(?:[:：]\s*|由[“"]${STOCK_NAME}[”"](?:变更|更改|改)为[“"])${STOCK_NAME}(?![\u4e00-\u9fff])`, 'dg');
/** A code's own label before it names no stock: 股票代码（603259）. */
const CODE_LABELS = new Set(['股票代码', '证券代码', '代码', '股票简称', '证券简称']);
/** A stock code in brackets: （002104）, (688185.SH), (01347.HK), (0700.HK), a Hong Kong or Taiwan code of four (1368), (2603); not a year (2024). */
export const STOCK_CODE_AFTER = /^[(（](?:[\d０-９]{6}(?:\.(?:SH|SZ|BJ))?|[0０][\d０-９]{3,4}(?:\.HK)?|\d{4,5}\.HK|(?!19\d\d|20[0-4]\d)[1-9]\d{3})[)）]/;
/** A Bursa Malaysia listing as the Malaysian press gives it, its ticker, code and board: （PERWIRA，3456，主板工业产品与服务股）, （SELAT，5236，主板产业股）. */
const BURSA_CODE_AFTER = /^[(（][A-ZＡ-Ｚ][A-ZＡ-Ｚ0-9０-９&-]{1,11}[，,][\d０-９]{4}[，,](?:主板|创业板|ACE|LEAP)/;
/** Tags of words that never stand in a listed company's short name. */
const NOT_IN_LISTED_NAME = new Set([...FUNCTION_WORD_TAGS, 't', 'd', 'f', 'q', 'w']);
/**
 * Start of the name a stock code follows (恒宝股份（002104）, 四方/m 精创/x（300468）): the words
 * back to a punctuation mark or a function word, two to eight characters; -1 when it is none.
 */
function listedNameStart(text: string, i: number, idx: TokenIndex): number {
  const end = idx.tokens[i]!.end;
  // A name the dictionary knows is the stock's name whole (板块龙头/玲珑轮胎（601966.SH）), after a function character the segmenter glued on too (向安/x 德利（605198）).
  const known = companyNameEndingAt(text, end);
  if (known >= 0 && end - known >= 2 && (idx.isBoundary(known) || (idx.at(known)!.start === known - 1 && GLUE.at(text, known - 1)))) return known;
  let start = end;
  for (let j = i; j >= 0; j--) {
    const t = idx.tokens[j]!;
    const afterPause = j === 0 || /^[、，,；;：:\s]$/.test(idx.tokens[j - 1]!.word);
    // (中 the segmenter took for a locative opens a name after a pause: 、中/f 谷物/n 流/n（603565）.)
    if (t.word === '中' && afterPause && j < i) {
      start = t.start;
      break;
    }
    // (…nor does a coined first word the segmenter took for a verb after a pause, before a trade alone: ，启衡/v 生物/n（688571）.)
    const coined = t.tag === 'v' && t.word.length === 2 && j < i && isGeneric(text.slice(t.end, end)) && afterPause;
    // (…and an expressway's 高速 the segmenter took for an adverb: 中原/ns 高速/d（600020）.)
    const expressway = t.word === '高速' && j === i;
    // (…nor the 多 of an adverb's 更多 before the name: 查看更多润泽科技（300442）行情.)
    if (t.word === '多' && /^[更最很较]$/.test(idx.tokens[j - 1]?.word ?? '')) break;
    if (end - t.start > 8 || !/^[\u4e00-\u9fffA-Za-z]+$/.test(t.word) || (NOT_IN_LISTED_NAME.has(t.tag ?? '') && !expressway) || (t.tag === 'v' && !NAME_VERBS.has(t.word) && !coined) || NAME_STOP.has(t.word) || isDescriptor(t.word) || /(?:公司|企业)$/.test(t.word) || MARKET_WORDS.has(t.word)) break;
    // A function character the segmenter glued onto the name's first word (由粤盛/x 控股): the name starts after it;
    // so does a word for its kind of firm (创新/药/企康晋/x 生物, 药企康晋/x).
    const kind = kindGluedOn(text, t);
    if (t.tag === 'x' && t.word.length > 2 && (GLUE.at(t.word, 0) || kind)) {
      start = t.start + (kind || 1);
      break;
    }
    start = t.start;
  }
  // (A name that opens its clause is the stock's whole, whatever the segmenter made of its words: 华/ns 鼎新/d 材/zg（603917.SH）, 佳禾源/x 达/v（603277）.)
  const clause = clauseStartBefore(text, end);
  // (Not over a word that opens the clause: 其中/r 中体产业（600158）.)
  const opener = clause >= 0 ? idx.at(clause) : undefined;
  if (opener?.start === clause && !CLAUSE_OPENER_TAGS.has(opener.tag ?? '') && !NAME_STOP.has(opener.word) && clause < start && end - clause >= 3 && end - clause <= 6 && !isGeneric(text.slice(clause, end)) && !/(?:公司|企业)$/.test(text.slice(clause, end))) start = clause;
  // (…and so is one after what describes it, a listed company: 创业板上市公司/nt 南/ns 理智/n 控/v（301876.SZ）.)
  const described = [6, 5, 4, 3].map((n) => end - n).find((p) => p < start && idx.isBoundary(p) && LISTED_DESCRIPTOR.test(idx.at(p - 1)?.word ?? '') && isCJKWord(text.slice(p, end)) && !isGeneric(text.slice(p, end)));
  if (described !== undefined) start = described;
  // (The market a share trades on, before its name, is none of it: A/x 股中/x 谷物/n 流/n（603565.SH）, 港股中航科工.)
  const market = MARKET_PREFIX.exec(text.slice(start, end))?.[0].length ?? 0;
  if (end - start - market >= 2) start += market;
  const name = text.slice(start, end);
  // ETF(510050), 华安黄金ETF（518880）: a fund's code, not a company's; nor a convertible bond's (【华峰转债（113623）】).
  // (Nor a generic word the walk stopped at: 现代/t 投资（000900） is no 投资.)
  return name.length >= 2 && !NOT_COMPANY_WORDS.test(name) && !COUNTRY_LIKE.has(name) && !GENERIC.has(name) && !/(?:ETF|LOF|REITs?|转债)$/i.test(name) ? start : -1;
}
/** What a stock's name follows, a word for a listed company: 上市公司, 创业板公司. */
const LISTED_DESCRIPTOR = /(?:上市公司|板公司|概念股|龙头股)$/;
/** A token that names something in particular and is not a place alone: 通灵, Capcom. */
export function isNameToken(t: Token): boolean {
  return t.word.length >= 2 && WORDLIKE.test(t.word) && t.tag !== 'ns' && isDistinctive({ word: t.word, tag: t.tag ?? '', start: t.start });
}
/** The first of two tokens of at most five characters between a pause and `end`: not a place (山河/ns is none), generic words, function words or a known company's facility. */
function unknownItemStart(text: string, end: number, idx: TokenIndex): Token | undefined {
  const last = idx.at(end - 1);
  const first = last && idx.at(last.start - 1);
  if (!first || end - first.start > 5 || !(LIST_SEPARATORS.has(text[first.start - 1] ?? '') || text[first.start - 1] === '了')) return undefined;
  const pair = [first, last];
  // (Nor an adverb of one character: 集团/将/d 与马士基等企业, the group will; nor a clause's verbs: ，要/v 加强/v 与中储粮等企业.)
  if (pair.some((t) => !isCJKWord(t.word) || FUNCTION_TAGS.has(t.tag ?? '') || (t.tag === 'd' && t.word.length === 1) || NAME_STOP.has(t.word) || lookupName(t.word)) || pair.every((t) => (t.tag === 'ns' && (PLACE_NAMES.has(t.word) || isProvinceOrCity(t.word))) || isGeneric(t.word) || t.tag === 'v')) return undefined;
  // A known company's facility (华润/总部) is the company's, found by the dictionary; a public body
  // listed with companies is none (临沂市/政府与抖音集团、快手科技等企业).
  if (FACILITY_AFTER.test(last.word) || NOT_COMPANY_WORDS.test(first.word + last.word)) return undefined;
  return isGeneric(first.word + last.word) ? undefined : first;
}
/** A name token of the tags a context makes a company (none is a place). */
function isContextName(t: Token): boolean {
  // (The segmenter tags a public body nt too: 青岛市政府/nt 与海尔集团等5家企业; nor is an international institution one: 世界银行/nt 旗下.)
  return CONTEXT_TAGS.has(t.tag ?? '') && isNameToken(t) && !PUBLIC_BODY.test(t.word) && !NOT_COMPANIES.has(t.word);
}
/** What a list's item may follow: a pause, an introducer (包括), or the verb and its 了 the list is the object of (抽检了金穗种业、丰乐种业等). */
function opensItem(before: Token | undefined): boolean {
  return before === undefined || LIST_SEPARATORS.has(before.word) || INTRODUCERS.has(before.word) || /^[\s“”"（(：:]/.test(before.word) || (before.word === '了' && before.start > 0);
}
/** The list item that ends at `end`: one name-like token, or a dictionary name, after its introducer. */
/** The length of a foreign country a known company's name follows in `name` (德国/大众), 0 if none. */
function knownAfterCountry(name: string): number {
  const home = foreignCountryLength(name);
  return home && lookupName(name.slice(home)) ? home : 0;
}

function listItemBefore(text: string, end: number, idx: TokenIndex): { start: number; end: number; introduced: boolean } | undefined {
  if (!idx.isBoundary(end)) return undefined;
  const known = companyNameEndingAt(text, end);
  let start: number;
  if (known >= 0 && idx.isBoundary(known)) start = known;
  else {
    // One name-like token, possibly with a generic word after it: 思睿/国际; or two words the
    // segmenter made of a name it did not know, between pauses (、兴澄/z 特钢/n、, 、法尔/ns 胜/v 等).
    let t = idx.at(end - 1);
    if (t && GENERIC.has(t.word)) t = idx.at(t.start - 1);
    // (…a name token after a word that opens no item is the second of such two: 、万向/n 德农/nz 三家公司.)
    if (t && (!isContextName(t) || !opensItem(idx.at(t.start - 1)))) t = unknownItemStart(text, end, idx) ?? (isContextName(t) ? t : undefined);
    if (!t) return undefined;
    start = t.start;
  }
  const before = idx.at(start - 1);
  // (The verb's 了 only before a pause of a list: not 上调了主胜赔率，bet365.)
  if (!opensItem(before) || (before?.word === '了' && text[end] !== '、')) return undefined;
  return { start, end, introduced: before !== undefined && !LIST_SEPARATORS.has(before.word) };
}

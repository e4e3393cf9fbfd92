import { lookupName } from '../../dict/companies';
import { LISTED_BY_CODE, normalizedCode } from '../../dict/stockCodes';
import { PLACE_NAMES } from '../../dict/places';
import { SINGLE_SURNAMES } from '../../dict/surnames';
import { citedMedia } from './mediaAndProducts';
import { isCJKWord } from '../official/names';
import { writtenWhere } from '../text/scan';
import { LIST_JOINERS } from './companyMentions';
import { STOCK_CODE_AFTER } from './contextNames';
import { isGeneric, ROLES } from './nameWords';
import { type Found, LEGAL_FORM_END, SUFFIXES } from './registeredName';
import { CITY_INVESTOR, registeredPlaceLength, shortForms } from './shortForms';
import { TokenIndex } from '../text/tokenIndex';
import type { Candidate } from '../types';

// Which company a COMPANY mention names (attrs.canonical): the article's own full names and the short
// forms that stand for them (中科宇航技术股份有限公司 … 中科宇航, 以下简称), a stock code's listed company,
// the dictionary's full name, and a Latin alias in brackets after a company's name.

/** Words for any company or fund, or the writer's own, or its part in a deal, that a notice declares as its short name: （以下简称“公司”）, （简称“本集团”）, （以下简称“合资公司”）, （以下简称“产业基金”）. */
export const ANY_COMPANY = /^[本该我贵]|^(?:(?:集团|股份|上市|母|子|全资子|控股子|参股|合资|合营|联营|标的|目标|项目|平台|新设?)?公司|集团|企业|合伙企业|(?:产业|投资|母|子)?基金|发行人|交易对方|标的|担保人|被担保人|收购方|出让方|受让方|买方|卖方)$/;
/** A word for any company, or a party's role in a deal a notice declares as a short name: （以下简称“保荐人”）. */
const anyCompany = (word: string): boolean => ANY_COMPANY.test(word) || ROLES.has(word);
/** A second short name declared after the first: “公司”或“恒瑞医药”. */
const DECLARED_OR = /^[”"]?或[“"]([\u4e00-\u9fffA-Za-z0-9]{2,8})[”"]/;
/** A short name declared right after a full name: (以下简称江南布衣), （简称“华为”）, （证券简称：润锋新材，证券代码：…）, （下称恒远环境或公司）, （以下简称“晶准科技”“发行人”或“公司”）, after its foreign name and its stock code too (（Braunek GmbH，以下简称“博朗克”）, （Hoi Kong Food Holdings，股份代号：1865，下称“濠江食品”））; a Latin name's Chinese one ((中文名“拳头游戏”)). */
const DECLARED = /[(（](?:[^()（）\n，,]{1,40}[，,]\s*){0,2}(?:(?:以下)?(?:证券|股票)?(?:简称|下称)|中文(?:名称?|简称)|又称|亦称)[:：]?(?:[“"「『]([A-Z][A-Za-z0-9&.'’ -]{1,30}[A-Za-z0-9.])[”"」』]|[“"「『]?([\u4e00-\u9fffA-Za-z0-9]{2,8}?)[”"」』]?)(?:[)）]|[，,；;或](?=[^)）]{0,24}[)）])|(?<=[”"」』])(?=[“"「『][^)）]{0,24}[)）]))/y;
/** A quoted name alone in brackets after a full name, Hong Kong's way of declaring a short name, its stock code after it: Northcove Biopharma Inc.（「Northcove」）, 翠岭丰盈股份有限公司（“翠岭”）, 电能实业有限公司（「电能」，00006）. */
const QUOTED_FORM = /[(（][“"「『]([A-Z][A-Za-z0-9&.'’ -]{0,30}[A-Za-z0-9.]|[\u4e00-\u9fff]{2,8})[”"」』](?:[，,]\s?(?:(?:股份|股票|证券)代[码号][:：]?\s?)?\d{4,6}(?:\.[A-Z]{2})?)?[)）]/y;
/** A bracket that gives the full name of the name before it: （全称“, （全称为. */
const FULL_NAME_OPENS = /[(（]全称(?:为|是)?[:：]?[“"]?$/;
/** A short name in brackets alone after a full name: 济南产业发展投资集团有限公司（济南产投）. */
const BRACKETED_FORM = /[(（]([\u4e00-\u9fff]{2,6})(?:[，,、；;]\s?((?:(?:股票|证券|證券|股份)代[码碼号號])?[:：]?\s?\d{4,6}(?:\.[A-Z]{2})?))?[)）]/y;

/** `short`, in brackets after a company's or group's registered name `full`, is its short name: written with characters of `full` in their order, the first one first (济南产投 of 济南产业发展投资集团有限公司), or the first after its place (歌华有线 of 北京歌华有线电视网络股份有限公司), or a longer one from the second (商城集团 of 浙江中国小商品城集团股份有限公司). */
function isShortNameOf(short: string, full: string): boolean {
  // (…or its bracketed place and its first characters, as a subsidiary is called: 中翔精密製造（西安）有限公司（「西安中翔」）.)
  const place = SUBSIDIARY.exec(full)?.[0].slice(1, -1);
  if (place && short.length >= place.length + 2 && short.startsWith(place) && full.startsWith(short.slice(place.length))) return true;
  // 中国航发动力股份有限公司（航发动力）
  // 浙江中国小商品城集团股份有限公司（商城集团）: after its place and 中国, from the first characters' second.
  let head = full.startsWith('中国') && short[0] !== '中' ? full.slice(2) : short[0] !== full[0] ? full.slice(registeredPlaceLength(full)) : full;
  if (head.startsWith('中国') && short[0] !== '中') head = head.slice(2);
  const first = head.indexOf(short[0]!);
  // (…or a trade and 公司 from the third, after 中华 or 中国: 香港中华煤气有限公司（煤气公司）.)
  const trade = first === 2 && /^中[华国]/.test(head) && short.length >= 4 && short.endsWith('公司');
  return /(?:公司|集团)$/.test(full) && (first === 0 || (first === 1 && short.length >= 3) || trade) && short.length < head.length - first && writtenInOrder(short, head.slice(first));
}

/** The name of three to six characters ending at `open` that starts with the first two of `full`'s after its place, at a word's start. */
function shortBeforeFullName(text: string, open: number, full: string, idx: TokenIndex): string | undefined {
  const placed = registeredPlaceLength(full);
  const head = full.slice(placed, placed + 2);
  for (let length = 6; length >= 3; length--) {
    const short = text.slice(open - length, open);
    if (short.startsWith(head) && isCJKWord(short) && idx.isBoundary(open - length) && !isGeneric(short)) return short;
  }
  return undefined;
}

/** A bracketed place in a registered name makes it a subsidiary's: 万华化学（宁波）有限公司. */
const SUBSIDIARY = /[(（][\u4e00-\u9fff]{2,6}[)）]/;

/** Every character of `short` is in `full`, in order: 济南产投 of 济南产业发展投资集团有限公司, 经团联 of 日本经济团体联合会. */
export function writtenInOrder(short: string, full: string): boolean {
  let k = 0;
  for (const c of full) if (c === short[k]) k++;
  return k === short.length;
}

/** A company's name in Latin letters alone: PSA, Moody's, Goldman Sachs. */
export const LATIN_NAME = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,&'-]*$/;

/** A registered name's stem, without its legal form and 集团: 中国东方航空 of 中国东方航空股份有限公司 and of 中国东方航空集团有限公司. */
const stemOf = (name: string): string => name.replace(/(?:集团)?(?:股份)?(?:有限)?(?:责任)?公司$/, '');

/** The article's registered names (…公司) by their stem. */
function registeredByStem(found: readonly Found[], text: string): Map<string, string> {
  const byStem = new Map<string, string>();
  for (const f of found) {
    const name = text.slice(f.start, f.end);
    if (name.endsWith('公司') && !byStem.has(stemOf(name))) byStem.set(stemOf(name), name);
  }
  return byStem;
}

/**
 * The listed company of the same stem as a dictionary's group the article does not write, where the article
 * registers it: the company a bare short name names there (东方航空 … 中国东方航空股份有限公司, not the group
 * 中国东方航空集团有限公司; 新希望 … 新希望六和股份有限公司). A name of the group (东航集团) stays the group's.
 */
function ofSameStem(name: string, canonical: string | undefined, registered: ReadonlyMap<string, string>, text: string): string | undefined {
  if (!canonical?.includes('集团') || name.endsWith('集团') || text.includes(canonical)) return undefined;
  const listed = registered.get(stemOf(canonical));
  // (…or the company the short name and a legal form register: 中国移动 … 中国移动有限公司.)
  const own = registered.get(name);
  // (…or the only listed company the article registers under a longer stem the short name starts, with a word of its own, not
  // a trade's: 新希望 … 新希望六和股份有限公司, but not 京东 … 京东物流股份有限公司, a subsidiary.)
  const longer = [...registered].filter(([stem, full]) => stem.length > name.length && stem.startsWith(name) && full.endsWith('股份有限公司') && !isGeneric(stem.slice(name.length)) && !SUFFIXES.has(stem.slice(name.length)));
  return listed?.endsWith('股份有限公司') ? listed : own?.endsWith('有限公司') ? own : longer.length === 1 ? longer[0]![1] : undefined;
}

/**
 * The listed company a short name and its stock code name: the code's, where the table knows it, else, where the dictionary's
 * canonical is its group and the dictionary knows the listed one: 中国东航（600115.SH） is 中国东方航空股份有限公司, 中国移动（00941.HK） 中国移动有限公司.
 */
function listedByCode(name: string, canonical: string | undefined, text: string, end: number): string | undefined {
  // (The company the code is, where the table knows it: 北大荒（600598） is 黑龙江北大荒农业股份有限公司, not the group.)
  const code = CODE_AFTER.exec(text.slice(end, end + 30))?.[1];
  const coded = code ? LISTED_BY_CODE.get(normalizedCode(code)) : undefined;
  if (coded) return coded;
  if (!canonical || canonical.endsWith('股份有限公司') || !STOCK_CODE_AFTER.test(text.slice(end, end + 14))) return undefined;
  const stem = stemOf(canonical.replace(/[(（]集团[)）]/, ''));
  return [stem + '股份有限公司', name + '股份有限公司', name + '有限公司'].find((n) => n !== canonical && lookupName(n)?.entry.canonical === n);
}

/** The first stock code in brackets after a name, perhaps after its label: （601919.SH、01919.HK）, （股票代码：600598）. */
const CODE_AFTER = /^[(（](?:[^)）:：]{0,8}[:：])?\s*([\d０-９]{4,6}(?:\.(?:SH|SZ|BJ|HK))?)(?![\d０-９])/i;

/** A short name the dictionary knows and 公司 after it, the dictionary's company where its name says more: 中国商飞公司 is 中国商用飞机有限责任公司. */
function shortNameAndGenericWord(name: string): string | undefined {
  const known = name.endsWith('公司') ? lookupName(name.slice(0, -2)) : undefined;
  return known && !known.ambiguous && known.entry.canonical.length > name.length ? known.entry.canonical : undefined;
}

/** What the text calls a company it names next: its subsidiary (全资子公司, 控股子公司, 旗下). */
const SUBSIDIARY_BEFORE = /(?:子公司|旗下)$/;

/** A dictionary's canonical name as the article writes it, with full-width brackets or half-width ones: 上海复星医药（集团）股份有限公司. */
function asWritten(canonical: string | undefined, text: string): string | undefined {
  if (!canonical || !/[()（）]/.test(canonical) || text.includes(canonical)) return canonical;
  const other = /[()]/.test(canonical) ? canonical.replace(/\(/g, '（').replace(/\)/g, '）') : canonical.replace(/（/g, '(').replace(/）/g, ')');
  return text.includes(other) ? other : canonical;
}

/** What makes a name a place's: 区, 县, 市, a village's 村, 镇 or 乡 (梅湾村), a new area's 新区 (贵安新区), a development zone's (宁海湾经济技术开发区), a port's area (大榄坪南作业区). */
const PLACE_AFTER = /^(?:[区县市村镇乡]|新区|(?:经济技术|经济|高新技术产业)?开发区|高新区|经开区|(?:综合)?保税区|自贸区|[东南西北]?(?:作业区|港区))/;
/** Whether the article writes `name` as a district, county, city, new area or zone (顺德区, 萧山区委, 贵安新区): then it is the place. */
function namedAsPlace(text: string, name: string): boolean {
  return writtenWhere(text, name, (at) => PLACE_AFTER.test(text.slice(at + name.length, at + name.length + 9)) && !/^(?:区域|市场|市值|县域)/.test(text.slice(at + name.length, at + name.length + 2)));
}

/** The trade a dictionary name ends in after its own word: 科技, 电子, 动力. */
const TRADE_TAIL = /^(?:科技|技术|电子|微电子|动力|新能|智能|医药|生物|物流|网络|软件|通信|机器人)$/;

/**
 * The short forms that stand for the article's own full names, each with the full name: 中科宇航技术股份有限公司 … 中科宇航,
 * the short name an article declares (江南布衣有限公司(以下简称江南布衣)), and the declared short names themselves as companies.
 */
export function shortFormsOfFullNames(text: string, found: readonly Found[], idx: TokenIndex): { fullByForm: Map<string, string>; declaredNames: Found[] } {
  const fullByForm = new Map<string, string>();
  const fromSubsidiary = new Set<string>();
  const groupForms = new Map<string, string>();
  for (const f of found) {
    const full = text.slice(f.start, f.end);
    // (…and a dictionary's registered name for the short forms the dictionary does not know: 天健会计师事务所（特殊普通合伙） … 天健.)
    if (f.source !== 'rule:company-suffix' && f.source !== 'dict:company') continue;
    // A city's investment group is cited without 集团: 青岛城投集团 … 青岛城投 (not 宁波舟山港集团 … the port).
    const form = full.slice(0, -2);
    if (full.endsWith('集团') && registeredPlaceLength(full) >= 2 && CITY_INVESTOR.test(form) && !lookupName(form) && !fullByForm.has(form)) fullByForm.set(form, full);
    // A registered name (…公司) stands for its short forms; a group's name (高途集团 … 高途) for those
    // the dictionary does not know (五粮液 of 五粮液集团 is the listed company), after the registered ones.
    if (full.endsWith('集团')) {
      for (const form of shortForms(full, f.start, idx)) if (!lookupName(form) && !groupForms.has(form) && !namedAsPlace(text, form)) groupForms.set(form, full);
    }
    // (A Japanese company's legal form written first: 株式会社青叶生活 … 青叶生活.)
    if (full.startsWith('株式会社') && !fullByForm.has(full.slice(4))) fullByForm.set(full.slice(4), full);
    if (!/(?:公司|株式会社|专业合作社|事务所(?:[（(][^()（）]{2,8}[)）])?)$/.test(full)) continue;
    // A dictionary name stands for its own company, not a subsidiary registered in a place (万华化学（宁波）有限公司 … 万华化学, 美的集团（上海）有限公司 … 美的).
    // The parent's registered name is the short form's over a subsidiary's named first (锂源新能（宜春）电池有限公司 … 江西锂源新能源科技股份有限公司 … 锂源新能).
    const subsidiary = SUBSIDIARY.test(full);
    const calledSubsidiary = SUBSIDIARY_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start));
    // (…nor a company with no legal form, an arm named by the short name, where the dictionary registers it (奇瑞国际公司 … 奇瑞 is 奇瑞汽车股份有限公司).)
    const informal = !LEGAL_FORM_END.test(full);
    for (const form of shortForms(full, f.start, idx)) {
      // (An everyday word another company is known by is no short form: 陕西延安苹果集团有限公司 … 苹果 is the fruit;
      // nor a place the article names as one: 广东顺德控股集团有限公司 … 顺德区.)
      // (…nor the short name of a subsidiary the text says it is, where the dictionary knows that name: 全资子公司上海恒瑞医药有限公司 … 恒瑞医药 is the parent.)
      // (…nor a subsidiary's whose short name the text used before naming it: 五矿期货将…完成对五矿期货（新加坡）有限公司的增资, the parent.)
      if ((fullByForm.has(form) && !(fromSubsidiary.has(form) && !subsidiary)) || ((subsidiary || calledSubsidiary) && lookupName(form)) || (subsidiary && writtenWhere(text, form, (at) => at + form.length <= f.start)) || (informal && LEGAL_FORM_END.test(lookupName(form)?.entry.canonical ?? '')) || lookupName(form)?.ambiguous || namedAsPlace(text, form)) continue;
      // (…and not a founder's name a company bears: 李宁有限公司 … 李宁 is the man where the dictionary does not say otherwise.)
      if (f.entry && (lookupName(form) || (form.length <= 3 && SINGLE_SURNAMES.at(form, 0)))) continue;
      fullByForm.set(form, full);
      if (subsidiary) fromSubsidiary.add(form);
      else fromSubsidiary.delete(form);
    }
  }
  for (const [form, full] of groupForms) if (!fullByForm.has(form)) fullByForm.set(form, full);
  // A name of a word the segmenter does not know and a trade is cited by that word too (丰翼/x 科技 … 丰翼, 万纬/x 物流 … 万纬).
  for (const f of found) {
    const head = idx.at(f.start);
    const canonical = f.source === 'dict:company' ? f.entry?.canonical : f.source === 'rule:company-suffix' && !f.entry ? text.slice(f.start, f.end) : undefined;
    if (!canonical || f.ambiguous || head?.tag !== 'x' || head.end >= f.end || head.end - head.start < 2 || !isCJKWord(head.word)) continue;
    if (TRADE_TAIL.test(text.slice(head.end, f.end)) && !lookupName(head.word) && !fullByForm.has(head.word)) fullByForm.set(head.word, canonical);
  }
  const declaredNames: Found[] = [];
  for (const f of found) {
    if (f.source !== 'rule:company-suffix' && f.source !== 'dict:company' && f.source !== 'rule:company-latin') continue;
    const full = text.slice(f.start, f.end);
    // (A quoted name declares its short name after the quote: “潍柴动力”（以下简称“潍柴”）.)
    DECLARED.lastIndex = f.end + (/[”"」』]/.test(text[f.end] ?? '') ? 1 : 0);
    const declared = DECLARED.exec(text);
    // (…a quoted Latin name of several words too: （下称“Ashcombe & Reed”）.)
    let short = declared?.[1] ?? declared?.[2];
    let at = declared ? declared.index + declared[0].lastIndexOf(short!) : -1;
    // （以下简称“公司”或“恒瑞医药”）: the name after the word for any company.
    const or = short && anyCompany(short) ? DECLARED_OR.exec(text.slice(at + short.length, at + short.length + 14)) : null;
    if (or) [short, at] = [or[1]!, at + short!.length + or[0].lastIndexOf(or[1]!)];
    // （以下简称“公司”）: a word for any company, not a name.
    // Generic words declared are a name too (简称“陆港集团”), but not a word for any company.
    // (Its canonical is the dictionary's where the full name is a dictionary name: 华润（集团）有限公司 is 华润(集团)有限公司, written as the article writes it.)
    // (Nor a place: 连云港港口股份有限公司（简称“连云港”） leaves the city a city.)
    if (short && !anyCompany(short) && !PLACE_NAMES.has(short)) {
      fullByForm.set(short, f.entry?.canonical ?? full);
      // The declaration names the company too, where the segmenter glued it to 称 (下/称宏晟/x).
      declaredNames.push({ start: at, end: at + short.length, label: 'COMPANY', source: 'rule:company-short' });
    }
    // Northcove Biopharma Inc.（「Northcove」）: a quoted short name alone in brackets, the full name's first word or its characters in order
    // (not a party's role in a deal: （「賣方」）, （「目標公司」）).
    QUOTED_FORM.lastIndex = f.end;
    const quoted = declared ? undefined : QUOTED_FORM.exec(text);
    const form = quoted?.[1];
    if (form && (/^[A-Z]/.test(form) ? full.startsWith(form) && /^[ ,]/.test(full.slice(form.length)) : isShortNameOf(form, full)) && !fullByForm.has(form) && !PLACE_NAMES.has(form)) {
      fullByForm.set(form, f.entry?.canonical ?? full);
      declaredNames.push({ start: quoted!.index + 2, end: quoted!.index + 2 + form.length, label: 'COMPANY', source: 'rule:company-short' });
    }
    // 济南产业发展投资集团有限公司（济南产投）: a short name in brackets alone, made of the full name's characters in order.
    BRACKETED_FORM.lastIndex = f.end;
    const bracket = BRACKETED_FORM.exec(text);
    const bracketed = bracket?.[1];
    // (…of a dictionary name by its registered name: 国泰航空（国泰）; with its stock code, any name of three or more the full name's first character starts:
    // 安心便利商店股份有限公司（安心超商，股票代號：2998）, 超商 a word for 便利商店.)
    const coded = !!bracket?.[2] && bracketed!.length >= 3 && bracketed![0] === full[0];
    if (bracketed && (isShortNameOf(bracketed, full) || coded || (f.entry && isShortNameOf(bracketed, f.entry.canonical))) && !isGeneric(bracketed) && !PLACE_NAMES.has(bracketed)) fullByForm.set(bracketed, /(?:公司|集团)$/.test(full) ? full : (f.entry?.canonical ?? full));
    // 重庆信托（全称“重庆国际信托股份有限公司”）: the full name in brackets after the short one.
    const opening = FULL_NAME_OPENS.exec(text.slice(Math.max(0, f.start - 8), f.start));
    const named = opening && f.source === 'rule:company-suffix' ? found.find((g) => g.end === f.start - opening[0].length) : undefined;
    if (named) fullByForm.set(text.slice(named.start, named.end), full);
    // 蝉鸣数据（北京蝉鸣数科信息技术有限公司）: the registered name in brackets alone after a name of its first characters after its place, which nothing found.
    const before = /^[(（]$/.test(text[f.start - 1] ?? '') && /^[)）]$/.test(text[f.end] ?? '') && full.endsWith('公司') ? shortBeforeFullName(text, f.start - 1, full, idx) : undefined;
    if (before && !fullByForm.has(before) && !found.some((g) => g.end === f.start - 1)) {
      fullByForm.set(before, full);
      declaredNames.push({ start: f.start - 1 - before.length, end: f.start - 1, label: 'COMPANY', source: 'rule:company-short' });
    }
  }
  // 长沙明视眼科医院有限公司、岳阳明视眼科医院有限公司（以下分别简称“长沙明视”“岳阳明视”）: the listed names' short names, in order.
  const nameEndingAt = (end: number) => found.find((g) => g.end === end && (g.source === 'rule:company-suffix' || g.source === 'dict:company'));
  for (const m of text.matchAll(EACH_DECLARED)) {
    const forms = [...m[1]!.matchAll(/[“"「]([\u4e00-\u9fffA-Za-z0-9]{2,10})[”"」]/g)];
    // (The names before the brackets, back over what joins them, as many as there are forms.)
    const listed: Found[] = [];
    for (let f = nameEndingAt(m.index); f; f = nameEndingAt(f.start - 1)) {
      listed.unshift(f);
      if (listed.length === forms.length || !LIST_JOINERS.has(text[f.start - 1] ?? '')) break;
    }
    if (listed.length !== forms.length) continue;
    forms.forEach((form, k) => {
      if (anyCompany(form[1]!) || PLACE_NAMES.has(form[1]!)) return;
      fullByForm.set(form[1]!, listed[k]!.entry?.canonical ?? text.slice(listed[k]!.start, listed[k]!.end));
      const at = m.index + m[0].indexOf(form[0]) + 1;
      declaredNames.push({ start: at, end: at + form[1]!.length, label: 'COMPANY', source: 'rule:company-short' });
    });
  }
  return { fullByForm, declaredNames };
}
/** The short names of the names listed before it, each in its quotes: （以下分别简称“长沙明视”“岳阳明视”）. */
const EACH_DECLARED = /[(（](?:以下)?分别(?:简称|下称)[:：]?((?:[“"「][\u4e00-\u9fffA-Za-z0-9]{2,10}[”"」][、，,和及]?){2,8})[)）]/g;

/** Short names Taiwan's news uses for its own companies, which the mainland's press uses for others: 中钢 is China Steel there, Sinosteel here. */
const TAIWAN_CANONICALS = new Map([['中钢', '中国钢铁股份有限公司']]);

/**
 * The mentions as candidates, each with the canonical name of the company it names where that is not as written: a stock code's
 * listed company, the article's full name a short form was cut from, the dictionary's, or the company a bracketed Latin alias follows.
 */
export function withCanonicals(text: string, all: readonly Found[], fullByForm: ReadonlyMap<string, string>, taiwanese = false): Candidate[] {
  const media = citedMedia(text);
  const registered = registeredByStem(all, text);
  // (The listed company a stock code names is what every mention of that short name names: 中国东航（600115.SH）… 中国东航表示.)
  const listed = new Map<string, string>();
  for (const f of all) {
    const company = listedByCode(text.slice(f.start, f.end), f.entry?.canonical, text, f.end);
    if (company) listed.set(text.slice(f.start, f.end), company);
  }
  const out: Candidate[] = [];
  const aliasOf = new Map<string, string>();
  for (const { start, end, source, entry } of all.filter((f) => !media.some((m) => m.length > f.end - f.start && text.startsWith(m, f.start))).sort((a, b) => a.start - b.start)) {
    const name = text.slice(start, end);
    // (A stock code outweighs a full name the short one was cut from: 三生制药（01530.HK） is the listed company, not its subsidiary 沈阳三生制药有限责任公司.)
    const own = asWritten(listed.get(name) ?? fullByForm.get(name) ?? (name.endsWith('公司') ? fullByForm.get(name.slice(0, -2)) : undefined) ?? ofSameStem(name, entry?.canonical, registered, text) ?? (taiwanese ? TAIWAN_CANONICALS.get(name) : undefined) ?? entry?.canonical ?? shortNameAndGenericWord(name), text);
    // (A Latin name in brackets right after a company's is that company's, whatever else the dictionary knows by it, and so are its
    // other mentions: 新加坡港务集团（PSA）…PSA.)
    const before = out.at(-1);
    if (before && before.end === start - 1 && '(（'.includes(text[start - 1]!) && LATIN_NAME.test(name)) aliasOf.set(name, String(before.attrs?.canonical ?? own ?? text.slice(before.start, before.end)));
    const canonical = aliasOf.get(name) ?? own;
    const c: Candidate = { start, end, label: 'COMPANY', source };
    if (canonical && canonical !== name) c.attrs = { canonical };
    out.push(c);
  }
  // (…and its earlier ones too, a headline's before the article names the company: PSA … 新加坡港务集团（PSA）.)
  for (const c of out) {
    const alias = aliasOf.get(text.slice(c.start, c.end));
    if (alias && c.attrs?.canonical !== alias) c.attrs = { canonical: alias };
  }
  return out;
}

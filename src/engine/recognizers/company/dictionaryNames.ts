import { COMPANY_NAMES, type CompanyEntry, lookupName, NOT_COMPANIES } from '../../dict/companies';
import { PLACE_NAMES } from '../../dict/places';
import { JAPANESE_SURNAMES, SINGLE_SURNAMES } from '../../dict/surnames';
import { mediumAt, sourceOrProductAt } from './mediaAndProducts';
import { GLUE, gluedBefore, isCJKWord, isTranslit, NAME_DOT } from '../official/names';
import { CharSet } from '../text/charSet';
import { PhraseTrie } from '../text/phraseTrie';
import { BUREAU_AFTER, BUREAU_COMPANY, BODY_OPENING, COUNTRY_LIKE, foreignCountryLength, FUNCTION_WORD_TAGS, GENERIC, isGeneric, NAME_STOP, PROPER_TAGS } from './nameWords';
import { POST_VERBS } from '../official/postVerbs';
import { type Found } from './registeredName';
import { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';

// A company the dictionary knows, read at a token: where its name may start and end among the
// segmenter's pieces, and the readings that make the words no company's name there (a person's name
// around them, an everyday word in its own sense, a port as a place, an exchange as a market, a
// product, a stock code or a date after them).

export const DICT = new PhraseTrie([...COMPANY_NAMES.keys(), ...NOT_COMPANIES], { foldCase: true });

const ADJECTIVE_TAGS = new Set(['a', 'b', 'ad', 'an']);

/** An exchange's code before a ticker names where a share is listed, not a company: (NASDAQ: BILI), （HKEX：9626）. */
const TICKER_AFTER = /^\s?[:：]\s?(?:[A-Z]{1,5}|\d{4,6})(?![\w.\/])/;
const LATIN_START = /[A-Za-z]/;

/** The A or B of a stock name before its code (张裕A，000869; 张裕B（200869）) or its announcement (京东方A公告). */
const SHARE_CLASS_NAME = /^[AＡBＢ](?=\s?[，,（(]\s?\d{6}|公告|发布公告|披露)/;

/** After a name dot between two names it is a person's name (汤姆·福特); a dot that starts a line is a bullet (·B站). */
export function afterNameDot(text: string, start: number): boolean {
  return NAME_DOT.at(text, start - 1) && /[\u4e00-\u9fffA-Za-z]/.test(text[start - 2] ?? '');
}

/**
 * Digits right after a name make it part of a code or a product name (济钢1号, “20融创01”, 小米14),
 * unless they begin a date: 比亚迪11月销量, 腾讯2024年营收.
 */
export function codeAt(text: string, end: number): boolean {
  // (Full-width digits read as half-width: 海尔智家６０％, 京东６１８.)
  return DIGIT.test(text[end] ?? '') && !DATE_AFTER.test(text.slice(end, end + 9).replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
const DIGIT = /[0-9０-９]/;

/** A Latin name's end before a date the segmenter glued on: OpenAI3/eng 月31日, NAVER8/eng 月, Electronics2025/eng 年Q2, Salesforce2026财年. */
export const latinBeforeDate = (text: string, end: number): boolean => /[A-Za-z]/.test(text[end - 1] ?? '') && /^(?:\d{1,2}[月日]|(?:19|20)\d{2}财?年)/.test(text.slice(end, end + 7));

/** Digits after a name that are no product's code (茅台1935): a date (比亚迪11月, 中国重汽1-3月, 阿里巴巴3季度), a quantity or a size (五矿盐湖4万吨, 沪硅产业300mm硅片), a fiscal year (波司登2024/25财年), a display line's generation (京东方6代线), a count of the list it ends (冰轮环境4家企业), its shares held (持有贵州茅台200股), a shopping festival (京东618, 京东11.11), a numbered institute (中国电科38所), a network generation or band (中国移动5G, 中国广电700MHz), a numbered plant (比亚迪2号工厂), a plan's year (汾酒2030技改), a stock code (宁德时代300750, 腾讯00700). */
const DATE_AFTER = /^(?:4S(?:店|门店)|[03689]\d{5}(?![\d.%])|0\d{4}(?![\d.%])|618(?![\d.])|11\.11(?![\d.])|\d{1,3}所(?![得有属在以需])|[2-6]G(?![A-Za-z])|[1-4]季度|(?:19|20)\d{2}(?:Q[1-4]|H[12])|[0-9０-９]{1,2}号(?:工厂|厂房|车间|基地|仓库|生产线|产线)|20[2-5]\d(?=[\u4e00-\u9fff])(?![号型款代系])|20\d{2}\/\d{2}(?:财年|年度|赛季)|[0-9０-９]{1,4}(?:\.\d+)?%|[0-9０-９]{1,4}[余多]?(?:[年月日家类款种项届个只条位]|财年|财季|代线|[-—~至][0-9０-９]{1,2}月|(?:\.\d+)?[万亿]?(?:吨|元|美元|港元|欧元|辆|台|千瓦|兆瓦|[GMk]Wh?|[GMk]Hz|平方米|公里|亩|人|名|片|纳米|奈米|nm|微米|μm|毫米|mm|厘米|cm|英寸|吋|股)))/;

/** Characters besides GLUE's the segmenter glues onto a name's first one (他任平/x 煤股份, 以银泰/x 百货为例, 除百利/x …外, 继融/x 创中国之后, 约/谈美团/x, 原沃塔/x 瑞斯: former, 划转/至晋/x 能控股: to, 禁令/令英/x 伟达: makes, 受輝/x 達: affected by, 丹麥/商沃旭/x 能源: a country's firm, 设备获长鑫/x 存储: gets, 宁德时代诉中/x 创新航: sues, 权值股台/x 积电: shares, 如台/x 积电, 像宏泰/x 镍业: such as, like, 经锐拓/x 精密: through, 撥/補台/n 電: makes up to, 核数師安永/nr: an auditor's title) or after its last (拼多/x 多于/d, 万科系, 会计师/行为/v 2025年度审计机构). */
const GLUED_START = new CharSet('任以除继但于起谈原至令受商获诉股如像师師经經补補');
export const GLUED_END = /^[系于外为]$/;
/** A function character (or one of those) the segmenter glued at `at` onto the name after it. */
export const gluedOntoName = (text: string, at: number): boolean => gluedBefore(text, at) || GLUED_START.at(text, at);

/** An unknown word a verb that stops names starts, two characters the segmenter glued onto the name after them: 领投长鑫/x 存储; or a time word: 当季英/x 伟达. */
export const verbGluedOntoName = (t: Token): boolean => t.tag === 'x' && ((t.end - t.start >= 4 && NAME_STOP.has(t.word.slice(0, 2))) || (t.end - t.start >= 3 && TIME_GLUED.has(t.word.slice(0, 2))));
/** Time words the segmenter glues onto a name's first character: 当季, 当月, 同期. */
const TIME_GLUED = new Set(['当季', '当月', '当日', '当天', '同期', '今年', '去年', '本周', '本月', '上周', '上月']);

/** What 华 (China) follows: 在华, 来华, 访华, 赴华, 驻华, 对华, 涉华, 援华. */
const CHINA_BEFORE = new CharSet('在来访赴驻对涉援');

/** A port's company named where the text is at the port, goes there or calls there: the place (在日照港，, 抵达青岛港; not 日照港发布). */
export const portAsPlace = (text: string, start: number, end: number): boolean =>
  text[end - 1] === '港' && (PLACE_GONE_TO.test(text.slice(Math.max(0, start - 3), start)) || PORT_AT_BEFORE.test(text.slice(Math.max(0, start - 2), start)));

/** Going to a place: 驶向, 抵达, 运抵, 前往. */
export const PLACE_GONE_TO = /(?:驶向|驶往|开往|抵达|到达|运抵|发往|前往)$/;
/** Being at a port or calling there: 在, 从, 经, 停靠, 靠泊, 挂靠. */
const PORT_AT_BEFORE = /(?:[在于从经]|停靠|靠泊|挂靠)$/;

/** A sector of a place named like a company of it: 山东文旅集团 … 山东文旅市场 (not a company's 市场份额 or 市场部). */
export const SECTOR_AFTER = /^(?:市场(?![份占部总营监])|产业|行业)/;

/** A place's group named by the place and its trade, before a market or industry, is the place's sector: 调研济南文旅市场 (not 济南文旅发展集团). */
function placeSectorAt(text: string, start: number, end: number): boolean {
  if (!SECTOR_AFTER.test(text.slice(end, end + 3))) return false;
  const name = text.slice(start, end);
  return [2, 3].some((n) => name.length > n && PLACE_NAMES.has(name.slice(0, n)) && isGeneric(name.slice(n)));
}

/** What a school, a train or a ship named after the same word as an ambiguous company's name has after it. */
const NAMED_AFTER_WORD = /^(?:大学|学院|号)/;
/** A university's school named after a company that endowed it: 北京大学汇丰商学院, 清华大学五道口金融学院 (the school, no company). */
const donorSchoolAt = (text: string, start: number, end: number): boolean => text.endsWith('大学', start) && /^(?:商学院|学院|研究院)/.test(text.slice(end, end + 3));

/** A generic alias right after another name is that name's trade (齐盛/x 国投/j, a city's own investment group), not 国家开发投资集团. */
export function tradeOfNameBefore(text: string, start: number, end: number, idx: TokenIndex): boolean {
  const prev = idx.at(start - 1);
  return prev?.end === start && prev.tag !== 'ns' && PROPER_TAGS.has(prev.tag ?? '') && isCJKWord(prev.word) && GENERIC.has(text.slice(start, end));
}

/** After an ambiguous alias, what shows the everyday word: 联想到, 联想起 (call to mind; not 小米起诉), 美的很。 (pretty; not 美的很重视); a price's measure or what a sum buys (三元一斤, 三元的价格). */
const WORD_SENSE_AFTER = /^(?:到|起(?!诉)|很[，,。！!]|极了)/;
const PRICE_AFTER = /^(?:一|每|钱|左右|多|的价)/;

/** Whether an ambiguous alias at [start, end) is used as the everyday word, by what stands around it. */
export function everydaySenseAt(text: string, start: number, end: number, idx: TokenIndex): boolean {
  return producedAt(start, idx) || DEGREE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || WORD_SENSE_AFTER.test(text.slice(end, end + 3)) || (text[end - 1] === '元' && PRICE_AFTER.test(text.slice(end, end + 2)))
    || (COUNTRY_LIKE.has(text.slice(start, start + 2)) && GOODS_AFTER.test(text.slice(end, end + 4)));
}
/** A country's trade before its goods is the country's (美国钢铁产品, 中国稀土永磁体), no company. */
const GOODS_AFTER = /^(?:产品|制品|商品|永磁|原料|材料|矿产|出口|进口|产量|产业|行业)/;
/** A negation or a degree before the word makes it an adjective: 并不理想, 很盛大, 不够完美. */
const DEGREE_BEFORE = /(?:不|很|较|更|最|太|挺|非常|不够|十分|相当|比较)$/;

/** A place in the country right before an everyday word names where it grows or is made: 烟台苹果, 阿克苏苹果 (美国苹果 is Apple). */
function producedAt(start: number, idx: TokenIndex): boolean {
  const before = idx.at(start - 1);
  return before !== undefined && before.end === start && before.tag === 'ns' && !COUNTRY_LIKE.has(before.word);
}

/**
 * A dictionary name at `start`. It must start and end on token boundaries (京东 is no company in
 * 北京/东路), except that the segmenter may glue one function character onto it (访华/为, 融创拟).
 */
export function dictionaryNameAt(text: string, start: number, idx: TokenIndex, mayEnd: (end: number) => boolean): Found | undefined {
  const glued = !idx.isBoundary(start);
  const token = idx.at(start)!;
  // (…or a country: 德国大众/nt, 韩国三星/nz.)
  const afterCountry = glued && foreignCountryLength(token.word) === start - token.start;
  if (glued && !(token.start === start - 1 && gluedOntoName(text, start - 1)) && !(token.start === start - 2 && verbGluedOntoName(token)) && !afterCountry) return undefined;
  // (Most positions start no name: a walk without the test of its end says so at once.)
  const inner = DICT.longestFrom(text, start);
  if (inner < 0) return undefined;
  const end = DICT.longestFrom(text, start, mayEnd);
  // A group's numbered bureau the segmenter made one word with its name (中铁二局/nt): the bureau.
  if (end < 0 && !glued) {
    const bureau = BUREAU_AFTER.exec(text.slice(inner, inner + 9));
    if (bureau && !lookupName(text.slice(start, inner))?.ambiguous && idx.isBoundary(inner + bureau[0].length)) return { start, end: inner + bureau[0].length, label: 'COMPANY', source: 'dict:company' };
  }
  if (end < 0) return undefined;
  const name = lookupName(text.slice(start, end));
  if (!name) return undefined; // a NOT_COMPANIES phrase: 中国人民银行 is the central bank
  // A name ending in 局 right after a local unit is the government's bureau (宿松县招商局, 市招商局), not the company (招商局集团).
  if (text[end - 1] === '局' && LOCAL_UNIT_END.test(text[start - 1] ?? '')) return undefined;
  if (afterNameDot(text, start)) return undefined;
  // (Nor one inside a transliterated name, a character of it alone on each side: 纳/穆迪/尼 金矿, Namdini.)
  if (insideTransliteration(text, start, end, idx)) return undefined;
  // (华 after 在, 来, 访 is China, where the name ends inside a word: 在华/电动化 is no 华电; 在华为 is.)
  if (text[start] === '华' && CHINA_BEFORE.at(text, start - 1) && !idx.isBoundary(end)) return undefined;
  // A bureau's number makes even an ambiguous alias the group's (中交一/x 航局; not 建成中交).
  // (…and a bureau's numbered company after the bureau's name: 中建三局/一公司.)
  const bureau = BUREAU_AFTER.exec(text.slice(end, end + 9)) ?? (text[end - 1] === '局' ? BUREAU_COMPANY_AFTER.exec(text.slice(end, end + 3)) : null);
  if (bureau && !glued && mayEnd(end + bureau[0].length)) return { start, end: end + bureau[0].length, label: 'COMPANY', source: 'dict:company' };
  // (An ambiguous alias a date's 日 was glued onto stands as it would after the date: 26/日快/x 手股价.)
  const dated = glued && /[年月日]/.test(text[start - 1]!) && /[\d０-９]/.test(text[start - 2] ?? '');
  // (…and so does one its country was glued onto, to be confirmed as any: 德国大众/nt 宣布.)
  if (((glued && !dated && !afterCountry) || !idx.isBoundary(end)) && name.ambiguous) return undefined;
  if ((glued || !idx.isBoundary(end)) && end - start < 2) return undefined;
  // Cut from words at both ends it is only characters of them: 以上/航段 is no 上航 (以上/汽 is 上汽, 除鲁/花外 鲁花).
  if (glued && !idx.isBoundary(end) && !GLUED_END.test(text[end] ?? '')) return undefined;
  if (codeAt(text, end) || (LATIN_START.test(text[start]!) && TICKER_AFTER.test(text.slice(end, end + 12)))) return undefined;
  // A character of its own and a company's kind after it make another company's name: 凯德/利/n 股份 is 凯德利股份, no 凯德.
  if (idx.at(end)?.start === end && idx.at(end)!.end === end + 1 && isCJKWord(text[end]!) && !GLUE.at(text, end) && !FUNCTION_WORD_TAGS.includes(idx.at(end)!.tag ?? '') && LONGER_NAME_KIND.test(text.slice(end + 1, end + 3)) && idx.isBoundary(end + 3)) return undefined;
  // 复星系, 阿里系: the company and its affiliates; 张裕A（000869）, 京东方A公告: its A or B shares' stock name, before the code or its announcement.
  // (Not the copula before another company's name: 深航系/x 中国国航控股子公司.)
  if ((text[end] === '系' && idx.isBoundary(end + 1) && DICT.longestFrom(text, end + 1) < 0 && !OF_AFFILIATES_AFTER.test(text.slice(end + 1, end + 5))) || SHARE_CLASS_NAME.test(text.slice(end, end + 10))) return { start, end: end + 1, label: 'COMPANY', source: 'dict:company', entry: name.entry, ambiguous: name.ambiguous };
  if (sourceOrProductAt(text, start, end) || mediumAt(text, start, end) || startsAssociationAt(text, end) || startsPhraseAt(text, end)) return undefined;
  if (productBefore(text, start) || placeSectorAt(text, start, end) || donorSchoolAt(text, start, end)) return undefined;
  if (portAsPlace(text, start, end)) return undefined;
  if (nasdaqAsMarket(text, start, end, name.entry)) return undefined;
  if (japanesePersonAt(text, start, end)) return undefined;
  // Tiffany Wong: a Latin name and a family name after it is a person's.
  if (LATIN_START.test(text[start]!) && PERSON_AFTER_LATIN.test(text.slice(end, end + 16))) return undefined;
  // A name that is also a place's or a word's, before 大学 or 号: a university or a named train or ship (长安大学, ‘长安号’ 班列).
  if (name.ambiguous && NAMED_AFTER_WORD.test(text.slice(end, end + 2))) return undefined;
  // An everyday adjective in its own sense: 盛大的决赛, 再次盛大开放.
  if (name.ambiguous && ADJECTIVE_TAGS.has(idx.at(start)?.tag ?? '') && (text[end] === '的' || idx.at(start - 1)?.tag === 'd')) return undefined;
  if (name.ambiguous && everydaySenseAt(text, start, end, idx)) return undefined;
  if (!glued && (tradeOfNameBefore(text, start, end, idx) || givenNameBefore(text, start, end, idx) || surnameGluedBefore(text, start, end, idx) || surnameAloneBefore(text, start, end, idx))) return undefined;
  // Inside a longer Latin word or address (t.sina.com), or a Latin name of several words (Merck Sharp & Dohme); B站2025年 is B站.
  if (/[A-Za-z]/.test(text[start]!) && (insideLatinBefore(text, start) || /[A-Za-z] $/.test(text.slice(Math.max(0, start - 2), start)) || (/[A-Za-z0-9]/.test(text[end - 1]!) && /[A-Za-z0-9.]/.test(text[end] ?? '') && !latinBeforeDate(text, end)))) return undefined;
  // Its 国际 before an executive's title is its international arm's name, another company (招商证券国际首席分析师, 奇瑞国际代理总经理).
  if (!name.ambiguous && INTERNATIONAL_ARM_AFTER.test(text.slice(end, end + 8)) && mayEnd(end + 2)) return { start, end: end + 2, label: 'COMPANY', source: 'dict:company' };
  return { start, end, label: 'COMPANY', source: 'dict:company', entry: name.entry, ambiguous: name.ambiguous };
}

/** Whether a Latin name at `start` would go on from a Latin word, a number or a dot before it (t.sina.com), not an item's number in a list (4.OpenAI估值). */
export const insideLatinBefore = (text: string, start: number): boolean => /[A-Za-z0-9.]/.test(text[start - 1] ?? '') && !LIST_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 4), start));
/** An item's number opening a list's entry: 4. after a pause or a line's start. */
const LIST_NUMBER_BEFORE = /(?:^|[\s；;，,。：:、])\d{1,2}\.$/;

/** 国际 and a company executive's title. */
const INTERNATIONAL_ARM_AFTER = /^国际(?:代理|联席|执行|常务)?(?:副)?(?:总经理|总裁|董事长|行政总裁|首席|CEO|董事总经理)/;

const LOCAL_UNIT_END = /[省市县区州旗盟镇乡]/;
/** The kind a listed company's short name ends with: 股份, 集团, 控股, 科技. */
const LONGER_NAME_KIND = /^(?:股份|集团|控股|科技|实业)$/;
/**
 * A Japanese given name of one or two characters, then 为 (as), speech, taking a post or a Japanese company's title of address: 章男为, 章男表示, 章男会长;
 * not when, or how, the company said it: 本田近期表示, 丰田此前称, 日产也表示.
 */
const JAPANESE_PERSON_AFTER = /^(?!近期|近日|日前|此前|目前|随后|同时|当天|当日|今[年日天]|昨[日天]|去年|已经|[也还亦则曾将已又均])[\u4e00-\u9fff]{1,2}(?:为|表示|说|称|出任|担任|卸任|会长|社长)/;
/** A Japanese family name the dictionary knows as a company, then a given name and what is said of a person: the person's (丰田章男为董事长). */
export const japanesePersonAt = (text: string, start: number, end: number): boolean => JAPANESE_SURNAMES.longestFrom(text, start) === end && JAPANESE_PERSON_AFTER.test(text.slice(end, end + 5));
/**
 * Nasdaq where a share is listed or traded is the market, no company (在纳斯达克上市, 纳斯达克代码NVDA, 从纳斯达克退市), as the press
 * uses its name; the exchanges named as companies are the companies that run them wherever they list a share (在港交所挂牌, 纽交所代码).
 */
export const nasdaqAsMarket = (text: string, start: number, end: number, entry: CompanyEntry | undefined): boolean =>
  entry?.canonical === '纳斯达克' && (VENUE_AFTER.test(text.slice(end, end + 4)) || VENUE_BEFORE.test(text.slice(Math.max(0, start - 3), start)));
/** What makes an exchange the market a share is listed on: 上市, 挂牌, 主板, 代码, or leaves: 退市, 摘牌; 登陆, 赴 before it. */
const VENUE_AFTER = /^(?:(?:二次|双重|主要|第二)?上市|挂牌|主板|创业板|GEM|代码|股票代码|交易代码|敲钟|IPO|退市|摘牌|除牌)/;
const VENUE_BEFORE = /(?:登陆|登录|赴|转板至?|回归)$/;

/** A person's name ends in a name's first character before 为 (as): 提名黎少/x 华为/nr 南岭市…副市长人选, 李/nr 华为…. */
export function givenNameBefore(text: string, start: number, end: number, idx: TokenIndex): boolean {
  const prev = idx.at(start - 1);
  // (A verb of taking a post is no name, though it starts with a surname: 曾任/x 华为终端中国区总裁.)
  return text[end - 1] === '为' && prev?.end === start && !POST_VERBS.has(prev.word) && prev.end - prev.start <= 2 && GIVEN_NAME_TAGS.has(prev.tag ?? '') && isCJKWord(prev.word) && SINGLE_SURNAMES.at(text, prev.start);
}
const GIVEN_NAME_TAGS = new Set(['nr', 'nrfg', 'x']);

/** A surname the segmenter glued to a function character before an alias that is a given name, before what a person does: 据何/x 小鹏/x 此前透露. */
function surnameGluedBefore(text: string, start: number, end: number, idx: TokenIndex): boolean {
  const prev = idx.at(start - 1);
  return end - start === 2 && prev?.end === start && prev.tag === 'x' && prev.word.length === 2 && GLUE.at(text, prev.start) && SINGLE_SURNAMES.at(text, start - 1) && PERSON_ACTS_AFTER.test(text.slice(end, end + 2));
}
/** What a person does after the name: speaks, or did before. */
const PERSON_ACTS = '此前|表示|说|称|透露|介绍|指出|认为|坦言';
const PERSON_ACTS_AFTER = new RegExp(`^(?:${PERSON_ACTS})`);

/** A surname the segmenter cut off alone before an alias that is a given name, before what a person does (that day): 李/nr 迅雷/n 周三在…说. */
function surnameAloneBefore(text: string, start: number, end: number, idx: TokenIndex): boolean {
  const prev = idx.at(start - 1);
  return end - start === 2 && prev?.end === start && prev.start === start - 1 && prev.tag === 'nr' && SINGLE_SURNAMES.at(text, prev.start) && PERSON_ACTS_LATER.test(text.slice(end, end + 14));
}
/** What a person does, that day or after where and when: 周三在一场线上路演中说. */
const PERSON_ACTS_LATER = new RegExp(`^(?:周[一二三四五六日]|[昨今前]天|当天|日前|近日)?(?:在[^，,。；;\\n]{1,10}?)?(?:${PERSON_ACTS}|中说)`);

/** Words a name's characters make a phrase with: 山东能源结构 (energy structure), 中兴之路 (revival), 京东地区 (east of Beijing), 新加坡航空煤油 (jet fuel), 成都航空枢纽 (the city's air hub). */
const PHRASE_AFTER = /^(?:结构|之路|地区|一带|以[东西南北]|煤油|枢纽|事务)/;
/**
 * Whether the name ending at `end` starts a phrase of its own (PHRASE_AFTER), or is a bank's before
 * the 间 of the interbank market (上海银行间同业拆放利率, 中国银行间市场交易商协会).
 */
export const startsPhraseAt = (text: string, end: number): boolean => PHRASE_AFTER.test(text.slice(end, end + 2)) || (text[end] === '间' && text.endsWith('银行', end));

/** A capitalized word after a Latin name that is no company's word: a family name (Tiffany Wong). */
const PERSON_AFTER_LATIN = /^ (?!(?:Inc|Group|Holdings|Co|Ltd|Limited|Corp|Corporation|Capital|Bank|Motors|Technologies|Technology|International|China|Asia|Global|Music|Games|Studios|Pictures|Entertainment|Shop|Cloud|Pay|Air|Airlines|Energy|Partners|Securities|Investments|Financial)\b)[A-Z][a-z]+\b/;
/** A product of the brand, not the company: a fake (假茅台, 山寨苹果), a product line or a generation (飞天茅台, 第八代五粮液), a drink drunk (畅饮青岛啤酒, 喝茅台); 一箭三星: satellites a rocket carries. */
export const productBefore = (text: string, start: number): boolean => PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 4), start));
const PRODUCT_BEFORE = /(?:假|仿冒|山寨|冒牌|一箭|飞天|第[一二三四五六七八九十\d]{1,2}代|畅饮|喝|饮用|品尝|开瓶)$/;

/**
 * The rest of an association's, a bureau's or a university's name the dictionary name starts: 中国电子/专用设备工业协会,
 * 中国移动通信/联合会, 上海医药/管理局, 福耀/科技大学 (a university its founder endowed; 华为大学 is Huawei's own); not across a preposition or an adverb (比亚迪已向南方科技大学捐赠), nor across a joiner before another body's name (华为与中国田径协会签约, 耐克宣布与中国足球协会续约; but 中国石油和化学工业联合会, 中国化学与物理电源行业协会).
 */
const ASSOCIATION_AFTER = new RegExp(`^(?:(?![向对为在已将从给把被]|[与同跟和及](?:${BODY_OPENING}))[\\u4e00-\\u9fff]){0,8}?(?:协会|(?<![须要该应能得才已没])学会|联合会|商会|研究会|管理局|科技大学|理工大学)`);
/** Whether the name ending at `end` starts an association's, a bureau's or a university's name (ASSOCIATION_AFTER): 中国电影/评论学会; not the verb 学会, to learn (大众必须学会). */
export const startsAssociationAt = (text: string, end: number): boolean => ASSOCIATION_AFTER.test(text.slice(end, end + 12));
/** A bureau's numbered company after the bureau's name: 一公司 of 中建三局一公司. */
const BUREAU_COMPANY_AFTER = new RegExp(`^${BUREAU_COMPANY}`);
/** A name whose neighbours are single characters of a transliteration it runs on with: 纳/nr 穆迪/nz 尼/nr. */
function insideTransliteration(text: string, start: number, end: number, idx: TokenIndex): boolean {
  const before = idx.at(start - 1);
  const after = idx.at(end);
  return before?.end === start && before.start === start - 1 && after?.start === end && after.end === end + 1 && isTranslit(text, start - 1, end + 1);
}
/** What 系 after a name makes an affiliate of, the company alone being named: 中国交建系联合体, 阿里系企业. */
const OF_AFFILIATES_AFTER = /^(?:联合体|企业|公司|上市公司|资金|基金|股|背景|人马)/;

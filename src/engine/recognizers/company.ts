import { COMPANY_NAMES, type CompanyEntry, lookupName, NOT_COMPANIES } from '../dict/companies';
import { LISTED_BY_CODE, normalizedCode } from '../dict/stockCodes';
import { isProvinceOrCity, PLACE_NAMES } from '../dict/places';
import { JAPANESE_SURNAMES, SINGLE_SURNAMES } from '../dict/surnames';
import { approvals } from './approvals';
import { cueNames } from './companyCues';
import { BRACKETED_TICKER, LIST_JOINERS, otherMentions } from './companyMentions';
import { AFTER_KIND, latinCompanyNames, latinNameGoesOn } from './latinNames';
import { citedMedia, COMPANY_FORM, mediumAt, sourceOrProductAt } from './mediaAndProducts';
import { dateUnitAt, GLUE, gluedBefore, isCJKWord, NAME_DOT } from './names';
import { CharSet } from './charSet';
import { PhraseTrie } from './phraseTrie';
import { writtenWhere } from './scan';
import { contextNames, isNameToken, STOCK_CODE_AFTER } from './contextNames';
import { BUREAU_AFTER, COUNTRY_LIKE, FACILITY_AFTER, foreignCountryLength, FUNCTION_WORD_TAGS, GENERIC, isForeignCountry, isGeneric, NAME_STOP, PROPER_TAGS } from './nameWords';
import { POST_VERBS } from './postVerbs';
import { COMMODITIES, COMMODITY_END, type Found, suffixNameAt, SUFFIXES } from './registeredName';
import { regionalOperators } from './regionalOperators';
import { sportsClubs } from './sportsClubs';
import { SENTENCE_END } from './sentences';
import { stockNames } from './stockNames';
import { CITY_INVESTOR, registeredPlaceLength, shortForms } from './shortForms';
import { TokenIndex } from './tokenIndex';
import type { Token } from '../segmenter/segmenter';
import type { Candidate, Recognizer } from './types';

// COMPANY: registered and group names by their suffix, joined over segmenter pieces
// (中兴通讯/股份/有限公司, 雪花/啤酒/(/济南/)/有限公司: registeredName.ts); the company dictionary; the short forms of
// the article's own full names (中科宇航 after 中科宇航技术股份有限公司) and the short names it
// declares; stock names (ST曙光: stockNames.ts); and names their context makes companies (X、Y等公司,
// 开发商X, 四方精创（300468）: contextNames.ts). The words names are judged by are in nameWords.ts.
// A dictionary or short name inside a longer facility or unit name is matched alone (华为 in
// 华为济南研究所) because only the suffixes below make a longer name. Media named as a source,
// public bodies, schools and associations are left out, and so are products (小米SU7, 纳斯达克综合指数). Names only
// their context makes companies are in companyCues.ts (an employer before a title, a bookmaker
// before odds, a maker after 由); aliases and other mentions of a found name in companyMentions.ts.
// `canonical` links a short name to its full name, from the article first and the dictionary second.

const DICT = new PhraseTrie([...COMPANY_NAMES.keys(), ...NOT_COMPANIES], { foldCase: true });

/** A name ending in 公司 that is no registered name (有限公司, 股份公司, 集团公司). */
const PLAIN_COMPANY = /(?<!有限|股份|集团|责任)公司$/;
/** Words for any company or fund, or the writer's own, or its part in a deal, that a notice declares as its short name: （以下简称“公司”）, （简称“本集团”）, （以下简称“合资公司”）, （以下简称“产业基金”）. */
const ANY_COMPANY = /^[本该我贵]|^(?:(?:集团|股份|上市|母|子|全资子|控股子|参股|合资|合营|联营|标的|目标|项目|平台|新设?)?公司|集团|企业|合伙企业|(?:产业|投资|母|子)?基金|发行人|交易对方|标的|担保人|被担保人|收购方|出让方|受让方|买方|卖方)$/;
/** A second short name declared after the first: “公司”或“恒瑞医药”. */
const DECLARED_OR = /^[”"]?或[“"]([\u4e00-\u9fffA-Za-z0-9]{2,8})[”"]/;
/** A short name declared right after a full name: (以下简称江南布衣), （简称“华为”）, （证券简称：润锋新材，证券代码：…）, （下称恒远环境或公司）, after its foreign name and its stock code too (（Braunek GmbH，以下简称“博朗克”）, （Hoi Kong Food Holdings，股份代号：1865，下称“濠江食品”）). */
const DECLARED = /[(（](?:[^()（）\n，,]{1,40}[，,]\s*){0,2}(?:以下)?(?:证券|股票)?(?:简称|下称)[:：]?(?:[“"]([A-Z][A-Za-z0-9&.'’ -]{1,30}[A-Za-z0-9.])[”"]|[“"]?([\u4e00-\u9fffA-Za-z0-9]{2,8}?)[”"]?)(?:[)）]|[，,；;或](?=[^)）]{0,24}[)）]))/y;
/** A bracket that gives the full name of the name before it: （全称“, （全称为. */
const FULL_NAME_OPENS = /[(（]全称(?:为|是)?[:：]?[“"]?$/;
/** A short name in brackets alone after a full name: 济南产业发展投资集团有限公司（济南产投）. */
const BRACKETED_FORM = /[(（]([\u4e00-\u9fff]{2,6})(?:[，,、；;]\s?(?:股票代码|证券代码)?[:：]?\s?\d{4,6}(?:\.[A-Z]{2})?)?[)）]/y;

/** `short`, in brackets after a company's or group's registered name `full`, is its short name: written with characters of `full` in their order, the first one first (济南产投 of 济南产业发展投资集团有限公司), or the first after its place (歌华有线 of 北京歌华有线电视网络股份有限公司). */
function isShortNameOf(short: string, full: string): boolean {
  // 中国航发动力股份有限公司（航发动力）
  const head = full.startsWith('中国') && short[0] !== '中' ? full.slice(2) : short[0] !== full[0] ? full.slice(registeredPlaceLength(full)) : full;
  return /(?:公司|集团)$/.test(full) && short[0] === head[0] && short.length < head.length && writtenInOrder(short, head);
}

/** A bracketed place in a registered name makes it a subsidiary's: 万华化学（宁波）有限公司. */
const SUBSIDIARY = /[(（][\u4e00-\u9fff]{2,6}[)）]/;

/** Every character of `short` is in `full`, in order: 济南产投 of 济南产业发展投资集团有限公司, 经团联 of 日本经济团体联合会. */
export function writtenInOrder(short: string, full: string): boolean {
  let k = 0;
  for (const c of full) if (c === short[k]) k++;
  return k === short.length;
}

const ADJECTIVE_TAGS = new Set(['a', 'b', 'ad', 'an']);
/** Words the segmenter makes of a suffix and the title or word after it, with the suffix's length (青岛/银行行长, 中国人寿保险(集团)/公司公告, 李宁/公司总部, 汉联/律师/事务所律师). */
const TITLE_AFTER_SUFFIX: ReadonlyMap<string, number> = new Map([
  ['银行行长', 2],
  ['银行副行长', 2],
  ['公司公告', 2],
  ['公司总部', 2],
  ['公司员工', 2],
  ['公司党委', 2],
  ['公司总裁', 2],
  ['公司董事长', 2],
  ['公司总经理', 2],
  ['事务所律师', 3],
]);
/** A department after a trade or finance word is a ministry's (人社部养老保险/司, 养老保险/处, 高新区科技/创新部); after 公司 it is 从…公司处 (from). */
const DEPARTMENT_AFTER = /^(?:[司处科](?![机法令理置于在技学研])|创新[部局])/;
/** A registered name ends with its legal form: what follows is no part of it (…股份有限公司/分析师). */
const LEGAL_END = /(?:有限(?:责任)?公司|股份公司|集团公司|株式会社)$/;
/** The suffix word is the head of a role, an industry or an institution, not a company's end: 明星基金/经理, 潍柴动力物流/总监, 华创证券地产/行业, 证券/事务代表, 北京证券/交易所, 高新区科技/创新局, 差饷物业/估价署, 沙特能源/大臣, 康美药业证券/虚假陈述 (a securities case). */
const ROLE_AFTER_SUFFIX = /^(?:经理|总监|行业|事务代表|交易所|交易中心|业协会|从业|监督管理|虚假陈述|欺诈发行|大学|学院|营业部|报(?![告道价名送表备批销])|日报|时报|枢纽|开支|支出|大臣|部长|(?!董事)[\u4e00-\u9fff]{0,2}局|[\u4e00-\u9fff]{1,2}(?<![签部])署)/;

/**
 * A city written before a dictionary name is part of the company's name (北京万科, 上海浦发银行):
 * not a country (美国苹果 is 苹果), a province or a district (奎文区美团), and not when a facility of the company follows.
 */
function withCity(text: string, f: Found, idx: TokenIndex): Found {
  const city = idx.at(f.start - 1);
  if (f.ambiguous || !city || city.end !== f.start || city.tag !== 'ns' || lookupName(city.word) || city.word.length > 3 || COUNTRY_LIKE.has(city.word) || /[国洲省区县]$/.test(city.word) || NAME_STOP.has(city.word)) return f;
  // (…after the facility's own place too: 新建/ns 华为（东莞）研发中心.)
  if (FACILITY_AFTER.test(text.slice(f.end, f.end + 12).replace(REGIONAL_ARM, ''))) return f;
  // A generic alias after a city is that city's own company (上海国投), not the national one (国投).
  return isGeneric(text.slice(f.start, f.end)) ? { start: city.start, end: f.end, label: f.label, source: f.source } : { ...f, start: city.start };
}

/** The kind of a fund its product name gives: 混合型, 股票型, 指数型. */
const FUND_KIND = /(?:混合型|股票型|债券型|指数型|货币型|偏股|偏债)/;
/** A time counted from an event, not a name: 首周, 当月, 次日. */
const TIME_FIRST = /^(?:首|当|本|上|下|次)(?:周|日|月|季|年)/;
/** A company named by world regions alone: 中国东北亚公司, 亚太区公司. */
const REGIONAL_UNIT = /^(?:中国|大中华|亚太|亚洲|欧洲|北美|东北亚|东南亚|全球|华东|华南|华北|华中|西南|西北|东北)+区?公司$/;
/** A place's zone and 公司: 济南高新区公司. */
const PLACE_ZONE_COMPANY = /^([\u4e00-\u9fff]{0,4}?)(?:高新区|开发区|经开区|高新技术产业开发区|经济技术开发区|自贸区|保税区|新区)公司$/;
/** Whether a name found by its suffix names a company where it stands: not a source or product, a regulator, a phrase, a medium, shares, a stake, a role or a department. */
function namesCompany(text: string, f: Found): boolean {
  const name = text.slice(f.start, f.end);
  const after = text.slice(f.end, f.end + 3);
  if (sourceOrProductAt(text, f.start, f.end) || startsNonCompany(text, f.start, f.end) || PHRASE_AFTER.test(after) || mediumAt(text, f.start, f.end) || sharesOf(text, f) || controllingStake(text, f.end)) return false;
  // (Nor a name starting inside a market's board, which the segmenter cut: 25家科/x 创板/x 公司.)
  if ([1, 2].some((k) => BOARD.test(text.slice(f.start - k, f.start - k + 3)))) return false;
  // (…nor the first of two trades an association is of: 香港证券/及投资学会; nor a contract's words before its commodity: 纽卡斯尔动力/煤期货.)
  if (JOINED_ASSOCIATION_AFTER.test(text.slice(f.end, f.end + 10))) return false;
  const contract = /^([\u4e00-\u9fff]{1,3})期货/.exec(text.slice(f.end, f.end + 5));
  if (contract && COMMODITY_END.test(name + contract[1])) return false;
  // (…科技/园: a park named after the company, which the dictionary finds alone: 华为科技园; a science city: 崖州湾科技城;
  // a bank's branch or department for tech firms: 工商银行科技支行.)
  if (name.endsWith('科技') && /^(?:园|城|支行|分行|事业部|金融)/.test(after)) return false;
  // (…a dictionary company and a trade before its institute or park, named after the company: 国家电网能源研究院, 五粮液环保产业园.)
  // (Not a company's own form or trade of finance: 国泰君安证券研究所, 中车四方股份研究院.)
  if (/^(?:研究[院所]|产业园|工业园|科技园)/.test(after) && !/(?:证券|股份|控股|集团|银行|保险|期货|基金|信托)$/.test(name) && lookupName(name.slice(0, -2)) && !lookupName(name)) return false;
  // (…生物/药: biologic drugs, what the company makes: 百济神州生物药生产基地 is 百济神州's.)
  if (name.endsWith('生物') && /^药(?![业店房])/.test(after)) return false;
  // Companies under special treatment or a listing chapter as a kind (ST公司, *ST公司, 18A公司) are none; nor is wealth management
  // before what it is (顾问理财服务, 理财产品), only a bank's wealth subsidiary (汇华理财发行产品).
  if (/^(?:[*＊]?ST|18[AC])公司$/.test(name) || (name.endsWith('理财') && /^(?:产品|服务|规划|业务|市场|资金|需求|师|经理|顾问)/.test(after))) return false;
  // A village's shareholding cooperative (瑞宝股份经济合作联社): the village's, no company; nor is the
  // interbank market (中国银行间市场交易商协会), nor a region's investment companies (西南地区城投).
  if ((name.endsWith('股份') && text.startsWith('经济合作', f.end)) || (name.endsWith('银行') && text[f.end] === '间') || /地区[城交建产]投$/.test(name)) return false;
  // A fund's name is a product's (易方达品质消费混合型证券投资基金), and a week's or a day's funds are none (首周基金发行).
  if (FUND_KIND.test(name) || text.startsWith('投资基金', f.end) || TIME_FIRST.test(name)) return false;
  // A city's zone and 公司 alone is the company in that zone, no name (在济南高新区公司总部: the segmenter tags 高新区 nr).
  // A group's regional company named by its regions alone is its unit, no name: 松下…全球副总裁、中国东北亚公司总裁;
  // and no name starts with 之 (以美容之名行医疗之实).
  if (REGIONAL_UNIT.test(name) || name[0] === '之') return false;
  const zone = PLACE_ZONE_COMPANY.exec(name);
  if (zone && (zone[1] === '' || isProvinceOrCity(zone[1]!))) return false;
  return LEGAL_END.test(name) || !(roleAfterSuffix(text, f) || (!COMPANY_FORM.test(name) && DEPARTMENT_AFTER.test(after)));
}

/** An exchange's code before a ticker names where a share is listed, not a company: (NASDAQ: BILI), （HKEX：9626）. */
const TICKER_AFTER = /^\s?[:：]\s?(?:[A-Z]{1,5}|\d{4,6})(?![\w.\/])/;
const LATIN_START = /[A-Za-z]/;

/** The suffix word heads a role or an institution after it (ROLE_AFTER_SUFFIX); a company's 经理 is its manager (华润公司经理张三), a firm's 总监 its director (光大期货总监). */
const roleAfterSuffix = (text: string, f: Found): boolean => {
  const role = ROLE_AFTER_SUFFIX.exec(text.slice(f.end, f.end + 4));
  const name = text.slice(f.start, f.end);
  return (role !== null && !(role[0] === '经理' && COMPANY_FORM.test(name)) && !(role[0] === '总监' && FIRM_END.test(name))) || (text.endsWith('资本', f.end) && CAPITAL_AFTER.test(text.slice(f.end, f.end + 2)));
};
/** A securities, futures or insurance firm's 总监 is its director (光大期货总监), not a trade's role. */
const FIRM_END = /(?:证券|期货|保险|信托)$/;
/** 资本 that is a company's capital, no investment firm's name: 工商银行资本充足率, 资本实力, 资本净额. */
const CAPITAL_AFTER = /^(?:充足|实力|净额|补充|结构)/;

/** A dictionary name the segmenter glued to the country before it (韩国三星/nz, 韩国三星电子/nt): the name alone. */
function afterCountry(text: string, t: Token, idx: TokenIndex, mayEnd: (end: number) => boolean): Found | undefined {
  const n = foreignCountryLength(t.word);
  return n ? dictionaryNameAt(text, t.start + n, idx, mayEnd) : undefined;
}

/** The A or B of a stock name before its code: 张裕A，000869; 张裕B（200869）. */
const SHARE_CLASS_NAME = /^[AＡBＢ](?=\s?[，,（(]\s?\d{6})/;
/** A name ending in the share class before 股: 万科A股 is 万科's A shares, not 万科A. */
const shareClassEnd = (text: string, end: number): boolean => text[end] === '股' && /[AＡ]/.test(text[end - 1] ?? '');

/** After a name dot between two names it is a person's name (汤姆·福特); a dot that starts a line is a bullet (·B站). */
function afterNameDot(text: string, start: number): boolean {
  return NAME_DOT.at(text, start - 1) && /[\u4e00-\u9fffA-Za-z]/.test(text[start - 2] ?? '');
}

/**
 * Digits right after a name make it part of a code or a product name (济钢1号, “20融创01”, 小米14),
 * unless they begin a date: 比亚迪11月销量, 腾讯2024年营收.
 */
function codeAt(text: string, end: number): boolean {
  // (Full-width digits read as half-width: 海尔智家６０％, 京东６１８.)
  return DIGIT.test(text[end] ?? '') && !DATE_AFTER.test(text.slice(end, end + 9).replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
const DIGIT = /[0-9０-９]/;
/** A number's or an ordinal's first character. */
const NUMBER_START = /[第0-9０-９零〇一二两三四五六七八九十百千万]/;
/** Digits after a name that are no product's code (茅台1935): a date (比亚迪11月, 中国重汽1-3月, 阿里巴巴3季度), a quantity (五矿盐湖4万吨), a fiscal year (波司登2024/25财年), a display line's generation (京东方6代线), a count of the list it ends (冰轮环境4家企业), its shares held (持有贵州茅台200股), a shopping festival (京东618, 京东11.11), a numbered institute (中国电科38所), a network generation (中国移动5G), a numbered plant (比亚迪2号工厂), a plan's year (汾酒2030技改), a stock code (宁德时代300750, 腾讯00700). */
const DATE_AFTER = /^(?:4S(?:店|门店)|[03689]\d{5}(?![\d.%])|0\d{4}(?![\d.%])|618(?![\d.])|11\.11(?![\d.])|\d{1,3}所(?![得有属在以需])|[2-6]G(?![A-Za-z])|[1-4]季度|(?:19|20)\d{2}(?:Q[1-4]|H[12])|[0-9０-９]{1,2}号(?:工厂|厂房|车间|基地|仓库|生产线|产线)|20[2-5]\d(?=[\u4e00-\u9fff])(?![号型款代系])|20\d{2}\/\d{2}(?:财年|年度|赛季)|[0-9０-９]{1,4}(?:\.\d+)?%|[0-9０-９]{1,4}[余多]?(?:[年月日家类款种项届个只条位]|财年|财季|代线|[-—~至][0-9０-９]{1,2}月|(?:\.\d+)?[万亿]?(?:吨|元|美元|港元|欧元|辆|台|千瓦|兆瓦|平方米|公里|亩|人|名|片|纳米|nm|英寸|股)))/;

/** Characters besides GLUE's the segmenter glues onto a name's first one (他任平/x 煤股份, 以银泰/x 百货为例, 除百利/x …外, 继融/x 创中国之后, 约/谈美团/x, 原沃塔/x 瑞斯: former, 划转/至晋/x 能控股: to, 禁令/令英/x 伟达: makes) or after its last (拼多/x 多于/d, 万科系, 会计师/行为/v 2025年度审计机构). */
const GLUED_START = /^[任以除继但于起谈原至令]$/;
const GLUED_END = /^[系于外为]$/;
/** A function character (or one of those) the segmenter glued at `at` onto the name after it. */
const gluedOntoName = (text: string, at: number): boolean => gluedBefore(text, at) || GLUED_START.test(text[at] ?? '');
/** A trade word and what a company does or reports, which the segmenter made one word: 汽车出口, 汽车销量 (not 汽车产业, 电子竞技). */
const GLUED_TRADE = /^(?:汽车|银行|集团|科技|电子|电器|能源|医药|证券|保险)(?:出口|进口|销量|营收|业绩|股价|市值|产量|销售)$/;
/** What a company reports, whose first character the segmenter glued to the name's last (中国/中/车营/n 收: 中国中车 营收), or its share price (光大/证券报/n 17.35元). */
const FIGURE_AFTER = /^(?:营收|营业收入|净利|股价|市值|销量|业绩|报[\d０-９])/;

export const recognizeCompanies: Recognizer = ({ text, tokens }) => {
  const idx = TokenIndex.of(tokens, text.length);
  const found: Found[] = [];
  // Where a dictionary name may end: on a token boundary, before one glued character (融创拟), or
  // one character before the end of a piece the segmenter did not know (嘉德秋/拍, 世嘉于).
  // So may a name's trade the segmenter made one word with the next (奇瑞/汽车出口/n): the name ends with the trade,
  // and a name whose last character it made one word with its share's move (中航/沈/飞涨/v 3%),
  // or with the first character of a two-character word the next one character ends (中国/恒/大清/盘: 恒大 清盘).
  // (A stock name's A before 股 is the share class: 万科A股 is 万科's A shares.)
  const dictEnd = (e: number) =>
    !shareClassEnd(text, e) && (splitWordAfter(e) || idx.isBoundary(e) || ((GLUE.at(text, e) || GLUED_END.test(text[e] ?? '')) && idx.isBoundary(e + 1)) || (text.startsWith('方面', e) && idx.isBoundary(e + 2)) || (idx.at(e)?.tag === 'x' && idx.at(e)!.start < e && (idx.isBoundary(e + 1) || idx.isBoundary(e + 2))) || (idx.at(e)?.start === e - 2 && GLUED_TRADE.test(text.slice(e - 2, idx.at(e)!.end))) || (idx.at(e)!.start < e && (FIGURE_AFTER.test(text.slice(e, e + 4)) || (/[涨跌]/.test(text[e]!) && idx.isBoundary(e + 1)))) || plantAfter(text, e, idx));
  // (…or of an unknown word it made of the second character and the next: 恒/大清/盘人/x, 恒大 清盘人.)
  // (Not before a number or an ordinal: 中/升至/第14位 is no 中升; nor inside 方面, "the side of": 京东/方面 is no 京东方.)
  const splitWordAfter = (e: number) => idx.at(e)?.start === e - 1 && idx.at(e)!.word !== '方面' && idx.at(e)!.end === e + 1 && (idx.at(e + 1)?.end === e + 2 || (idx.at(e + 1)?.tag === 'x' && idx.at(e + 1)!.end === e + 3)) && isCJKWord(text.slice(e - 1, idx.at(e + 1)!.end)) && !NUMBER_START.test(text[e + 1] ?? '');
  for (let i = 0; i < tokens.length; i++) {
    // The segmenter keeps some titles with the suffix before them (青岛/银行行长): the name ends inside the token.
    const glued = TITLE_AFTER_SUFFIX.get(tokens[i]!.word);
    const f = suffixNameAt(text, glued === undefined ? tokens[i]!.end : tokens[i]!.start + glued, idx);
    if (f && namesCompany(text, f)) found.push(f);
    const t = tokens[i]!;
    // (A function character, the verb 任 or the 以 of 以…为例 the segmenter glued onto the name's first character: 他任平/x 煤股份董事长, 以银泰/x 百货.)
    // (…two of them too: 已由安永/x; the 日 of a date, whatever name it makes with the next: 29/m 日航/j 发/v 动力 is 航发动力, not 日航.)
    // (…or a verb of a deal that stops names: 领投长鑫/x 存储.)
    const gluedOn = t.end - t.start > 1 && gluedOntoName(text, t.start) ? (t.end - t.start > 3 && GLUE.at(text, t.start + 1) ? 2 : 1) : verbGluedOntoName(t) ? 2 : 0;
    const afterDate = gluedOn > 0 && dateUnitAt(text, t.start);
    const d = (afterDate ? undefined : dictionaryNameAt(text, t.start, idx, dictEnd)) ?? (gluedOn ? dictionaryNameAt(text, t.start + gluedOn, idx, dictEnd) : undefined) ?? afterCountry(text, t, idx, dictEnd);
    if (d) found.push(withCity(text, d, idx));
  }
  const latin = latinCompanyNames(text);
  found.push(...stockNames(text, idx), ...regionalOperators(text, idx), ...sportsClubs(text, idx), ...latin.filter((l) => l.source !== AFTER_KIND), ...contextNames(text, idx), ...cueNames(text, idx, isNameToken, (t) => lookupName(t.word) !== undefined));
  // A Latin name after the kind of company it is, after a plain kind only: not a product after the company's own name (华为公司Pura).
  found.push(...latin.filter((l) => l.source === AFTER_KIND && !found.some((f) => f.end === l.start && !(f.source === 'rule:company-suffix' && PLAIN_COMPANY.test(text.slice(f.start, f.end))))));
  for (const f of found) withRegionalArm(text, f);
  // 核准欧阳明远中信保诚人寿保险有限公司独立董事的任职资格: the person approved is no part of the name.
  for (const a of approvals(text)) {
    const person = a.names[a.names.length - 1]!;
    for (const f of found) if (f.start >= person.start && f.start < person.end && f.end > a.org.start) f.start = a.org.start;
    // (…and an organization that is a word for the company announcing, no name: 核准缪建民本公司董事长的任职资格.)
    if (ANY_COMPANY.test(text.slice(a.org.start, a.org.end))) for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start === a.org.start) found.splice(k, 1);
  }
  // 具身智能公司宇树科技: a plain …公司 right before a company's name says what kind of company it is.
  const starts = new Set(found.map((f) => f.start));
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    if (f.source === 'rule:company-suffix' && starts.has(f.end) && PLAIN_COMPANY.test(text.slice(f.start, f.end))) found.splice(k, 1);
  }
  // A parent's name right before a registered name the dictionary knows is part of it: 国家电投/山东核电有限公司.
  for (const f of found) {
    if (f.source !== 'dict:company' || !REGISTERED.test(text.slice(f.start, f.end))) continue;
    const parent = found.find((p) => p.end === f.start && p.source === 'dict:company' && p.entry && !p.ambiguous);
    // (A 系 read as the parent's affiliates is the copula before a registered name: 招银理财系/招商银行股份有限公司.)
    if (parent && text[parent.end - 1] === '系') parent.end--;
    else if (parent) {
      f.start = parent.start;
      delete f.entry;
      found.splice(found.indexOf(parent), 1);
    }
  }
  // Short forms of the article's own full names: 中科宇航技术股份有限公司 … 中科宇航, and the
  // short name an article declares: 江南布衣有限公司(以下简称江南布衣).
  const fullByForm = new Map<string, string>();
  const fromSubsidiary = new Set<string>();
  const groupForms = new Map<string, string>();
  for (const f of found) {
    const full = text.slice(f.start, f.end);
    if (f.source !== 'rule:company-suffix' || f.entry) continue;
    // A city's investment group is cited without 集团: 青岛城投集团 … 青岛城投 (not 宁波舟山港集团 … the port).
    const form = full.slice(0, -2);
    if (full.endsWith('集团') && registeredPlaceLength(full) >= 2 && CITY_INVESTOR.test(form) && !lookupName(form) && !fullByForm.has(form)) fullByForm.set(form, full);
    // A registered name (…公司) stands for its short forms; a group's name (高途集团 … 高途) for those
    // the dictionary does not know (五粮液 of 五粮液集团 is the listed company), after the registered ones.
    if (full.endsWith('集团')) {
      for (const form of shortForms(full, f.start, idx)) if (!lookupName(form) && !groupForms.has(form) && !namedAsPlace(text, form)) groupForms.set(form, full);
    }
    if (!/(?:公司|株式会社)$/.test(full)) continue;
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
      if ((fullByForm.has(form) && !(fromSubsidiary.has(form) && !subsidiary)) || ((subsidiary || calledSubsidiary) && lookupName(form)) || (subsidiary && writtenBefore(text, form, f.start)) || (informal && LEGAL_FORM_END.test(lookupName(form)?.entry.canonical ?? '')) || lookupName(form)?.ambiguous || namedAsPlace(text, form)) continue;
      fullByForm.set(form, full);
      if (subsidiary) fromSubsidiary.add(form);
      else fromSubsidiary.delete(form);
    }
  }
  for (const [form, full] of groupForms) if (!fullByForm.has(form)) fullByForm.set(form, full);
  // A dictionary name of a word the segmenter does not know and a trade is cited by that word too (丰翼/x 科技 … 丰翼).
  for (const f of found) {
    const head = idx.at(f.start);
    if (f.source !== 'dict:company' || !f.entry || f.ambiguous || head?.tag !== 'x' || head.end >= f.end || head.end - head.start < 2 || !isCJKWord(head.word)) continue;
    if (TRADE_TAIL.test(text.slice(head.end, f.end)) && !lookupName(head.word) && !fullByForm.has(head.word)) fullByForm.set(head.word, f.entry.canonical);
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
    const or = short && ANY_COMPANY.test(short) ? DECLARED_OR.exec(text.slice(at + short.length, at + short.length + 14)) : null;
    if (or) [short, at] = [or[1]!, at + short!.length + or[0].lastIndexOf(or[1]!)];
    // （以下简称“公司”）: a word for any company, not a name.
    // Generic words declared are a name too (简称“陆港集团”), but not a word for any company.
    // (Its canonical is the dictionary's where the full name is a dictionary name: 华润（集团）有限公司 is 华润(集团)有限公司, written as the article writes it.)
    // (Nor a place: 连云港港口股份有限公司（简称“连云港”） leaves the city a city.)
    if (short && !ANY_COMPANY.test(short) && !PLACE_NAMES.has(short)) {
      fullByForm.set(short, f.entry?.canonical ?? full);
      // The declaration names the company too, where the segmenter glued it to 称 (下/称宏晟/x).
      declaredNames.push({ start: at, end: at + short.length, label: 'COMPANY', source: 'rule:company-short' });
    }
    // 济南产业发展投资集团有限公司（济南产投）: a short name in brackets alone, made of the full name's characters in order.
    BRACKETED_FORM.lastIndex = f.end;
    const bracketed = BRACKETED_FORM.exec(text)?.[1];
    if (bracketed && isShortNameOf(bracketed, full) && !isGeneric(bracketed) && !PLACE_NAMES.has(bracketed)) fullByForm.set(bracketed, full);
    // 重庆信托（全称“重庆国际信托股份有限公司”）: the full name in brackets after the short one.
    const opening = FULL_NAME_OPENS.exec(text.slice(Math.max(0, f.start - 8), f.start));
    const named = opening && f.source === 'rule:company-suffix' ? found.find((g) => g.end === f.start - opening[0].length) : undefined;
    if (named) fullByForm.set(text.slice(named.start, named.end), full);
  }
  found.push(...declaredNames);
  if (fullByForm.size) {
    const forms = new PhraseTrie(fullByForm.keys());
    // A form may end where the segmenter glued a function character onto its last word (北京城/ns 建于/v, 除/百利/天恒外/x).
    // (Not a Latin form before more of a Latin name: Caldera … Caldera Heart; nor a form ending in the 控股 of 控股股东, the controlling shareholder.)
    const mayEnd = (e: number) => (idx.isBoundary(e) || (GLUED_AFTER.test(text[e] ?? '') && idx.isBoundary(e + 1) && idx.at(e)!.start < e)) && !(/[A-Za-z]/.test(text[e - 1] ?? '') && latinNameGoesOn(text, e)) && !(text.endsWith('控股', e) && text.startsWith('股东', e));
    const countryBefore = (start: number) => {
      const before = idx.at(start - 1);
      return before !== undefined && before.end === start && isForeignCountry(before.word);
    };
    for (const t of tokens) {
      // (…or start after a function character the segmenter glued onto its first word: 由瑞驰/x 动力.)
      const start = t.end - t.start > 1 && gluedOntoName(text, t.start) && forms.longestFrom(text, t.start, mayEnd) < 0 ? t.start + 1 : t.start;
      const end = forms.longestFrom(text, start, mayEnd);
      // (Not a place a short form is made of, where the text goes there or names its country: 驶向德国杜伊斯堡, 抵达杜伊斯堡 of 杜伊斯堡港口集团.)
      if (end > 0 && isOtherMention(text, start, end, idx) && !PLACE_GONE_TO.test(text.slice(Math.max(0, start - 3), start)) && !countryBefore(start)) found.push({ start, end, label: 'COMPANY', source: 'rule:company-short' });
    }
  }
  const kept = resolveOverlaps(withAmbiguousConfirmed(text, found), text.length);
  const entryOf = new Map(kept.map((f) => [text.slice(f.start, f.end), f.entry]));
  const mentions = otherMentions(text, idx, kept, (s, e) => isOtherMention(text, s, e, idx));
  const all = resolveOverlaps([...kept, ...mentions.map((c) => ({ ...c, entry: entryOf.get(text.slice(c.start, c.end)) }))], text.length);
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
    const own = asWritten(listed.get(name) ?? fullByForm.get(name) ?? ofSameStem(name, entry?.canonical, registered, text) ?? entry?.canonical ?? shortNameAndGenericWord(name), text);
    // (A Latin name in brackets right after a company's is that company's, whatever else the dictionary knows by it, and so are its
    // later mentions: 新加坡港务集团（PSA）…PSA.)
    const before = out.at(-1);
    if (before && before.end === start - 1 && '(（'.includes(text[start - 1]!) && LATIN_NAME.test(name)) aliasOf.set(name, String(before.attrs?.canonical ?? own ?? text.slice(before.start, before.end)));
    const canonical = aliasOf.get(name) ?? own;
    const c: Candidate = { start, end, label: 'COMPANY', source };
    if (canonical && canonical !== name) c.attrs = { canonical };
    out.push(c);
  }
  return out;
};

/** An unknown word a verb that stops names starts, two characters the segmenter glued onto the name after them: 领投长鑫/x 存储. */
const verbGluedOntoName = (t: Token): boolean => t.tag === 'x' && t.end - t.start >= 4 && NAME_STOP.has(t.word.slice(0, 2));

/** What 华 (China) follows: 在华, 来华, 访华, 赴华, 驻华, 对华, 涉华, 援华. */
const CHINA_BEFORE = new CharSet('在来访赴驻对涉援');

/** Whether `form` is written anywhere before `at`. */
const writtenBefore = (text: string, form: string, at: number): boolean => {
  const first = text.indexOf(form);
  return first >= 0 && first + form.length <= at;
};

/** A company's name in Latin letters alone: PSA, Moody's, Goldman Sachs. */
export const LATIN_NAME = /^[A-Za-z][A-Za-z0-9 .,&'-]*$/;

/** A port's company named where the text is at the port, goes there or calls there: the place (在日照港，, 抵达青岛港; not 日照港发布). */
const portAsPlace = (text: string, start: number, end: number): boolean =>
  text[end - 1] === '港' && (PLACE_GONE_TO.test(text.slice(Math.max(0, start - 3), start)) || PORT_AT_BEFORE.test(text.slice(Math.max(0, start - 2), start)));

/** Going to a place: 驶向, 抵达, 运抵, 前往. */
const PLACE_GONE_TO = /(?:驶向|驶往|开往|抵达|到达|运抵|发往|前往)$/;
/** Being at a port or calling there: 在, 从, 经, 停靠, 靠泊, 挂靠. */
const PORT_AT_BEFORE = /(?:[在于从经]|停靠|靠泊|挂靠)$/;

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

/** A market's board: 科创板, 创业板, 新三板. */
const BOARD = /^(?:科创板|创业板|新三板)$/;
/** A short name the dictionary knows and 公司 after it, the dictionary's company where its name says more: 中国商飞公司 is 中国商用飞机有限责任公司. */
function shortNameAndGenericWord(name: string): string | undefined {
  const known = name.endsWith('公司') ? lookupName(name.slice(0, -2)) : undefined;
  return known && !known.ambiguous && known.entry.canonical.length > name.length ? known.entry.canonical : undefined;
}

/** The legal form a registered name ends with. */
const LEGAL_FORM_END = /(?:有限公司|有限责任公司|股份公司|株式会社)$/;

/** What the text calls a company it names next: its subsidiary (全资子公司, 控股子公司, 旗下). */
const SUBSIDIARY_BEFORE = /(?:子公司|旗下)$/;

/** A dictionary's canonical name as the article writes it, with full-width brackets or half-width ones: 上海复星医药（集团）股份有限公司. */
function asWritten(canonical: string | undefined, text: string): string | undefined {
  if (!canonical || !/[()（）]/.test(canonical) || text.includes(canonical)) return canonical;
  const other = /[()]/.test(canonical) ? canonical.replace(/\(/g, '（').replace(/\)/g, '）') : canonical.replace(/（/g, '(').replace(/）/g, ')');
  return text.includes(other) ? other : canonical;
}

/** A place in brackets right after a company's name: its arm there (恒生银行（中国）, 大众汽车集团（中国）, 华泰证券（美国）). */
const REGIONAL_ARM = /^[（(]([\u4e00-\u9fff]{2,4})[)）]/;
/** …unless the bracket starts the name of a facility (华为(济南)人工智能创新中心: the company alone) or is inside a registered name (美的集团（上海）有限公司). */
const FACILITY_AHEAD = /^[\u4e00-\u9fff]{0,10}?(?:中心|基地|工厂|研究院|研究所|产业园|园区|项目|实验室|大厦|广场|有限(?:责任)?公司|股份公司)/;

/** Extends a name over the bracketed place of its regional arm, a company of its own: not the parent's canonical name. */
function withRegionalArm(text: string, f: Found): void {
  const m = f.source === 'dict:company' || f.source === 'rule:company-suffix' ? REGIONAL_ARM.exec(text.slice(f.end, f.end + 8)) : null;
  if (!m || !(m[1] === '中国' || PLACE_NAMES.has(m[1]!) || isForeignCountry(m[1]!)) || FACILITY_AHEAD.test(text.slice(f.end + m[0].length, f.end + m[0].length + 16))) return;
  f.end += m[0].length;
  delete f.entry;
}

/**
 * An ambiguous alias (光大, 暴雪) counts only where the article names the same company
 * unambiguously, or a company whose name it starts (新希望 after 新希望六和股份有限公司), speaks of
 * what it does (暴雪 beside 魔兽) in the sentence of one mention or twice over the article (not 摘苹果
 * in an article that mentions one 苹果手机 elsewhere), or lists it with other companies (招行、光大和中信).
 */
function withAmbiguousConfirmed(text: string, found: readonly Found[]): Found[] {
  const named = new Set(found.filter((f) => f.entry && !f.ambiguous).map((f) => f.entry));
  if (found.some((f) => f.ambiguous)) {
    const whole = (f: Found) => !found.some((g) => g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start);
    // (A registered or dictionary name: not a product a rule took for one, 苹果目标价格保险.)
    const names = found.filter((f) => !f.ambiguous && f.end - f.start > 2 && whole(f) && (f.source === 'dict:company' || /(?:公司|集团)$/.test(text.slice(f.start, f.end)))).map((f) => text.slice(f.start, f.end));
    for (const f of found) if (f.ambiguous && f.entry && names.some((n) => n.length > f.end - f.start && n.startsWith(text.slice(f.start, f.end)))) named.add(f.entry);
  }
  for (const f of found) {
    if (!f.ambiguous || !f.entry?.cues || named.has(f.entry)) continue;
    const sentence = sentenceAround(text, f.start, f.end);
    if (f.entry.cues.some((cue) => sentence.includes(cue)) || f.entry.cues.filter((cue) => text.includes(cue)).length >= 2) named.add(f.entry);
  }
  // What only a company does right after its name confirms it too: 小米宣布, 苹果发布, 奔驰召回, 快手股价.
  // So does a second 的 after a name that ends in one, which no adjective takes (美的的产品).
  // So does its shares' move, unless it is also a commodity's (寒武纪涨超9%; not 苹果涨5%, apple futures).
  // So does its stock code or ticker in brackets: 亚马逊（AMZN.O）, 北大荒（600598）.
  for (const f of found) if (f.ambiguous && f.entry && (ACTION_AFTER.test(text.slice(f.end, f.end + 14)) || STOCK_CODE_AFTER.test(text.slice(f.end, f.end + 14)) || BRACKETED_TICKER.test(text.slice(f.end, f.end + 16)) || (text[f.end - 1] === '的' && text[f.end] === '的') || (SHARE_MOVE.test(text.slice(f.end, f.end + 3)) && !COMMODITIES.has(text.slice(f.start, f.end))))) named.add(f.entry);
  const sure = found.filter((f) => !f.ambiguous || named.has(f.entry));
  const pending = found.filter((f) => f.ambiguous && !named.has(f.entry));
  const ends = new Set(sure.map((f) => f.end));
  const starts = new Set(sure.map((f) => f.start));
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = pending.length - 1; k >= 0; k--) {
      const f = pending[k]!;
      const listed = (LIST_JOINERS.has(text[f.start - 1] ?? '') && ends.has(f.start - 1)) || (LIST_JOINERS.has(text[f.end] ?? '') && starts.has(f.end + 1));
      if (!listed) continue;
      sure.push(f);
      ends.add(f.end);
      starts.add(f.start);
      pending.splice(k, 1);
      changed = true;
    }
  }
  return sure;
}

/** Whether the article writes `name` as a district, county or city (顺德区, 萧山区委): then it is the place. */
function namedAsPlace(text: string, name: string): boolean {
  return writtenWhere(text, name, (at) => /[区县市]/.test(text[at + name.length] ?? '') && !/^(?:区域|市场|市值|县域)/.test(text.slice(at + name.length, at + name.length + 2)));
}

/** The sentence around [start, end), at most 100 characters on either side. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 100 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 100 && !SENTENCE_END.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * Whether another occurrence of a found name at [s, e) mentions the company: not a code, a
 * personal name's part, a source, a product, a fruit by its place, another name's trade, nor the
 * start of a phrase that is no company (中国移动/互联网).
 */
function isOtherMention(text: string, s: number, e: number, idx: TokenIndex): boolean {
  if (shareClassEnd(text, e)) return false;
  if (codeAt(text, e) || afterNameDot(text, s) || sourceOrProductAt(text, s, e) || productBefore(text, s) || mediumAt(text, s, e) || tradeOfNameBefore(text, s, e, idx) || givenNameBefore(text, s, e, idx)) return false;
  if (startsNonCompany(text, s, e) || portAsPlace(text, s, e) || japanesePersonAt(text, s, e) || exchangeAsMarket(text, s, e, lookupName(text.slice(s, e))?.entry)) return false;
  // 上海数据集团 … 上海数据交易所: an institution of the same name; 南水北调集团 … 南水北调中线工程: a project; …产业发展大会: an event.
  const after = text.slice(e, e + 4);
  if (INSTITUTION_AFTER.test(after) || PROJECT_AFTER.test(after) || SECTOR_AFTER.test(after) || PHRASE_AFTER.test(after)) return false;
  // 河南水利投资集团 … 完成水利投资600亿元: a sum invested, not the company.
  if (text.endsWith('投资', e) && SUM_AFTER.test(text.slice(e, e + 16))) return false;
  return !(COMPANY_NAMES.get(text.slice(s, e))?.ambiguous && everydaySenseAt(text, s, e, idx));
}

/** A sum of money right after a word: 600亿元, 约3.5亿元. */
const SUM_AFTER = /^(?:约|近|超过?|逾|达到?|为|共计?|累计)?[\d.,一二两三四五六七八九十百千]+[万亿]*[多余]?[万亿]*元/;
const INSTITUTION_AFTER = /^(?:交易所|交易中心|研究院|研究所|管理局|委员会)/;

/** The name at [s, e) starts a longer phrase that is no company: 中国移动/互联网, 中国银行/保险监督管理委员会. */
function startsNonCompany(text: string, s: number, e: number): boolean {
  const longest = DICT.longestFrom(text, s);
  return longest > e && NOT_COMPANIES.has(text.slice(s, longest));
}
const PROJECT_AFTER = /^(?:[东中西]线|(?:[一二三四五六七八九十\d]期)?(?:后续|配套)?工程|(?:风)?景区|旅游区|度假区|大会|论坛|峰会|博览会|研讨会|推介会)/;
/** A sector of a place named like a company of it: 山东文旅集团 … 山东文旅市场 (not a company's 市场份额 or 市场部). */
const SECTOR_AFTER = /^(?:市场(?![份占部总营监])|产业|行业)/;

/** A plant named by its city that the segmenter glued onto the company's last character (台积/x 电高雄厂/x): the company ends before the city. */
function plantAfter(text: string, e: number, idx: TokenIndex): boolean {
  const t = idx.at(e);
  if (t && t.start < e && HOSPITAL.test(text.slice(e, t.end))) return true; // 爱尔/眼科医院: 爱尔眼科's hospital
  const rest = t && t.start === e - 1 ? text.slice(e, t.end) : '';
  return /厂$/.test(rest) && (PLACE_NAMES.has(rest.slice(0, 2)) || PLACE_NAMES.has(rest.slice(0, 3)));
}
const HOSPITAL = /^(?:医院|门诊部?|诊所)$/;

/** A place's group named by the place and its trade, before a market or industry, is the place's sector: 调研济南文旅市场 (not 济南文旅发展集团). */
function placeSectorAt(text: string, start: number, end: number): boolean {
  if (!SECTOR_AFTER.test(text.slice(end, end + 3))) return false;
  const name = text.slice(start, end);
  return [2, 3].some((n) => name.length > n && PLACE_NAMES.has(name.slice(0, n)) && isGeneric(name.slice(n)));
}

/** A generic alias right after another name is that name's trade (齐盛/x 国投/j, a city's own investment group), not 国家开发投资集团. */
function tradeOfNameBefore(text: string, start: number, end: number, idx: TokenIndex): boolean {
  const prev = idx.at(start - 1);
  return prev?.end === start && prev.tag !== 'ns' && PROPER_TAGS.has(prev.tag ?? '') && isCJKWord(prev.word) && GENERIC.has(text.slice(start, end));
}

/** After an ambiguous alias, what shows the everyday word: 联想到 (call to mind), 美的很。 (pretty; not 美的很重视); a price's measure or what a sum buys (三元一斤, 三元的价格). */
const WORD_SENSE_AFTER = /^(?:[到起]|很[，,。！!]|极了)/;
const PRICE_AFTER = /^(?:一|每|钱|左右|多|的价)/;

/** Whether an ambiguous alias at [start, end) is used as the everyday word, by what stands around it. */
function everydaySenseAt(text: string, start: number, end: number, idx: TokenIndex): boolean {
  return producedAt(start, idx) || DEGREE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || WORD_SENSE_AFTER.test(text.slice(end, end + 3)) || (text[end - 1] === '元' && PRICE_AFTER.test(text.slice(end, end + 2)));
}
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
function dictionaryNameAt(text: string, start: number, idx: TokenIndex, mayEnd: (end: number) => boolean): Found | undefined {
  const glued = !idx.isBoundary(start);
  const token = idx.at(start)!;
  if (glued && !(token.start === start - 1 && gluedOntoName(text, start - 1)) && !(token.start === start - 2 && verbGluedOntoName(token)) && foreignCountryLength(token.word) !== start - token.start) return undefined;
  const end = DICT.longestFrom(text, start, mayEnd);
  // A group's numbered bureau the segmenter made one word with its name (中铁二局/nt): the bureau.
  if (end < 0 && !glued) {
    const inner = DICT.longestFrom(text, start);
    const bureau = inner > 0 ? BUREAU_AFTER.exec(text.slice(inner, inner + 9)) : null;
    if (bureau && !lookupName(text.slice(start, inner))?.ambiguous && idx.isBoundary(inner + bureau[0].length)) return { start, end: inner + bureau[0].length, label: 'COMPANY', source: 'dict:company' };
  }
  if (end < 0) return undefined;
  const name = lookupName(text.slice(start, end));
  if (!name) return undefined; // a NOT_COMPANIES phrase: 中国人民银行 is the central bank
  // A name ending in 局 right after a local unit is the government's bureau (宿松县招商局, 市招商局), not the company (招商局集团).
  if (text[end - 1] === '局' && LOCAL_UNIT_END.test(text[start - 1] ?? '')) return undefined;
  if (afterNameDot(text, start)) return undefined;
  // (华 after 在, 来, 访 is China, where the name ends inside a word: 在华/电动化 is no 华电; 在华为 is.)
  if (text[start] === '华' && CHINA_BEFORE.at(text, start - 1) && !idx.isBoundary(end)) return undefined;
  // A bureau's number makes even an ambiguous alias the group's (中交一/x 航局; not 建成中交).
  const bureau = BUREAU_AFTER.exec(text.slice(end, end + 9));
  if (bureau && !glued && mayEnd(end + bureau[0].length)) return { start, end: end + bureau[0].length, label: 'COMPANY', source: 'dict:company' };
  // (An ambiguous alias a date's 日 was glued onto stands as it would after the date: 26/日快/x 手股价.)
  const dated = glued && /[年月日]/.test(text[start - 1]!) && /[\d０-９]/.test(text[start - 2] ?? '');
  if (((glued && !dated) || !idx.isBoundary(end)) && name.ambiguous) return undefined;
  if ((glued || !idx.isBoundary(end)) && end - start < 2) return undefined;
  // Cut from words at both ends it is only characters of them: 以上/航段 is no 上航 (以上/汽 is 上汽, 除鲁/花外 鲁花).
  if (glued && !idx.isBoundary(end) && !GLUED_END.test(text[end] ?? '')) return undefined;
  if (codeAt(text, end) || (LATIN_START.test(text[start]!) && TICKER_AFTER.test(text.slice(end, end + 12)))) return undefined;
  // A character of its own and a company's kind after it make another company's name: 凯德/利/n 股份 is 凯德利股份, no 凯德.
  if (idx.at(end)?.start === end && idx.at(end)!.end === end + 1 && isCJKWord(text[end]!) && !GLUE.at(text, end) && !FUNCTION_WORD_TAGS.includes(idx.at(end)!.tag ?? '') && LONGER_NAME_KIND.test(text.slice(end + 1, end + 3)) && idx.isBoundary(end + 3)) return undefined;
  // 复星系, 阿里系: the company and its affiliates; 张裕A（000869）: its A or B shares' stock name, before the code.
  // (Not the copula before another company's name: 深航系/x 中国国航控股子公司.)
  if ((text[end] === '系' && idx.isBoundary(end + 1) && DICT.longestFrom(text, end + 1) < 0 && !OF_AFFILIATES_AFTER.test(text.slice(end + 1, end + 5))) || SHARE_CLASS_NAME.test(text.slice(end, end + 10))) return { start, end: end + 1, label: 'COMPANY', source: 'dict:company', entry: name.entry, ambiguous: name.ambiguous };
  if (sourceOrProductAt(text, start, end) || mediumAt(text, start, end) || ASSOCIATION_AFTER.test(text.slice(end, end + 12)) || PHRASE_AFTER.test(text.slice(end, end + 2))) return undefined;
  if (productBefore(text, start) || placeSectorAt(text, start, end)) return undefined;
  if (portAsPlace(text, start, end)) return undefined;
  if (exchangeAsMarket(text, start, end, name.entry)) return undefined;
  if (japanesePersonAt(text, start, end)) return undefined;
  // Tiffany Wong: a Latin name and a family name after it is a person's.
  if (LATIN_START.test(text[start]!) && PERSON_AFTER_LATIN.test(text.slice(end, end + 16))) return undefined;
  // An everyday adjective in its own sense: 盛大的决赛, 再次盛大开放.
  if (name.ambiguous && ADJECTIVE_TAGS.has(idx.at(start)?.tag ?? '') && (text[end] === '的' || idx.at(start - 1)?.tag === 'd')) return undefined;
  if (name.ambiguous && everydaySenseAt(text, start, end, idx)) return undefined;
  if (!glued && (tradeOfNameBefore(text, start, end, idx) || givenNameBefore(text, start, end, idx) || surnameGluedBefore(text, start, end, idx) || surnameAloneBefore(text, start, end, idx))) return undefined;
  // Inside a longer Latin word or address (t.sina.com), or a Latin name of several words (Merck Sharp & Dohme); B站2025年 is B站.
  if (/[A-Za-z]/.test(text[start]!) && (/[A-Za-z0-9.]/.test(text[start - 1] ?? '') || /[A-Za-z] $/.test(text.slice(Math.max(0, start - 2), start)) || (/[A-Za-z0-9]/.test(text[end - 1]!) && /[A-Za-z0-9.]/.test(text[end] ?? '')))) return undefined;
  return { start, end, label: 'COMPANY', source: 'dict:company', entry: name.entry, ambiguous: name.ambiguous };
}

const LOCAL_UNIT_END = /[省市县区州旗盟镇乡]/;
/** The kind a listed company's short name ends with: 股份, 集团, 控股, 科技. */
const LONGER_NAME_KIND = /^(?:股份|集团|控股|科技|实业)$/;
/** A Japanese given name of one or two characters, then 为 (as), speech, taking a post or a Japanese company's title of address: 章男为, 章男表示, 章男会长. */
const JAPANESE_PERSON_AFTER = /^[\u4e00-\u9fff]{1,2}(?:为|表示|说|称|出任|担任|卸任|会长|社长)/;
/** A Japanese family name the dictionary knows as a company, then a given name and what is said of a person: the person's (丰田章男为董事长). */
const japanesePersonAt = (text: string, start: number, end: number): boolean => JAPANESE_SURNAMES.longestFrom(text, start) === end && JAPANESE_PERSON_AFTER.test(text.slice(end, end + 5));
/** An exchange where a share is listed or traded is the market, no company (在纳斯达克上市, 港交所主板, 纳斯达克代码NVDA; not 港交所发布公告). */
const exchangeAsMarket = (text: string, start: number, end: number, entry: CompanyEntry | undefined): boolean =>
  entry !== undefined && EXCHANGE.test(entry.canonical) && (VENUE_AFTER.test(text.slice(end, end + 4)) || VENUE_BEFORE.test(text.slice(Math.max(0, start - 3), start)));
/** An exchange's name in the dictionary. */
const EXCHANGE = /交易所|交易及结算所|^纳斯达克$/;
/** What makes an exchange the market a share is listed on: 上市, 挂牌, 主板, 代码; 登陆, 赴 before it. */
const VENUE_AFTER = /^(?:(?:二次|双重|主要|第二)?上市|挂牌|主板|创业板|GEM|代码|股票代码|交易代码|敲钟|IPO)/;
const VENUE_BEFORE = /(?:登陆|登录|赴|转板至?|回归)$/;

/** A person's name ends in a name's first character before 为 (as): 提名黎少/x 华为/nr 南岭市…副市长人选, 李/nr 华为…. */
function givenNameBefore(text: string, start: number, end: number, idx: TokenIndex): boolean {
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

/** A name's characters that start a phrase of their own: 山东能源结构 (energy structure), 中兴之路 (revival), 京东地区 (east of Beijing), 新加坡航空煤油 (jet fuel), 成都航空枢纽 (the city's air hub). */
const PHRASE_AFTER = /^(?:结构|之路|地区|一带|以[东西南北]|煤油|枢纽|事务)/;

/** A company's act or figure right after an ambiguous alias, on a day or in a year said or not (快手1日宣布, 美的2024年营收): the company, not the everyday word; its sales after its quoted name (“理想”的交付量). */
const ACTS = '宣布|发布|总部|研究院|智算中心|数据中心|推出|召回|表示|声明|回应|股价|市值|营收|净利|财报|创始人|董事长|首席执行官|CEO|总裁|主席|收购(?!价)|交付|捐赠|捐款|捐资|入股|零售店|旗舰店|专卖店|供应链|供应商|概念股|以\\d+(?:\\.\\d+)?%的(?:市场)?份额';
/** A share's move after a listed company's name: 涨超9%, 跌3%, 涨停, 收跌. */
const SHARE_MOVE = /^(?:[涨跌](?:超|逾)?\d|[涨跌]停|收[涨跌])/;
const ACTION_AFTER = new RegExp(`^(?:(?:\\d{1,2}日|[今昨]日|[今昨]天|日前|近日|(?:19|20)\\d{2}年(?:度|上半年|前三季度|[一二三四1-4]季度)?|\\d{1,2}月\\d{1,2}日)?(?:${ACTS})|[”"]的?(?:${ACTS}|销量|交付量|出货量))`);

/** 工业富联控股股东, 隆基绿能控股子公司, 赣锋锂业控股的项目, 山东重工集团控股中国重汽: a controlling shareholder, a subsidiary or a holding of the company before 控股, not a company named X控股. */
const controllingStake = (text: string, end: number): boolean =>
  text.endsWith('控股', end) && (/^(?:股东|子公司|孙公司|的)/.test(text.slice(end, end + 3)) || (text.endsWith('集团控股', end) && (DICT.longestFrom(text, end) > end || PLACE_NAMES.has(text.slice(end, end + 2)) || PLACE_NAMES.has(text.slice(end, end + 3)))));

/** 减持海尔智家股份, 所持恒瑞医药股份: the shares of a company the dictionary knows by its stock name, not a name ending in 股份 (减持豫园股份 is one). */
const sharesOf = (text: string, f: Found): boolean =>
  text.endsWith('股份', f.end) && SHARE_DEAL_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start)) && lookupName(text.slice(f.start, f.end - 2)) !== undefined && !lookupName(text.slice(f.start, f.end));
const SHARE_DEAL_BEFORE = /(?:增持|减持|持有的?|买入|卖出|转让|质押|认购|受让|所持)了?$/;

/** A capitalized word after a Latin name that is no company's word: a family name (Tiffany Wong). */
const PERSON_AFTER_LATIN = /^ (?!(?:Inc|Group|Holdings|Co|Ltd|Limited|Corp|Corporation|Capital|Bank|Motors|Technologies|Technology|International|China|Asia|Global|Music|Games|Studios|Pictures|Entertainment|Shop|Cloud|Pay|Air|Airlines|Energy|Partners|Securities|Investments|Financial)\b)[A-Z][a-z]+\b/;
/** A product of the brand, not the company: a fake (假茅台, 山寨苹果), a product line or a generation (飞天茅台, 第八代五粮液), a drink drunk (畅饮青岛啤酒, 喝茅台); 一箭三星: satellites a rocket carries. */
const productBefore = (text: string, start: number): boolean => PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 4), start));
const PRODUCT_BEFORE = /(?:假|仿冒|山寨|冒牌|一箭|飞天|第[一二三四五六七八九十\d]{1,2}代|畅饮|喝|饮用|品尝|开瓶)$/;

/**
 * The rest of an association's, a bureau's or a university's name the dictionary name starts: 中国电子/专用设备工业协会,
 * 中国移动通信/联合会, 上海医药/管理局, 福耀/科技大学 (a university its founder endowed; 华为大学 is Huawei's own); not across a preposition or an adverb (比亚迪已向南方科技大学捐赠; but 中国石油和化学工业联合会).
 */
const ASSOCIATION_AFTER = /^(?:(?![向对为在已将从给把被])[\u4e00-\u9fff]){0,8}?(?:协会|学会|联合会|商会|研究会|管理局|科技大学|理工大学)/;
/** What 系 after a name makes an affiliate of, the company alone being named: 中国交建系联合体, 阿里系企业. */
const OF_AFFILIATES_AFTER = /^(?:联合体|企业|公司|上市公司|资金|基金|股|背景|人马)/;
/** The second trade of an association of two and its kind: 及投资学会, 和化学工业联合会. */
const JOINED_ASSOCIATION_AFTER = /^[及和与][\u4e00-\u9fff]{1,6}?(?:协会|学会|联合会|商会|研究会)/;

/** The trade a dictionary name ends in after its own word: 科技, 电子, 动力. */
const TRADE_TAIL = /^(?:科技|技术|电子|微电子|动力|新能|智能|医药|生物|物流|网络|软件|通信|机器人)$/;

/** A registered name's legal form. */
const REGISTERED = /有限(?:责任)?公司$/;

/** Function characters the segmenter glues onto the word before them: 建于, 华为, 城投要, 产/投以 每股; and the 报 of a quote (天衡/精机报/x 23.18元). */
const GLUED_AFTER = /^[于为在与和将是对从向把被外等及报要也已还均都拟以则]$/;

/** Longest first, then earliest: no two company spans overlap. */
function resolveOverlaps(found: Found[], length: number): Found[] {
  const used = new Uint8Array(length);
  const kept: Found[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    let free = true;
    for (let k = f.start; k < f.end && free; k++) free = used[k] === 0;
    if (!free) continue;
    used.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

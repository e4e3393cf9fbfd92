import { TAIWAN_MARKS } from '../../dict/traditional';
import { COMPANY_NAMES, lookupName, NOT_COMPANIES } from '../../dict/companies';
import { isCounty, isProvince, isProvinceOrCity, PLACE_NAMES } from '../../dict/places';
import { surnameLength } from '../../dict/surnames';
import { approvals } from '../official/approvals';
import { APPOINTING } from '../official/postVerbs';
import { chineseNamesBeforeLatin, namesAfterKindBeforeLatin } from './chineseBeforeLatin';
import { cueNames } from './companyCues';
import { BRACKETED_TICKER, LIST_JOINERS, otherMentions } from './companyMentions';
import { AFTER_KIND, latinCompanyNames, latinNameGoesOn } from './latinNames';
import { COMPANY_FORM, mediumAt, sourceOrProductAt } from './mediaAndProducts';
import { dateUnitAt, GLUE, isCJKWord } from '../official/names';
import { CharSet } from '../text/charSet';
import { PhraseTrie } from '../text/phraseTrie';
import { contextNames, isNameToken, STOCK_CODE_AFTER } from './contextNames';
import { BODY_OPENING, COUNTRY_LIKE, FACILITY_AFTER, foreignCountryLength, isForeignCountry, isGeneric, NAME_STOP } from './nameWords';
import { CITY_COMPANIES, COMMODITIES, COMMODITY_END, type Found, LOCAL_UNIT, SUFFIXES, suffixNameAt } from './registeredName';
import { regionalOperators } from './regionalOperators';
import { sportsClubs } from './sportsClubs';
import { SENTENCE_END } from '../text/sentences';
import { SHARE_MARKS, stockNames } from './stockNames';
import { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';
import type { Recognizer } from '../types';
import { ANY_COMPANY, shortFormsOfFullNames, withCanonicals } from './companyCanonical';
import { afterNameDot, codeAt, DICT, dictionaryNameAt, everydaySenseAt, givenNameBefore, GLUED_END, gluedOntoName, japanesePersonAt, latinBeforeDate, nasdaqAsMarket, PLACE_GONE_TO, portAsPlace, productBefore, SECTOR_AFTER, startsAssociationAt, startsPhraseAt, tradeOfNameBefore, verbGluedOntoName } from './dictionaryNames';

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
// `canonical` links a short name to its full name, from the article first and the dictionary second
// (companyCanonical.ts). A dictionary name, and what makes its words no name in place: dictionaryNames.ts.

/** 等 and the word for companies a list ends in (马士基、达飞、赫伯罗特等公司). */
const ETC_KIND = /等(?:公司|企业|集团|金控|银行|券商|车企|房企)$/;

/** A street address at the start of a name: a road and its number (五云湖路7号). */
const ADDRESS_BEFORE_NAME = /^[^，,。；;\n]*?[路街道巷弄]\d+号/;

/** Where a name starts that a province's name opens after the places where the company is (黔西南州兴仁市贵州…有限公司), else `start`. */
function afterLocation(text: string, start: number, end: number): number {
  const places = LOCATION_BEFORE_NAME.exec(text.slice(start, end));
  if (!places) return start;
  const at = start + places[0].length;
  return end - at >= 6 && [2, 3].some((n) => isProvince(text.slice(at, at + n))) ? at : start;
}
/** A prefecture's, a city's, a county's or a district's name, one to three of them. */
const LOCATION_BEFORE_NAME = /^(?:[\u4e00-\u9fff]{2,4}?[州市县区盟旗]){1,3}/;
/** A name ending in 公司 that is no registered name (有限公司, 股份公司, 集团公司). */
const PLAIN_COMPANY = /(?<!有限|股份|集团|责任)公司$/;

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
/** The suffix word is the head of a role, an industry, a line of business or an institution, not a company's end: 明星基金/经理, 广州酒家食品/制造业务, 潍柴动力物流/总监, 华创证券地产/行业, 证券/事务代表, 北京证券/交易所, 高新区科技/创新局, 差饷物业/估价署, 沙特能源/大臣, 康美药业证券/虚假陈述 (a securities case), 港交所股份/代号 (a stock code). */
const ROLE_AFTER_SUFFIX = /^(?:经理|总监|行业|代[号码]|(?:制造|生产|销售|零售)?业务|管理部门|事务代表|交易所|交易中心|业协会|从业|监督管理|虚假陈述|欺诈发行|大学|学院|营业部|报(?![告道价名送表备批销])|日报|时报|枢纽|开支|支出|大臣|部长|(?!董事)[\u4e00-\u9fff]{0,2}局|[\u4e00-\u9fff]{1,2}(?<![签部])署)/;

/**
 * A city written before a dictionary name is part of the company's name (北京万科, 上海浦发银行):
 * not a country (美国苹果 is 苹果), a province, a county or a district (奎文区美团, 长兴诺力股份), and not when a facility of the company follows.
 */
function withCity(text: string, f: Found, idx: TokenIndex): Found {
  const city = idx.at(f.start - 1);
  // (A county's or a district's name counts only before a registered name, which it starts: 滨江/ns 置地控股有限公司 is no 置地控股有限公司.)
  const registered = REGISTERED.test(text.slice(f.start, f.end));
  if (f.ambiguous || !city || city.end !== f.start || city.tag !== 'ns' || lookupName(city.word) || city.word.length > 3 || city.word.length < 2 || COUNTRY_LIKE.has(city.word) || /[国洲省区县]$/.test(city.word) || (isCounty(city.word) && !PLACE_NAMES.has(city.word) && !registered) || NAME_STOP.has(city.word)) return f;
  // (…after the facility's own place too: 新建/ns 华为（东莞）研发中心; nor before a project's or a hospital's name: 天津/ns 融创奥城项目, 佛山复星禅诚医院.)
  const after = text.slice(f.end, f.end + 12);
  if (FACILITY_AFTER.test(after.replace(REGIONAL_ARM, '')) || NAMED_PROJECT_AFTER.test(after)) return f;
  // A generic alias after a city is that city's own company (上海国投), not the national one (国投); so is a registered name, another's with the place.
  return isGeneric(text.slice(f.start, f.end)) || registered ? { start: city.start, end: f.end, label: f.label, source: f.source } : { ...f, start: city.start };
}

/** A group and a trade of its after it, with no legal form to make them one name, is the group (南山集团/航空铝材项目, 大陆集团/汽车业务). */
function groupBeforeItsTrade(text: string, f: Found): Found {
  const m = GROUP_AND_TRADE.exec(text.slice(f.start, f.end));
  return m ? { ...f, end: f.start + m.index + 2 } : f;
}
const GROUP_AND_TRADE = /(?<=[\u4e00-\u9fff]{2})集团(?!股份|控股|有限|总?公司)[\u4e00-\u9fff]{2,4}(?<!公司)$/;

/**
 * A foreign company's China arm by its short name, X中国, is a company of its own (汇丰中国实现营业收入, 渣打中国行长,
 * 博世中国成立于): the name whole, the parent's canonical no more its own. Not its China region or a unit of it
 * (西门子中国区总裁, 星巴克中国门店), nor an executive for China (小米中国总裁), nor a company named from 中国 on (汇丰/中国银行).
 */
function withChinaArm(text: string, f: Found, idx: TokenIndex): void {
  if (f.source !== 'dict:company' || !f.entry || f.ambiguous || !text.startsWith('中国', f.end) || !idx.isBoundary(f.end) || !idx.isBoundary(f.end + 2)) return;
  // (…nor a group's China, its unit: 先正达集团中国寿光MAP示范农场.)
  // (…its Latin name in brackets between: 星巴克中国（Starbucks China）首席执行官.)
  const after = text.slice(f.end + 2, f.end + 60).replace(BRACKETED_ALIAS, '');
  // (…nor a facility in China named after it: 蒙牛中国乳业产业园, SK海力士中國廠.)
  if (CHINA_UNIT_AFTER.test(after.slice(0, 4)) || CHINA_FACILITY_AFTER.test(after) || DICT.longestFrom(text, f.end) > 0 || /中国$/.test(f.entry.canonical) || text.endsWith('集团', f.end)) return;
  f.end += 2;
  delete f.entry;
}
/**
 * Whether a name stands between a bank's name and 支行 or 分行, naming the branch's place: 齐鲁银行济南高新支行; or between a
 * registered name and its store, naming the store's mall: 永辉超市股份有限公司厦门湖里万达分店.
 */
function branchPlace(text: string, f: Found): boolean {
  return (/^(?:支行|分行)/.test(text.slice(f.end, f.end + 2)) && /(?:银行|农商行)$/.test(text.slice(Math.max(0, f.start - 3), f.start))) || (STORE_AFTER.test(text.slice(f.end, f.end + 2)) && STORE_OWNER_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)));
}
/** Whether a name is a contact person's, a field's value a person fills (联系人：徐工, Engineer Xu, not XCMG); not a registered name. */
const contactPerson = (text: string, f: Found): boolean => CONTACT_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start)) && FIELD_VALUE_END.test(text.slice(f.end, f.end + 1)) && !REGISTERED.test(text.slice(f.start, f.end));
/** What ends a field's value: a space, a pause, the line's end (not the person's title after their company: 联系人：迈科医疗电子质量部经理刘敏). */
const FIELD_VALUE_END = /^(?:[\s，,；;。]|$)/;
const CONTACT_BEFORE = /(?:联系人|联络人|经办人|负责人)[:：]\s*$/;
const STORE_AFTER = /^(?:分店|门店|店(?![长员主]))/;
const STORE_OWNER_BEFORE = /(?:有限公司|股份公司)[\u4e00-\u9fff]{0,6}$/;
/**
 * Whether a name an appointing verb opens, or a list of names it opens, ends with the character at `at`, before its 为: 委任周正/nr 华(为公司),
 * 选举陈立群、吴敏、欧阳/ns 振/v 华(为公司) (a name of two, or a compound surname and one character).
 */
function appointedNameEndsAt(text: string, at: number, idx: TokenIndex): boolean {
  const before = idx.at(at - 1);
  if (text[at + 1] !== '为' || before === undefined || before.end !== at) return false;
  const start = before.tag === 'nr' && at - before.start === 2 ? before.start : before.start === at - 1 && idx.isBoundary(at - 3) && surnameLength(text, at - 3) === 2 ? at - 3 : -1;
  return start >= 0 && (APPOINTING_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || (LIST_JOINERS.has(text[start - 1] ?? '') && APPOINTED_LIST_BEFORE.test(text.slice(Math.max(0, start - 40), start))));
}
const APPOINTING_VERBS = [...APPOINTING, '提名'].join('|');
/** An appointing verb (postVerbs' APPOINTING) or 提名 right before the name, or before the names listed before it. */
const APPOINTING_BEFORE = new RegExp(`(?:${APPOINTING_VERBS})$`);
const APPOINTED_LIST_BEFORE = new RegExp(`(?:${APPOINTING_VERBS})[^。；;，,：:\\n]*$`);
/** A Latin name in brackets: （Starbucks China）. */
const BRACKETED_ALIAS = /^[（(][A-Za-z][^（）()]{0,40}[）)]/;
/** A facility after 中国 and up to four characters of what it is: 乳业产业园, 廠, 生产基地. */
const CHINA_FACILITY_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:产业园|工业园|园区|基地|工厂|厂|廠|项目)/;
/** A region, unit, market, what its analysts cover or an executive of a company's China after 中国: 区, 本部, 市场, 股票策略, 互联网研究, 总裁, 首席执行官. */
const CHINA_UNIT_AFTER = /^(?:区|本部|总部|市场|业务|个人|团队|门店|工厂|研发|地区|大陆|境内|用户|消费者|销量|销售|股票|股市|宏观|经济|策略|互联网|科技|消费|医药|医疗|银行业|地产|汽车|研究|系统|总裁|副总裁|首席|CEO|CFO|COO|董事总经理|总经理|副总经理|董事长|副董事长|主席|执行董事|高管|员工|负责人|人|籍)/;

/** A Japanese company's legal form, its name, and its Latin name in brackets after them: 株式会社青叶生活（Aoba Life）. */
const FORM_FIRST_NAME = /株式会社[\u4e00-\u9fff]{2,6}(?=[（(][A-Z])/g;

/**
 * A Japanese company's legal form written first belongs to the name after it, not to the words before (其母行/株式会社/三菱日联银行:
 * 株式会社三菱日联银行, not 母行株式会社 and 三菱日联银行).
 */
function withLegalFormFirst(text: string, found: Found[], idx: TokenIndex): void {
  // (…and where nothing found the name after it, one its Latin name in brackets ends: 零售商/株式会社青叶生活（Aoba Life）.)
  for (const m of text.matchAll(FORM_FIRST_NAME)) {
    const end = m.index + m[0].length;
    if (idx.isBoundary(m.index) && !found.some((f) => f.start < end && f.end > m.index)) found.push({ start: m.index, end, label: 'COMPANY', source: 'rule:company-suffix' });
  }
  // (…where the walk back took it as no suffix, a word of its own: 收购/株式会社/美椿堂.)
  for (const f of found) if (text.endsWith('株式会社', f.start) && idx.isBoundary(f.start - 4)) f.start -= 4;
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    if (f.source !== 'rule:company-suffix' || !text.endsWith('株式会社', f.end)) continue;
    const named = found.filter((d) => d.start === f.end).sort((a, b) => b.end - a.end)[0];
    if (!named) continue;
    named.start = f.end - 4;
    found.splice(k, 1);
  }
}

/** A project's or a hospital's own name after a company's: 奥城项目, 禅诚医院. */
const NAMED_PROJECT_AFTER = /^[\u4e00-\u9fff]{1,4}(?:项目|医院)/;

/** A dictionary company and a word of two after it, the two no name the dictionary knows: 国家电网/能源, 宝钢股份/能源. */
const knownThenWord = (name: string): boolean => lookupName(name.slice(0, -2)) !== undefined && !lookupName(name);
/** A company's form and a word after it that is no form (股份/汽车, 股份/能源; not 集团/公司, 控股/集团). */
const FORM_THEN_WORD = /(?:股份|集团|控股|公司)(?!股份|集团|控股|公司)[\u4e00-\u9fff]{2}$/;
/** State Grid's supply company of a city or a county, its branch: 国网阳原县供电公司, 国家电网江州供电公司. */
const STATE_GRID_BRANCH = /^(国网|国家电网)[\u4e00-\u9fff]{1,8}供电(?:分)?公司$/;
/** The kind of a fund its product name gives: 混合型, 股票型, 指数型. */
const FUND_KIND = /(?:混合型|股票型|债券型|指数型|货币型|偏股|偏债)|类基金$/;
/** A figure per unit, not a name: 单票快递 (revenue per parcel), 每吨. */
const PER_UNIT_START = /^(?:单|每)[票件吨台位]/;
/** A time counted from an event, not a name: 首周, 当月, 次日. */
const TIME_FIRST = /^(?:首|当|本|上|下|次)(?:周|日|月|季|年)/;
/** A company named by world regions alone: 中国东北亚公司, 亚太区公司. */
const REGIONAL_UNIT = /^(?:中国|大中华|亚太|亚洲|欧洲|北美|东北亚|东南亚|全球|华东|华南|华北|华中|西南|西北|东北)+区?公司$/;
/** What makes a word of 地 before it: 多地, 各地, 两地, 外地, 本地, 当地, 异地, 全地. */
const PLACES_WORD_BEFORE = new CharSet('多各两外本当异全该此');
/** A company's Latin name with its legal form, in brackets: （Amazon.com, Inc.）, （Apple Inc.）. */
const LATIN_LEGAL_NAME_AFTER = /^[（(][A-Za-z][A-Za-z.,&' -]{1,40}?\b(?:Inc|Ltd|Corp|Corporation|Co|Group|Holdings|plc|PLC|AG|SE|N\.V|S\.A|GmbH|LLC)\.?[)）]/;
/** A region's or a province's firms of a kind, no company: 西南地区城投, 河南省城投, 山东地区农商行. */
const REGION_SECTOR = /(?:地区|省)(?:[城交建产]投|农商行|城商行|农信社)$/;
/** …and a province's without 省, counted: 多家江苏农商行 (not 山东农商行改革, which the press writes for the province's rural banks as one;
 * nor a municipality's, one bank: 重庆农商行). */
const PROVINCE_SECTOR = /^(.{2,3})(?:农商行|城商行)$/;
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);
const COUNTED_BEFORE = /(?:多家|各家|部分|一些|众多|数家)$/;
function provinceSector(name: string): boolean {
  const place = PROVINCE_SECTOR.exec(name)?.[1];
  return place !== undefined && isProvince(place) && !MUNICIPALITIES.has(place);
}
/** A place's zone and 公司: 济南高新区公司. */
const PLACE_ZONE_COMPANY = /^([\u4e00-\u9fff]{0,4}?)(?:高新区|开发区|经开区|高新技术产业开发区|经济技术开发区|自贸区|保税区|新区)公司$/;
/** Whether a name found by its suffix names a company where it stands: not a source or product, a regulator, a phrase, a medium, shares, a stake, a role or a department. */
function namesCompany(text: string, f: Found): boolean {
  const name = text.slice(f.start, f.end);
  const after = text.slice(f.end, f.end + 3);
  if (sourceOrProductAt(text, f.start, f.end) || startsNonCompany(text, f.start, f.end) || startsPhraseAt(text, f.end) || mediumAt(text, f.start, f.end) || sharesOf(text, f) || controllingStake(text, f.end)) return false;
  // (Nor a name starting inside a market's board, which the segmenter cut: 25家科/x 创板/x 公司.)
  if ([1, 2].some((k) => BOARD.test(text.slice(f.start - k, f.start - k + 3)))) return false;
  // (…nor the first of two trades an association is of: 香港证券/及投资学会; nor a contract's words before its commodity: 纽卡斯尔动力/煤期货.)
  if (JOINED_ASSOCIATION_AFTER.test(text.slice(f.end, f.end + 10))) return false;
  // (Not a name and a commodity traded after a preposition: 河南众鑫粮油贸易有限公司在棉花期货交易中.)
  const contract = GLUE.at(text, f.end) ? null : /^([\u4e00-\u9fff]{1,3})期货/.exec(text.slice(f.end, f.end + 5));
  if (contract && COMMODITY_END.test(name + contract[1])) return false;
  // (…科技/园: a park named after the company, which the dictionary finds alone: 华为科技园; a science city: 崖州湾科技城;
  // a bank's branch or department for tech firms: 工商银行科技支行.)
  if (name.endsWith('科技') && /^(?:园|城|支行|分行|事业部|金融)/.test(after)) return false;
  // (…a dictionary company and a trade before its institute or park, named after the company: 国家电网能源研究院, 五粮液环保产业园.)
  // (Not a company's own form or trade of finance: 国泰君安证券研究所, 中车四方股份研究院.)
  if (/^(?:研究[院所]|产业园|工业园|科技园)/.test(after) && !/(?:证券|股份|控股|集团|银行|保险|期货|基金|信托)$/.test(name) && knownThenWord(name)) return false;
  // (…nor a dictionary company named with its form and a trade word after it, a department's or a product's first: 宝钢股份/能源环保部,
  // 首钢股份/汽车板 are 宝钢股份's and 首钢股份's; a trade after a brand is its name's, 利嘉阁地产研究部.)
  if (FORM_THEN_WORD.test(name) && knownThenWord(name)) return false;
  // (…nor a bank's private banking, its unit: 汇丰私人银行, 招商银行私人银行 are the bank's, which the dictionary finds alone.)
  if (name.endsWith('私人银行')) return false;
  // (…生物/药: biologic drugs, what the company makes: 百济神州生物药生产基地 is 百济神州's.)
  if (name.endsWith('生物') && /^药(?![业店房])/.test(after)) return false;
  // Companies under special treatment or a listing chapter as a kind (ST公司, *ST公司, 18A公司, 18A生物科技公司) are none; nor is wealth management
  // before what it is (顾问理财服务, 理财产品), only a bank's wealth subsidiary (汇华理财发行产品).
  if (/^(?:[*＊]?ST|18[AC][\u4e00-\u9fff]{0,6})公司$/.test(name) || PER_UNIT_START.test(name) || (name.endsWith('理财') && /^(?:产品|服务|规划|业务|市场|资金|需求|师|经理|顾问)/.test(after))) return false;
  // A village's shareholding cooperative (瑞宝股份经济合作联社): the village's, no company; nor are a region's or a
  // province's firms of a kind (西南地区城投, 河南省城投, 山东地区农商行).
  if ((name.endsWith('股份') && text.startsWith('经济合作', f.end)) || REGION_SECTOR.test(name) || (provinceSector(name) && COUNTED_BEFORE.test(text.slice(Math.max(0, f.start - 2), f.start)))) return false;
  // (…nor a regulator's department of a trade: 金融监管总局财产保险监管司, 人身保险监管部; nor a company's futures desk: 荣盛石化期货部.)
  if (/^监管[司局部处]/.test(after) || (name.endsWith('期货') && after[0] === '部')) return false;
  // (…nor, without a legal form, a joint venture described by one partner (宁德时代合资电池公司: 宁德时代's, the dictionary finds alone),
  // a company's subsidiary by its line of business (华泰证券资管子公司 is 华泰证券's), or the 公司 of a company secretary's title (已辞任联席公司秘书).)
  if (!REGISTERED.test(name)) {
    const jv = /合资/.exec(name);
    if ((jv && lookupName(name.slice(0, jv.index))) || SUBSIDIARY_BY_LINE.test(name) || text.startsWith('秘书', f.end)) return false;
  }
  // A fund's name is a product's (易方达品质消费混合型证券投资基金), and a week's or a day's funds are none (首周基金发行).
  if (FUND_KIND.test(name) || text.startsWith('投资基金', f.end) || TIME_FIRST.test(name)) return false;
  // A city's zone and 公司 alone is the company in that zone, no name (在济南高新区公司总部: the segmenter tags 高新区 nr).
  // A group's regional company named by its regions alone is its unit, no name: 松下…全球副总裁、中国东北亚公司总裁;
  // and no name starts with 之 (以美容之名行医疗之实).
  if (REGIONAL_UNIT.test(name) || name[0] === '之') return false;
  // (…nor with the 商 of a country's or a trade's firm before a name the dictionary knows: 丹麦商/沃旭能源.)
  if (name[0] === '商' && lookupName(name.slice(1))) return false;
  // (…nor with the 地 of 多地, 各地, 当地: 多/m 地城/x 投公司 is many places' investment companies.)
  if (name[0] === '地' && PLACES_WORD_BEFORE.at(text, f.start - 1)) return false;
  const zone = PLACE_ZONE_COMPANY.exec(name);
  if (zone && (zone[1] === '' || isProvinceOrCity(zone[1]!))) return false;
  return LEGAL_END.test(name) || !(roleAfterSuffix(text, f) || (!COMPANY_FORM.test(name) && DEPARTMENT_AFTER.test(after)));
}

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

/** A name ending in the share class before 股: 万科A股 is 万科's A shares, not 万科A. */
const shareClassEnd = (text: string, end: number): boolean => text[end] === '股' && /[AＡ]/.test(text[end - 1] ?? '');

/** 向 ends a noun of direction the segmenter knows with the character before it (中/投向/n, where investment goes; not 华为向/x 苹果). */
const DIRECTION_NOUN_TAGS = new Set(['n', 'vn']);
/** A number's or an ordinal's first character. */
const NUMBER_START = /[第0-9０-９零〇一二两三四五六七八九十百千万]/;

/** A trade word and what a company does or reports, which the segmenter made one word: 汽车出口, 汽车销量 (not 汽车产业, 电子竞技). */
const GLUED_TRADE = /^(?:汽车|银行|集团|科技|电子|电器|能源|医药|证券|保险)(?:出口|进口|销量|营收|业绩|股价|市值|产量|销售)$/;
/** A bank's card, which the segmenter made one word with the bank's trade (兴业/银行卡/nr 中心); not a country's card (一张中国/银行卡). */
const bankCardAt = (text: string, e: number, idx: TokenIndex): boolean =>
  idx.at(e)?.start === e - 2 && idx.at(e)!.word === '银行卡' && !COUNTRY_LIKE.has(text.slice(e - 4, e - 2));
/** A count of shares: 3210.5万股, 1,200股. */
const SHARE_COUNT_AFTER = /^(?:合计|共计?|约)?[\d.,０-９]+[万亿]?股/;
/** What a company reports, whose first character the segmenter glued to the name's last (中国/中/车营/n 收: 中国中车 营收), or its share price (光大/证券报/n 17.35元). */
const FIGURE_AFTER = /^(?:营收|营业收入|净利|股价|市值|销量|业绩|报[\d０-９])/;

export const recognizeCompanies: Recognizer = ({ text, tokens, traditional }) => {
  const idx = TokenIndex.of(tokens, text.length);
  const found: Found[] = [];
  // Where a dictionary name may end: on a token boundary, before one glued character (融创拟), or
  // one character before the end of a piece the segmenter did not know (嘉德秋/拍, 世嘉于).
  // So may a name's trade the segmenter made one word with the next (奇瑞/汽车出口/n): the name ends with the trade,
  // and a name whose last character it made one word with its share's move (中航/沈/飞涨/v 3%),
  // or with the first character of a two-character word the next one character ends (中国/恒/大清/盘: 恒大 清盘).
  // (A stock name's A before 股 is the share class: 万科A股 is 万科's A shares.)
  const dictEnd = (e: number) =>
    !shareClassEnd(text, e) && (splitWordAfter(e) || idx.isBoundary(e) || ((GLUE.at(text, e) || GLUED_END.test(text[e] ?? '')) && idx.isBoundary(e + 1) && !directionNounAt(e)) || (text.startsWith('方面', e) && idx.isBoundary(e + 2)) || (idx.at(e)?.tag === 'x' && idx.at(e)!.start < e && (idx.isBoundary(e + 1) || idx.isBoundary(e + 2))) || (idx.at(e)?.start === e - 2 && GLUED_TRADE.test(text.slice(e - 2, idx.at(e)!.end))) || bankCardAt(text, e, idx) || (idx.at(e)!.start < e && (FIGURE_AFTER.test(text.slice(e, e + 4)) || (/[涨跌]/.test(text[e]!) && idx.isBoundary(e + 1)))) || plantAfter(text, e, idx) || latinBeforeDate(text, e));
  const directionNounAt = (e: number) => text[e] === '向' && DIRECTION_NOUN_TAGS.has(idx.at(e)!.tag ?? '');
  // (…or of an unknown word it made of the second character and the next: 恒/大清/盘人/x, 恒大 清盘人.)
  // (Not before a number or an ordinal: 中/升至/第14位 is no 中升; nor inside 方面, "the side of": 京东/方面 is no 京东方.)
  const splitWordAfter = (e: number) => idx.at(e)?.start === e - 1 && idx.at(e)!.word !== '方面' && idx.at(e)!.end === e + 1 && (idx.at(e + 1)?.end === e + 2 || (idx.at(e + 1)?.tag === 'x' && idx.at(e + 1)!.end === e + 3)) && isCJKWord(text.slice(e - 1, idx.at(e + 1)!.end)) && !NUMBER_START.test(text[e + 1] ?? '');
  for (let i = 0; i < tokens.length; i++) {
    // The segmenter keeps some titles with the suffix before them (青岛/银行行长): the name ends inside the token.
    // (…and a verb's first character after a local suffix: 苏州城/ns 投获/x AAA评级.)
    const glued = TITLE_AFTER_SUFFIX.get(tokens[i]!.word) ?? (tokens[i]!.tag === 'x' && tokens[i]!.end - tokens[i]!.start === 2 && VERB_GLUED_AFTER.test(tokens[i]!.word) ? 1 : undefined);
    const f = suffixNameAt(text, glued === undefined ? tokens[i]!.end : tokens[i]!.start + glued, idx);
    // (…with 集团 after it, the segmenter having cut its name: 南京城/ns 建/v 集团 is 南京城建集团.)
    if (f && LOCAL_GROUP.test(text.slice(f.start, f.end + 2))) f.end += 2;
    // (…and without the street address the walk back took in: 重庆市沙坪坝区五云湖路7号赛力斯集团股份有限公司.)
    const address = f ? ADDRESS_BEFORE_NAME.exec(text.slice(f.start, f.end)) : null;
    if (address && f!.end - f!.start - address[0].length >= 4) f!.start += address[0].length;
    // (…or the prefecture and the city where the company is, before a name its province opens: 黔西南州兴仁市/贵州黔兴能源集团有限公司.)
    if (f) f.start = afterLocation(text, f.start, f.end);
    // (…and with the 省 or 市 a province's or a city's enterprise is registered under, where the walk stopped at it or took in the word before it:
    // 联系省/n 歌舞剧院有限公司, 经省/x 旅游投资集团有限公司, 免去黄立新的省/n 旅游投资集团有限公司.)
    if (f && REGISTERED.test(text.slice(f.start, f.end))) f.start = withLocalOpening(text, f.start, idx);
    // (…and the State Grid's supply company of a city or county is its branch: 国网阳原县供电公司 is 国网's, as the gold sets mark all
    // six, its 国 glued onto a verb too: 联系国/nt 网/n 江城供电公司; 国家电网江州供电公司 is 国家电网's.)
    const grid = f ? STATE_GRID_BRANCH.exec(text.slice(f.start, f.end))?.[1] : undefined;
    if (grid) Object.assign(f!, { end: f!.start + grid.length, source: 'dict:company', entry: lookupName(grid)?.entry });
    // (…nor a list's last item and the 等 the segmenter glued onto it before the word for companies: 、赫伯罗/特等/b 公司 is 赫伯罗特.)
    const etc = f && LIST_JOINERS.has(text[f.start - 1] ?? '') ? ETC_KIND.exec(text.slice(f.start, f.end)) : null;
    if (etc && f!.end - etc[0].length - f!.start >= 2) f!.end -= etc[0].length;
    if (f && namesCompany(text, f)) found.push(groupBeforeItsTrade(text, f));
    const t = tokens[i]!;
    // (A function character, the verb 任 or the 以 of 以…为例 the segmenter glued onto the name's first character: 他任平/x 煤股份董事长, 以银泰/x 百货.)
    // (…two of them too: 已由安永/x; the 日 of a date, whatever name it makes with the next: 29/m 日航/j 发/v 动力 is 航发动力, not 日航.)
    // (…or a verb of a deal that stops names: 领投长鑫/x 存储.)
    const gluedOn = t.end - t.start > 1 && gluedOntoName(text, t.start) ? (t.end - t.start > 3 && GLUE.at(text, t.start + 1) ? 2 : 1) : verbGluedOntoName(t) ? 2 : 0;
    const afterDate = gluedOn > 0 && dateUnitAt(text, t.start);
    const d = (afterDate ? undefined : dictionaryNameAt(text, t.start, idx, dictEnd)) ?? (gluedOn ? dictionaryNameAt(text, t.start + gluedOn, idx, dictEnd) : undefined) ?? afterCountry(text, t, idx, dictEnd);
    if (d) found.push(withCity(text, ownedBy(text, d), idx));
  }
  // 以X为首, 以X为例: the preposition opens no name (引入以太/nz 盟 投资集团（PAG）为首的财团 is 太盟投资集团), unless the dictionary's does (以岭药业).
  for (const f of found) if (text[f.start] === '以' && f.source === 'rule:company-suffix' && AS_HEAD_AFTER.test(text.slice(f.end, f.end + 30)) && DICT.longestFrom(text, f.start) < 0) f.start++;
  const latin = latinCompanyNames(text);
  found.push(...stockNames(text, idx), ...regionalOperators(text, idx), ...sportsClubs(text, idx), ...latin.filter((l) => l.source !== AFTER_KIND), ...contextNames(text, idx), ...cueNames(text, idx, isNameToken, (t) => lookupName(t.word) !== undefined));
  // A Latin name after the kind of company it is, after a plain kind only: not a product after the company's own name (华为公司Pura).
  found.push(...latin.filter((l) => l.source === AFTER_KIND && !found.some((f) => f.end === l.start && !(f.source === 'rule:company-suffix' && PLAIN_COMPANY.test(text.slice(f.start, f.end))))));
  found.push(...chineseNamesBeforeLatin(text, found, idx));
  found.push(...namesAfterKindBeforeLatin(text, found, idx));
  for (const f of found) withRegionalArm(text, f);
  for (const f of found) withChinaArm(text, f, idx);
  withLegalFormFirst(text, found, idx);
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
  const { fullByForm, declaredNames } = shortFormsOfFullNames(text, found, idx);
  found.push(...declaredNames);
  if (fullByForm.size) {
    const forms = new PhraseTrie(fullByForm.keys());
    // A form may end where the segmenter glued a function character onto its last word (北京城/ns 建于/v, 除/百利/天恒外/x).
    // (Not a Latin form before more of a Latin name: Caldera … Caldera Heart; nor a form ending in the 控股 of 控股股东, the controlling shareholder,
    // or in the 股份 of a count of shares: 买入城发环境股份3210.5万股 is 城发环境's.)
    const mayEnd = (e: number) => (idx.isBoundary(e) || (GLUED_AFTER.test(text[e] ?? '') && idx.isBoundary(e + 1) && idx.at(e)!.start < e)) && !(/[A-Za-z]/.test(text[e - 1] ?? '') && latinNameGoesOn(text, e)) && !(text.endsWith('控股', e) && text.startsWith('股东', e)) && !(text.endsWith('股份', e) && SHARE_COUNT_AFTER.test(text.slice(e, e + 16)));
    const countryBefore = (start: number) => {
      const before = idx.at(start - 1);
      return before !== undefined && before.end === start && isForeignCountry(before.word);
    };
    for (const t of tokens) {
      // (…or start after a function character the segmenter glued onto its first word: 由瑞驰/x 动力.)
      const start = t.end - t.start > 1 && gluedOntoName(text, t.start) && forms.longestFrom(text, t.start, mayEnd) < 0 ? t.start + 1 : t.start;
      const end = forms.longestFrom(text, start, mayEnd);
      // (Not a place a short form is made of, where the text goes there or names its country: 驶向德国杜伊斯堡, 抵达杜伊斯堡 of 杜伊斯堡港口集团.)
      // (Nor the facility a company is named after and runs: 啟德體育園有限公司營運的啟德體育園.)
      if (end > 0 && isOtherMention(text, start, end, idx) && !PLACE_GONE_TO.test(text.slice(Math.max(0, start - 3), start)) && !countryBefore(start) && !placeOfItsName(text, start, end) && !facilityOfItsName(text.slice(start, end), fullByForm.get(text.slice(start, end))!)) {
        // (A trade after the form that its full name lacks names a sibling, by its own name: 艾德隆电器 of 艾德隆控股 and 宁波艾德隆控股集团有限公司.)
        const trade = siblingTradeAt(text, start, end, fullByForm.get(text.slice(start, end))!, idx);
        // (…and 公司 after the form is the name's, as after a dictionary name: 星辰光年公司, of 北京星辰光年文化传媒有限公司; not the
        // 公司 of the post 公司秘书: 德信物流/公司秘书陈美仪.)
        const plain = !trade && text.startsWith('公司', end) && idx.isBoundary(end + 2) && !text.startsWith('公司秘书', end) ? 2 : 0;
        found.push(trade ? { start, end: end + trade, label: 'COMPANY', source: 'rule:company-suffix' } : { start, end: end + plain, label: 'COMPANY', source: 'rule:company-short' });
      }
    }
  }
  const kept = resolveOverlaps(withAmbiguousConfirmed(text, found, idx), text.length);
  const entryOf = new Map(kept.map((f) => [text.slice(f.start, f.end), f.entry]));
  // (A port's name confirmed once is the company there only: its other mentions are the port's.)
  const mentions = otherMentions(text, idx, kept.filter((f) => !(f.ambiguous && portName(text, f))), (s, e) => isOtherMention(text, s, e, idx));
  const all = resolveOverlaps([...kept, ...mentions.map((c) => ({ ...c, entry: entryOf.get(text.slice(c.start, c.end)) }))], text.length);
  const funds = fundNames(text);
  // (A page's share bar names the platforms to share on, no company: 分享到： 微信 微博 Facebook, 分享到臉書, a line's 分享　Facebook　LINE; not a registered name after it.)
  // (…nor is a name inside a fund's, a product: 泓远科技成长混合型证券投资基金（以下简称“泓远科技成长”）… 泓远科技成长A类.)
  // (…nor is an appointed name's last character and the 为 after it: 委任周正/nr 华为公司/nt 首席财务官; nor a place's name between a bank
  // and its branch: 齐鲁银行/济南高新/支行.)
  const named = withCanonicals(text, all.filter((f) => !(SHARE_BAR_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)) && !REGISTERED.test(text.slice(f.start, f.end))) && !appointedNameEndsAt(text, f.start, idx) && !branchPlace(text, f) && !insideFund(text, f, funds) && !contactPerson(text, f)), fullByForm, traditional || TAIWAN_MARKS.test(text));
  // A stock name's mark of its shares after a dash is the stock name's, as 万科A's A is (网易-S, 小米集团-W, 泽安医药-B).
  for (const c of named) c.end += SHARE_MARK_AFTER.exec(text.slice(c.end, c.end + 4))?.[0].length ?? 0;
  return named;
};
const SHARE_MARK_AFTER = new RegExp(`^-${SHARE_MARKS}`);
/** A fund's full name and the short name the article declares for it: …证券投资基金（以下简称“泓远科技成长”）. */
const FUND_DECLARED = /(?:证券投资基金|投资基金|基金)(?:[（(](?:LOF|QDII|FOF|ETF)[)）])?[（(](?:以下)?简称[“"「]([^”"」]{2,16})[”"」][)）]/g;
/** The short names of the funds an article declares. */
const fundNames = (text: string): string[] => (text.includes('简称') ? [...text.matchAll(FUND_DECLARED)].map((m) => m[1]!) : []);
/** Whether a candidate lies inside a mention of one of the article's funds. */
function insideFund(text: string, f: Found, funds: readonly string[]): boolean {
  return funds.some((name) => {
    for (let at = Math.max(0, f.end - name.length); at <= f.start; at++) if (text.startsWith(name, at)) return true;
    return false;
  });
}
const AS_HEAD_AFTER = /^(?:[（(][^（）()]{1,24}[)）])?为(?:首|例|代表|主|核心|龙头|主体)/;
const SHARE_BAR_BEFORE = /分享(?:(?:到|至)?[:：](?:[^\S\n]*[\u4e00-\u9fffA-Za-z+]{1,8}){0,5}[^\S\n]*|到|至)$|(?:^|\n)[^\S\n]*分享(?:[^\S\n]+[\u4e00-\u9fffA-Za-z+]{1,8}){0,5}[^\S\n]+$/;

/** A market's board: 科创板, 创业板, 新三板. */
const BOARD = /^(?:科创板|创业板|新三板)$/;

/** A place in brackets right after a company's name: its arm there (恒生银行（中国）, 大众汽车集团（中国）, 华泰证券（美国）). */
const REGIONAL_ARM = /^[（(]([\u4e00-\u9fff]{2,4})[)）]/;
/** …unless the bracket starts the name of a facility (华为(济南)人工智能创新中心: the company alone) or is inside a registered name (美的集团（上海）有限公司). */
const FACILITY_AHEAD = /^[\u4e00-\u9fff]{0,10}?(?:中心|基地|工厂|研究院|研究所|产业园|园区|项目|实验室|大厦|广场|有限(?:责任)?公司|股份公司)/;

/** Extends a name over the bracketed place of its regional arm, a company of its own: not the parent's canonical name. */
function withRegionalArm(text: string, f: Found): void {
  const m = f.source === 'dict:company' || f.source === 'rule:company-suffix' ? REGIONAL_ARM.exec(text.slice(f.end, f.end + 8)) : null;
  if (!m || !(m[1] === '中国' || PLACE_NAMES.has(m[1]!) || isForeignCountry(m[1]!)) || FACILITY_AHEAD.test(text.slice(f.end + m[0].length, f.end + m[0].length + 16))) return;
  f.end += m[0].length;
  if (f.entry && !f.ambiguous) f.armOf = f.entry;
  delete f.entry;
}

/**
 * An ambiguous alias (光大, 暴雪) counts only where the article names the same company
 * unambiguously, or a company whose name it starts (新希望 after 新希望六和股份有限公司), speaks of
 * what it does (暴雪 beside 魔兽) in the sentence of one mention or twice over the article (not 摘苹果
 * in an article that mentions one 苹果手机 elsewhere), or lists it with other companies (招行、光大和中信).
 */
function withAmbiguousConfirmed(text: string, found: readonly Found[], idx: TokenIndex): Found[] {
  const named = new Set(found.filter((f) => (f.entry || f.armOf) && !f.ambiguous).map((f) => f.entry ?? f.armOf));
  if (found.some((f) => f.ambiguous)) {
    const whole = (f: Found) => !found.some((g) => g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start);
    // (A registered or dictionary name: not a product a rule took for one, 苹果目标价格保险.)
    const names = found.filter((f) => !f.ambiguous && f.end - f.start > 2 && whole(f) && (f.source === 'dict:company' || /(?:公司|集团)$/.test(text.slice(f.start, f.end)))).map((f) => text.slice(f.start, f.end));
    // (Not a place's name, which starts registered names of its own: 嘉禾恒通新材料股份有限公司 is no 嘉禾's, the county's.)
    for (const f of found) if (f.ambiguous && f.entry && !isPlace(text.slice(f.start, f.end)) && names.some((n) => n.length > f.end - f.start && n.startsWith(text.slice(f.start, f.end)))) named.add(f.entry);
  }
  // (A port's name is the port's, its operator named or not, where nothing around it says the company: 日照港集团 … 日照港累计完成集装箱吞吐量;
  // 青岛港一季度净利润 is the company's.)
  const confirmedHere = new Set<Found>();
  const confirm = (f: Found) => (portName(text, f) ? confirmedHere.add(f) : named.add(f.entry!));
  for (const f of found) {
    if (!f.ambiguous || !f.entry?.cues || (named.has(f.entry) && !portName(text, f))) continue;
    const sentence = sentenceAround(text, f.start, f.end);
    if (f.entry.cues.some((cue) => sentence.includes(cue)) || f.entry.cues.filter((cue) => text.includes(cue)).length >= 2) confirm(f);
  }
  // What only a company does right after its name confirms it too: 小米宣布, 苹果发布, 奔驰召回, 快手股价; so does its app store (小米应用商店).
  // So does a second 的 after a name that ends in one, which no adjective takes (美的的产品).
  // So does its shares' move, unless it is also a commodity's (寒武纪涨超9%; not 苹果涨5%, apple futures).
  // So does its stock code or ticker in brackets: 亚马逊（AMZN.O）, 北大荒（600598）; or its Latin name with its legal form: 亚马逊（Amazon.com, Inc.）.
  // So does a plant or a centre of its in a place: 日产/巴塞罗那/ns 工厂 (not 苹果加工厂).
  for (const f of found) if (f.ambiguous && f.entry && (ACTION_AFTER.test(text.slice(f.end, f.end + 14)) || plantInPlaceAfter(text, f.end, idx) || STOCK_CODE_AFTER.test(text.slice(f.end, f.end + 14)) || BRACKETED_TICKER.test(text.slice(f.end, f.end + 16)) || LATIN_LEGAL_NAME_AFTER.test(text.slice(f.end, f.end + 48)) || (text[f.end - 1] === '的' && text[f.end] === '的') || (SHARE_MOVE.test(text.slice(f.end, f.end + 5)) && !COMMODITIES.has(text.slice(f.start, f.end))))) confirm(f);
  const isSure = (f: Found) => !f.ambiguous || (portName(text, f) ? confirmedHere.has(f) : named.has(f.entry));
  const sure = found.filter(isSure);
  const pending = found.filter((f) => !isSure(f));
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

/** A city's or a county's name: 嘉禾, 嘉兴. */
const isPlace = (name: string): boolean => PLACE_NAMES.has(name) || isCounty(name);

/** An alias that is a port's name too: 日照港, 青岛港. */
const portName = (text: string, f: Found): boolean => text[f.end - 1] === '港';

/** A place the segmenter knows and a plant or a centre after it: /巴塞罗那/ns 工厂. */
const plantInPlaceAfter = (text: string, end: number, idx: TokenIndex): boolean => {
  const place = idx.at(end);
  return place?.start === end && place.tag === 'ns' && PLANT.test(text.slice(place.end, place.end + 4));
};
const PLANT = /^(?:工厂|整车厂|研发中心|创新中心|研究院|总部)/;

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
  if (startsNonCompany(text, s, e) || portAsPlace(text, s, e) || japanesePersonAt(text, s, e) || nasdaqAsMarket(text, s, e, lookupName(text.slice(s, e))?.entry)) return false;
  // 上海数据集团 … 上海数据交易所: an institution of the same name (桐河县供销农业服务有限公司 … 桐河县供销合作社联合社, a cooperative); 南水北调集团 … 南水北调中线工程: a project; …产业发展大会: an event.
  const after = text.slice(e, e + 4);
  // (…and 中国石油和化学工业联合会: an association the name starts, joined to another trade; 中国电影评论学会, as a dictionary name is not.)
  // (…but a broker's or a bank's research institute is its own unit: 长江联合证券/研究所, as 华为 is in 华为济南研究所.)
  if ((INSTITUTION_AFTER.test(after) && !(/^研究[所院]/.test(after) && FINANCE_END.test(text.slice(s, e)))) || PROJECT_AFTER.test(after) || SECTOR_AFTER.test(after) || startsPhraseAt(text, e) || JOINED_ASSOCIATION_AFTER.test(text.slice(e, e + 10)) || startsAssociationAt(text, e)) return false;
  // A product series the brand names with a dot: “醇台·国风”系列 (the guidelines annotate nothing in a product's name).
  if (SERIES_AFTER.test(text.slice(e, e + 12))) return false;
  // 河南水利投资集团 … 完成水利投资600亿元: a sum invested, not the company.
  if (text.endsWith('投资', e) && SUM_AFTER.test(text.slice(e, e + 16))) return false;
  return !(COMPANY_NAMES.get(text.slice(s, e))?.ambiguous && everydaySenseAt(text, s, e, idx));
}

/**
 * Whether a name the annotator accepted as a company elsewhere (the corpus lexicon) mentions the
 * company at [s, e): the checks every other mention of a found name passes, so 京东 is not
 * suggested in 京东App nor 中国移动 in 中国移动互联网.
 */
export const mentionsCompanyAt = (text: string, tokens: readonly Token[], s: number, e: number): boolean => isOtherMention(text, s, e, TokenIndex.of(tokens, text.length));

/** A sum of money right after a word: 600亿元, 约3.5亿元. */
const SUM_AFTER = /^(?:约|近|超过?|逾|达到?|为|共计?|累计)?[\d.,一二两三四五六七八九十百千]+[万亿]*[多余]?[万亿]*元/;
const INSTITUTION_AFTER = /^(?:交易所|交易中心|研究院|研究所|管理局|委员会|合作社|联合社)/;
const FINANCE_END = /(?:证券|银行|期货|基金|保险|信托)$/;
const SERIES_AFTER = /^[·•・][\u4e00-\u9fffA-Za-z0-9]{1,8}[”"」』]?系列/;

/** The name at [s, e) starts a longer phrase that is no company: 中国移动/互联网, 中国银行/保险监督管理委员会. */
function startsNonCompany(text: string, s: number, e: number): boolean {
  const longest = DICT.longestFrom(text, s);
  return longest > e && NOT_COMPANIES.has(text.slice(s, longest));
}
const PROJECT_AFTER = /^(?:[东中西]线|(?:[一二三四五六七八九十\d]期)?(?:后续|配套)?工程|(?:风)?景区|旅游区|度假区|大会|论坛|峰会|博览会|研讨会|推介会)/;

/** A plant named by its city that the segmenter glued onto the company's last character (台积/x 电高雄厂/x): the company ends before the city. */
function plantAfter(text: string, e: number, idx: TokenIndex): boolean {
  const t = idx.at(e);
  if (t && t.start < e && HOSPITAL.test(text.slice(e, t.end))) return true; // 爱尔/眼科医院: 爱尔眼科's hospital
  const rest = t && t.start === e - 1 ? text.slice(e, t.end) : '';
  return /厂$/.test(rest) && (PLACE_NAMES.has(rest.slice(0, 2)) || PLACE_NAMES.has(rest.slice(0, 3)));
}
const HOSPITAL = /^(?:医院|门诊部?|诊所)$/;

/** A company's act or figure right after an ambiguous alias, on a day or in a year said or not (快手1日宣布, 美的2024年营收): the company, not the everyday word; its sales after its quoted name (“理想”的交付量). */
const ACTS = '宣布|发布|被罚|起诉|盘中|早盘|午盘|尾盘|收盘|开盘|总部|旗下|研究院|智算中心|数据中心|推出|召回|表示|声明|回应|股价|市值|营收|净利|财报|创始人|董事长|副董事长|首席执行官|CEO|总裁|副总裁|主席|收购(?!价)|交付|捐赠|捐款|捐资|入股|零售店|旗舰店|专卖店|供应链|供应商|概念股|以\\d+(?:\\.\\d+)?%的(?:市场)?份额|预计(?:(?:19|20)\\d{2}年度?|今年|全年|上半年|前三季度)?(?:实现)?(?:归母|归属|净利|营收|营业收入|亏损|扭亏)';
/** A share's move after a listed company's name, its market named or not: 涨超9%, 跌3%, 涨停, 收跌, 港股涨超8%. */
const SHARE_MOVE = /^(?:[港美AH]股)?(?:[涨跌](?:超|逾)?\d|[涨跌]停|收[涨跌])/;
const ACTION_AFTER = new RegExp(`^(?:应用(?:商店|市场)|(?:\\d{1,2}日|[今昨]日|[今昨]天|日前|近日|(?:19|20)\\d{2}年(?:度|上半年|前三季度|[一二三四1-4]季度)?|\\d{1,2}月\\d{1,2}日)?(?:正式|已经?|也|首次|随后|随即)?(?:${ACTS})|[”"]的?(?:${ACTS}|销量|交付量|出货量))`);

/** 工业富联控股股东, 隆基绿能控股子公司, 赣锋锂业控股的项目, 山东重工集团控股中国重汽, 由中远海运港口控股60%: a controlling shareholder, a subsidiary, a holding or the stake of the company before 控股, not a company named X控股. */
const controllingStake = (text: string, end: number): boolean =>
  text.endsWith('控股', end) && (/^(?:股东|子公司|孙公司|的|(?:约|逾|超过)?[\d０-９][\d０-９.．]*[%％])/.test(text.slice(end, end + 9)) || (text.endsWith('集团控股', end) && (DICT.longestFrom(text, end) > end || PLACE_NAMES.has(text.slice(end, end + 2)) || PLACE_NAMES.has(text.slice(end, end + 3)))));

/**
 * A short form that is the place a name starts with, where the text uses it as a place: a wire's dateline (新华社阿布扎比5月20日电
 * of 阿布扎比港口集团), or where something is signed or held (在阿布扎比签署).
 */
function placeOfItsName(text: string, start: number, end: number): boolean {
  return (DATELINE_SOURCE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && DISPATCH_DATE_AFTER.test(text.slice(end, end + 8))) || (text[start - 1] === '在' && EVENT_AFTER.test(text.slice(end, end + 2)));
}
const DATELINE_SOURCE_BEFORE = /(?:社|网|报|台)$/;
const DISPATCH_DATE_AFTER = /^\d{1,2}月\d{1,2}日电/;
const EVENT_AFTER = /^(?:签署|签约|举行|召开|举办|开幕|闭幕|出席|会见|会晤)/;
/** Trades that after a company's name are its shares or its holding of another: 股份 (恒信國際股份自…停牌), 控股 (控股股东). */
const OWNING = new Set(['股份', '控股']);
/**
 * The length of a trade word after the form at [start, at) that its full name lacks, ending a word and written so more than
 * once (艾德隆/电器 of 宁波艾德隆控股集团有限公司), or 0; not a line of business said once (广州酒家食品制造业务, 苏银理财资本实力).
 */
function siblingTradeAt(text: string, start: number, at: number, full: string, idx: TokenIndex): number {
  const trade = text.slice(at, at + 2);
  if (SUFFIXES.get(trade) !== 'trade' || OWNING.has(trade) || full.includes(trade) || !idx.isBoundary(at + 2)) return 0;
  const name = text.slice(start, at + 2);
  return text.indexOf(name) !== text.lastIndexOf(name) ? 2 : 0;
}
/** 由腾讯控股的芬兰公司: the verb 控股 (controls) after a name by 由, not 腾讯控股 (腾讯控股的营收 stays the listed company). */
function ownedBy(text: string, d: Found): Found {
  const owner = text[d.start - 1] === '由' && text.endsWith('控股的', d.end + 1) ? lookupName(text.slice(d.start, d.end - 2)) : undefined;
  return owner ? { ...d, end: d.end - 2, entry: owner.entry } : d;
}

/** 减持海尔智家股份, 所持恒瑞医药股份: the shares of a company the dictionary knows by its stock name, not a name ending in 股份 (减持豫园股份 is one). */
const sharesOf = (text: string, f: Found): boolean =>
  text.endsWith('股份', f.end) && SHARE_DEAL_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start)) && lookupName(text.slice(f.start, f.end - 2)) !== undefined && !lookupName(text.slice(f.start, f.end));
const SHARE_DEAL_BEFORE = /(?:增持|减持|持有的?|买入|卖出|转让|质押|认购|受让|所持)了?$/;

/** The second trade of an association of two and its kind: 及投资学会, 和化学工业联合会 (not another body the company deals with: 与中国篮球协会, 和全国工商联). */
const JOINED_ASSOCIATION_AFTER = new RegExp(`^[及和](?!${BODY_OPENING})[\\u4e00-\\u9fff]{1,6}?(?:协会|学会|联合会|商会|研究会)`);

/** A registered name's legal form. */
const REGISTERED = /有限(?:责任)?公司$/;
/** Where a registered name starts that a province's or a city's 省 or 市 opens alone, after a pause or a word that is no name's. */
function withLocalOpening(text: string, start: number, idx: TokenIndex): number {
  if (LOCAL_UNIT.at(text, start + 1) && OPENING_GLUED.at(text, start) && idx.at(start)!.end <= start + 2) return start + 1;
  const before = idx.at(start - 1);
  return LOCAL_UNIT.at(text, start - 1) && before?.start === start - 1 && (!isCJKWord(text[start - 2] ?? '') || OPENING_VERBS.has(idx.at(start - 2)!.word) || OPENING_GLUED.at(text, start - 2)) ? start - 1 : start;
}
/** Function characters before such a name, glued onto its 省 or standing alone: 经, 的, 由, 与, 和, 及, 向, 对. */
const OPENING_GLUED = new CharSet('经的由与和及向对');
/** Verbs of a notice's division of work before the units each leader looks after: 联系, 分管, 负责. */
const OPENING_VERBS = new Set(['联系', '分管', '负责', '协调']);

/** Whether a short form is the full name without its legal form and names a facility: 啟德體育園 of 啟德體育園有限公司. */
function facilityOfItsName(form: string, full: string): boolean {
  return FACILITY_END.test(form) && full.startsWith(form) && /^(?:股份)?有限(?:责任)?公司$/.test(full.slice(form.length));
}
const FACILITY_END = /(?:园|園|中心|广场|廣場|体育场|體育場|馆|館|机场|機場|乐园|樂園|度假区|度假區|大厦|大廈)$/;
/** A city's investment or building company and 集团: 南京城建集团, 苏州城投集团. */
const LOCAL_GROUP = new RegExp(`(?:${CITY_COMPANIES.join('|')})集团$`);
/** A city company's last character and the verb the segmenter glued to it: 投获, 投将, 建拟. */
const VERB_GLUED_AFTER = new RegExp(`^[${[...new Set(CITY_COMPANIES.map((c) => c.at(-1)))].join('')}][获将拟已]$`);
/** A company's subsidiary named by its line of business: 资管子公司, 全资子公司. */
const SUBSIDIARY_BY_LINE = /(?:资管|理财|基金|保险|期货|投资|境外|海外|全资|控股)子公司$/;
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

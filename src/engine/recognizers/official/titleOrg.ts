import { DISTRICT_NAMES, isCounty, isProvince, isProvinceOrCity, PLACE_NAMES } from '../../dict/places';
import { NTH_HOLDER } from '../../dict/positions';
import { writtenInOrder } from '../company/companyCanonical';
import { CharSet } from '../text/charSet';
import { GLUE, isCJKWord, NAME_TAGS } from './names';
import { BUREAU_NUMBER, FUNCTION_HEAD, FUNCTION_WORD_TAGS, gluedBy, isPartyPerson, TAKEN_OVER_BY } from '../company/nameWords';
import { companyNameEndingAt, suffixNameAt } from '../company/registeredName';
import type { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';

// The organization an official's title belongs to, read from the words written before the title
// (济南市委书记 → 济南市, 腾讯公司高级执行副总裁 → 腾讯公司): a walk back over the tokens that can be
// words of an organization's name, with the unit a government title implies added to it.

/** Tags of tokens that can be part of an organization before a title. */
const ORG_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j', 'eng', 'x', 'vn', 'b', 'ng', 'zg', 'l', 's']);
/** Words before a title that end its organization: reporting words, courts' and inspectors' acts (宣判, 通报), times, tenure (原, 现任) and praise (知名). */
const ORG_STOP = new Set(['兼', '暨', '经', '辞任', '辞去', '卸任', '批评', '公开批评', '图为', '记者', '日电', '电', '代表', '当时', '前任', '会见', '会谈', '走访', '听取', '审议', '审查', '陪同', '出席', '参加', '嘉宾', '会同', '通报', '宣判', '审理', '判决', '查处', '起诉', '先生', '女士', '同志', '期间', '日前', '近日', '目前', '当天', '原', '前', '时任', '现任', '新任', '曾任', '历任', '原任', '出任', '担任', '国内', '国外', '海外', '境内', '境外', '当地', '本地', '外地', '所属', '下属', '旗下', '明星', '知名', '著名', '资深', '所在地', '所在', '另据', '据悉', '任命', '委任', '聘任', '聘请', '新聘', '拟聘', '受聘', '续聘', '获聘', '选举', '推选', '免去', '联系', '咨询', '致电', ...TAKEN_OVER_BY]);
const WORDLIKE = /^[\u4e00-\u9fffA-Za-z0-9·]+$/;
/** A word ending in 为 or 是 says what someone is (实际控制人为/n 董事长, 作为, 成为, 这是/x 董事长): the organization is after it. */
const ENDS_WITH_COPULA = /^[\u4e00-\u9fff]+[为是]$/;
/** An ordinal inside an organization's name: 济南市/第一/中学. */
const ORDINAL = /^第[一二三四五六七八九十百\d]+$/;
/** Verbs and adjectives that are words of organization names (腾讯控股董事会, 国家开发投资集团, 建设银行湖南省分行/v, 国家卫生/an 健康/a 委员会, 中国演出/v 行业协会, 国库支付/v 中心, 预算/v 司, 反/zg 不/d 正当竞争/l 局, 美团外卖/v 事业部, 中国医药创新促进会/v, 药品审评/v 中心, 金华高速/d 交警支队, 万豪/nr 度假/v 酒店, 保利/n 香港/ns 拍卖/v). */
const ORG_VERBS = new Set(['控股', '投资', '发展', '互动', '开发', '建设', '管理', '分行', '支行', '促进', '创新', '应对', '禁毒', '扫黑除恶', '就业', '创业', '卫生', '健康', '安全', '应急', '演出', '发行', '放映', '审计', '统计', '监察', '监管', '规划', '破产', '执法', '采购', '审判', '住', '快递', '保障', '保护', '缺陷', '召回', '审批', '支付', '清算', '结算', '预算', '会计', '征收', '稽查', '登记', '检测', '检验', '监测', '交易', '调度', '救援', '救助', '振兴', '育种', '改造', '视听', '外卖', '反', '不', '预防', '控制', '运维', '造纸', '促进会', '研究会', '审评', '注册', '评审', '认证', '运行', '协调', '高速', '供水', '排水', '供电', '供热', '供气', '出版', '印刷', '种植', '养殖', '加工', '集中', '度假', '拍卖']);
/** Tags of a place or a region after a dash inside a name: 东盟/j, 中亚/ns. */
const PLACE_AFTER_DASH = new Set(['ns', 'j']);
/** Directions that start names, tagged as locatives: 南方/f 科技大学, 北方/f 工业集团. */
const ORG_DIRECTIONS = new Set(['东方', '南方', '西方', '北方']);
/** An organization's role at an event, before its name: 主办单位, 承办单位. */
const EVENT_ROLE = /^(?:主办|承办|协办|支持|指导)单位/;
/** The term of a board or an office before its title: 新一届, 本届, 第十一届. */
const TERM_OF_OFFICE = /(?:新一|本|上一|下一|第[一二三四五六七八九十\d]{1,3})[届任]$/;
/** An organization named by its kind alone (该公司董事长): the article names it elsewhere. */
const BARE_ORGS = new Set(['公司', '集团', '集团公司', '俱乐部', '企业', '银行', '支行', '分行', '分公司', '子公司', '单位', '政府', '董事会', '医院', '学校', '学院', '法院', '项目', '村', '发行人', '券商']);

/**
 * Government titles whose organization is named without its unit: 济南 + 市委书记 → 济南市,
 * 英国财政 + 部长 → 英国财政部.
 */
export const UNIT_TITLE = /^(?:常务|代)?副?(省|市|县|区|州|旗|盟)(?:委|长)|^(?:常务|代)?副?(部|局|厅)长$|^副?(镇|乡|村)(?:党委|党支部|长)/;

/** The organization written before a title: 济南市委书记 → 济南市; 百度集团创始人 → 百度集团. */
export function orgOf(text: string, cs: number, title: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>, floor = 0): string {
  // 中国钢铁工业协会（以下简称“中钢协”）副会长: the organization before the note of its short name.
  const note = SHORT_NAME_NOTE.exec(text.slice(Math.max(floor, cs - 18), cs));
  if (note) return orgOf(text, cs - note[0].length, title, idx, lastOrgByUnit, floor);
  // (…or of its Latin abbreviation: 国际货币基金组织（IMF）总裁; a company's is the pipeline's, which knows its name's start.)
  const abbreviation = LATIN_ABBREVIATION_NOTE.exec(text.slice(Math.max(floor, cs - 12), cs));
  const body = abbreviation ? orgOf(text, cs - abbreviation[0].length, title, idx, lastOrgByUnit, floor) : '';
  if (body && !/(?:公司|集团)$/.test(body)) return body;
  // 株洲市人民政府原副市长: 原 (former) belongs to the title, not the organization.
  let org = withoutShortName(text.slice(orgStart(text, cs, idx, floor), cs).replace(QUOTES_AROUND, '').replace(STOCK_CODE, '').replace(/的$/, '')).replace(FORMER, '');
  org = org.replace(/^·+/, ''); // a list's bullet before it: ·山东省省长
  org = org.replace(DAY_BEFORE_ORG, ''); // a day and the verb the segmenter glued to it: 9月2日随/x 日本经济产业大臣
  if (DATE_BOUND.test(org)) org = ''; // a start's or a deadline's word after a date: 自１月６日起/总经理
  org = org.replace(TERM_OF_OFFICE, ''); // 当选为新一届董事: the board's term, no organization
  org = org.replace(EVENT_ROLE, ''); // 主办单位台北市旅行商业同业公会理事长: the association is the organization, not its role at the event
  org = org.replace(SECTOR_AFTER, ''); // 中信证券交通运输行业首席分析师: the sector is the analyst's, the organization 中信证券
  if (BARE_ORGS.has(org.replace(/^[该本]/, ''))) org = ''; // 该公司董事长, 该村: the organization is named elsewhere
  if (FUND_KIND.test(org)) org = ''; // 易方达蓝筹精选混合/基金经理: the tail of a fund's name, no organization
  // 美国共和党籍众议员: a party's membership is no organization, the country is; 德国籍高管: a nationality, no organization.
  org = org.replace(/(?<=[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,4}党籍$/, '');
  if (org.endsWith('籍')) org = '';
  // 该局副局长 after 无锡市科技局…: the office of that kind the paragraph named last (该局/r names none itself).
  const office = org ? null : OFFICE_PRONOUN.exec(text.slice(Math.max(floor, cs - 2), cs));
  if (office) return officeInParagraph(text, cs - 2, office[1]!, idx, lastOrgByUnit);
  // (…and one named by its kind alone: 厅党组书记 after 江西省交通运输厅….)
  if (/^[局厅署]$/.test(org)) return officeInParagraph(text, cs - 1, org, idx, lastOrgByUnit) || org;
  const m = UNIT_TITLE.exec(title);
  const unit = m?.[1] ?? m?.[3];
  const mission = MISSIONS[title.replace(/^副/, '')];
  if (unit) {
    // 济南 + 市委书记 is 济南市; 株洲市人民政府 + 副市长 stays as it is; 中共济南 + 市委书记 is 济南市 (the Party's committee of the city).
    org = org.replace(/^中共(?=[\u4e00-\u9fff]{2})/, '');
    // A district's name is two characters at least: the walk stopped inside it (新/a 吴/nr 区委书记 → 新吴区).
    if (org.length === 1 && (unit === '区' || unit === '市') && cs - 2 >= floor && isCJKWord(text[cs - 2] ?? '') && !GLUE.at(text, cs - 2) && !NOT_PLACE_START.at(text, cs - 2)) org = text[cs - 2] + org;
    // A county's name the segmenter took for a verb after its province stopped the walk (江西省/修水/v 县委常委 → 江西省修水县).
    if (!org) org = countyAfterProvince(cs, idx);
    if (org && !org.endsWith(unit) && !GOVERNMENT_BODY.test(org)) org += unit;
    // (…a county-level city's the segmenter took for another word: 五常/t 市委书记.)
    const county = !org && unit === '市' ? countyBefore(cs, idx) : '';
    if (county) org = county + unit;
    if (org) lastOrgByUnit.set(unit, org);
    else {
      const named = lastOrgByUnit.get(unit) ?? placeBefore(text, cs, unit, idx);
      // (…a province's or a city's, where the text names none before, that of the paper it is from: 云南日报讯 … 省委书记王宁远 → 云南省, 周口日报 … 市委书记 → 周口市.)
      const paper = named === undefined && (unit === '省' || unit === '市') ? placeOfPaper(text, unit) : undefined;
      if (paper) lastOrgByUnit.set(unit, paper);
      org = named ?? paper ?? '';
    }
  } else if (m?.[2] && org && !org.endsWith(m[2]) && !/^[A-Za-z]+$/.test(org)) org += m[2]; // (not a Latin abbreviation's: FDA局长 is FDA's)
  // 局长 alone after 记者从济南市人社局获悉 or 国家邮政局…。: the office of that kind the paragraph named last.
  else if (m?.[2] && !org) return officeInParagraph(text, cs, m[2], idx, lastOrgByUnit);
  // A diplomat's mission is named by its title: 中国驻美国 + 大使 → 中国驻美国大使馆, 韩国驻青岛 + 总领事 → 韩国驻青岛总领事馆.
  else if (mission && /驻(?:(?![馆处])[\u4e00-\u9fff])+$/.test(org)) org += mission;
  // 市政协委员 after 济南市…: the city named last (the unit alone names no organization).
  // (…or the place of that unit the paragraph named last: 马陆镇…，镇党委副书记 → 马陆镇.)
  else if (org.length === 1 && UNIT_CHARS.at(org, 0)) org = lastOrgByUnit.get(org) ?? placeBefore(text, cs - 1, org, idx) ?? org;
  // 济南市人民政府副市长…，市体育局局长: a bureau named without its place is of that unit's place named before (济南市体育局).
  else org = withPlace(text, org, cs - org.length, idx, lastOrgByUnit);
  // A task alone is no organization: 首尔/d 拍卖/v 执行董事 (the walk stopped at the name before it); nor are countries (中俄两/国外/s 长王毅).
  if (ORG_VERBS.has(org) || org === '国') return '';
  // 协会会长 after 中国上市公司协会…: the body of that kind the text named last.
  if (BARE_BODY.test(org)) return namedBefore(text, cs - org.length, org, idx) ?? org;
  // A society's 会 the segmenter took for a verb before its 会长 (苏州市/经济学/会/v 会长): the society's name, up to it.
  if (!org && text[cs - 1] === '会' && /会长$/.test(title)) {
    const from = orgStart(text, cs - 1, idx, floor);
    if (from < cs - 2) return text.slice(from, cs);
  }
  // A sector alone after a company's Latin name in brackets (摩根士丹利（Morgan Stanley）中国互联网行业首席分析师): the company.
  if (SECTOR_ALONE.test(org)) {
    const latin = LATIN_BRACKET_BEFORE.exec(text.slice(Math.max(0, cs - org.length - 40), cs - org.length))?.[0].length ?? 0;
    const known = companyNameEndingAt(text, cs - org.length - latin);
    if (known >= 0) return text.slice(known, cs - org.length - latin);
  }
  // An association's abbreviation the segmenter cut after its first character, opening a clause (乘/v 联会 秘书长, ，中/f 钢协 副会长): whole.
  const at = cs - org.length - 1;
  return ABBREVIATED_BODY.test(org) && isCJKWord(text[at] ?? '') && !GLUE.at(text, at) && (at === 0 || CLAUSE_OPENERS.test(text[at - 1]!)) ? text[at] + org : org;
}

/** What is left of a date that bounds a time, before a title: 日起, 起, 日前. */
const DATE_BOUND = /^[日号]?(?:起|至|前|后)$/;
/** A day, and the 随 (with) or 同 the segmenter glued to it, where the walk back from a title went over it: 2日随. */
const DAY_BEFORE_ORG = /^[\d０-９]{1,2}[日号](?:随同|随|同|陪同)?/;
/** An organization's Latin abbreviation in brackets after its Chinese name: （IMF）, (WTO). */
const LATIN_ABBREVIATION_NOTE = /(?<=[\u4e00-\u9fff])[(（][A-Z]{2,8}[)）]$/;
/** A note of the short name an organization goes by: （以下简称“中钢协”）, （简称“中钢协”）. */
const SHORT_NAME_NOTE = /[(（](?:以下)?简称[“"「]?[\u4e00-\u9fffA-Za-z]{1,10}[”"」]?[)）]$/;
/** The last two characters of an association's abbreviation: 联会 (乘联会), 钢协 (中钢协). */
const ABBREVIATED_BODY = /^[\u4e00-\u9fff][会协]$/;
/** What a clause opens after. */
const CLAUSE_OPENERS = /[\s，,。；;：:、“"（(]/;

/** A sector a broker's analyst covers, alone: 中国互联网行业. */
const SECTOR_ALONE = /^[\u4e00-\u9fff]{2,8}行业$/;
/** A company's Latin name in brackets: （Morgan Stanley）. */
const LATIN_BRACKET_BEFORE = /[(（][A-Za-z][A-Za-z .&'-]*[)）]$/;

/** An office by its kind after 该 (that): 该局, 该厅, 该委. */
const OFFICE_PRONOUN = /^该([局厅委署办])$/;

/** A kind of body named alone before a title, as a text says it after naming the body whole: 协会, 商会. */
const BARE_BODY = /^(?:协会|学会|商会|基金会|联合会|研究会|促进会|联盟|管理局|管委会|管理委员会|委员会)$/;

/** The office of `kind` (局, 厅 …) named last before `at` in its paragraph, or none; with its place (市人社局 → 济南市人社局). */
function officeInParagraph(text: string, at: number, kind: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): string {
  const named = namedBefore(text, at, kind, idx);
  const from = named ? text.lastIndexOf(named, at) : -1;
  return named && !text.slice(from, at).includes('\n') ? withPlace(text, named, from, idx, lastOrgByUnit) : '';
}

/** A bureau named without its place (市体育局 at `at`) with the place of its unit named before: 济南市体育局. */
function withPlace(text: string, org: string, at: number, idx: TokenIndex, lastOrgByUnit: Map<string, string>): string {
  if (!LOCAL_BUREAU.test(org)) return org;
  const unit = org[0]!;
  // (Of the unit's organization named last, its place: 济南市人民政府 → 济南市.)
  const named = lastOrgByUnit.get(unit);
  const place = named?.slice(0, named.indexOf(unit) + 1) || placeBefore(text, at, unit, idx);
  return place ? place + org.slice(1) : org;
}

/** The longest name ending in `kind` written last before `at`: 中国上市公司协会 for 协会. */
function namedBefore(text: string, at: number, kind: string, idx: TokenIndex): string | undefined {
  for (let k = text.lastIndexOf(kind, at - 1); k > 0; k = text.lastIndexOf(kind, k - 1)) {
    const end = k + kind.length;
    // (Not the office of a title: 代理局长.)
    if (text[end] === '长') continue;
    const start = orgStart(text, end, idx);
    if (start < k && isCJKWord(text.slice(start, k))) return text.slice(start, end);
  }
  return undefined;
}

/** A word of two characters right before `cs` after a province's name: the name of a county or city in it, whatever its tag. */
function countyAfterProvince(cs: number, idx: TokenIndex): string {
  const t = idx.at(cs - 1);
  const province = t && t.end === cs ? idx.at(t.start - 1) : undefined;
  return t && province && t.word.length === 2 && isCJKWord(t.word) && !ORG_STOP.has(t.word) && province.tag === 'ns' && province.word.endsWith('省') ? province.word + t.word : '';
}

/** A bureau, commission or office of a city, county or district named without its place: 市体育局, 区应急管理局, 县委组织部, 市政府, 市人大常委会 (not 市场监管局). */
const LOCAL_BUREAU = /^[省市县区](?:政府|(?![场民区级内外])[\u4e00-\u9fff]{1,10}(?:局|委员会|常委会|委|办公室|办|厅|中心))$/;

/** The kind a fund's name ends with, which the walk back may stop at: 混合, 债券, 指数. */
const FUND_KIND = /^(?:混合|债券|指数|股票|货币|灵活配置|偏股混合)$/;
/**
 * A sector or a function after a company's name, before the title of the one who covers or heads it: 交通运输行业, 消费电子行业, 技术 (字节跳动科技有限公司技术副总裁),
 * and the fields a broker's analysts cover (中信建投证券非银金融首席分析师, 宏观, 固收).
 */
const SECTOR_AFTER = /(?<=(?:集团|公司|证券|银行|研究所|研究院))(?:[\u4e00-\u9fff]{2,6}行业|技术|市场|销售|运营|产品|研发|战略|品牌|法务|人力资源|非银金融|非银|宏观|策略|固收|固定收益|金融工程|量化)$/;

/** Where a place's name is only a word: 城市, 全县, 该市, 开发区, 古镇 (names of three characters or more are read). */
const NOT_PLACE_START = new CharSet('全该本各此我其这那每两省市县区镇乡');
const ZONE_WORD = /(?:开发|示范|自贸|保税|高新|产业|试验|功能|核心|风景|旅游|商业|城|都|超|股|楼|车|夜|集|门|特色|历史文化)[区市镇]$/;
/** Tags the segmenter gives a place's name before its unit, or the whole name: 马陆/nr 镇, 濮院/x 镇, 宝应县/nr. */
const PLACE_TAGS = new Set(['ns', 'nr', 'nz', 'x', 'j']);
/**
 * The place of `unit` (县, 市, 镇 …) the paragraph names last before a title with no organization
 * of its own: 平度市召开…会，市委书记刘宏 → 平度市; 去年，马陆/nr 镇…。镇长顾文杰 → 马陆镇; else the only one the article names before.
 */
function placeBefore(text: string, cs: number, unit: string, idx: TokenIndex): string | undefined {
  const from = Math.max(text.lastIndexOf('\n', cs - 1) + 1, cs - 300);
  const found = new Set<string>();
  for (let k = idx.indexAt(cs - 1); k >= 0; k--) {
    const t = idx.tokens[k]!;
    const word = placeOfUnitAt(k, unit, idx);
    if (word && t.start >= from) return word;
    if (word) found.add(word);
  }
  // (Where the paragraph names none, the only one the article named before: 临沂市人民政府门户网站 … 市长王立新.)
  return found.size === 1 ? [...found][0] : undefined;
}

/** A place's own paper or broadcaster naming the source near the top: 云南日报讯, 浙江卫视, 周口日报. */
const PLACE_PAPER = /([\u4e00-\u9fff]{2,3})(?:日报|晚报|卫视|广播电视台|电视台)/;
/** The municipalities, which are cities with a province's rank. */
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);
function placeOfPaper(text: string, unit: '省' | '市'): string | undefined {
  const place = PLACE_PAPER.exec(text.slice(0, 200))?.[1];
  if (!place || !PLACE_NAMES.has(place) || ['香港', '澳门', '台湾'].includes(place)) return undefined;
  const province = isProvince(place) && !MUNICIPALITIES.has(place);
  return (unit === '省') === province ? place + unit : undefined;
}

/** A county or a county-level city by its name alone right before the title, whatever its tag: 五常/t 市委书记. */
function countyBefore(cs: number, idx: TokenIndex): string {
  const t = idx.at(cs - 1);
  return t && t.end === cs && t.word.length >= 2 && isCounty(t.word) ? t.word : '';
}

/** The place of `unit` the token at `k` ends, written whole (平度市) or as a name and the unit (马陆/nr 镇). */
function placeOfUnitAt(k: number, unit: string, idx: TokenIndex): string | undefined {
  const t = idx.tokens[k]!;
  const before = idx.tokens[k - 1];
  // (A place's government names the place, in one token or with a name the segmenter took for another word: 深圳市政府/nt, 磐石/n 县/zg 人民政府.)
  const government = GOVERNMENT_OF_PLACE.exec(t.word)?.[1];
  if (government?.endsWith(unit)) return government;
  const governed = t.word === unit && GOVERNMENT_AFTER_UNIT.test(idx.tokens[k + 1]?.word ?? '') && isCJKWord(before?.word ?? '');
  const word = t.word === unit && before?.end === t.start && before.end - before.start >= 2 && (PLACE_TAGS.has(before.tag ?? '') || governed) ? before.word + unit : t.word;
  // (Not a stop word glued onto the unit: 另据市/x 财政局. A district known by name is one, though it reads as a word: 历城区, 市中区.)
  if (!word.endsWith(unit) || !isCJKWord(word)) return undefined;
  if (DISTRICT_NAMES.has(word.slice(0, -1))) return word;
  return word.length >= 3 && word.length <= 5 && !NOT_PLACE_START.at(word, 0) && !ZONE_WORD.test(word) && !ORG_STOP.has(word.slice(0, -1)) ? word : undefined;
}

/** A place's government or Party committee written as one word: 深圳市政府, 磐石县人民政府, 济南市委. */
const GOVERNMENT_OF_PLACE = /^([\u4e00-\u9fff]{2,4}[省市县区])(?:人民政府|政府|委)$/;
/** The government or committee after a place's unit: 磐石/县/人民政府. */
const GOVERNMENT_AFTER_UNIT = /^(?:人民政府|政府|委)/;

/** The mission a diplomat's title names: an embassy or a consulate-general. */
const MISSIONS: Record<string, string> = { 大使: '大使馆', 公使: '大使馆', 参赞: '大使馆', 公参: '大使馆', 武官: '大使馆', 临时代办: '大使馆', 总领事: '总领事馆', 领事: '总领事馆' };

/** Words that may stand before the 和 inside a ministry's or a school's name: 发展/vn 和 改革委员会, 住房/n 和 城乡建设部, 住房保障/v 和 房地产管理局, 自然资源/l 和 规划局, 水利/n 与 交通学院. */
const AND_HEAD_TAGS = new Set(['n', 'vn', 'nt', 'nz', 'j', 'v', 'l', 's']);
const GOVERNMENT_UNIT = /(?:委员会|部|局|厅|委|署|司|处|庭|办公室|联合会|协会|学院|研究院|研究所)$/;

/** Units that start an organization's name written without its place: 市财政局, 区政府. */
const UNIT_CHARS = new CharSet('省市区县州镇乡');
/** A district, county or city, or its Party committee, before its head's title: 区, 县委. */
const LOCAL_UNIT = /^[区县市]委?$/;
/** A bureau or division named by one character: 局, 处, 科, 室, 股. */
const DIVISIONS = new Set(['局', '处', '科', '室', '股']);
/** Those and a ministry's department, 司, where the title names the unit again: 司长, 副处长. */
const UNIT_OF_TITLE = new Set([...DIVISIONS, '司']);
/** A plant's units, named by their task whatever its tag: 冷轧/v 车间主任, 冷轧/v 厂 总经理. */
const WORKSHOPS = new Set(['车间', '分厂', '厂', '工段', '班组']);
/** Tags of the names whose 的 may stand between an organization and its title: places and bodies, not common nouns (市场的总监). */
const OWNER_TAGS = new Set(['ns', 'nt', 'nz', 'j']);
/** Nothing, or no word, or a place before a district's name: where that name may start an organization. */
const startsOrFollowsPlace = (t: Token | undefined): boolean => !t || !isCJKWord(t.word) || t.tag === 'ns';
/** Tags of words that name no task: function words and adverbs (此外/c, 随后/d, 其中/r 市/n 税务局). */
const NO_TASK_TAGS = new Set([...FUNCTION_WORD_TAGS, 'd']);
/** A word that names an office's or a division's task, whatever its tag (口岸/s, 抽检/v, 建/v). */
const isTask = (t: Token | undefined, evenStopWords = false): boolean => !!t && isCJKWord(t.word) && (evenStopWords || !ORG_STOP.has(t.word)) && !NAME_TAGS.has(t.tag ?? '') && !NO_TASK_TAGS.has(t.tag ?? '');

/** Whether text[start, end) is a company's name: one the dictionary knows, one with a company's suffix, or one word the segmenter took for a name (not a quoted phrase: “我们要做好”). */
function quotedName(text: string, start: number, end: number, idx: TokenIndex): boolean {
  const t = idx.at(start);
  return companyNameEndingAt(text, end) === start || /(?:公司|集团|股份|银行|证券|科技|控股)$/.test(text.slice(start, end)) || (t !== undefined && t.start === start && t.end === end && QUOTED_NAME_TAGS.has(t.tag ?? ''));
}
const QUOTED_NAME_TAGS = new Set(['nz', 'nt', 'j', 'x', 'eng', 'nrt']);
/** The opening quote of each closing one, and the quotes around a quoted organization. */
const OPENING_QUOTE: Record<string, string> = { '”': '“', '」': '「', '』': '『', '"': '"' };
const QUOTES_AROUND = /^[“「『"]|[”」』"]$/g;

/** A ministry's or an administration's department of two tasks right before the title: 国家医保局/医药价格和招采司. */
const DEPARTMENT_OF_TWO = /(?:部|局|委|署)([\u4e00-\u9fff]{2,8}?[和与及][\u4e00-\u9fff]{2,8}?司)$/;
/** A society or an institute named by two tasks, the last of its words before the title: (中国企业)改革与发展研究会. */
const BODY_OF_TWO = /[\u4e00-\u9fff]{2}[和与][\u4e00-\u9fff]{2,6}?(?:研究会|研究院|研究所|促进会|协会|学会|联合会|基金会)$/;

/** Where the organization words before the title at `cs` start (`cs` when there are none), not before `floor`. */
export function orgStart(text: string, cs: number, idx: TokenIndex, floor = 0): number {
  // A quoted organization right before the title is the organization whole: 「腾讯」总裁, “迈瑞医疗”董事长.
  const open = OPENING_QUOTE[text[cs - 1] ?? ''];
  const quoted = open ? text.lastIndexOf(open, cs - 2) : -1;
  if (quoted >= floor && cs - quoted <= 14 && quotedName(text, quoted + 1, cs - 1, idx)) return quoted;
  // A ministry's department named by two tasks (医药价格和招采司, 新能源和可再生能源司), whatever the segmenter made
  // of them: the department whole, and the ministry before it.
  const department = DEPARTMENT_OF_TWO.exec(text.slice(Math.max(floor, cs - 20), cs));
  if (department) return orgStart(text, cs - department[1]!.length, idx, floor);
  const body = BODY_OF_TWO.exec(text.slice(Math.max(floor, cs - 12), cs));
  if (body) return orgStart(text, cs - body[0].length, idx, floor);
  let start = cs;
  let j = idx.indexAt(cs - 1);
  const first = idx.tokens[j];
  if (first && first.end > cs) {
    // The title began inside a token (济南市委/nt 书记): its head is the organization; a bureau's or
    // division's 局 or 处, or a plant's 车间, with the up to four characters of its task before it, whatever their tags
    // (抽检/v 处处长/v, 区住/x 建/v 局局长/n, 区/发/v 改/v 局局长, 冷轧/v 车间主任).
    // …unless the head is a function character glued to it (会议由主/x 任何/r 东晓): no organization.
    if (cs - first.start === 1 && GLUE.at(text, first.start)) return cs;
    start = first.start;
    j--;
    if ((cs - first.start === 1 && DIVISIONS.has(text[first.start]!)) || WORKSHOPS.has(text.slice(first.start, cs))) {
      while (j >= 0 && isTask(idx.tokens[j]) && first.start - idx.tokens[j]!.start <= 4) start = idx.tokens[j--]!.start;
    }
  } else if (first && first.start === cs - 1 && UNIT_OF_TITLE.has(text[cs - 1]!) && text.slice(cs, cs + 3).includes(text[cs - 1]!)) {
    // …and so when the segmenter left the unit alone, its title naming it again (投资/vn 审议/v 司/nr 司长, 抽检/v 处/n 副处长),
    // whatever words of its task would stop the walk elsewhere (审议, of a meeting's agenda).
    start = first.start;
    j--;
    while (j >= 0 && isTask(idx.tokens[j], true) && first.start - idx.tokens[j]!.start <= 4) start = idx.tokens[j--]!.start;
  }
  // A place's or a named body's 的 before the title (济南市/的/市长): the organization is before it.
  if (start === cs && idx.tokens[j]?.word === '的' && OWNER_TAGS.has(idx.tokens[j - 1]?.tag ?? '')) start = idx.tokens[j--]!.start;
  for (; j >= 0; j--) {
    const t = idx.tokens[j]!;
    if (cs - t.start > 24) break;
    // The verb before the organization, glued onto its first character (任县/r 商务局 副局长): it starts there.
    if (t.start < floor && t.end > floor) {
      start = floor;
      break;
    }
    // A bracket inside the name (雪花啤酒(济南)有限公司) or a stock code after it (紫金矿业(601899)), or the company's
    // Latin name before its unit (通用汽车（GM）中国公司; right before the title it ends the organization: 微软（Microsoft）董事长).
    const bracket = t.word === ')' || t.word === '）' ? IN_BRACKETS.exec(text.slice(Math.max(0, t.end - 34), t.end)) : null;
    if (bracket && !(t.end === cs && /[A-Za-z]/.test(bracket[0]))) {
      start = t.end - bracket[0].length;
      j = idx.indexAt(start);
      continue;
    }
    // A company the dictionary knows is the organization whole, however the segmenter cut it (南方/f 航空, 台积/x 电).
    const known = companyNameEndingAt(text, t.end);
    if (known >= 0 && known <= t.start && idx.isBoundary(known)) {
      start = known;
      j = idx.indexAt(known);
      continue;
    }
    // 和 or 及 inside a ministry's or bureau's name: 国家发展和改革委员会, 文化体育及旅游局, 口岸/s 和物流办公室 (not 王刚和财政部).
    const head = idx.tokens[j - 1];
    // (The unit may be the title's first character: 外交/与/对外/经济部长, a ministry's 部长.)
    // (Not a meeting's agenda: 听取和审查/省财政厅厅长.)
    // (…before a former title's 原 too: 工业和信息化部原副部长.)
    const unitEnd = text[cs - 1] === '原' || text[cs - 1] === '前' ? cs - 1 : cs;
    if ((t.word === '和' || t.word === '及' || t.word === '与') && head && head.word.length >= 2 && AND_HEAD_TAGS.has(head.tag ?? '') && !ORG_STOP.has(head.word) && (GOVERNMENT_UNIT.test(text.slice(t.end, unitEnd)) || GOVERNMENT_UNIT.test(text.slice(t.end, cs + 1)))) {
      start = head.start; // the word before 和 too, whatever walks on from there (住房/保障/v 和)
      j--;
      continue;
    }
    // A name the segmenter glued to 与 or 和 (市长/王永与/x 胜利油田执行董事) is another person: the organization starts after it.
    // (…or its last character, after the rest of it: 董事长/胡楚/x 天及/x 武汉市…管委会副主任.)
    if (t.tag === 'x' && /[与和及]$/.test(t.word) && (t.word.length >= 3 || (t.word.length === 2 && NAME_TAGS.has(idx.tokens[j - 1]?.tag ?? '')))) break;
    // A function character or a stop word glued onto the unit an organization starts with (据市/x 财政局, 经区/x 政府,
    // 另据市/x 财政局, 由省/x 能源局): the organization starts after it.
    const unit = t.end - 1;
    if (t.tag === 'x' && UNIT_CHARS.at(text, unit) && ((t.word.length === 2 && GLUE.at(text, t.start)) || ORG_STOP.has(text.slice(t.start, unit)))) {
      start = unit;
      break;
    }
    // (…and so does the 由 of a change of post, whatever the segmenter glued to it: 法定代表人由德籍/x 总经理;
    // and 原, former, a function character glued onto it: 受原/x 党委书记.)
    if (gluedBy(t) || (t.tag === 'x' && t.word.length === 2 && t.word[1] === '原' && FUNCTION_HEAD.test(t.word))) break;
    // A pronoun or a function character the segmenter glued onto the organization (其前/x 首席执行官, 完成/后星澜/x 通信):
    // the organization starts after it, and a stop word there leaves none.
    if (t.tag === 'x' && t.word.length >= 2 && GLUED_BEFORE_ORG.at(text, t.start) && !UNIT_CHARS.at(text, t.end - 1)) {
      start = ORG_STOP.has(t.word.slice(1)) ? start : t.start + 1;
      break;
    }
    // An office named by its task and 办 (口岸/s 办/v, 扫黑/v 办, 住房/保障/v 办, 网信/x 办, before its bureau too: 网信/x 办/v 网络管理技术局): the task is the office's
    // name; so is a district's or its Party committee's name, whatever its tag (即墨/v 区/n 区长, 即墨/v 区委 常委),
    // and inside the organization where the name starts it or follows a place (滨州市/沾化/v 区/富源街道).
    const task = idx.tokens[j - 1];
    const unitAt = t.end === cs || t.word === '办' || (LOCAL_UNIT.test(t.word) && startsOrFollowsPlace(idx.tokens[j - 2]));
    if ((t.word === '办' || LOCAL_UNIT.test(t.word) || WORKSHOPS.has(t.word)) && unitAt && task && task.word.length >= 2 && (isTask(task) || (t.word === '办' && task.tag === 'x' && isCJKWord(task.word)))) {
      start = idx.tokens[--j]!.start;
      continue;
    }
    // 原 (former) right before the title is passed over (株洲市人民政府/原/副市长, 中国银行/前任/行长); before an organization it ends the walk.
    const former = (FORMER_WORDS.has(t.word) || NTH_HOLDER.test(t.word)) && start === cs;
    // 兼 (and) between two titles of one person ends it, glued to the first title too (副/总裁兼/j 跑步事业部总经理).
    // A direction starts the name: the walk ends with it.
    if (ORG_DIRECTIONS.has(t.word)) {
      start = t.start;
      break;
    }
    // A party's role in a case (管理/vn 人/n, 投资/人) is no part of the organization after it.
    if (isPartyPerson(idx, j)) break;
    // A mission abroad is its country's, stationed in a place (中国/驻/美国 大使, 匈牙利/驻/上海 总领事馆): 驻 and the country before it are the mission's.
    // (…or the government's: 中央人民政府/nt 驻/v 澳门特区联络办公室.)
    if (t.word === '驻' && start < cs) {
      start = t.start;
      if (idx.tokens[j - 1]?.tag === 'ns' || idx.tokens[j - 1]?.word.endsWith('政府')) start = idx.tokens[--j]!.start;
      break;
    }
    // A dash between two places inside a body's name (中国—东盟研究院, 中国-中亚合作论坛): the name goes on before it.
    if ((t.word === '—' || t.word === '-') && start === t.end && idx.tokens[j - 1]?.tag === 'ns' && PLACE_AFTER_DASH.has(idx.tokens[j + 1]?.tag ?? '')) {
      start = t.start;
      continue;
    }
    // An adjective of one character the segmenter cut off an unknown name is the name's (新/a 发地/x 市场统计部).
    if (t.tag === 'a' && t.word.length === 1 && start === t.end && idx.tokens[j + 1]?.tag === 'x') {
      start = t.start;
      break;
    }
    // …and one after a province or a city starts a body's name (贵州省/大/a 数据发展管理局).
    if (t.tag === 'a' && t.word.length === 1 && start === t.end && isProvinceOrCity(idx.tokens[j - 1]?.word ?? '')) {
      start = t.start;
      continue;
    }
    // A society's field, whatever its tag, before its kind (中国/烹饪/v 协会): a word of its name.
    if (t.word.length >= 2 && isCJKWord(t.word) && !ORG_STOP.has(t.word) && start === t.end && BARE_BODY.test(text.slice(start, cs))) {
      start = t.start;
      continue;
    }
    // (…and the number of a numbered bureau: 中铁/十一/m 局.)
    if (!former && (!(ORG_TAGS.has(t.tag ?? '') || ORG_VERBS.has(t.word) || ORDINAL.test(t.word) || (BUREAU_NUMBER.test(t.word) && text[t.end] === '局')) || ORG_STOP.has(t.word) || t.word.endsWith('兼') || ENDS_WITH_COPULA.test(t.word) || !WORDLIKE.test(t.word))) break;
    start = t.start;
  }
  // A registered name is the organization whole where the walk stopped inside it (江南/ns 新/a 材料/n 股份有限公司).
  // (山东能/投水电开发有限公司/原/董事长: before a former title too.)
  const nameEnd = text[cs - 1] === '原' ? cs - 1 : cs;
  const registered = start < nameEnd && text.endsWith('公司', nameEnd) ? suffixNameAt(text, nameEnd, idx) : undefined;
  if (registered && registered.start < start) start = registered.start;
  start = townNameStart(text, start, cs, idx);
  // A firm's name the walk stopped in before its 事务所, back to the pause before it (、天/q 册/q 律师事务所).
  if (FIRM.test(text.slice(start, cs))) {
    const name = FIRM_NAME.exec(text.slice(Math.max(floor, start - 6), start));
    if (name) start -= name[0].length;
  }
  // A stock name under special treatment keeps its star (*ST高鸿).
  if (text.startsWith('ST', start) && (text[start - 1] === '*' || text[start - 1] === '＊')) start--;
  start = Math.max(start, floor);
  // A bracket the walk began with is not part of the organization: (济南)有限公司.
  if (text[start] === '(' || text[start] === '（') start = text.indexOf(text[start] === '(' ? ')' : '）', start) + 1;
  return start;
}
/** A law or an accounting firm's kind, and its name of two to six characters after a pause or the start of a line. */
const FIRM = /^(?:律师|会计师)事务所$/;
const FIRM_NAME = /(?<=^|[、，,：:；;\n])[\u4e00-\u9fff]{2,6}$/;
/** A pronoun or a function character before an organization: 其, 后 (交易完成后), 在, 对, 由; 原, former (原国网/x 山东省电力公司); 兼, a second post (兼顺丰/x 国际CEO). */
const GLUED_BEFORE_ORG = new CharSet('其后前在对由向据原兼');

/** A district's, a town's, a street's or a village's unit at the end of an organization, or a town's starting its title (镇党委书记); a county may have a name of one character (曹县). */
const TOWN_UNIT = /(?:新片区|新区|片区|区|镇|乡|街道|村|社区)$/;
const TOWN_TITLE = /^(?:镇|乡|街道|村|社区)/;

/**
 * A district's, new area's, town's or street's name the segmenter cut into words the walk stops at (增/v 城区/n, 贵/a 安/v 新区, 七里/m 山/n 街道,
 * 大/a 集/镇党委书记, 胜/v 坨/v 镇, 人/n 和/c 街道): such a name has two or three characters, so the
 * organization starts as many characters back, over words of one or two characters.
 */
function townNameStart(text: string, start: number, cs: number, idx: TokenIndex): number {
  const org = text.slice(start, cs);
  const unit = TOWN_UNIT.exec(org)?.[0] ?? (TOWN_TITLE.test(text.slice(cs, cs + 2)) ? '' : undefined);
  if (unit === undefined || !org) return start;
  const nameEnd = cs - unit.length;
  let from = start;
  for (let j = idx.indexAt(from - 1); j >= 0 && nameEnd - from < 2; j--) {
    const t = idx.tokens[j]!;
    // (A character tagged as a name is the town's first after a pause, where no person's name stands: 刘红、麦/nr 积/v 区/n 副区长.)
    const nameAfterPause = t.word.length === 1 && !isCJKWord(idx.tokens[j - 1]?.word ?? '、');
    if (t.end !== from || !isCJKWord(t.word) || t.word.length > 2 || ORG_STOP.has(t.word) || (NAME_TAGS.has(t.tag ?? '') && !nameAfterPause) || t.tag === 'p' || nameEnd - t.start > 3) break;
    from = t.start;
  }
  // A county's or city's name right before a character that starts the town's (肥东县/长/a 临河/ns 镇): 县长 there is no title.
  const lone = idx.at(from - 1);
  const county = lone && lone.end === from && lone.word.length === 1 ? idx.at(lone.start - 1) : undefined;
  if (lone && county && county.end === lone.start && county.tag === 'ns' && /[县市区]$/.test(county.word) && isCJKWord(lone.word) && !ORG_STOP.has(lone.word) && !NO_TASK_TAGS.has(lone.tag ?? '')) from = lone.start;
  return nameEnd - from >= 2 ? from : start;
}

/** Words that say when a title was held: 原, 前 and 前任 (former), 时任 (then), 现任 (now). */
const FORMER_WORDS: ReadonlySet<string> = new Set(['原', '前', '前任', '时任', '现任']);
/** One of them (or which holder one is: 宏达纸业第三任董事长) alone or after an organization of two characters or more: 原党委书记, 贵州省政协原, 济南原 (not 中原). */
const FORMER = new RegExp(`(?:^|(?<=[\\u4e00-\\u9fff]{2}))(?:${[...FORMER_WORDS].join('|')}|${NTH_HOLDER.source.slice(1, -1)})$`);
const GOVERNMENT_BODY = /(?:政府|委员会|人大|政协|党委|办公室|管委会)$/;
/** A bracketed place, 集团, stock code or Latin name at the end of a text: (济南), （集团）, (601899.SH), (00388), 通用汽车（GM）. */
const IN_BRACKETS = /[(（](?:[\u4e00-\u9fff]{1,6}|[\d０-９]{4,6}(?:\.[A-Z]{2})?|[A-Z][A-Za-z0-9 .&'-]{0,30})[)）]$/;
export const STOCK_CODE = /[(（][\d０-９]{4,6}(?:\.[A-Z]{2})?[)）]$/;
const BRACKET_AT_END = /[(（]([\u4e00-\u9fff]{2,8})[)）]$/;

/** Without the short name written after an organization's name: 洛阳栾川钼业集团股份有限公司（洛阳钼业）, 日本经济团体联合会（经团联）; not 大众汽车集团（中国）. */
function withoutShortName(org: string): string {
  const m = BRACKET_AT_END.exec(org);
  const full = m ? org.slice(0, m.index) : '';
  return m && writtenInOrder(m[1]!, full) ? full : org;
}

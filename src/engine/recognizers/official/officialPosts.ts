import { ANALYST_FIRM_END } from '../../dict/positions';
import { companyNameEndingAt } from '../company/registeredName';
import { GLUE, isCJKWord } from './names';
import { orgOf, orgStart } from './titleOrg';
import { CharSet } from '../text/charSet';
import { foreignCountryLength, isForeignCountry } from '../company/nameWords';
import { TokenIndex } from '../text/tokenIndex';
import { containsTitle, JOINERS, titleBefore } from './officialTitles';

// An official's post, read from the words before the name: the title and the organization it is of
// (济南市委书记: 书记 of 济南市委), a former or acting mark kept out of both, a minister's portfolio,
// an analyst's sector, and the office a name in address follows (广东省商务厅张国华厅长).

/** How a post is held, said before its title and kept in it: 原, 前, 前任 (former), Hong Kong's 署理 (acting). */
export const HOLDING_MARK = '(?:原|前任?|署理)';
export const HOLDING_AT_END = new RegExp(`${HOLDING_MARK}$`);
const HOLDING_AT_START = new RegExp(`^${HOLDING_MARK}`);
/** The holding marks that say a post is no longer held. */
const FORMER = /^(?:原|前任?)$/;

/** Last characters of offices and bodies, never of a person's name: 宣传部, 办公室, 统计局. */
export const OFFICE_END = new CharSet('部局委办厅处室署');

/**
 * A public office or body written right before a name and its title of address (广东省商务厅张国华厅长,
 * 中国汽车工业协会陈士华副秘书长): the organization of that title. Not a word that is no such name.
 */
export function officeBefore(text: string, p: number, title: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): string | undefined {
  // (On a copy of the places named so far: orgOf records a unit's place, and a rejected reading must not.)
  const org = orgOf(text, p, title, idx, new Map(lastOrgByUnit));
  return org.length >= 3 && text.endsWith(org, p) && ORGANIZATION_END.test(org) ? org : undefined;
}

/** A post held at the time told of, or before it: 时任, 原. */
export const HELD_THEN = /^(?:时任|原任|曾任|现任|原|前)/;

/** A unit of an organization written between two titles of one person: 云与智慧产业事业群 in 腾讯公司高级执行副总裁、云与智慧产业事业群CEO, the region 中国 in 阿斯利康执行副总裁、中国总裁, 管委会 in 东湖高新区党工委书记、管委会主任, 村委会 in 长泾村党支部书记兼村委会主任, a line of business, 国际业务 in 阿斯利康全球执行副总裁、国际业务总裁. */
const UNIT_ORG = /(?:事业群|事业部|军团|工作室群|工作室|部门|总部|项目|组织部|宣传部|统战部|[A-Z]?B[GU]|管委会|管理委员会|人大常委会|政协|村委会|居委会|村民委员会|居民委员会|审判委员会|检察委员会|女工委|工会|办公室|区域|管委|[\u4e00-\u9fff]{2}业务)$|^(?:中国|全球|亚太|大中华)区?$/;

/**
 * The whole title and the organization of a titled name. When the organization before the last
 * title is a unit and another title precedes it (腾讯公司高级执行副总裁、云与智慧产业事业群CEO汤道生),
 * the title runs from that one and the organization is the one before it (腾讯公司).
 */
/** A unit before another, joined to it, under one title: 国际业务及 in 国际业务及中国总裁. */
const JOINED_UNIT = /(?:[\u4e00-\u9fff]{2}业务|中国|全球|亚太|大中华)区?[及和与]$/;

export function titleAndOrg(text: string, titled: { start: number; end: number }, idx: TokenIndex, lastOrgByUnit: Map<string, string>): { title: string; org: string } {
  const written = postAt(text, titled, idx, lastOrgByUnit);
  // (A company's line of work alone before a title is the title's, the company unsaid: 运营高级副总裁, 产品副总裁.)
  const post = COMPANY_FUNCTION.test(written.org) ? { title: written.org + written.title, org: '' } : withPortfolio(text, titled.start, written);
  // A former or an acting post says so in its title, as the article does (原黄石市市长 → 原市长, 黄石市;
  // 署理财政司司长 → 署理司长), so a hover never shows it as held. (The title may start before this one: 前百度总裁、微软全球执行副总裁.)
  const titleAt = text.endsWith(written.title, titled.end) ? titled.end - written.title.length : titled.start;
  // (…the organization may share its last character with the title: 前经济部长 is 经济部's 部长.)
  const orgAt = [titleAt - written.org.length, titleAt + 1 - written.org.length].find((at) => at >= 0 && text.startsWith(written.org, at));
  const mark = holdingBefore(text, titleAt, idx) ?? (written.org && orgAt !== undefined ? holdingBefore(text, orgAt, idx) : undefined);
  // A former post of another organization after a present one is no longer held: the present one is the person's
  // (中国围棋协会名誉主席、国家围棋队原总教练聂卫平 → 名誉主席, 中国围棋协会).
  const postStart = mark && written.org ? titleAt - mark.length - written.org.length : -1;
  if (postStart > 0 && FORMER.test(mark!) && text.startsWith(written.org, postStart) && JOINERS.has(text[postStart - 1]!)) {
    const earlier = titleBefore(text, postStart - 1);
    const present = earlier && titleAndOrg(text, earlier, idx, lastOrgByUnit);
    if (present && !HOLDING_AT_START.test(present.title)) return present;
  }
  const region = autonomousRegionPost(text, post);
  // (A letter-spaced title is shown closed up: 审　判　长 → 审判长.)
  return { ...region, title: (mark ?? '') + region.title.replace(LETTER_SPACE, '') };
}
/** A space between two Chinese characters of a title. */
const LETTER_SPACE = /(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g;

/** The autonomous regions by the names their press gives them, and their full names. */
const AUTONOMOUS_REGIONS: Readonly<Record<string, string>> = { 广西: '广西壮族自治区', 内蒙古: '内蒙古自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区' };
const AUTONOMOUS_REGION = new RegExp(Object.keys(AUTONOMOUS_REGIONS).join('|'));

/**
 * 自治区 alone before a title is the unit the title names, as 省 of 省委书记 is (自治区党委书记, 自治区主席), and the
 * organization the region the article names: 广西 … 自治区党委书记覃立新 → title 自治区党委书记, org 广西壮族自治区.
 */
function autonomousRegionPost(text: string, post: { title: string; org: string }): { title: string; org: string } {
  if (post.org !== '自治区') return post;
  const named = AUTONOMOUS_REGION.exec(text)?.[0];
  return { title: '自治区' + post.title, org: named ? AUTONOMOUS_REGIONS[named]! : '' };
}

/** A company's line of work, which is no organization: 运营, 产品, 技术, 市场. */
const COMPANY_FUNCTION = /^(?:运营|产品|技术|市场|销售|研发|财务|人力资源|法务|战略|品牌|营销|供应链|设计|工程)$/;

/**
 * 原, 前 or 前任 (former), or Hong Kong's 署理 (acting), ending at `at`: a word of its own or the
 * start of one (原副/x 部长), not the end of 会前 or 此前.
 */
function holdingBefore(text: string, at: number, idx: TokenIndex): string | undefined {
  const word = HOLDING_AT_END.exec(text.slice(Math.max(0, at - 2), at))?.[0];
  if (!word) return undefined;
  // (…or glued onto the end of the company's name: 台积/x 电前/x 董事长.)
  const tok = idx.at(at - word.length);
  // (…or onto the end of an office's name: 工业和信息化/部原/x 部长.)
  // (…or after a function character glued onto it: 对原/x 总裁, 因原/x 行长.)
  const glued = tok?.tag === 'x' && tok.end === at && (companyNameEndingAt(text, at - word.length) >= 0 || (tok.word.length === word.length + 1 && (OFFICE_END.at(text, tok.start) || GLUE.at(text, tok.start) || text[tok.start] === '因')));
  return tok?.start === at - word.length || glued ? word : undefined;
}

/**
 * A minister's or a commissioner's portfolio is the title's, the country or the union the organization
 * (日本/经济产业大臣, 欧盟/竞争事务专员), a portfolio of two tasks whole (西班牙/工业和旅游大臣).
 */
function withPortfolio(text: string, cs: number, post: { title: string; org: string }): { title: string; org: string } {
  const at = cs - post.org.length;
  // (A longer title that ends in one only after a portfolio of two tasks: 贸易和经济/安全专员.)
  const tasks = TASK_AND.test(text.slice(at - 3, at));
  if (!(PORTFOLIO_TITLE.test(post.title) || (tasks && PORTFOLIO_TITLE_END.test(post.title))) || !text.startsWith(post.org, at)) return post;
  let org = post.org;
  // (The organization's walk stopped at the 和 of two tasks: 西班牙工业/和/旅游.)
  if (tasks && !foreignCountryLength(org)) {
    const country = [2, 3, 4].find((n) => text.slice(at - 3 - n, at - 3) === '欧盟' || isForeignCountry(text.slice(at - 3 - n, at - 3)));
    if (country) org = text.slice(at - 3 - country, at) + org;
  }
  const home = org.startsWith('欧盟') ? 2 : foreignCountryLength(org);
  const portfolio = org.slice(home);
  return portfolio.length >= 2 && portfolio.length <= 9 && isCJKWord(portfolio) ? { title: portfolio + post.title, org: org.slice(0, home) } : post;
}
const PORTFOLIO = '(?:大臣|专员)';
const PORTFOLIO_TITLE = new RegExp(`^${PORTFOLIO}$`);
/** …with the last word of the portfolio the positions list read into it (安全专员). */
const PORTFOLIO_TITLE_END = new RegExp(`${PORTFOLIO}$`);
const TASK_AND = /^[\u4e00-\u9fff]{2}[和与]$/;

/** titleAndOrg's title and organization, a former mark left out. */
function postAt(text: string, titled: { start: number; end: number }, idx: TokenIndex, lastOrgByUnit: Map<string, string>): { title: string; org: string } {
  const title = text.slice(titled.start, titled.end);
  const org = orgOf(text, titled.start, title, idx, lastOrgByUnit);
  // An analyst's sector is the title's, not the firm's: 华创证券/医药首席分析师.
  const orgAt = titled.start - org.length;
  if (ANALYST.test(title) && text.startsWith(org, orgAt) && companyNameEndingAt(text, titled.start) !== orgAt) {
    for (let k = titled.start - 2; k >= orgAt + 2; k--) {
      // (…a firm by its name or, unknown, by its kind: 华鑫证券/纺织服装首席分析师.)
      const firm = companyNameEndingAt(text, k) === orgAt || namedFirm(text.slice(orgAt, k));
      if (firm && SECTOR.test(text.slice(k, titled.start))) return { title: text.slice(k, titled.end), org: text.slice(orgAt, k) };
    }
    // (…the firm before its Latin name or code in brackets: 华泰证券（HTSC）/固定收益首席分析师.)
    const sector = SECTOR_AFTER_BRACKET.exec(text.slice(Math.max(0, titled.start - 7), titled.start));
    const close = sector ? titled.start - sector[1]!.length : -1;
    const bracket = close > 0 ? BRACKETS_ENDING.exec(text.slice(Math.max(0, close - 26), close)) : null;
    const open = bracket ? close - bracket[0].length : -1;
    const firm = open >= 0 ? companyNameEndingAt(text, open) : -1;
    if (firm >= 0) return { title: sector![1]! + title, org: text.slice(firm, open) };
  }
  // (…and where the organization's walk left a sector out: 中金公司/交通运输行业/首席分析师, 华泰证券/非银金融/首席分析师.)
  const gap = org ? text.slice(Math.max(0, titled.start - org.length - 8), titled.start) : '';
  const sectorAt = ANALYST.test(title) && gap.includes(org) ? gap.lastIndexOf(org) + org.length : -1;
  if (sectorAt >= 0 && SECTOR.test(gap.slice(sectorAt))) return { title: gap.slice(sectorAt) + title, org };
  const unit = UNIT_ORG.test(org);
  // (The organization as the text writes it, where its place completes it: 市公安局 of 上海市公安局.)
  const writtenAt = (w: string) => titled.start >= w.length && text.startsWith(w, titled.start - w.length);
  let written = org;
  while (written.length > 2 && !writtenAt(written)) written = written.slice(1);
  if (!org || !writtenAt(written)) return { title, org };
  // The unit's name may start with words the walk stops at (云/与/智慧产业事业群): a joiner a few characters back.
  const unitStart = unit ? orgStart(text, titled.start, idx) : titled.start - written.length;
  // (…and a unit joined to another before it that the title also heads: 国际业务及中国总裁.)
  const from = unitStart - (unit ? (JOINED_UNIT.exec(text.slice(Math.max(0, unitStart - 6), unitStart))?.[0].length ?? 0) : 0);
  // (A unit's name may begin with words the walk stops at too: 、政务/一网通/i 军团CEO.)
  const back = unit ? 10 : 4;
  const joint = text.slice(Math.max(0, from - back), from).search(unit ? /[、兼][^、兼，,。\s]{0,6}$/ : /[、兼][^、兼，,。\s]*$/);
  const at = joint < 0 ? -1 : Math.max(0, from - back) + joint;
  const earlier = at >= 0 ? titleBefore(text, at) : undefined;
  if (!earlier) return { title, org };
  const first = orgOf(text, earlier.start, text.slice(earlier.start, at), idx, lastOrgByUnit);
  // Another organization's post before this one is the same person's first (国家统计局新闻发言人、国民经济综合统计司司长付凌晖;
  // 长城汽车副总裁、海外营销公司总经理): the organization is the first post's, the title runs from it. Not where the
  // first post has no organization (全国人大代表、), or what stands before it is not one but a person (王广善总经理、, 副总经理王广善总经理、).
  // (Nor where the second post is of another time: 原工商银行行长、现任农业银行董事长.)
  if (!unit && !(first && (ORGANIZATION_END.test(first) || companyNameEndingAt(text, earlier.start) >= 0) && !containsTitle(text, earlier.start - first.length, earlier.start) && !HELD_THEN.test(text.slice(at + 1, at + 3)))) return { title, org };
  return { title: text.slice(earlier.start, titled.end), org: first };
}

/** How the name of a body, an office or a place ends: 国家统计局, 中央军委, 济南市. */
const ORGANIZATION_END = /(?:[局部委司署办厅院会处所省市县区州旗镇乡村]|中心|中央|总部|公司|集团|银行|证券|保险)$/;

/** An analyst's title, which a sector may open: 医药首席分析师, 宏观研究员, 外汇分析师, 首席英国经济学家. */
const ANALYST = /(?:分析师|研究员|经济学家|策略师)$/;
/** An unknown firm by its kind, after a name of its own: 华鑫证券 (not 证券 alone). */
function namedFirm(org: string): boolean {
  const kind = ANALYST_FIRM_END.exec(org)?.[0];
  return kind !== undefined && /[\u4e00-\u9fff]{2}$/.test(org.slice(0, -kind.length));
}
/** A sector named before it: 医药, 电力公用, 农业; not a unit (研究所, 金融市场部) nor a legal form (有限公司). */
const SECTOR = /^[\u4e00-\u9fff]{2,6}$(?<![所院部室处中心]|公司)/;
const SECTOR_AFTER_BRACKET = /[)）]([\u4e00-\u9fff]{2,6})$(?<![所院部室处中心])/;
const BRACKETS_ENDING = /[(（][^()（）]{1,24}[)）]$/;

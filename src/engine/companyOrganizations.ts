import { CharSet } from './recognizers/text/charSet';
import { LATIN_NAME } from './recognizers/company/companyCanonical';
import { LIST_PAUSE } from './recognizers/official/official';
import { HOLDING_MARK } from './recognizers/official/officialPosts';
import { BARE_COMPANY, DESCRIBING, FORMER_MARK, TITLE_AT, TITLE_NOTE } from './recognizers/official/officialTitles';
import { APPOINTING } from './recognizers/official/postVerbs';
import { paragraphStart, sentenceStart } from './recognizers/text/sentences';
import type { Candidate } from './recognizers/types';

// An official's organization from the companies the COMPANY recognizer found, after all recognizers
// have run: the company right before the title, a company's unit before it, the company a bare
// 公司 or 集团 before the title refers to, the article's own company, and the company a listed post
// (独立董事, 董秘) or an appointment belongs to.

/**
 * An official's organization is the company found right before the title, whole: the OFFICIAL
 * recognizer reads the organization from the tokens before the title and stops where the segmenter
 * cut a name oddly (以/p 岭药业股份有限公司董事长), where the COMPANY recognizer has the whole name.
 * A titled mention takes the company before its own title (海螺水泥董事长杨军 … 海螺集团董事长杨军:
 * each its own); every other mention of that official the longest of them, the registered name
 * where the article gives it (宁德时代董事长曾毓群 … 宁德时代新能源科技股份有限公司董事长曾毓群 … 曾毓群表示).
 */
export function withCompanyOrganizations(found: readonly Candidate[], text: string): void {
  const companyEndingAt = new Map<number, Candidate>();
  for (const c of found) if (c.label === 'COMPANY' && c.start < (companyEndingAt.get(c.end)?.start ?? Infinity)) companyEndingAt.set(c.end, c);
  /** The company whose name ends before a bracket that ends at `at`: 浙江省能源集团有限公司（浙能集团）. */
  const bracketed = (at: number) => companyEndingAt.get(at - (BRACKET_BEFORE.exec(text.slice(Math.max(0, at - 42), at))?.[0].length ?? Infinity));
  const officials = found.filter((f) => f.label === 'OFFICIAL').sort((a, b) => a.start - b.start);
  // (Not a company inside an official's name, which overlap resolution drops: 振华 of 周振华.)
  const companies = found.filter((c) => c.label === 'COMPANY' && !officials.some((o) => o.start <= c.start && c.end <= o.end)).sort((a, b) => a.start - b.start);
  // A notice's issuer, which declares itself 公司 (上海城投控股股份有限公司（以下简称“公司”）): what a bare 公司 stands for throughout.
  const { issuer, issuerFrom } = issuerOf(companies, text);
  const article: ArticleCompanies = { text, companies, issuer, issuerFrom };
  const own = new Map<Candidate, string>();
  const fullest = new Map<string, string>();
  const withOrg = new Set(found.filter((c) => c.label === 'OFFICIAL' && c.attrs?.org).map((c) => text.slice(c.start, c.end)));
  // (The organization the OFFICIAL recognizer read as a company's unit, for the names listed after it: …投行业务负责人孙某、副总经理周某.)
  const unitOrgs = new Map<string, string>();
  for (const c of found) {
    const title = c.label === 'OFFICIAL' ? c.attrs?.title : undefined;
    if (typeof title !== 'string') continue;
    const orgless = !c.attrs?.org;
    // (A note in brackets may stand between the title and the name: 首席财务官（CFO）罗硕瀚; or the 由 of who takes it: 董事长由凌忠嫄接任.)
    const taken = text[c.start - 1] === '由' && text.endsWith(title, c.start - 1) ? 1 : 0;
    // (…or the 的 of a describing title and a nationality: 亚太区总裁的英国人戴维·米勒.)
    const described = text.endsWith(title, c.start) ? 0 : (DESCRIBED_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start))?.[0].length ?? 0);
    const titleEnd = c.start - taken - described - (TITLE_NOTE.exec(text.slice(Math.max(0, c.start - 12), c.start))?.[0].length ?? 0);
    const unit = companyUnitBefore(c, title, titleEnd, companyEndingAt, text);
    if (unit) {
      own.set(c, unit.org);
      unitOrgs.set(String(c.attrs!.org), unit.org);
      c.attrs!.title = unit.title;
      continue;
    }
    // A signature's or a registry box's company, title and name set apart by spaces (承董事会命 越秀地产股份有限公司 主席 林兆华).
    const spaced = orgless ? spacedCompanyBefore(c.start, title, companyEndingAt, text) : undefined;
    if (spaced) {
      own.set(c, text.slice(spaced.start, spaced.end));
      continue;
    }
    // A name addressed by the title after it is of the company right before the name (闻泰科技张学政董事长).
    const addressedBy = orgless && c.source === ADDRESSED && text.startsWith(title, c.end) ? companyEndingAt.get(c.start) : undefined;
    if (addressedBy) {
      own.set(c, text.slice(addressedBy.start, addressedBy.end));
      continue;
    }
    if (!text.startsWith(title, titleEnd - title.length)) {
      const named = orgless ? companyOfTitleElsewhere(article, c, title) : undefined;
      if (!named) continue;
      const org = text.slice(named.start, named.end);
      own.set(c, org);
      // (Its later mentions are the appointee's, unless a mention has an organization of its own:
      // 聘任项有志为副行长。…项有志表示.)
      const name = text.slice(c.start, c.end);
      if (c.source === APPOINTED && !withOrg.has(name)) fullest.set(name, org);
      continue;
    }
    // …有限公司（简称新澜股份）董事长: a bracket between the name and the title is the name's; so is
    // 原 or 前 (former) there: …有限公司原董事长, ，前首席执行官.
    const titleStart = titleEnd - title.length - (FORMER_MARK.at(text, titleEnd - title.length - 1) ? 1 : 0);
    // (…and its tenure there, 时任, 现任, 新任 or 拟任: 中国建筑集团有限公司新任董事长.)
    const tenured = titleStart - (TENURE_BEFORE.exec(text.slice(Math.max(0, titleStart - 2), titleStart))?.[0].length ?? Infinity);
    // Two posts at two organizations, the last named by a company after a pause (省人大代表、美的集团副总裁): the company's post is the one after its name.
    let second: Candidate | undefined;
    for (let e = titleStart + 2; e < titleEnd && !second; e++) {
      const k = companyEndingAt.get(e);
      if (k && k.start > titleStart && text[k.start - 1] === '、' && TITLE_AT.longestFrom(text, e) === titleEnd) second = k;
    }
    if (second) {
      own.set(c, text.slice(second.start, second.end));
      c.attrs!.title = text.slice(second.end, titleEnd);
      continue;
    }
    // (…its tenure after the bracket too: 浙江省能源集团有限公司（浙能集团）新任总经理.)
    let company = companyEndingAt.get(titleStart) ?? bracketed(titleStart) ?? companyEndingAt.get(tenured) ?? bracketed(tenured);
    // (…or a 的 between: 上海云岭科技有限公司的总经理, 速迈快递有限公司（下称“速迈快递”）的创始人.)
    if (!company && text[titleStart - 1] === '的') company = companyEndingAt.get(titleStart - 1) ?? bracketed(titleStart - 1);
    // A company whose name runs into the title read is the organization, and the title what follows its name
    // (招商证券/国际首席分析师: 招商证券国际, 首席分析师).
    const into = company ? undefined : [1, 2].map((k) => companyEndingAt.get(titleStart + k)).find((k) => k && k.start < titleStart && k.end < titleEnd);
    if (into) {
      company = into;
      c.attrs!.title = text.slice(into.end, titleEnd);
    }
    // 集团 after a registered name is the title's: the group's post at that company (友邦保险控股有限公司集团首席执行官).
    const group = !company && text.startsWith('集团', titleStart - 2) ? companyEndingAt.get(titleStart - 2) : undefined;
    if (group && text.endsWith('公司', group.end)) {
      company = group;
      c.attrs!.title = '集团' + title;
    }
    if (!company) {
      // A company's department alone before its executive's title (该行国际业务部总经理, 时任信贷部总经理) is the title's: the organization is the company.
      const org = String(c.attrs?.org ?? '');
      const department = DEPARTMENT.test(org) && text.endsWith(org, titleStart) && COMPANY_TITLE.test(title);
      if (orgless || department) {
        const at = titleStart - (department ? org.length : 0);
        // 长城汽车公告，公司董事长魏建军: the company a bare 公司 (该行, 集团) stands for; else the sentence's only one.
        const bare = BARE_ORG_BEFORE.exec(text.slice(Math.max(0, at - 3), at));
        // (时任 before the title is its holder's tenure: …有限公司及时任总经理吴立新, the company before 及; ；时任总经理钱立新.)
        const tenure = at - (TENURE_BEFORE.exec(text.slice(Math.max(0, at - 2), at))?.[0].length ?? 0);
        // (…or before 及其, and its, a stock code in brackets between: 紫晶存储（688086）及其时任董事长郑穆.)
        const joinAt = tenure < at && text[tenure - 1] === '及' ? tenure - 1 : text.endsWith('及其', tenure) ? tenure - 2 : -1;
        const joined = joinAt < 0 ? undefined : (companyEndingAt.get(joinAt) ?? bracketed(joinAt));
        // (A company the department's words start with is its own: 中信证券/研究部执行总经理.)
        const within = department ? companies.find((k) => k.start === at && k.end < titleStart) : undefined;
        const named = within ?? (bare ? companyBefore(article, at - bare[0].length, bare[0], title) : joined && COMPANY_TITLE.test(title) ? joined : soleCompanyOfSentence(article, tenure, title));
        if (named) {
          own.set(c, text.slice(named.start, named.end));
          if (department) c.attrs!.title = text.slice(within ? within.end : at, titleStart) + title;
        }
      }
      continue;
    }
    const org = text.slice(company.start, company.end);
    own.set(c, org);
    const name = text.slice(c.start, c.end);
    if (org.length > (fullest.get(name)?.length ?? 0)) fullest.set(name, org);
  }
  // A name listed after a titled one shares its title and its organization (副总经理吴海燕、欧阳明), and a company
  // title right after the previous official's name shares the company (公司董事长周立新、总经理陈雅琴及财务总监吴涛).
  let previous: Candidate | undefined;
  const ofCompany = new Set<Candidate>();
  for (const c of officials) {
    const title = String(c.attrs?.title ?? '');
    const listed = c.source === LISTED ? previous?.attrs?.title === title : previous !== undefined && ofCompany.has(previous) && COMPANY_TITLE.test(title) && LIST_PAUSE.test(text.slice(previous.end, c.start - title.length));
    const shared = listed && !c.attrs?.org ? previous?.attrs?.org : undefined;
    const org = own.get(c) ?? fullest.get(text.slice(c.start, c.end)) ?? shared ?? unitOrgs.get(String(c.attrs?.org));
    if (org && c.attrs) c.attrs.org = org;
    // (…and so is one the recognizer gave that company already: 董事长杨国栋、执行董事兼总经理孙慧敏、首席财务官何俊杰.)
    if (own.has(c) || ((shared || (c.attrs?.org && c.attrs.org === previous?.attrs?.org)) && ofCompany.has(previous!))) ofCompany.add(c);
    previous = c;
  }
  withListedPostsCompany(officials, article);
  withCompaniesInTurn(officials, companyEndingAt, text);
  // A mention with no organization of its own is of the one the first mention with one names (王娟表示 after 宝钢股份董事会秘书王娟).
  // (A foreign name's last part is the same person's: 萨提亚·纳德拉 … 纳德拉说.)
  const first = new Map<string, Candidate>();
  for (const c of officials) {
    const name = text.slice(c.start, c.end);
    for (const key of [name, name.slice(name.search(/[·•・][^·•・]*$/) + 1)]) if (c.attrs?.org && !first.has(key)) first.set(key, c);
  }
  for (const c of officials) {
    const named = first.get(text.slice(c.start, c.end));
    if (c.attrs && !c.attrs.org && named && samePost(c, named)) c.attrs.org = named.attrs!.org;
  }
  // …and so is a name in brackets right after another's, its Latin form (邝志明（Raymond Kwong）), whatever
  // the recognizer read before the title they share (德国安联集团首席执行官奥利弗·贝特（Oliver Bäte）: 安联集团).
  // (…its title too, where the Chinese name's took in a unit the recognizer read as the organization: 欧洲区总裁.)
  officials.forEach((c, i) => {
    const named = officials[i - 1];
    if (!c.attrs || !named?.attrs || c.start !== named.end + 1 || !'(（'.includes(text[named.end]!)) return;
    const title = String(c.attrs.title ?? '');
    if (title && title !== named.attrs.title && String(named.attrs.title ?? '').endsWith(title) && named.attrs.org) c.attrs.title = named.attrs.title;
    if (named.attrs.org && (!c.attrs.org || c.attrs.title === named.attrs.title)) c.attrs.org = named.attrs.org;
  });
  // A company title that names no company, in a sentence that names none, is of the company the article is about,
  // where its paragraph names it too and no other (…恒锐科技…⏎恒锐科技公告…独立董事陈敏、许江平发表意见).
  const ownNamed = companies.filter((k) => namedInChinese(k, text));
  for (const c of officials) {
    if (!c.attrs || c.attrs.org || !COMPANY_TITLE.test(String(c.attrs.title ?? ''))) continue;
    const sentence = sentenceStart(text, c.start);
    // (…or that names only the issuer, in a notice: 承董事会命 越秀地产股份有限公司 主席 林兆华 香港，…董事会成员包括执行董事林兆华、何晓彤及朱辉.)
    const named = companies.filter((k) => k.start >= sentence && k.start < c.start);
    if (named.some((k) => !issuer || companyKey(k, text) !== companyKey(issuer, text))) continue;
    // (A notice's post is its issuer's: 投资者联系人：董事会秘书宋建民.)
    if (issuer && issuerFrom <= c.start) {
      c.attrs.org = text.slice(issuer.start, issuer.end);
      continue;
    }
    const subject = articleSubject(ownNamed, c.start, text);
    const paragraph = paragraphStart(text, c.start);
    const inParagraph = companies.filter((k) => k.start >= paragraph && k.start < c.start);
    if (subject && inParagraph.length && inParagraph.every((k) => companyKey(k, text) === companyKey(subject, text))) c.attrs.org = text.slice(subject.start, subject.end);
  }
}

/**
 * Names listed after one title and taken in turn by 分别 are of the companies listed before the title, in the same
 * order (中信证券、华泰证券首席经济学家钟晓航、吴立群分别预计: 钟晓航 of 中信证券, 吴立群 of 华泰证券), as many as they are.
 */
function withCompaniesInTurn(officials: readonly Candidate[], companyEndingAt: ReadonlyMap<number, Candidate>, text: string): void {
  for (let i = 0, j = 0; i < officials.length; i = j + 1) {
    const first = officials[i]!;
    for (j = i; j + 1 < officials.length && officials[j + 1]!.attrs?.title === first.attrs?.title && LIST_JOINER.test(text.slice(officials[j]!.end, officials[j + 1]!.start)); j++);
    const title = String(first.attrs?.title ?? '');
    if (j === i || !title || !text.startsWith('分别', officials[j]!.end) || !text.endsWith(title, first.start)) continue;
    const inTurn: Candidate[] = [];
    for (let end = first.start - title.length, c; inTurn.length <= j - i && (c = companyEndingAt.get(end)); end = c.start - 1) {
      inTurn.unshift(c);
      if (!LIST_JOINER.test(text[c.start - 1] ?? '')) break;
    }
    if (inTurn.length === j - i + 1) inTurn.forEach((c, k) => (officials[i + k]!.attrs!.org = text.slice(c.start, c.end)));
  }
}
const LIST_JOINER = /^[、和及与]$/;

/**
 * Titled names listed one after another, none with an organization (，主席蔡崇信、首席执行官吴泳铭出席): a
 * board's list. Where one holds a company title and the list opens its clause, all are of the
 * sentence's only company, as one such title alone would be (soleCompanyOfSentence).
 */
function withListedPostsCompany(officials: readonly Candidate[], article: ArticleCompanies): void {
  const { text } = article;
  const titleStart = (c: Candidate) => c.start - String(c.attrs?.title ?? '').length;
  for (let i = 0; i < officials.length; ) {
    let j = i + 1;
    while (j < officials.length && officials[j]!.attrs?.title && text[officials[j - 1]!.end] === '、' && titleStart(officials[j]!) === officials[j - 1]!.end + 1) j++;
    const run = officials.slice(i, j);
    const post = run.find((c) => COMPANY_TITLE.test(String(c.attrs?.title ?? '')));
    if (run.length > 1 && post && run.every((c) => c.attrs?.title && !c.attrs.org) && text.startsWith(String(run[0]!.attrs!.title), titleStart(run[0]!))) {
      const named = soleCompanyOfSentence(article, titleStart(run[0]!), String(post.attrs!.title));
      if (named) for (const c of run) c.attrs!.org = text.slice(named.start, named.end);
    }
    i = j;
  }
}

/**
 * Whether a mention without an organization may hold the post of one with it: a bare mention, one of
 * its titles or their short form (局长 of 党组书记、局长; 书记 of 市委书记), or titles of one company
 * (董事长王娟 … 宝钢股份总经理王娟); not another unit's post (安定区委书记张伟 … 兰州市委书记张伟).
 */
function samePost(c: Candidate, named: Candidate): boolean {
  // (Held formerly or in an acting capacity, it is the same post: 代理董事长 of 副董事长、总经理's company.)
  const [title, namedTitle] = [c, named].map((m) => String(m.attrs?.title ?? '').replace(ACTING, '')) as [string, string];
  if (c.source === MENTION || !title || (COMPANY_TITLE.test(title) && COMPANY_TITLE.test(namedTitle))) return true;
  const posts = namedTitle.split(TITLE_JOIN);
  return title.split(TITLE_JOIN).some((t) => posts.some((p) => p.endsWith(t) || t.endsWith(p)));
}

/** A former or acting holder's mark before a title: 原, 前任, 署理, 代理. */
const ACTING = new RegExp(`^(?:${HOLDING_MARK}|代理)`);
/** What joins the titles one person holds: 党组书记、局长, 董事长兼总裁. */
const TITLE_JOIN = /[、兼]/;

const MENTION = 'rule:official-mention';
const LISTED = 'rule:official-list';
const ADDRESSED = 'rule:official-address';

/**
 * A company's region, line of business or department, before its executive's title: 东南亚区, 大中华区及蒙古, 大中华及蒙古区,
 * 投行业务, 电动车事业, 核心本地商业, 亚太区房地产研究, 投资银行部, 资本市场组, 黑色金属研究团队 (not a headquarters, 上海总部).
 */
const COMPANY_UNIT = /^(?:[\u4e00-\u9fff]{1,6}(?:业务|事业部|事业群|事业|板块|商业)|[\u4e00-\u9fff]{1,8}(?:研究|(?<!总)部|组|团队)|(?:亚太|大中华|东南亚|东北亚|中国|欧洲|北美|南美|拉美|中东|非洲|亚洲|全球|海外|国际|华东|华南|华北|华中|西南|西北|东北)(?:区(?:[及和与][\u4e00-\u9fff]{2,4})?|[及和与][\u4e00-\u9fff]{2,4}区)[\u4e00-\u9fff]{0,6})$/;
/** How far before a title a company's unit may start. */
const UNIT_REACH = 16;
/** A company's name in Latin letters in brackets after its Chinese one: 高盛（Goldman Sachs）. */
const LATIN_ALIAS_END = /[(（][A-Za-z][A-Za-z0-9 .,&'-]*[)）]$/;
const MARK_START = new RegExp(`^${HOLDING_MARK}`);

/**
 * The title and organization of an executive of a company's unit, the company's name right before
 * the unit (a former mark between them too): 高盛集团前东南亚区主席 is 前东南亚区主席 of 高盛集团, 华泰联合证券投行业务负责人
 * 投行业务负责人 of 华泰联合证券 (the OFFICIAL recognizer reads the unit, or the company and the unit, as the organization).
 */
function companyUnitBefore(c: Candidate, title: string, titleEnd: number, companyEndingAt: ReadonlyMap<number, Candidate>, text: string): { org: string; title: string } | undefined {
  const org = String(c.attrs?.org ?? '');
  const mark = MARK_START.exec(title)?.[0] ?? '';
  const bare = title.slice(mark.length);
  const titleStart = titleEnd - bare.length;
  const orgStart = titleStart - org.length;
  if (!org || !text.startsWith(bare, titleStart) || !text.endsWith(org, titleStart)) return undefined;
  // (The recognizer may have read only the unit's end as the organization: 大中华区及/蒙古.)
  for (let at = Math.max(0, Math.min(orgStart, titleStart - UNIT_REACH)); at <= titleStart - 2; at++) {
    if (!COMPANY_UNIT.test(text.slice(at, titleStart))) continue;
    const marked = mark && text.endsWith(mark, at) ? mark.length : 0;
    if (mark && !marked) return undefined;
    // (…its Latin name in brackets between them too: 高盛（Goldman Sachs）亚太区主席.)
    const alias = LATIN_ALIAS_END.exec(text.slice(Math.max(0, at - marked - 48), at - marked))?.[0].length ?? 0;
    const company = companyEndingAt.get(at - marked - alias) ?? companyEndingAt.get(at - marked);
    if (company) return { org: text.slice(company.start, company.end), title: mark + text.slice(at, titleStart) + bare };
  }
  return undefined;
}
/**
 * A notice's declaration that it calls its issuer 公司: （以下简称“公司”）, （“公司”）, （简称“本公司”）, （以下简称“本行”）,
 * after its Latin name: （WuXi AppTec Co., Ltd.，以下简称“公司”）, or after its short name: （「银河娱乐」或「本公司」）.
 */
const ISSUER_DECLARED = /^[（(](?:[A-Za-z][^（）()“”"]{1,60}[，,]\s*)?(?:以下)?(?:简称)?[:：]?\s*(?:[“"「][^“”"「」]{1,12}[”"」]或\s*)?[“"「]?(?:本?(?:公司|集团)|本行)[”"」]?[)），,或]/;
/** A notice's title after its issuer's name, near the top: 荣盛石化股份有限公司关于控股子公司投资建设…项目的公告. */
const NOTICE_TITLE_AFTER = /^关于[^。\n]{2,80}?(?:公告|通知)/;
/** A notice's signature closing it, its issuer's board and the date: 荣盛石化股份有限公司董事会 2025年6月10日. */
const SIGNATURE_AFTER = /^(?:董事会|监事会|董事局)\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[〇○零一二三四五六七八九十]{1,3}月[〇○零一二三四五六七八九十]{1,3}日)?\s*$/;

/** What the search for an official's company reads: the article, its companies in order, and the issuer a notice declares. */
interface ArticleCompanies {
  text: string;
  companies: readonly Candidate[];
  issuer: Candidate | undefined;
  /** Where the issuer stands for a bare 公司 from: after its declaration or title, or throughout a notice it signs. */
  issuerFrom: number;
}

/** The company a notice declares it calls 公司, else the one whose notice it is by its title near the top or its signature at the foot. */
function issuerOf(companies: readonly Candidate[], text: string): Pick<ArticleCompanies, 'issuer' | 'issuerFrom'> {
  const named = companies.find((k) => ISSUER_DECLARED.test(text.slice(k.end, k.end + 80))) ?? companies.find((k) => k.start < 300 && NOTICE_TITLE_AFTER.test(text.slice(k.end, k.end + 90)));
  if (named) return { issuer: named, issuerFrom: named.end };
  // (…or signs it, at its end or under 承董事会命, as Hong Kong's notices do: 承董事會命⏎中翔航空科技控股有限公司⏎主席⏎王振華.)
  const signed = companies.find((k) => SIGNATURE_AFTER.test(text.slice(k.end)) || BY_ORDER_BEFORE.test(text.slice(Math.max(0, k.start - 8), k.start)));
  return { issuer: signed, issuerFrom: signed ? 0 : Infinity };
}
/** A notice's signature opening before the company: 承董事会命 (by order of the board). */
const BY_ORDER_BEFORE = /承董事[会會]命\s*$/;
/** The bare words an issuer is called by: 公司, 本公司, 本集团, 本行. */
const ISSUER_WORD = /^本?(?:公司|集团)$|^本行$/;
/** A department or office of a company: 信贷部, 国际业务部, 日本总部 (not a club, 海港俱乐部). */
const DEPARTMENT = /^[\u4e00-\u9fff]{2,6}(?<!俱乐)部$/;
/** The tenure written before a title: 时任 (then), 现任 (now), 新任 (newly appointed), 拟任 (proposed). */
const TENURE_BEFORE = /(?:时任|现任|新任|拟任)$/;

/** A word for a company the text names, before a title: 公司, 本集团, 发行人 (the one it is about), 该公司, 该行, 该券商, 俱乐部 (the one just named), 其 (its). */
const BARE_ORG_BEFORE = new RegExp(`(?:${BARE_COMPANY}|[该本]?俱乐部|该券商|其|发行人)$`);
/** A broker's name, short or registered: 中信证券, 中金公司, 中信建投, 高盛, Morgan Stanley. */
const BROKER = /证券|券商|中金|中信建投|高盛|摩根|瑞银|野村|花旗|美银|巴克莱|Securities|Sachs|Morgan|UBS|Nomura/;
/** A bank's name, short or registered: 济南农商银行, 招行, 江淮联合商业银行股份有限公司. */
const BANK = /银行|[农商招建工中交]行|信用社/;
/** A club's company: 济南鲁能泰山足球俱乐部股份有限公司. */
const CLUB = /俱乐部/;
/** How far back the company a bare 公司 stands for may be named. */
const BARE_ORG_REACH = 300;

/**
 * The company a bare word at `at` stands for, named before it in the paragraph and not far back:
 * 公司 and 本公司 the one named last in its sentence, or else the paragraph's subject, named first
 * (紫金矿业拟分拆…在香港联交所上市。公司董事长陈景河: 紫金矿业), or else the one the article is about (articleSubject);
 * 该公司 the one named last, 该行 the bank named last, and 俱乐部 the club;
 * 其 before a company's title (其董事长) the only company its sentence names.
 */
function companyBefore({ text, companies, issuer, issuerFrom }: ArticleCompanies, at: number, bare: string, title: string): Candidate | undefined {
  if (bare === '其') return COMPANY_TITLE.test(title) ? onlyCompanyBefore(companies, at, text) : undefined;
  // (A notice's issuer that declares itself 公司, wherever other companies are named: its 控股股东, its counterparty.)
  if (issuer && issuerFrom <= at && ISSUER_WORD.test(bare)) return issuer;
  const paragraph = paragraphStart(text, at);
  const before = companies.filter((c) => c.start >= paragraph && c.end <= at && at - c.end <= BARE_ORG_REACH);
  const kind = bare.endsWith('行') ? BANK : bare.endsWith('俱乐部') ? CLUB : bare.endsWith('券商') ? BROKER : undefined;
  if (!bare.startsWith('该') && kind !== CLUB) {
    // (In its own sentence, the company it follows: 在宁波均胜电子股份有限公司，公司董事长王剑峰.)
    // (A company written in Latin letters is a foreign party, not the one a Chinese report's 公司 stands for: Caldera … 公司副总经理.)
    const from = sentenceStart(text, at);
    const own = (c: Candidate) => namedInChinese(c, text);
    return before.filter((c) => c.start >= from && own(c)).pop() ?? before.find(own) ?? (kind ? undefined : articleSubject(companies.filter(own), at, text));
  }
  const named = kind ? before.filter((c) => kind.test(text.slice(c.start, c.end))) : before;
  return named[named.length - 1];
}

/**
 * The company an article is about, for a bare 公司 that opens a paragraph or an appointment whose
 * sentences name none: the one named most often before it, at least twice and more often than any
 * other, by its longest mention (华晟置业集团股份有限公司 …华晟置业…华晟置业… 公司董事长郑宏伟).
 */
function articleSubject(companies: readonly Candidate[], at: number, text: string): Candidate | undefined {
  const byName = new Map<string, Candidate[]>();
  for (const c of companies) {
    if (c.end > at) break;
    const key = companyKey(c, text);
    const named = byName.get(key);
    if (named) named.push(c);
    else byName.set(key, [c]);
  }
  // (Of two named as often, the one named first: a notice's issuer before its counterparty.)
  const ranked = [...byName.values()].sort((a, b) => b.length - a.length || a[0]!.start - b[0]!.start);
  const top = ranked[0];
  // (Named once, where it is the only company named so far: a notice's issuer, 大家樂集團有限公司（股份代號：341）…主席陳國樑.)
  if (!top || (top.length < 2 && ranked.length > 1)) return undefined;
  // (Its Chinese name where it has one, the name a bare title's organization is written by: not 顺昌国际控股有限公司's Latin alias.)
  const named = top.filter((c) => namedInChinese(c, text));
  return (named.length ? named : top).reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
}

/** A company not written in Latin letters: a foreign party is not the one a Chinese report's bare title or 公司 is of. */
const namedInChinese = (c: Candidate, text: string): boolean => !LATIN_NAME.test(text.slice(c.start, c.end));

/** A region a company names a post of: 大中华区总裁, 亚太区首席执行官. */
const COMPANY_REGION = '(?:大中华|亚太|中国|全球|东南亚|东北亚|亚洲|欧洲|北美|南美|拉美|中东|非洲|国际)';
/** Titles only a company gives, alone or joined: 董事长, 联席首席执行官, 创始人, 总经理助理, 董事长兼总裁 (not 主席, 书记, 主任). */
const ONE_COMPANY_TITLE = String.raw`(?:代理)?(?:联席|联合|轮值|高级)?(?:执行)?副?(?:董事长|董事局主席|董事会主席|总裁|行政总裁|总经理(?:助理)?|首席[\u4e00-\u9fff]{2,6}官|首席[\u4e00-\u9fff]{0,4}(?:分析师|经济学家|策略师)|CEO|CFO|COO|CTO|创始人|联合创始人|创办人|行长|社长|董事总经理)|(?:非?执行|独立)董事|财务总监|财务负责人|董事会秘书|董秘|证券事务代表|监事会主席|基金经理`;
// (主席 too, joined to one of them: 主席兼首席执行官; and held formerly or acting, as titles say: 原总经理, 代理董事长.)
// (…and of a region of the company's: 大中华区总裁, 亚太区首席执行官.)
const COMPANY_TITLE = new RegExp(`^${HOLDING_MARK}?(?:${COMPANY_REGION}区)?(?:主席[兼、])?${ONE_COMPANY_TITLE}(?:[兼、]${ONE_COMPANY_TITLE})*$`);
/** A company's title, or 主席 alone, a Hong Kong company's chairman, where the sentence's company is whose it is: 长江和记实业有限公司录得收入…，主席李泽钜称; 新鴻基地產宣布，委任郭基煇為主席. */
const sentenceCompanyTitle = (title: string): boolean => COMPANY_TITLE.test(title) || title === '主席' || title === '副主席';
const CLAUSE_START = /^[，,；;：:。！？!?\n]?$/;
/** Who a clause's title is of, after 由 (by), 对 and 向 (to) or 因 (because of): 由行长张金良代为履行, 对时任总裁何建明给予警告. */
const PREPOSITION_BEFORE = new CharSet('由对向因');
/** The describing 的 between a title and the name after it. */
const DESCRIBED_BEFORE = new RegExp(`${DESCRIBING}$`);
/** The day a change takes effect from, or the days it lasts, before 由: 自2025年2月14日起由, 1月27日至2月28日期间由. */
const FROM_DATE_BEFORE = /(?:自[^，,。；;\n]{2,16}起|[^，,。；;\n]{2,16}期间)$/;
/** The post someone stands in for, before 由, and 暂 (for now): ，行长职务暂由, ，董事长职责由. */
const POST_STOOD_IN_BEFORE = /(?:[\u4e00-\u9fff]{2,6}(?:一职|职务|职责))?暂?$/;
/** A verb of appointing before a title, whoever appoints: 公司董事会推举副董事长王松, 董事会指定副总经理韦少华. */
const CHOOSING_BEFORE = new RegExp(`(?:${[...APPOINTING, '指定'].join('|')})$`);
/** The holder's age, between the start of a clause and a title: ，现年67岁的董事长陈景河. */
const AGE_BEFORE = /(?:现年|今年)?(?:\d{2}|[二三四五六七八九]十[一二三四五六七八九]?)岁的$/;

/**
 * The company a bare company title at `at` (董事长陈南, 陈南董事长) heading its clause belongs to: the
 * only company its sentence names before it (三全食品股份有限公司速冻水饺日均出货量达1200吨，董事长陈南…).
 * With two companies named, whose the title is is unsaid.
 */
function soleCompanyOfSentence({ text, companies: all, issuer, issuerFrom }: ArticleCompanies, at: number, title: string): Candidate | undefined {
  // (An exchange a share lists on is seldom the officer's company: 宁德时代在港交所挂牌…董事长曾毓群; nor the firm that audits it, however often named:
  // 改聘立信会计师事务所…立信…独立董事刘振宇.)
  const companies = all.filter((c) => !EXCHANGE.test(String(c.attrs?.canonical ?? text.slice(c.start, c.end))));
  at -= AGE_BEFORE.exec(text.slice(Math.max(0, at - 8), at))?.[0].length ?? 0;
  // (…or after the 由 of who stands in, the 对 or 向 of whom a decision is about, or 因: ，由行长张金良代为履行董事长职责, 对时任总裁何建明给予警告, ，因董事长贺青工作调整;
  // or a board's verb of choosing, whoever chooses: 公司董事会推举副董事长、总裁王松代为履行.)
  // (…并由, and by; 自2025年2月14日起由, from a date by, …期间由, for days by; 行长职务暂由, the post stood in for.)
  if (PREPOSITION_BEFORE.at(text, at - 1)) {
    at--;
    at -= text[at - 1] === '并' ? 1 : (FROM_DATE_BEFORE.exec(text.slice(Math.max(0, at - 18), at))?.[0].length ?? 0);
    at -= POST_STOOD_IN_BEFORE.exec(text.slice(Math.max(0, at - 9), at))![0].length;
  }
  const chosen = CHOOSING_BEFORE.test(text.slice(Math.max(0, at - 2), at));
  if (!sentenceCompanyTitle(title) || !(chosen || CLAUSE_START.test(text.slice(at - 1, at)))) return undefined;
  // (A notice's issuer where its own sentence names none, not its shareholder named in the sentence before: …控股股东山东能源集团有限公司…。投资者联系人：董事会秘书宋建民.)
  const from = sentenceStart(text, at);
  if (issuer && issuerFrom <= at && !companies.some((c) => c.start >= from && c.end <= at)) return issuer;
  // (Where those sentences name none, the company the article is about: …中国神华…中国神华…⏎董事会秘书王刚在回答投资者提问时称.)
  const before = companiesJustBefore(companies, at, text);
  const subject = () => articleSubject(companies.filter((c) => namedInChinese(c, text)), at, text);
  if (!before.length) return subject();
  // (Where they name several, the company the article is about if it is one of them: 中国联通…公布半年度报告…中国电信同日披露…。董事长罗晨曦;
  // not after a deal, whose other party's officer speaks as often: 吉利…收购帕加尼70%股权…创始人帕加尼, 软银集团领投…首席执行官萨姆·奥尔特曼.)
  const one = onlyOne(before, text);
  if (one || DEAL.test(text.slice(before[0]!.start, at))) return one;
  const about = subject();
  return about && before.some((c) => companyKey(c, text) === companyKey(about, text)) ? about : undefined;
}

/** A deal between companies: an acquisition, an investment, a stake changing hands. */
const DEAL = /收购|并购|领投|跟投|投资|入股|注资|增资|股权|控股权|交易|合资|合作/;

/** An exchange's company by its canonical name (香港交易及结算所有限公司, 纽约证券交易所), or an auditor's or a law firm's (立信会计师事务所（特殊普通合伙）). */
const EXCHANGE = /交易所|交易及结算所|事务所/;

/**
 * The only company (by canonical name) the sentence names before `at`; where it names none, the only
 * one the sentence before names, in the same paragraph (中国移动召开业绩发布会。董事长秦立峰…).
 */
function onlyCompanyBefore(companies: readonly Candidate[], at: number, text: string): Candidate | undefined {
  return onlyOne(companiesJustBefore(companies, at, text), text);
}

/** The companies the sentence names before `at`, or where it names none, the sentence before in the same paragraph. */
function companiesJustBefore(companies: readonly Candidate[], at: number, text: string): Candidate[] {
  const from = sentenceStart(text, at);
  const named = (start: number, end: number) => companies.filter((c) => c.start >= start && c.end <= end);
  const before = named(from, at);
  // (Not, in the sentence before, the company of a second post someone else holds: 韩立新同时兼任深铁集团党委书记、董事长。执行副总裁冯晓云….)
  return before.length === 0 && from > 0 && text[from - 1] !== '\n' ? named(sentenceStart(text, from - 1), from).filter((c) => !SECOND_POST_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start))) : before;
}
const SECOND_POST_BEFORE = /兼任?$/;

/** Which company a mention names: its canonical name, else its text (中国移动 and 中国移动有限公司 are one). */
const companyKey = (c: Candidate, text: string): string => String(c.attrs?.canonical ?? text.slice(c.start, c.end));

/** The first of `named` where all are one company by canonical name, else none. */
function onlyOne(named: readonly Candidate[], text: string): Candidate | undefined {
  const names = new Set(named.map((c) => companyKey(c, text)));
  return names.size === 1 ? named[0] : undefined;
}

/**
 * The company of a title not written right before the name: after it, said of the sentence's
 * company (长城汽车计划…，魏建军董事长对媒体表示), or the one an appointment is of.
 */
function companyOfTitleElsewhere(article: ArticleCompanies, c: Candidate, title: string): Candidate | undefined {
  const { text } = article;
  // (…or in brackets after it: 联系人：陈玉华（董事会秘书）.)
  if (text.startsWith(title, c.end) || (/[(（]/.test(text[c.end] ?? '') && text.startsWith(title, c.end + 1))) return soleCompanyOfSentence(article, c.start, title);
  return c.source === APPOINTED ? appointingCompany(article, c, title) : undefined;
}

const APPOINTED = 'rule:official-appointed';
/** The bare company an appointment names after the person: 聘任周立新为该行行长, 核准何琳分别担任该行…, 选举陈卫东先生为公司董事长. */
const BARE_ORG_AFTER = new RegExp(`^(?:先生|女士|同志)?(?:分别|依次)?(?:为|任|担任)(${BARE_COMPANY})`);

/**
 * The company an appointee's company title is of, where the appointment names none: the one a
 * bare 该行 after the name stands for, else the only one its sentence names before the name
 * (平安银行董事会同意聘任冀光恒为行长; 兴业银行股份有限公司…召开，选举吕家进为董事长).
 */
function appointingCompany(article: ArticleCompanies, c: Candidate, title: string): Candidate | undefined {
  const { text, companies } = article;
  const bare = BARE_ORG_AFTER.exec(text.slice(c.end, c.end + 8));
  if (bare) return companyBefore(article, c.start, bare[1]!, title);
  // (…or else the company the article is about: a board's election reported after the company's name.)
  return sentenceCompanyTitle(title) ? (onlyCompanyBefore(companies, c.start, text) ?? articleSubject(companies, c.start, text)) : undefined;
}

/** The company written before a title that spaces set apart from it and from the name after it: 越秀地产股份有限公司 主席 林兆华. */
function spacedCompanyBefore(nameStart: number, title: string, companyEndingAt: ReadonlyMap<number, Candidate>, text: string): Candidate | undefined {
  // (…or each on a line of its own, under 承董事会命: 承董事会命⏎中翔航空科技控股有限公司⏎主席⏎王振华.)
  const partedBy = (gap: RegExp) => {
    const gapBefore = (at: number) => gap.exec(text.slice(Math.max(0, at - 4), at))?.[0].length ?? 0;
    const titleEnd = nameStart - gapBefore(nameStart);
    if (titleEnd === nameStart || !text.endsWith(title, titleEnd)) return undefined;
    const titleStart = titleEnd - title.length;
    const companyEnd = titleStart - gapBefore(titleStart);
    return companyEnd < titleStart ? companyEndingAt.get(companyEnd) : undefined;
  };
  const spaced = partedBy(SPACES_AT_END);
  if (spaced) return spaced;
  const lined = partedBy(LINE_BREAK_AT_END);
  return lined && BY_ORDER_BEFORE.test(text.slice(Math.max(0, lined.start - 8), lined.start)) ? lined : undefined;
}
const SPACES_AT_END = /[^\S\n]+$/;
const LINE_BREAK_AT_END = /[^\S\n]*\n[^\S\n]*$/;

/** A bracket that ends a text: （简称新澜股份）, （港交所）, （简称“青岛港”，股票代码601298）, （Cathay Pacific Airways Limited）. */
const BRACKET_BEFORE = /[(（][^()（）\n]{1,40}[)）]$/;

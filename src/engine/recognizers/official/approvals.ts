// A regulator's approval of an appointment names the person before the organization and the
// title, with nothing between name and organization but 任 or 的 at most: 核准王立群中国人民人寿保险股份有限公司北京市分公司
// 总经理的任职资格, 核准何静怡、范志刚、欧阳明远中信保诚人寿保险有限公司独立董事的任职资格. The
// OFFICIAL recognizer takes the names from it; the COMPANY recognizer leaves the last name out of
// the organization the segmenter ran it into.
import { COMPANY_NAMES } from '../../dict/companies';
import { PLACE_NAMES } from '../../dict/places';
import { TITLES_ENDING } from '../../dict/positions';
import { surnameLength } from '../../dict/surnames';
import { PhraseTrie } from '../text/phraseTrie';

/** (The titles may be a list: 核准刘珺中国工商银行董事、行长的任职资格; so may the approvals: …董事长任职资格、冯静…行长任职资格.) */
const APPROVAL = /(核准|(?<=任职资格)[、，,](?!核准))((?:[\u4e00-\u9fff]{2,4}、)*)([^，,。；;、：:\n]{5,60}?(?:、[^，,。；;、：:\n]{2,16}?)*)的?任职资格/g;
/** The verb of a post after the name, 任 or 担任 (分别担任 after a list; 先生担任 in a notice, 先生 alone too), or 的. */
const BETWEEN_NAME_AND_ORG = /^(?:先生|女士|同志)?(?:(?<each>分别|依次)?(?:担?任|为)|的)?/;
/** What joins the titles of a list: 副行长、首席审计官和董事会秘书. */
const TITLE_JOIN = /[、和及]/;
/** A word for the company named elsewhere: 该行, 本公司. */
const BARE_ORG = /^[该本](?:行|公司|集团)$/;
/** …or the verb's, where the name's length is where it starts: 核准孙佳明、何琳分别担任该行副行长, 核准张辉担任本行副行长. */
const BETWEEN_LIST_AND_ORG = /^(?:(?:分别|依次)担?任|担任)/;
/** A short name given in brackets: （以下简称“济南农商银行”）, （简称华夏银行）. */
const SHORT_NAME_AFTER = /[(（](?:以下)?(?:简称|下称)[^()（）]*[)）]$/;
/** What an organization starts with: a company the dictionary knows, a place, the country. */
const ORG_START = new PhraseTrie([...COMPANY_NAMES.keys(), ...PLACE_NAMES, '中国', '中华']);

/** A kind of firm, whose first character may be a surname: 保险, 证券, 银行. */
const FIRM_KIND_AT = /^(?:保险|证券|银行|信托|基金|期货|券商|险企)/;

export interface Approval {
  names: Array<{ start: number; end: number }>;
  org: { start: number; end: number };
  /** Whether the organization is a bare word for one the article names elsewhere (该行, 本公司). */
  bare: boolean;
  /** The titles, one a name where a list is given them in order (核准孙佳明、何琳分别担任该行副行长、董事会秘书). */
  titles: string[];
}

export function approvals(text: string): Approval[] {
  const out: Approval[] = [];
  if (!text.includes('任职资格')) return out;
  for (const m of text.matchAll(APPROVAL)) {
    const listStart = m.index + m[1]!.length;
    const lastStart = listStart + m[2]!.length;
    const end = lastStart + m[3]!.length;
    let titleStart = TITLES_ENDING.longestEndingAt(text, end);
    for (let earlier: number; TITLE_JOIN.test(text[titleStart - 1] ?? '') && (earlier = TITLES_ENDING.longestEndingAt(text, titleStart - 1)) > lastStart; ) titleStart = earlier;
    if (text.slice(lastStart, titleStart).includes('、')) continue;
    // (…or no organization, the title after the name's 的 or right after the name: 核准江文博的董事长任职资格, 核准陈静、赵国栋副行长任职资格.)
    const bare = titleStart - lastStart - (text[titleStart - 1] === '的' ? 1 : 0);
    const lastLength = titleStart > 0 ? nameLength(text, lastStart, titleStart) || (bare >= 2 && bare <= 3 && surnameLength(text, lastStart) > 0 ? bare : 0) : 0;
    if (!lastLength) continue;
    const names: Approval['names'] = [];
    for (let p = listStart; p < lastStart; ) {
      const comma = text.indexOf('、', p);
      names.push({ start: p, end: comma });
      p = comma + 1;
    }
    if (!names.every((n) => surnameLength(text, n.start) > 0)) continue;
    names.push({ start: lastStart, end: lastStart + lastLength });
    // (The verb of the post or 的 may stand between the name and the organization: 核准周立平任苏南农村商业银行代理行长的任职资格,
    // 核准葛海蛟的中国银行董事长任职资格.)
    const between = BETWEEN_NAME_AND_ORG.exec(text.slice(lastStart + lastLength, lastStart + lastLength + 6));
    const orgStart = lastStart + lastLength + (between?.[0].length ?? 0);
    // (The short name it is called by after it is no part of it: …股份有限公司（以下简称“济南农商银行”）董事长.)
    const orgEnd = titleStart - (SHORT_NAME_AFTER.exec(text.slice(orgStart, titleStart))?.[0].length ?? 0);
    const title = text.slice(titleStart, end);
    const titles = title.split(TITLE_JOIN);
    const each = between?.groups!.each !== undefined && titles.length === names.length;
    out.push({ names, org: { start: orgStart, end: orgEnd }, bare: BARE_ORG.test(text.slice(orgStart, orgEnd)), titles: names.map((_, k) => (each ? titles[k]! : title)) });
  }
  return out;
}

/**
 * The length of the name at `at`, run into the organization before `orgEnd`: a given name of two
 * characters (王立群), of one where only then a known company, place or 中国 starts the rest
 * (王伟中国银行); 0 when no surname starts it or no organization is left.
 */
function nameLength(text: string, at: number, orgEnd: number): number {
  const surname = surnameLength(text, at);
  // (No name where a kind of firm is approved for: 核准保险公司总公司层面高管任职资格.)
  if (!surname || FIRM_KIND_AT.test(text.slice(at, at + 2))) return 0;
  const orgAt = (length: number) => ORG_START.longestFrom(text, at + length) > 0 || BETWEEN_LIST_AND_ORG.test(text.slice(at + length, at + length + 4));
  const length = orgAt(surname + 1) && !orgAt(surname + 2) ? surname + 1 : surname + 2;
  return orgEnd - (at + length) >= 2 ? length : 0;
}

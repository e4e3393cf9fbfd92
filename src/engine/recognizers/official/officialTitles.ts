import { ANALYST_FIRM_END, NOT_POSITIONS, POSITIONS, TITLES_ENDING } from '../../dict/positions';
import { SINGLE_SURNAMES } from '../../dict/surnames';
import { CharSet } from '../text/charSet';
import { companyNameEndingAt } from '../company/registeredName';
import { PhraseTrie } from '../text/phraseTrie';
import { TokenIndex } from '../text/tokenIndex';

// The title written before a person's name: where it ends and starts, with its modifiers (轮值, 副),
// the titles joined to it (董事长兼CEO), and what may stand between it and the name (a note in
// brackets, an age, an honor, a quoted epithet).

export const TITLE_AT = new PhraseTrie(POSITIONS);
/** Roles that end like a title but are none: 班主任, 记者. */
export const NOT_TITLE_BEFORE = new PhraseTrie(NOT_POSITIONS, { reversed: true });

/** Words between an organization and a title that belong to the title (华为公司董事、轮值董事长, 临时联席首席执行官, 联邦参议员, 署理总裁, 财务副总裁), 副 before any (副行政总裁). */
const MODIFIERS = new PhraseTrie(['关联', '轮值', '联席', '常务', '执行', '高级', '资深', '名誉', '荣誉', '代理', '联合', '候任', '首任', '创会', '终身', '首席', '专职', '兼职', '驻华', '常驻', '分管', '主要', '安全', '生产', '全球', '省级', '市级', '县级', '区级', '乡级', '镇级', '村级', '主审', '副', '署理', '临时', '联邦', '财务'], {
  reversed: true,
});
/** What 代 (acting) follows where it starts a title: a pause, a list's joiner, 兼. */
const ACTING_OPENS = new CharSet('，,、：:；;。\n （(“"兼及和');

/** What joins the titles of one person: 创始人、董事长兼CEO, 董事长暨总裁. */
/** The words for a company or a bank the text names elsewhere: 公司, 该公司, 本集团, 集团公司, 该行. */
export const BARE_COMPANY = '[该本]?(?:集团公司|公司|集团)|[该本]行';
export const JOINERS = new Set(['、', '兼', '暨']);
/** Former, right before a title: 原董事长, 前首席执行官, 创始人、原董事局主席. */
export const FORMER_MARK = new CharSet('原前');

export const COLONS = new CharSet('：:');

/**
 * The position named at `from`, after its organization (济南市副市长, 市交通运输局局长, 公司总经理),
 * with the titles joined to it (市委常委、副市长); not a candidate for one.
 */
export function positionAt(text: string, from: number, idx: TokenIndex): { start: number; first: number; end: number } | undefined {
  // (A title may end before the 兼 the segmenter glued onto it: 副/总裁兼/j 首席财务官; or 及: 首席财务/官及/x 首席供应链官;
  // or 职务, the post: 免去陈立峰的水利部/部长职务/n.)
  const mayEnd = (e: number) => idx.isBoundary(e) || ((text[e] === '兼' || text[e] === '及') && idx.isBoundary(e + 1)) || (POST_AFTER.test(text.slice(e, e + 2)) && idx.isBoundary(e + 2));
  // (An organization may be long: 华润(集团)有限公司下属华润置地（武汉）有限公司总经理; the walk stops at a pause anyway.)
  for (let k = from; k < from + 32 && k < text.length; k++) {
    // A bracket inside the organization's name: 青岛国信发展（集团）有限责任公司董事长.
    const inner = BRACKET_AT.exec(text.slice(k, k + 20));
    if (inner) {
      k += inner[0].length - 1;
      continue;
    }
    const c = text.charCodeAt(k);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) || c === 0x7684) return undefined; // 的
    const first = TITLE_AT.longestFrom(text, k, mayEnd);
    if (first < 0 || inFederation(text, k)) continue;
    const end = joinedTitlesEnd(text, first, mayEnd);
    // Its modifiers belong to it: 联席首席执行官.
    let start = k;
    for (let m; (m = MODIFIERS.longestEndingAt(text, start)) >= from; ) start = m;
    return text.startsWith('候选人', end) ? undefined : { start, first, end };
  }
  return undefined;
}

/** The post a title names, which the segmenter glues onto it: 部长职务/n. */
const POST_AFTER = /^职[务位]$/;

/** Where the titles joined one after another from `end` end (副董事长暨执行长, 董事长兼总裁), each ending where `mayEnd` accepts. */
export function joinedTitlesEnd(text: string, end: number, mayEnd?: (end: number) => boolean): number {
  for (let next; JOINERS.has(text[end] ?? '') && (next = TITLE_AT.longestFrom(text, end + 1, mayEnd)) > 0; ) end = next;
  return end;
}

/** A title starting with 工会 at `k` after 总 is the federation's (市总工会主席): the title is what follows 工会. */
const inFederation = (text: string, k: number): boolean => k > 0 && text[k - 1] === '总' && text.startsWith('工会', k);

/** A quoted epithet between a title and the name: 名誉主席、“棋圣”聂卫平. */
const EPITHET = /[、，,]?[“"][^”"\n]{1,6}[”"]$/;
const QUOTE_ENDS = new CharSet('”"');
const BRACKET_ENDS = new CharSet(')）');
/** A note in brackets after a title: （CTO）, （主持工作）, （代为履职）. */
export const TITLE_NOTE = /[(（][^()（）\n]{1,8}[)）]$/;
/** The 的 of a title describing the name after it, and the person's nationality: 的, 的英国人 (亚太区总裁的英国人戴维·米勒); or a Malaysian honorific (首席执行官丹斯里阿兹曼·拉希德). */
export const DESCRIBING = String.raw`(?:的(?:[\u4e00-\u9fff]{1,4}?国人)?|丹斯里|拿督斯里|拿汀斯里|拿督|拿汀|敦(?=[\u4e00-\u9fff]{3}))`;

/** Where the longest title ending at `end` starts, -1 if none; 代 (acting) that ends a word is not its (宁德时代董事长). */
function titleEndingAt(text: string, end: number): number {
  let s = TITLES_ENDING.longestEndingAt(text, end);
  // (The coined title where it is longer than a known one it ends in: 首席大法官, not 法官.)
  const coined = coinedTitleEndingAt(text, end);
  if (coined >= 0 && (s < 0 || coined < s)) s = coined;
  // (A length is no neighbourhood chief: 10公里长, 3海里长.)
  if (end - s === 2 && text.startsWith('里长', s) && LENGTH_UNIT_HEAD.at(text, s - 1)) return -1;
  return s >= 0 && text.charCodeAt(s) === 0x4ee3 && DAI_WORD_HEAD.at(text, s - 1) ? s + 1 : s;
}
/**
 * Titles made on a known pattern whatever their words, which no lexicon lists in full: a chief officer of
 * anything (首席低碳官, 首席ESG官) and the assistant to any post (首席经济学家助理, 董事长助理). -1 if none.
 */
function coinedTitleEndingAt(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last === 0x5b98) { // 官
    const chief = CHIEF_OFFICER.exec(text.slice(Math.max(0, end - 9), end));
    return chief ? end - chief[0].length : -1;
  }
  return last === 0x7406 && text.charCodeAt(end - 2) === 0x52a9 ? titleEndingAt(text, end - 2) : -1; // 助理
}
/** 首席 and up to six characters of a field and 官: a company's chief officer of that field. */
const CHIEF_OFFICER = /首席[\u4e00-\u9fffA-Za-z]{1,6}官$/;
/** What makes a unit of length with 里: 公里, 英里, 海里, 千里, and a number of 里. */
const LENGTH_UNIT_HEAD = new CharSet('公英海千万百十0123456789一二三四五六七八九');
/** Characters that make a word with a 代 after them: 时代, 现代, 年代, 一代, 取代. */
const DAI_WORD_HEAD = new CharSet('时现年世当古近一二三四五六七八九十替取换后历交');

/**
 * An analyst's, an economist's, a strategist's or a researcher's role, a post where the firm it is held in is named right
 * before it, perhaps with a field between (高盛分析师, 三菱UFJ银行外汇分析师, 摩根士丹利首席新兴市场经济学家, 北辰期货生猪研究员,
 * 中信证券研究部首席A股策略师;
 * Hong Kong's 经济师: 恒生银行经济师);
 * where no firm is, the role alone names no position (分析师认为, 经济学家张三): the start of the role and its field, or -1.
 */
function firmRoleEndingAt(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last !== 0x5e08 && last !== 0x5bb6 && last !== 0x5458) return -1; // 师, 家, 员: no regex at every token
  const role = FIRM_ROLE.exec(text.slice(Math.max(0, end - 4), end));
  if (!role) return -1;
  const roleStart = end - role[0].length;
  for (let k = roleStart; k >= roleStart - 13 && k > 0; k--) {
    // (A field too long alone may still follow a research department: 研究部/首席海外策略.)
    if (!FIELD.test(text.slice(k, roleStart))) continue;
    // (A researcher of an institute is an academic rank, as a professor is: 物理研究所研究员 holds no post by it.)
    const before = text.slice(Math.max(0, k - 6), k);
    const kind = ANALYST_FIRM_END.exec(before)?.[0];
    const firm = kind && !TRADE_BEFORE_KIND.test(before.slice(0, -kind.length)) ? kind : undefined;
    if (companyNameEndingAt(text, k) >= 0 || (firm && !(role[0] === '研究员' && INSTITUTE.test(firm)))) return k;
  }
  return -1;
}
const FIRM_ROLE = /(?:分析师|经济学家|经济师|策略师|研究员)$/;
const INSTITUTE = /研究[所院]$/;
/** A field between a firm and the role, perhaps after its research department: 外汇, 首席新兴市场, 首席日本股票, 研究部首席A股, 传媒互联网行业. */
const FIELD = /^(?:研究[部所院])?(?:首席)?[\u4e00-\u9fffA-Z]{0,8}$/;
/** A word before a firm's kind that makes it a trade, not a name: 资深证券分析师, 外资银行分析师. */
const TRADE_BEFORE_KIND = /(?:资深|高级|知名|独立|外资|中资|国内|海外|多家|一家|某)$/;

/** A clause that gives the person's position before naming them: 作为鑫源矿业总经理，覃建新…. The comma at `at` ends it. */
function asPosition(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0xff0c) return false; // ，
  const s = titleEndingAt(text, at);
  return s >= 0 && AS_CLAUSE.test(text.slice(Math.max(0, s - 30), s)) && !COMPANY_AHEAD.test(text.slice(at + 1, at + 15));
}
const AS_CLAUSE = /作为[^，,。；;！？!?\n]{0,28}$/;
/** The titles of a court's signature block, written with spaces between their characters: 审　判　长, 人民陪审员, 书　记　员. */
const LETTER_SPACED_COURT_TITLE = /(?:审[ \u3000]+判[ \u3000]+[长员]|人[ \u3000]*民[ \u3000]*陪[ \u3000]*审[ \u3000]*员|书[ \u3000]+记[ \u3000]+员|法[ \u3000]*官[ \u3000]*助[ \u3000]*理|执[ \u3000]+行[ \u3000]+员)$/;
/** A company's registered name after the comma, no person's: 作为全国人大代表，盛远控股集团有限公司党委书记…. */
const COMPANY_AHEAD = /^[\u4e00-\u9fff]{2,4}?(?:控股)?(?:集团)?(?:股份)?有限(?:责任)?公司/;

/** 分别为 after a title, perhaps after its comma: the names it lists follow. */
const EACH_BEING = /(?:^|[，,]|[\u4e00-\u9fff])分别为$/;
/** How many a form lists under a title: 4名, 三人. */
const LISTED_COUNT = /(?:\d{1,2}|[一二两三四五六七八九十]{1,2})[名人位]$/;

/** The title (with its modifiers and joined titles) that ends right before `p`, if any. */
export function titleBefore(text: string, p: number): { start: number; end: number } | undefined {
  // Character codes, not text[i]: this runs at every token, and text[i] makes a string.
  // A space (full-width too: 副市长　陈平), or the colon of a form's field (项目经理：孙浩然).
  // (…a Malaysian honorific after the colon too: 执行董事：拿督斯里陈国雄.)
  const honored = MALAYSIAN_HONORIFIC_ENDS.at(text, p - 1) ? MALAYSIAN_HONORIFIC.exec(text.slice(Math.max(0, p - 4), p))?.[0].length ?? 0 : 0;
  if (honored && COLONS.at(text, p - honored - 1)) p -= honored;
  // (…several spaces, a table's columns, as many as a long title's row leaves before the name: 分析师　　　唐亦琳, 漳州市委书记　　　　　　　　　　　　陈　彬.)
  let spaces = 0;
  while (spaces < 16 && (text.charCodeAt(p - 1 - spaces) === 0x20 || text.charCodeAt(p - 1 - spaces) === 0x3000)) spaces++;
  let te = spaces ? p - spaces : COLONS.at(text, p - 1) || asPosition(text, p - 1) ? p - 1 : p;
  // (…or 分别为 after the title, as a colon: 三名独立非执行董事，分别为周慕白、陈以宁.)
  // (Not several posts, which the names hold in turn: 董事长、总经理分别为张三、李四, read by appointments().)
  const each = te === p && text.charCodeAt(p - 1) === 0x4e3a && EACH_BEING.test(text.slice(Math.max(0, p - 4), p));
  if (each) te = p - (text.charCodeAt(p - 4) === 0xff0c || text.charCodeAt(p - 4) === 0x2c ? 4 : 3);
  // …and before the colon or 分别为, the count of those the form lists (独立董事4名：顾明哲、孙雅琴; 独立董事3名，分别为吴明哲、林淑贞),
  // or the field's 姓名 (主要负责人姓名：刘　洋).
  if (each || (te === p - 1 && COLONS.at(text, te))) te -= LISTED_COUNT.exec(text.slice(Math.max(0, te - 4), te))?.[0].length ?? (!each && text.endsWith('姓名', te) ? 2 : 0);
  if (QUOTE_ENDS.at(text, te - 1)) {
    const m = EPITHET.exec(text.slice(Math.max(0, te - 10), te));
    if (m) te -= m[0].length;
  }
  // A note in brackets after the title: 首席技术官（CTO）赵帅, 副行长（主持工作）宋明.
  if (BRACKET_ENDS.at(text, te - 1)) {
    const m = TITLE_NOTE.exec(text.slice(Math.max(0, te - 10), te));
    if (m && TITLES_ENDING.longestEndingAt(text, te - m[0].length) >= 0) te -= m[0].length;
  }
  // The person's age between the title and the name: 总经理、38岁的赵明阳.
  // (…or the duties they act in: 副总裁、代行董事会秘书职责的沈晓炜.)
  if (text.charCodeAt(te - 1) === 0x7684) te -= (AGE_AFTER_TITLE.exec(text.slice(Math.max(0, te - 9), te)) ?? DUTY_AFTER_TITLE.exec(text.slice(Math.max(0, te - 16), te)))?.[0].length ?? 0;
  // A Malaysian honorific between the title and the name: 部长拿督斯里曾志豪, 财务总监拿汀黄丽萍.
  if (MALAYSIAN_HONORIFIC_ENDS.at(text, te - 1)) {
    const honorific = MALAYSIAN_HONORIFIC.exec(text.slice(Math.max(0, te - 4), te));
    if (honorific && titleEndingAt(text, te - honorific[0].length) >= 0) te -= honorific[0].length;
  }
  // A court's titles letter-spaced in a judgment's signature block: 审　判　长　周　敏.
  const court = spaces ? LETTER_SPACED_COURT_TITLE.exec(text.slice(Math.max(0, te - 12), te)) : null;
  if (court) return { start: te - court[0].length, end: te };
  let s = titleEndingAt(text, te);
  const firmRole = s < 0 ? firmRoleEndingAt(text, te) : -1;
  if (firmRole >= 0) return { start: firmRole, end: te };
  if (inFederation(text, s)) s += 2;
  // A title, then an academic or medical one that is no office: 该院院长、中国科学院院士王伟林.
  if (s < 0 && HONOR_ENDS.at(text, te - 1)) {
    const honor = HONOR_AFTER_TITLE.exec(text.slice(Math.max(0, te - 24), te));
    if (honor) s = titleEndingAt(text, (te -= honor[0].length));
  }
  if (s < 0) return undefined;
  // A title of a surname and 长 right after another title starts the person's name: 副省长/林长海 (not 林长, forest chief).
  if (te - s === 2 && SINGLE_SURNAMES.at(text, s) && titleEndingAt(text, s) >= 0) return undefined;
  const role = NOT_TITLE_BEFORE.longestEndingAt(text, te);
  if (role >= 0 && role <= s) return undefined;
  for (;;) {
    const m = MODIFIERS.longestEndingAt(text, s);
    if (m >= 0) {
      s = m;
      continue;
    }
    // 代 (acting) opening a clause before its title: 代财务总监 (not 宁德时代董事长).
    if (text[s - 1] === '代' && (s === 1 || ACTING_OPENS.at(text, s - 2))) {
      s--;
      continue;
    }
    // (A former post listed after a present one is the same person's: 创始人、原董事局主席.)
    const joiner = FORMER_MARK.at(text, s - 1) && JOINERS.has(text[s - 2] ?? '') ? s - 2 : s - 1;
    if (JOINERS.has(text[joiner] ?? '')) {
      const prev = titleEndingAt(text, joiner);
      if (prev >= 0) {
        s = prev;
        continue;
      }
    }
    return each && JOINED_POSTS.test(text.slice(Math.max(0, te - 24), te)) ? undefined : { start: s, end: te };
  }
}
/** Posts joined in the clause before 分别为 (安全总监、生产部主任分别为…). */
const JOINED_POSTS = /[、和及与][^，,。；;！？!?\n]*$/;

/** A person's age or year of birth before the name: 现年52岁的, 38岁的, 1985年出生的. */
const AGE = String.raw`(?:(?:现年|今年)?[\d一二三四五六七八九十]{1,3}周?岁|(?:19|20)\d{2}年(?:\d{1,2}月)?出?生)的`;
export const AGE_BEFORE_NAME = new RegExp(`^${AGE}`);
/** …after a title: 总经理、38岁的赵明阳, 所长、62岁的李振华. */
const AGE_AFTER_TITLE = new RegExp(`[、，,]${AGE}$`);
/** Duties a title's holder acts in, between the title and the name: 、代行董事会秘书职责的, 、代为履行总经理职责的. */
const DUTY_AFTER_TITLE = /[、，,]代(?:行|为履行)[\u4e00-\u9fff]{2,8}职责的$/;
/**
 * An academic or medical title after an office's (、中国工程院院士, 、郑州大学农学院副教授, 、棉花专家), or the owner the
 * office holder also is (时任董事长、实际控制人周国平, 董事长、公司实际控制人沈国良): no office, so the office names the person.
 */
const HONOR_AFTER_TITLE = /(?:、(?:(?:中国(?:科学|工程)院|[\u4e00-\u9fff]{2,8}(?:大学|医院|学院)|[\u4e00-\u9fff]{1,6}科)?副?(?:院士|教授|博士生导师|主任医师|医师|医生|研究员|泰山学者|长江学者|[\u4e00-\u9fff]{2,4}领军人才)|[\u4e00-\u9fff]{1,6}专家|律师|(?:公司)?(?:实际控制人|实控人|控股股东)))+$/;
const HONOR_ENDS = new CharSet('士授师生员人东者才家');
/** Malaysia's federal and state honorifics, written before the name (Datuk Seri, Tan Sri, Datin): no part of the name nor of the title. */
const MALAYSIAN_HONORIFIC = /(?:丹斯里|拿督斯里|拿汀斯里|拿督|拿汀|(?<=[长席理事]|：)敦)$/;
const MALAYSIAN_HONORIFIC_ENDS = new CharSet('里督汀敦');

/** Whether a title ends inside text[start, end). */
export function containsTitle(text: string, start: number, end: number): boolean {
  for (let k = start + 2; k < end; k++) if (titleEndingAt(text, k) >= start) return true;
  return false;
}

/** A bracketed place or 集团 inside an organization's name (（集团）, (宁波)), or the short name it declares after it (（以下简称“丰川能投”）). */
const BRACKET_AT = /^[(（](?:[\u4e00-\u9fff]{1,6}|(?:以下)?简称[:：]?[“"]?[^()（）“”"，,]{1,10}[”"]?)[)）]/;

import { DISTRICT_NAMES, PLACE_NAMES } from '../dict/places';
import { NOT_POSITIONS, POSITIONS, TITLES_ENDING } from '../dict/positions';
import { approvals } from './approvals';
import { GLUED_TAKING } from './companyCues';
import { companyNameEndingAt } from './registeredName';
import { JAPANESE_SURNAMES, SINGLE_SURNAMES, surnameLength } from '../dict/surnames';
import { AFTER_NAME, cutNameAt, dottedNameAt, GLUE, GOTTEN, isCJKWord, isTranslit, minorityNameAt, NAME_DOT, NAME_TAGS, nameMayEndAt, nameMayStartAt, NUMERAL_WORD, personNameAt, SPEECH_OR_ACT, TIME_AFTER_NAME } from './names';
import { orgOf, orgStart, STOCK_CODE, UNIT_TITLE } from './titleOrg';
import { CharSet } from './charSet';
import { latinNameGoesOn } from './latinNames';
import { PhraseTrie } from './phraseTrie';
import { foreignCountryLength, isForeignCountry } from './nameWords';
import { writtenWhere } from './scan';
import { TokenIndex } from './tokenIndex';
import type { Token } from '../segmenter/segmenter';
import type { Candidate, Recognizer } from './types';

// OFFICIAL: the personal name of someone the article gives a position: 济南市委书记刘强 (title
// before the name), 王海书记 (name before a title of address), lists (副市长陈建国、刘红梅), and every
// other mention of a name so introduced in the article (徐直军说; also a headline that names the
// person before the body gives the position), names appointed to or removed from a position
// (任命张三为副市长, 免去李四的局长职务, 王五当选为董事长). Titles without a name and names
// without a title are left alone.

const TITLE_AT = new PhraseTrie(POSITIONS);
/** Roles that end like a title but are none: 班主任, 记者. */
const NOT_TITLE_BEFORE = new PhraseTrie(NOT_POSITIONS, { reversed: true });

/** Words between an organization and a title that belong to the title (华为公司董事、轮值董事长, 临时联席首席执行官, 联邦参议员, 署理总裁, 财务副总裁), 副 before any (副行政总裁). */
const MODIFIERS = new PhraseTrie(['关联', '轮值', '联席', '常务', '执行', '高级', '资深', '名誉', '荣誉', '代理', '联合', '候任', '首任', '创会', '终身', '首席', '专职', '兼职', '驻华', '常驻', '分管', '主要', '安全', '生产', '全球', '省级', '市级', '县级', '区级', '乡级', '镇级', '村级', '主审', '副', '署理', '临时', '联邦', '财务'], {
  reversed: true,
});
/** What 代 (acting) follows where it starts a title: a pause, a list's joiner, 兼. */
const ACTING_OPENS = new CharSet('，,、：:；;。\n （(“"兼及和');
/** What joins the names of a list after one title. */
const LIST_JOINERS = new CharSet('、和及');
/** What separates the officials of a list: 董事长张文学、总裁董明, 原总经理孙立、原副总经理陈明, 总经理季川，及首席经济学家万颖. */
export const LIST_PAUSE = /^(?:[、，,]|[、，,]?(?:[和与及]|以及))[原前]?$/;
/** What joins the titles of one person: 创始人、董事长兼CEO, 董事长暨总裁. */
const JOINERS = new Set(['、', '兼', '暨']);
/** Former, right before a title: 原董事长, 前首席执行官, 创始人、原董事局主席. */
export const FORMER_MARK = new CharSet('原前');
/** How a post is held, said before its title and kept in it: 原, 前, 前任 (former), Hong Kong's 署理 (acting). */
export const HOLDING_MARK = '(?:原|前任?|署理)';
const HOLDING_AT_END = new RegExp(`${HOLDING_MARK}$`);

/** Titles a name may precede as a form of address (王海书记, 张三董事长); not a county's or district's committee's (高唐县委书记: the county's, which are too many to know as places). */
const ADDRESS = new Set(
  '书记 总书记 市长 省长 县长 区长 主席 总理 部长 局长 厅长 处长 主任 院长 校长 行长 会长 董事长 总裁 总经理 副市长 副省长 副主席 副总理 副部长 副局长 委员长 副委员长 CEO 总监 副董事长 副总裁 副总经理 副行长 副院长 副校长 秘书长 外长 市委书记 省委书记 副书记 副县长 副区长 董秘 司长 副司长 署长 副署长 庭长 所长 社长 台长 总编辑 总经济师 总工程师 首席执行官 执行董事'.split(' '),
);

/** A title that starts with its unit (区委书记, 县长, 市委常委). */
const UNIT_FIRST = new CharSet('区县市省州旗盟镇乡村');
/** A place before its unit's title, not a name in address (章丘/nr 区委书记, 章丘区/区长; not 于海田市长). */
const placeBeforeUnit = (word: string, text: string, end: number): boolean =>
  (UNIT_FIRST.at(text, end) && (DISTRICT_NAMES.has(word) || PLACE_NAMES.has(word))) || /[区县市]$/.test(word) || // (章丘/nr 区/n 副区长 too)
  // (…and a foreign province's or state's name of four characters, a person's being shorter: 阿根廷卡塔马卡省长.)
  (/[省州]/.test(text[end] ?? '') && word.length >= 4 && surnameLength(word, 0) < 2);
const COLONS = new CharSet('：:');
/** Second characters of a two-character token that is no name before a title: 王姓 (surnamed Wang), 原副 (a former deputy). */
const NOT_SECOND = new CharSet('姓副');
/** Titles of a page's staff in its credits (主编：李娜): no official. */
const CREDITS = /^(?:副|执行)?(?:主编|总编|总编辑|监制|审核|审校|校对|出品人)$/;
/** What ends a field's value after its colon: the name is the whole value (项目经理：孙浩然（一级建造师）). */
const FIELD_END = new CharSet('\n\r（(）)，,；;、。 \t');
/** The fields of government bureaus, said before their heads' titles as a name would be: 文旅局长, 住建局长. */
const BUREAU_FIELDS = new Set('文旅 文广 文体 卫健 卫计 住建 发改 工信 人社 自规 资规 市监 环保 生态 农业 水利 交通 公安 财政 税务 商务 民政 司法 审计 统计 教育 科技 国资 外事 侨务 信访 应急 医保 城管 林业 粮食 体育 旅游 文化'.split(' '));
/** Last characters of offices and bodies, never of a person's name: 宣传部, 办公室, 统计局. */
const OFFICE_END = new CharSet('部局委办厅处室署');
/** Bodies whose head is titled after them: 区政协主席, 县人大主任, 镇党委书记. */
const BODY_END = /(?:政协|人大|党委|党组|党工委|政府|纪委|工会|团委|妇联)$/;


/** A word of a personal name in Latin letters, accented ones too: Braun, Fernández. */
const LATIN_NAME_WORD = "[A-Z][a-zà-öø-ÿ'’]+";
/** A personal name in Latin letters in brackets: （Thomas Braun）, (Christophe Fouquet), （Diego Fernández）, （Conan）. */
const LATIN_ALIAS = new RegExp(`^[（(]((?:${LATIN_NAME_WORD}[ -]){0,3}${LATIN_NAME_WORD})[)）]`);
/** …and a Chinese one after a Latin name: Linda Xu（徐琳达）. */
const CHINESE_ALIAS = /^[（(]([\u4e00-\u9fff]{2,4})[)）]/;
/** LATIN_ALIAS before a verb of taking a post. */
const LATIN_ALIAS_BEFORE = new RegExp(LATIN_ALIAS.source.slice(1) + '$');
/** A person's sex in brackets after the name, as lists of officials note it: 刘建华（女）. */
const SEX_NOTE = /^[（(][男女][)）]/;
/** Any bracket right after a name, to pass over: its other form, a note. */
const BRACKET_AFTER = /^[（(][^()（）\n]{1,40}[)）]/;

interface Mention {
  start: number;
  end: number;
  title: string;
  org: string;
  source: string;
}

export const recognizeOfficials: Recognizer = ({ text, tokens }) => {
  const idx = TokenIndex.of(tokens, text.length);
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  const lastOrgByUnit = new Map<string, string>();
  /** The organization of a former post before a name that moves to a new one: 原副行长黄黔接任行长. */
  const formerOrg = new Map<number, string>();
  const add = (m: Mention) => {
    // (A street and its number is an address, whatever title its city makes: 铜陵市/长江西路355号 is no 市长 江西路.)
    if (taken.has(m.start) || ADDRESS_AFTER_NAME.test(text.slice(m.end - 1, m.end + 6)) || NOT_PERSON_WORDS.has(text.slice(m.start, m.end))) return;
    taken.add(m.start);
    mentions.push(m);
  };

  /**
   * The organization of a title starting at `titleStart` that names none, after the previous official's name: that official's
   * (云南白药集团董事长张文学、总裁董明; 华能集团原总经理孙立、原副总经理陈明 too).
   */
  const sharedOrg = (title: string, org: string, titleStart: number): string => {
    const previous = mentions[mentions.length - 1];
    // Not across units: 济阳区委书记王健，副市长张晓峰 (a city's, not the district's).
    const unit = UNIT_TITLE.exec(title);
    const sameUnit = !unit || !previous?.org || previous.org.endsWith(unit[1] ?? unit[2] ?? unit[3] ?? '');
    // (…over a bracket after the previous name, its other form, and its own 和 before it: 吕志和（Lui Che Woo）、副主席.)
    const pauseBefore = (at: number) => LIST_PAUSE.test(text.slice(previous?.end ?? 0, at).replace(/^和(?=[（(])/, '').replace(BRACKET_AFTER, ''));
    if (!previous) return org;
    // (…and a zone's body named alone after an official of the zone is the zone's: 三江新区党工委书记李自强、管委会主任何明亮.)
    const zone = ZONE_BODY.test(org) && text.endsWith(org, titleStart) && pauseBefore(titleStart - org.length) ? ZONE_OF.exec(previous.org)?.[0] : undefined;
    return zone ? zone + org : !org && sameUnit && pauseBefore(titleStart) ? previous.org : org;
  };
  /** The names listed after the first one a title holds at `end`, each with its title and organization. */
  const addListAfter = (end: number, title: string, shared: string, several = false) => {
    // A list of names after one title: 副市长陈建国、刘红梅, 独立董事赵晋荣先生、黄培女士.
    // (…over a name's Latin form in brackets; joined by 和 after a title two hold: 联席行政总裁李民桥（Adrian Li）和李民斌.)
    // (…and over a bracketed sex: 刘建华（女）、陈建军.)
    const addressed = (at: number) => {
      const next = at + (ADDRESS_AFTER.exec(text.slice(at, at + 2))?.[0].length ?? 0) + (SEX_NOTE.exec(text.slice(at, at + 3))?.[0].length ?? 0);
      return next + (LATIN_ALIAS.exec(text.slice(next, next + 48))?.[0].length ?? 0);
    };
    // (…and its last name after 及 where 、 listed one before, as a board's notice writes it: 林志强先生、何咏诗女士及张家豪先生.)
    let listed = 0;
    // (…and after 和 where 、 listed one before, or after a title several hold, 与 too: 副总裁邵庆、方可和曹晓雯, 副局长何志刚和郑凯, 副行长郭建与项有志,
    // 临时联席首席执行官津斯纳和霍尔索斯, 双方首席执行官贝格和杨宏宇; not 市长王强和李明, one mayor.)
    const joins = (c: string | undefined) => c === '、' || ((c === '和' || c === '与') && (several || title.includes('联席') || /(?:^|、)副/.test(title))) || (listed > 0 && (c === '及' || c === '和'));
    let e = addressed(end);
    while (joins(text[e]) && TITLE_AT.longestFrom(text, e + 1) < 0) {
      const minority = minorityNameAt(text, e + 1, idx);
      // (…a name in Latin letters too: 董事总经理黄咏诗、Edward Middleton.)
      const latin = LATIN_PERSON.exec(text.slice(e + 1, e + 41))?.[0].length ?? 0;
      // (A word of two that a surname starts is a name between two joiners, a list going on after it: 、方可/n 和曹晓雯.)
      // (…or the list's last, before what follows names: 副市长陈杰、华源/nz 出席; not a place.)
      const pair = text.slice(e + 1, e + 3);
      const last = FOLLOWS_NAME.test(text.slice(e + 3, e + 5)) && text[e] === '、' && !PLACE_NAMES.has(pair);
      const between = SINGLE_SURNAMES.at(text, e + 1) && idx.at(e + 1)?.end === e + 3 && isCJKWord(pair) && ((LIST_JOINERS.at(text, e + 3) && nameAt(text, e + 4, idx) > 0) || last) ? e + 3 : -1;
      // (…or of three, in pieces or taken for a place, before what ends a list: 、唐/nr 绍/ns 杰/nr 因, 、周/nr 行云/n 等高管, 、马建国/ns 分别.)
      const three = text.slice(e + 1, e + 4);
      const pieces = idx.at(e + 1)?.end === e + 2 && idx.at(e + 3)?.end === e + 4 && !PLACE_NAMES.has(three.slice(1));
      const lastOfThree = text[e] === '、' && SINGLE_SURNAMES.at(text, e + 1) && (pieces || idx.at(e + 1)?.end === e + 4) && isCJKWord(three) && !GLUE.at(text, e + 2) && !GLUE.at(text, e + 3) && !PLACE_NAMES.has(three) && LIST_END.test(text.slice(e + 4, e + 6)) ? e + 4 : -1;
      // (…and a given name the segmenter took for an adverb: 、程/n 立新/d 及.)
      const named = nameAt(text, e + 1, idx);
      // (…and a Japanese name, whatever the segmenter made of it: 、佐藤/nrt 健/a 一等/m.)
      const japanese = JAPANESE_SURNAMES.longestFrom(text, e + 1) > 0 && idx.at(e + 1)?.start === e + 1 ? titledNameAt(text, idx.at(e + 1)!, idx) : -1;
      const next = Math.max(named >= 0 ? named : cutNameAt(text, e + 1, idx), minority, latin ? e + 1 + latin : -1, between, japanese, lastOfThree);
      const tag = idx.at(e + 1)?.tag ?? '';
      // A name with a title of its own after it starts the next official (董事长曾毓群、比亚迪董事长王传福),
      // and so does a place with one (华山街道党工委书记马玉兰、唐冶街道办事处主任孔祥伟).
      // (A compound surname the segmenter took for a place: 、欧阳/ns 建平/n.)
      // (Not a company the dictionary knows: 总经理陈杰、华为出席.)
      if (next < 0 || !(minority > 0 || latin > 0 || between > 0 || lastOfThree > 0 || NAME_TAGS.has(tag) || idx.at(e + 1)!.end === e + 2 || surnameLength(text, e + 1) === 2) || (next !== lastOfThree && titleInClause(text, next, idx)) || companyNameEndingAt(text, next) === e + 1) break;
      add({ start: e + 1, end: next, title, org: shared, source: 'rule:official-list' });
      if (text[e] === '、') listed++;
      e = addressed(next);
    }
  };

  for (const tok of tokens) {
    const p = tok.start;
    const c = text.charCodeAt(p);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    const glued = TITLES_ENDING.edgeAt(text, p) && tok.end - p >= 2 ? gluedDottedName(text, tok, idx) ?? (tok.tag === 'x' || tok.tag === 'ns' || tok.tag === 'd' || tok.word === '任何' || (tok.tag === 'n' && (tok.end - p === 3 || idx.at(tok.end)?.tag === 'x')) ? gluedTitleName(text, tok, idx) : undefined) : tok.tag === 'x' && tok.end - p >= 3 ? surnameGluedToTitle(text, tok, idx) : undefined;
    if (glued) {
      const { title, org } = titleAndOrg(text, glued.titled, idx, lastOrgByUnit);
      // (…sharing the previous official's organization, 主任孙宇、副/主/任何/r 平/n, and the names listed after it: 两/m 国外/s 长王毅/x 、拉夫罗夫.)
      const shared = sharedOrg(title, org, glued.titled.start);
      add({ start: glued.start, end: glued.end, title, org: shared, source: 'rule:official-title' });
      addListAfter(glued.end, title, shared);
      continue;
    }
    const titled = titleBefore(text, p);
    // 公司的董事长是沈定刚。, 首任总经理为夏瑞芳。: a name the title is, closing its clause.
    // (…or names, 保荐代表人为孙立和赵一鸣。, 新任行长分别为刘伟、孙明。)
    const copula = !titled && (text[p - 1] === '是' || text[p - 1] === '为') ? titleBefore(text, p - (RESPECTIVELY.has(text.slice(p - 3, p - 1)) ? 3 : 1)) : undefined;
    const copulaNames: Array<[number, number]> = [];
    for (let at = p, end = copula ? nameAt(text, p, idx) : -1; end > 0; end = COPULA_LIST_JOINS.has(text[end] ?? '') ? nameAt(text, (at = end + 1), idx) : -1) copulaNames.push([at, end]);
    const copulaEnd = copulaNames.at(-1)?.[1] ?? -1;
    // (…perhaps before the name in Latin letters: 董事总经理为陈国华（Tan Kok Wah）。)
    const aliasEnd = copulaEnd > 0 ? copulaEnd + (LATIN_ALIAS.exec(text.slice(copulaEnd, copulaEnd + 48))?.[0].length ?? 0) : -1;
    if (copula && copulaEnd > 0 && (aliasEnd === text.length || CLAUSE_END.at(text, aliasEnd))) {
      const held = titleAndOrg(text, copula, idx, lastOrgByUnit);
      for (const [start, end] of copulaNames) add({ start, end, ...held, source: 'rule:official-title' });
      continue;
    }
    // 担任董事长的雷军, 京东方董事长的陈炎顺: a name the title describes with 的, one the segmenter took whole for a name (not 董事长的儿子).
    // (…before what the person does: not 总理的祝福。)
    const described = !titled && text.charCodeAt(p - 1) === 0x7684 && NAME_TAGS.has(tok.tag ?? '') && isCJKWord(tok.word) ? titleBefore(text, p - 1) : undefined; // 的
    // (A post the person takes next is theirs now: 曾任…副总裁的何建明出任同仁制药董事长, read with 出任.)
    if (described && nameAt(text, p, idx) === tok.end && (ACTION_TAGS.has(idx.at(tok.end)?.tag ?? '') || /^\d/.test(text[tok.end] ?? '')) && !TAKING.has(idx.at(tok.end)?.word ?? '')) {
      add({ start: p, end: tok.end, ...titleAndOrg(text, described, idx, lastOrgByUnit), source: 'rule:official-title' });
      continue;
    }
    // 董事长由凌忠/x 嫄/zg 接任: the segmenter glued 由 (by) onto the name of who takes the post; the name runs to the verb.
    const taker = titled && text.charCodeAt(p) === 0x7531 && tok.tag === 'x' && SINGLE_SURNAMES.at(text, p + 1) ? takingVerbAt(p + 3, idx) : -1;
    if (taker > 0 && isCJKWord(text.slice(p + 1, taker))) {
      add({ start: p + 1, end: taker, ...titleAndOrg(text, titled!, idx, lastOrgByUnit), source: 'rule:official-title' });
      continue;
    }
    // (Not a longer title's last word: 董事长/顾问/nr is the post 董事长顾问.)
    if (titled && TITLE_AT.longestFrom(text, titled.start) <= p) {
      const end = titledNameAt(text, tok, idx);
      // After a field's colon, the name is the whole value: 项目经理：孙浩然（一级建造师）, not 董事长：王强说.
      // A page's credits (主编：李娜) name its staff, as 责任编辑 does.
      if (end < 0 || (COLONS.at(text, titled.end) && ((!FIELD_END.at(text, end) && end < text.length) || CREDITS.test(text.slice(titled.start, titled.end))))) continue;
      const { title, org: written } = titleAndOrg(text, titled, idx, lastOrgByUnit);
      // The parties to an agreement are no organization, and each holds the title (双方首席执行官贝格和杨宏宇).
      const parties = PARTIES.test(written);
      const org = parties ? '' : written;
      const shared = sharedOrg(title, org, titled.start);
      // 原副总裁马骁升任总裁: a former post before the name and the new one after it, read with its verb (appointments),
      // in the former post's organization where it names none (原副行长黄黔接任行长).
      const next = idx.at(end);
      // (Not after 由, where the post taken is before it: 总经理一职由原副总经理蒋海峰出任.)
      // (…unless the verb names no new post: 由…原董事长柯瑞文接任。)
      if (FORMER_MARK.at(text, titled.start - 1) && text[titled.start - 2] !== '由' && next?.start === end && MOVING.has(next.word) && !(next.end === text.length || CLAUSE_END.at(text, next.end))) {
        formerOrg.set(p, shared);
        continue;
      }
      add({ start: p, end, title, org: shared, source: 'rule:official-title' });
      addListAfter(end, title, shared, parties);
      continue;
    }
    // A name before a title of address: 王海书记批示 (a title must start two to four characters on).
    if (!(TITLE_AT.edgeAt(text, p + 2) || TITLE_AT.edgeAt(text, p + 3) || TITLE_AT.edgeAt(text, p + 4))) continue;
    let end = nameAt(text, p, idx);
    // 李明/x 副市长: the name the segmenter gave whole, before a title that begins with a character a name could take (副).
    // Not 王姓/nr 董事长 (a man surnamed Wang), not 原副/x 部长 (a former deputy).
    if (end < 0 && NAME_TAGS.has(tok.tag ?? '') && tok.end - p === 2 && SINGLE_SURNAMES.at(text, p) && !NOT_SECOND.at(text, p + 1) && TITLE_AT.longestFrom(text, tok.end) > 0) end = tok.end;
    // …or a given name the segmenter took for a holiday, a month, a sum or an adverb (李/国庆/t 局长, 冯/三月/m 局长, 王/立新/d 县长).
    if (end < 0 && tok.end === p + 1 && (idx.at(p + 1)?.tag === 't' || idx.at(p + 1)?.tag === 'm' || idx.at(p + 1)?.tag === 'd')) {
      const cut = cutNameAt(text, p, idx);
      if (cut > 0 && TITLE_AT.longestFrom(text, cut) > 0) end = cut;
    }
    // An office before its head's title is no name, whatever its tag (宣传部/nr 副部长); nor is a letter (]C董事长).
    // A name and 任 before a title is an appointment (张伟任/x 董事长): appointments() reads it.
    // (Nor a bureau's field, whatever the segmenter made of it: 县级/文旅/x 局长, 住建/j 局长; nor a body a surname
    // starts: 区/n 政协主席, 区 being a surname too.)
    // (Nor the verb 任 after a name, glued onto the organization: 吴志刚/任国网/x 董事长.)
    // (Nor an honorary post's mark: 以荣誉/nr 董事长身份.)
    if (end < p + 2 || OFFICE_END.at(text, end - 1) || text.charCodeAt(end - 1) === 0x4efb || BUREAU_FIELDS.has(text.slice(p, end)) || HONORARY.has(text.slice(p, end)) || BODY_END.test(text.slice(p, end))) continue;
    if (text.charCodeAt(p) === 0x4efb && NAME_TAGS.has(idx.at(p - 1)?.tag ?? '') && idx.at(p - 1)!.end === p) continue;
    // (Nor the verb 任 after 曾, 现, 兼 and the organization glued to it: 赵长鹏曾/任币安/x 首席执行官.)
    if (text.charCodeAt(p) === 0x4efb && /[曾现兼改转升调]/.test(text[p - 1] ?? '')) continue;
    // (Nor the rest of an organization the verb before it took its first character of: 任晋/x 银/ng 理财/v 总经理.)
    if (idx.at(p - 1)?.end === p && idx.at(p - 1)!.tag === 'x' && /^[任兼由][\u4e00-\u9fff]$/.test(idx.at(p - 1)!.word)) continue;
    // Only a token the segmenter took for a name (or a lone surname) counts here: not 项目总经理.
    // (The title may be an acting one: 李红梅代董事长.)
    const acting = text[end] === '代' ? 1 : 0;
    const te = TITLE_AT.longestFrom(text, end + acting);
    // Not an employer before its executive's titles: 比亚迪/nr 董事长兼总裁王传福.
    if (
      te > 0 &&
      ADDRESS.has(text.slice(end + acting, te)) &&
      !placeBeforeUnit(text.slice(p, end), text, end) &&
      // (…nor the end of one the segmenter cut in two: 卡塔/nrt 马卡/x 省长.)
      !(/[省州]/.test(text[end] ?? '') && idx.at(p - 1)?.end === p && idx.at(p - 1)?.tag === 'nrt') &&
      // (…nor before the name the title is of, a foreign one too: 原执行副总经理佐藤/nrt 健一.)
      nameAt(text, te, idx) < 0 &&
      !(idx.at(te)?.start === te && NAME_TAGS.has(idx.at(te)!.tag ?? '') && isCJKWord(idx.at(te)!.word)) &&
      ((tok.end - tok.start === 1 && !VERB_LIKE_TAGS.has(tok.tag ?? '')) || NAME_TAGS.has(tok.tag ?? '')) &&
      !(JOINERS.has(text[te] ?? '') && TITLE_AT.longestFrom(text, te + 1) > 0) &&
      companyNameEndingAt(text, end) !== p
    ) {
      // (A company the dictionary knows right before the name is its organization: 海尔集团周云杰董事长;
      // so is one before 的, its stock code between: 泸州老窖的刘淼董事长, 瑞达期货（002961）的林志斌董事长, 腾讯控股（00700.HK）刘炽平总裁.)
      // (A Japanese family name the segmenter took for a place is the name's, before a given name of two: 东京电子的河合/ns 利树/x 社长.)
      const family = end - p === 2 && companyNameEndingAt(text, p) < 0 ? [p - 3, p - 2].find((s) => s >= 0 && JAPANESE_SURNAMES.longestFrom(text, s) === p) : undefined;
      const name = family ?? p;
      const owner = text[name - 1] === '的' ? name - 1 : name;
      const of = owner - (STOCK_CODE.exec(text.slice(Math.max(0, owner - 16), owner))?.[0].length ?? 0);
      const employer = companyNameEndingAt(text, of);
      // (A surname the segmenter took for a verb after a pause is the name's: ，盛/v 纪纲/nr 董事长.)
      const surname = end - p === 2 && p >= 1 && idx.at(p - 1)?.start === p - 1 && idx.at(p - 1)!.end === p && idx.at(p - 1)!.tag === 'v' && SINGLE_SURNAMES.at(text, p - 1) && (p === 1 || BEFORE_ITEM.at(text, p - 2));
      // (…else a government title's place the article named last: 青岛市…。赵豪志市长 → 青岛市.)
      const title = text.slice(end, te);
      // (A Japanese family name the dictionary knows as a company is the person's before a given name: 丰田/章男 会长.)
      if (employer >= 0 && end - p <= 2 && JAPANESE_SURNAMES.longestFrom(text, employer) === p) add({ start: employer, end, title, org: '', source: 'rule:official-address' });
      else add({ start: surname ? p - 1 : name, end, title, org: employer >= 0 ? text.slice(employer, of) : (officeBefore(text, name, title, idx, lastOrgByUnit) ?? orgOf(text, name, title, idx, lastOrgByUnit, name)), source: 'rule:official-address' });
    }
  }

  for (const a of approvals(text)) for (const n of a.names) add({ ...n, title: a.title, org: text.slice(a.org.start, a.org.end), source: 'rule:official-title' });
  for (const m of appointments(text, idx, lastOrgByUnit)) add(m);
  for (const m of legalRepresentatives(text, idx, lastOrgByUnit)) add(m);
  for (const m of biographies(text, idx, lastOrgByUnit)) add(m);
  for (const m of bracketedPositions(text, idx, lastOrgByUnit)) add(m);
  for (const m of appositivePositions(text, idx, lastOrgByUnit)) add(m);
  // A name of three whose last character follows names (付欣在) is of two where the article names the two alone (付欣称).
  for (const m of mentions) {
    if (m.end - m.start !== 3 || !AFTER_NAME.at(text, m.end - 1) || !isCJKWord(text.slice(m.start, m.end))) continue;
    if (writtenWhere(text, text.slice(m.start, m.end - 1), (p) => p !== m.start && text[p + 2] !== text[m.end - 1] && nameMayEndAt(text, p + 2, idx))) m.end--;
  }
  // An official's name in Latin letters in brackets after the Chinese one is the same official's: 托马斯·布劳恩（Thomas Braun）.
  // (A name's own 和 before it is the name's, not a conjunction: 吕志和（Lui Che Woo）.) So is a Chinese name after a Latin one: Linda Xu（徐琳达）.
  for (const m of [...mentions]) {
    if (text[m.end] === '和' && LATIN_ALIAS.test(text.slice(m.end + 1, m.end + 49))) m.end++;
    const alias = /[A-Za-z]$/.test(text[m.end - 1] ?? '') ? CHINESE_ALIAS.exec(text.slice(m.end, m.end + 8)) : LATIN_ALIAS.exec(text.slice(m.end, m.end + 48));
    if (alias && (!/[\u4e00-\u9fff]/.test(alias[1]!) || nameAt(text, m.end + 1, idx) === m.end + 1 + alias[1]!.length)) add({ ...m, start: m.end + 1, end: m.end + 1 + alias[1]!.length });
  }
  for (const m of mentions) if (!m.org && formerOrg.has(m.start)) m.org = formerOrg.get(m.start)!;
  mentions.push(...otherMentions(text, mentions, idx, taken));
  return mentions.map(({ start, end, title, org, source }) => {
    const attrs: Candidate['attrs'] = { title };
    if (org) attrs.org = org;
    return { start, end, label: 'OFFICIAL', source, attrs };
  });
};

/** Whether a title starts within the clause at `from` (before the next pause): the words there are an organization. */
/**
 * A public office or body written right before a name and its title of address (广东省商务厅张国华厅长,
 * 中国汽车工业协会陈士华副秘书长): the organization of that title. Not a word that is no such name.
 */
function officeBefore(text: string, p: number, title: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): string | undefined {
  // (On a copy of the places named so far: orgOf records a unit's place, and a rejected reading must not.)
  const org = orgOf(text, p, title, idx, new Map(lastOrgByUnit));
  return org.length >= 3 && text.endsWith(org, p) && ORGANIZATION_END.test(org) ? org : undefined;
}

/** Where a verb of taking a post starts, at `from` or one character on (a name of two or three after 由), or -1. */
function takingVerbAt(from: number, idx: TokenIndex): number {
  for (const at of [from, from + 1]) if (idx.at(at)?.start === at && MOVING.has(idx.at(at)!.word)) return at;
  return -1;
}

function titleInClause(text: string, from: number, idx: TokenIndex): boolean {
  // (A title after 及, 以及, 和 or 与 right after the name is the next person's: 执行董事潘政民、吴春媛及独立非执行董事张宏江, 副局长刘洋、王建华和代理总畜牧师赵明.)
  if (LAST_JOINS.at(text, from) || text.startsWith('以及', from)) return false;
  // (Not inside a word: 在主席台/n 就座.)
  for (let k = from; k < from + 12 && k < text.length && !CLAUSE_END.at(text, k); k++) {
    const end = TITLE_AT.longestFrom(text, k);
    if (end > 0 && idx.isBoundary(end)) return true;
  }
  return false;
}
const CLAUSE_END = new CharSet('、，,。；;：:！？\n');

/** Verbs that appoint the names after them to a position, or remove them from one they hold. */
export const APPOINTING: ReadonlySet<string> = new Set(['任命', '聘任', '聘请', '委任', '选举', '推选', '推举', '免去', '免除']);
/** Verbs after a name that give the position it takes or leaves, or holds as it acts: 张三任副市长, 李四当选为董事长, 王五辞去董事长职务, 王强作为董事长出席, 何建锋连任董事长, 徐子阳续聘为总裁. Not 拟任: not yet held. */
const TAKING = new Set(['任', '历任', '出任', '担任', '当选', '升任', '调任', '兼任', '接任', '继任', '改任', '转任', '就任', '获任', '时任', '曾任', '新任', '辞去', '辞任', '卸任', '作为', '连任', '续任', '留任', '仍任', '续聘', '获聘']);
/** Those of moving from one post to another: 升任, 接任, 调任 (not 作为, acting as). */
const MOVING = new Set(['出任', '担任', '升任', '调任', '兼任', '接任', '继任', '改任', '转任', '就任', '获任', '当选', '获聘', '续任']);
/** 任 and the unit its position starts with, which the segmenter makes one word: 任区, 任县. */
const TAKES_UNIT = /^任[省市县区镇乡]$/;
/** The reason or the time of a change of post, between the name and its verb: 因个人原因, 因工作调整, 自2022年7月起, 将于2025年6月16日起, 自即日起; or the time it was held in, 在 (李建新在担任…期间), 利用 (先后利用担任…的职务便利), and 申请, after a reason too (黄志刚申请辞去, 黄志远先生因工作原因申请辞去). */
const REASON = String.raw`因(?:个人|工作|身体|家庭|年龄|业务)?[\u4e00-\u9fff]{0,2}?(?:原因|调整|调动|需要|安排|变动)`;
const WHY_OR_WHEN = new RegExp(String.raw`(?:${REASON}(?:申请)?|(?:将|已)?(?:自|于|从)(?:即日|今日|本月|[\d０-９一二三四五六七八九十〇零年月日底初中旬今明去本上下季度]{2,14})起?|(?:先后|曾经?|多次)?(?:在|利用)|申请)$`);
/** Copulas that give the position a name holds: 于涛是海信视像总经理, 李刚系公司董事长, （王晓东为广州工控集团总经理）, 马化腾仍为董事会主席. */
const COPULAS = new Set(['是', '系', '为', '现为', '仍为']);
/** Adverbs of a list between a title and its copula: 行长分别为, 依次为. */
const RESPECTIVELY = new Set(['分别', '依次']);
/** What joins the names a title is, after its copula: 保荐代表人为孙立和赵一鸣. */
const COPULA_LIST_JOINS = new Set(['、', '和', '及', '与']);
/** The copulas the segmenter glues onto an unknown name: 张伟为/x, 李明系/x, 王强是/x. */
const GLUED_COPULA = new CharSet('为系是');
/** First characters of those verbs: most tokens are refused by one bit test. */
const VERB_HEADS = new CharSet([...APPOINTING, ...TAKING, ...COPULAS, '现任'].map((v) => v[0]).join(''));
/** The forms of address a notice puts after a name: 王红梅同志, 孙立华先生, 赵海军博士. */
const NOTICE_ADDRESS = '同志|先生|女士|博士';
/** What may stand between the names and the position: 为, the 的 of 免去X的…职务, 继续担任, the 后 of 卸任后, and the 同志 or 先生 of a formal notice. */
const BEFORE_POSITION = new RegExp(`^(?:${NOTICE_ADDRESS})?(?:继续)?(?:了|为|的|担任|出任|后)?`);
/** A form of address after a name in a notice: 赵海军博士、梁孟松博士. */
const ADDRESS_AFTER = new RegExp(`^(?:${NOTICE_ADDRESS})`);
/** …and before a verb of taking a post: 王红梅同志任…. */
const ADDRESS_BEFORE = new RegExp(`(?:${NOTICE_ADDRESS})$`);
/** Adverbs between names and the verb of their posts: 先后出任, 分别担任, 已出任, and how a vote went: 全票当选. */
const SUCCESSION = new Set(['先后', '分别', '相继', '均', '都', '也', '曾', '还', '继续', '全票', '高票', '再次', '顺利', '正式', '已', '将', '已经', '即将', '同时', '仍', '仍将', '仍然', '依然']);
/** What joins the last name of a list to the others: 李明、王芳及赵刚. */
const LAST_JOINS = new CharSet('及和与');
/** What joins the names of such a list: 王海涛、李东和赵明先后担任. */
const LIST_JOINS = new Set(['、', '和', '与']);
/**
 * A candidate's résumé in a notice: 李明，男，1972年6月生，汉族，…，现任郑州市委常委、秘书长 (or 方晨，现任…; 吴海涛，1972年3月生，现任…;
 * 【任前公示】李晓东，男，…; 周红波（女），出生年月1975.03，现任…), over its sentences (…，中共党员。现任…).
 */
const RESUME_NAME = /(?:^|[。；;：:\n】\]])\s*([\u4e00-\u9fff·]{2,8})(?:[(（][男女][)）])?[，,](?:(?:男|女|(?:19|20)\d{2}年\d{1,2}月(?:出)?生|出生年月)[，,：:]?[^；;\n【】]*)?$/;
/** A token a name may start with here: one the segmenter took for a name, or a lone surname (王/红梅). */
const nameStartAt = (idx: TokenIndex, p: number) => {
  const t = idx.at(p);
  // (…a word tagged a numeral with no numeral in it too: 许家/m 豪.)
  return t !== undefined && t.start === p && (NAME_TAGS.has(t.tag ?? '') || t.end - t.start === 1 || (t.tag === 'm' && !NUMERAL_WORD.test(t.word)));
};

/** The start of a name before 新任 at `at` that ends in 新, as the article names it elsewhere without the 任 after (孙立新，1966年11月生); or -1. */
function nameEndingNew(text: string, at: number, idx: TokenIndex): number {
  const before = idx.at(at - 1);
  if (!before || before.end !== at || at - before.start < 2 || at - before.start > 3 || !SINGLE_SURNAMES.at(text, before.start)) return -1;
  const name = text.slice(before.start, at + 1);
  return writtenWhere(text, name, (p) => text[p + name.length] !== '任') ? before.start : -1;
}

/**
 * Names given a position by an appointment: 任命张三、李四为济南市副市长, 免去王五的市交通运输局局长职务,
 * 陈志明当选为公司董事长. A nomination (为市长候选人) gives no position yet.
 */
function appointments(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  const tokens = idx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    // 张伟任/x 董事长, 林国/荣任/n 董事长, 周长/海任/x: the segmenter glued the verb 任 onto the name.
    if (text.charCodeAt(verb.end - 1) === 0x4efb && GLUED_TAKING.test(verb.word)) {
      const end = verb.end - 1;
      const before = tokens[i - 1];
      // The name is the token (张伟任/x) or a surname's word and the character before 任 (林国/荣任/n, 周长/海任/x; not 公司/信任/v).
      const whole = end - verb.start >= 2 && end - verb.start <= 3 && nameStartAt(idx, verb.start) && SINGLE_SURNAMES.at(text, verb.start) && isCJKWord(text.slice(verb.start, end));
      const p = whole || (end - verb.start >= 2 && nameStartAt(idx, verb.start) && nameAt(text, verb.start, idx) >= end) ? verb.start
        : before && verb.end - verb.start === 2 && (verb.tag === 'x' || verb.tag === 'n') && before.end - before.start === 1 + surnameLength(text, before.start) && isCJKWord(text.slice(before.start, end)) && TITLE_AT.longestFrom(text, before.start + 1) < 0 ? before.start : -1;
      if (p >= 0) {
        const names: Array<[number, number]> = [[p, end]];
        withListedBefore(text, idx, names);
        out.push(...appointed(text, '任', { names, after: verb.end }, idx, lastOrgByUnit));
      }
      continue;
    }
    // 张伟为/x 公司新任副总裁, 李明系/x 浪潮集团董事长: a copula glued onto a name the segmenter did not know (read as a copula: the position ends its clause).
    if (verb.tag === 'x' && GLUED_COPULA.at(text, verb.end - 1) && verb.end - verb.start >= 3 && verb.end - verb.start <= 4 && SINGLE_SURNAMES.at(text, verb.start) && nameAt(text, verb.start, idx) === verb.end - 1) {
      if (!appointedInClause(text, tokens, i)) out.push(...appointed(text, text[verb.end - 1]!, { names: [[verb.start, verb.end - 1]], after: verb.end }, idx, lastOrgByUnit));
      continue;
    }
    if (!VERB_HEADS.at(text, verb.start)) continue;
    // 张文斌/x 任区/x 教育局局长, 刘洋同志/任县/r 商务局: the segmenter glued the unit of the position onto 任;
    // 孙立/新任 is 孙立新 and 任 where the article names 孙立新 elsewhere (孙立新，1966年11月生).
    const newName = verb.word === '新任' ? nameEndingNew(text, verb.start, idx) : -1;
    // 卢振宇获委任为集团总裁: appointed, as 获任.
    const passive = verb.word === '委任' && tokens[i - 1]?.word === '获' && tokens[i - 1]!.end === verb.start;
    const verbStart = passive ? tokens[i - 1]!.start : newName >= 0 ? verb.start + 1 : verb.start;
    // (…or onto the organization's first characters after a name: 吴志刚/nr 任国网/x 山东省电力公司董事长.)
    // (…after a name and its form of address too: 王珊珊/x 女士/n 任晋/x 银理财总经理.)
    const takesOrg = verb.tag === 'x' && verb.word.length >= 2 && verb.word[0] === '任' && isCJKWord(verb.word) && (NAME_TAGS.has(tokens[i - 1]?.tag ?? '') || ADDRESS_BEFORE.test(text.slice(verb.start - 2, verb.start))) && tokens[i - 1]!.end === verb.start;
    const word = passive ? '获任' : TAKES_UNIT.test(verb.word) || newName >= 0 || takesOrg ? '任' : verb.word;
    const wordEnd = passive ? verb.end : verbStart + word.length;
    // 聘/v 任何/r 颖/nr 为总经理: 聘任 (or 委任) and the surname 何, which the segmenter read as 任何 (any).
    const he = verb.word === '任何' && /^[聘委]$/.test(tokens[i - 1]?.word ?? '') && tokens[i - 1]!.end === verb.start ? tokens[i + 1] : undefined;
    if (he && he.start === verb.end && NAME_TAGS.has(he.tag ?? '') && he.end - verb.start <= 4 && isCJKWord(he.word)) {
      // (…and the names listed after it: 委任何志强、李慧雯及苏家俊为….)
      const more = /[、及和]/.test(text[he.end] ?? '') ? namesListedAt(text, he.end + 1, idx) : { names: [], after: -1 };
      const names: Array<[number, number]> = [[verb.start + 1, he.end], ...more.names];
      out.push(...appointed(text, tokens[i - 1]!.word + '任', { names, after: more.names.length ? more.after : he.end }, idx, lastOrgByUnit));
      continue;
    }
    if (APPOINTING.has(verb.word) && !passive) {
      // 会议决定任命：张三为…；李四为…: after a colon, each clause of the sentence is an appointment.
      if (COLONS.at(text, verb.end)) {
        for (let p = verb.end + 1; ; ) {
          out.push(...appointed(text, verb.word, namesListedAt(text, p, idx), idx, lastOrgByUnit));
          const next = text.indexOf('；', p);
          if (next < 0 || /[。\n]/.test(text.slice(p, next))) break;
          p = next + 1;
        }
      } else {
        // 任命孙晓东为副市长、李建华为市教育局局长: the next clause of the sentence as long as each names someone and a position.
        for (let p = verb.end, found = 1; p >= 0 && found; ) {
          // (选举现年52岁的张建国为…, 聘任58岁的赵刚为…: the name after its age.)
          const listed = namesListedAt(text, p + (AGE_BEFORE_NAME.exec(text.slice(p, p + 8))?.[0].length ?? 0), idx);
          const mentions = appointed(text, verb.word, listed, idx, lastOrgByUnit);
          out.push(...mentions);
          found = mentions.length;
          p = nextClause(text, Math.max(p, listed.after));
        }
      }
    } else if (TAKING.has(word) || (COPULAS.has(verb.word) && !appointedInClause(text, tokens, i)) || verb.word === '现任') {
      // 张三任…, 王/红梅/同志/任…, 张玉卓现任…: the name ends at the verb, or before 同志 (or 不再: 李四不再担任…;
      // 先后, 分别: 王海涛、李东先后出任…, a list of names).
      // (…over two of them: 刘炽平将/继续/担任.)
      let k = i;
      while (k > 0 && i - k < 2 && (tokens[k - 1]!.word === '不再' || (SUCCESSION.has(tokens[k - 1]!.word) && (word !== '任' || tokens[k - 1]!.word === '分别')))) k--;
      // 王彤宙、宋海良、刘翔分别任集团董事长、总经理、副总经理: each the position in the same place in its list.
      const respectively = tokens.slice(k, i).some((t) => t.word === '分别');
      const verbAt = k < i ? tokens[k]!.start : verbStart;
      // (…after the reason or the time of the change: 牛钢因个人原因辞去, 赵伟国自2022年7月起不再担任, 卢伟冰自即日起出任.)
      const why = verbAt - (word !== '任' ? (WHY_OR_WHEN.exec(text.slice(Math.max(0, verbAt - 16), verbAt))?.[0].length ?? 0) : 0);
      // (…and the name in Latin letters after it: 陈立武（Lip-Bu Tan）正式出任.)
      const at = why - (LATIN_ALIAS_BEFORE.exec(text.slice(Math.max(0, why - 48), why))?.[0].length ?? 0);
      // (…and an adverb the segmenter glued onto the name's last character: 林子/nr 涵将/x 接任.)
      const glued = GLUED_ADVERB.at(text, at - 1) && idx.at(at - 1)!.tag === 'x' && idx.at(at - 1)!.start < at - 1 ? 1 : 0;
      const end = ADDRESS_BEFORE.test(text.slice(at - 2, at)) ? at - 2 : at - glued;
      const names: Array<[number, number]> = [];
      // The longest name that ends there (赵/卫东/任: 赵卫东, not 卫东).
      const lastOfName = idx.indexAt(end - 1);
      if (newName >= 0) names.push([newName, verbStart]);
      else for (let j = Math.max(0, lastOfName - 3); j <= lastOfName; j++) {
        const p = tokens[j]!.start;
        // (Not where someone served, after 在: 曾在苏伊士担任亚洲区总裁.)
        if (end - p <= 4 && nameStartAt(idx, p) && nameAt(text, p, idx) === end && text[p - 1] !== '在') {
          names.push([p, end]);
          break;
        }
        // (…a name the segmenter did not know, after 由 or a pause: 总裁一职由张伟/x 接任, ，陈立武/x 出任.)
        if ((text[p - 1] === '由' || p === 0 || BEFORE_ITEM.at(text, p - 1)) && tokens[j]!.tag === 'x' && tokens[j]!.end === end && end - p >= 2 && end - p <= 3 && SINGLE_SURNAMES.at(text, p) && isCJKWord(text.slice(p, end))) {
          names.push([p, end]);
          break;
        }
        // (…a name after the 由 the segmenter glued onto its surname: 董事长由孙/x 明亮/a 接任.)
        if (tokens[j]!.tag === 'x' && text[p] === '由' && end - p >= 3 && end - p <= 4 && tokens[j]!.end < end && SINGLE_SURNAMES.at(text, p + 1) && isCJKWord(text.slice(p + 1, end))) {
          names.push([p + 1, end]);
          break;
        }
      }
      // The names listed before it: 王海涛、李东先后出任.
      withListedBefore(text, idx, names);
      // A candidate's résumé names the person before the facts: 李明，男，1972年6月生，…，现任….
      const resume = !names.length && (verb.word === '现任' || verb.word === '时任') ? RESUME_NAME.exec(text.slice(Math.max(0, verb.start - 120), verb.start)) : null;
      const start = resume ? verb.start - resume[0].length + resume[0].indexOf(resume[1]!) : -1;
      // (a given name the segmenter took for an adverb: 王/立新/d，现任)
      const resumeEnd = start + (resume?.[1]!.length ?? 0);
      if (start >= 0 && (nameAt(text, start, idx) === resumeEnd || cutNameAt(text, start, idx) === resumeEnd)) names.push([start, resumeEnd]);
      // 院长由朱晓担任, 董事长由刘尔卓出任, 总裁一职由张伟接任: the position before 由;
      // (…the one another left, before a comma: 苟轶群辞任首席执行官，由李瑜接任.)
      const byAt = names[0] && text[names[0][0] - 1] === '由' ? names[0][0] - (text.endsWith('一职', names[0][0] - 1) ? 3 : 1) : -1;
      const by = byAt > 0 && text[byAt - 1] === '，' && LEFT_POST_BEFORE.test(text.slice(Math.max(0, byAt - 16), byAt - 1)) ? byAt - 1 : byAt;
      const before = names.length === 1 && by >= 0 && !text.slice(wordEnd, wordEnd + 1).match(/[\u4e00-\u9fff]/) ? titleBefore(text, by) : undefined;
      if (before) out.push({ start: names[0]![0], end: names[0]![1], ...titleAndOrg(text, before, idx, lastOrgByUnit), source: 'rule:official-appointed' });
      else out.push(...appointed(text, word, { names, after: wordEnd }, idx, lastOrgByUnit, respectively));
    }
  }
  return out;
}

/** A post another left, ending the clause before 由: 辞任首席执行官, 辞去董事长职务. */
const LEFT_POST_BEFORE = /(?:辞任|辞去|卸任|不再担任)[\u4e00-\u9fff、]{2,12}$/;

/**
 * 法定代表人由汪建平变更为沈晓红, as business registers report it: the legal representative the company had and the one it has.
 * (The frame bounds the names, whatever the segmenter made of them: 人由雷军/x 变更/v 为林斌/x.)
 */
const LEGAL_REPRESENTATIVE_CHANGE = /法定代表人(?:已|正式)?由([\u4e00-\u9fff]{2,4})变更为([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])/dg;
function legalRepresentatives(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(LEGAL_REPRESENTATIVE_CHANGE)) {
    const [before, after] = [m.indices![1]!, m.indices![2]!];
    if (!surnameLength(text, before[0]) || !surnameLength(text, after[0])) continue;
    const held = titleAndOrg(text, { start: m.index, end: m.index + 5 }, idx, lastOrgByUnit);
    out.push({ start: before[0], end: before[1], ...held, source: 'rule:official-appointed' }, { start: after[0], end: after[1], ...held, source: 'rule:official-appointed' });
  }
  return out;
}

/** A biography's head: a name alone opening a paragraph, then the sex (杨庆华，男，汉族，1966年3月生). */
const BIOGRAPHY = /(?:^|\n)[^\S\n]*([\u4e00-\u9fff]{2,4})[，,][男女][，,]/dg;
/** Where a post a biography names after 任 ends: a pause or the paragraph's end (…任江西省副省长。). */
const POST_END = /^(?:[，,；;。、\n]|$)/;

/**
 * The person a biography is of, with the last post it names after 任 (…2016年12月至2021年6月任江西省赣州市委书记；
 * 2021年6月起任江西省副省长): an official, as an announcement of a post or a case introduces one.
 */
function biographies(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(BIOGRAPHY)) {
    const [start, end] = m.indices![1]!;
    if (!surnameLength(text, start)) continue;
    const lineBreak = text.indexOf('\n', end);
    const paragraphEnd = lineBreak < 0 ? text.length : lineBreak;
    let post: { taken: number; start: number; end: number } | undefined;
    for (let k = text.indexOf('任', end); k >= 0 && k < paragraphEnd; k = text.indexOf('任', k + 1)) {
      for (let e = k + 3; e <= Math.min(k + 24, paragraphEnd); e++) {
        const t = TITLES_ENDING.longestEndingAt(text, e);
        if (t > k && POST_END.test(text.slice(e, e + 1))) {
          post = { taken: k + 1, start: t, end: e };
          break;
        }
      }
    }
    if (!post) continue;
    const title = text.slice(post.start, post.end);
    out.push({ start, end, title, org: orgOf(text, post.start, title, idx, lastOrgByUnit, post.taken), source: 'rule:official-title' });
  }
  return out;
}

/** An appointing or nominating verb earlier in the clause before token `i` (选举吕向阳为…, 提名张伟为…): its 为 is that verb's, read with it or not at all. */
function appointedInClause(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 12 && !CLAUSE_END.at(text, tokens[k]!.start); k--) if (APPOINTING.has(tokens[k]!.word) || NOMINATING.has(tokens[k]!.word)) return true;
  return false;
}
/** Words of posts that start with a surname (任): 副总经理任命, 董事任期. */
const POST_WORDS = new Set(['任命', '任免', '任职', '任期', '任用', '任上']);
/** Verbs that propose someone for a position not yet held: 提名张伟为副总裁. */
const NOMINATING = new Set(['提名', '推荐', '拟任', '拟提名', '建议']);

const CLAUSE_PAUSE = /[、，,]|[。；;\n]/g;
/** Where the clause after `from` starts within its sentence, or -1. */
function nextClause(text: string, from: number): number {
  CLAUSE_PAUSE.lastIndex = from;
  const m = CLAUSE_PAUSE.exec(text);
  return m && /[、，,]/.test(m[0]) ? m.index + 1 : -1;
}

/** The names listed at `p` (张三、李四, 王红梅同志), and where the list ends. */
function namesListedAt(text: string, p: number, idx: TokenIndex): { names: Array<[number, number]>; after: number } {
  const names: Array<[number, number]> = [];
  let after = -1;
  // (A compound surname the segmenter took for a place starts one too: 免去欧阳/ns 志远的….)
  for (; nameStartAt(idx, p) || nameAcrossWordAt(text, p, idx) || surnameLength(text, p) === 2 || LATIN_PERSON.test(text.slice(p, p + 40)); p++) {
    // (a given name the segmenter took for an adverb: 免去王/立新/d 的; a name in Latin letters: 委任郑启航、Michael Tan为…;
    // a transliterated one and its Latin form in brackets: 任命克劳斯·韦伯（Klaus Weber）为…)
    const latin = LATIN_PERSON.exec(text.slice(p, p + 40))?.[0].length;
    const dotted = latin ? -1 : dottedNameAt(text, p, idx);
    const named = latin ? p + latin : dotted > 0 ? dotted : nameAt(text, p, idx);
    const end = named >= 0 ? named : cutNameAt(text, p, idx);
    if (end < 0) break;
    names.push([p, end]);
    after = end + (ADDRESS_AFTER.exec(text.slice(end, end + 2))?.[0].length ?? 0);
    const alias = dotted > 0 ? LATIN_ALIAS.exec(text.slice(after, after + 48)) : null;
    if (alias) {
      names.push([after + 1, after + 1 + alias[1]!.length]);
      after += alias[0].length;
    }
    // (…and the last after 及, 和 or 与 where a name follows: 委任李明、王芳及赵刚为….)
    if (text[after] !== '、' && !(LAST_JOINS.at(text, after) && (nameAt(text, after + 1, idx) > 0 || cutNameAt(text, after + 1, idx) > 0))) break;
    p = after;
  }
  return { names, after };
}

/** A personal name in Latin letters, of two to four words: Michael Tan, Tan Kok Wah. */
const LATIN_PERSON = new RegExp(`^${LATIN_NAME_WORD}(?:[ -]${LATIN_NAME_WORD}){1,3}(?![A-Za-z])`);

/** A name that starts on a word the segmenter tagged a noun and ends inside the next (任命王家/n 阅为/x 总裁): the noun is no word here. */
function nameAcrossWordAt(text: string, p: number, idx: TokenIndex): boolean {
  const t = idx.at(p);
  return t !== undefined && t.start === p && t.tag === 'n' && SINGLE_SURNAMES.at(text, p) && nameAt(text, p, idx) > t.end;
}

/** The names given the position at `after` by `verb`. */
function appointed(text: string, verb: string, { names, after }: { names: Array<[number, number]>; after: number }, idx: TokenIndex, lastOrgByUnit: Map<string, string>, respectively = false): Mention[] {
  if (!names.length) return [];
  const between = BEFORE_POSITION.exec(text.slice(after, after + 3))![0];
  // 任命南非驻中国…主任: an appointment names its position after 为 (免去 directly or after 的).
  if (APPOINTING.has(verb) && !between && !verb.startsWith('免')) return [];
  const position = positionAt(text, after + between.length, idx);
  // 张三是市长的秘书: a copula's position is the last word of its clause, not a word of what follows.
  // (…a registered name and its title at most: 孙立平是丰禾县鑫源农业发展有限公司总经理，)
  if (!position || (COPULAS.has(verb) && (position.end - after > 24 || /[\u4e00-\u9fff]/.test(text[position.end] ?? '')))) return [];
  // (作为品牌大使: a brand's ambassador holds no office.)
  const role = NOT_TITLE_BEFORE.longestEndingAt(text, position.end);
  if (role >= 0 && role <= position.start) return [];
  // 鲁信达现任董事长孙海峰: the name after the position holds it, and the word before the verb is its organization.
  if (!between && nameAt(text, position.end, idx) > position.end) return [];
  const title = text.slice(position.start, position.end);
  // The organization starts after 为 even where the segmenter glued it on (为省/x 发展…).
  const org = orgOf(text, position.start, text.slice(position.start, position.first), idx, lastOrgByUnit, after + between.length);
  const titles = title.split('、');
  const each = respectively && names.length > 1 && titles.length === names.length;
  return names.map(([start, end], k) => ({ start, end, title: each ? titles[k]! : title, org, source: 'rule:official-appointed' }));
}

/**
 * The position named at `from`, after its organization (济南市副市长, 市交通运输局局长, 公司总经理),
 * with the titles joined to it (市委常委、副市长); not a candidate for one.
 */
function positionAt(text: string, from: number, idx: TokenIndex): { start: number; first: number; end: number } | undefined {
  // (A title may end before the 兼 the segmenter glued onto it: 副/总裁兼/j 首席财务官.)
  const mayEnd = (e: number) => idx.isBoundary(e) || (text[e] === '兼' && idx.isBoundary(e + 1));
  // (An organization may be long: 华润(集团)有限公司下属华润置地（武汉）有限公司总经理; the walk stops at a pause anyway.)
  for (let k = from; k < from + 32 && k < text.length; k++) {
    // A bracket inside the organization's name: 青岛国信发展（集团）有限责任公司董事长.
    const inner = BRACKET_AT.exec(text.slice(k, k + 10));
    if (inner) {
      k += inner[0].length - 1;
      continue;
    }
    const c = text.charCodeAt(k);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) || c === 0x7684) return undefined; // 的
    const first = TITLE_AT.longestFrom(text, k, mayEnd);
    if (first < 0 || inFederation(text, k)) continue;
    let end = first;
    for (let next; JOINERS.has(text[end] ?? '') && (next = TITLE_AT.longestFrom(text, end + 1, mayEnd)) > 0; ) end = next;
    // Its modifiers belong to it: 联席首席执行官.
    let start = k;
    for (let m; (m = MODIFIERS.longestEndingAt(text, start)) >= from; ) start = m;
    return text.startsWith('候选人', end) ? undefined : { start, first, end };
  }
  return undefined;
}

/** A title starting with 工会 at `k` after 总 is the federation's (市总工会主席): the title is what follows 工会. */
const inFederation = (text: string, k: number): boolean => k > 0 && text[k - 1] === '总' && text.startsWith('工会', k);

/** A dotted foreign name whose first part the segmenter glued to the title's last character: 首席财务/官科/n 莱特·克雷斯, 商务部/长吉娜/x·雷蒙多. */
function gluedDottedName(text: string, tok: Token, idx: TokenIndex): { start: number; end: number; titled: { start: number; end: number } } | undefined {
  const k = tok.start + 1;
  let dot = k + 1;
  while (dot < k + 8 && dot < text.length && !NAME_DOT.at(text, dot)) dot++;
  if (!NAME_DOT.at(text, dot) || !isTranslit(text, k, dot)) return undefined;
  const titled = titleBefore(text, k);
  const end = titled && titled.start < tok.start ? dottedNameAt(text, k, idx) : -1;
  return end > 0 ? { start: k, end, titled: titled! } : undefined;
}

/**
 * A name that starts inside an unknown token beginning with a title's last character: the whole
 * name (首席财务/官宫伟/x) or its surname, the given name the next token (首席技术/官王/x 海峰/n).
 */
function gluedTitleName(text: string, tok: Token, idx: TokenIndex): { start: number; end: number; titled: { start: number; end: number } } | undefined {
  const k = tok.start + 1;
  const titled = SINGLE_SURNAMES.at(text, k) ? titleBefore(text, k) : undefined;
  if (!titled || titled.start >= tok.start || tok.end - k > 3) return undefined;
  // (A word the title's last character makes with the name's first two, the last character alone before speech: 董事/长程力/n 军/n 表示;
  // not an adverb before it: 首席医学/官汪来/x 将/d 介绍.)
  const last = idx.at(tok.end);
  if (tok.end - k === 2 && last?.start === tok.end && last.end === tok.end + 1 && isCJKWord(last.word) && !GLUED_ADVERB.at(text, tok.end) && FOLLOWS_NAME.test(text.slice(last.end, last.end + 2))) return { start: k, end: last.end, titled };
  // (…or glued to the 为 of an appointment: 任命首席财务/官艾桥/x 智为/x 集团行政总裁.)
  if (tok.end - k === 2 && last?.start === tok.end && last.tag === 'x' && last.end === tok.end + 2 && text[tok.end + 1] === '为' && isCJKWord(text[tok.end]!) && titleInClause(text, last.end, idx)) return { start: k, end: tok.end + 1, titled };
  // Not a legal representative's name made anonymous (法定代表/人肖某/x), 某 standing for the given name; a post's is a name (首席财务/官肖某/x, 官焦/x 某某/r).
  const anonymous = text[k - 1] === '人';
  // (…nor the speech the segmenter glued on too, before a pause: 代理首席财务/官王鼎称/x ，.)
  const spoken = tok.end - k === 3 && SPEECH.at(text, tok.end - 1) && PAUSES_AFTER_SPEECH.test(text[tok.end] ?? '') ? 1 : 0;
  if (tok.end - k >= 2) return tok.tag === 'x' && !(anonymous && ANONYMOUS.test(text.slice(k, tok.end))) ? { start: k, end: withTranslitRest(text, k, withGivenRen(text, k, tok.end - spoken, idx), idx), titled } : undefined;
  const given = idx.at(tok.end);
  if (tok.end - k === 1 && given?.start === tok.end && /^某{1,2}$/.test(given.word) && !anonymous) return { start: k, end: given.end, titled };
  if (tok.word === '任何') return given ? givenAfterHe(text, k, given, titled) : undefined;
  // A place the title's last character makes with the surname (董事/长江/ns 毅/nr) only before a given name the segmenter knows as one;
  // the compound surname it makes is no place (理事/长孙/ns 寿山/ns).
  // (A given name the segmenter took for an adjective after an unknown piece: 首席财务/官孙/x 宏伟/a.)
  // (…or before a given name it cut into two characters before speech or a pause: 董事/长江/ns 淦/zg 钧/q 表示, 官吴/x 𠮷/x 祥/nr 在.)
  const second = (tok.tag === 'ns' || tok.tag === 'x') && given && given.end === given.start + 1 ? idx.at(given.end) : undefined;
  // (Not a character that itself follows names: 官钟/x 铮/a 称/v，, the name 钟铮.)
  if (second && second.end === second.start + 1 && isCJKWord(given!.word + second.word) && !NUMERAL_START.test(given!.word) && !AFTER_NAME.at(text, second.start) && (FOLLOWS_NAME.test(text.slice(second.end, second.end + 2)) || AFTER_NAME.at(text, second.end))) return { start: k, end: second.end, titled };
  // (…or with the speech after it the segmenter glued on: 首席财务/官付/x 欣称/x ，, 欣称/x 派息总额.)
  // (…or 将, will, before what the person will do: 官付/x 欣将/x 出席会议/l.)
  if (tok.tag === 'x' && given?.start === tok.end && given.tag === 'x' && given.end === given.start + 2 && isCJKWord(given.word) && ((SPEECH.at(text, given.start + 1) && AFTER_GLUED_SPEECH.test(text[given.end] ?? '')) || (text[given.start + 1] === '将' && ACTION_TAGS.has(idx.at(given.end)?.tag ?? '')))) return { start: k, end: given.start + 1, titled };
  // (…or one character of any tag after an unknown piece, before what follows names: 首席财务/官王/x 刚/d 介绍.)
  if (tok.tag === 'x' && given !== undefined && given.end === given.start + 1 && isCJKWord(given.word) && !NUMERAL_START.test(given.word) && !AFTER_NAME.at(text, given.start) && FOLLOWS_NAME.test(text.slice(given.end, given.end + 2))) return { start: k, end: given.end, titled };
  // (…or one it took for a place too, before what a person does: 分行行/长葛/ns 建国/ns 透露, 首席医学/官张/x 连山/ns 表示.)
  const placeGiven = given?.tag === 'ns' && given.end - given.start === 2 && FOLLOWS_CUT_NAME.test(text.slice(given.end, given.end + 2));
  // (…or an adverb, a given name before what follows names: 行/长孙/ns 立新/d ，.)
  const person = tok.word === '长孙' ? GIVEN_TAGS.has(given?.tag ?? '') || given?.tag === 'ns' || (given?.tag === 'd' && FOLLOWS_NAME.test(text.slice(given.end, given.end + 2))) : tok.tag === 'ns' ? PERSON_TAGS.has(given?.tag ?? '') || (given?.tag === 'x' && !NUMERAL_START.test(given.word)) || placeGiven : GIVEN_TAGS.has(given?.tag ?? '') || (tok.tag === 'x' && (given?.tag === 'a' || placeGiven));
  return given && given.end - given.start <= 2 && person && isCJKWord(given.word) ? { start: k, end: given.end, titled } : undefined;
}
/** The day a person did something, after the name: 12日表示. */
const DAY_AFTER_NAME = /^[\d０-９]{1,2}日/;
/** A pause or a colon after speech: 称，, 说：. */
const PAUSES_AFTER_SPEECH = /^[，,：:]$/;
/** What follows speech glued onto a name's last character and stands after it (付欣称，, 付欣称派息总额), not a word of 称 (称号, 称为). */
const AFTER_GLUED_SPEECH = /^(?:[，,：:]|[\u4e00-\u9fff](?<![号为谓作赞职]))$/;
/** A transliterated name the segmenter cut after its second character, the rest tagged so (部长/卢特/x 尼克/nrt): the whole. */
function withTranslitRest(text: string, start: number, end: number, idx: TokenIndex): number {
  const rest = idx.at(end);
  return rest?.start === end && rest.tag === 'nrt' && isTranslit(text, start, rest.end) ? rest.end : end;
}
/** A name of two whose third character 人 the segmenter took with the speech after it (官周靖/x 人称/n): the name is the three. */
function withGivenRen(text: string, start: number, end: number, idx: TokenIndex): number {
  const next = idx.at(end);
  return end - start === 2 && next?.start === end && next.word === '人称' && !isCJKWord(text[end + 2] ?? '') ? end + 1 : end;
}

/**
 * A surname the segmenter glued onto the whole title before it, the given name the next token,
 * before speech or a pause (董秘程/x 建华/nz 回复, 董秘程/x 国庆/t 表示).
 */
function surnameGluedToTitle(text: string, tok: Token, idx: TokenIndex): { start: number; end: number; titled: { start: number; end: number } } | undefined {
  const k = tok.end - 1;
  if (TITLE_AT.longestFrom(text, tok.start) !== k || !SINGLE_SURNAMES.at(text, k)) return undefined;
  const given = idx.at(tok.end);
  const titled = titleBefore(text, k);
  if (!titled || !given || given.start !== tok.end || given.end - given.start > 2 || !isCJKWord(given.word) || !SPOKEN_AFTER.test(text.slice(given.end, given.end + 2))) return undefined;
  return { start: k, end: given.end, titled };
}

/**
 * The surname 何 the segmenter joined to 主任 as 任何 (主/任何/r 光明/n): a given name of two
 * characters, or of one before speech or a pause (何/莉 说, 何/平说/x); not 主任何时回来.
 */
function givenAfterHe(text: string, k: number, given: Token, titled: { start: number; end: number }): { start: number; end: number; titled: { start: number; end: number } } | undefined {
  if (!isCJKWord(given.word) || given.end - given.start > 2) return undefined;
  const end = given.end - given.start === 2 && SPEECH.at(text, given.end - 1) ? given.end - 1 : given.end;
  return end - given.start === 2 || FOLLOWS_NAME.test(text.slice(end, end + 2)) ? { start: k, end, titled } : undefined;
}
const SPEECH = new CharSet('说称');
const GIVEN_TAGS = new Set(['nr', 'nrfg', 'n', 'ng', 'nz', 'x']);
/** Tags of a person's name; an unknown word only if it starts with no numeral (万州/长江/ns 二桥/x is a bridge). */
const PERSON_TAGS = new Set(['nr', 'nrfg']);
/** Tags of a verb, an idiom or a date after a name: what the person does, and when. */
const ACTION_TAGS = new Set(['v', 'vd', 'vn', 'l', 'p', 'd', 't', 'm']);
const NUMERAL_START = /^[一二三四五六七八九十\d]/;
/** A name written with 某 for its given name: a suspect or a party kept anonymous. */
const ANONYMOUS = /某/;

/** A surname character tagged so is a word of the sentence: 任/r 科技副县长 (serves as), not 任科技 (于/p 海田 is a name). */
const VERB_LIKE_TAGS = new Set(['r', 'v', 'c', 'd']);

/** A quoted epithet between a title and the name: 名誉主席、“棋圣”聂卫平. */
const EPITHET = /[、，,]?[“"][^”"\n]{1,6}[”"]$/;
const QUOTE_ENDS = new CharSet('”"');
const BRACKET_ENDS = new CharSet(')）');
/** A note in brackets after a title: （CTO）, （主持工作）, （代为履职）. */
export const TITLE_NOTE = /[(（][^()（）\n]{1,8}[)）]$/;

/** Where the longest title ending at `end` starts, -1 if none; 代 (acting) that ends a word is not its (宁德时代董事长). */
function titleEndingAt(text: string, end: number): number {
  const s = TITLES_ENDING.longestEndingAt(text, end);
  return s >= 0 && text.charCodeAt(s) === 0x4ee3 && DAI_WORD_HEAD.at(text, s - 1) ? s + 1 : s;
}
/** Characters that make a word with a 代 after them: 时代, 现代, 年代, 一代, 取代. */
const DAI_WORD_HEAD = new CharSet('时现年世当古近一二三四五六七八九十替取换后历交');

/** The title (with its modifiers and joined titles) that ends right before `p`, if any. */
/** A clause that gives the person's position before naming them: 作为鑫源矿业总经理，覃建新…. The comma at `at` ends it. */
function asPosition(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0xff0c) return false; // ，
  const s = titleEndingAt(text, at);
  return s >= 0 && AS_CLAUSE.test(text.slice(Math.max(0, s - 30), s));
}
const AS_CLAUSE = /作为[^，,。；;！？!?\n]{0,28}$/;

function titleBefore(text: string, p: number): { start: number; end: number } | undefined {
  // Character codes, not text[i]: this runs at every token, and text[i] makes a string.
  // A space (full-width too: 副市长　陈平), or the colon of a form's field (项目经理：孙浩然).
  let te = text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x3000 || COLONS.at(text, p - 1) || asPosition(text, p - 1) ? p - 1 : p;
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
  let s = titleEndingAt(text, te);
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
    return { start: s, end: te };
  }
}

/**
 * An academic or medical title after an office's (、中国工程院院士, 、主任医师), or the owner the
 * office holder also is (时任董事长、实际控制人周国平): no office, so the office names the person.
 */
/** A person's age before the name: 现年52岁的, 38岁的. */
const AGE = String.raw`(?:现年|今年)?[\d一二三四五六七八九十]{1,3}周?岁的`;
const AGE_BEFORE_NAME = new RegExp(`^${AGE}`);
/** …after a title: 总经理、38岁的赵明阳, 所长、62岁的李振华. */
const AGE_AFTER_TITLE = new RegExp(`[、，,]${AGE}$`);
/** Duties a title's holder acts in, between the title and the name: 、代行董事会秘书职责的, 、代为履行总经理职责的. */
const DUTY_AFTER_TITLE = /[、，,]代(?:行|为履行)[\u4e00-\u9fff]{2,8}职责的$/;
const HONOR_AFTER_TITLE = /(?:、(?:(?:中国(?:科学|工程)院|[\u4e00-\u9fff]{2,8}(?:大学|医院|学院)|[\u4e00-\u9fff]{1,6}科)?(?:院士|教授|博士生导师|主任医师|医师|医生|研究员|泰山学者|长江学者|[\u4e00-\u9fff]{2,4}领军人才)|实际控制人|实控人|控股股东))+$/;
const HONOR_ENDS = new CharSet('士授师生员人东者才');

/** What a list's bullet follows: the start of the text or of a line, and spaces. */
const LINE_START = /(?:^|\n)[^\S\n]*$/;

const CLOSE_BRACKET = /[)）]/g;
/** A post held at the time told of, or before it: 时任, 原. */
const HELD_THEN = /^(?:时任|原任|曾任|现任|原|前)/;

/**
 * A name with its position in brackets right after it, as press conferences introduce their
 * speakers: 王立新（市文化和旅游局党组书记、局长）, 陈雪梅（淄川区副区长）.
 */
function bracketedPositions(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (let m = CLOSE_BRACKET.exec(text); m; m = CLOSE_BRACKET.exec(text)) {
    const titled = titleBefore(text, m.index);
    if (!titled || titled.end !== m.index) continue;
    const open = text.lastIndexOf(m[0] === ')' ? '(' : '（', titled.start);
    if (open < 2 || titled.start - open > 24) continue;
    const { title, org } = titleAndOrg(text, titled, idx, lastOrgByUnit);
    // Inside the brackets, only the position and its organization; after 时任 or 原 (何志勇（时任某银行支行行长）),
    // whatever unit it names.
    const inside = text.slice(open + 1, titled.start);
    const before = inside.replace(HELD_THEN, '');
    if (before && before !== org && (before === inside || !isCJKWord(before))) continue;
    // A given name the segmenter took for a word counts here too, as after a title (王/立新/d).
    // (A dotted or Japanese name first: 桑达尔·皮查伊（谷歌首席执行官）, not 查伊.)
    const foreign = foreignNameBefore(text, open, idx);
    const start = foreign >= 0 ? foreign : nameStartBefore(idx, open, (p) => nameAt(text, p, idx) === open || cutNameAt(text, p, idx) === open);
    if (start >= 0) out.push({ start, end: open, title, org, source: 'rule:official-title' });
  }
  return out;
}

/** The start of a dotted or Japanese name that ends at `end` after a pause (桑达尔·皮查伊, 本间哲朗), or -1. */
function foreignNameBefore(text: string, end: number, idx: TokenIndex): number {
  for (let p = end - 3; p >= Math.max(0, end - 16); p--) {
    if (p > 0 && !BEFORE_ITEM.at(text, p - 1)) continue;
    if (dottedNameAt(text, p, idx) === end) return p;
    if (end - p <= 5 && JAPANESE_SURNAMES.longestFrom(text, p) > 0 && isCJKWord(text.slice(p, end))) return p;
  }
  return -1;
}

const ITEM_END = /[；;\n，,。]|$/g;
const BEFORE_ITEM = new CharSet('\n；;：:、，, \u3000。！？!?”」');

/**
 * A name with its position after a space or a comma, as guest lists and bylines write them:
 * 嘉宾：李明 蔚蓝汽车集团有限公司副总裁；王芳，星途智能科技有限公司创始人兼CEO.
 */
function appositivePositions(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (let m = ITEM_END.exec(text); m; m = ITEM_END.exec(text)) {
    if (m[0] === '') ITEM_END.lastIndex++; // the end of the text
    const titled = titleBefore(text, m.index);
    if (!titled || titled.end !== m.index) continue;
    const { title, org } = titleAndOrg(text, titled, idx, lastOrgByUnit);
    // Where the organization's words start (济南/市委书记: 济南, the unit is the title's), with 该 or 本 (该公司董事长, 该村/r 村主任).
    let from = titled.start - org.length;
    if (!org || text.slice(from, titled.start) !== org) from = orgStart(text, titled.start, idx);
    const pronoun = idx.at(from - 1);
    if (pronoun?.end === from && /^[该本]/.test(pronoun.word)) from = pronoun.start;
    // (…or a dash: 王健林——大连万达集团股份有限公司董事长，)
    const dashes = text[from - 1] === '—' ? (text[from - 2] === '—' ? 2 : 1) : 0;
    if (!dashes && !' \u3000，,'.includes(text[from - 1] ?? '')) continue;
    const end = from - (dashes || 1);
    const start = nameStartBefore(idx, end, (p) => (p === 0 || BEFORE_ITEM.at(text, p - 1)) && nameAt(text, p, idx) === end);
    if (start >= 0) out.push({ start, end, title, org, source: 'rule:official-title' });
  }
  return out;
}

/** Where a name of two to four characters ending at `end` starts, the shortest first, as `endsAt` confirms; -1 when none. */
/** Adds to `names` the names listed before the first: 王海涛、李东先后出任, 孙丽、郭建平、欧阳明辉任. */
function withListedBefore(text: string, idx: TokenIndex, names: Array<[number, number]>): void {
  for (let e = names[0]?.[0] ?? -1; e > 0 && LIST_JOINS.has(text[e - 1] ?? ''); ) {
    // (…each with its form of address: 王海涛先生、刘芳女士任.)
    const end = e - 1 - (ADDRESS_BEFORE.test(text.slice(e - 3, e - 1)) ? 2 : 0);
    // (The name that the list's pause opens first: 、宋/nr 海/n 良/a、, not 海良.)
    const named = (q: number) => nameAt(text, q, idx) === end;
    const opened = [end - 4, end - 3].find((q) => q >= 0 && LIST_JOINS.has(text[q - 1] ?? '') && nameStartAt(idx, q) && named(q));
    const p = opened ?? nameStartBefore(idx, end, named);
    if (p < 0) break;
    names.unshift([p, end]);
    e = p;
  }
}

function nameStartBefore(idx: TokenIndex, end: number, endsAt: (p: number) => boolean): number {
  for (let p = end - 2; p >= end - 4; p--) if (nameStartAt(idx, p) && endsAt(p)) return p;
  return -1;
}

/** A personal name at `p` that is not itself (the start of) a title: not 王市长, not CEO. */
function nameAt(text: string, p: number, idx: TokenIndex): number {
  const end = personNameAt(text, p, idx);
  if (end < 0) return -1;
  for (let k = p; k < end; k++) {
    const title = TITLE_AT.longestFrom(text, k);
    // (A surname and 长 the name goes on after is no title: 副省长林长海, not 林长, forest chief.)
    if (title > 0 && !(k === p && title === p + 2 && text[p + 1] === '长' && end > title && SINGLE_SURNAMES.at(text, p))) return -1;
  }
  return end;
}

/**
 * Names after a title that the surname rules miss but the segmenter keeps whole as a name or an
 * unknown word (NAME_TAGS): a rare surname (怀进鹏/x, 庹宗康/nr), a Japanese name (岸田文雄/x, 安倍晋三/nr).
 */
const WHOLE_NAME = /^(?!.*(?:先生|女士|小姐|老师|同志|夫人|太太|出席|参加|会见|表示|指出|介绍|强调|主持|陪同)$)[\u4e00-\u9fff]{3,4}$/;

/**
 * The name right after a title: a personal name, a token of three or four characters taken for
 * one, or a lone surname and a given name the segmenter took for an adverb (王/nr 大为/d, 何/r 立新/d).
 */
function titledNameAt(text: string, tok: Token, idx: TokenIndex): number {
  // 副总经理任命: the appointment to the post, no one surnamed 任; 副总经理兼顺丰/x 国际CEO: a second post, no one surnamed 兼.
  if (POST_WORDS.has(tok.word) || text[tok.start] === '兼') return -1;
  let end = titledNameEnd(text, tok, idx);
  // A name of three and an adverb of all or also the segmenter glued on (黄调/x 贵均/x 表示, 陈佳文均/x 出席): a single surname makes no name of four.
  if (end - tok.start === 4 && surnameLength(text, tok.start) === 1 && ALL_ALSO.at(text, end - 1)) end--;
  // (…or a transliterated name, before a verb or 未: 耶伦均/x 未/d 出席.)
  else if (end === tok.end && tok.tag === 'x' && end - tok.start >= 3 && ALL_ALSO.at(text, end - 1) && isTranslit(text, tok.start, end - 1) && ACTION_TAGS.has(idx.at(end)?.tag ?? '')) end--;
  // 获 before what the person gets is no name's: 副总裁肖华获委任, 斯科特·贝森特获提名.
  if (end - tok.start >= 3 && text[end - 1] === '获' && GOTTEN.at(text, end)) end--;
  // …and the 于 of a date after a name of two (副总经理李立于/x 2024年9月3日签署), or the first character of a time word (张鹏本/x 月初: 本月初).
  if (end - tok.start === 3 && ((text[end - 1] === '于' && /^[\d０-９]/.test(text[end] ?? '')) || (tok.end === end && RELATIVE_TIME.test(text.slice(end - 1, end + 1))))) end--;
  // A given name that doubles its surname, which the segmenter takes for a word (首席经济学家/明明/t 认为), before speech or a list's next name
  // (not an adverb: 董事长/常常/d 说, often), an adverb of all between too (明明/t 则/d 认为).
  const adverb = ALL_ALSO.at(text, tok.end) && idx.at(tok.end)?.end === tok.end + 1 ? 1 : 0;
  if ((end < 0 || (adverb && end === tok.end + 1)) && tok.end - tok.start === 2 && tok.word[0] === tok.word[1] && tok.tag !== 'd' && SINGLE_SURNAMES.at(text, tok.start) && (SPEECH_OR_ACT.has(idx.at(tok.end + adverb)?.word ?? '') || /^(?:在|、|此前|日前|近日)/.test(text.slice(tok.end, tok.end + 2)))) return tok.end;
  // A transliterated name the segmenter cut after a character that is also a surname (冯德/x 莱恩/nrt, 卢特/x 尼克/nrt): the whole.
  const rest = end >= 0 ? idx.at(end) : undefined;
  if (rest?.start === end && rest.tag === 'nrt' && isTranslit(text, end - 1, rest.end)) return rest.end;
  // A name's own 和, before what follows names: 十仓雅/和 称, and a Japanese name's 和 and last character (植田/和/男 表示, 在).
  if (end >= 0 && text[end] === '和') {
    if (FOLLOWS_NAME.test(text.slice(end + 1, end + 3))) return end + 1;
    if (JAPANESE_GIVEN_END.at(text, end + 1) && (FOLLOWS_CUT_NAME.test(text.slice(end + 2, end + 4)) || /^[\d０-９]/.test(text[end + 2] ?? ''))) return end + 2; // (…or a day: 植田和男31日表示)
  }
  // Two characters the segmenter took for a word and the third alone before a word that follows
  // names (副市长/黄河/清/出席, 高新/岩/出席): the name is the three.
  // (Not a two-character name the segmenter knew, nor a city, nor a character that follows names: 刘琦/nr 等 指出, 黄山 刚 表示.)
  // (…or before a list's pause, a word of its own: 副局长/方向/n 东/ns、周颖; or before the day: 部长/黄润/n 秋/t 12日表示.)
  const two = tok.start + 2;
  const thirdAlone = tok.end === two && isCJKWord(text[two] ?? '') && !AFTER_NAME.at(text, two) && idx.at(two)?.end === two + 1;
  const actAfter = SPEECH_OR_ACT.has(idx.at(two + 1)?.word ?? '');
  if ((end === two || (end < 0 && tok.tag === 'n')) && thirdAlone && !NAME_TAGS.has(tok.tag ?? '') && !PLACE_NAMES.has(tok.word) && !PLACE_NAMES.has(text.slice(tok.start, two + 1)) && SINGLE_SURNAMES.at(text, tok.start) && (actAfter || text[two + 1] === '、' || DAY_AFTER_NAME.test(text.slice(two + 1, two + 4)))) return two + 1;
  // (…and after a transliterated pair, a Macanese or Portuguese name's third character: 局长/阿德/nrt 志/n 表示.)
  if (end === two && tok.tag === 'nrt' && thirdAlone && !SPEECH.at(text, two) && actAfter) return two + 1;
  // A Japanese family name and a given name of one to three characters before what follows names
  // (社长/佐藤/nrt 恒治/x 表示, 丰田/nz 章/q 男/n 当天, 高桥/x 健一/x, 吉田宪一郎): the whole, whatever the segmenter made of it.
  const family = JAPANESE_SURNAMES.longestFrom(text, tok.start);
  if (family > 0) {
    // (The family name alone before speech: 董事长田中说.)
    for (const e of [family + 3, family + 2, family + 1, family]) {
      const given = text.slice(family, e);
      // (Not a given name ending in speech or in what follows names: 柳井/正称/x ，, 内田诚/x 在/p 2月13日.)
      if ((given.length === 3 && !JAPANESE_THIRD_GIVEN.at(text, e - 1)) || (given.length >= 2 && (SPEECH.at(text, e - 1) || GLUED_AFTER_JAPANESE.at(text, e - 1)))) continue;
      // The segmenter may glue the last character to speech, 在, 于, 为 or 等: 三部/m 敏宏说/x, 柳井/x 正在/t, 小久保/宪一于/x, 赤泽亮/x 正为/x, 佐藤/nrt 健/a 一等/m.
      const ends = endsOrGluedBefore(text, e, idx, SPEECH) || endsOrGluedBefore(text, e, idx, GLUED_AFTER_JAPANESE);
      if (ends && (!given || (isCJKWord(given) && !FOLLOWS_CUT_NAME.test(given))) && FOLLOWS_CUT_NAME.test(text.slice(e, e + 2)) && TITLE_AT.longestFrom(text, family) < 0) return e;
    }
    // (…or a given name of two that ends as Japanese given names do, whatever verb follows it: 佐藤/健太/x 共同, 井阪/隆一/x 将, 成濑/哲/也/d 表示;
    // an adverb of all the segmenter glued on too: 木内/登英则/x 指出, not 片山/正则/称, a name of its own.)
    const pair = family + 2;
    if (JAPANESE_GIVEN_LAST.at(text, pair - 1) && endsOrGluedBefore(text, pair, idx, ALL_ALSO) && isCJKWord(text.slice(family, pair)) && !FOLLOWS_CUT_NAME.test(text.slice(family, pair)) && TITLE_AT.longestFrom(text, family) < 0) return pair;
  }
  // A Japanese name of two unknown words before what follows names (首相高市/x 早苗/x 表示), or a
  // third character glued to speech or an adverb of all (郭谨/x 一称/x，, 黄调/x 贵均/x 表示).
  // (Not a masked name before the verb of its sentence: 原总经理吴某/x 获刑/x。)
  const given = end === tok.start + 2 && tok.tag === 'x' && text[tok.start + 1] !== '某' ? idx.at(end) : undefined;
  // …or the third glued to the verb of the post after it (副总经理/王德/x 英代任/x: 王德英, acting).
  if (given && given.start === end && given.tag === 'x' && given.end === end + 3 && POST_AFTER_GLUED.has(given.word.slice(1)) && isCJKWord(given.word[0]!)) return end + 1;
  // …or a third character the segmenter glued to kin or made a word with an adverb of all (孙立/x 明之女/x, 刘炽/x 平均/a 未回应).
  if (given && given.start === end && given.end === end + (KIN.test(given.word.slice(1)) ? 3 : 2) && isCJKWord(given.word) && (given.end === end + 3 || (ALL_ALSO.at(text, end + 1) && FOLLOWS_CUT_NAME.test(text.slice(end + 2, end + 4))))) return end + 1;
  // (Not a verb of taking or leaving a post: 黄峥/x 辞任/x。, nor kin: 王勇/x 之子/x.)
  if (given && given.start === end && given.tag === 'x' && given.end === end + 2 && isCJKWord(given.word) && !TAKING.has(given.word) && !KIN.test(given.word) && FOLLOWS_NAME.test(text.slice(given.end, given.end + 2))) {
    return SPEECH.at(text, given.end - 1) || ALL_ALSO.at(text, given.end - 1) ? given.end - 1 : given.end;
  }
  return end;
}

/** A person's kin after the name: 王勇之子 is Wang Yong's son. */
const KIN = /^(?:之[子女父母妻夫孙]|夫人|儿子|女儿|妻子|丈夫)$/;

/** titledNameAt before a name's own 和 is read. */
function titledNameEnd(text: string, tok: Token, idx: TokenIndex): number {
  // A Tibetan or Mongolian name, whole where the surname rules read a part of it (洛桑/nrt 江村/ns, 孟克巴/x 雅尔/nrt).
  const minority = minorityNameAt(text, tok.start, idx);
  const end = nameAt(text, tok.start, idx);
  if (end >= 0 || minority > 0) return Math.max(end, minority);
  const cut = cutNameAt(text, tok.start, idx);
  if (cut > 0 && TITLE_AT.longestFrom(text, tok.start) < 0) return cut;
  // A two-character foreign name the segmenter did not know: 总理默茨/x.
  if (tok.end - tok.start === 2 && (tok.tag === 'x' || tok.tag === 'nrt') && isTranslit(text, tok.start, tok.end)) return tok.end;
  // A longer one it took for words, before what follows names or a date: 行长拉加/v 德/ns 表示, 6月5日宣布.
  // (…or where it is: 欧洲央行行长拉加/v 德/ns 在法兰克福.)
  // (…an adverb of all the segmenter glued on too: 行长拉加/v 德则/x 表示.)
  for (let e = tok.start + 3; e <= tok.start + 5; e++) if (endsOrGluedBefore(text, e, idx, ALL_ALSO) && isTranslit(text, tok.start, e) && FOLLOWS_CUT_NAME.test(text.slice(e, e + 2))) return e;
  // A surname and a given name the segmenter took for a place word, before what a person does: 董事长林中/s 当日未出席 (in the woods).
  if (tok.tag === 's' && tok.end - tok.start === 2 && SINGLE_SURNAMES.at(text, tok.start) && FOLLOWS_CUT_NAME.test(text.slice(tok.end, tok.end + 2))) return tok.end;
  if (!NAME_TAGS.has(tok.tag ?? '') || !WHOLE_NAME.test(tok.word) || TITLE_AT.longestFrom(text, tok.start) >= 0) return -1;
  // A name of three and the verb after it the segmenter made one word: 樊富珉任/x 项目负责人.
  return tok.end - tok.start === 4 && SINGLE_SURNAMES.at(text, tok.start) && VERB_AFTER_NAME.test(tok.word) ? tok.end - 1 : tok.end;
}
const VERB_AFTER_NAME = /[任说称表曾将在于拟处犯]$/;
/** A time word whose first character the segmenter glues onto a name before it: 本月, 本周, 今年, 昨日. */
const RELATIVE_TIME = /^(?:本[月周年季]|[今明去]年|[昨今明][日天晚])$/;
/** Marks of an honorary post before its title: 荣誉董事长, 名誉主席. */
const HONORARY = new Set(['荣誉', '名誉']);
/** The parties to an agreement or a meeting, before a title each of them holds: 双方, 两家公司. */
const PARTIES = /^(?:双方|三方|各方|两家(?:公司|企业|银行)?|两国|两公司)$/;
/** Verbs of a post the segmenter glues a name's last character onto: 英/代任. */
const POST_AFTER_GLUED = new Set(['代任', '接任', '出任', '离任', '辞任', '兼任', '担任', '代行']);
/** Whether a name may end at `e`: a token ends there, or one character of `glue` the segmenter glued onto the name ends one (木内/登英则/x, 三部/敏宏说/x). */
function endsOrGluedBefore(text: string, e: number, idx: TokenIndex, glue: CharSet): boolean {
  return idx.isBoundary(e) || (glue.at(text, e) && idx.isBoundary(e + 1));
}
/** Adverbs after a subject: 均 (all), 也, 亦 (also), 都 (all), 则 (while), 未 (not). */
const ALL_ALSO = new CharSet('均也亦都则未');
/** What follows a name rather than the second of two people joined by 和: speech, attending and a pause. */
const NAME_ACTS = '表示|说|称|指出|认为|强调|介绍|出席|参加|会见';
const NAME_FOLLOWERS = `${NAME_ACTS}|[，,。、；;：:]`;
const FOLLOWS_NAME = new RegExp(`^(?:${NAME_FOLLOWERS})`);
/** What ends a list of names: what follows a name, 等 (and others), 因 (because), 均 and 分别 (each), 同时. */
const LIST_END = new RegExp(`^(?:${NAME_FOLLOWERS}|等|因|均|分别|同时)`);
/** …and what follows the name of one who answers: 回复, 答. */
const SPOKEN_AFTER = new RegExp(`^(?:${NAME_FOLLOWERS}|回复|回答|答)`);
/** Last characters of Japanese given names after 和 (和男, 和夫, 和子, 和也). */
const JAPANESE_GIVEN_END = new CharSet('男夫子也雄彦郎树人美代');
/** What the segmenter glues onto a Japanese given name's last character: 在, 于, 为, 等, 将. */
const GLUED_AFTER_JAPANESE = new CharSet('在于为等将');
/** Last characters of Japanese given names of two characters: 健太, 隆一, 哲也, 和男, 雅和, 良三, 裕树, 浩史. */
const JAPANESE_GIVEN_LAST = new CharSet('一二三太男夫子也雄彦郎树美代和介史司志治久之弘宏浩博隆秀香奈惠章哉辉典康幸健英希');
/** Last characters of Japanese given names of three characters: 宪一郎, 龙之介, 三津子. */
const JAPANESE_THIRD_GIVEN = new CharSet('郎介卫子');
/**
 * What follows a name the segmenter cut or glued to the next word (a Japanese or transliterated name, a
 * place word, a given name's last character in a word) after a title: what follows any name, and more of
 * what a visitor or an executive does (在, 当天, 一行, 通过视频致辞, 将卸任, 改任, 预计, 随后), 曾, its Latin form in brackets.
 */
const FOLLOWS_CUT_NAME = new RegExp(`^(?:${NAME_FOLLOWERS}|宣布|透露|一行|专程|特地|特意|亲自|率|当天|当日|此前|日前|近日|随后|随即|届时|通过|致辞|访华|来华|出任|接任|卸任|改任|转任|升任|担任|兼任|代理|任期|预计|预测|将|已|则|[在于为等曾也未（(])|${TIME_AFTER_NAME.source.slice(1)}`);

/** Words for people, or verbs, that a surname starts and the segmenter may take for a name: 少数/明星/nr 所长, 先后/官宣/x 新任. */
const NOT_PERSON_WORDS: ReadonlySet<string> = new Set(['明星', '官宣', '高管', '高层', '网红', '新人', '老总', '大佬', '领导', '干部', '专家', '同事']);

/** A development zone's bodies, named alone after the zone was: 管委会, 党工委. */
const ZONE_BODY = /^(?:管委会|管理委员会|党工委)$/;
/** A development zone at the start of an organization's name: 三江新区, 西安高新区, 苏州工业园区. */
const ZONE_OF = /^[\u4e00-\u9fff]{2,8}?(?:新区|开发区|高新区|园区|经开区)/;

/** A unit of an organization written between two titles of one person: 云与智慧产业事业群 in 腾讯公司高级执行副总裁、云与智慧产业事业群CEO, the region 中国 in 阿斯利康执行副总裁、中国总裁, 管委会 in 东湖高新区党工委书记、管委会主任, 村委会 in 长泾村党支部书记兼村委会主任, a line of business, 国际业务 in 阿斯利康全球执行副总裁、国际业务总裁. */
const UNIT_ORG = /(?:事业群|事业部|工作室群|工作室|部门|总部|项目|组织部|宣传部|统战部|[A-Z]?B[GU]|管委会|管理委员会|人大常委会|政协|村委会|居委会|村民委员会|居民委员会|审判委员会|检察委员会|女工委|工会|办公室|区域|管委|[\u4e00-\u9fff]{2}业务)$|^(?:中国|全球|亚太|大中华)区?$/;

/**
 * The whole title and the organization of a titled name. When the organization before the last
 * title is a unit and another title precedes it (腾讯公司高级执行副总裁、云与智慧产业事业群CEO汤道生),
 * the title runs from that one and the organization is the one before it (腾讯公司).
 */
function titleAndOrg(text: string, titled: { start: number; end: number }, idx: TokenIndex, lastOrgByUnit: Map<string, string>): { title: string; org: string } {
  const written = postAt(text, titled, idx, lastOrgByUnit);
  // (A company's line of work alone before a title is the title's, the company unsaid: 运营高级副总裁, 产品副总裁.)
  const post = COMPANY_FUNCTION.test(written.org) ? { title: written.org + written.title, org: '' } : withPortfolio(text, titled.start, written);
  // A former or an acting post says so in its title, as the article does (原黄石市市长 → 原市长, 黄石市;
  // 署理财政司司长 → 署理司长), so a hover never shows it as held. (The title may start before this one: 前百度总裁、微软全球执行副总裁.)
  const titleAt = text.endsWith(written.title, titled.end) ? titled.end - written.title.length : titled.start;
  const orgAt = titleAt - written.org.length;
  const mark = holdingBefore(text, titleAt, idx) ?? (written.org && text.startsWith(written.org, orgAt) ? holdingBefore(text, orgAt, idx) : undefined);
  return mark ? { ...post, title: mark + post.title } : post;
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
  const glued = tok?.tag === 'x' && tok.end === at && (companyNameEndingAt(text, at - word.length) >= 0 || (tok.word.length === 2 && OFFICE_END.at(text, tok.start)));
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
      const firm = companyNameEndingAt(text, k) === orgAt || ANALYST_FIRM_END.test(text.slice(orgAt, k));
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
  const unit = UNIT_ORG.test(org);
  // (The organization as the text writes it, where its place completes it: 市公安局 of 上海市公安局.)
  const writtenAt = (w: string) => titled.start >= w.length && text.startsWith(w, titled.start - w.length);
  let written = org;
  while (written.length > 2 && !writtenAt(written)) written = written.slice(1);
  if (!org || !writtenAt(written)) return { title, org };
  // The unit's name may start with words the walk stops at (云/与/智慧产业事业群): a joiner a few characters back.
  const from = unit ? orgStart(text, titled.start, idx) : titled.start - written.length;
  const joint = text.slice(Math.max(0, from - 4), from).search(/[、兼][^、兼，,。\s]*$/);
  const at = joint < 0 ? -1 : Math.max(0, from - 4) + joint;
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

/** Whether a title ends inside text[start, end). */
function containsTitle(text: string, start: number, end: number): boolean {
  for (let k = start + 2; k < end; k++) if (titleEndingAt(text, k) >= start) return true;
  return false;
}

/** Adverbs before a verb of taking a post, which the segmenter glues onto the name before them: 将, 已, 仍. */
const GLUED_ADVERB = new CharSet('将已仍也均都还');
/** A street's last character and its number: 西路355号, 大街1号. */
const ADDRESS_AFTER_NAME = /^[路街道巷](?:[0-9０-９]{1,5}|[一二三四五六七八九十百]{1,4})号/;
/** An analyst's title, which a sector may open: 医药首席分析师, 宏观研究员. */
const ANALYST = /(?:分析师|研究员)$/;
/** A broker's, a fund's or a research house's name, whose analysts cover sectors. */
const ANALYST_FIRM_END = /[\u4e00-\u9fff]{2}(?:证券|期货|基金|研究所|研究院)$/;
/** A sector named before it: 医药, 电力公用, 农业; not a unit (研究所, 金融市场部). */
const SECTOR = /^[\u4e00-\u9fff]{2,6}$(?<![所院部室处中心])/;
const SECTOR_AFTER_BRACKET = /[)）]([\u4e00-\u9fff]{2,6})$(?<![所院部室处中心])/;
const BRACKETS_ENDING = /[(（][^()（）]{1,24}[)）]$/;

/** A bracketed place or 集团 at the start of a text: （集团）, (宁波). */
const BRACKET_AT = /^[(（][\u4e00-\u9fff]{1,6}[)）]/;

/** Verbs after a known name the segmenter may glue to its last character (张明出/x 生于, 王刚主/x 持, 刘运来/nr 到). */
const VERB_AFTER_MENTION = /^(?:出生|出席|出任|出资|出访|主持|主导|担任|带领|率领|率团|接受|接待|来到|前往|走进|深入|交棒|接棒|辞任|卸任|离任|退休|履新)/;

/** What follows a company's name, never a person's: its shares, figures, reports, shops, units, a quote of its shares (李宁报17.92港元). */
const COMPANY_AFTER_MENTION = /^(?:股价|股份|市值|营收|净利|财报|[年季]报|半年报|公司|集团|品牌|旗下|门店|体育|股票|报[\d０-９])/;
/** What a person does after a name that is also a word: speech, attending, meeting, going along. */
const SPEECH_AFTER_MENTION = new RegExp(`^(?:${NAME_ACTS}|会谈|主持|调研|考察|透露|谈到|提出|要求|希望|告诉|回应|在会|一同|一起|陪同|带队|率队)`);
/** The segmenter took the name at [start, end) for one word of its own, no name: 金融/n, 高峰/n. */
const ENDS_CLAUSE = /^[。，,；;！？!?]$/;
/** Tags of a name the segmenter did not know or took for a foreign one: no word of its own. */
const UNKNOWN_OR_NAME_TAGS = new Set(['x', 'nrt']);
/** A common noun right before `at` that is no title: 用电/n (高峰), not 主席/n (高峰). */
const afterNoun = (text: string, idx: TokenIndex, at: number): boolean => {
  const t = idx.at(at - 1);
  // (…a word's: not a name the segmenter did not know, 会见/n 齐普策/x 。)
  if (UNKNOWN_OR_NAME_TAGS.has(idx.at(at)?.tag ?? '')) return false;
  return t !== undefined && t.end === at && (t.tag === 'n' || t.tag === 'vn') && t.word.length >= 2 && !TITLES_ENDING.edgeAt(text, at) && !ADDRESS_BEFORE.test(t.word);
};
const commonWord = (idx: TokenIndex, start: number, end: number): boolean => {
  const t = idx.at(start);
  return t !== undefined && t.start === start && t.end === end && !NAME_TAGS.has(t.tag ?? '') && t.tag !== 'nrt' && t.tag !== 'ns';
};

/**
 * Every other mention of a name the article gives a position: 徐直军说, and headlines or
 * related-news lines that name the person before the position is given.
 */
/** A personal name in Latin letters, given and family name: Daniel Reyes, Anna Keller. */
const LATIN_FULL_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*(?: [A-Z][a-z'’-]{2,})$/;

function otherMentions(text: string, mentions: readonly Mention[], idx: TokenIndex, taken: Set<number>): Mention[] {
  const first = new Map<string, Mention>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const name = text.slice(m.start, m.end);
    if (!first.has(name)) first.set(name, m);
  }
  // A foreign name is cited by its last part too: 蒂姆·库克 … 库克称, 萨姆·奥特曼 … 奥特曼.
  for (const [name, m] of [...first]) {
    // (…and a Latin one by its family name: Daniel Reyes … Reyes表示.)
    const last = LATIN_FULL_NAME.test(name) ? name.slice(name.lastIndexOf(' ') + 1) : name.slice(Math.max(name.lastIndexOf('·'), name.lastIndexOf('•'), name.lastIndexOf('・')) + 1);
    if (last.length >= 2 && last !== name && !first.has(last)) first.set(last, m);
  }
  const out: Mention[] = [];
  if (!first.size) return out;
  const mayEnd = (end: number) => nameMayEndAt(text, end, idx) || VERB_AFTER_MENTION.test(text.slice(end, end + 2));
  // A name read short where the article gives it whole is the whole (headline 巴西副总统阿尔克/nrt 明/a： … 部长热拉尔多·阿尔克明).
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    for (const whole of first.keys()) if (whole.length > m.end - m.start && whole.startsWith(name) && text.startsWith(whole, m.start) && mayEnd(m.start + whole.length)) m.end = m.start + whole.length;
  }
  const inside = new Uint8Array(text.length);
  for (const m of mentions) inside.fill(1, m.start, m.end);
  // One pass over the text whatever the number of names.
  const names = new PhraseTrie(first.keys());
  for (let at = 0; at < text.length; at++) {
    // Not inside another dotted name (阿依努尔·吐尔逊 is no mention of 买买提·吐尔逊); a dot that starts a line is a list's bullet (·莫迪：…).
    if (!names.edgeAt(text, at) || taken.has(at) || inside[at] || (NAME_DOT.at(text, at - 1) && !LINE_START.test(text.slice(Math.max(0, at - 3), at - 1))) || !nameMayStartAt(text, at, idx)) continue;
    const end = names.longestFrom(text, at, mayEnd);
    if (end < 0) continue;
    const m = first.get(text.slice(at, end))!;
    // (A Latin family name inside a longer Latin name is none: Reyes Holdings.)
    if (/[A-Za-z]/.test(text[at]!) && (/[A-Za-z0-9]/.test(text[at - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '') || latinNameGoesOn(text, end))) continue;
    // A name that is also a word (金融, 高峰) is the person again only before speech or an act: 金融表示, not 金融是经济的血脉.
    // So is one that ends a clause right after a common noun, as a compound's head (度过用电/n 高峰。, not 执行主席/高峰).
    if ((commonWord(idx, m.start, m.end) || (afterNoun(text, idx, at) && ENDS_CLAUSE.test(text[end] ?? ''))) && !SPEECH_AFTER_MENTION.test(text.slice(end, end + 2))) continue;
    // A founder named like the company (李宁 of 李宁公司): the company's where its shares, sales or shops follow (李宁股价上涨).
    if (COMPANY_AFTER_MENTION.test(text.slice(end, end + 2))) continue;
    taken.add(at);
    out.push({ start: at, end, title: m.title, org: m.org, source: 'rule:official-mention' });
    at = end - 1;
  }
  return out;
}

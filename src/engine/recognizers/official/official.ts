import { COUNTY_NAMES, DISTRICT_NAMES, PLACE_NAMES } from '../../dict/places';
import { TITLES_ENDING } from '../../dict/positions';
import { approvals } from './approvals';
import { companyNameEndingAt, SECTOR_FIRM } from '../company/registeredName';
import { JAPANESE_SURNAMES, SINGLE_SURNAMES, surnameLength } from '../../dict/surnames';
import { AFTER_NAME, cutNameAt, dottedNameAt, GLUE, gluedInUnknown, HONORIFICS, isCJKWord, isTranslit, minorityNameAt, NAME_DOT, NAME_TAGS, nameMayEndAt, nameMayStartAt, NUMERAL_WORD, SPEECH_OR_ACT } from './names';
import { orgOf, orgStart, STOCK_CODE, UNIT_TITLE } from './titleOrg';
import { tableColumnPosts } from './tableColumns';
import { CharSet } from '../text/charSet';
import { PRESS_ROLE } from '../date/datePatterns';
import { latinNameGoesOn } from '../company/latinNames';
import { PhraseTrie } from '../text/phraseTrie';
import { writtenWhere } from '../text/scan';
import { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';
import type { Candidate, Recognizer } from '../types';
import { AGE_NOTED, appointments, BEFORE_ITEM, biographies, CLAUSE_END, GLUED_ADVERB, LAST_JOINS, legalRepresentatives, LIST_JOINS, type Mention, namesListedBefore, postsEndingAt, RESPECTIVELY, successions } from './appointments';
import { HELD_THEN, HOLDING_AT_END, OFFICE_END, officeBefore, titleAndOrg } from './officialPosts';
import { listedMembers, namesUnderPosts } from './memberLists';
import { BARE_COMPANY, COLONS, DESCRIBING, FORMER_MARK, joinedTitlesEnd, JOINERS, TITLE_AT, titleBefore } from './officialTitles';
import { LEAVING, MOVING, TAKING } from './postVerbs';
import { ACTION_TAGS, ADDRESS_AFTER, ADDRESS_BEFORE, CHINESE_ALIAS, FOLLOWS_CUT_NAME, FOLLOWS_NAME, JAPANESE_GIVEN_LAST, LATIN_ALIAS, LATIN_PERSON, LIST_END, NAME_ACTS, nameAt, nameStartBefore, nameStartOpenedBefore, SPEECH, SPOKEN_AFTER, titledNameAt } from './titledNames';

// OFFICIAL: the personal name of someone the article gives a position: 济南市委书记刘强 (title
// before the name), 王海书记 (name before a title of address), lists (副市长陈建国、刘红梅), and every
// other mention of a name so introduced in the article (徐直军说; also a headline that names the
// person before the body gives the position), names appointed to or removed from a position
// (任命张三为副市长, 免去李四的局长职务, 王五当选为董事长). Titles without a name and names
// without a title are left alone.

/** What joins the names of a list after one title. */
const LIST_JOINERS = new CharSet('、和及');
/** What separates the officials of a list: 董事长张文学、总裁董明, 原总经理孙立、原副总经理陈明, 总经理季川，及首席经济学家万颖. */
export const LIST_PAUSE = /^(?:[、，,]|[、，,]?(?:[和与及]|以及))[原前]?$/;

/** The trades Japanese companies are named by after their founder's family name: 星野精机, 日立制作所, 丰田自动织机. */
const JAPANESE_FIRM_WORDS = new Set(['精机', '精工', '电机', '电工', '工业', '化学', '化成', '商事', '物产', '重工', '制作', '产业', '建设', '制药', '电子', '自动', '织机', '汽车', '证券', '银行']);
/** An office's last character and 原 (former), before a title: 司原, 局原. */
const UNIT_AND_FORMER = /^[司局处厅部科署室办委]原$/;
/** Titles a name may precede as a form of address (王海书记, 张三董事长); not a county's or district's committee's (高唐县委书记: the county's, which are too many to know as places). */
const ADDRESS = new Set(
  '书记 总书记 市长 省长 县长 区长 主席 总统 副总统 首相 总理 部长 局长 厅长 处长 主任 院长 校长 行长 会长 董事长 总裁 总经理 副市长 副省长 副主席 副总理 副部长 副局长 委员长 副委员长 CEO 总监 副董事长 副总裁 副总经理 副行长 副院长 副校长 秘书长 外长 市委书记 省委书记 副书记 副县长 副区长 董秘 司长 副司长 署长 副署长 庭长 所长 社长 台长 总编辑 总经济师 总工程师 首席执行官 执行董事 副主任 副厅长 副处长 副会长 副秘书长 副总监 副所长 副社长 副台长 副庭长 副总编辑 常务副市长 常务副省长 常务副县长 常务副区长'.split(' '),
);

/** A title that starts with its unit (区委书记, 县长, 市委常委). */
const UNIT_FIRST = new CharSet('区县市省州旗盟镇乡村');
/** A place before its unit's title, not a name in address (章丘/nr 区委书记, 诸城/nr 市委书记, 章丘区/区长; not 于海田市长). */
const placeBeforeUnit = (word: string, text: string, end: number): boolean =>
  (UNIT_FIRST.at(text, end) && (DISTRICT_NAMES.has(word) || PLACE_NAMES.has(word) || COUNTY_NAMES.has(word))) || /[区县市]$/.test(word) || // (章丘/nr 区/n 副区长 too)
  // (…and a foreign province's or state's name of four characters, a person's being shorter: 阿根廷卡塔马卡省长.)
  (/[省州]/.test(text[end] ?? '') && word.length >= 4 && surnameLength(word, 0) < 2);
/** Second characters of a two-character token that is no name before a title: 王姓 (surnamed Wang), 原副 (a former deputy). */
const NOT_SECOND = new CharSet('姓副');
/** Titles of a page's staff in its credits (主编：李娜): no official. */
const CREDITS = /^(?:副|执行)?(?:主编|总编|总编辑|监制|审核|审校|校对|出品人)$/;
/** What ends a field's value after its colon: the name is the whole value (项目经理：孙浩然（一级建造师）). */
const FIELD_END = new CharSet('\n\r（(）)，,；;、。 \t\u3000');
/** The fields of government bureaus, said before their heads' titles as a name would be: 文旅局长, 住建局长. */
const BUREAU_FIELDS = new Set('文旅 文广 文体 卫健 卫计 住建 发改 工信 人社 自规 资规 市监 环保 生态 农业 水利 交通 公安 财政 税务 商务 民政 司法 审计 统计 教育 科技 国资 外事 侨务 信访 应急 医保 城管 林业 粮食 体育 旅游 文化'.split(' '));
/** Bodies whose head is titled after them: 区政协主席, 县人大主任, 镇党委书记. */
const BODY_END = /(?:政协|人大|党委|党组|党工委|政府|纪委|工会|团委|妇联)$/;

/**
 * A listed name's notes: its form of address and its sex or its post in brackets, as lists note them (刘建华（女）, 梁启鸿先生（主席）,
 * 李娜（副董事长）); where they end, and the post a note gives, the whole note a title.
 */
function listNote(text: string, end: number): { end: number; post?: { start: number; end: number } } {
  const at = end + (ADDRESS_AFTER.exec(text.slice(end, end + 2))?.[0].length ?? 0);
  const note = NOTE.exec(text.slice(at, at + 12));
  if (!note) return { end: at };
  const noteEnd = at + note[0].length;
  if (TITLE_AT.longestFrom(text, at + 1) === noteEnd - 1) return { end: noteEnd, post: { start: at + 1, end: noteEnd - 1 } };
  return { end: SEX.test(note[1]!) ? noteEnd : at };
}
/** Where a listed name's notes end. */
const afterNotes = (text: string, end: number): number => listNote(text, end).end;
const NOTE = /^[（(]([^()（）]{1,10})[)）]/;
const SEX = /^[男女]$/;
/** Where a name read right after a title opens with the title's describing 的. */
const DESCRIBED_START = new RegExp(`^${DESCRIBING}`);
/** Any bracket right after a name, to pass over: its other form, a note. */
const BRACKET_AFTER = /^[（(][^()（）\n]{1,40}[)）]/;

/** A seat a board or committee has several of: 独立非执行董事, 监事, 常委, 委员. */
const BOARD_SEAT = /(?:董事|监事|委员|常委)$/;

/** The copulas a title is given by: 董事长是沈定刚, 总经理为夏瑞芳 (not 系, as postVerbs' COPULAS has it). */
const TITLE_COPULAS = new CharSet('是为');

/**
 * Where a name a copula gives a title to ends, at `q`: 执行董事为林中/s 先生, each perhaps with its form of
 * address, which makes a name of what the segmenter took for other words (…、林峰先生及葛明先生), or a
 * Japanese name, whole before its form of address, its family name known (高坂武史先生); -1 if none.
 */
function copulaNameAt(text: string, q: number, idx: TokenIndex): number {
  const family = JAPANESE_SURNAMES.longestFrom(text, q);
  const japanese = family > q ? [family + 3, family + 2, family + 1].find((e) => ADDRESS_AFTER.test(text.slice(e, e + 2)) && isCJKWord(text.slice(q, e))) : undefined;
  if (japanese !== undefined) return japanese;
  const end = nameAt(text, q, idx);
  if (end > 0) return end;
  // (…or a name the surname rules miss, read as after a title: 党委书记为宋/nr 立新/d。)
  const tok = idx.at(q);
  const titled = tok?.start === q ? titledNameAt(text, tok, idx) : -1;
  return titled > q ? titled : ([q + 3, q + 2].find((e) => SINGLE_SURNAMES.at(text, q) && ADDRESS_AFTER.test(text.slice(e, e + 2)) && isCJKWord(text.slice(q, e))) ?? -1);
}

export const recognizeOfficials: Recognizer = ({ text, tokens }) => {
  const idx = TokenIndex.of(tokens, text.length);
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  const lastOrgByUnit = new Map<string, string>();
  /** A former post before a name that moves to a new one, by the name's start: 原副行长黄黔接任行长. */
  const formerPosts = new Map<number, Mention>();
  const add = (m: Mention) => {
    // A name read right after a title may open with the 的 that makes the title describe it, and the person's nationality: the name is after them
    // (接任首席执行官的乔·克里德, 亚太区总裁的英国人戴维·米勒).
    const described = DESCRIBED_START.exec(text.slice(m.start, m.end))?.[0].length ?? 0;
    // (…a Malaysian honorific the segmenter glued a surname onto, the given name read apart: 会长丹斯里/苏/j 俊杰/nr.)
    const honorificEnd = described && text[m.start] !== '的' && m.end - m.start - described === 1 ? nameAt(text, m.start + described, idx) : -1;
    if (honorificEnd > m.end) m = { ...m, end: honorificEnd };
    if (described && m.end - m.start - described >= 2) {
      // (…and after a Malaysian honorific, the rest of a transliterated name the reading cut short: 主席敦/莫哈末再努丁.)
      let e = m.end;
      if (text[m.start] !== '的' && isTranslit(text, m.start + described, m.end)) while (e < m.end + 6 && isTranslit(text, e, e + 1) && !AFTER_NAME.at(text, e)) e++;
      m = { ...m, start: m.start + described, end: e };
    }
    // (A name the segmenter ran into the post's term after it is the name: 独立董事何明任期已满六年.)
    if (m.end - m.start >= 4 && text.endsWith('任期', m.end)) m = { ...m, end: m.end - 2 };
    // (A name of three ending in 则 before speech is a name of two and the adverb: 首席财务/官金秉则/x 表示; one ending in 称 before a pause, a name of two and
    // the verb of speech: 首席财务/官罗毅/x 称/v ，.)
    if (m.end - m.start === 3 && ((text[m.end - 1] === '则' && SPEECH_OR_ACT.has(idx.at(m.end)?.word ?? '')) || (text[m.end - 1] === '称' && /[，,：:]/.test(text[m.end] ?? '')))) m = { ...m, end: m.end - 1 };
    // (…a Malaysian honorific read as the whole name: the transliterated name after it is the name, 拿督斯里/阿兹曼.)
    else if (described === m.end - m.start && text[m.start] !== '的') {
      let e = m.end;
      while (e < m.end + 5 && isTranslit(text, m.end, e + 1)) e++;
      if (e - m.end < 2) return;
      m = { ...m, start: m.end, end: e };
    }
    // (A street and its number is an address, whatever title its city makes: 铜陵市/长江西路355号 is no 市长 江西路.)
    // (Nor a name inside one already read: 聘任方洪涛、陆思琪分别担任… is read from 聘任 and from 担任, which can start it at 洪涛.)
    // (Nor a team's captain, 队长 of no unit: a player, whom the guidelines leave out with athletes: 队长武磊.)
    if (CAPTAIN.test(m.title ?? '') && !m.org) return;
    if (taken.has(m.start) || mentions.some((x) => x.start < m.start && m.end <= x.end) || ADDRESS_AFTER_NAME.test(text.slice(m.end - 1, m.end + 6)) || NOT_PERSON_WORDS.has(text.slice(m.start, m.end)) || ADDRESSED_PEOPLE.test(text.slice(m.start, m.end)) || NOT_PERSON_FORM.test(text.slice(m.start, m.end)) || PAY_WORD_START.test(text.slice(m.start, m.end))) return;
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
    // (…and over a bracketed sex or post: 刘建华（女）、陈建军, 梁启鸿先生（主席）、梁嘉仪女士.)
    const addressed = (at: number) => {
      const next = afterNotes(text, at);
      return next + (LATIN_ALIAS.exec(text.slice(next, next + 48))?.[0].length ?? 0);
    };
    // (…and its last name after 及 where 、 listed one before, as a board's notice writes it: 林志强先生、何咏诗女士及张家豪先生.)
    let listed = 0;
    // (…and after 和 where 、 listed one before, or after a title several hold, 与 and 及 too: 副总裁邵庆、方可和曹晓雯, 副局长何志刚和郑凯, 副行长郭建与项有志, 副總裁阮國恆及劉應彬,
    // 临时联席首席执行官津斯纳和霍尔索斯, 双方首席执行官贝格和杨宏宇; not 市长王强和李明, one mayor.)
    // (…and after 及 or 和 after a seat a board has several of: 獨立非執行董事梁家豪及黃慧玲.)
    const seats = BOARD_SEAT.test(title);
    const joins = (c: string | undefined) => c === '、' || ((c === '和' || c === '与' || c === '及') && (several || seats || title.includes('联席') || /(?:^|、)副/.test(title))) || ((listed > 0 || seats) && (c === '及' || c === '和'));
    let e = addressed(end);
    while (joins(text[e]) && TITLE_AT.longestFrom(text, e + 1) < 0) {
      const minority = minorityNameAt(text, e + 1, idx);
      // (…a name in Latin letters too: 董事总经理黄咏诗、Edward Middleton.)
      const latin = LATIN_PERSON.exec(text.slice(e + 1, e + 41))?.[0].length ?? 0;
      // (A word of two that a surname starts is a name between two joiners, a list going on after it: 、方可/n 和曹晓雯.)
      // (…or the list's last, before what follows names or ends a list: 副市长陈杰、华源/nz 出席, 副县长石磊、高洁/a 分别带队; not a place.)
      const pair = text.slice(e + 1, e + 3);
      const last = LIST_END.test(text.slice(e + 3, e + 5)) && text[e] === '、' && !PLACE_NAMES.has(pair);
      const between = SINGLE_SURNAMES.at(text, e + 1) && idx.at(e + 1)?.end === e + 3 && isCJKWord(pair) && ((LIST_JOINERS.at(text, e + 3) && nameAt(text, e + 4, idx) > 0) || last) ? e + 3 : -1;
      // (…or of three, in pieces or taken for a place, before what ends a list: 、唐/nr 绍/ns 杰/nr 因, 、周/nr 行云/n 等高管, 、何方/r 明/a ，, 、马建国/ns 分别.)
      const three = text.slice(e + 1, e + 4);
      const pieces = (idx.at(e + 1)?.end === e + 2 || idx.at(e + 1)?.end === e + 3) && idx.at(e + 3)?.end === e + 4 && !PLACE_NAMES.has(three.slice(1));
      const lastOfThree = text[e] === '、' && SINGLE_SURNAMES.at(text, e + 1) && (pieces || idx.at(e + 1)?.end === e + 4) && isCJKWord(three) && !GLUE.at(text, e + 2) && !GLUE.at(text, e + 3) && !PLACE_NAMES.has(three) && LIST_END.test(text.slice(e + 4, e + 6)) ? e + 4 : -1;
      // (…and a given name the segmenter took for an adverb: 、程/n 立新/d 及.)
      const named = nameAt(text, e + 1, idx);
      // (…and a Japanese name, whatever the segmenter made of it: 、佐藤/nrt 健/a 一等/m.)
      const japanese = JAPANESE_SURNAMES.longestFrom(text, e + 1) > 0 && idx.at(e + 1)?.start === e + 1 ? titledNameAt(text, idx.at(e + 1)!, idx) : -1;
      // (…and a name before its form of address, its surname glued to the joiner: 黄美玲女士及周/x 德文/nz 教授.)
      const addressedName = SINGLE_SURNAMES.at(text, e + 1) ? ([e + 4, e + 3].find((k) => ADDRESS_AFTER.test(text.slice(k, k + 2)) && isCJKWord(text.slice(e + 1, k))) ?? -1) : -1;
      const next = Math.max(named >= 0 ? named : cutNameAt(text, e + 1, idx), minority, latin ? e + 1 + latin : -1, between, japanese, lastOfThree, addressedName);
      const tag = idx.at(e + 1)?.tag ?? '';
      // A name with a title of its own after it starts the next official (董事长曾毓群、比亚迪董事长王传福; not its post noted in brackets:
      // 非独立董事：王刚（董事长）、李娜（副董事长）、陈建华),
      // and so does a place with one (华山街道党工委书记马玉兰、唐冶街道办事处主任孔祥伟).
      // (A compound surname the segmenter took for a place: 、欧阳/ns 建平/n.)
      // (Not a company the dictionary knows: 总经理陈杰、华为出席.)
      if (next < 0 || !(minority > 0 || latin > 0 || between > 0 || lastOfThree > 0 || addressedName > 0 || NAME_TAGS.has(tag) || idx.at(e + 1)!.end === e + 2 || surnameLength(text, e + 1) === 2) || (next !== lastOfThree && titleInClause(text, afterNotes(text, next), idx)) || companyNameEndingAt(text, next) === e + 1) break;
      // (…the post noted in brackets the member's own, in the list's organization: 李娜（副董事长）.)
      const noted = listNote(text, next).post;
      add({ start: e + 1, end: next, title: noted ? text.slice(noted.start, noted.end) : title, org: shared, source: 'rule:official-list' });
      if (text[e] === '、') listed++;
      e = addressed(next);
    }
  };

  // (An index, not for…of: V8 did not elide for…of's result objects in a body this big, one per token, ~24 MB a million characters.)
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const p = tok.start;
    const c = text.charCodeAt(p);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    const glued = TITLES_ENDING.edgeAt(text, p) && tok.end - p >= 2 ? gluedDottedName(text, tok, idx) ?? (tok.tag === 'x' || tok.tag === 'ns' || tok.tag === 'd' || tok.word === '任何' || tok.word === '官方' || (tok.tag === 'n' && (tok.end - p === 3 || NAME_TAGS.has(idx.at(tok.end)?.tag ?? ''))) || (tok.tag === 'nr' && tok.end - p === 2) ? gluedTitleName(text, tok, idx) : undefined) : tok.tag === 'x' && tok.end - p >= 3 ? surnameGluedToTitle(text, tok, idx) : undefined;
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
    // (…the copula perhaps glued onto the surname: 独立非执行董事/为何/r 志恒/x 先生.)
    const gluedCopula = titled !== undefined && TITLE_COPULAS.at(text, p) && tok.end > p + 1;
    const copulaStart = gluedCopula ? p + 1 : p;
    const copula = gluedCopula ? titled : !titled && TITLE_COPULAS.at(text, p - 1) ? titleBefore(text, p - (RESPECTIVELY.has(text.slice(p - 3, p - 1)) ? 3 : 1)) : undefined;
    const copulaNames: Array<[number, number]> = [];
    let copulaEnd = -1;
    for (let at = copulaStart, end = copula ? copulaNameAt(text, copulaStart, idx) : -1; end > 0; ) {
      copulaNames.push([at, end]);
      copulaEnd = afterNotes(text, end);
      end = LIST_JOINS.has(text[copulaEnd] ?? '') ? copulaNameAt(text, (at = copulaEnd + 1), idx) : -1;
    }
    // (…perhaps before the name in Latin letters: 董事总经理为陈国华（Tan Kok Wah）。)
    const aliasEnd = copulaEnd > 0 ? copulaEnd + (LATIN_ALIAS.exec(text.slice(copulaEnd, copulaEnd + 48))?.[0].length ?? 0) : -1;
    if (copula && copulaEnd > 0 && (aliasEnd === text.length || CLAUSE_END.at(text, aliasEnd))) {
      // (…each the post in the same place, after 分别为: 安全总监、生产部主任分别为郑国强、唐小军.)
      const inTurn = copulaNames.length > 1 && RESPECTIVELY.has(text.slice(p - 3, p - 1)) ? postsEndingAt(text, p - 3) : [];
      const held = titleAndOrg(text, copula, idx, lastOrgByUnit);
      copulaNames.forEach(([start, end], k) => add({ start, end, ...(inTurn.length === copulaNames.length ? titleAndOrg(text, inTurn[k]!, idx, lastOrgByUnit) : held), source: 'rule:official-title' }));
      continue;
    }
    // 担任董事长的雷军, 京东方董事长的陈炎顺: a name the title describes with 的, one the segmenter took whole for a name (not 董事长的儿子).
    // (…before what the person does: not 总理的祝福。)
    // (…or a name of pieces, a surname first: 曾任县农业局局长的郭/明远 回忆.)
    // (The title first, which seldom ends before a 的; the name read only after one does.)
    const describing = text.charCodeAt(p - 1) === 0x7684 && !titled && (NAME_TAGS.has(tok.tag ?? '') || SINGLE_SURNAMES.at(text, p)) ? titleBefore(text, p - 1) : undefined; // 的
    const describedEnd = describing ? nameAt(text, p, idx) : -1;
    // (…not a word the segmenter knows whole, its first character a surname: 董事局成员的任命/n 为.)
    const aWord = tok.end === describedEnd && !NAME_TAGS.has(tok.tag ?? '') && tok.tag !== 'x';
    const described = describedEnd > p && !aWord && (NAME_TAGS.has(tok.tag ?? '') ? isCJKWord(tok.word) : isCJKWord(text.slice(p, describedEnd))) ? describing : undefined;
    // (A post the person takes next is theirs now: 曾任…副总裁的何建明出任同仁制药董事长, read with 出任; not one they leave: 卸任公职后.)
    // (…its birth too, the 出 of 出生 glued onto the name: 出任总经理的苏哲出/x 生于/v.)
    const born = text.startsWith('出生', describedEnd);
    if (described && (describedEnd === tok.end || idx.isBoundary(describedEnd) || born) && (born || ACTION_TAGS.has(idx.at(describedEnd)?.tag ?? '') || /^\d/.test(text[describedEnd] ?? '') || SPEECH_OR_ACT.has(idx.at(describedEnd)?.word ?? '')) && !(TAKING.has(idx.at(describedEnd)?.word ?? '') && !LEAVING.has(idx.at(describedEnd)!.word)) && !MOVING_NEXT.test(text.slice(describedEnd, describedEnd + 4))) {
      add({ start: p, end: describedEnd, ...titleAndOrg(text, described, idx, lastOrgByUnit), source: 'rule:official-title' });
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
        formerPosts.set(p, { start: p, end, title, org: shared, source: 'rule:official-title' });
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
    // …or a Japanese given name of two after the family name (小早川/nr 智明/x 社长: the family name is joined on below).
    // (Not a company's trade after a family name it is named for: 星野/精机/x 社长 is 星野精机's president.)
    if (end < 0 && tok.end - p === 2 && NAME_TAGS.has(tok.tag ?? '') && !JAPANESE_FIRM_WORDS.has(tok.word) && japaneseFamilyBefore(text, p) !== undefined && TITLE_AT.longestFrom(text, tok.end) > 0) end = tok.end;
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
    // (Nor an office's last character and 原, a former post's mark: 欧亚/司原/副司长.)
    if (end < p + 2 || OFFICE_END.at(text, end - 1) || UNIT_AND_FORMER.test(text.slice(p, end)) || text.charCodeAt(end - 1) === 0x4efb || BUREAU_FIELDS.has(text.slice(p, end)) || HONORARY.has(text.slice(p, end)) || BODY_END.test(text.slice(p, end))) continue;
    if (text.charCodeAt(p) === 0x4efb && NAME_TAGS.has(idx.at(p - 1)?.tag ?? '') && idx.at(p - 1)!.end === p) continue;
    // (Nor the verb 任 after 曾, 现, 兼 and the organization glued to it: 赵长鹏曾/任币安/x 首席执行官.)
    if (text.charCodeAt(p) === 0x4efb && /[曾现兼改转升调]/.test(text[p - 1] ?? '')) continue;
    // (Nor the rest of an organization the verb before it took its first character of: 任晋/x 银/ng 理财/v 总经理.)
    if (idx.at(p - 1)?.end === p && idx.at(p - 1)!.tag === 'x' && /^[任兼由][\u4e00-\u9fff]$/.test(idx.at(p - 1)!.word)) continue;
    // Only a token the segmenter took for a name (or a lone surname) counts here: not 项目总经理.
    // (The title may be an acting one: 李红梅代董事长.)
    const acting = text[end] === '代' ? 1 : 0;
    const first = TITLE_AT.longestFrom(text, end + acting);
    // (…and the titles joined to it, where what follows a name comes after them: 蔡力行副董事长暨执行长表示.)
    const joined = first > 0 ? joinedTitlesEnd(text, first) : -1;
    const te = joined > first && FOLLOWS_NAME.test(text.slice(joined, joined + 2)) ? joined : first;
    // Not an employer before its executive's titles: 比亚迪/nr 董事长兼总裁王传福.
    if (
      te > 0 &&
      ADDRESS.has(text.slice(end + acting, first)) &&
      !placeBeforeUnit(text.slice(p, end), text, end) &&
      // (…nor a kind of bank, whose first character is a surname: 两家农/zg 商行/n 董事长.)
      !BANK_KIND.test(text.slice(p, end)) &&
      // (…nor the end of one the segmenter cut in two: 卡塔/nrt 马卡/x 省长.)
      !(/[省州]/.test(text[end] ?? '') && idx.at(p - 1)?.end === p && idx.at(p - 1)?.tag === 'nrt') &&
      // (…nor before the name the title is of, a foreign one too: 原执行副总经理佐藤/nrt 健一.)
      nameAt(text, te, idx) < 0 &&
      !(idx.at(te)?.start === te && NAME_TAGS.has(idx.at(te)!.tag ?? '') && isCJKWord(idx.at(te)!.word)) &&
      ((tok.end - tok.start === 1 && !VERB_LIKE_TAGS.has(tok.tag ?? '')) || NAME_TAGS.has(tok.tag ?? '')) &&
      !(JOINERS.has(text[te] ?? '') && TITLE_AT.longestFrom(text, te + 1) > 0) &&
      // (…nor before the office the title names: 总统府, 首相府.)
      text[te] !== '府' &&
      companyNameEndingAt(text, end) !== p
    ) {
      // (A company the dictionary knows right before the name is its organization: 海尔集团周云杰董事长;
      // so is one before 的, its stock code between: 泸州老窖的刘淼董事长, 瑞达期货（002961）的林志斌董事长, 腾讯控股（00700.HK）刘炽平总裁.)
      // (A Japanese family name the segmenter took for a place is the name's, before a given name of two: 东京电子的河合/ns 利树/x 社长.)
      const family = end - p === 2 && companyNameEndingAt(text, p) < 0 ? japaneseFamilyBefore(text, p) : undefined;
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

  for (const a of approvals(text)) a.names.forEach((n, k) => add({ ...n, title: a.titles[k]!, org: a.bare ? '' : text.slice(a.org.start, a.org.end), source: 'rule:official-appointed' }));
  const appointedNow = appointments(text, idx, lastOrgByUnit);
  for (const m of appointedNow) if (!m.earlier) add(m);
  for (const m of legalRepresentatives(text, idx, lastOrgByUnit)) add(m);
  for (const m of biographies(text, idx, lastOrgByUnit)) add(m);
  for (const m of successions(text)) add(m);
  for (const m of bracketedPositions(text, idx, lastOrgByUnit)) add(m);
  for (const m of appositivePositions(text, idx, lastOrgByUnit)) add(m);
  for (const m of comradesAfterPosts(text, idx, lastOrgByUnit)) add(m);
  for (const m of tableColumnPosts(text, idx)) add(m);
  for (const m of countedHolders(text, idx, lastOrgByUnit)) add(m);
  for (const m of listedMembers(text, idx)) add(m);
  for (const m of namesUnderPosts(text, idx, lastOrgByUnit)) add(m);
  // A name of three whose last character follows names (付欣在) is of two where the article names the two alone (付欣称).
  for (const m of mentions) {
    if (m.end - m.start !== 3 || !AFTER_NAME.at(text, m.end - 1) || !isCJKWord(text.slice(m.start, m.end))) continue;
    if (writtenWhere(text, text.slice(m.start, m.end - 1), (p) => p !== m.start && text[p + 2] !== text[m.end - 1] && nameMayEndAt(text, p + 2, idx))) m.end--;
  }
  // An official's name in Latin letters in brackets after the Chinese one is the same official's: 托马斯·布劳恩（Thomas Braun）.
  // (A name's own 和 before it is the name's, not a conjunction: 吕志和（Lui Che Woo）.) So is a Chinese name after a Latin one: Linda Xu（徐琳达）.
  for (const m of [...mentions]) {
    if (text[m.end] === '和' && LATIN_ALIAS.test(text.slice(m.end + 1, m.end + 49))) m.end++;
    const alias = /[A-Za-z]$/.test(text[m.end - 1] ?? '') ? CHINESE_ALIAS.exec(text.slice(m.end, m.end + 20)) : LATIN_ALIAS.exec(text.slice(m.end, m.end + 48));
    // (…a dotted transliteration too: Sam Altman（山姆·奥尔特曼）.)
    const aliasEnd = m.end + 1 + (alias?.[1]!.length ?? 0);
    if (alias && (!/[\u4e00-\u9fff]/.test(alias[1]!) || nameAt(text, m.end + 1, idx) === aliasEnd || dottedNameAt(text, m.end + 1, idx) === aliasEnd)) add({ ...m, start: m.end + 1, end: aliasEnd });
  }
  // (The new post read in its former post's organization where it names none; where no new post was read, the former post: 原中国区总裁李东旭调任集团全球战略室室长.)
  for (const m of mentions) if (!m.org && formerPosts.has(m.start)) m.org = formerPosts.get(m.start)!.org;
  for (const [start, former] of formerPosts) if (!mentions.some((m) => m.start === start)) add(former);
  mentions.push(...otherMentions(text, mentions, idx, taken));
  // (A post held before names the people nothing else named, and then their other mentions: 聘任…教授林博文为外部董事，林博文此前曾任….)
  const before = mentions.length;
  for (const m of appointedNow) if (m.earlier) add(m);
  if (mentions.length > before) mentions.push(...otherMentions(text, mentions.slice(before), idx, taken));
  return mentions.map(({ start, end, title, org, source }) => {
    const attrs: Candidate['attrs'] = { title };
    if (org) attrs.org = org;
    return { start, end, label: 'OFFICIAL', source, attrs };
  });
};

/** A move to another post after the name, an adverb before it perhaps: 已转任, 将出任. */
const MOVING_NEXT = new RegExp(`^(?:已|将|又|再|也)?(?:${[...MOVING].join('|')})`);

/** Where a verb of taking a post starts, at `from` or one character on (a name of two or three after 由), or -1. */
function takingVerbAt(from: number, idx: TokenIndex): number {
  for (const at of [from, from + 1]) if (idx.at(at)?.start === at && MOVING.has(idx.at(at)!.word)) return at;
  return -1;
}

/** A public body's name going on after a joiner: 和体育局, 与旅游委员会. */
const BODY_AFTER_JOIN = /^[\u4e00-\u9fff]{1,4}(?:局|委员会|委|厅|办公室|办)/;
/** Whether a title starts within the clause at `from` (before the next pause): the words there are an organization. */
function titleInClause(text: string, from: number, idx: TokenIndex): boolean {
  // (A title after 及, 以及, 和 or 与 right after the name is the next person's: 执行董事潘政民、吴春媛及独立非执行董事张宏江, 副局长刘洋、王建华和代理总畜牧师赵明;
  // but a bureau's name goes on over 和, the "name" its first words: 副区长王丽娟、区教育和体育局局长赵志刚.)
  if (LAST_JOINS.at(text, from) || text.startsWith('以及', from)) return BODY_AFTER_JOIN.test(text.slice(from + 1, from + 9));
  // (Not inside a word: 在主席台/n 就座.)
  for (let k = from; k < from + 12 && k < text.length && !CLAUSE_END.at(text, k); k++) {
    const end = TITLE_AT.longestFrom(text, k);
    if (end > 0 && idx.isBoundary(end)) return true;
  }
  return false;
}

/** A dotted foreign name whose first part the segmenter glued to the title's last character: 首席财务/官科/n 莱特·克雷斯, 商务部/长吉娜/x·雷蒙多. */
function gluedDottedName(text: string, tok: Token, idx: TokenIndex): { start: number; end: number; titled: { start: number; end: number } } | undefined {
  const k = tok.start + 1;
  let dot = k + 1;
  while (dot < k + 8 && dot < text.length && !NAME_DOT.at(text, dot)) dot++;
  // (The dot is evidence enough for a first name of a character or two the transliteration list lacks: 官凯文/nr ·帕雷克.)
  if (!NAME_DOT.at(text, dot) || !(isTranslit(text, k, dot) || (dot - k <= 3 && isTranslit(text, k, k + 1) && isCJKWord(text.slice(k, dot))))) return undefined;
  const titled = titleBefore(text, k);
  const end = titled && titled.start < tok.start ? dottedNameAt(text, k, idx) : -1;
  return end > 0 ? { start: k, end, titled: titled! } : undefined;
}

/** An adverb the segmenter glued onto a name's last character: GLUED_ADVERB's, or 则 (while: 苏立/群则 表示). */
const adverbGluedAt = (text: string, at: number): boolean => GLUED_ADVERB.at(text, at) || text[at] === '则';

/**
 * A name that starts inside an unknown token beginning with a title's last character: the whole
 * name (首席财务/官宫伟/x) or its surname, the given name the next token (首席技术/官王/x 海峰/n).
 */
function gluedTitleName(text: string, tok: Token, idx: TokenIndex): { start: number; end: number; titled: { start: number; end: number } } | undefined {
  const k = tok.start + 1;
  // (…or a Japanese family name's first character, the rest and the given name the next unknown word: 首席财务/官中/x 村浩二/x.)
  const family = JAPANESE_SURNAMES.longestFrom(text, k);
  const rest = family > tok.end ? idx.at(tok.end) : undefined;
  if (rest && rest.start === tok.end && rest.tag === 'x' && rest.end - family >= 1 && rest.end - family <= 3 && isCJKWord(rest.word)) {
    const japanese = titleBefore(text, k);
    // (…its last character the segmenter left alone, before what follows names: 社/长坂/ns 本雄/x 一/m 在.)
    const alone = idx.at(rest.end);
    const end = alone?.start === rest.end && alone.end === rest.end + 1 && rest.end + 1 - family <= 3 && JAPANESE_GIVEN_LAST.at(text, rest.end) && (FOLLOWS_CUT_NAME.test(text.slice(alone.end, alone.end + 2)) || PAUSE_OR_COLON.test(text[alone.end] ?? '')) ? alone.end : rest.end;
    return japanese && japanese.start < tok.start ? { start: k, end, titled: japanese } : undefined;
  }
  // (…or a transliterated name's first: 首席财务/官津斯纳/x 和.)
  const titled = SINGLE_SURNAMES.at(text, k) || (tok.tag === 'x' && tok.end - k >= 2 && isTranslit(text, k, tok.end)) ? titleBefore(text, k) : undefined;
  // (…a name of three and the function character after it too: 首席技术/官吕承泽在/x 发布会, 首席营运/官苏嘉欣为/x.)
  if (titled && titled.start < tok.start && tok.tag === 'x' && tok.end - k === 4 && GLUE.at(text, tok.end - 1) && SINGLE_SURNAMES.at(text, k) && isCJKWord(text.slice(k, tok.end))) return { start: k, end: tok.end - 1, titled };
  if (!titled || titled.start >= tok.start || tok.end - k > 3) return undefined;
  // (A word the title's last character makes with the name's first two, the last character alone before speech: 董事/长程力/n 军/n 表示;
  // not an adverb before it: 首席医学/官汪来/x 将/d 介绍.)
  const last = idx.at(tok.end);
  // (…or one the segmenter took for a name's, before what follows names: 首席财务/官凌子/x 谦/nr 在.)
  if (tok.end - k === 2 && last?.start === tok.end && last.end === tok.end + 1 && isCJKWord(last.word) && !GLUED_ADVERB.at(text, tok.end) && (FOLLOWS_NAME.test(text.slice(last.end, last.end + 2)) || (tok.tag === 'x' && PERSON_TAGS.has(last.tag ?? '') && AFTER_NAME.at(text, last.end)))) return { start: k, end: last.end, titled };
  // (…or the name's last character glued to the speech after it, before a pause: 首席财务/官王颂/x 文称/x ，.)
  if (tok.end - k === 2 && last?.start === tok.end && last.tag === 'x' && last.end === tok.end + 2 && isCJKWord(text[tok.end]!) && SPEECH.at(text, tok.end + 1) && AFTER_GLUED_SPEECH.test(text[last.end] ?? '')) return { start: k, end: tok.end + 1, titled };
  // (…or glued to the 为 of an appointment: 任命首席财务/官艾桥/x 智为/x 集团行政总裁.)
  if (tok.end - k === 2 && last?.start === tok.end && last.tag === 'x' && last.end === tok.end + 2 && text[tok.end + 1] === '为' && isCJKWord(text[tok.end]!) && titleInClause(text, last.end, idx)) return { start: k, end: tok.end + 1, titled };
  // (…or to an adverb of also or while before what the person does: 高雄市/长苏立/x 群则/x 表示.)
  if (tok.end - k === 2 && tok.tag === 'x' && last?.start === tok.end && last.tag === 'x' && last.end === tok.end + 2 && isCJKWord(text[tok.end]!) && adverbGluedAt(text, tok.end + 1) && ACTION_TAGS.has(idx.at(last.end)?.tag ?? '')) return { start: k, end: tok.end + 1, titled };
  // (…or to the 自 or 于 of a date after it: 代理行/长冀光/x 恒自/x 10月8日起; or to the 因 of a reason: 首席财务/官钟立/x 平因/x 工作调整.)
  if (tok.end - k === 2 && tok.tag === 'x' && last?.start === tok.end && last.tag === 'x' && last.end === tok.end + 2 && isCJKWord(text[tok.end]!) && (((text[tok.end + 1] === '自' || text[tok.end + 1] === '于') && /^[\d０-９]/.test(text[last.end] ?? '')) || (text[tok.end + 1] === '因' && isCJKWord(text[last.end] ?? '')))) return { start: k, end: tok.end + 1, titled };
  // Not a legal representative's name made anonymous (法定代表/人肖某/x), 某 standing for the given name; a post's is a name (首席财务/官肖某/x, 官焦/x 某某/r).
  const anonymous = text[k - 1] === '人';
  // (…nor the speech the segmenter glued on too, before a pause: 代理首席财务/官王鼎称/x ，.)
  const spoken = tok.end - k === 3 && SPEECH.at(text, tok.end - 1) && PAUSE_OR_COLON.test(text[tok.end] ?? '') ? 1 : 0;
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
  // (…or a given name of two glued to an adverb of also or while before a verb: 分析/师范/nr 可欣则/x 认为; or to 在: 首席财务/官何/x 嘉祺在/x 接受.)
  if (tok.end - k === 1 && given?.start === tok.end && given.tag === 'x' && given.end - given.start === 3 && isCJKWord(given.word) && (adverbGluedAt(text, given.end - 1) || text[given.end - 1] === '在') && ACTION_TAGS.has(idx.at(given.end)?.tag ?? '')) return { start: k, end: given.end - 1, titled };
  // (…or with the speech after it the segmenter glued on: 首席财务/官付/x 欣称/x ，, 欣称/x 派息总额.)
  // (…or 将, will, before what the person will do: 官付/x 欣将/x 出席会议/l.)
  if (tok.tag === 'x' && given?.start === tok.end && given.tag === 'x' && given.end === given.start + 2 && isCJKWord(given.word) && ((SPEECH.at(text, given.start + 1) && AFTER_GLUED_SPEECH.test(text[given.end] ?? '')) || (text[given.start + 1] === '将' && ACTION_TAGS.has(idx.at(given.end)?.tag ?? '')))) return { start: k, end: given.start + 1, titled };
  // (…or one character, then the last glued to an adverb after it: 首席科学/官何/x 咏/n 恩则/x 于2019年加入.)
  const third = given && given.end === given.start + 1 ? idx.at(given.end) : undefined;
  if (tok.tag === 'x' && third?.start === given!.end && third.tag === 'x' && third.end === third.start + 2 && isCJKWord(given!.word + text[third.start]) && adverbGluedAt(text, third.start + 1) && !NUMERAL_START.test(given!.word)) return { start: k, end: third.start + 1, titled };
  // (…or one character of any tag after an unknown piece, before what follows names or a form of address: 首席财务/官王/x 刚/d 介绍, 官钟/x 薇/g 女士.)
  if (tok.tag === 'x' && given !== undefined && given.end === given.start + 1 && isCJKWord(given.word) && !NUMERAL_START.test(given.word) && !AFTER_NAME.at(text, given.start) && (FOLLOWS_NAME.test(text.slice(given.end, given.end + 2)) || HONORIFICS.has(text.slice(given.end, given.end + 2)))) return { start: k, end: given.end, titled };
  // (…or one it took for a place too, before what a person does: 分行行/长葛/ns 建国/ns 透露, 首席医学/官张/x 连山/ns 表示.)
  const placeGiven = given?.tag === 'ns' && given.end - given.start === 2 && FOLLOWS_CUT_NAME.test(text.slice(given.end, given.end + 2));
  // (…or an adverb, a given name before what follows names: 行/长孙/ns 立新/d ，.)
  // (…or a verb before speech: 首席策略/官陈/x 远航/v 表示.)
  // (…or before what follows a name: 财务/长黄/x 启明/v 在.)
  // (…or before a form of address: 首席执行/官方/n 启明/v 博士, the 官方 (official) the title's 官 and the surname 方 make.)
  const verbGiven = given?.tag === 'v' && given.end - given.start === 2 && (SPEECH_OR_ACT.has(idx.at(given.end)?.word ?? '') || AFTER_NAME.at(text, given.end) || ADDRESS_AFTER.test(text.slice(given.end, given.end + 2)));
  // (…or an adverb before what follows names, a day or an act: 武汉/市/长钱/x 立新/d 5月6日调研.)
  const adverbGiven = given?.tag === 'd' && given.end - given.start === 2 && (FOLLOWS_CUT_NAME.test(text.slice(given.end, given.end + 2)) || /^[\d０-９]/.test(text[given.end] ?? '') || SPEECH_OR_ACT.has(idx.at(given.end)?.word ?? ''));
  const person = tok.word === '长孙' ? GIVEN_TAGS.has(given?.tag ?? '') || given?.tag === 'ns' || (given?.tag === 'd' && FOLLOWS_NAME.test(text.slice(given.end, given.end + 2))) : tok.tag === 'ns' ? PERSON_TAGS.has(given?.tag ?? '') || (given?.tag === 'x' && !NUMERAL_START.test(given.word)) || placeGiven : GIVEN_TAGS.has(given?.tag ?? '') || ((tok.tag === 'x' || tok.word === '官方') && (given?.tag === 'a' || placeGiven || verbGiven || adverbGiven));
  return given && given.end - given.start <= 2 && person && isCJKWord(given.word) ? { start: k, end: given.end, titled } : undefined;
}
/** A pause or a colon, after speech (称，, 说：) or after a name (坂本雄一：). */
const PAUSE_OR_COLON = /^[，,：:]$/;
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
 * characters, or of one before speech or a pause (何/莉 说, 何/平说/x), or before 在 where the segmenter
 * took it for a name (何/静/nr 在茅台集团调研); not 主任何时回来.
 */
function givenAfterHe(text: string, k: number, given: Token, titled: { start: number; end: number }): { start: number; end: number; titled: { start: number; end: number } } | undefined {
  if (!isCJKWord(given.word) || given.end - given.start > 2) return undefined;
  const end = given.end - given.start === 2 && SPEECH.at(text, given.end - 1) ? given.end - 1 : given.end;
  return end - given.start === 2 || FOLLOWS_NAME.test(text.slice(end, end + 2)) || (given.tag === 'nr' && text[end] === '在') ? { start: k, end, titled } : undefined;
}
const GIVEN_TAGS = new Set(['nr', 'nrfg', 'nrt', 'n', 'ng', 'nz', 'x']);
/** Tags of a person's name; an unknown word only if it starts with no numeral (万州/长江/ns 二桥/x is a bridge). */
const PERSON_TAGS = new Set(['nr', 'nrfg']);
const NUMERAL_START = /^[一二三四五六七八九十\d]/;
/** A name written with 某 for its given name: a suspect or a party kept anonymous. */
const ANONYMOUS = /某/;

/** A surname character tagged so is a word of the sentence: 任/r 科技副县长 (serves as), not 任科技 (于/p 海田 is a name). */
const VERB_LIKE_TAGS = new Set(['r', 'v', 'c', 'd']);

/** What a list's bullet follows: the start of the text or of a line, and spaces. */
export const LINE_START = /(?:^|\n)[^\S\n]*$/;

/** Kinds of bank before the title of their head: 农商行, 城商行, 银行. */
const BANK_KIND = /(?:商行|银行)$/;

const CLOSE_BRACKET = /[)）]/g;
const CAPTAIN = /^副?队长$/;
/** A person's part in a case: 被告人, 犯罪嫌疑人, 当事人. */
const PARTY_BEFORE = /(?:被告人|嫌疑人|当事人|上诉人|申请人)$/;

/** The company an article or a notice is about, named by its kind: 公司, 本集团, 该行. */
const OWN_COMPANY = new RegExp(`^(?:${BARE_COMPANY})$`);

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
    // Inside the brackets, only the position and its organization, or the company the article is about (周立新（公司首席财务官）);
    // after 时任 or 原 (何志勇（时任某银行支行行长）), or as the last of several posts (张亚勤（清华大学智能产业研究院院长、百度前总裁）), whatever unit it names.
    const inside = text.slice(open + 1, titled.start);
    const listed = open + 1 + inside.lastIndexOf('、');
    const post = listed > open && titleBefore(text, listed)?.end === listed ? text.slice(listed + 1, titled.start) : inside;
    // (…the mark of a post held before between the two: 刘启明（中国邮政集团有限公司原副总经理）.)
    const mark = HOLDING_AT_END.exec(post)?.[0];
    const before = post.replace(HELD_THEN, '').slice(0, mark && title.startsWith(mark) ? -mark.length : undefined);
    const anyUnit = before !== post || post !== inside;
    // (…the place a title's unit names, read as the place's: 徐志坚（景德镇市委副书记、市长）, org 景德镇市.)
    const placeOfOrg = org.startsWith(before) && /^[省市县区]$/.test(org.slice(before.length));
    if (before && before !== org && !placeOfOrg && !OWN_COMPANY.test(before) && (!anyUnit || !isCJKWord(before))) continue;
    // A given name the segmenter took for a word counts here too, as after a title (王/立新/d).
    // (A dotted or Japanese name first: 桑达尔·皮查伊（谷歌首席执行官）, not 查伊.)
    // (…a form of address between the name and the brackets: 梁咏芝女士（行政总裁）.)
    const nameEnd = HONORIFICS.has(text.slice(open - 2, open)) ? open - 2 : open;
    const foreign = foreignNameBefore(text, nameEnd, idx);
    // (The name a pause or a party's role in court opens first: ，赵/nr 海燕/nr（副总裁）is 赵海燕, not 海燕; 被告人/n 马/n 卫东/nr 马卫东.)
    const opened = (p: number) => p > 0 && (BEFORE_ITEM.at(text, p - 1) || PARTY_BEFORE.test(text.slice(Math.max(0, p - 3), p))) && SINGLE_SURNAMES.at(text, p);
    const start = foreign >= 0 ? foreign : nameStartOpenedBefore(text, idx, nameEnd, opened);
    if (start >= 0) out.push({ start, end: nameEnd, title, org, source: 'rule:official-title' });
  }
  return out;
}

/** How many hold the title after the names listed before it: 孔德鑫、蒋文婷两位副总裁, 三名董事. */
const HOLDERS_COUNT = /([两二三四五])[位名]/g;
const COUNTS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/** The names a count of holders and their title follow, where there are as many as it says (孔德鑫、蒋文婷两位副总裁因工作调整辞职). */
function countedHolders(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(HOLDERS_COUNT)) {
    const titled = { start: m.index + m[0].length, end: TITLE_AT.longestFrom(text, m.index + m[0].length) };
    if (titled.end < 0) continue;
    // (Exactly as many, no more listed before them: not 张伟、孔德鑫、蒋文婷两位….)
    const names = namesListedBefore(text, idx, m.index);
    if (names.length !== COUNTS[m[1]!]) continue;
    const post = titleAndOrg(text, titled, idx, lastOrgByUnit);
    for (const [start, end] of names) out.push({ start, end, ...post, source: 'rule:official-list' });
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

/** The lengths of a dotted foreign name beyond four characters: 托马斯·格林, 乔纳森·奈特. */
const DOTTED_NAME_LENGTHS = [5, 6, 7, 8, 9, 10, 11, 12];
/** Where an appositive post ends: a pause, a dash (黄仁勋——英伟达创始人兼首席执行官——在演讲中), or the spaces before a table's next column (周　彬　　董事、副总经理　　98.27%). */
const ITEM_END = /[；;\n，,。]|——|[ \u3000]{2,}|$/g;
/** An organization's words after the comma after a name: ，泓泰新材 (安全总监). */
const ORG_AFTER_COMMA = /(?<=[，,])[\u4e00-\u9fff]{1,8}$/;
/** A list's item number opening a line: 3., 12、, ３．. */
const NUMBERED_BEFORE = /(?:^|\n)[^\S\n]*[\d０-９]{1,2}[.．、]$/;
/** A note on how a post is held, after it: （挂职）, （兼）, （主持工作）, （正厅级）. */
const POST_NOTE = /[（(](?:挂职|兼|兼职|代|代理|主持工作|[正副][厅处局部科]级)[)）]$/;
/** What may stand between a name and its post after it: an age, a party membership (，现年53岁, （53岁）, ，中共党员), or the person's sex (（女）). */
const NOTED_BETWEEN = new RegExp(String.raw`(?:[，,]现年[\d０-９]{2}岁|${AGE_NOTED}|[（(][男女][)）]|[，,](?:中共党员|中共预备党员|群众|无党派人士))$`);

/**
 * A name with its position after a space or a comma, as guest lists and bylines write them:
 * 嘉宾：李明 蔚蓝汽车集团有限公司副总裁；王芳，星途智能科技有限公司创始人兼CEO.
 */
function appositivePositions(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (let m = ITEM_END.exec(text); m; m = ITEM_END.exec(text)) {
    if (m[0] === '') ITEM_END.lastIndex++; // the end of the text
    // (…perhaps with a note on the post after it: 林思远　副市长（挂职）.)
    const postEnd = m.index - (POST_NOTE.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[0].length ?? 0);
    const titled = titleBefore(text, postEnd);
    if (!titled || titled.end !== postEnd) continue;
    const { title, org } = titleAndOrg(text, titled, idx, lastOrgByUnit);
    // Where the organization's words start (济南/市委书记: 济南, the unit is the title's), with 该 or 本 (该公司董事长, 该村/r 村主任).
    let from = titled.start - org.length;
    if (!org || text.slice(from, titled.start) !== org) from = orgStart(text, titled.start, idx);
    const pronoun = idx.at(from - 1);
    if (pronoun?.end === from && /^[该本]/.test(pronoun.word)) from = pronoun.start;
    // (…or a dash: 王健林——大连万达集团股份有限公司董事长，)
    const dashes = text[from - 1] === '—' ? (text[from - 2] === '—' ? 2 : 1) : 0;
    // (…or an organization the walk back did not take whole, after the name opening a numbered item: 1. 李　强，泓/q 泰新材/x 安全总监.)
    const loose = !dashes && !' \u3000，,'.includes(text[from - 1] ?? '') ? ORG_AFTER_COMMA.exec(text.slice(Math.max(0, from - 10), from))?.[0].length ?? 0 : 0;
    if (!dashes && !loose && !' \u3000，,'.includes(text[from - 1] ?? '')) continue;
    from -= loose;
    // (…the spaces of a table's columns: 组　长：孙　伟　　省人民政府副省长.)
    const spaces = dashes ? 0 : (/[ \u3000]{1,4}$/.exec(text.slice(Math.max(0, from - 4), from))?.[0].length ?? 0);
    // (…an age or a party membership between: 李家诚，现年53岁，本公司主席; 李家诚（53岁），本公司主席; 刘志刚，中共党员，园区管委会副主任.)
    // (…or the person's sex, before a table's spaces: 朱丽华（女）　江苏省国资委党委委员.)
    const gap = dashes || spaces || 1;
    const end = from - gap - (NOTED_BETWEEN.exec(text.slice(Math.max(0, from - gap - 11), from - gap))?.[0].length ?? 0);
    // (…or after a list's number: 3.钱明亮，华泰公司硝化车间主任.)
    const numbered = (p: number) => NUMBERED_BEFORE.test(text.slice(Math.max(0, p - 5), p).replace(/[ \u3000]$/, ''));
    // (…or a table's first column, where a name the segmenter cut into a surname and a word is one too: 吴/nr 立新/d　　省市场监督管理局副局长.)
    const firstCell = (p: number) => spaces > 0 && LINE_START.test(text.slice(Math.max(0, p - 8), p)) && cutNameAt(text, p, idx) === end;
    const opensItem = (p: number) => (loose ? numbered(p) : p === 0 || BEFORE_ITEM.at(text, p - 1) || numbered(p)) && (nameAt(text, p, idx) === end || firstCell(p));
    // (A dotted foreign name is longer than four: 托马斯·格林，曼联首席执行官，)
    const start = nameStartBefore(idx, end, opensItem);
    if (loose && start < 0) continue;
    // (…after 及, 和 or 与 too, which opens the last of a list: ；以及卡尔·海因茨，拜耳中国总经理; not from the 以 of 以及.)
    const dottedOpens = (p: number) => (opensItem(p) || (LAST_JOINS.at(text, p - 1) && nameAt(text, p, idx) === end)) && !LAST_JOINS.at(text, p + 1);
    const at = start >= 0 || text.lastIndexOf('·', end) <= end - 12 ? start : (DOTTED_NAME_LENGTHS.map((n) => end - n).find((p) => p >= 0 && dottedOpens(p)) ?? -1);
    if (at >= 0) out.push({ start: at, end, title, org: loose ? text.slice(from, titled.start) : org, source: 'rule:official-title' });
  }
  return out;
}

/**
 * A name before 同志 ending a sentence's chain of appositives whose first clause is the post, as an obituary
 * or a notice opens: 北方航空动力有限责任公司原副总经理、总设计师，中国工程院院士，著名航空发动机设计专家吴致远同志，因病….
 */
function comradesAfterPosts(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/同志/g)) {
    const end = m.index;
    const start = nameStartBefore(idx, end, (p) => nameAt(text, p, idx) === end);
    if (start < 0) continue;
    const opens = SENTENCE_OPEN.exec(text.slice(Math.max(0, start - 80), start));
    if (!opens) continue;
    const from = start - opens[0].length;
    const comma = text.indexOf('，', from);
    const titled = comma > from && comma < start ? titleBefore(text, comma) : undefined;
    // (The clause is the post and its organization alone: not 他曾任公司总经理，老同事张明同志说.)
    if (!titled || titled.end !== comma || orgStart(text, titled.start, idx) > from) continue;
    const { title, org } = titleAndOrg(text, titled, idx, lastOrgByUnit);
    out.push({ start, end, title, org, source: 'rule:official-title' });
  }
  return out;
}
/** A sentence's start and at most four clauses of it before a name: the post, honours, descriptions (no full stop between). */
const SENTENCE_OPEN = /(?<=^|[。！？\n])[^。！？\n，]{2,40}(?:，[^。！？\n，]{2,24}){1,3}$/;

/** Marks of an honorary post before its title: 荣誉董事长, 名誉主席. */
const HONORARY = new Set(['荣誉', '名誉']);
/** The parties to an agreement or a meeting, before a title each of them holds: 双方, 两家公司. */
const PARTIES = /^(?:双方|三方|各方|两家(?:公司|企业|银行)?|两国|两公司)$/;

/** Words for people, or verbs, or a post's term and duties, that a surname starts and the segmenter may take for a name: 少数/明星/nr 所长, 先后/官宣/x 新任, 主席的/任期. */
const NOT_PERSON_WORDS: ReadonlySet<string> = new Set(['明星', '官宣', '高管', '高层', '网红', '新人', '老总', '大佬', '领导', '干部', '专家', '同事', '任期', '任务', '任职', '任内', '任上']);
/** A preposition a surname's character writes and the people spoken to or for, no name: 县长向群众拜年, 市长为大家介绍. */
const ADDRESSED_PEOPLE = /^[向为给和与对](?:群众|大家|市民|村民|居民|职工|员工|干部|师生|学生|家长|游客|客户|用户|网友|观众|公众|企业|记者|媒体|全体)$/;
/** A sector's word for its firms (又一房企董事长), a plant (日月光半导体高雄厂总经理) and a tenure (独立董事满六年): no person's name. */
const NOT_PERSON_FORM = new RegExp(`^(?:${SECTOR_FIRM}|[\\u4e00-\\u9fff]{1,3}厂|满[一二两三四五六七八九十\\d]{1,2}年)$`);
/** A post's pay after its title, no name: 董事袍金为36万港元, 董事长薪酬. */
const PAY_WORD_START = /^(?:袍金|薪酬|年薪|酬金|津贴)/;

/** A development zone's bodies, named alone after the zone was: 管委会, 党工委. */
const ZONE_BODY = /^(?:管委会|管理委员会|党工委)$/;
/** A development zone at the start of an organization's name: 三江新区, 西安高新区, 苏州工业园区. */
const ZONE_OF = /^[\u4e00-\u9fff]{2,8}?(?:新区|开发区|高新区|园区|经开区)/;

/** A street's last character and its number: 西路355号, 大街1号. */
const ADDRESS_AFTER_NAME = /^[路街道巷](?:[0-9０-９]{1,5}|[一二三四五六七八九十百]{1,4})号/;

/** Verbs after a known name the segmenter may glue to its last character (张明出/x 生于, 王刚主/x 持, 刘运来/nr 到, 谭志伟续/x 称, 鄭家/nrfg 豪現/x 為, 莫拉莱/nr 斯此访/x). */
const VERB_AFTER_MENTION = /^(?:出生|出席|出任|出资|出访|主持|主导|担任|带领|率领|率团|接受|接待|来到|前往|走进|深入|交棒|接棒|辞任|卸任|离任|退休|履新|现[为任年]|[续又还亦则][称指说]|此[访行次])/;

/** What follows a company's name, never a person's: its shares, figures, reports, shops, units, a quote of its shares (李宁报17.92港元), its stock code (李寧（02331）); or a foundation named after the person (保尔森基金会). */
const COMPANY_AFTER_MENTION = /^(?:股价|股份|市值|营收|净利|财报|[年季]报|半年报|公司|集团|品牌|旗下|门店|体育|股票|报[\d０-９]|基金会|[(（][\d０-９]{4,6}(?:\.[A-Z]{2})?[)）])/;
/** What a person does after a name that is also a word: speech, attending, meeting, going along. */
const SPEECH_AFTER_MENTION = new RegExp(`^(?:${NAME_ACTS}|会谈|主持|调研|考察|透露|谈到|提出|要求|希望|告诉|回应|在会|一同|一起|陪同|带队|率队|预计|预测|判断)`);
/** The segmenter took the name at [start, end) for one word of its own, no name: 金融/n, 高峰/n. */
const ENDS_CLAUSE = /^[。，,；;！？!?]$/;
/** Tags of a name the segmenter did not know or took for a foreign one: no word of its own. */
const UNKNOWN_OR_NAME_TAGS = new Set(['x', 'nrt']);
const PERIOD_AFTER = /^(?:期间|时段|时期)/;
/** Characters the segmenter glues onto a known name after it, no given name's: a case (王刚案), a verb (王刚搞, 王刚称). */
const GLUED_ONTO_MENTION = new CharSet('案搞称说等曾被已将');
/** A common noun right before `at` that is no title: 用电/n (高峰), not 主席/n (高峰). */
const afterNoun = (text: string, idx: TokenIndex, at: number): boolean => {
  const t = idx.at(at - 1);
  // (…a word's: not a name the segmenter did not know, 会见/n 齐普策/x 。)
  if (UNKNOWN_OR_NAME_TAGS.has(idx.at(at)?.tag ?? '')) return false;
  return t !== undefined && t.end === at && (t.tag === 'n' || t.tag === 'vn') && t.word.length >= 2 && !TITLES_ENDING.edgeAt(text, at) && !ADDRESS_BEFORE.test(t.word);
};
const commonWord = (idx: TokenIndex, start: number, end: number): boolean => {
  const t = idx.at(start);
  // (A word tagged a numeral with no numeral in it is none: 许立群/m, whose 许 is "about" to the segmenter.)
  return t !== undefined && t.start === start && t.end === end && !NAME_TAGS.has(t.tag ?? '') && t.tag !== 'nrt' && t.tag !== 'ns' && !(t.tag === 'm' && !NUMERAL_WORD.test(t.word));
};

/** A personal name in Latin letters, given and family name: Daniel Reyes, Anna Keller. */
const LATIN_FULL_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*(?: [A-Z][a-z'’-]{2,})$/;

/** A name in a byline, after the role (编辑：赵敏, 作者：杨帆, 记者 张三): the writer's, no official's. */
const BYLINE_BEFORE = new RegExp(`(?:${PRESS_ROLE})[：:]?[\\s　]*$`);

/**
 * Whether a name the annotator accepted as an official elsewhere (the corpus lexicon) names the
 * official at `start`: not in a byline, where a writer of the same name signs.
 */
export const mentionsOfficialAt = (text: string, start: number): boolean => !BYLINE_BEFORE.test(text.slice(Math.max(0, start - 6), start));

/**
 * Every other mention of a name the article gives a position: 徐直军说, and headlines or
 * related-news lines that name the person before the position is given.
 */
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
  // …and by its first part before speech or an act, as Thai names are cited: 纳丽妮·颂帕 … 纳丽妮表示.
  const givenOnly = new Set<string>();
  for (const [name, m] of [...first]) {
    const given = name.slice(0, Math.max(0, name.search(/[·•・]/)));
    if (given.length >= 2 && !first.has(given)) {
      first.set(given, m);
      givenOnly.add(given);
    }
  }
  const out: Mention[] = [];
  if (!first.size) return out;
  // (…or before a character the segmenter glued onto the name as an unknown word: 王刚搞/x, 王刚案/x.)
  const gluedAfter = (end: number) => idx.at(end)?.tag === 'x' && idx.at(end)!.start < end && idx.at(end)!.end === end + 1 && GLUED_ONTO_MENTION.at(text, end);
  const mayEnd = (end: number) => nameMayEndAt(text, end, idx) || VERB_AFTER_MENTION.test(text.slice(end, end + 2)) || gluedAfter(end);
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
    // (…nor where no word starts, but after a function character inside a piece the segmenter did not know: 方志/n 航和杜/x 德安/ns.)
    if (!names.edgeAt(text, at) || taken.has(at) || inside[at] || (NAME_DOT.at(text, at - 1) && !LINE_START.test(text.slice(Math.max(0, at - 3), at - 1))) || !(nameMayStartAt(text, at, idx) || gluedInUnknown(text, at, idx))) continue;
    const end = names.longestFrom(text, at, mayEnd);
    if (end < 0) continue;
    const m = first.get(text.slice(at, end))!;
    // (Nor a writer of the same name signing: 编辑：赵敏.)
    if (!mentionsOfficialAt(text, at)) continue;
    // (A Latin family name inside a longer Latin name is none: Reyes Holdings.)
    if (/[A-Za-z]/.test(text[at]!) && (/[A-Za-z0-9]/.test(text[at - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '') || latinNameGoesOn(text, end))) continue;
    // A name that is also a word (金融, 高峰) is the person again only before speech or an act: 金融表示, not 金融是经济的血脉.
    // So is one that ends a clause right after a common noun, as a compound's head (度过用电/n 高峰。, not 执行主席/高峰).
    // (…or before the time it lasts: 用电/n 高峰期间.)
    if ((commonWord(idx, m.start, m.end) || (afterNoun(text, idx, at) && (ENDS_CLAUSE.test(text[end] ?? '') || PERIOD_AFTER.test(text.slice(end, end + 2))))) && !SPEECH_AFTER_MENTION.test(text.slice(end, end + 2))) continue;
    // A founder named like the company (李宁 of 李宁公司): the company's where its shares, sales or shops follow (李宁股价上涨), or a foundation (保尔森基金会).
    // (…or a product line: 李寧YOUNG.)
    if (COMPANY_AFTER_MENTION.test(text.slice(end, end + 12)) || (/[\u4e00-\u9fff]/.test(text[at]!) && /[A-Z]/.test(text[end] ?? ''))) continue;
    if (givenOnly.has(text.slice(at, end)) && !SPEECH_AFTER_MENTION.test(text.slice(end, end + 2))) continue;
    taken.add(at);
    out.push({ start: at, end, title: m.title, org: m.org, source: 'rule:official-mention' });
    at = end - 1;
  }
  return out;
}

/** Where a Japanese family name ending at `p` starts (小早川 before 智明), if one does. */
function japaneseFamilyBefore(text: string, p: number): number | undefined {
  return [p - 3, p - 2].find((s) => s >= 0 && JAPANESE_SURNAMES.longestFrom(text, s) === p);
}

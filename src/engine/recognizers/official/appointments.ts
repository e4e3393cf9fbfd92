import { lookupName } from '../../dict/companies';
import { TITLES_ENDING } from '../../dict/positions';
import { JAPANESE_SURNAMES, SINGLE_SURNAMES, surnameLength } from '../../dict/surnames';
import { cutNameAt, dottedNameAt, GLUE, isCJKWord, isTranslit, NAME_DOT, NAME_TAGS } from './names';
import { orgOf } from './titleOrg';
import { CharSet } from '../text/charSet';
import { writtenWhere } from '../text/scan';
import { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';
import { titleAndOrg } from './officialPosts';
import { AGE_BEFORE_NAME, COLONS, NOT_TITLE_BEFORE, positionAt, TITLE_AT, titleBefore } from './officialTitles';
import { APPOINTING, COPULAS, GLUED_TAKING, LEAVING, TAKING } from './postVerbs';
import { ADDRESS_AFTER, ADDRESS_BEFORE, CHINESE_ALIAS, LATIN_ALIAS, LATIN_ALIAS_BEFORE, LATIN_PERSON, nameAt, nameRunsTo, nameStartAt, nameStartBefore, nameStartOpenedBefore, NOTICE_ADDRESS } from './titledNames';

// Officials named by what is done to their posts: appointed or removed (任命张三为副市长, 免去李四的
// 局长职务), taking or leaving one (王五当选为董事长, 刘强、于海田先后出任), a legal representative
// changed (法定代表人由A变更为B), and a biography's head (杨庆华，男，…任江西省副省长).

export interface Mention {
  start: number;
  end: number;
  title: string;
  org: string;
  source: string;
  /** Read from a post held before (此前任): the person's where no other post names them. */
  earlier?: boolean;
}

export const CLAUSE_END = new CharSet('、，,。；;：:！？\n');

/** 任 and the unit its position starts with, which the segmenter makes one word: 任区, 任县. */
const TAKES_UNIT = /^任[省市县区镇乡]$/;
/** An age an announcement notes in brackets after a name: （48岁）. */
export const AGE_NOTED = String.raw`[（(][\d０-９]{2}岁[)）]`;
/** The characters of a day, a month or a year said in figures or words, and of their parts: 2025年5月28日, 三月底, 今年. */
const WHEN_CHARS = '\\d０-９一二三四五六七八九十〇零年月日底初中旬今';
/** The reason or the time of a change of post, between the name and its verb: 因个人原因, 因工作调整, 因到龄退休 (a comma after it too, 因到龄退休，申请辞去), 自2022年7月起, 将于2025年6月16日起, 今年起, 自即日起, a span of time (曾于2003年2月至2011年8月); or the time it was held in, 在 (李建新在担任…期间), 利用 (先后利用担任…的职务便利), and 申请, after a reason too (黄志刚申请辞去, 黄志远先生因工作原因申请辞去); the age an announcement notes (赵明远先生（58岁）获委任, 霍建邦先生，六十岁，获委任); and 已 or 将 the segmenter glued to the verb (已辞任/x). */
const REASON = String.raw`因(?:其他的?)?(?:(?:个人|工作|身体|家庭|年龄|业务)?[\u4e00-\u9fff]{0,2}?(?:原因|调整|调动|需要|安排|变动)|(?:到龄|达到法定)退休(?:年龄)?|年满(?:[\d０-９]{2}|[五六七]十[一二三四五六七八九]?)周?岁)`;
const WHY_OR_WHEN = new RegExp(String.raw`(?:(?:${REASON}(?:[，,]?申请|[，,])?|(?:将|已|曾经?)?(?:自|[于於]|从)(?:即日|今日|本月|[${WHEN_CHARS}明去本上下季度]{2,14}(?:(?:至|到|-|—)[${WHEN_CHARS}]{2,10})?)起?|(?:[\d０-９]{4}|[今去明])年(?:[\d０-９]{1,2}月)?起?|(?:先后|曾经?|多次)?(?:在|利用其?)|申请|${AGE_NOTED}|[，,](?:[\d０-９]{2}|[二三四五六七八九]十[一二三四五六七八九]?)岁[，,])[已将]?|[已将])$`);

/** Adverbs of a list between a title and its copula: 行长分别为, 依次为. */
export const RESPECTIVELY = new Set(['分别', '依次']);
/** The copulas the segmenter glues onto an unknown name: 张伟为/x, 李明系/x, 王强是/x. */
const GLUED_COPULA = new CharSet('为系是');
/** First characters of those verbs: most tokens are refused by one bit test. */
const VERB_HEADS = new CharSet([...APPOINTING, ...TAKING, ...COPULAS, '现任'].map((v) => v[0]).join(''));
/**
 * What may stand between the names and the position: 为, the 的 of 免去X的…职务, 继续担任, the 后 of 卸任后, the 同志 or
 * 先生 of a formal notice, the adverb of a list given its posts in order (聘任李明、赵佳分别为总经理、副总经理), and the
 * count of the names listed (增补陆文斌、曹雅琴两人为省委委员), after 等 too (选举邵明辉等9名董事).
 */
const BEFORE_POSITION = new RegExp(`^(?:${NOTICE_ADDRESS})?(?:等?(?:[两二三四五六七八九十]|\\d{1,2})[人位名])?(?:继续|(?<each>分别|依次))?(?:了|为|的|担任|出任|后)?`);
/** The 辞 of 辞任 the segmenter cut from its 任 (已辞/x 任本/x 公司…). */
const RESIGN_CUT = /^[已将]?辞$/;
/** The day's or month's character and a verb of taking or leaving a post, one token: 日辞任, 日起任. */
const DAY_GLUED_HEADS = '日月已将';
const DAY_GLUED_START = new CharSet(DAY_GLUED_HEADS);
const DAY_GLUED_VERB = new RegExp(`^[${DAY_GLUED_HEADS}](?:${[...TAKING].filter((v) => v.length === 2).join('|')})$`);
/** Adverbs between names and the verb of their posts: 先后出任, 分别担任, 已出任, how a vote went: 全票当选, and an approval: 获批出任. */
const SUCCESSION = new Set(['先后', '分别', '相继', '均', '都', '也', '曾', '还', '继续', '全票', '高票', '再次', '顺利', '正式', '已', '将', '已经', '即将', '同时', '仍', '仍将', '仍然', '依然', '获批', '获准', '此前', '目前', '挂职']);
/** …those that may stand before a bare 任 too: 分别任, 此前任 (陈立新此前任工商银行副行长), 目前任, 将挂职任 (on secondment), 先后任 (one post after another). */
const BEFORE_BARE_TAKING = new Set(['分别', '此前', '目前', '挂职', '将', '先后', '相继']);
/** A line's start and the number of a notice's item: 二、, （二）, 2.; and what decides, before the verb: 三、决定免去. */
const HEADING_OPENED = /(?:^|\n)[^\S\n]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])?(?:决定|同意)?$/;
/** A name alone at a line's start (padded or not: 邵　军) and the space after it, before the verb of its post. */
const LINE_NAME_SPACE = /(?:^|\n)[^\S\n]*([\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){1,3})([ \u3000]{1,2})$/;
/** What joins the last name of a list to the others: 李明、王芳及赵刚. */
export const LAST_JOINS = new CharSet('及和与');
/** What joins the names of a list: 王海涛、李东和赵明先后担任, and those a title is after its copula: 保荐代表人为孙立和赵一鸣. */
export const LIST_JOINS = new Set(['、', '和', '及', '与']);
/**
 * A candidate's résumé in a notice: 李明，男，1972年6月生，汉族，…，现任郑州市委常委、秘书长 (or 方晨，现任…; 吴海涛，1972年3月生，现任…;
 * 【任前公示】李晓东，男，…; 周红波（女），出生年月1975.03，现任…; a notice's numbered list: 一、王磊，男，…; an alumnus's class: 张明远，1982级…校友，现任…),
 * over its sentences (…，中共党员。现任…).
 */
const RESUME_NAME = /(?:^|[。；;：:\n】\]])\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]\s*)?([\u4e00-\u9fff·]{2,8})(?:[(（][男女][)）])?[，,](?:(?:男|女|(?:19|20)\d{2}年\d{1,2}月(?:出)?生|出生年月|(?:19|20)\d{2}级)[，,：:]?[^；;\n【】]*)?$/;

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
export function appointments(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  const tokens = idx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // (A verb of a post the segmenter glued to the day before it is read alone: 于2025年5月28/日辞任/x 本行执行董事; or to 已 or 将: 已辞任/x.)
    // (…and 辞任 it cut across two words: 黄志强先生已辞/x 任本/x 公司独立非执行董事.)
    // (The regexes only where the first or last character can start or end their words: they are tried at every token.)
    const written = tokens[i]!.word;
    const cut = written.charCodeAt(written.length - 1) === 0x8f9e && RESIGN_CUT.test(written) && tokens[i + 1]?.start === tokens[i]!.end && tokens[i + 1]!.word[0] === '任';
    const verb = cut ? { ...tokens[i]!, start: tokens[i]!.end - 1, end: tokens[i]!.end + 1, word: '辞任' } : written.length === 3 && DAY_GLUED_START.at(written, 0) && DAY_GLUED_VERB.test(written) ? { ...tokens[i]!, start: tokens[i]!.start + 1, word: written.slice(1) } : tokens[i]!;
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
    // 董少/x 华辞/nz 任本/x 公司执行董事: 辞任 cut across the name's last character and the organization's first.
    const next = tokens[i + 1];
    if (verb.word.length === 2 && verb.word.charCodeAt(1) === 0x8f9e && next?.start === verb.end && next.word[0] === '任' && tokens[i - 1]?.end === verb.start) {
      const start = tokens[i - 1]!.start;
      if (verb.end - 1 - start >= 2 && verb.end - 1 - start <= 3 && SINGLE_SURNAMES.at(text, start) && nameStartAt(idx, start) && isCJKWord(text.slice(start, verb.end - 1))) {
        out.push(...appointed(text, '辞任', { names: [[start, verb.end - 1]], after: verb.end + 1 }, idx, lastOrgByUnit));
        continue;
      }
    }
    // 李俊/nr 辉获任/x 公司副总裁, 李卫获/x 聘为/v 公司执行副总裁: 获 (gets) and its verb glued onto the name's last characters.
    const got = verb.tag === 'x' && verb.word.includes('获') ? GOT_GLUED.exec(verb.word) : null;
    if (got) {
      const gotAt = verb.start + got[1]!.length;
      const next = tokens[i + 1];
      const after = got[2] ? verb.end : next?.start === verb.end && /^[聘任]/.test(next.word) ? verb.end + 1 : -1;
      const start = got[1]!.length >= 2 ? verb.start : tokens[i - 1]?.end === verb.start ? tokens[i - 1]!.start : -1;
      if (after >= 0 && start >= 0 && gotAt - start >= 2 && gotAt - start <= 3 && SINGLE_SURNAMES.at(text, start) && nameStartAt(idx, start) && isCJKWord(text.slice(start, gotAt))) {
        out.push(...appointed(text, '获任', { names: [[start, gotAt]], after }, idx, lastOrgByUnit));
        continue;
      }
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
    // (…已获委任, 均获委任 too, the segmenter gluing 获 onto the adverb: 已获/x 委任/n; and 被任命为, 被委任为.)
    const passive = tokens[i - 1]?.end === verb.start && ((verb.word === '委任' && /^[已均将]?获$/.test(tokens[i - 1]!.word)) || (/^(?:委任|任命)$/.test(verb.word) && /^[已均将]?被$/.test(tokens[i - 1]!.word)));
    // (…and 续任, 连任 or 留任 the segmenter cut in two: 蔡立群/续/v 任/r.)
    const staying = verb.word === '任' && tokens[i - 1]?.end === verb.start && TAKING.has(tokens[i - 1]!.word + '任') ? tokens[i - 1] : undefined;
    // (…or glued its first character onto the name: 林茂松续/x 任/r 董事长.)
    const gluedStay = !staying && verb.word === '任' && tokens[i - 1]?.end === verb.start && tokens[i - 1]!.tag === 'x' && tokens[i - 1]!.word.length >= 3 && TAKING.has(text[verb.start - 1] + '任') && text[verb.start - 1] !== '新';
    const verbStart = passive || staying ? tokens[i - 1]!.start : gluedStay ? verb.start - 1 : newName >= 0 ? verb.start + 1 : verb.start;
    // (…or onto the organization's first characters after a name: 吴志刚/nr 任国网/x 山东省电力公司董事长.)
    // (…after a name and its form of address too: 王珊珊/x 女士/n 任晋/x 银理财总经理.)
    // (…or after a name the segmenter took for other words: 汤/n 建国/ns 任上/x 港集团, 周/nr 建平/n 任浙能/x 集团.)
    // (…or a person's name, after a name: 郑/ns 海涛/nr 任中华/nr 联合财产保险股份有限公司总精算师.)
    const takesOrg = (verb.tag === 'x' || (verb.tag === 'nr' && tokens[i - 1]?.tag === 'nr')) && verb.word.length >= 2 && verb.word[0] === '任' && isCJKWord(verb.word) && (NAME_TAGS.has(tokens[i - 1]?.tag ?? '') || ADDRESS_BEFORE.test(text.slice(verb.start - 2, verb.start)) || nameStartBefore(idx, verb.start, (p) => nameRunsTo(text, p, verb.start, idx)) >= 0) && tokens[i - 1]!.end === verb.start;
    const word = passive ? '获任' : staying ? staying.word + '任' : gluedStay ? text[verb.start - 1] + '任' : TAKES_UNIT.test(verb.word) || newName >= 0 || takesOrg ? '任' : verb.word;
    const wordEnd = passive ? verb.end : verbStart + word.length;
    // 聘/v 任何/r 颖/nr 为总经理: 聘任 (or 委任) and the surname 何, which the segmenter read as 任何 (any).
    // (…已 glued on before it too: 已委/x 任何/r 家骏/x 为.)
    const he = verb.word === '任何' && /^已?[聘委]$/.test(tokens[i - 1]?.word ?? '') && tokens[i - 1]!.end === verb.start ? tokens[i + 1] : undefined;
    // (…its given name perhaps glued to the 为 after it: 聘/v 任何/r 捷为/x 公司总经理.)
    // (…or taken for an adverb before 为: 聘/v 任何/r 立新/d 为总经理.)
    const heEnd = he && he.tag === 'x' && /^[\u4e00-\u9fff]{1,2}为$/.test(he.word) ? he.end - 1 : he && (NAME_TAGS.has(he.tag ?? '') || (he.tag === 'd' && text[he.end] === '为')) ? he.end : -1;
    if (he && he.start === verb.end && heEnd > 0 && heEnd - verb.start <= 4 && isCJKWord(text.slice(he.start, heEnd))) {
      // (…and the names listed after it: 委任何志强、李慧雯及苏家俊为….)
      const more = heEnd === he.end && /[、及和]/.test(text[he.end] ?? '') ? namesListedAt(text, he.end + 1, idx) : { names: [], after: -1 };
      const names: Array<[number, number]> = [[verb.start + 1, heEnd], ...more.names];
      out.push(...appointed(text, text[verb.start - 1] + '任', { names, after: more.names.length ? more.after : heEnd }, idx, lastOrgByUnit));
      continue;
    }
    if (APPOINTING.has(verb.word) && !passive) {
      // 会议决定任命：张三为…；李四为…: after a colon, each clause of the sentence is an appointment.
      // (…a space or a line break after the colon or the semicolon too, as notices align or list them: 免去：⏎高志远的…职务；⏎刘翠红的….)
      // (…or after a heading that is the verb alone on its line: 二、免去⏎张　伟的…职务；⏎孙建军的…职务, 三、决定免去⏎赵国庆的….)
      const heading = text[verb.end] === '\n' && HEADING_OPENED.test(text.slice(Math.max(0, verb.start - 8), verb.start));
      if (COLONS.at(text, verb.end) || heading) {
        for (let p = afterSpaces(text, verb.end + (heading ? 0 : 1)); ; ) {
          out.push(...appointed(text, verb.word, namesListedAt(text, p, idx), idx, lastOrgByUnit));
          const next = text.indexOf('；', p);
          if (next < 0 || /[。\n]/.test(text.slice(p, next))) break;
          p = afterSpaces(text, next + 1);
        }
      } else {
        // 任命孙晓东为副市长、李建华为市教育局局长: the next clause of the sentence as long as each names someone and a position.
        for (let p = verb.end, found = 1; p >= 0 && found; ) {
          // (选举现年52岁的张建国为…, 聘任58岁的赵刚为…, 任命1985年出生的梁晨为…: the name after its age or year of birth.)
          const listed = namesListedAt(text, p + (AGE_BEFORE_NAME.exec(text.slice(p, p + 12))?.[0].length ?? 0), idx);
          const mentions = appointed(text, verb.word, listed, idx, lastOrgByUnit);
          out.push(...mentions);
          found = mentions.length;
          p = nextClause(text, Math.max(p, listed.after));
        }
      }
    } else if (TAKING.has(word) || (COPULAS.has(verb.word) && !appointedInClause(text, tokens, i) && !TAKING.has(tokens[i - 1]?.word ?? '')) || verb.word === '现任') {
      // 张三任…, 王/红梅/同志/任…, 张玉卓现任…: the name ends at the verb, or before 同志 (or 不再: 李四不再担任…;
      // 先后, 分别: 王海涛、李东先后出任…, a list of names).
      // (…over two of them: 刘炽平将/继续/担任.)
      let k = passive ? i - 1 : i;
      while (k > 0 && i - k < (passive ? 3 : 2) && (tokens[k - 1]!.word === '不再' || (SUCCESSION.has(tokens[k - 1]!.word) && (word !== '任' || BEFORE_BARE_TAKING.has(tokens[k - 1]!.word))))) k--;
      // 王彤宙、宋海良、刘翔分别任集团董事长、总经理、副总经理: each the position in the same place in its list.
      const respectively = tokens.slice(k, i).some((t) => t.word === '分别');
      // (A post held before, 此前任, names the person where nothing else does, but is no title for their later mentions.)
      const earlier = tokens.slice(k, i).some((t) => t.word === '此前');
      const verbAt = k < i ? tokens[k]!.start : verbStart;
      // (…after the reason or the time of the change: 牛钢因个人原因辞去, 赵伟国自2022年7月起不再担任, 卢伟冰自即日起出任.)
      // (…and before a bare 任, a dated time only: 宋国华曾于2003年2月至2011年8月任….)
      const when = WHY_OR_WHEN.exec(text.slice(Math.max(0, verbAt - 28), verbAt))?.[0] ?? '';
      const why = verbAt - (word !== '任' || /[年月]/.test(when) ? when.length : 0);
      // (…and the name in Latin letters after it: 陈立武（Lip-Bu Tan）正式出任.)
      const at = why - (LATIN_ALIAS_BEFORE.exec(text.slice(Math.max(0, why - 48), why))?.[0].length ?? 0);
      // (…and an adverb the segmenter glued onto the name's last character: 林子/nr 涵将/x 接任.)
      const glued = GLUED_ADVERB.at(text, at - 1) && idx.at(at - 1)!.tag === 'x' && idx.at(at - 1)!.start < at - 1 ? 1 : 0;
      // (…or the space a list of appointments puts between a line's name and its verb: 　　周振宇　任中国有色金属集团有限公司董事长.)
      const lineName = LINE_NAME_SPACE.exec(text.slice(Math.max(0, at - 12), at));
      const spaced = lineName && surnameLength(text, at - lineName[1]!.length - lineName[2]!.length) ? lineName[2]!.length : 0;
      const end = ADDRESS_BEFORE.test(text.slice(at - 2, at)) ? at - 2 : spaced ? at - spaced : at - glued;
      const names: Array<[number, number]> = [];
      // The longest name that ends there (赵/卫东/任: 赵卫东, not 卫东).
      const lastOfName = idx.indexAt(end - 1);
      // (…the whole of a line's name whatever the segmenter made of it: 　　周/nr 振/v 宇/nr 　任.)
      if (spaced) names.push([end - lineName![1]!.length, end]);
      else if (newName >= 0) names.push([newName, verbStart]);
      else if (gluedStay && surnameLength(text, tokens[i - 1]!.start) > 0 && verbStart - tokens[i - 1]!.start <= 3 && isCJKWord(text.slice(tokens[i - 1]!.start, verbStart))) names.push([tokens[i - 1]!.start, verbStart]);
      // (挂任, to take a post on secondment, is a verb, its 挂 no name's last character: 孙建平（原挂任清江县人民政府副县长）;
      // nor is the 常 of a permanent secretary's title: 环境及生态局常任秘书长.)
      else if (!(word === '任' && (text[end - 1] === '挂' || (text[end - 1] === '常' && PERMANENT_POST.test(text.slice(end + 1, end + 4)))))) for (let j = Math.max(0, lastOfName - 3); j <= lastOfName; j++) {
        const p = tokens[j]!.start;
        // (Not where someone served, after 在: 曾在苏伊士担任亚洲区总裁.)
        // (…or one whose given name the segmenter took for an adverb: 韩/j 立新/d 辞去.)
        // (Nor from a title's last character, a surname too: 首席财务/官/n 徐宏/x 将兼任.)
        if (end - p <= 4 && nameStartAt(idx, p) && nameRunsTo(text, p, end, idx) && text[p - 1] !== '在' && !titleBefore(text, p + 1)) {
          names.push([p, end]);
          break;
        }
        // (…a transliterated name the segmenter cut in pieces, after a title: 原首席规划官埃斯皮/nr 诺萨/x 接任.)
        if (end - p >= 3 && end - p <= 6 && isTranslit(text, p, end) && titleBefore(text, p)) {
          names.push([p, end]);
          break;
        }
        // (…a name the segmenter did not know, after 由, 的 or a pause: 总裁一职由张伟/x 接任, ，陈立武/x 出任, 集团有限公司的张晨/x 将挂职任.)
        if ((text[p - 1] === '由' || text[p - 1] === '的' || p === 0 || BEFORE_ITEM.at(text, p - 1)) && tokens[j]!.tag === 'x' && tokens[j]!.end === end && end - p >= 2 && end - p <= 3 && SINGLE_SURNAMES.at(text, p) && isCJKWord(text.slice(p, end))) {
          names.push([p, end]);
          break;
        }
        // (…a name after the 由 the segmenter glued onto its surname: 董事长由孙/x 明亮/a 接任; or the 及 of a list: 陈志明及何/x 美仪/x 将分别出任.)
        if (tokens[j]!.tag === 'x' && (text[p] === '由' || LAST_JOINS.at(text, p)) && end - p >= 3 && end - p <= 4 && tokens[j]!.end < end && SINGLE_SURNAMES.at(text, p + 1) && isCJKWord(text.slice(p + 1, end))) {
          names.push([p + 1, end]);
          break;
        }
      }
      // (…the whole of a dotted name whose last part was read: 马克·霍尔自…起出任, 托马斯·贝克将出任.)
      if (names.length === 1 && NAME_DOT.at(text, names[0]![0] - 1)) names[0]![0] = dottedStartBefore(text, idx, names[0]![0] - 1, end) ?? names[0]![0];
      // (…or a Japanese name opening its clause, whatever the segmenter made of it: ，内田诚/x 将于4月1日卸任, ，山本/ns 浩二将/x 接任;
      // after 由 or 前任 too: 由十时裕树/x 出任, 前任吉田宪/x 一郎/x 转任.)
      if (!names.length) {
        const japanese = japaneseNameEndingAt(text, end);
        if (japanese >= 0 && (japanese === 0 || BEFORE_ITEM.at(text, japanese - 1) || JAPANESE_NAME_OPENED.test(text.slice(Math.max(0, japanese - 2), japanese)))) names.push([japanese, end]);
      }
      // (…a Latin name after 由: 由Roman Sokolowski接任.)
      const latinTaker = names.length ? null : LATIN_TAKER.exec(text.slice(Math.max(0, end - 48), end));
      if (latinTaker) names.push([end - latinTaker[1]!.length, end]);
      // (…or a Latin name opening the clause and its Chinese form in brackets: ，Michael Tan（谭明辉）将接任; both the one person's.)
      const latinWithChinese = names.length ? null : LATIN_WITH_CHINESE.exec(text.slice(Math.max(0, end - 60), end));
      if (latinWithChinese) {
        const chinese = latinWithChinese[2]!.length;
        const latinEnd = end - chinese - 2;
        names.push([latinEnd - latinWithChinese[1]!.length, latinEnd], [end - 1 - chinese, end - 1]);
      }
      // The names listed before it: 王海涛、李东先后出任.
      withListedBefore(text, idx, names);
      // A candidate's résumé names the person before the facts: 李明，男，1972年6月生，…，现任….
      const resume = !names.length && (verb.word === '现任' || verb.word === '时任') ? RESUME_NAME.exec(text.slice(Math.max(0, verb.start - 120), verb.start)) : null;
      const start = resume ? verb.start - resume[0].length + resume[0].indexOf(resume[1]!) : -1;
      // (a given name the segmenter took for an adverb: 王/立新/d，现任)
      const resumeEnd = start + (resume?.[1]!.length ?? 0);
      if (start >= 0 && nameRunsTo(text, start, resumeEnd, idx)) names.push([start, resumeEnd]);
      // (Two holders of one post joined by 与 or 和 after 由: 共同执行长由许家豪与沈佩琪担任.)
      const coHolder = names.length === 1 && CO_HOLDERS_JOIN.at(text, names[0]![0] - 1) ? [4, 3, 2].map((n) => names[0]![0] - 1 - n).find((p) => p > 0 && text[p - 1] === '由' && nameRunsTo(text, p, names[0]![0] - 1, idx)) : undefined;
      if (coHolder !== undefined) names.unshift([coHolder, names[0]![0] - 1]);
      const coHolders = names.length === 2 && names[0]![1] === names[1]![0] - 1 && CO_HOLDERS_JOIN.at(text, names[0]![1]) && text[names[0]![0] - 1] === '由';
      // 院长由朱晓担任, 董事长由刘尔卓出任, 总裁一职由张伟接任: the position before 由;
      // (…the one another left, before a comma: 苟轶群辞任首席执行官，由李瑜接任.)
      const byAt = names[0] && text[names[0][0] - 1] === '由' ? postEndBeforeBy(text, names[0][0] - 1) : -1;
      const left = byAt > 0 && text[byAt - 1] === '，' ? LEFT_POST_BEFORE.exec(text.slice(Math.max(0, byAt - 26), byAt - 1)) : null;
      const by = left ? byAt - 1 - (left[1]?.length ?? 0) : byAt;
      const before = (names.length === 1 || coHolders) && by >= 0 && !text.slice(wordEnd, wordEnd + 1).match(/[\u4e00-\u9fff]/) ? titleBefore(text, by) : undefined;
      // (…several posts before 分别由, each the name in the same place: 公司总裁、副总裁分别由赵东明、李刚担任, 董事长及总经理分别由….)
      const inTurn = names.length > 1 && byAt > 2 && RESPECTIVELY.has(text.slice(byAt - 2, byAt)) ? postsEndingAt(text, byAt - 2) : [];
      if (before) for (const [start, end] of names) out.push({ start, end, ...titleAndOrg(text, before, idx, lastOrgByUnit), source: 'rule:official-appointed' });
      else if (inTurn.length === names.length) names.forEach(([start, end], k) => out.push({ start, end, ...titleAndOrg(text, inTurn[k]!, idx, lastOrgByUnit), source: 'rule:official-appointed' }));
      else out.push(...appointed(text, word, { names, after: wordEnd }, idx, lastOrgByUnit, respectively).map((m) => (earlier ? { ...m, earlier } : m)));
    }
  }
  return out;
}

/** An adverb between a post and the 由 of who holds it: 校长仍由韩涛担任, 董事长将由刘强出任, 总裁一职暂由王伟担任. */
const ADVERB_BEFORE_BY = /(?:仍然|继续|仍|将|则|改|暂|现|拟)$/;

/** Where the post ends before the 由 at `by`: 院长由, 总裁一职由, 校长仍由, 总裁一职暂由. */
function postEndBeforeBy(text: string, by: number): number {
  const end = by - (ADVERB_BEFORE_BY.exec(text.slice(Math.max(0, by - 2), by))?.[0].length ?? 0);
  return end - (text.endsWith('一职', end) ? 2 : 0);
}

/** Posts held permanently, after 常任: 秘书长, 代表, 理事, 委员. */
const PERMANENT_POST = /^(?:秘书长|代表|理事|委员)/;

/** What joins two holders of one post: 与, 和. */
const CO_HOLDERS_JOIN = new CharSet('与和');
/** A Latin name after 由, before the verb of the post it takes. */
const LATIN_TAKER = new RegExp(`由(${LATIN_PERSON.source.slice(1)})$`);
/** A Latin name opening a clause and its Chinese form in brackets: ，Vivian Zhao（赵慧文）. */
const LATIN_WITH_CHINESE = new RegExp(`(?:^|[，,。；;：:\\s])(${LATIN_PERSON.source.slice(1)})${CHINESE_ALIAS.source.slice(1)}$`);

/** A post another left, ending the clause before 由: 辞任首席执行官, 辞去董事长职务, 不再担任核心本地商业CEO, 不再担任首开集团党委书记、董事长. */
const LEFT_POST_BEFORE = new RegExp(`(?:${[...LEAVING].join('|')}|不再担任)[\u4e00-\u9fff、A-Za-z]{2,20}?(职务|一职)?$`);

/**
 * 法定代表人由汪建平变更为沈晓红, as business registers report it, and 党委书记由李伟调整为王志坚: the holder the post had and the one it has
 * (or only the new one: 董事长变更为陈志远).
 * (The frame bounds the names, whatever the segmenter made of them: 人由雷军/x 变更/v 为林斌/x.)
 */
const POST_CHANGE = /(?:已|正式)?(?:由([\u4e00-\u9fff]{2,4}))?(?:变更|调整|更换)为([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])/dg;
export function legalRepresentatives(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(POST_CHANGE)) {
    const [before, after] = [m.indices![1], m.indices![2]!];
    const post = titleBefore(text, m.index);
    if (!post || (before && !surnameLength(text, before[0])) || !surnameLength(text, after[0])) continue;
    const held = titleAndOrg(text, post, idx, lastOrgByUnit);
    if (before) out.push({ start: before[0], end: before[1], ...held, source: 'rule:official-appointed' });
    out.push({ start: after[0], end: after[1], ...held, source: 'rule:official-appointed' });
  }
  return out;
}

/**
 * Who a post passes from and to where the post is said elsewhere: the predecessor after 接替 (接替即将退休的张德辉先生,
 * 接替任满的陈启发先生) and the successor before 接任 (由李家豪先生接任), each named with a form of address, a surname first.
 */
const POST_PASSED = /接替(?:[^，,。；;\n的]{0,12}的)?([\u4e00-\u9fff]{2,4}?)(?:先生|女士)|由([\u4e00-\u9fff]{2,4}?)(?:先生|女士)(?:接任|接替|继任)/dg;

/** The people a post passes between, where the text names it elsewhere: officials without a title of their own here. */
export function successions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(POST_PASSED)) {
    const [start, end] = (m.indices![1] ?? m.indices![2])!;
    const surname = surnameLength(text, start);
    if (surname && end - start - surname >= 1) out.push({ start, end, title: '', org: '', source: 'rule:official-appointed' });
  }
  return out;
}

/** A biography's head: a name alone opening a paragraph, then the sex (杨庆华，男，汉族，1966年3月生). */
const BIOGRAPHY = /(?:^|\n)[^\S\n]*([\u4e00-\u9fff]{2,4})[，,][男女][，,]/dg;
/** Where a post a biography names after 任 ends: a pause or the paragraph's end (…任江西省副省长。), perhaps after a note in brackets (…副县长（挂职），). */
const POST_END = /^(?:[（(][\u4e00-\u9fff]{1,6}[)）])?(?:[，,；;。、\n]|$)/;

/**
 * The person a biography is of, with the last post it names after 任 (…2016年12月至2021年6月任江西省赣州市委书记；
 * 2021年6月起任江西省副省长): an official, as an announcement of a post or a case introduces one.
 */
export function biographies(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
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
        if (t > k && POST_END.test(text.slice(e, e + 9))) {
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
  // (…and a dotted name whatever the segmenter tagged its first part: 任命/大卫/n ·莫里斯.)
  for (; nameStartAt(idx, p) || nameAcrossWordAt(text, p, idx) || surnameLength(text, p) === 2 || LATIN_PERSON.test(text.slice(p, p + 40)) || (idx.isBoundary(p) && dottedNameAt(text, p, idx) > 0); p++) {
    // (a given name the segmenter took for an adverb: 免去王/立新/d 的; a name in Latin letters: 委任郑启航、Michael Tan为…;
    // a transliterated one and its Latin form in brackets: 任命克劳斯·韦伯（Klaus Weber）为…)
    const latin = LATIN_PERSON.exec(text.slice(p, p + 40))?.[0].length;
    const dotted = latin ? -1 : dottedNameAt(text, p, idx);
    const named = latin ? p + latin : dotted > 0 ? dotted : nameAt(text, p, idx);
    const cut = named >= 0 ? named : cutNameAt(text, p, idx);
    if (cut < 0) break;
    // (…and a given name's last character the segmenter glued to the 为 after it: 任命王道/nr 明为/v 副市长; or read as a company with it: 委任周正/nr 华为公司/nt 为,
    // after a compound surname too: 选举欧阳/ns 振/v 华为公司/nt 第九届董事会独立董事.)
    const glued = idx.at(cut)?.start === cut && (idx.at(cut)!.end === cut + 2 || lookupName(idx.at(cut)!.word) !== undefined);
    const short = cut - p === 2 || (cut - p === 3 && surnameLength(text, p) === 2);
    const end = short && glued && text[cut + 1] === '为' && isCJKWord(text[cut]!) && !GLUE.at(text, cut) ? cut + 1 : cut;
    names.push([p, end]);
    after = end + (ADDRESS_AFTER.exec(text.slice(end, end + 2))?.[0].length ?? 0);
    // (…and the age in brackets an announcement notes after it: 聘任刘德（48岁）为公司总裁.)
    after += AGE_NOTE.exec(text.slice(after, after + 7))?.[0].length ?? 0;
    // (…and the other form of a name in brackets: 克劳斯·韦伯（Klaus Weber）, 周霆（Ting Zhou）, Michael Chen先生（陈明哲）.)
    const alias = latin ? CHINESE_ALIAS.exec(text.slice(after, after + 7)) : LATIN_ALIAS.exec(text.slice(after, after + 48));
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

/** AGE_NOTED opening the text right after a name: 聘任刘德（48岁）为. */
const AGE_NOTE = new RegExp(`^${AGE_NOTED}`);

/** A name that starts on a word the segmenter tagged a noun and ends inside the next (任命王家/n 阅为/x 总裁): the noun is no word here. */
function nameAcrossWordAt(text: string, p: number, idx: TokenIndex): boolean {
  const t = idx.at(p);
  return t !== undefined && t.start === p && t.tag === 'n' && SINGLE_SURNAMES.at(text, p) && nameAt(text, p, idx) > t.end;
}

/** The names given the position at `after` by `verb`. */
function appointed(text: string, verb: string, { names, after }: { names: Array<[number, number]>; after: number }, idx: TokenIndex, lastOrgByUnit: Map<string, string>, respectively = false): Mention[] {
  if (!names.length) return [];
  const before = BEFORE_POSITION.exec(text.slice(after, after + 6))!;
  const between = before[0];
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
  const posts = title.split('、').map((t) => ({ title: t, org }));
  const inOrder = (respectively || before.groups!.each !== undefined) && names.length > 1;
  // (…the last joined by 和 or 及 where the list takes them in order: 王立新、陈芳分别担任…董事长和财务负责人;
  // and each with its own organization: 分别任广州市委常委、肇庆市委副书记、广东省能源集团有限公司党委书记.)
  for (let end = position.end, next; inOrder && posts.length < names.length; end = next.end) {
    const joined = LAST_JOINS.at(text, end) ? TITLE_AT.longestFrom(text, end + 1) : -1;
    next = joined > 0 ? { start: end + 1, end: joined } : text[end] === '、' ? positionAt(text, end + 1, idx) : undefined;
    if (!next) break;
    posts.push({ title: text.slice(next.start, next.end), org: joined > 0 ? org : orgOf(text, next.start, text.slice(next.start, next.end), idx, lastOrgByUnit, end + 1) });
  }
  const each = inOrder && posts.length === names.length;
  return names.map(([start, end], k) => ({ start, end, title: each ? posts[k]!.title : title, org: each ? posts[k]!.org : org, source: 'rule:official-appointed' }));
}

/** The posts listed before `end`, joined by 、, 及 or 和, in order: 总裁、副总裁 → [总裁, 副总裁] (the first with the organization before it). */
export function postsEndingAt(text: string, end: number): Array<{ start: number; end: number }> {
  const posts: Array<{ start: number; end: number }> = [];
  for (let e = end, s; (s = TITLES_ENDING.longestEndingAt(text, e)) >= 0; ) {
    // (…each with its unit between the joiner and the title: 安全总监、生产部主任.)
    const join = text.slice(Math.max(0, s - 8), s).search(/[、及和][\u4e00-\u9fff]*$/);
    if (join < 0) {
      posts.unshift(titleBefore(text, e) ?? { start: s, end: e });
      break;
    }
    const at = Math.max(0, s - 8) + join;
    posts.unshift({ start: at + 1, end: e });
    e = at;
  }
  return posts;
}

/** Where the dotted name that ends at `end`, its dot at `dot`, starts: the transliteration before the dot (委派的/托马斯·贝克), if there is one. */
function dottedStartBefore(text: string, idx: TokenIndex, dot: number, end: number): number | undefined {
  let start: number | undefined;
  for (let q = dot - 1; q >= Math.max(0, dot - 8) && isTranslit(text, q, dot); q--) if (idx.isBoundary(q) && dottedNameAt(text, q, idx) === end) start = q;
  return start;
}

/** What opens a Japanese name before the verb of a post as a pause does: 由, 前任. */
const JAPANESE_NAME_OPENED = /(?:由|前任)$/;

/** Where a Japanese name ending at `end` starts: a family name the list knows and a given name of one to three characters. */
function japaneseNameEndingAt(text: string, end: number): number {
  for (let p = end - 2; p >= Math.max(0, end - 6); p--) {
    const family = JAPANESE_SURNAMES.longestFrom(text, p);
    if (family > p && end - family >= 1 && end - family <= 3 && isCJKWord(text.slice(p, end))) return p;
  }
  return -1;
}

/** 获 and the verb of a post the segmenter glued onto a name's last characters: 辉获任/x, 李卫获/x (聘为 after it). */
const GOT_GLUED = /^([\u4e00-\u9fff]{1,2})获(任|聘)?$/;

export const BEFORE_ITEM = new CharSet('\n；;：:、，, \u3000。！？!?”」');

/** Adds to `names` the names listed before the first: 王海涛、李东先后出任, 孙丽、郭建平、欧阳明辉任. */
function withListedBefore(text: string, idx: TokenIndex, names: Array<[number, number]>): void {
  const first = names[0]?.[0] ?? -1;
  if (first > 0 && LIST_JOINS.has(text[first - 1] ?? '')) names.unshift(...namesListedBefore(text, idx, first - 1));
}

/** The names listed up to `at`, each joined to the next by 、, 和 or 及, the last ending there: 孔德鑫、蒋文婷 before 两位副总裁. */
export function namesListedBefore(text: string, idx: TokenIndex, at: number): Array<[number, number]> {
  const names: Array<[number, number]> = [];
  for (let e = at + 1; names.length === 0 || (e > 0 && LIST_JOINS.has(text[e - 1] ?? '')); ) {
    // (…each with its form of address: 王海涛先生、刘芳女士任.)
    const end = e - 1 - (ADDRESS_BEFORE.test(text.slice(e - 3, e - 1)) ? 2 : 0);
    // (The name that the list's pause opens first: 、宋/nr 海/n 良/a、, not 海良.)
    const p = nameStartOpenedBefore(text, idx, end, (q) => LIST_JOINS.has(text[q - 1] ?? ''));
    if (p < 0) break;
    names.unshift([p, end]);
    e = p;
  }
  return names;
}

/** Adverbs before a verb of taking a post, which the segmenter glues onto the name before them: 将, 已, 仍. */
export const GLUED_ADVERB = new CharSet('将已仍也均都还');

/** The first position from `p` that is not a space (ASCII or ideographic) or a line break. */
function afterSpaces(text: string, p: number): number {
  while (p < text.length && ' \u3000\r\n'.includes(text[p]!)) p++;
  return p;
}

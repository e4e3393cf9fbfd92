import { PLACE_NAMES } from '../../dict/places';
import { COMPOUND_SURNAMES, JAPANESE_SURNAMES, SINGLE_SURNAMES, surnameLength } from '../../dict/surnames';
import { AFTER_NAME, cutNameAt, GOTTEN, isCJKWord, isTranslit, minorityNameAt, NAME_TAGS, NOT_GIVEN, NUMERAL_WORD, personNameAt, SPEECH_OR_ACT, TIME_AFTER_NAME, WEEKDAY_WORD } from './names';
import { CharSet } from '../text/charSet';
import { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';
import { TITLE_AT } from './officialTitles';
import { POST_WORDS, TAKING } from './postVerbs';

// The personal name a title is given to, whatever the segmenter made of it: right after the title
// (济南市委书记刘强, 社长佐藤恒治表示, 董事长王/nr 大为/d), where it ends before what follows names
// (speech, a pause, a glued verb), and names in Latin letters (Michael Tan, （Thomas Braun）).

/** A word of a personal name in Latin letters, accented ones too, and with a Scottish or Irish prefix: Braun, Fernández, McMillon, O'Brien. */
const LATIN_NAME_WORD = "(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-öø-ÿ'’]+(?:-[a-z]+)?"; // (…a Korean given name's hyphen: Jae-yeol)
/** A personal name in Latin letters in brackets: （Thomas Braun）, (Christophe Fouquet), （Diego Fernández）, （Conan）. */
export const LATIN_ALIAS = new RegExp(`^[（(]((?:${LATIN_NAME_WORD}[ -]){0,3}${LATIN_NAME_WORD})[)）]`);
/** …and a Chinese one after a Latin name: Linda Xu（徐琳达）, Michael Chen先生（陈明哲）. */
export const CHINESE_ALIAS = /^[（(]([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,8})[)）]/;

/** LATIN_ALIAS before a verb of taking a post. */
export const LATIN_ALIAS_BEFORE = new RegExp(LATIN_ALIAS.source.slice(1) + '$');

/** A token a name may start with here: one the segmenter took for a name, or a lone surname (王/红梅). */
export const nameStartAt = (idx: TokenIndex, p: number) => {
  const t = idx.at(p);
  // (…a word tagged a numeral with no numeral in it too: 许家/m 豪; a compound surname whatever its tag: 欧阳/ns 宏伟;
  // a surname and a given character taken for a place that is on no list: 马东/ns 辉; or for a weekday: 周一/t 鸣.)
  return t !== undefined && t.start === p && (NAME_TAGS.has(t.tag ?? '') || t.end - t.start === 1 || (t.tag === 'm' && !NUMERAL_WORD.test(t.word)) || COMPOUND_SURNAMES.longestFrom(t.word, 0) === t.word.length
    || (t.tag === 'ns' && t.word.length === 2 && SINGLE_SURNAMES.at(t.word, 0) && !PLACE_NAMES.has(t.word)) || WEEKDAY_WORD.test(t.word));
};

/** A personal name in Latin letters, of two to four words: Michael Tan, Tan Kok Wah. */
export const LATIN_PERSON = new RegExp(`^${LATIN_NAME_WORD}(?:[ -]${LATIN_NAME_WORD}){1,3}(?![A-Za-z])`);

/** The day a person did something, after the name: 12日表示. */
const DAY_AFTER_NAME = /^[\d０-９]{1,2}日/;

export const SPEECH = new CharSet('说称');
/** Adverbs before speech, no name's last character: 也称, 又称, 则称, 并称. */
const ADVERB_BEFORE_SPEECH = new CharSet('也又则亦并均还曾再另都即便');

/** Tags of a verb, an idiom or a date after a name: what the person does, and when. */
export const ACTION_TAGS = new Set(['v', 'vd', 'vn', 'l', 'p', 'd', 't', 'm']);

/** Where a name of two to four characters ending at `end` starts, the shortest first, as `endsAt` confirms; -1 when none. */
export function nameStartBefore(idx: TokenIndex, end: number, endsAt: (p: number) => boolean): number {
  for (let p = end - 2; p >= end - 4; p--) if (nameStartAt(idx, p) && endsAt(p)) return p;
  return -1;
}

/** Whether a personal name, read whole or over the segmenter's cut (王/立新/d), runs from `p` to `end`. */
export const nameRunsTo = (text: string, p: number, end: number, idx: TokenIndex): boolean => nameAt(text, p, idx) === end || cutNameAt(text, p, idx) === end;

/**
 * Where a name ending at `end` starts: one of three or four characters that a pause opens, as `opens` says
 * (、宋/nr 海/n 良/a, ，赵/nr 海燕/nr: not 海良, 海燕), else the shortest; -1 when none.
 */
export function nameStartOpenedBefore(text: string, idx: TokenIndex, end: number, opens: (p: number) => boolean): number {
  const named = (p: number) => nameRunsTo(text, p, end, idx);
  return [end - 4, end - 3].find((p) => p >= 0 && opens(p) && nameStartAt(idx, p) && named(p)) ?? nameStartBefore(idx, end, named);
}

/** A personal name at `p` that is not itself (the start of) a title: not 王市长, not CEO. */
export function nameAt(text: string, p: number, idx: TokenIndex): number {
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

/** What may follow a given name's last 之: a clause's end or a pause. */
const PAUSE_AFTER_ZHI = /[。，,：:；;！？!?\n]/;

/**
 * The name right after a title: a personal name, a token of three or four characters taken for
 * one, or a lone surname and a given name the segmenter took for an adverb (王/nr 大为/d, 何/r 立新/d).
 */
export function titledNameAt(text: string, tok: Token, idx: TokenIndex): number {
  // 副总经理任命: the appointment to the post, no one surnamed 任; 副总经理兼顺丰/x 国际CEO: a second post, no one surnamed 兼.
  if (POST_WORDS.has(tok.word) || text[tok.start] === '兼') return -1;
  let end = titledNameEnd(text, tok, idx);
  // A name of three and an adverb of all or also the segmenter glued on (黄调/x 贵均/x 表示, 陈佳文均/x 出席), or the first character
  // of staying in the post (陈泰铭续/x 任/r: 续任, 连任, 留任): a single surname makes no name of four.
  if (end - tok.start === 4 && surnameLength(text, tok.start) === 1 && (ALL_ALSO.at(text, end - 1) || (STAYING.at(text, end - 1) && text[end] === '任'))) end--;
  // (…or a transliterated name, before a verb or 未: 耶伦均/x 未/d 出席.)
  else if (end === tok.end && tok.tag === 'x' && end - tok.start >= 3 && ALL_ALSO.at(text, end - 1) && isTranslit(text, tok.start, end - 1) && ACTION_TAGS.has(idx.at(end)?.tag ?? '')) end--;
  // 获 before what the person gets is no name's: 副总裁肖华获委任, 斯科特·贝森特获提名.
  if (end - tok.start >= 3 && text[end - 1] === '获' && GOTTEN.at(text, end)) end--;
  // A surname and a given name the segmenter read as a weekday, the rest glued to speech (总经理/周一/t 凡称/x): the name is the three.
  // (…or a name of two the segmenter did not know, its third character so glued: 董事长兼CEO/郭谨/x 一称/x.)
  // (…or a transliterated name so glued, whatever the segmenter tagged its first part: 行长/拉加/v 德称/x.)
  const said = idx.at(tok.end);
  if (said && said.start === tok.end && said.tag === 'x' && said.end - said.start === 2 && SPEECH.at(text, said.end - 1)) {
    const unknown = tok.tag === 'x' && tok.end - tok.start === 2 && SINGLE_SURNAMES.at(text, tok.start) && !ADVERB_BEFORE_SPEECH.at(text, tok.end);
    if (((WEEKDAY_WORD.test(tok.word) || unknown) && isCJKWord(said.word)) || (tok.end - tok.start >= 2 && isTranslit(text, tok.start, tok.end + 1))) return tok.end + 1;
  }
  // A name's last character the segmenter made 明早 with the 早前 after it (主席/李兆/x 明早/t 前/f 表示): the name is the three.
  if (end === tok.start + 2 && tok.end === end && text.startsWith('明早前', end) && idx.at(end)?.end === end + 2) return end + 1;
  // 尚 (yet) before 未, 不, 在 is no name's last character: 总经理赵伟/x 尚未/d, 赵伟尚/x 不/d.
  if (end - tok.start === 3 && text[end - 1] === '尚' && STILL_AFTER.at(text, end)) end--;
  // …and the 于 of a date after a name of two (副总经理李立于/x 2024年9月3日签署), or the first character of a time word (张鹏本/x 月初: 本月初).
  // (…of a name of three too: 李在镕上/x 月; not 明 before 日前, recently: 赵启明/nr 日前.)
  if ((end - tok.start === 3 && text[end - 1] === '于' && /^[\d０-９]/.test(text[end] ?? '')) || ((end - tok.start === 3 || end - tok.start === 4) && tok.end === end && RELATIVE_TIME.test(text.slice(end - 1, end + 1)) && !text.startsWith('日前', end))) end--;
  // A given name that doubles its surname, which the segmenter takes for a word (首席经济学家/明明/t 认为), before speech or a list's next name
  // (not an adverb: 董事长/常常/d 说, often), an adverb of all between too (明明/t 则/d 认为).
  const adverb = ALL_ALSO.at(text, tok.end) && idx.at(tok.end)?.end === tok.end + 1 ? 1 : 0;
  if ((end < 0 || (adverb && end === tok.end + 1)) && tok.end - tok.start === 2 && tok.word[0] === tok.word[1] && tok.tag !== 'd' && SINGLE_SURNAMES.at(text, tok.start) && (SPEECH_OR_ACT.has(idx.at(tok.end + adverb)?.word ?? '') || /^(?:在|、|此前|日前|近日|分别)/.test(text.slice(tok.end, tok.end + 2)))) return tok.end;
  // A Japanese given name's 之助 or 之介 after a family name of one character the segmenter read as a Chinese name (林新/x 之助/x): the whole.
  if (end === tok.start + 2 && JAPANESE_GIVEN_SUFFIX.test(text.slice(end, end + 2)) && idx.isBoundary(end + 2)) return end + 2;
  // A given name's last 之 the segmenter read as the particle, before a pause (董事长周牧/x 之/u 。, ⏎周牧之：): no particle ends a clause.
  if (end === tok.start + 2 && tok.end === end && text[end] === '之' && idx.at(end)?.end === end + 1 && SINGLE_SURNAMES.at(text, tok.start) && PAUSE_AFTER_ZHI.test(text[end + 1] ?? '。')) return end + 1;
  // A transliterated name the segmenter cut after a character that is also a surname (冯德/x 莱恩/nrt, 卢特/x 尼克/nrt): the whole.
  const rest = end >= 0 ? idx.at(end) : undefined;
  if (rest?.start === end && rest.tag === 'nrt' && isTranslit(text, end - 1, rest.end)) return rest.end;
  // A name's own 和, before what follows names: 十仓雅/和 称, and a Japanese name's 和 and last character (植田/和/男 表示, 在).
  if (end >= 0 && text[end] === '和') {
    if (FOLLOWS_NAME.test(text.slice(end + 1, end + 3)) || ADDRESS_AFTER.test(text.slice(end + 1, end + 3))) return end + 1; // (…or its form of address: 吕志和博士)
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
  // …or a third character the segmenter glued to kin or made a word with an adverb of all (孙立/x 明之女/x, 刘炽/x 平均/a 未回应),
  // before what follows names or a verb (周群/x 飞均/x 谈到/v).
  if (given && given.start === end && given.end === end + (KIN.test(given.word.slice(1)) ? 3 : 2) && isCJKWord(given.word) && (given.end === end + 3 || (ALL_ALSO.at(text, end + 1) && (FOLLOWS_CUT_NAME.test(text.slice(end + 2, end + 4)) || idx.at(end + 2)?.tag === 'v')))) return end + 1;
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
  // (Not an unknown word that opens with a function character no name does: 新任总经理/之日止/x; but the Naxi surname 和, the segmenter
  // keeping the name whole before a pause: 副厅长/和丽萍/x 、杨建国.)
  const naxi = text[tok.start] === '和' && tok.tag === 'x' && tok.end - tok.start === 3 && /^[、，,；;]/.test(text[tok.end] ?? '');
  if (!NAME_TAGS.has(tok.tag ?? '') || !WHOLE_NAME.test(tok.word) || TITLE_AT.longestFrom(text, tok.start) >= 0 || (NOT_GIVEN.at(text, tok.start) && !SINGLE_SURNAMES.at(text, tok.start) && !naxi)) return -1;
  // (Nor 由 (by) glued to the company that fills the post, its word after: 总经理/由鼎泰/x 控股副总裁马静兼任.)
  if (text[tok.start] === '由' && COMPANY_WORD_AFTER.test(text.slice(tok.end, tok.end + 2))) return -1;
  // A name of three and the verb after it the segmenter made one word: 樊富珉任/x 项目负责人.
  return tok.end - tok.start === 4 && SINGLE_SURNAMES.at(text, tok.start) && VERB_AFTER_NAME.test(tok.word) ? tok.end - 1 : tok.end;
}
const VERB_AFTER_NAME = /[任说称表曾将在于拟处犯]$/;
/** The words of a company's name that follow its distinctive part: 控股, 集团, 公司. */
const COMPANY_WORD_AFTER = /^(?:控股|集团|公司|股份|银行|证券|科技|实业|投资)/;
/** A time word whose first character the segmenter glues onto a name before it: 本月, 上月, 本周, 今年, 昨日. */
const RELATIVE_TIME = /^(?:[本上下][月周]|本[年季]|[今明去]年|[昨今明][日天晚])$/;
/** What 尚 (yet, still) goes before: 尚未, 尚不, 尚无, 尚在, 尚待, 尚需. */
const STILL_AFTER = new CharSet('未不无在待需');

/** Verbs of a post the segmenter glues a name's last character onto: 英/代任. */
const POST_AFTER_GLUED = new Set(['代任', '接任', '出任', '离任', '辞任', '兼任', '担任', '代行']);
/** Whether a name may end at `e`: a token ends there, or one character of `glue` the segmenter glued onto the name ends one (木内/登英则/x, 三部/敏宏说/x). */
function endsOrGluedBefore(text: string, e: number, idx: TokenIndex, glue: CharSet): boolean {
  return idx.isBoundary(e) || (glue.at(text, e) && idx.isBoundary(e + 1));
}
/** First characters of staying in a post: 续任, 连任, 留任. */
const STAYING = new CharSet('续连留');
/** Adverbs after a subject: 均 (all), 也, 亦 (also), 都 (all), 则 (while), 未 (not). */
const ALL_ALSO = new CharSet('均也亦都则未');
/** What follows a name rather than the second of two people joined by 和: speech, attending and a pause. */
export const NAME_ACTS = '表示|说|称|指出|认为|强调|介绍|出席|参加|会见|解释|透露|坦言|直言|回应|宣布|主持|致辞|提出|告诉|毕业|发表|谈到|提到|补充|承认|预计|分析|呼吁|建议|汇报';
/** The forms of address a notice puts after a name: 王红梅同志, 孙立华先生, 赵海军博士. */
export const NOTICE_ADDRESS = '同志|先生|女士|博士|教授';
/** A form of address after a name in a notice: 赵海军博士、梁孟松博士. */
export const ADDRESS_AFTER = new RegExp(`^(?:${NOTICE_ADDRESS})`);
/** …and before a verb of taking a post: 王红梅同志任…. */
export const ADDRESS_BEFORE = new RegExp(`(?:${NOTICE_ADDRESS})$`);
const NAME_FOLLOWERS = `${NAME_ACTS}|[，,。、；;：:]`;
export const FOLLOWS_NAME = new RegExp(`^(?:${NAME_FOLLOWERS})`);
/** What ends a list of names: what follows a name, 等 (and others), 因 (because), 均 and 分别 (each), 同时. */
export const LIST_END = new RegExp(`^(?:${NAME_FOLLOWERS}|等|因|均|分别|同时)`);
/** …and what follows the name of one who answers: 回复, 答. */
export const SPOKEN_AFTER = new RegExp(`^(?:${NAME_FOLLOWERS}|回复|回答|答)`);
/** Last characters of Japanese given names after 和 (和男, 和夫, 和子, 和也). */
const JAPANESE_GIVEN_END = new CharSet('男夫子也雄彦郎树人美代');
/** What the segmenter glues onto a Japanese given name's last character: 在, 于, 为, 等, 将. */
const GLUED_AFTER_JAPANESE = new CharSet('在于为等将');
/** Last characters of Japanese given names of two characters: 健太, 隆一, 哲也, 和男, 雅和, 良三, 裕树, 浩史, 英利. */
export const JAPANESE_GIVEN_LAST = new CharSet('一二三太男夫子也雄彦郎树美代和介史司志治久之弘宏浩博隆秀香奈惠章哉辉典康幸健英希正利');
/** The end of a Japanese given name of three: 新之助, 龙之介. */
const JAPANESE_GIVEN_SUFFIX = /^之[助介]$/;
/** Last characters of Japanese given names of three characters: 宪一郎, 龙之介, 幸之助, 三津子, 富士夫. */
const JAPANESE_THIRD_GIVEN = new CharSet('郎介助卫子夫');
/**
 * What follows a name the segmenter cut or glued to the next word (a Japanese or transliterated name, a
 * place word, a given name's last character in a word) after a title: what follows any name, and more of
 * what a visitor or an executive does (在, 当天, 一行, 通过视频致辞, 将卸任, 改任, 预计, 随后), 曾, its Latin form in brackets.
 */
export const FOLLOWS_CUT_NAME = new RegExp(`^(?:${NAME_FOLLOWERS}|宣布|透露|一行|专程|特地|特意|亲自|率|当天|当日|此前|日前|近日|随后|随即|届时|通过|致辞|访华|来华|计划|今年|现年|接受|出任|接任|卸任|改任|转任|升任|担任|兼任|代理|任期|预计|预测|将|已|则|[在于与和及为等曾也未（(])|${TIME_AFTER_NAME.source.slice(1)}`);

import { isProvinceOrCity } from '../../dict/places';
import { NOT_POSITIONS } from '../../dict/positions';
import { MINORITY_NAME_PARTS, SINGLE_SURNAMES, surnameLength } from '../../dict/surnames';
import { CharSet } from '../text/charSet';
import type { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';

// Personal names: Chinese (surname + one or two given-name characters), transliterated foreign
// names (彼得罗夫, 约翰·史密斯) and Latin ones. nodejieba splits and mis-tags names (于/p 海田/nz,
// 刘强/x), so the length of a Chinese name comes from token boundaries and from the characters
// that typically follow a name, not from the part-of-speech tag.

const isCJK = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
};

/** Tags of a token the segmenter took for a name (x: a word it did not know). */
export const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg', 'nrt', 'x']);

/** A word of Chinese characters only (not digits, Latin or punctuation). */
export const isCJKWord = (word: string): boolean => /^[\u4e00-\u9fff]+$/.test(word);

/** Characters that end a name when they follow two characters of it (刘强和…, 王劲时说…). */
export const AFTER_NAME = new CharSet('和与及跟在等说称曾也就时对向将是为一率并还又到赴则已都所被把给从于以的表认介透告指提会接带昨而要再竟因作今未谈系亦答不仍却拟辩便当自受致获犯');

/** 分 before a number of times or instalments after a full name (吴德明分/x 两次收受): not a given name's character. */
const IN_INSTALMENTS = /^分(?:[两二三四五六七八九十\d]+|多)[次期批笔年]/;
/** Verbs glued after a full three-character name (王凤朝作/x 报告, 致辞, 主持): not a given name's third character, but often its second (李作成). */
const AFTER_FULL_NAME = new CharSet('致主');

/** Locatives that follow a word, not a name's third character (任期/内). */
const LOCATIVES = new CharSet('内外上下里间');
/** Locatives that end given names often (建中, 卫东). */
const GIVEN_LOCATIVES = new CharSet('中东');
/** Characters the segmenter tags as a preposition, a numeral, a particle or a dynasty that end given names often (陈炎/x 顺/p, 王明/nr 元/m, 丁伍/x 号/m, 肖云/x 兮/y, 王程/x 清/t): the name's before what follows names. */
const GIVEN_FUNCTION_ENDS = new CharSet('顺元兮清号');
/** …and an adverb that does (白玉/nr 刚/d 。), only before a pause: 刘强刚表示 is 'just said'. */
const GIVEN_ADVERB_ENDS = new CharSet('刚');
/** 等 closing a list of names, which stands for a pause after the last: 黄志刚等。 */
const LIST_END = /^等(?:人|同志)?[，。；、,;]/;

/** A day or a month's day right after a name: 5月15日, 15日, 今天, 昨日. */
const DAY_AFTER_NAME = /^(?:(?:\d{1,2}月)?\d{1,2}日|[今昨前]天|[今昨]日)/;
/** Joining characters that also end given names (张明和, 谭可为): the name's own only before a pause. */
const NAME_OR_JOINER = new CharSet('和为与及会');

/** Words after a name whose first character the segmenter glues onto the name: 出生, 加仓, 减仓. */
const GLUED_FOLLOWER = /^(?:出生|加仓|减仓)$/;
/** Characters that never stand inside a given name (处: someone's place, 从陈强处获悉; 况: 副市长简况, a profile). */
export const NOT_GIVEN = new CharSet('的了在和与是说等及对向将被把从也就都还又并而即这那其之所已曾各每个们时后称表认指会率到某地得控姓副邸处仍终况');

/** Part-of-speech tags of ordinary words: a token so tagged at the surname is not a name (高度, 强调). */
const WORD_TAGS = new Set(['b', 't', 'v', 'vd', 'vn', 'd', 'p', 'c', 'r', 'm', 'mq', 'q', 'f', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'a', 'ad', 'an', 'l', 'i', 's', 'y', 'e', 'o', 'zg']);
/** Given names are often tagged as verbs or adjectives (王/建新, 李/培修), never as these. */
const NOT_GIVEN_TAGS = new Set(['t', 'd', 'p', 'c', 'r', 'm', 'mq', 'q', 'f', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'y', 'e', 'o']);
/** A given name the segmenter reads as a number (林/百里/m, 李/千里/q, 张/万里/m), not a count of something (万人, 百万). */
const NUMERAL_GIVEN = /^[百千万][^零〇一二两三四五六七八九十百千万亿人元吨米亩户家个次名台辆件条只头斤克年月日天岁倍项余多]$/;
/** Forms of address after a name (赵敏赵女士 repeats the surname before them). */
export const HONORIFICS = new Set(['先生', '女士', '小姐', '老师', '同志', '大姐', '大哥', '大爷', '大妈', '阿姨', '师傅']);

/** Characters of transliterated foreign names. */
const TRANSLIT = new CharSet(
  '阿埃艾爱安昂奥巴拜班邦保贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁杜多厄恩尔法菲费芬弗福夫盖甘冈戈格贡古哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸拉莱兰朗劳勒雷蕾里理丽利莉廉列林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米密莫默姆穆纳娜奈内尼妮纽努诺欧帕潘佩皮珀普齐奇契乔切琼萨塞赛桑瑟森沙莎舍什施斯松苏索塔泰坦特提汀图托瓦威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊因尤约泽扎詹兹佐琪茨薇连娃富买凡祖舒津' +
    // Mongolian, Tibetan and Uyghur names written in characters: 额尔德木图, 多杰加措, 旺堆次仁, 阿不都热依木, 热合曼.
    '额木敖朝琴嘎措才让旺堆次卓顿珠热依合',
);
export const NAME_DOT = new CharSet('·•・');
/** Tags the segmenter gives pieces of foreign names. */
const FOREIGN_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nz', 'x', 'zg', 'eng']);
/** A surname with one of these is a form of address, not a name (方总, 王董, 李局). */
const ADDRESSED = new Set(['总', '董', '老', '局', '处', '工', '姐', '哥']);

/** (Latin letters with accents too, not × or ÷: José, Müller.) */
const LATIN_NAME = /[A-Za-z][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'.-]*(?: [A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'.-]*){0,3}/y;
/** An English function word, no name's start: the of in CEO of Tesla. */
const ENGLISH_FUNCTION_WORD = /^(?:of|the|and|at|for|in|on|to|from|with|by|an?)(?![A-Za-z])/;
const LATIN_LETTERS = new CharSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');

/** End of the personal name that starts at `p`, or -1 when none starts there. */
export function personNameAt(text: string, p: number, idx: TokenIndex): number {
  if (!idx.isBoundary(p)) return -1;
  if (LATIN_LETTERS.at(text, p)) return latinNameAt(text, p, idx);
  const foreign = translitNameAt(text, p, idx);
  if (foreign > 0) return foreign;
  return chineseNameAt(text, p, idx);
}

function isGiven(text: string, i: number): boolean {
  return isCJK(text, i) && !NOT_GIVEN.at(text, i);
}

/** The segmenter read [start, end) as a word of its own, no name: 此前/t, 分别/d, 先生/n (not 安儀/x). */
const wordOfItsOwn = (idx: TokenIndex, start: number, end: number): boolean => {
  const t = idx.at(start);
  return t !== undefined && t.start === start && t.end === end && !NAME_TAGS.has(t.tag ?? '');
};
/** Tags of a given name of two the segmenter read as one word: a name's, an unknown word's, a noun's (咏诗/n). */
const GIVEN_WORD_TAGS: ReadonlySet<string> = new Set([...NAME_TAGS, 'n', 'nz']);

/** The token at `pos` is an ordinary word (of `tags`) up to `end` or past it (近日, 高度, 强调指出). */
function wordAt(pos: number, end: number, idx: TokenIndex, tags: ReadonlySet<string> = WORD_TAGS): boolean {
  const t = idx.at(pos);
  // (A word tagged a numeral with no numeral in it is none: 许家/m 豪.)
  return t !== undefined && t.start === pos && t.end - t.start >= 2 && (t.end <= end || t.end - pos > 2) && tags.has(t.tag ?? '') && !(t.tag === 'm' && !NUMERAL_WORD.test(t.word));
}
/** Aspect particles, which follow a verb whole: 推介了, 说过, 看着. */
const ASPECT = new CharSet('了过着');
/** Words of kin or of number after names: 张红超、张红甫兄弟, 王强夫妇, 李明二人. */
const KIN_AFTER = /^(?:兄弟|姐妹|兄妹|姐弟|夫妇|夫妻|父子|父女|母子|母女|二人|两人|三人)/;
/** A character of a number or of a quantity word: 一些, 许多, 若干, 第一. */
export const NUMERAL_WORD = /[零〇一二两三四五六七八九十百千万亿几数半多余干些第\d]/;

/** What 获 (gets) is followed by: 获得, 获批, 获准, 获核准, 获聘, 获委任, 获提名, 获任, 获颁, 获授, 获评, 获选, 获奖, 获刑. */
export const GOTTEN = new CharSet('得批准核聘委提任颁授评选奖刑连');
/** Adverbs after a masked name: 均, 都 (all), 也, 亦 (also). */
const MASKED_FOLLOWERS = new CharSet('均都也亦');
/** What makes 某某 part of a masked organization's name rather than a person's: 张某某公司, 李某某村. */
const UNIT_AFTER_MASKED = /^(?:公司|集团|银行|企业|单位|机构|医院|学校|部门|科技|实业|商贸|有限|[省市县区镇乡村店厂])/;
const gluedThird = (tag: string | undefined, first: Token) => tag === 'x' || tag === 'n' || unknownPart(first);
/** Nouns a surname opens that follow a title or a party as its side or its plan, no name: 首席执行官/方面/表示. */
const SURNAMED_NOUNS = new Set(['方面', '方案', '方向', '方式', '方法', '方针']);
/** Words that follow a name whole, not a name's last character glued to a word: 陈剑/代表, 王强/表示. */
const FOLLOWS_NAMES = new Set([
  ...['出生', '接任', '代表', '表示', '会见', '认为', '指出', '强调', '介绍', '说明', '提出', '主持', '出席', '参加', '参与', '陪同', '透露', '告诉', '回应', '回复', '回答', '致辞', '讲话', '发表', '处以', '处理', '现为', '代为', '代行', '报告', '汇报', '通报', '宣布', '批示', '签约', '签署', '签字', '签订'],
  // times said of the person (贾/东来/t 此前/t 表示)
  ...['此前', '此后', '近日', '日前', '届时', '随后', '目前'],
  // what is done to the listed (李某某、赵某某分别给予警告, 刘某某罚款)
  ...['分别', '罚款'],
  // and words that end in a character that follows names (周斌/赶到, 周斌/第一时间): the word's, not a third character
  ...['赶到', '来到', '回到', '走到', '看到', '听到', '想到', '谈到', '提到', '感到', '受到', '得到', '遇到', '收到', '做到', '达到', '第一', '同时', '及时', '当时', '即将', '面对', '针对', '走向', '位于', '对于', '由于', '关于', '可以', '予以', '主要', '需要', '工作', '合作', '如今', '成为', '作为', '随即', '座谈', '会谈', '洽谈', '商谈', '面谈', '访谈', '交谈', '恳谈'],
]);

/** What follows a name at `at`: a pause, a character that follows names or a word that does (表示, 出席), an idiom too (出席会议), the day it was said (何国栋17日表示). */
function followsAsName(text: string, at: number, idx: TokenIndex): boolean {
  const word = idx.at(at)?.word ?? '';
  return PAUSES.at(text, at) || AFTER_NAME.at(text, at) || FOLLOWS_NAMES.has(word) || (word.length === 4 && FOLLOWS_NAMES.has(word.slice(0, 2))) || DAY_AFTER_NAME.test(text.slice(at, at + 6));
}

function chineseNameAt(text: string, p: number, idx: TokenIndex): number {
  const surname = surnameLength(text, p);
  if (!surname) return -1;
  const g = p + surname;
  // 利 before a transliteration's character ends a foreign place or name (利亚, 利比亚), no surname.
  if (text[p] === '利' && TRANSLIT.at(text, g)) return -1;
  // A function character (在) is a given name's inside an unknown three-character word: 李在明/x, 文在寅/x,
  // or an unknown two and a character (李在/x 武/n), or a character glued to what follows names (段会/x 明拟/x);
  // and so is one in a three-character word the segmenter knows for a person's name (李向东/nr).
  const whole = idx.at(p)!;
  // A married woman's name as Hong Kong writes it, her husband's surname before her own and a given name of two,
  // before what follows names, a pause or her form of address (林郑月娥, 谢邱安仪, 周何美玲女士; not 王林东表示, 王李明说).
  // The segmenter keeps the first surname alone and knows no word in the rest (not 劉強/x 東/ns 更, 熊/nr 国安/nz 案, 曾/向/记者/n, 赵/帅/出席/v), or
  // glues the surnames and keeps the given name one word (周何/x 美玲/nr, 陈林/x 咏诗/n; not 王卫/nr 此前/t, 赵阳/nr 分别/d, 李强/nrfg 汇报/nz), or keeps the four one unknown word (陈黄秀兰/x).
  if (surname === 1 && SINGLE_SURNAMES.at(text, g) && text[g] !== text[p] && isGiven(text, g + 1) && isGiven(text, g + 2) && !AFTER_NAME.at(text, g + 1) && !AFTER_NAME.at(text, g + 2) && idx.isBoundary(g + 3)) {
    const given = idx.at(g + 1);
    const shaped = (whole.start === p && whole.end === g + 3 && whole.tag === 'x') || (whole.end === g && !wordOfItsOwn(idx, g, g + 2) && !wordOfItsOwn(idx, g + 1, g + 3)) || (whole.start === p && whole.end === g + 1 && NAME_TAGS.has(whole.tag ?? '') && given?.start === g + 1 && given.end === g + 3 && GIVEN_WORD_TAGS.has(given.tag ?? '') && !HONORIFICS.has(given.word) && !FOLLOWS_NAMES.has(given.word));
    const ends = followsAsName(text, g + 3, idx) || PAUSES.at(text, g + 3) || /\s/.test(text[g + 3] ?? '') || AFTER_NAME.at(text, g + 3) || HONORIFICS.has(text.slice(g + 3, g + 5));
    if (shaped && ends) return g + 3;
  }
  const glued = idx.at(p + 2);
  const third = whole.end === p + 3 || (whole.end === p + 2 && (glued?.end === p + 3 || (glued?.tag === 'x' && glued.end === p + 4 && AFTER_NAME.at(text, p + 3))));
  const known = whole.tag === 'nr' && whole.end === p + 3;
  if (surname === 1 && NOT_GIVEN.at(text, g) && whole.start === p && third && (whole.tag === 'x' || known) && isGiven(text, g + 1) && !AFTER_NAME.at(text, g + 1)) return p + 3;
  // 吴某某, 王某: a name a court ruling or a penalty notice masks, before what follows names (not 于某种),
  // or an adverb of all or also (李某、赵某均被警告); 某某 after a surname before anything but a unit's word (季/n 某某/r 出庭).
  if (text[g] === '某') {
    const masked = text[g + 1] === '某' ? g + 2 : g + 1;
    if (masked === text.length || followsAsName(text, masked, idx) || MASKED_FOLLOWERS.at(text, masked)) return masked;
    if (masked === g + 2 && !UNIT_AFTER_MASKED.test(text.slice(masked, masked + 2))) return masked;
    // (…or before any word, where the segmenter kept it whole: 高某/x 收受, 张某/x 涉嫌; not 向/p 某/r 银行.)
    return whole.start === p && whole.end === masked ? masked : -1;
  }
  // A surname and a given name the segmenter read as a weekday, the last character alone before what follows names (周一/t 鸣/v 同志, 不再担任): the three.
  if (WEEKDAY_WORD.test(whole.word) && whole.start === p && idx.at(p + 2)?.end === p + 3 && isGiven(text, p + 2) && !DAY_PART_CHAR.at(text, p + 2) && AFTER_WEEKDAY_NAME.test(text.slice(p + 3, p + 5))) return p + 3;
  // 谢谢高会长: a repeated surname character is a word, not a name.
  if (!isGiven(text, g) || text.charCodeAt(g) === text.charCodeAt(p) || HONORIFICS.has(text.slice(g, g + 2))) return -1;
  const two = g + 1;
  const three = g + 2;
  // Before 先生/女士 the name is as long as it can be, unless the surname is repeated there.
  if (HONORIFICS.has(text.slice(three, three + 2)) && isGiven(text, two)) return text.charCodeAt(two) === text.charCodeAt(p) ? two : three;
  // An unknown word of the surname and two characters, before what follows names, is the name where its last character is a given name's more than a word after one (蔡明介/x 日前; not 王刚说/x, 张颖答/x).
  if (surname === 1 && whole.start === p && whole.end === three && whole.tag === 'x' && GIVEN_THAT_FOLLOWS.at(text, two) && followsAsName(text, three, idx)) return three;
  const canThree = isGiven(text, two) && !AFTER_NAME.at(text, two);
  const b2 = idx.isBoundary(two);
  const b3 = idx.isBoundary(three);
  const next = idx.at(two); // the token at the given name's second character
  let end: number;
  // Both lengths fit the tokens: a third character the segmenter tags as a function word, or a
  // locative (任期/内), does not belong to the name.
  // An adverb's tag on the third character does not count after an unknown first part (孙业/x 才/d).
  // Nor does a measure word's or a numeral's tag before a pause (谭/zg 作/v 钧/q ，, 谢富/x 年/m 。).
  // Nor does 中 or 东 tagged a locative after an unknown first part (胡成/x 中/f, a common last character), or after a surname and a character cut apart, before what follows names (王/nr 莆/ns 中/f 表示).
  // 一 as an unknown name's third character before speech or a pause (郭谨/x 一/m 在, 王建/x 一/m 表示; not 王强一行).
  // Before a word of kin or of how many they are, the name is as long as it can be: 张红超、张/q 红/a 甫/d 兄弟.
  if (canThree && b3 && KIN_AFTER.test(text.slice(three, three + 2))) end = three;
  else if (text[two] === '一' && b3 && whole.tag === 'x' && (whole.end === two || whole.end === three) && (b2 || whole.start === p) && ONE_AFTER.test(text.slice(three, three + 2))) end = three; // …or 刘洪一/x 表示
  // …or the segmenter took the given name for a number (王/五一/m 回复): the name whole, though a number is no given name elsewhere.
  else if (text[two] === '一' && idx.at(g)?.start === g && idx.at(g)!.end === three && idx.at(g)!.tag === 'm' && ONE_AFTER.test(text.slice(three, three + 2))) return three;
  // (A first part the segmenter took for a place it does not know is as unknown: 苏建/ns 刚/d 表示.)
  // (元 after a name is no yuan, whatever its tag: 王明/nr 元/m 签署.)
  // (…nor after a surname and a given name's first character the segmenter cut apart, after a pause and before a verb: 、赵/一/m 凡/d 当选.)
  // (…nor after a word the segmenter took for a name, before what follows names: 王子/nr 越/d 介绍 is 王子越, as 也, 还 are no given names.)
  // (…nor the first character of a word that follows names, the segmenter's pieces whatever they are: 张桐/x 出/v 生于/v.)
  // (…nor a last character the segmenter left alone before a space, as a table's cells are: 首席分析师　贺/嘉/明/a　执业证书编号.)
  else if (b2 && b3 && canThree && next?.start === two && next.end === three && /^[ \u3000\t]/.test(text[three] ?? '')) end = three;
  else if (b2 && b3) end = canThree && !FOLLOWS_NAMES.has(text.slice(two, two + 2)) && (!NOT_GIVEN_TAGS.has(next?.tag ?? '') || (whole.end === g && idx.at(g)?.end === two && !isCJK(text, p - 1) && VERB_AFTER_SINGLES.has(idx.at(three)?.tag ?? '') && (idx.at(three)?.end ?? 0) - three >= 2) || (text[two] === '元' && next?.tag === 'm') || (whole.start === p && whole.end === two && whole.tag === 'nr' && next?.tag === 'd' && followsAsName(text, three, idx)) || (((unknownPart(whole) && whole.end === two) || (whole.end === g && idx.at(g)?.end === two && followsAsName(text, three, idx))) && (next?.tag === 'd' || (next?.tag === 'f' && GIVEN_LOCATIVES.at(text, two)) || ((next?.tag === 'q' || next?.tag === 'm') && PAUSES.at(text, three)))) || functionCharEndsName(text, two, three, next, idx)) && !LOCATIVES.at(text, two) ? three : two;
  // The segmenter glued the third character to what follows (阎学/通竟, 黄循/财会, 陆晓/x 明说): a
  // two-character token ending in a character that follows names, itself unknown or a noun, or
  // after a first part the segmenter did not know, or took for a place it does not know (苏建/ns 平等/a; not 王强/nr 明说).
  // So may an unknown piece of three (贺海/ns 东在市/x), and a surname and a character the segmenter cut apart (陈/nr 𠮷/x 明说/v).
  // …and so may the first character of 日前 (张国/x 平日/t 前).
  // …and so may a word that follows names whole (刘宝/x 军代表/n: 代表), even split across tokens (刘立/x 民主/n 持/v: 主持; not 王强/x 平日/t 前来/v).
  // (Not a verb the segmenter knew, its aspect after it: 邱明/x 推介/v 了 is 邱明.)
  else if (b2 && canThree && (gluedThird(next!.tag, whole) || (whole.end === g && idx.at(g)?.end === two)) && (((next!.end === three + 1 || (next!.tag === 'x' && next!.end === three + 2)) && (AFTER_NAME.at(text, three) || DAYS_AGO.test(text.slice(three, three + 3)))) || (FOLLOWS_NAMES.has(text.slice(three, three + 2)) && (next!.end === three + 2 || (next!.end === three + 1 && idx.at(three + 1)?.end === three + 2)))) && !FOLLOWS_NAMES.has(next!.word) && !AFTER_NAME_WORD.test(next!.word) && !WEEKDAY_WORD.test(next!.word) && !(next!.tag === 'v' && ASPECT.at(text, next!.end))) end = three;
  else if (b2) end = two;
  // The segmenter glued a character that follows names to the name (刘明称/x, 刘/明说): two characters;
  // but a given name it takes for an adverb is whole (王/大为/d).
  // (…and the first character of being born or of a fund's trade, the segmenter glued on: 苏哲出/x 生于/v 1986年, 陈默加/x 仓/nr 港股; not 发表, 陈永发/x 表示.)
  else if (b3) end = (canThree || idx.at(g)?.tag === 'd') && !GLUED_FOLLOWER.test(text.slice(two, two + 2)) ? three : AFTER_NAME.at(text, two) || GLUED_FOLLOWER.test(text.slice(two, two + 2)) ? two : -1;
  else if (AFTER_NAME.at(text, two)) end = two;
  else if (canThree && (!isGiven(text, three) || AFTER_NAME.at(text, three) || AFTER_FULL_NAME.at(text, three) || IN_INSTALMENTS.test(text.slice(three, three + 4)))) end = three;
  else end = -1;
  if (end < 0) return -1;
  // 均 (all) after the last of listed names of two, before what they all did (特朗普和普京均未出席), is no given name's (王建均表示 is one name).
  if (end === three && text[two] === '均' && ALL_DID.test(text.slice(three, three + 2)) && LISTED_BEFORE.test(text.slice(Math.max(0, p - 16), p))) end = two;
  // (…nor where the segmenter made it an adverb of its own before a verb: 汪涛/x 均/d 预计/vn, the sources all expect.)
  else if (end === three && text[two] === '均' && idx.at(two)?.start === two && idx.at(two)!.end === three && idx.at(two)!.tag === 'd' && /^v/.test(idx.at(three)?.tag ?? '')) end = two;
  // (…nor 获 before what one gets: 马/n 骁/n 获/v 核准, 获聘; or the segmenter's verb of its own, before who grants it: 蒋伟/x 获/v 上海金融监管局核准.)
  else if (end === three && text[two] === '获' && (GOTTEN.at(text, three) || (idx.at(two)?.start === two && idx.at(two)!.end === three && idx.at(two)!.tag === 'v' && idx.at(p)!.end === two))) end = two;
  // 张明和，: a character that joins words is the name's own before a pause (张明/和/，).
  // So is 和 before a one-character word that follows names and names no one (周文和/将/出席, 孙永和/也), or before speech (孙永和/表示).
  const after = idx.at(three);
  // …and 和 before the day the person did something (程立和5月15日出席), not a count (王强和3位专家).
  if (end === two && idx.isBoundary(three) && NAME_OR_JOINER.at(text, two) && (PAUSES.at(text, three) || (text[two] === '和' && ((after?.end === three + 1 && AFTER_NAME.at(text, three) && !SINGLE_SURNAMES.at(text, three)) || FOLLOWS_NAMES.has(after?.word ?? '') || DAY_AFTER_NAME.test(text.slice(three, three + 6)))))) end = three;
  // A common word at the surname or at the given name means this is no name: 高度重视, 于近日;
  // so does a role as the given name (副行长向/记者透露), or a word that follows names (负责人时/n 强调/v: when).
  if (wordAt(p, end, idx) || (wordAt(g, end, idx, NOT_GIVEN_TAGS) && !NUMERAL_GIVEN.test(text.slice(g, end))) || NOT_POSITIONS.has(text.slice(g, end)) || (FOLLOWS_NAMES.has(text.slice(g, end)) && wordOfItsOwn(idx, g, end))) return -1;
  // A name the segmenter took for a common noun must be short and followed like a name: not
  // 任期内, not 任命书.
  if (whole.start === p && whole.end === end && whole.tag === 'n') {
    if (end - p > 2 || SURNAMED_NOUNS.has(whole.word) || (isCJK(text, end) && !followsAsName(text, end, idx) && !HONORIFICS.has(text.slice(end, end + 2)))) return -1;
  }
  // 方总, 王董: a surname with a title of address, not a name; 任上, 其间: a word with a locative.
  // (…but 里 where the segmenter kept surname and character one unknown word: 傅里/x, 空客's chief executive; not 任上/x, a term of office.)
  if (end === two && (ADDRESSED.has(text[g]!) || (LOCATIVES.at(text, g) && !(text[g] === '里' && whole.end === two && whole.tag === 'x')))) return -1;
  return end;
}

/** A time said right after a name, the day or month of what the person did: 上月, 本周, 周四, 今天, 6月5日. */
export const TIME_AFTER_NAME = /^(?:[\d０-９]|周[一二三四五六日天]|星期|[上下本]月|[上下本]周|[今昨明][天日]|(?:北京|当地|美东|伦敦|东京)时间)/;
/** A weekday after a name is the day of what the person did, not a character of the name: 李健/x 周一/t 在深圳. */
export const WEEKDAY_WORD = /^(?:周|星期)[一二三四五六日天]$/;
/** Parts of a day and a time's bounds after a weekday: 周一晚, 周一起. */
const DAY_PART_CHAR = new CharSet('早晚上下中午夜前后起至到内');
/** What follows a person's name, never a weekday's: 同志, 先生, 不再担任. */
const AFTER_WEEKDAY_NAME = /^(?:同志|先生|女士|不再|担任|出任|任职)/;

/** Tags of the word after a name the segmenter cut into single characters. */
const VERB_AFTER_SINGLES = new Set(['v']);

/** Whether the one-character token at `two` ends the name before `three` though it is tagged as a function word (see GIVEN_FUNCTION_ENDS). */
function functionCharEndsName(text: string, two: number, three: number, next: Token | undefined, idx: TokenIndex): boolean {
  if (next?.end !== three) return false;
  // (等 closing a list stands for a pause: 黄/a 志/n 刚/d 等/u 。)
  const pause = three === text.length || PAUSES.at(text, three) || LIST_END.test(text.slice(three, three + 3));
  return GIVEN_FUNCTION_ENDS.at(text, two) ? pause || followsAsName(text, three, idx) : GIVEN_ADVERB_ENDS.at(text, two) && pause;
}

/** A token the segmenter did not know: untagged, or tagged a place that is none. */
const unknownPart = (t: Token): boolean => t.tag === 'x' || (t.tag === 'ns' && !isProvinceOrCity(t.word));

/** Whether text[start, end) is written in transliteration characters only (默茨, 买买提). */
export function isTranslit(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!TRANSLIT.at(text, k)) return false;
  return end > start;
}

/** Holidays, solar terms and dynasties that are given names too (李/国庆/t, 马/立冬/t, 李/明清/t): after a title, the name. */
const HOLIDAY_GIVEN = new Set(['国庆', '春节', '中秋', '元旦', '清明', '端午', '立春', '立夏', '立秋', '立冬', '冬至', '夏至', '明清']);
/** Tags the segmenter gives a given name it took for a word: 何/立新/d, 马/和平/nz, 淦/家阅/x. */
const CUT_GIVEN_TAGS = new Set(['d', 'nz', 'nr', 'nrfg', 'x']);
/** Characters of the words that name a time (今天, 近日, 当初, 古时). */
const TIME_CHARS = /[年月日时天今昨明前后近当现早晚刻期间周代世初末底春夏秋冬未将往古]/;
/** Time words with a character that names no time (未来, 现在, 以前). */
const OTHER_TIME_WORDS = /^(?:未来|将来|现在|以前|以后|从前|最近|目前|如今|日后|过去|此时|那时|平时|届时)$/;
/** A time word names a time with each character (近日, 当初; not 明晓, a given name the segmenter tags t, nor 明月, the moon: next month is 下月) or is one of the others. */
const namesTime = (word: string): boolean => ([...word].every((c) => TIME_CHARS.test(c)) && word !== '明月') || OTHER_TIME_WORDS.test(word);
/** Adverbs that follow a name rather than complete it (王/总是, 何/必): not given names. */
const AFTER_NAME_WORD = /^(?:总是|也是|就是|还是|都是|正在|已经|曾经|一直|始终|亲自|随即|立即|随后|先后|分别|共同|一起|再次|同时|特别|专门|不断|进一步)$/;
const PAUSES = new CharSet('、，。；：,;:');
/** A list's joiner earlier in the clause. */
const LISTED_BEFORE = /[、和与及][^，,。；;！？\n]*$/;
/** What people all did, after 均: 未出席, 出席, 表示. */
const ALL_DID = /^(?:[未已不无将在为是有被系]|出席|参加|表示|认为|同意|获得|承诺|辞去|辞职|持有|签署|确认)/;
/** 日前 (recently) after a name, not 前来 or 前往 after 平日 (usually). */
const DAYS_AGO = /^日前(?![来往去])/;
/** What follows a name whose last character is 一: speech or a pause, not 行 (王强一行). */
const ONE_AFTER = /^(?:在|说|称|表示|介绍|指出|认为|强调|回复|答|[，。、；,;])/;

/** Adverbs the segmenter glues onto a name's last character: 已 (already), 曾 (once), 仍 (still), 均 (all). */
const ADVERB_AFTER_NAME = new CharSet('已曾仍均');

/**
 * A Chinese name the segmenter cut across words or took for words, for use right after a title
 * only (where a name is expected): a lone surname and a given name taken for a word (何/r 立新/d,
 * 马/n 和平/nz, 淦/zg 家阅/x), a word and a character before a pause or a word that follows names
 * (黄润/n 秋/t 表示, 高兴/b 夫/n、), or before 先生/女士 (曾/d 从/p 钦/nr 先生), or three characters alone, the last a name's (曾/d 从/p 钦/nr 在). -1 if none.
 */
export function cutNameAt(text: string, p: number, idx: TokenIndex): number {
  const first = idx.at(p);
  if (!first || first.start !== p) return -1;
  const surname = SINGLE_SURNAMES.at(text, p);
  const given = idx.at(first.end);
  if (first.end === p + 1 && (surname || first.tag === 'zg' || first.tag === 'ng') && given && given.end - given.start <= 2 && (CUT_GIVEN_TAGS.has(given.tag ?? '') || (given.tag === 't' && HOLIDAY_GIVEN.has(given.word))) && isCJK(text, given.start) && isCJK(text, given.end - 1) && !AFTER_NAME_WORD.test(given.word) && !HONORIFICS.has(given.word)) {
    return given.end;
  }
  if (!surname) return -1;
  // A given name the segmenter took for a time word that names no time (李/东来/t; not 于/近日) or for a
  // number, a month or a sum of money (刘/三月/m, 陈/万元/m; not 王/一行), before what follows names.
  const wordGiven = (given?.tag === 't' && !namesTime(given.word)) || (given?.tag === 'm' && isCJKWord(given.word) && given.word !== '一行');
  if (first.end === p + 1 && given && wordGiven && given.end - given.start === 2 && followsAsName(text, given.end, idx)) return given.end;
  for (const end of [p + 3, p + 2]) if (HONORIFICS.has(text.slice(end, end + 2)) && isCJK(text, end - 1) && isCJK(text, p + 1)) return end;
  // A given character glued to the 代 of 代为 or 代行, acting for someone (副行长孙/明代/t 为履行): the surname and that character.
  if (first.end === p + 1 && given?.end === p + 3 && text[p + 2] === '代' && (text[p + 3] === '为' || text[p + 3] === '行') && isGiven(text, p + 1)) return p + 2;
  const three = p + 3;
  // A surname and a character the segmenter took for function words, and a last one it took for a name (曾/d 从/p 钦/nr 在).
  const last = idx.at(p + 2);
  if (first.end === p + 1 && given?.end === p + 2 && last?.start === p + 2 && last.end === three && last.tag === 'nr' && isCJK(text, p + 1) && followsAsName(text, three, idx)) return three;
  // Two characters the segmenter took for a word, and the third alone (not 于/近日), not a locative (任职/前);
  // or glued to an adverb of what happened to the person (许家/m 印已/x 被采取强制措施).
  const third = idx.at(p + 2);
  const gluedAdverb = third?.start === p + 2 && third.end === p + 4 && third.tag === 'x' && ADVERB_AFTER_NAME.at(text, three) && first.end === p + 2;
  if (gluedAdverb && isGiven(text, p + 1) && isGiven(text, p + 2)) return three;
  const cut = first.end === p + 2 && third?.end === three && third.tag !== 'f' && third.tag !== 'r';
  // (…or before a word that follows names: 副市长黄河/清/出席, 高新/岩/出席; not a pronoun: 董事保证/本/r 报告.)
  return cut && isGiven(text, p + 1) && isGiven(text, p + 2) && followsAsName(text, three, idx) ? three : -1;
}

/**
 * A Tibetan or Mongolian name of one to three parts (次仁, 洛桑江村, 孟克巴雅尔), for use right after
 * a title only, ending on a token boundary before speech or a pause. -1 if none.
 */
export function minorityNameAt(text: string, p: number, idx: TokenIndex): number {
  let best = -1;
  for (let e = p, n = 0; n < 3; n++) {
    e = MINORITY_NAME_PARTS.longestFrom(text, e);
    if (e < 0) break;
    if (idx.isBoundary(e) && (e === text.length || followsAsName(text, e, idx))) best = e;
  }
  return best;
}

/** Tags of a word after a foreign name the transliteration run may swallow: numbers, adverbs, verbs (多次, 再次, 表示). */
const WORD_AFTER_NAME_TAGS = new Set(['m', 'd', 'v', 'vn', 'ad', 'p', 'c']);
/** Uyghur name parts the segmenter cuts into function characters (阿不都 is 不 and 都 to it). */
const UYGHUR_PART = /^阿不(?:都|来提|力克|力米提|拉)/;
/** A dotted foreign name (唐·贝肯, 杰夫·莫雷尔, 玛丽-克莱尔·方丹): the dot is evidence enough for any characters; a 和 before another dotted name ends it (戴维·津斯纳/和/米歇尔·约翰斯顿, 周静怡/和/安德鲁·史密斯). */
const DOTTED = /(?:(?!和[\u4e00-\u9fff]{1,6}[·•・])[\u4e00-\u9fff]){1,7}(?:-[\u4e00-\u9fff]{1,5})?(?:[·•・](?:(?!和[\u4e00-\u9fff]{1,7}[·•・])[\u4e00-\u9fff]){1,8}){1,3}/y;

/** Tags of a character alone that joins words, never a foreign name's last: 因/p, 和/c. */
const LONE_FUNCTION_TAGS = new Set(['p', 'c']);

function translitNameAt(text: string, p: number, idx: TokenIndex): number {
  const byDot = dottedNameAt(text, p, idx);
  if (byDot > 0) return byDot;
  let e = p;
  // A hyphen joins the parts of a name as a dot does (萨诺-奥卢, 让-皮埃尔·杜邦).
  while (e < text.length && (TRANSLIT.at(text, e) || (e > p && (NAME_DOT.at(text, e) || text[e] === '-') && TRANSLIT.at(text, e + 1)))) e++;
  // (A word the segmenter took for a foreign name is one whole, whatever its characters: 费尔南德斯/nrt.)
  const foreign = idx.at(p);
  if (foreign?.start === p && foreign.tag === 'nrt' && foreign.end > e && isCJKWord(foreign.word)) e = foreign.end;
  // The segmenter may glue a character that follows names onto the name (斯塔/默说, 默茨称/x): it ends there.
  // (Not into a word the segmenter knew: 总经理/因/p 达到/v is no 因达.)
  const glued = e > p && !idx.isBoundary(e) && idx.at(e)!.tag === 'x' && AFTER_NAME.at(text, e) && idx.isBoundary(e + 1);
  // Else the run may swallow the next word's first character (米哈伊尔/特意): end on a token boundary.
  if (!glued) while (e > p && !idx.isBoundary(e)) e--;
  // (…and never on a dot, where a token boundary cut the run right after one: 阿里木·, not a name.)
  while (e > p && (NAME_DOT.at(text, e - 1) || text[e - 1] === '-')) e--;
  // (Nor over a word after a name the segmenter knew whole: 特朗普/nr 多次/m 声称.)
  const known = idx.at(p);
  const after = known && idx.at(known.end);
  if (known && known.start === p && known.end < e && known.end - p >= 3 && (known.tag === 'nr' || known.tag === 'nrt') && after && after.end - after.start >= 2 && WORD_AFTER_NAME_TAGS.has(after.tag ?? '')) e = known.end;
  // (Nor on a preposition or conjunction the segmenter took alone after it: 金恩林/x 因/p 个人原因.)
  for (let last = idx.at(e - 1); e - p > 2 && last?.start === e - 1 && last.end === e && LONE_FUNCTION_TAGS.has(last.tag ?? ''); last = idx.at(e - 1)) e--;
  let dotted = false;
  for (let k = p; k < e; k++) if (NAME_DOT.at(text, k) || text[k] === '-') dotted = true;
  // Three characters make a foreign name only when they cannot start a Chinese one (奥巴马); two
  // do when the segmenter took them for a foreign name (库克/nrt) or glued a verb to them (默茨称).
  const min = SINGLE_SURNAMES.at(text, p) ? 4 : 3;
  const t = idx.at(p)!;
  const short = e - p === 2 && (glued || (t.start === p && t.end === e && t.tag === 'nrt'));
  if ((e - p < min && !dotted && !short) || wordAt(p, e, idx)) return -1;
  return e;
}

/** Characters of AFTER_NAME that end given names more often than they follow names as words: 介 (蔡明介). */
const GIVEN_THAT_FOLLOWS = new CharSet('介');

/** Words that follow a name: speech and attending (黄河清出席). */
export const SPEECH_OR_ACT = new Set(['出席', '出席会议', '出席活动', '参加', '参加会议', '表示', '指出', '强调', '介绍', '主持', '会见', '调研', '说', '称', '认为', '透露', '坦言', '讲话', '致辞', '预计', '预测', '汇报']);

/** Copulas: 为, 是, 系. */
const COPULA_CHARS = new CharSet('为是系');

/** End of the dotted name that starts at `p`, or -1. */
export function dottedNameAt(text: string, p: number, idx: TokenIndex): number {
  // A copula before a dotted name is none of it: 首席执行官为/安东尼奥·菲洛萨.
  if (COPULA_CHARS.at(text, p) && dottedNameAt(text, p + 1, idx) > 0) return -1;
  // DOTTED has a dot among its first eight characters (阿不都热依木·吐尔逊), or fourteen with a hyphen
  // (阿卜杜勒-阿齐兹·本·萨勒曼): where none is, no regex call.
  let dot = p + 1;
  while (dot <= p + 13 && !NAME_DOT.at(text, dot)) dot++;
  if (dot > p + 13 || (dot > p + 7 && !text.slice(p, dot).includes('-'))) return -1;
  DOTTED.lastIndex = p;
  const d = DOTTED.exec(text);
  if (!d) return -1;
  // After the last dot the name runs over name-like tokens only: 彼得罗夫/当天, 史密斯/的.
  const limit = p + d[0].length;
  let e = p + d[0].search(/[·•・][^·•・]*$/) + 1;
  // (A Uyghur name part of function characters after the dot: 买买提江·阿/j 不/d 都/d.)
  const part = UYGHUR_PART.exec(text.slice(e, e + 5));
  if (part && idx.isBoundary(e + part[0].length)) e += part[0].length;
  let glued = false;
  // (A character that follows names is the name's before more of a transliteration: 詹尼·因/p 凡/d 蒂诺/nrt.)
  const translitGoesOn = (t: Token): boolean => {
    const next = idx.at(t.end);
    // (…or before what a person does: 玉苏甫江·麦麦/提/v 表示, 出席.)
    // (…or before 与 and whom: 哈马德·苏/j 莱/ns 提/v 与/p 中国石化.)
    return TRANSLIT.at(text, t.start) && next !== undefined && ((next.end <= limit && (next.tag === 'nrt' || isTranslit(text, next.start, next.end))) || SPEECH_OR_ACT.has(next.word) || next.word === '在' || next.word === '与');
  };
  // (…and ends before a time said after it: 乔恩·格雷/上/f 月/m 曾表示.)
  // (…nor over what a person does that the segmenter took for a name: 勒布朗/汇报/nz.)
  for (let t = idx.at(e); t && t.end <= limit && !TIME_AFTER_NAME.test(text.slice(t.start, t.start + 4)) && !SPEECH_OR_ACT.has(t.word) && (t.end - t.start === 1 ? !AFTER_NAME.at(text, t.start) || translitGoesOn(t) : FOREIGN_TAGS.has(t.tag ?? '') || isTranslit(text, t.start, t.end)); t = idx.at(e)) {
    // A verb the segmenter glued on at the end (阿莫/代伊说/x, 买买提/明在/x): the name ends before it.
    // So may a name's last token end with the first character of a word whose last character stands alone (卢特/x 尼克会/nr 面/n).
    // (…and one it glued to the word after, past the part after the dot: 帕普·拉斯洛/nr 称该/x 项目.)
    if (t.tag === 'x' && t.end - t.start >= 2 && t.start > dot + 1 && AFTER_NAME.at(text, t.start) && !TRANSLIT.at(text, t.start)) break;
    const next = idx.at(t.end);
    // (Not a transliteration's own last character before more of the name: 买买提/n 明/a is 买买提明.)
    const wordCut = t.end - t.start >= 3 && AFTER_NAME.at(text, t.end - 1) && !(TRANSLIT.at(text, t.end - 1) && isTranslit(text, t.start, t.end)) && next !== undefined && next.start === t.end && next.end - next.start === 1 && isCJK(text, next.start) && !TRANSLIT.at(text, next.start) && !AFTER_NAME.at(text, next.start);
    // (…two of them too: 法西/诺会以/x “德国…, 法西诺 会 以.)
    let after = 0;
    while (after < 2 && t.end - after - 1 > t.start && AFTER_NAME.at(text, t.end - after - 1) && !TRANSLIT.at(text, t.end - after - 1)) after++;
    glued = wordCut || (t.tag === 'x' && t.end - t.start >= 2 && after > 0 && idx.isBoundary(t.end));
    e = glued ? t.end - (wordCut ? 1 : after) : t.end;
    if (glued) break;
  }
  // (…and its last character, which the segmenter made a word with the 此 of 此前 after it: 贝/森/特此/d 前一天.)
  const rest = idx.at(e);
  if (!glued && rest?.start === e && rest.end === e + 2 && TRANSLIT.at(text, e) && text[e + 1] === '此' && e > dot + 1) {
    e++;
    glued = true;
  }
  // (…and a double-barrelled part after a hyphen: 萨努沃-奥卢, 勒诺-巴索.)
  for (let next = idx.at(e + 1); !glued && /[-－]/.test(text[e] ?? '') && next?.start === e + 1 && isTranslit(text, next.start, next.end); next = idx.at(e + 1)) e = next.end;
  return e - p >= 3 && !NAME_DOT.at(text, e - 1) && (glued || idx.isBoundary(e)) ? e : -1;
}

function latinNameAt(text: string, p: number, idx: TokenIndex): number {
  LATIN_NAME.lastIndex = p;
  const m = LATIN_NAME.exec(text);
  if (!m || ENGLISH_FUNCTION_WORD.test(m[0])) return -1;
  const e = p + m[0].length;
  return idx.isBoundary(e) ? e : -1;
}

/** A name may end at `end`: a token ends there, or what follows typically follows a name. */
export function nameMayEndAt(text: string, end: number, idx: TokenIndex): boolean {
  return idx.isBoundary(end) || AFTER_NAME.at(text, end);
}

/** Function characters the segmenter glues onto a neighbouring name (对费/高云, 融创拟, 访华/为). */
export const GLUE = new CharSet('对和与向被让给在从把将拟已也称等的及或为是到访同跟由据则后而');

/** A function character right before `at` inside an unknown piece that runs on over `at` (方志/n 航和杜/x 德安, 欧与保/x 乐力 加在华/x), where a name the article has given may start. */
export const gluedInUnknown = (text: string, at: number, idx: TokenIndex): boolean => {
  const t = idx.at(at);
  return t !== undefined && t.tag === 'x' && t.start < at - 1 && GLUE.at(text, at - 1);
};

/** A name may start at `start`: a token starts there, or only a glued function character precedes it in its token. */
export function nameMayStartAt(text: string, start: number, idx: TokenIndex): boolean {
  return idx.isBoundary(start) || (idx.at(start)?.start === start - 1 && gluedBefore(text, start - 1));
}

/** A function character glued onto the name after it (据德勤/x), or a date's 年, 月 or 日 (2024/年华/n 能, 2012/年林国荣/x, 27/日英/x 伟达). */
export function gluedBefore(text: string, at: number): boolean {
  return GLUE.at(text, at) || dateUnitAt(text, at);
}
/** The 年, 月 or 日 of a date at `at`, after its number: 29日航/j is 29日 and 航…. */
export const dateUnitAt = (text: string, at: number): boolean => DATE_UNIT.at(text, at) && YEAR_DIGIT.at(text, at - 1);
const YEAR_DIGIT = new CharSet('0123456789０１２３４５６７８９〇○零一二三四五六七八九');
const DATE_UNIT = new CharSet('年月日');

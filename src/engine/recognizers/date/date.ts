import { findDateline, ROC_YEAR, type RefDate } from './dateline';
import { TAIWAN_MARKS } from '../../dict/traditional';
import { LUNAR_ONLY } from './datePeriods';
import { SINGLE_SURNAMES } from '../../dict/surnames';
import { TITLES_ENDING } from '../../dict/positions';
import { foldWidth, pad, parseNumber } from '../text/numerals';
import { scan } from '../text/scan';
import { inOneSentence } from '../text/sentences';
import { TokenIndex } from '../text/tokenIndex';
import type { Candidate, Recognizer } from '../types';
import { CN_DAY, DATES, DAY_BY_NAME, DAY_PART_AT_END, FESTIVAL_ONLY, isFestival, PRESS_ROLE } from './datePatterns';
import { dayOfDatelineWeek, fiscalYearEnding, type Parsed, parseDate, rangeEnd, REL_YEARS, weekdayAlone, weekdayOf } from './dateValues';

// DATE per the guidelines: an expression naming a point or period on the calendar or the clock.
// Matching runs on the width-folded text (same offsets), so １２月３１日 reads as 12月31日.
//
// attrs.value is ISO 8601: 2025-05-15, 2025-02, 2025, 2025-06-16T11:22:05. Without a known year
// the ISO reduced forms stand in: --05-15 (month and day), --05 (month), ---15 (day); a clock
// time alone is T21:28. A range or a part of a year is an ISO interval: 5月7日至8日 →
// 2025-05-07/2025-05-08 (the end takes the start's year and month when it has none), 上半年 →
// 2025-01/2025-06, 一季度 → 2025-01/2025-03, 90年代 → 1990/1999. Parts of a month or year that
// have no exact bounds (2月底, 年初) keep the month or year they lie in; a third of a month is its days
// (5月下旬 → 2025-05-21/2025-05-31). Expressions with no
// fixed calendar value (周日, 虎年) carry no value; lunar dates and holidays (春节, 中秋, 腊月二十三)
// and solar terms (冬至) take theirs from lunarCalendar.ts and solarTerms.ts in the years they
// know. "This year" is the dateline's year (dateline.ts), 同年 the year named last; a bare day
// (22日) continues the month of the last full date, or else of the last month named (not a planned
// month's past its paragraph). A clock range that starts in the afternoon ends there: 下午2时至4时 →
// T14:00/T16:00. A fiscal year is named as TIMEX names it (FY2024), and has months only where the text
// says when it ends (2024财年（截至2025年3月） → 2024-04/2025-03). Decades, centuries, lunar dates, solar terms, fiscal years and this year's
// seasons: datePeriods.ts.
// The forms matched are in datePatterns.ts, the values computed in dateValues.ts.

/** Tags of tokens that are names: a holiday inside one is part of the name. */
const NAME_TOKEN_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/** Than or with, glued to 上 by the segmenter (比上/x 月, 较上/x 月), or from or at, to 上 or 下 (自下/x 月起). */
const COMPARED_WITH = /^(?:[比较]上|[自从于至到][上下])$/;
const BRACKET_OPEN = /^\s*[(（]$/;
const BRACKET_CLOSE = /^[)）]$/;
/** A reporter credit open before: （记者 林晓 , (本报记者 . */
const CREDIT_OPEN = /[(（](?:本报|特约|见习|实习)?(?:记者|通讯员)[^()（）\n]*$/;
/** What says a date falls on a weekday: 6月1日恰逢周日, 是周一. */
const FALLS_ON = /^(?:恰逢|正逢|适逢|恰好是|正好是|是|为)$/;
/** The same period a year before the one just named: 去年同期, 上年同月. */
const SAME_PERIOD_BEFORE = /^(?:去|上一?)年同(?:期|月)$/;
const SENTENCE_END = /[。！？!?；;\n]/;
/** A date that lost its 月 (128日), and a range's end of two digits that may have too (24日: 2月4日). */
const LOST_MONTH_START = /^(?:1[0-2]|0?[1-9])(?:0[1-9]|[12]\d|3[01])日/;
const LOST_TWO = /^([1-9])([1-9])日$/;
/** A month or a span of months: 2025-06, 2025-01/2025-03. */
const MONTHS_VALUE = /^\d{4}-\d{2}(?:\/\d{4}-\d{2})?$/;
const MONTH_VALUE = /^\d{4}-\d{2}$/;
const RANGE_JOINER = /^(?:至|到|-|—|–|~)$/;
/** What says a date ends the period figures are given at: 截至, 截止. */
const PERIOD_END_BEFORE = /(?:截至|截止|截止到)\s*$/;

/** 国庆 after a foreign country (澳国庆日, 美国国庆) is that country's national day, not 10月1日. */
const FOREIGN = /(?:[澳美英法德俄日韩印泰越朝缅菲墨巴埃]|(?<![我中祖全举两])国)$/;

/** A match that is a clock time alone: 11时, 9:30. */
const CLOCK_START = /^\d{1,2}(?:[时点]|:\d)/;
/** 当晚, 7月7日晚 before a clock time, or before a weekday in brackets first (7月7日晚（星期一）7时30分). */
const EVENING_BEFORE = /[晚夜](?:[（(][^（()）]{1,4}[)）])?$/;
/** A value that ends with a clock time after noon: T19:00, 2025-04-22T14:30, …/T16:00. */
const PM_CLOCK = /T(1[3-9]|2[0-3]):\d{2}(?::\d{2})?$/;

/** 今年的, 去年的 before a holiday (or 去年 before its quoted name, 去年“五一”): the year it is in. */
const OF_YEAR = /([今去明前])年的?[“"]?$/;

/** A page's timestamp, a date and its clock time: 2026-01-15 23:25:25. */
const TIMESTAMP = /((?:19|20)\d{2})-(\d{2})-(\d{2})[ T]\d{1,2}:\d{2}/g;
/** How far from a list item's timestamp its dates are read in its year. */
const ITEM_REACH = 200;

/** 同年, 当年 before a date without its year: the year the text named last (2023年6月9日…同年7月3日). */
const SAME_YEAR = /(?:同|当)年$/;
const CONTEXT_YEAR_START = /^(?:同|当|次|翌)年/;
/** A reference date anywhere in `year`, for a date the text puts in that year. */
const inYear = (year: number): RefDate => ({ year, month: 12, day: 31 });
const LISTED_MONTH_START = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/;
/** What joins the items of a list of dates, or of dates one of which is meant (2026年1月或3月). */
const LIST_JOIN = /^(?:、|和|及|与|以及|或|或者)$/;
/** Where a name may start: after a pause, a colon or a space, after a role of the press (编辑：蒋立冬, 记者刘冬至) or an appointment's verb (补选赵/国庆为副董事长). */
const NAME_OPENER = new RegExp(`(?:^|[^\\u4e00-\\u9fff]|${PRESS_ROLE}|补选|选举|任命|聘任|推选|提名|聘请)$`);

/** Tags of a surname's character used as a word of its own: 于/p 春节期间, 向/p 国庆献礼. */
const FUNCTION_WORD = new Set(['p', 'd', 'c', 'r', 'u', 'uj', 'ul', 'v', 'f', 'm', 'q']);

/** What follows a person's name, not a holiday's: speech, a family, a form of address (游客刘国庆说, 刘国庆一家). */
const PERSON_AFTER = /^(?:说|表示|告诉|介绍|坦言|称|笑着|一家|先生|女士|老人|师傅)/;

/** Whether the holiday or solar term at `at` is a given name after a lone surname: 蒋立冬, 王国庆, 刘冬至. */
function givenNameAfterSurname(text: string, at: number, end: number, idx: TokenIndex): boolean {
  // (…or a surname the segmenter tagged a name's on its own: 退休教师吴/nr 国庆/t 则质疑.)
  const lone = idx.at(at - 1);
  return at > 0 && SINGLE_SURNAMES.at(text, at - 1) && !FUNCTION_WORD.has(lone?.tag ?? '') && (NAME_OPENER.test(text.slice(Math.max(0, at - 4), at - 1)) || PERSON_AFTER.test(text.slice(end, end + 2)) || (lone?.tag === 'nr' && lone.start === at - 1));
}

/** A document's number after its year: 第47号. */
const DOCUMENT_NUMBER_AFTER = /^第[\d一二三四五六七八九十百零〇]+号/;

/** The 日, 月 or 年 a listed day, month or year shares with the next item: 15、16日, 2023、2024年. */
const LISTED_UNIT = new RegExp(`^(?:、\\d{1,2}(?=、))*、(\\d{4}(?=年)|\\d{1,2}|${CN_DAY})([日号月年])`);
/** A year written out in digits or numerals: 2024年, 二〇二四年, 2024-05-01. */
const WRITTEN_YEAR = /^[\d〇○零一二三四五六七八九]{4}/;

/** Whether the last item of a list (`next`) comes one to `within` after the number `first` ends with: 5、6月, 15、16日, 2023、2024年. */
function listedSoonAfter(first: string, next: string, within: number): boolean {
  const gap = parseNumber(next)! - parseNumber(/(\d{1,4}|[一二三四五六七八九十]{1,2})$/.exec(first)![1]!)!;
  return gap >= 1 && gap <= within;
}

const ROC_YEAR_START = new RegExp(`^${ROC_YEAR}(?:年|[-/]\\d)`);
/** A third of a month, with no month of its own. */
const TEN_DAYS = /^(?:上中|中下|[上中下])旬$/;
/** A time on the 24-hour clock, written with a colon: 9:15, 15:00. */
const TWENTY_FOUR_HOUR = /\d:\d{2}/;
/** Between two dates, these make one range: 5月7日至8日, 7月1日起至9月30日, 1996年—1998年, 12月至次年3月 (the next year's, as any earlier month after a later one), 22:00至次日8:00. */
const RANGE_JOIN = /^(?:起?(?:至|到)(?:次年|翌年|次日)?|(?:—|–|-|~|〜)(?:次日)?)$/;

export const recognizeDates: Recognizer = ({ text, tokens, traditional }) => {
  // A futures contract's code glued onto the date after it is read as a space (PS25087月10日, LC25092025年6月3日, CF5099月1日),
  // and so is a Latin name's last word (Entertainment5月1日): the date is the rest.
  const folded = foldWidth(text).replace(GLUED_BEFORE_DATE, (code) => ' '.repeat(code.length));
  const ref = findDateline(text);
  const idx = TokenIndex.of(tokens, text.length);
  // (Taiwan's news in simplified script shows itself by the Republic's era or the island's dollar.)
  const taiwanMarked = TAIWAN_MARKS.test(text);
  const taiwanese = traditional || taiwanMarked;
  const found: Array<{ start: number; end: number; parsed: Parsed; source: string; listed?: boolean }> = [];
  let last: Parsed | undefined; // the latest date with a month: a bare 22日 continues it
  let lastDay: Parsed | undefined; // …the latest with a day first: 11月18日电…5月就任…18日 is in November
  let lastStart = -1; // …and where it starts
  let lastEnd = -1; // …and where it ends
  let lastYear: number | undefined; // the latest year a date names itself: 同年7月3日 is in it
  let lastYearEnd = -1; // …and where that date ends
  let eventYear: { year: number; end: number } | undefined; // the year 同年 reads, and where the date with a month that named it ends (-1: a year alone)
  // A related-news list's items carry their own timestamps (⏎2026-01-15 23:25:25⏎原创 …1月15号，…): a date soon after one, in
  // another year than the article's, is of that day, not the dateline's.
  const stamps: Array<{ start: number; end: number; date: RefDate }> = [];
  TIMESTAMP.lastIndex = 0;
  for (let t = ref ? TIMESTAMP.exec(folded) : null; t; t = TIMESTAMP.exec(folded)) {
    if (Number(t[1]) !== ref!.year) stamps.push({ start: t.index, end: t.index + t[0].length, date: { year: Number(t[1]), month: Number(t[2]), day: Number(t[3]) } });
  }
  const itemDate = (start: number): RefDate | undefined => stamps.filter((t) => t.end <= start && start - t.end <= ITEM_REACH).pop()?.date;
  for (const m of scan(DATES, folded)) {
    // A clock time after 当晚 or 深夜 is in the evening: 当晚11时 is 23:00.
    const evening = CLOCK_START.test(m[0]) && EVENING_BEFORE.test(folded.slice(Math.max(0, m.index - 8), m.index));
    // A holiday or a solar term inside a name the segmenter kept whole is the name's: 陈立春/x, 王国庆/nr.
    // (Not the verb 过 glued on: 过小年/nr.)
    // (…not one only its first character is glued into: 美妆双/x 11.)
    if (FESTIVAL_ONLY.test(m[0]) && NAME_TOKEN_TAGS.has(idx.at(m.index)?.tag ?? '') && idx.at(m.index)!.start < m.index && idx.at(m.index)!.end >= m.index + m[0].length && !/^过./.test(idx.at(m.index)!.word)) continue;
    // …and one after a lone surname the segmenter cut it from, in a credit or after a role (图片编辑：蒋/立冬, 记者刘/冬至), or before speech (游客刘/国庆说).
    if (FESTIVAL_ONLY.test(m[0]) && givenNameAfterSurname(folded, m.index, m.index + m[0].length, idx)) continue;
    // A day whose 日 the segmenter read as Japan's first character is none: Switch/eng 2/x 日本/ns 售价.
    if (folded[m.index + m[0].length - 1] === '日' && idx.at(m.index + m[0].length - 1)?.word === '日本') continue;
    // A year inside a document's number is none: 商务部公告2025年第47号, 发布2024年第38号公告.
    if (/^(?:19|20)\d{2}年$/.test(m[0]) && DOCUMENT_NUMBER_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    // A year of three digits (not before 来, 前, 的 or another word of a span of years) is the Republic's in Taiwan's news
    // (114年6月 is 2025-06, 111年度 2022, 113年台湾电动车产值 2024); elsewhere no year.
    if (!taiwanese && ROC_YEAR_START.test(m[0])) continue;
    // (…and a bare 第3季 is a quarter there, whatever follows it.)
    if (!taiwanese && m.groups?.hkQuarter !== undefined) continue;
    // 下月 from the end of a word is none: 旗下/月饼; but 比上/x 月 is 比 and 上月, a comparison with last month (自下/x 月 too).
    if (/^[上下]月/.test(m[0]) && !idx.isBoundary(m.index) && !COMPARED_WITH.test(folded.slice(m.index - 1, m.index + 1))) continue;
    // (…nor 明早 before 前 after a name: 李兆/x 明早/t 前 is 李兆明 早前, earlier.)
    if (folded.startsWith('明早前', m.index) && NAME_TOKEN_TAGS.has(idx.at(m.index - 1)?.tag ?? '')) continue;
    // 明日 inside a word is none: 光明日报, 说明/日常; nor 明早, 今早 across words: 说明/早已, 如今/早已
    // (but 今 glued onto an unknown piece before it is still 今早: 陈家豪今/x 早/a 发表, 股價今/x 早/a 微升; and so is 今 alone before 早起, from this morning: 股份/今/zg 早起/v 短暫停牌).
    const gluedToday = m[0].startsWith('今早') && idx.at(m.index)?.end === m.index + 1 && ((idx.at(m.index)!.tag === 'x' && idx.isBoundary(m.index + 2)) || (idx.isBoundary(m.index) && folded.startsWith('早起', m.index + 1) && idx.at(m.index + 1)?.end === m.index + 3));
    if (/^(?:明[日早晚晨]|今早)/.test(m[0]) && !(idx.isBoundary(m.index) && idx.isBoundary(m.index + 2)) && !gluedToday) continue;
    // 前天, 后天 from the end of a word are none: 目前/天通, 此前/天气, 今后/天天; nor is one whose 天 starts the next word: 投产/后/天津.
    if (/^[前后]天/.test(m[0]) && (!idx.isBoundary(m.index) || !idx.isBoundary(m.index + 2))) continue;
    // A holiday across two words is none: 其中/秋粮.
    if (FESTIVAL_ONLY.test(m[0]) && (idx.at(m.index)?.start ?? m.index) < m.index && (idx.at(m.index + m[0].length - 1)?.end ?? 0) > m.index + m[0].length) continue;
    // 一周三单, 每周两次: the 周 of a week and a count, no weekday; nor are weekdays counted (7月5日、7月12日两个周六).
    if (/^周[一二三四五六日天]$/.test(m[0]) && ((/[一两每几]/.test(folded[m.index - 1] ?? '') && COUNTED.test(folded[m.index + 2] ?? '')) || /[一两二三四五六七八九十几]个$/.test(folded.slice(Math.max(0, m.index - 2), m.index)))) continue;
    // A name after a title is none, its last character glued onto the next word: 创始人兼CEO/周一/t 航对/x 记者.
    if (/^周[一二三四五六日天]$/.test(m[0]) && TITLES_ENDING.longestEndingAt(folded, m.index) >= 0 && idx.at(m.index + 2)?.start === m.index + 2 && idx.at(m.index + 2)!.tag === 'x' && !idx.isBoundary(m.index + 3)) continue;
    // A reporter's name in a dateline's credit is none: （记者 林晓 周一鸣）.
    if (/^(?:周|星期)[一二三四五六日天]$/.test(m[0]) && CREDIT_OPEN.test(folded.slice(Math.max(0, m.index - 16), m.index))) continue;
    // 2024年，…较上年增长: 上年 is the year before the one the sentence is about, not the dateline's.
    const sameYear = lastYear !== undefined && (SAME_YEAR.test(folded.slice(Math.max(0, m.index - 2), m.index)) || (/^上一?年/.test(m[0]) && inOneSentence(folded, lastYearEnd, m.index)));
    // 今年的春节 is this year's, whatever half of the year the dateline is in (去年的 last year's).
    const ofYear = ref && isFestival(m[0]) ? OF_YEAR.exec(folded.slice(Math.max(0, m.index - 4), m.index)) : null;
    // 同年8月, 次年3月: of the year named last (次年: its year is the one after it); at a range's end, of
    // the range's start (11月15日至次年3月15日).
    const prev = found[found.length - 1];
    const contextYear = CONTEXT_YEAR_START.test(m[0]);
    const rangeStart = contextYear && prev && RANGE_JOIN.test(folded.slice(prev.end, m.index)) ? prev.parsed.year : undefined;
    const base = contextYear ? (rangeStart ?? eventYear?.year ?? last?.year) : undefined;
    // 2025年5月、6月: a month listed after a dated one is in its year; so is a holiday (2025年国庆、中秋), from its start;
    // and so is every later item of the list (2023年4月28日、8月30日和10月27日).
    const afterDated = prev && (prev.parsed.ownYear || prev.listed || /^\d{4}年/.test(folded.slice(prev.start, prev.end))) && LIST_JOIN.test(folded.slice(prev.end, m.index)) ? prev.parsed.year : undefined;
    const listedYear = LISTED_MONTH_START.test(m[0]) ? afterDated : undefined;
    const listedHoliday = afterDated !== undefined && FESTIVAL_ONLY.test(m[0]) ? { year: afterDated, month: 1, day: 1 } : undefined;
    const at = contextYear ? (base === undefined ? undefined : inYear(base)) : listedYear !== undefined ? inYear(listedYear) : listedHoliday ? listedHoliday : sameYear ? inYear(lastYear!) : ofYear ? { year: ref!.year + REL_YEARS[ofYear[1]!]!, month: 1, day: 1 } : (itemDate(m.index) ?? ref);
    // 5月15、16日: the first day is read with the 日 written after the last.
    const listed = /[\d一二三四五六七八九十]$/.test(m[0]) ? LISTED_UNIT.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 16)) : null;
    const unit = listed?.[2] ?? '';
    // (A list's own numbering is no month or day: 1、7月8日, 1、12日. Listed months, bare days and years
    // follow each other closely: 5、6月, 15、16日, 2023、2024年.)
    const within = unit === '月' ? 3 : unit === '年' ? 5 : /^\d{1,2}$/.test(m[0]) ? 10 : 0;
    if (listed && within && !listedSoonAfter(m[0], listed[1]!, within)) continue;
    // (12月31日前 in a report of early January is a deadline ahead, not last December.)
    const deadline = DEADLINE_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 2));
    // (A later month of the dateline's year is a plan, which news does not go on in: 新华社北京6月16日电…暑运7月1日至8月31日。
    // \n国航15日晚间发布公告 is the 15th of June. A related item's own date goes on in the next: 2022-10-14\n…截至13日.)
    // (Asked last, and only when needed: the search back for a newline runs at every date otherwise.)
    const newParagraph = () => folded.lastIndexOf('\n', m.index) > lastEnd;
    if (ref && last?.year === ref.year && (last.month ?? 0) > ref.month && newParagraph()) last = lastDay = { ...ref };
    // (…and a bare day up to the dateline's, opening the dates of a paragraph after an earlier month's, is of the dateline's month:
    // dateline 2024-12-04, …10月17日表示…⏎…股价3日下跌 is 12月3日.)
    const bareDay = BARE_DAY.exec(m[0]);
    // (…and one up to the dateline's before any month, the dateline being at the foot: （中央社記者台北15日電）…（編輯：張均懋）1140315.)
    if (ref && bareDay && !last && Number(bareDay[1]) <= ref.day) last = lastDay = { ...ref };
    if (ref && bareDay && last?.year === ref.year && last.month !== undefined && last.month < ref.month && Number(bareDay[1]) <= ref.day && newParagraph()) last = lastDay = { ...ref };
    // (…and one up to the dateline's after the end of a period of an earlier year the figures are at: 截至2024年12月31日…截至20日收盘 is the dateline's 20th.)
    if (ref && bareDay && last?.year !== undefined && last.year < ref.year && Number(bareDay[1]) <= ref.day && PERIOD_END_BEFORE.test(folded.slice(Math.max(0, lastStart - 3), lastStart))) last = lastDay = { ...ref };
    // (…and one after a date ahead that something starts from or must be done by, which news does not go on in:
    // 11月28日电…新版目录自2025年1月1日起正式执行。…国务院新闻办公室28日下午3时 is the 28th of November.)
    if (ref && bareDay && last?.year !== undefined && last.month !== undefined && (last.year > ref.year || (last.year === ref.year && last.month > ref.month)) && BOUND_AFTER.test(folded.slice(lastEnd, lastEnd + 2))) last = lastDay = { ...ref };
    // (…and the dateline's own day or one of the week after it, in another sentence than a date of another month, whatever that date is:
    // 新华社香港9月26日电…截至2025年6月30日…。股价26日收市报, 3月5日电…2025年4月1日起施行。…在5日举行的新闻发布会,
    // 2019-07-04 …6月17日入梅…。“…7日白天雨势减弱” is the 7th of July.)
    if (ref?.month !== undefined && bareDay && Number(bareDay[1]) >= ref.day && Number(bareDay[1]) <= ref.day + 7 && last?.month !== undefined && last.month !== ref.month && (last.year === undefined || ref.year === undefined || last.year === ref.year) && !inOneSentence(folded, lastEnd, m.index)) last = lastDay = { ...ref };
    // (…and so is one alone up to six hours after a clock time of the afternoon or evening in its sentence: 晚上7点一直逛到9点半 is 21:30;
    // not on a 24-hour clock, which says which half of the day it is: 13:00-15:00；…9:15-15:00.)
    const pmHour = !evening && prev && CLOCK_START.test(m[0]) && !TWENTY_FOUR_HOUR.test(m[0]) && !TWENTY_FOUR_HOUR.test(folded.slice(prev.start, prev.end)) ? Number(PM_CLOCK.exec(prev.parsed.value ?? '')?.[1]) : NaN;
    const hour = parseInt(m[0], 10);
    const laterPm = hour < 12 && hour + 12 - pmHour >= 0 && hour + 12 - pmHour <= 6 && inOneSentence(folded, prev!.end, m.index);
    const parsed = parseDate((evening || laterPm ? '晚' : '') + m[0] + unit, at, lastDay ?? last, deadline);
    if (!parsed) continue;
    // 去年同期 after 今年一季度 in its sentence is that period a year before (2024-01/2024-03), not the whole year.
    if (SAME_PERIOD_BEFORE.test(m[0]) && prev && !SENTENCE_END.test(folded.slice(prev.end, m.index)) && MONTHS_VALUE.test(prev.parsed.value ?? '')) {
      // (…of a span of months read as two dates so far: 今年1月/至/2月 is 2025-01/2025-02.)
      const from = found[found.length - 2];
      const span = from && RANGE_JOINER.test(folded.slice(from.end, prev.start)) && MONTH_VALUE.test(from.parsed.value ?? '') && MONTH_VALUE.test(prev.parsed.value ?? '') ? `${from.parsed.value}/${prev.parsed.value}` : prev.parsed.value!;
      // (去年 is the year before the article's, not before the period's: 明年一季度 … 去年同期 is 2024-01/2024-03 in 2025.)
      const own = m[0].startsWith('去') ? Number(/^\d{4}/.exec(parsed.value ?? '')?.[0]) : NaN;
      const back = Number(/\d{4}/.exec(span)?.[0]) - own;
      parsed.value = span.replace(/\d{4}/g, (y) => pad(Number(y) - (back >= 1 ? back : 1), 4));
    }
    // 2025年8月12日（星期二）: a weekday in brackets after a date names that date, when it is its weekday.
    // (…and one said to be its day: 6月1日恰逢周日.)
    const clockAlone = CLOCK_VALUE.test(parsed.value ?? '');
    const bracketed = prev && (BRACKET_OPEN.test(folded.slice(prev.end, m.index)) || (FALLS_ON.test(folded.slice(prev.end, m.index)) && weekdayOf(prev.parsed, m[0]) !== undefined));
    // (Without a year to check it by, it is that day as the date says it: 6月16日（周一） is --06-16.)
    if (parsed.value === undefined && bracketed) parsed.value = weekdayOf(prev.parsed, m[0]) ?? (prev.parsed.year === undefined && YEARLESS_DAY.test(prev.parsed.value ?? '') && weekdayAlone(m[0]) ? prev.parsed.value : undefined);
    // 2025年6月16日（周一）上午10:00: a clock time right after a dated weekday in brackets is that day's.
    else if (parsed.value?.startsWith('T') && prev && AFTER_BRACKET.test(folded.slice(prev.end, m.index)) && FULL_DAY.test(prev.parsed.value ?? '')) parsed.value = prev.parsed.value + parsed.value;
    // 华为于12月4日举行发布会，上午10时08分…: a clock time alone is of the day named a few words before it in its sentence
    // (not across a range's joiner, 22时至次日6时, nor after a holiday, a time in it: 国庆节期间，11:00至14:00, nor a deadline's or a start's day: 12月31日前).
    else if (clockAlone && !WEEKDAY_WORD.test(m[0]) && prev && FULL_DAY.test(prev.parsed.value ?? '') && !FESTIVAL_ONLY.test(folded.slice(prev.start, prev.end)) && m.index - prev.end <= 12 && !TIME_JOINED.test(folded.slice(prev.end, m.index)) && !BOUND_AFTER.test(folded.slice(prev.end, prev.end + 2)) && inOneSentence(folded, prev.end, m.index)) parsed.value = `${prev.parsed.value}${parsed.value}`;
    // 当日14时05分, 当天上午10时: a clock time on "that day" is of the last day the text named in full, in its paragraph
    // (not a deadline or a start: 12月31日前完成…；当日下午3时 is another day).
    else if (clockAlone && THAT_DAY_BEFORE.test(folded.slice(Math.max(0, m.index - 2), m.index)) && lastDay === last && DAY_START.test(lastDay?.value ?? '') && !BOUND_AFTER.test(folded.slice(lastEnd, lastEnd + 2)) && !newParagraph()) parsed.value = `${lastDay!.value!.slice(0, 10)}${parsed.value}`;
    // 周二 in a report dated Wednesday 30 April is the Tuesday of its week, the 29th.
    else if ((parsed.value === undefined || parsed.value.startsWith('T')) && ref) parsed.value = dayOfDatelineWeek(ref, m[0]) ?? parsed.value;
    // (Only a year written out names one: not 上年 itself, nor 去年 before 上年同期.)
    // (次年3月 names the year after, which a later 同年 is.)
    if (parsed.year !== undefined && (((parsed.ownYear || /^\d{4}-/.test(m[0])) && WRITTEN_YEAR.test(m[0])) || contextYear)) {
      // (同年 reads the events' year: not a bare year after a date in its sentence, which says what a figure is of:
      // 2021年4月10日，…处以其2019年销售额4%的罚款。同年10月8日 is 2021's.)
      if (parsed.month !== undefined || !eventYear || eventYear.end < 0 || !inOneSentence(folded, eventYear.end, m.index)) eventYear = { year: parsed.year, end: parsed.month !== undefined ? m.index + m[0].length : -1 };
      [lastYear, lastYearEnd] = [parsed.year, m.index + m[0].length];
    }
    if (m[0].startsWith('国庆') && FOREIGN.test(folded.slice(Math.max(0, m.index - 3), m.index))) delete parsed.value;
    // (Taiwan's is 10 October, the Double Tenth.)
    else if (m[0].includes('国庆') && taiwanMarked && parsed.value) parsed.value = parsed.value.replace(/10-01$/, '10-10');
    // A bare day continues the last month named, not a holiday's or a lunar date's (春节…25日 is
    // the 25th of the dateline's month).
    if (parsed.month !== undefined && !FESTIVAL_ONLY.test(m[0]) && !LUNAR_ONLY.test(m[0])) {
      last = parsed;
      lastStart = m.index;
      lastEnd = m.index + m[0].length;
      if (parsed.day !== undefined) lastDay = parsed;
    }
    // (A fiscal year's months, where the text says when it ends, over its name.)
    parsed.value = fiscalYearEnding(m[0], folded, m.index, m.index + m[0].length) ?? parsed.value;
    found.push({ start: m.index, end: m.index + m[0].length, parsed, source: sourceOf(m[0]), listed: listedYear !== undefined || listedHoliday !== undefined });
  }
  // 周一（6月16日）, 今日（3月28日）: a weekday or a day named by its distance from today is the date in brackets after it.
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (b.parsed.day !== undefined && BRACKET_OPEN.test(folded.slice(a.end, b.start)) && BRACKET_CLOSE.test(folded[b.end] ?? '') && DAY_BY_NAME.test(folded.slice(a.start, a.end))) a.parsed.value = b.parsed.value;
  }
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && RANGE_JOIN.test(folded.slice(a.end, b.start))) {
      // 3月上旬至下旬: a third of a month alone ends in the start's month, not the dateline's.
      // 2024年第一季度至第三季度: a quarter or half with no year of its own is in the start's, not the dateline's.
      const bText = folded.slice(b.start, b.end);
      const aYear = yearOf(a.parsed);
      // (Read from the middle of that year, so no month of it reads as the year before or after: 第三季度至第四季度.)
      const bYear = !b.parsed.ownYear && aYear !== undefined && YEARLESS_PERIOD.test(bText) ? parseDate(bText, { year: aYear, month: 7, day: 1 }) : undefined;
      // 22:00至次日6:00: the end is on the day after the start's.
      const nextDay = folded.slice(a.end, b.start).endsWith('次日');
      // 1月至10月 in a report of 18 November: months of one year said without it are in the end's year, as 1-10月 is (not next January's).
      if (!a.parsed.ownYear && !b.parsed.ownYear && a.parsed.year !== undefined && b.parsed.year !== undefined && a.parsed.year !== b.parsed.year && (a.parsed.month ?? 13) <= (b.parsed.month ?? 0)) {
        a.parsed = { ...a.parsed, year: b.parsed.year, value: a.parsed.value?.replace(/^\d{4}/, pad(b.parsed.year, 4)) };
      }
      // 128日至24日: the end lost its 月 too where, read as a day of the start's month, it would be before the start (1月28日至2月4日).
      const lost = LOST_MONTH_START.test(folded.slice(a.start, a.end)) ? LOST_TWO.exec(bText) : null;
      if (lost && a.parsed.month !== undefined && a.parsed.day !== undefined && Number(lost[0].slice(0, 2)) <= a.parsed.day && Number(lost[1]) >= a.parsed.month) {
        b.parsed = parseDate(`${lost[1]}月${lost[2]}日`, a.parsed.year === undefined ? undefined : { year: a.parsed.year, month: a.parsed.month, day: a.parsed.day }) ?? b.parsed;
      }
      const inMonth = TEN_DAYS.test(bText) && a.parsed.month !== undefined ? parseDate(`${a.parsed.month}月${bText}`, a.parsed.year === undefined ? undefined : { year: a.parsed.year, month: a.parsed.month, day: 1 }) : undefined;
      const end = inMonth ? inMonth.value : rangeEnd(a.parsed, bYear ?? b.parsed, nextDay);
      // 70年代到90年代: from the start of the first period to the end of the last, 1970/1999.
      // (晚上12点到凌晨2点: a clock time alone that starts at midnight starts the night, T00:00.)
      const [from, to] = [a.parsed.value?.split('/')[0]?.replace(/^T24:00$/, 'T00:00'), end?.split('/').pop()];
      const value = from && to ? (from === to ? from : `${from}/${to}`) : undefined;
      // 周一至周五9:00-12:00: the hours after a range of days are its own.
      const c = found[i + 2];
      const hours = c && /\d:\d{2}$/.test(folded.slice(b.start, b.end)) && /^T[\d:]+$/.test(c.parsed.value ?? '') && RANGE_JOIN.test(folded.slice(b.end, c.start));
      out.push(candidate(a.start, hours ? c.end : b.end, 'rule:date-range', hours ? undefined : value));
      i += hours ? 2 : 1;
    } else {
      out.push(candidate(a.start, a.end, a.source, a.parsed.value));
    }
  }
  return out;
};

/** The year a date names, or its value starts with (2025年Q1 is 2025-01/2025-03). */
const yearOf = (p: Parsed): number | undefined => p.year ?? (Number(/^(\d{4})-/.exec(p.value ?? '')?.[1]) || undefined);

/** A quarter or a half of a year, without its year: 第三季度, Q3, 下半年. */
const YEARLESS_PERIOD = /^(?:第?[一二三四1-4]季度?|Q[1-4]|H[12]|[上下]半年)$/;

function candidate(start: number, end: number, source: string, value: string | undefined): Candidate {
  return { start, end, label: 'DATE', source, ...(value ? { attrs: { value } } : {}) };
}

function sourceOf(said: string): string {
  const s = said.replace(DAY_PART_AT_END, '') || said; // 正月初八上午 is a lunar date, 中秋晚上 a festival
  if (/^\d{4}([-/.])\d{1,2}\1\d/.test(s) || /^(?:\d{4}-\d{2}|\d{2}-\d{2}(?: \d{1,2}:\d{2})?)$/.test(s)) return 'rule:date-iso';
  if (LUNAR_ONLY.test(s)) return 'rule:date-lunar';
  if (/世纪|年代/.test(s)) return 'rule:date-decade';
  if (/财年|财政年度?$/.test(s)) return 'rule:date-fiscal';
  if (/[\d日月年][-~〜—–至到]\d/.test(s)) return 'rule:date-range';
  if (/^(?:[^年]{1,4}年)?\d{3,4}日|^\d{4}年\d{2}日/.test(s)) return 'rule:date-lost-month';
  if (/^(?:今|去|明|前|上|本|下)[年月天日晨晚夜个春夏秋冬明]|^[昨后][天日晨晚夜年]|^来年/.test(s) && !/^前\d/.test(s)) return 'rule:date-relative';
  if (/年.*[月日]/.test(s)) return 'rule:date-ymd';
  if (/[月日号]/.test(s) && !/^前/.test(s)) return 'rule:date-md';
  if (isFestival(s)) return 'rule:date-festival'; // (小年 before a year's 年)
  if (/^[^年]+年$/.test(s) || /^\d{4}$/.test(s)) return 'rule:date-year';
  if (/周|星期|礼拜/.test(s) && !/第\d{1,2}周$/.test(s)) return 'rule:date-weekday';
  if (/[时点:]/.test(s)) return 'rule:date-time';
  return 'rule:date-period';
}

/** A day said without its month: 3日, 15日晚. */
const BARE_DAY = /^(\d{1,2})日/;
/** What makes a date a deadline: 12月31日前, 之前. */
const DEADLINE_AFTER = /^(?:前|之前|以前)/;

/** A date with its month and day, its year and month, or a month with 份, starting where another word may be glued on before it: 7月10日, 2025年6月, 10月份. */
export const MONTH_AND_DAY_AHEAD = String.raw`(?:19|20)\d{2}年\d{1,2}月|(?:[1-9]|1[0-2])月(?:\d{1,2}日|份)`;
/** A contract code (letters and its delivery year and month) or a Latin word of three letters or more right before a date. */
const GLUED_BEFORE_DATE = new RegExp(String.raw`(?<![A-Za-z])(?:[A-Z]{1,2}\d{3,4}|[A-Za-z]{3,})(?=${MONTH_AND_DAY_AHEAD})`, 'g');
const YEARLESS_DAY = /^--\d{2}-\d{2}$/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A value of a clock time alone: T10:08. */
const CLOCK_VALUE = /^T[\d:]+$/;
/** A value that starts with a day of the calendar: 2025-03-20, 2025-03-20T09:00. */
const DAY_START = /^\d{4}-\d{2}-\d{2}/;
/** What makes a date a bound, not a day something happens on: 前, 以前, 起, 后. */
const BOUND_AFTER = /^(?:[前起后]|以[前后]|之[前后])/;
/** "That day", before a clock time: 当日, 当天, 同日. */
const THAT_DAY_BEFORE = /(?:当日|当天|同日)$/;
/** A measure word after a number: 单, 次, 场 (三单, 两次). */
const COUNTED = /[单次场天个家笔起例项趟班轮批]/;
/** A weekday's word: 周, 星期, 礼拜. */
const WEEKDAY_WORD = /周|星期|礼拜/;
/** What joins a clock time to the date before it as a range's end or the next day's: 至, 到, 次日. */
const TIME_JOINED = /(?:至|到|[-—~－]|次日|翌日|首日|当晚|当天|每天|每日|期间)$/;
/** What stands between a weekday in brackets and a clock time after it: the bracket, a space. */
const AFTER_BRACKET = /^[)）]\s?$/;

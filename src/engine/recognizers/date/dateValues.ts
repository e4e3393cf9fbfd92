import { isValidDate, ROC_YEAR, type RefDate } from './dateline';
import { lunarDayOf, lunarMonthEnd, lunarToGregorian, lunarYearFor } from './lunarCalendar';
import { isSolarTerm, solarTermDate } from './solarTerms';
import { parsePeriod } from './datePeriods';
import { pad, parseNumber } from '../text/numerals';
import { CN_DAY, DAY_PART_AT_END, DAY_PARTS, ERA_FIRST_YEARS, FESTIVAL_TAIL, NUMBERED_YEAR } from './datePatterns';

// DATE values (the normalizer): the ISO 8601 value of a date expression as date.ts found it, given
// the article's reference date and the date named last: parseDate, and the ends of ranges, weekdays,
// clock times and fiscal years it needs.

/**
 * A fiscal year's months where the text says when it ends, in brackets after it or before it:
 * 2024财年（截至2025年3月31日） and 截至2025年3月的2024财年 are 2024-04/2025-03. Its name alone says no months.
 */
export function fiscalYearEnding(said: string, text: string, start: number, end: number): string | undefined {
  const fy = FISCAL_YEAR.exec(said);
  if (!fy) return undefined;
  const m = FISCAL_END_AFTER.exec(text.slice(end, end + 16)) ?? FISCAL_END_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  const [year, month] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!(month >= 1 && month <= 12) || (year !== Number(fy[1]) && year !== Number(fy[1]) + 1)) return undefined;
  const first = new Date(Date.UTC(year, month - 12, 1));
  return `${iso(first.getUTCFullYear(), first.getUTCMonth() + 1)}/${iso(year, month)}`;
}
const FISCAL_YEAR = /^((?:19|20)\d{2})财年$/;
const FISCAL_END_AFTER = /^[（(]截至((?:19|20)\d{2})年(\d{1,2})月/;
const FISCAL_END_BEFORE = /截至((?:19|20)\d{2})年(\d{1,2})月(?:\d{1,2}日)?的$/;

const ROC_YEAR_ONLY = new RegExp(`^${ROC_YEAR}$`);

export interface Parsed {
  year?: number;
  month?: number;
  day?: number;
  /** Whether the text names its year itself (2025年, 去年) rather than taking the dateline's. */
  ownYear?: boolean;
  /** ISO value when one can be given. */
  value?: string;
}

/**
 * The value of a range's second date. Without a year of its own it is in the first date's year,
 * or the next when its month comes earlier (1998年12月30日至1月2日).
 */
export function rangeEnd(a: Parsed, b: Parsed, nextDay: boolean): string | undefined {
  if (b.value?.startsWith('T') && a.value?.includes('T')) return clockEnd(a.value, b.value, nextDay);
  // 2023年1月至今年5月 without a dateline: the end names a year we cannot number.
  if (b.ownYear && b.year === undefined) return undefined;
  if (!b.value || b.ownYear || a.year === undefined || b.month === undefined || a.month === undefined) return b.value;
  // A month earlier than the first one is in the next year.
  const year = pad(a.year + (b.month < a.month ? 1 : 0), 4);
  return b.value
    .split('/')
    .map((v) => (v.startsWith('--') ? `${year}-${v.slice(2)}` : v.replace(/^\d{4}-/, `${year}-`)))
    .join('/');
}

/**
 * The end of 下午2时至4时 is 16:00, on the day of the start when it has one; after 次日 it is on
 * the next day (6月10日22时至次日6时), or the clock time alone, earlier than the start (a daily
 * period that runs past midnight: 谷段22:00—次日8:00 is T22:00/T08:00).
 */
function clockEnd(a: string, b: string, nextDay: boolean): string {
  const [day, from] = a.split('T');
  if (nextDay) return day ? `${followingDay(day)}${b}` : b;
  const [ah, bh] = [Number(from.slice(0, 2)), Number(b.slice(1, 3))];
  const hour = ah >= 12 && bh < 12 && bh + 12 > ah ? bh + 12 : bh;
  return `${day}T${pad(hour, 2)}${b.slice(3)}`;
}

/** The day after an ISO day, with its year or without (--06-30 → --07-01, in a common year). */
function followingDay(day: string): string {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const d = new Date(Date.UTC(m[1] === '-' ? 2001 : Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
  return m[1] === '-' ? iso(undefined, d.getUTCMonth() + 1, d.getUTCDate()) : isoOf(d);
}

/** A day in milliseconds. */
const DAY = 24 * 3600 * 1000;
const HALF_YEAR = 183 * DAY;
export const REL_YEARS: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 明: 1, 来: 1, 前: -2, 后: 2 };
const REL_DAYS: Record<string, number> = { 今: 0, 昨: -1, 明: 1, 前: -2, 后: 2 };
/**
 * Whether a holiday said without its year, at `time` in the dateline's year, means next year's:
 * it is more than half a year past (元旦 in a page of 2025-12-29 is 2026-01-01; news speaks of
 * last year's with 去年).
 */
function meansNextYear(time: number, year: number | undefined, ref: RefDate | undefined, hadYear: boolean): boolean {
  return !hadYear && ref !== undefined && year === ref.year && time < Date.UTC(ref.year, ref.month - 1, ref.day) - HALF_YEAR;
}

const TEN_MONTHS = 300 * DAY;

/** The ISO week (2019-W32) of a day: the week of its Thursday, in that Thursday's year. */
function isoWeek(d: Date): string {
  const thursday = new Date(d.getTime() + (4 - (d.getUTCDay() || 7)) * DAY);
  const year = thursday.getUTCFullYear();
  return `${pad(year, 4)}-W${pad(Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1, 2)}`;
}

/** -1, 0 or 1: the year from the dateline's of a month it names without one (the middle of the month). */
function yearAcross(ref: RefDate, month: number): number {
  const gap = Date.UTC(ref.year, month - 1, 15) - Date.UTC(ref.year, ref.month - 1, ref.day);
  return gap > TEN_MONTHS ? -1 : gap < -TEN_MONTHS ? 1 : 0;
}

/** Holidays on a weekday of a month: [month, weekday (1 Monday … 7 Sunday), which one, days after it]. */
const NTH_WEEKDAY: Readonly<Record<string, readonly [number, number, number, number]>> = {
  母亲节: [5, 7, 2, 0],
  父亲节: [6, 7, 3, 0],
  感恩节: [11, 4, 4, 0],
  黑色星期五: [11, 4, 4, 1],
  黑五: [11, 4, 4, 1],
};

function nthWeekday(year: number, [month, weekday, nth, after]: readonly [number, number, number, number]): Date {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay() || 7;
  return new Date(Date.UTC(year, month - 1, 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1) + after));
}

/**
 * The value of a day whose Gregorian date moves from year to year, a lunar date or holiday, a weekday of a month (感恩节) or a
 * solar term, in the year said or the dateline's (中秋 → 2025-10-06, 冬至 → 2025-12-21, 黑五 → 2025-11-28, 春节前一天 →
 * 2025-01-28, 腊月 → its days); only the year said where the tables end. Undefined for other names.
 */
function movingDayValue(name: string, dayBefore: boolean, year: number | undefined, ref: RefDate | undefined, hadYear: boolean): Parsed | undefined {
  const lunar = lunarDayOf(name);
  const nth = NTH_WEEKDAY[name];
  if (!lunar && !nth && !isSolarTerm(name)) return undefined;
  if (year === undefined) return {};
  const isPast = (date: Date) => meansNextYear(date.getTime(), year, ref, hadYear);
  let date: Date | undefined;
  if (lunar) {
    const lunarYear = lunarYearFor(lunar, year, isPast);
    date = lunarToGregorian(lunarYear, dayBefore ? { ...lunar, shift: (lunar.shift ?? 0) - 1 } : lunar);
    const end = lunar.day === undefined ? lunarMonthEnd(lunarYear, lunar) : undefined;
    if (date && end) return { value: `${isoOf(date)}/${isoOf(end)}` };
  } else {
    // A weekday of a month or a solar term, in the year said, or the next where that one has passed.
    const dayIn = (y: number) => (nth ? nthWeekday(y, nth) : solarTermDate(name, y));
    date = dayIn(year);
    if (date && isPast(date)) date = dayIn(year + 1);
    if (date && dayBefore) date = new Date(date.getTime() - DAY);
  }
  if (!date) return hadYear ? { year, ownYear: true, value: pad(year, 4) } : {};
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), value: isoOf(date) };
}

/** A weekday said by its name alone (星期二, 周二, 礼拜二), with its day's character; null for anything more. */
export function weekdayAlone(said: string): RegExpExecArray | null {
  const m = WEEKDAY_NAMED.exec(said);
  return m && m[0] === said ? m : null;
}

/** The ISO date of `date` if `weekday` (星期二, 周二) is its day of the week. */
export function weekdayOf(date: Parsed, weekday: string): string | undefined {
  const m = weekdayAlone(weekday);
  if (!m || date.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (d.getUTCDay() || 7) === weekdayNumber(m[1]!) ? isoOf(d) : undefined;
}
/**
 * The ISO date (and clock time) of a weekday said alone (周二, 周四晚间) in the dateline's week, up to the dateline's
 * own day; a later day of the week is unsaid (周五 in Monday's news is last week's or the coming one).
 */
export function dayOfDatelineWeek(ref: RefDate, said: string): string | undefined {
  const m = WEEKDAY_NAMED.exec(said);
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay() || 7;
  const weekday = m ? weekdayNumber(m[1]!) : 8;
  const time = m ? clockOf(said.slice(m[0].length)) : undefined;
  if (weekday > today || time === undefined) return undefined;
  return isoOf(new Date(Date.UTC(ref.year, ref.month - 1, ref.day - today + weekday))) + time;
}
/** A weekday by its name, at the start: 星期二, 周二, 礼拜二. */
const WEEKDAY_NAMED = /^(?:星期|周|礼拜)([一二三四五六日天])/;
/** 1 for 一 (Monday) to 7 for 日 or 天 (Sunday). */
const weekdayNumber = (day: string): number => '一二三四五六'.indexOf(day) + 1 || 7;
const isoOf = (date: Date): string => iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

const FIXED_FESTIVALS: Record<string, [number, number]> = {
  元旦: [1, 1], 五一: [5, 1], 十一: [10, 1], 情人节: [2, 14], 妇女节: [3, 8], 植树节: [3, 12], 愚人节: [4, 1], 世界读书日: [4, 23], 世界水日: [3, 22], 世界卫生日: [4, 7], 世界地球日: [4, 22], 世界知识产权日: [4, 26], 世界无烟日: [5, 31], 世界环境日: [6, 5], 世界海洋日: [6, 8], 世界粮食日: [10, 16], 国际博物馆日: [5, 18], 国际护士日: [5, 12], 国际禁毒日: [6, 26], 国际家庭日: [5, 15], 消费者权益日: [3, 15], 劳动节: [5, 1], 五一节: [5, 1], 青年节: [5, 4],
  儿童节: [6, 1], 建党节: [7, 1], 建军节: [8, 1], 教师节: [9, 10], 国庆: [10, 1], 国庆节: [10, 1], 国庆日: [10, 1], 万圣节: [10, 31],
  双十节: [10, 10], 双十一: [11, 11], 双11: [11, 11], 双十二: [12, 12], 双12: [12, 12], '6·18': [6, 18], 618: [6, 18], '11.11': [11, 11], '11·11': [11, 11], 平安夜: [12, 24], 圣诞节: [12, 25], 耶诞节: [12, 25], 圣诞: [12, 25], 耶诞: [12, 25], // 耶诞: Taiwan's Christmas
};

/** The first and last day of a day range after its month: 24~26日, 五日至八日. */
const DAY_RANGE_PARTS = new RegExp(`^(\\d{1,2}|${CN_DAY})日?[-~〜—至到](\\d{1,2}|${CN_DAY})[日号]`);

/** A lunar date after its lunar year (农历2023年腊月廿八): the year is the lunar year's. */
const LUNAR_YEAR_DATE = /^(?:农历|阴历)(\d{4}|[〇○零一二三四五六七八九]{4})年(.+)$/;

/**
 * The parts and ISO value of a matched date; undefined when the match is not a real date
 * (13月, 32日). A yearless date takes the dateline's year, or the year across its turn (yearAcross;
 * never back for a `deadline`); a bare day the month of `last`.
 */
export function parseDate(s: string, ref?: RefDate, last?: Parsed, deadline = false): Parsed | undefined {
  let m: RegExpExecArray | null;
  s = s.replace(/^(\d{4})年度(?=第?[一二三四1-4]季)/, '$1年'); // 2025年度第三季度 is 2025年第三季度
  if ((m = LUNAR_YEAR_DATE.exec(s))) {
    const lunar = lunarDayOf(m[2]!);
    const date = lunar && lunarToGregorian(parseNumber(m[1]!)!, lunar);
    return date ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), ownYear: true, value: isoOf(date) } : { year: parseNumber(m[1]!), ownYear: true };
  }
  // 国庆中秋, 圣诞元旦: the days from the earlier holiday to the later (元旦 after 圣诞 is the next year's).
  if ((m = /^(.*?)(圣诞|国庆|中秋)(元旦|新年|中秋|国庆)(.*)$/.exec(s))) {
    const [a, b] = [parseDate(m[1]! + m[2]!.replace(/^圣诞$/, '圣诞节'), ref, last, deadline), parseDate(m[1]! + m[3] + m[4], ref, last, deadline)];
    if (a?.value && b?.month !== undefined && b.value && /^(?:元旦|新年)$/.test(m[3]!)) b.value = rangeEnd(a, { ...b, ownYear: false }, false);
    const [from, to] = [a?.value, b?.value].sort();
    return { ...a, value: from && to && from.length === to.length ? `${from}/${to}` : undefined };
  }
  // 蛇年春节: the festival of the zodiac's year nearest the dateline's (the lunar year starts in its Gregorian year).
  if ((m = /^([鼠牛虎兔龙蛇马羊猴鸡狗猪])年(?=春节|除夕|大年|正月|元宵)(.+)$/.exec(s))) {
    if (!ref) return {};
    const shift = ('鼠牛虎兔龙蛇马羊猴鸡狗猪'.indexOf(m[1]!) - ((ref.year - 2020) % 12) + 18) % 12 - 6; // 2020 was a 鼠年
    return parseDate(`${ref.year + shift}年${m[2]}`, ref, last, deadline);
  }
  if (/[廿卅](?![^日号]*[月年])/.test(s) && !/^(?:农历|阴历|[正腊冬]月)/.test(s)) s = s.replace(/廿/g, '二十').replace(/卅/g, '三十'); // 十月卅日
  if ((m = /^(1[0-2]\d)(\d{2})(\d{2})$/.exec(s))) s = `${m[1]}-${m[2]}-${m[3]}`; // 1140315, a closing code (EDITOR_CODE)
  if ((m = /^(\d{4}|1[0-2]\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T| {0,2})(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s))) {
    // (A year of three digits is the Republic's: 114-06-12 is 2025-06-12.)
    const [y, mo, d] = [m[1]!.length === 3 ? 1911 + Number(m[1]) : Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(y, mo, d)) return undefined;
    const time = m[4] ? clock(Number(m[4]), Number(m[5]), m[6] ? Number(m[6]) : undefined) : '';
    if (time === undefined) return undefined;
    return { year: y, month: mo, day: d, value: iso(y, mo, d) + time };
  }
  if ((m = /^([今昨明前去])\((\d{1,4})\)([日年])$/.exec(s))) return parseTaiwanRelative(m[1]!, Number(m[2]), m[3] === '年', ref);
  // 上周五, 本周三, 下周一 (and its part of the day, 本周五晚间): a day of the week before, of or after the dateline's (weeks start on Monday);
  // 本周末 its Saturday and Sunday, 上周 the ISO week.
  if ((m = /^(上个?|下个?|本|这)(?:周|星期|礼拜)(?:([一二三四五六日天])(?:[早上中下晚傍凌夜][午上间晨晚里]?|白天)?|(末)|(?:))$/.exec(s))) {
    if (!ref) return {};
    const shift = m[1]!.startsWith('上') ? -7 : m[1]!.startsWith('下') ? 7 : 0;
    const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay() || 7;
    const dayOfWeek = (weekday: number) => new Date(Date.UTC(ref.year, ref.month - 1, ref.day - today + weekday + shift));
    if (m[3]) return { value: `${isoOf(dayOfWeek(6))}/${isoOf(dayOfWeek(7))}` };
    if (!m[2]) return { value: isoWeek(dayOfWeek(1)) };
    const d = dayOfWeek(weekdayNumber(m[2]));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), value: isoOf(d) };
  }
  // 2025-09 (a month), or a season over two years (2025-26赛季: the second is no month).
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    const [year, second] = [Number(m[1]), Number(m[2])];
    if (second === (year + 1) % 100) return { value: `${year}/${year + 1}` };
    return { year, month: second, ownYear: true, value: iso(year, second) };
  }
  if ((m = /^(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2}))?$/.exec(s))) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    const time = m[3] ? clock(Number(m[3]), Number(m[4])) : '';
    if (!isValidDate(ref?.year, mo, d) || time === undefined) return undefined;
    return { year: ref?.year, month: mo, day: d, value: iso(ref?.year, mo, d) + time };
  }
  const period = parsePeriod(s, ref);
  if (period !== null) return period;
  if (s === '元年') return { year: 1, ownYear: true, value: '0001' }; // 公元元年
  if ((m = /^(\d{4})[AE]?$/.exec(s))) return { year: Number(m[1]), ownYear: true, value: m[1] }; // 2024赛季, 2025E
  if ((m = /^(\d{4})年?\s?[-—–~至到/]\s?(\d{4}|\d{2}(?=(?:课税)?年))(?:(?:课税)?年度?)?$/.exec(s))) {
    const to = m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]!;
    return Number(m[1]) < Number(to) ? { value: `${m[1]}/${to}` } : undefined;
  }
  // A school year or a season, of one year or more (2025-26学年: the second year's century is the first's).
  if ((m = /^(\d{4})(?:\s?[-—–~\/至]\s?(\d{4}|\d{2}))?(?:学年度?|[赛球]季)$/.exec(s))) {
    const to = m[2] === undefined ? undefined : m[2].length === 2 ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[2]);
    if (to === undefined) return { year: Number(m[1]), ownYear: true, value: m[1] };
    return Number(m[1]) < to ? { value: `${m[1]}/${to}` } : undefined;
  }
  if ((m = /^(\d{4})\.(\d{2})$/.exec(s))) return { year: Number(m[1]), month: Number(m[2]), ownYear: true, value: iso(Number(m[1]), Number(m[2])) };
  if ((m = /^(\d{4})\.(\d{1,2})\s?[-—–~至]\s?(\d{4})\.(\d{1,2})$/.exec(s))) {
    const [from, to] = [iso(Number(m[1]), Number(m[2])), iso(Number(m[3]), Number(m[4]))];
    return from < to ? { value: `${from}/${to}` } : undefined;
  }
  if ((m = /^(?:(\d{4})年?)?(?:Q([1-4])|H([12]))$/.exec(s))) {
    const year = m[1] ? Number(m[1]) : ref?.year;
    // A quarter's months, or a half-year's (2025H1: January to June).
    const [first, last] = m[2] ? [Number(m[2]) * 3 - 2, Number(m[2]) * 3] : [Number(m[3]) * 6 - 5, Number(m[3]) * 6];
    return { value: `${iso(year, first)}/${iso(year, last)}` };
  }
  if (/^(?:本|这个|上个|下个|上|下)季度$/.test(s)) return {};
  let rest = s;
  const take = (re: RegExp): RegExpExecArray | null => {
    const r = re.exec(rest);
    if (r) rest = rest.slice(r[0].length);
    return r;
  };
  let year: number | undefined;
  let yearKnown = false; // a zodiac year, or 今年 without a dateline, names a year we cannot number
  if ((m = take(NUMBERED_YEAR))) {
    // 民国115年 is 2026: the Republic's years count from 1912 (民国元年), Japan's eras from their first (令和元年 is 2019).
    // 24年12月 is of this century up to the dateline's next year.
    const era = m[5] ? ERA_FIRST_YEARS[m[5]]! - 1 : 1911;
    const eraYear = m[4] ?? m[6];
    // (佛历2567年 is 2024: the Buddhist era is 543 years ahead.)
    year = m[1] ? parseNumber(m[1]) : m[2] ? undefined : m[3] ? Number(m[3]) : m[7] ? Number(m[7]) - 543 : era + (eraYear === '元' ? 1 : (parseNumber(eraYear!) ?? NaN));
    if (m[1] && ROC_YEAR_ONLY.test(m[1])) year = 1911 + Number(m[1]); // 114年6月 (recognizeDates keeps it to Taiwan's news)
    if (m[1]?.length === 2 && year !== undefined) year += year <= ((ref?.year ?? 2025) % 100) + 1 ? 2000 : 1900;
    yearKnown = year !== undefined && !Number.isNaN(year);
  } else if ((m = take(/^(今|去|明|来|前|上|本|后)一?年/))) {
    year = ref ? ref.year + REL_YEARS[m[1]] : undefined;
    yearKnown = year !== undefined;
  } else if ((m = take(/^(同|当|次|翌)年/))) {
    // `ref` is the year named last here (recognizeDates).
    year = ref ? ref.year + (m[1] === '次' || m[1] === '翌' ? 1 : 0) : undefined;
    yearKnown = year !== undefined;
  } else if (take(/^[鼠牛虎兔龙蛇马羊猴鸡狗猪]年/)) {
    yearKnown = false;
  } else if (ref) {
    year = ref.year;
    yearKnown = /^(?:年|岁|上半年|下半年|前半年|后半年|第?[一二三四1-4]季|[一1][至到\-—][二三四2-4]季|[前首头][^天])/.test(rest); // 年初, 一季度, 第3季, 一至三季度, 前三季度: of this year
  }
  const hadYear = s !== rest;
  const moving = movingDayValue(rest.replace(FESTIVAL_TAIL, '').replace(DAY_PART_AT_END, ''), rest.endsWith('前一天'), year, ref, hadYear);
  if (moving) return moving;
  if ((m = /^[前首头](?:([一二两三1-3])个?季度?|(.+?)个?月)$/.exec(rest))) {
    const n = parseNumber(m[1] ?? m[2]);
    const last = m[1] ? n && n * 3 : n;
    if (!last || last > 12) return undefined;
    const y = yearKnown ? year : undefined;
    return { year, value: `${iso(y, 1)}/${iso(y, last)}` };
  }
  let month: number | undefined;
  let day: number | undefined;
  if ((m = take(/^(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])[-—–~至到](\d{1,2}|十[一二]?|[一二三四五六七八九])|([一二三四五六七八九]|十一)([二三四五六七八九]|二))月份?$/))) {
    const [from, to] = m[1] ? [parseNumber(m[1])!, parseNumber(m[2])!] : [parseNumber(m[3])!, parseNumber(m[3] === '十一' ? '十二' : m[4])!];
    if (!from || from >= to || to > 12 || (m[3] && to !== from + 1)) return undefined;
    const y = yearKnown || !hadYear ? year : undefined;
    return { year, value: `${iso(y, from)}/${iso(y, to)}` };
  } else if ((m = take(/^(\d{1,2}|[一二三四五六七八九十]{1,2}|元)月份?/))) {
    month = m[1] === '元' ? 1 : parseNumber(m[1]);
    if (!month || month > 12) return undefined;
  } else if ((m = take(/^(本|这个|上个|下个|上|下|)月(?=[初底末])/) ?? take(/^(本|这个|上个|下个|上|下)月/) ?? /^()(?:上中|中下|[上中下])旬$/.exec(s))) {
    if (!ref) return {};
    const shifted = new Date(Date.UTC(ref.year, ref.month - 1 + (m[1].startsWith('上') ? -1 : m[1].startsWith('下') ? 1 : 0), 1));
    year = shifted.getUTCFullYear();
    month = shifted.getUTCMonth() + 1;
  } else if ((m = take(/^(1[0-2]|0?[1-9])(\d{2})日/) ?? take(/^(?=3[2-9]|[4-9][1-9])(\d)(\d)日/) ?? (/^\d{4}$/.test(String(year)) && hadYear ? take(/^([1-9])([1-9])日/) : null))) {
    month = Number(m[1]);
    day = Number(m[2]);
    // 112日 is 1月12日 or 11月2日: the one nearer the dateline (a page of 2025-11-03 means 11月2日);
    // 101日 is 10月1日, as a month written without its 0 comes with a day written without one.
    const other = /^(1[0-2])([1-9])$/.exec(m[1] + m[2]);
    if (other && m[2]!.startsWith('0')) [month, day] = [Number(other[1]), Number(other[2])];
    else if (other && ref) {
      const [m2, d2] = [Number(other[1]), Number(other[2])];
      const from = (mo: number, d: number) => Math.abs(Date.UTC(ref.year, mo - 1, d) - Date.UTC(ref.year, ref.month - 1, ref.day));
      if (from(m2, d2) < from(month, day)) [month, day] = [m2, d2];
    }
  }
  // A month of the dateline's year more than ten months away from it is of the year across the
  // turn: 12月 in a report of 15 January is last December, 1月1日 in one of 27 December next January.
  if (month !== undefined && !hadYear && ref && year === ref.year) year += Math.max(yearAcross(ref, month), deadline ? 0 : -1);
  if ((month !== undefined || (!hadYear && /^\d/.test(rest))) && (m = take(DAY_RANGE_PARTS))) {
    const [from, to] = [parseNumber(m[1]!)!, parseNumber(m[2]!)!];
    // Days alone (19至21日) continue the last month named, as a bare day does.
    if (month === undefined) {
      if (last?.month === undefined) return from && from < to && to <= 31 ? { value: `---${pad(from, 2)}/---${pad(to, 2)}` } : undefined;
      [month, year] = [last.month, last.year];
    }
    const y = yearKnown || !hadYear ? year : undefined;
    if (!from || from >= to || !isValidDate(year, month, to)) return undefined;
    return { year, month, value: `${iso(y, month, from)}/${iso(y, month, to)}` };
  }
  if (day === undefined && (m = take(/^(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]/))) {
    day = parseNumber(m[1]);
    if (month === undefined && !hadYear && last?.month !== undefined) {
      month = last.month;
      year = last.year;
    }
  }
  if (day !== undefined && !isValidDate(year, month ?? 1, day)) return undefined;
  if ((m = /^(大)?(今|昨|明|前|后)(?:天|日|晨|早|晚|夜)/.exec(s))) {
    if (!ref) return {};
    // 大前天, 大后天: a day further (three days before or after).
    const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + REL_DAYS[m[2]!]! + (m[1] ? Math.sign(REL_DAYS[m[2]!]!) : 0)));
    [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    // 今晚8时 is 20:00.
    rest = (/[晚夜]$/.test(m[0]) ? '晚' : '') + rest.slice(m[0].length);
  }
  // (A named day's own date before it is its date: ４·２３世界读书日.)
  const name = rest.replace(FESTIVAL_TAIL, '').replace(/^[\d０-９]{1,2}·[\d０-９]{1,2}(?=[\u4e00-\u9fff])/, '');
  const festival = FIXED_FESTIVALS[name] ?? FIXED_FESTIVALS[name.replace(/^(?:三八|五一|五四|六一|七一|八一)/, '')]; // 三八妇女节
  if (festival && month === undefined) {
    [month, day] = festival;
    if (year !== undefined && meansNextYear(Date.UTC(year, month - 1, day), year, ref, hadYear)) year++;
    if (rest.endsWith('前一天')) {
      const d = new Date(Date.UTC(year ?? 2001, month - 1, day - 1));
      [month, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
      if (year !== undefined) year = d.getUTCFullYear();
    }
    return { year, month, day, value: iso(year, month, day) };
  }
  const parts: Parsed = { year, month, day, ownYear: hadYear };
  // A date names its year only when it says so, or when it is a month or day of the dateline's year.
  const y = yearKnown || month !== undefined ? year : undefined;
  // A quarter or half said without a year we can number (一季度, 今年上半年 in an article without a dateline) is of a year we cannot number: --01/--03,
  // as 今年前三季度 is --01/--09.
  const dated = y !== undefined || year === undefined;
  // (A year's 中期 before its results is the interim, the first half: 2025年中期业绩.)
  // (…and a fiscal year's half: 2024年度下半年, 113年度下半年.)
  const half = /^度?(上|前|下|后)?半年(度|末)?$/.exec(rest.replace(/^中期$/, '半年'));
  const quarter = /^(?:第?([一二三四1-4])|首)季度?(初|末|底)?$/.exec(rest); // 明年首季: the first
  const quarters = /^[一1](?:至|到|-|—)([二三四2-4])季度$/.exec(rest);
  // 三四季度: two neighbouring quarters named together.
  const pair = /^([一二三])([二三四])季度$/.exec(rest);
  if (pair && dated) return { ...parts, value: `${iso(y, parseNumber(pair[1])! * 3 - 2)}/${iso(y, parseNumber(pair[2])! * 3)}` };
  // 2025年第24周, 二〇二五年第十一周: the year's ISO week, 2025-W24 (none without a year we can number).
  const week = month === undefined ? /^第(\d{1,2}|[一二三四五六七八九十]{1,3})周$/.exec(rest) : null;
  if (week) return y === undefined ? { ...parts } : { ...parts, value: `${pad(y, 4)}-W${pad(parseNumber(week[1]!)!, 2)}` };
  // 今年H1, 今年Q2: as 2025H1 and 2025Q2 are.
  const code = /^(?:Q([1-4])|H([12]))$/.exec(rest);
  if (code && dated) return { ...parts, value: code[1] ? `${iso(y, Number(code[1]) * 3 - 2)}/${iso(y, Number(code[1]) * 3)}` : code[2] === '1' ? `${iso(y, 1)}/${iso(y, 6)}` : `${iso(y, 7)}/${iso(y, 12)}` };
  // (半年度 alone, of a half-year report, is the first half.)
  // (上半年末, the end of the first half, is its last month.)
  if (half && dated) return { ...parts, value: half[2] === '末' ? iso(y, /[下后]/.test(half[1] ?? '') ? 12 : 6) : !half[1] || /[上前]/.test(half[1]) ? `${iso(y, 1)}/${iso(y, 6)}` : `${iso(y, 7)}/${iso(y, 12)}` };
  if (quarter && dated) {
    const q = quarter[1] ? parseNumber(quarter[1])! : 1;
    // A quarter ending more than ten months after the dateline is last year's, as a month is: 四季度 in a report of 22 January.
    const yq = y !== undefined && !hadYear && ref && y === ref.year ? y + Math.min(0, yearAcross(ref, q * 3)) : y;
    // The start or end of a quarter is its first or last month: 三季度末 → 2025-09.
    if (quarter[2]) return { ...parts, value: iso(yq, quarter[2] === '初' ? q * 3 - 2 : q * 3) };
    return { ...parts, value: `${iso(yq, q * 3 - 2)}/${iso(yq, q * 3)}` };
  }
  // The start or end of a year is its first or last month, as 2月底 is February: 2025年底 → 2025-12, 年初 → 2025-01, 2022年伊始 → 2022-01.
  const edge = /^(?:年?([初底末])|岁([初末])|年终|伊始)$/.exec(rest);
  if (edge && dated && month === undefined && day === undefined) return { ...parts, value: iso(y, (edge[1] ?? edge[2]) === '初' || rest === '伊始' ? 1 : 12) };
  if (quarters && dated) return { ...parts, value: `${iso(y, 1)}/${iso(y, parseNumber(quarters[1])! * 3)}` };
  if (month === undefined && day === undefined) {
    if (yearKnown && year !== undefined) return { ...parts, value: /季度|半年/.test(rest) ? undefined : pad(year, 4) };
    const time = clockOf(rest); // 21时28分 → T21:28; 25:23 is a score, not a time
    return time === undefined ? undefined : { ...parts, value: time || undefined };
  }
  if (month === undefined) return { ...parts, value: iso(undefined, undefined, day) };
  // A third of a month is its days: 5月下旬 → 2025-05-21/2025-05-31, 上中旬 the first twenty.
  const tenDays = day === undefined ? TEN_DAYS_OF.exec(rest) : null;
  if (tenDays) {
    const [first, last] = [tenDays[1] ?? tenDays[2], tenDays[2]];
    const [from, to] = [first === '上' ? 1 : first === '中' ? 11 : 21, last === '上' ? 10 : last === '中' ? 20 : daysIn(year ?? 2000, month)];
    return { ...parts, value: `${iso(y, month, from)}/${iso(y, month, to)}` };
  }
  const time = clockOf(rest);
  if (time === undefined) return undefined;
  return { ...parts, value: iso(y, month, day) + (day !== undefined ? time : '') };
}

/** 上旬, 中旬, 下旬 and two of them together (上中旬, 中下旬): the first third named, and the last. */
const TEN_DAYS_OF = /^(上|中)?(上|中|下)旬$/;
/** The days in a month (a year not known counts February's 29th). */
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** 昨(25)日: the day is written out, the month is the dateline's (the one before when the day has not come yet); 今(2025)年: the year. */
function parseTaiwanRelative(rel: string, n: number, isYear: boolean, ref?: RefDate): Parsed | undefined {
  if (isYear) return { year: n, ownYear: true, value: pad(n, 4) };
  if (!isValidDate(undefined, 1, n)) return undefined;
  if (!ref) return { day: n, value: iso(undefined, undefined, n) };
  const near = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + (REL_DAYS[rel] ?? 0)));
  const month = near.getUTCDate() === n ? near.getUTCMonth() + 1 : ref.month;
  const year = near.getUTCDate() === n ? near.getUTCFullYear() : ref.year;
  return isValidDate(year, month, n) ? { year, month, day: n, value: iso(year, month, n) } : undefined;
}

const CLOCK_PARTS = new RegExp(
  String.raw`(${DAY_PARTS}|早|晚)? ?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?|(\d{1,2}|[^\d时点]{1,3})[时点](?:(\d{1,2}|[^\d分半]{1,3})分|(半))?(?:(\d{1,2})秒)?)`,
);

/** "T14:01" from the clock part of a date (下午3时 → T15:00), '' when there is none. */
function clockOf(rest: string): string | undefined {
  const m = CLOCK_PARTS.exec(rest);
  if (!m) return '';
  let hour = approximateFirst(m[2] ?? m[5]) ?? parseNumber(m[2] ?? m[5]);
  if (hour === undefined) return '';
  // In the afternoon or evening 1-11 are hours after noon; 12 at night is the midnight that ends the day (晚上12点: 24:00),
  // in the small hours the one that starts it (凌晨12点: 00:00).
  if (m[1] && /下午|傍晚|晚|夜/.test(m[1]) && hour >= 1 && hour < 12) hour += 12;
  else if (m[1] && /晚|夜/.test(m[1]) && hour === 12) hour = 24;
  else if (m[1] === '凌晨' && hour === 12) hour = 0;
  const minute = m[3] ? Number(m[3]) : m[6] ? parseNumber(m[6]) ?? 0 : m[7] ? 30 : 0; // 3点半 → 03:30
  return clock(hour, minute, m[4] ? Number(m[4]) : m[8] ? Number(m[8]) : undefined);
}

/** Two neighbouring numerals say "about" (凌晨两三点: 2 or 3 o'clock, not 23): the first. */
function approximateFirst(numerals: string): number | undefined {
  if (!/^[一二两三四五六七八九]{2}$/.test(numerals)) return undefined;
  const [a, b] = [parseNumber(numerals[0]!), parseNumber(numerals[1]!)];
  return a !== undefined && a < 10 && b === a + 1 ? a : undefined;
}

function clock(h: number, mi: number, s?: number): string | undefined {
  if (h > 24 || (h === 24 && mi > 0) || mi > 59 || (s ?? 0) > 59) return undefined;
  return `T${pad(h, 2)}:${pad(mi, 2)}${s !== undefined ? ':' + pad(s, 2) : ''}`;
}

export function iso(year: number | undefined, month?: number, day?: number): string {
  if (year !== undefined) return pad(year, 4) + (month ? '-' + pad(month, 2) + (day ? '-' + pad(day, 2) : '') : '');
  if (month) return '--' + pad(month, 2) + (day ? '-' + pad(day, 2) : '');
  return '---' + pad(day ?? 0, 2);
}

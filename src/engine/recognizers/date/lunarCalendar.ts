import { parseNumber } from '../text/numerals';

/**
 * The Chinese lunisolar calendar of lunar years 2014-2031, from the published calendar: the
 * Gregorian month and day of each year's first day (春节), its leap month (0: none), and the
 * lengths of its months in order, the leap month right after the month it repeats (1: 30 days,
 * 0: 29). Lunar dates and holidays (中秋, 腊八, 农历八月十五) have a Gregorian value in these years
 * and none outside them.
 */
const YEARS: Readonly<Record<number, readonly [number, number, number, string]>> = {
  2014: [1, 31, 9, '0101010110101'],
  2015: [2, 19, 0, '010010111010'],
  2016: [2, 8, 0, '101001011011'],
  2017: [1, 28, 6, '0101001010111'],
  2018: [2, 16, 0, '010100101011'],
  2019: [2, 5, 0, '101010010011'],
  2020: [1, 25, 4, '0111010010101'],
  2021: [2, 12, 0, '011010101010'],
  2022: [2, 1, 0, '101011010101'],
  2023: [1, 22, 2, '0100110110101'],
  2024: [2, 10, 0, '010010110110'],
  2025: [1, 29, 6, '1010010101110'],
  2026: [2, 17, 0, '101001001110'],
  2027: [2, 6, 0, '110100100110'],
  2028: [1, 26, 5, '1110100100110'],
  2029: [2, 13, 0, '110101010011'],
  2030: [2, 3, 0, '010110101010'],
  2031: [1, 23, 3, '0110101101010'],
};

/** A day (or, without `day`, a whole month) of the lunar calendar, in a lunar year still to choose. */
export interface LunarDay {
  month: number;
  day?: number;
  leap?: boolean;
  /** Days from that day: the eve of the new year is the day before its first (除夕, 大年三十). */
  shift?: number;
}

/** Holidays kept on the lunar calendar. */
const HOLIDAYS: Readonly<Record<string, LunarDay>> = {
  春节: { month: 1, day: 1 },
  农历新年: { month: 1, day: 1 },
  除夕: { month: 1, day: 1, shift: -1 },
  除夕夜: { month: 1, day: 1, shift: -1 },
  大年夜: { month: 1, day: 1, shift: -1 },
  大年三十: { month: 1, day: 1, shift: -1 },
  // (the north's 小年; the south keeps it a day later)
  小年: { month: 12, day: 23 },
  小年夜: { month: 12, day: 23 },
  元宵: { month: 1, day: 15 },
  元宵节: { month: 1, day: 15 },
  端午: { month: 5, day: 5 },
  端午节: { month: 5, day: 5 },
  七夕: { month: 7, day: 7 },
  七夕节: { month: 7, day: 7 },
  中秋: { month: 8, day: 15 },
  中秋节: { month: 8, day: 15 },
  重阳节: { month: 9, day: 9 },
  腊八: { month: 12, day: 8 },
  腊八节: { month: 12, day: 8 },
  龙抬头: { month: 2, day: 2 },
  佛诞: { month: 4, day: 8 },
};

const LUNAR_DATE = /^(农历|阴历)?(闰)?(正|腊|十[一二]?|[一二三四五六七八九])月(?:(初)([一二三四五六七八九十])|(十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十)|(廿)([一二三四五六七八九]))?$|^(?:大|农历)?年初([一二三四五六七八九十])$/;

/**
 * The lunar day a holiday or a lunar date names (中秋, 大年初三, 农历年初一, 农历闰六月初一, 腊月二十三, 五月初五;
 * 腊月 alone is the month), if it is one. A month and day in numerals is lunar only when it says
 * so: 农历, 正月 or 腊月, or a day written 初五 or 廿八 (八月十五 alone is the Gregorian 15 August).
 */
export function lunarDayOf(s: string): LunarDay | undefined {
  const holiday = HOLIDAYS[s] ?? HOLIDAYS[s.replace(/^(?:农历|阴历)/, '')]; // 农历春节
  if (holiday) return holiday;
  const m = LUNAR_DATE.exec(s);
  if (!m) return undefined;
  if (m[9]) return { month: 1, day: parseNumber(m[9]) };
  if (!m[1] && m[3] !== '正' && m[3] !== '腊' && !m[4] && !m[7]) return undefined;
  const month = m[3] === '正' ? 1 : m[3] === '腊' ? 12 : parseNumber(m[3]!)!;
  const day = m[5] ? parseNumber(m[5]) : m[6] ? parseNumber(m[6]) : m[8] ? 20 + parseNumber(m[8])! : undefined;
  return { month, day, leap: m[2] !== undefined };
}

/** The Gregorian date of `d` in lunar year `year`, or undefined outside the calendar or the month (no 三十 in a short month). */
export function lunarToGregorian(year: number, d: LunarDay): Date | undefined {
  const row = YEARS[year];
  if (!row) return undefined;
  const [startMonth, startDay, leapMonth, lengths] = row;
  if (d.leap && leapMonth !== d.month) return undefined;
  const index = d.month - 1 + (leapMonth && (d.month > leapMonth || (d.leap && d.month === leapMonth)) ? 1 : 0);
  const day = d.day ?? 1;
  if (day > 29 + Number(lengths[index])) return undefined;
  let offset = day - 1 + (d.shift ?? 0);
  for (let k = 0; k < index; k++) offset += 29 + Number(lengths[k]);
  return new Date(Date.UTC(year, startMonth - 1, startDay + offset));
}

/** The last day of the lunar month of `d` in lunar year `year`. */
export function lunarMonthEnd(year: number, d: LunarDay): Date | undefined {
  return lunarToGregorian(year, { ...d, day: 30 }) ?? lunarToGregorian(year, { ...d, day: 29 });
}

/**
 * The lunar year meant by a lunar date said in Gregorian year `year`: the one whose date (a
 * month's middle) falls in that year (腊八 in a January page is the last lunar year's), else the
 * lunar year of that number; the next one when `isPast` says that date is long gone (a date
 * said without its year, more than half a year before the dateline).
 */
export function lunarYearFor(d: LunarDay, year: number, isPast: (date: Date) => boolean): number {
  const day = { ...d, day: d.day ?? 15 };
  let lunarYear = lunarToGregorian(year - 1, day)?.getUTCFullYear() === year ? year - 1 : year;
  const date = lunarToGregorian(lunarYear, day);
  if (date && isPast(date)) lunarYear++;
  return lunarYear;
}

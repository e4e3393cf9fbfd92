import { parseNumber } from '../text/numerals';

/**
 * The Chinese lunisolar calendar of lunar years 1950-2100, from the published calendar: the
 * Gregorian month and day of each year's first day (春节), its leap month (0: none), and the
 * lengths of its months in order, the leap month right after the month it repeats (1: 30 days,
 * 0: 29). Lunar dates and holidays (中秋, 腊八, 农历八月十五) have a Gregorian value in these years
 * and none outside them.
 */
const YEARS: Readonly<Record<number, readonly [number, number, number, string]>> = {
  1950: [2, 17, 0, '011011001010'],
  1951: [2, 6, 0, '101101010101'],
  1952: [1, 27, 5, '0101010110101'],
  1953: [2, 14, 0, '010011011010'],
  1954: [2, 3, 0, '101001011011'],
  1955: [1, 24, 3, '0101001010111'],
  1956: [2, 12, 0, '010100101011'],
  1957: [1, 31, 8, '1010100101010'],
  1958: [2, 18, 0, '111010010101'],
  1959: [2, 8, 0, '011010101010'],
  1960: [1, 28, 6, '1010110101010'],
  1961: [2, 15, 0, '101010110101'],
  1962: [2, 5, 0, '010010110110'],
  1963: [1, 25, 4, '1010010101110'],
  1964: [2, 13, 0, '101001010111'],
  1965: [2, 2, 0, '010100100110'],
  1966: [1, 21, 3, '1110100100110'],
  1967: [2, 9, 0, '110110010101'],
  1968: [1, 30, 7, '0101101010101'],
  1969: [2, 17, 0, '010101101010'],
  1970: [2, 6, 0, '100101101101'],
  1971: [1, 27, 5, '0100101011101'],
  1972: [2, 15, 0, '010010101101'],
  1973: [2, 3, 0, '101001001101'],
  1974: [1, 23, 4, '1101001001101'],
  1975: [2, 11, 0, '110100100101'],
  1976: [1, 31, 8, '1101010100101'],
  1977: [2, 18, 0, '101101010100'],
  1978: [2, 7, 0, '101101101010'],
  1979: [1, 28, 6, '1001011011010'],
  1980: [2, 16, 0, '100101011011'],
  1981: [2, 5, 0, '010010011011'],
  1982: [1, 25, 4, '1010010010111'],
  1983: [2, 13, 0, '101001001011'],
  1984: [2, 2, 10, '1011001001011'],
  1985: [2, 20, 0, '011010100101'],
  1986: [2, 9, 0, '011011010100'],
  1987: [1, 29, 6, '1010110110100'],
  1988: [2, 17, 0, '101010110110'],
  1989: [2, 6, 0, '100101010111'],
  1990: [1, 27, 5, '0100100101111'],
  1991: [2, 15, 0, '010010010111'],
  1992: [2, 4, 0, '011001001011'],
  1993: [1, 23, 3, '0110101001010'],
  1994: [2, 10, 0, '111010100101'],
  1995: [1, 31, 8, '0110101100101'],
  1996: [2, 19, 0, '010110101100'],
  1997: [2, 7, 0, '101010110110'],
  1998: [1, 28, 5, '1001001101101'],
  1999: [2, 16, 0, '100100101110'],
  2000: [2, 5, 0, '110010010110'],
  2001: [1, 24, 4, '1101010010101'],
  2002: [2, 12, 0, '110101001010'],
  2003: [2, 1, 0, '110110100101'],
  2004: [1, 22, 2, '0101101010101'],
  2005: [2, 9, 0, '010101101010'],
  2006: [1, 29, 7, '1010101011011'],
  2007: [2, 18, 0, '001001011101'],
  2008: [2, 7, 0, '100100101101'],
  2009: [1, 26, 5, '1100100101011'],
  2010: [2, 14, 0, '101010010101'],
  2011: [2, 3, 0, '101101001010'],
  2012: [1, 23, 4, '1011010101010'],
  2013: [2, 10, 0, '101011010101'],
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
  2032: [2, 11, 0, '100101101101'],
  2033: [1, 31, 11, '0100101011101'],
  2034: [2, 19, 0, '010010101101'],
  2035: [2, 8, 0, '101001001101'],
  2036: [1, 28, 6, '1101001001011'],
  2037: [2, 15, 0, '110100100101'],
  2038: [2, 4, 0, '110101010010'],
  2039: [1, 24, 5, '1101101010100'],
  2040: [2, 12, 0, '101101011010'],
  2041: [2, 1, 0, '010101101101'],
  2042: [1, 22, 2, '0100101011011'],
  2043: [2, 10, 0, '010010011011'],
  2044: [1, 30, 7, '1010010010111'],
  2045: [2, 17, 0, '101001001011'],
  2046: [2, 6, 0, '101010100101'],
  2047: [1, 26, 5, '1011010100101'],
  2048: [2, 14, 0, '011011010010'],
  2049: [2, 2, 0, '101011011010'],
  2050: [1, 23, 3, '0101010110110'],
  2051: [2, 11, 0, '100100110111'],
  2052: [2, 1, 8, '0100100101111'],
  2053: [2, 19, 0, '010010010111'],
  2054: [2, 8, 0, '011001001011'],
  2055: [1, 28, 6, '0110101001010'],
  2056: [2, 15, 0, '111010100101'],
  2057: [2, 4, 0, '011010110010'],
  2058: [1, 24, 4, '1010101101100'],
  2059: [2, 12, 0, '101010101110'],
  2060: [2, 2, 0, '100100101110'],
  2061: [1, 21, 3, '1100100101110'],
  2062: [2, 9, 0, '110010010110'],
  2063: [1, 29, 7, '1101010010101'],
  2064: [2, 17, 0, '110101001010'],
  2065: [2, 5, 0, '110110100101'],
  2066: [1, 26, 5, '0101101010101'],
  2067: [2, 14, 0, '010101101010'],
  2068: [2, 3, 0, '101001101101'],
  2069: [1, 23, 4, '0101001011101'],
  2070: [2, 11, 0, '010100101101'],
  2071: [1, 31, 8, '1010100101011'],
  2072: [2, 19, 0, '101010010101'],
  2073: [2, 7, 0, '101101001010'],
  2074: [1, 27, 6, '1011010101010'],
  2075: [2, 15, 0, '101011010101'],
  2076: [2, 5, 0, '010101011010'],
  2077: [1, 24, 4, '1010010111010'],
  2078: [2, 12, 0, '101001011011'],
  2079: [2, 2, 0, '010100101011'],
  2080: [1, 22, 3, '1010100100111'],
  2081: [2, 9, 0, '011010010011'],
  2082: [1, 29, 7, '0111001010011'],
  2083: [2, 17, 0, '011010101010'],
  2084: [2, 6, 0, '101011010101'],
  2085: [1, 26, 5, '0100110110101'],
  2086: [2, 14, 0, '010010110110'],
  2087: [2, 3, 0, '101001010111'],
  2088: [1, 24, 4, '0101001001110'],
  2089: [2, 10, 0, '110100010110'],
  2090: [1, 30, 8, '1110100100110'],
  2091: [2, 18, 0, '110101010010'],
  2092: [2, 7, 0, '110110101010'],
  2093: [1, 27, 6, '0110101101010'],
  2094: [2, 15, 0, '010101101101'],
  2095: [2, 5, 0, '010010101110'],
  2096: [1, 25, 4, '1010010011101'],
  2097: [2, 12, 0, '101000101101'],
  2098: [2, 1, 0, '110100010101'],
  2099: [1, 21, 2, '1101100100101'],
  2100: [2, 9, 0, '110101010010'],
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

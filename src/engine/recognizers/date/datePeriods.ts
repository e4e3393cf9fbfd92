import type { RefDate } from './dateline';
import { CN_DIGIT, pad, parseNumber } from '../text/numerals';

// DATE forms that are not a Gregorian day, month or year (datePatterns.ts has those): decades and
// parts of centuries, lunar dates, solar terms, fiscal years and this year's seasons (今冬明春).
// Patterns match the width-folded text; parsePeriod gives their values.
//
// A bare century (面向21世纪, 21世纪经济报道) is mostly an epoch or a name, so only a century with
// a part or a decade is a date: 19世纪末, 本世纪末, 20世纪90年代. A century or decade part without
// exact bounds keeps the period it lies in (80年代初 → 1980/1989). Centuries count from year
// (n-1)00, as 20世纪90年代 is 1990/1999. A fiscal year's bounds depend on who keeps it: its value
// is its name as TIMEX writes it (2024财年 FY2024, 2025财年第四季度 FY2025-Q4).
// Lunar dates and solar terms are valued in dateValues.ts (lunarCalendar.ts, solarTerms.ts).

const NOT_BEFORE_CN = `(?<![${CN_DIGIT}十百千])`;
/** 20世纪, 二十一世纪, 本世纪, 上个世纪 */
const CENTURY = String.raw`(?:(?<![\d.])\d{1,2}|${NOT_BEFORE_CN}(?:二十[一二]?|十[一二三四五六七八九]?|[一二三四五六七八九])|本|上个?|下个?)世纪`;
/** 90年代, 1990年代, 九十年代, 六七十年代 */
const DECADE = String.raw`(?:(?<![\d.])\d{2}|(?<![\d.])\d{3}0|${NOT_BEFORE_CN}[一二三四五六七八九]{1,2}十)年代`;
const DECADE_PART = '(?:初期?|末期?|中期|中叶|前期|后期)';
const CENTURY_PART = '(?:初期?|末期?|末叶|中期|中叶|前期|后期|上半叶|下半叶)';
/** A decade, or a century with a decade or a part. The counting guard comes from the caller. */
export const DECADE_RE = `${CENTURY}(?:${DECADE}${DECADE_PART}?|${CENTURY_PART})|${DECADE}${DECADE_PART}?`;

const LUNAR_MONTH = '(?:正|腊|闰?(?:十[一二]?|[一二三四五六七八九]))月';
const LUNAR_DAY = '(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)';
/**
 * 农历正月初一, 农历新年, 腊月二十三, 正月, 五月初五 (a day written 初五 is always lunar; in
 * 一月初一直 the 一 starts 一直). A Chinese-numeral month and day without 日 and without 农历
 * (八月十五) stays unread.
 */
export const LUNAR_RE = `(?:农历|阴历)(?:新年|${LUNAR_MONTH}${LUNAR_DAY}?)|[正腊]月${LUNAR_DAY}?|${NOT_BEFORE_CN}(?:十[一二]?|[一二三四五六七八九])月(?:初(?:一(?![直度样般些定切])|[二三四五六七八九十])|廿[一二三四五六七八九])(?![日号])`;
export const LUNAR_ONLY = new RegExp(`^(?:${LUNAR_RE})$`);

/** 宜春分行, 长春分公司: a place ending in 春 or 秋 before 分行. */
const NOT_BRANCH = '(?![行公局社部店院厂校会])';
/** The 24 solar terms; those that are also common words (雨水, 清明, 小满, 白露, 大雪, 小雪) only where the text says it is the term (白露节气, 小满当天), 白露 (white dew) also as a time since or after (白露以来; not 大雪以来, since the heavy snow). */
export const SOLAR_TERMS = `(?:雨水|小满|白露|小雪|大雪)(?=节气|时节|当天|前后|之际|这天|来临|将至)|白露(?=以来|过后)|立春|惊蛰|(?<![青宜长阳永])春分${NOT_BRANCH}|谷雨|立夏|芒种|夏至|小暑|大暑|立秋|(?<![到各住此])处暑|秋分${NOT_BRANCH}|寒露|霜降|立冬|冬至|小寒(?![潮流])|大寒(?![潮流])`;

/** A quarter, half, start or end of a fiscal year after its name: 第四季度, 第四财季, Q4, 上半年, H1, 末; its first quarters, 前三财季. */
const FISCAL_PART = String.raw`(?:第?[一二三四1-4](?:季度?(?!节)|财季)|[前首][二三两2-3]财季|Q[1-4](?![A-Za-z\d])|[上下]半年|H[12](?![A-Za-z\d])|[初末底])`;
/** A fiscal year as English writes it: FY2025, FY 2025, FY26 (and its quarter after a space: FY26 Q2). */
const FY = String.raw`(?<![A-Za-z\d])FY ?(?:(?:19|20)\d{2}|\d{2}(?!\d))`;
/** 2025财年, 2024/25财年, 2024/2025财年, 本财年, 上一财政年度, 2025财政年 (as Singapore and Malaysia write it), and a quarter or half of one: 2025财年第四季度 (or 第四季, as Hong Kong and Taiwan write it), 第四财季, 前三财季, 本财季, 下半财年, 2025财年上半年; its start or end, as 年底 is the year's: 2024财年末. */
export const FISCAL_RE = String.raw`(?:(?<![\d.])\d{4}(?:\/(?:\d{4}|\d{2}))?年?|(?<![〇○零一二三四五六七八九])[〇○零一二三四五六七八九]{4}年?|本|今|上一?个?|下一?个?)(?:财年|财政年度?)${FISCAL_PART}?|${FY}(?: ?(?:Q[1-4]|H[12])(?![A-Za-z\d])|${FISCAL_PART}|(?![A-Za-z\d]))|(?<![\d${CN_DIGIT}])(?:第[一二三四1-4]|[前首][二三两2-3])财季|(?:本|上一?个?|下一?个?)财季|[上下]半财年`;
const FISCAL_ONLY = new RegExp(`^(?:${FISCAL_RE})$`);
/** A fiscal year named by its year, and the quarter or half of it named: 2025财年Q4, 二〇二五财年上半年, FY2025第四财季. */
const NAMED_FISCAL = /^(?:FY ?(\d{4}|\d{2})|(\d{4}|[〇○零一二三四五六七八九]{4})年?(?:财年|财政年度?))(?:第?([一二三四1-4])(?:季度?|财季)| ?Q([1-4])|([上下])半年| ?H([12]))?$/;

/**
 * The TIMEX name of a fiscal year or of its quarter or half (FY2024, FY2025-Q4, FY2025-H1): which months it
 * spans depends on who keeps it, which date.ts reads where the text says (fiscalYearEnding). None for a
 * fiscal year named by its distance from now (本财年), by two years (2024/25财年), or for its start or end.
 */
function fiscalValue(s: string): { value?: string } {
  const m = NAMED_FISCAL.exec(s);
  if (!m) return {};
  // (FY26 is FY2026.)
  const year = `FY${pad(m[1]?.length === 2 ? 2000 + Number(m[1]) : parseNumber(m[1] ?? m[2]!)!, 4)}`;
  const quarter = m[3] ?? m[4];
  if (quarter) return { value: `${year}-Q${parseNumber(quarter)}` };
  const half = m[5] ?? m[6];
  return { value: half ? `${year}-H${half === '上' || half === '1' ? 1 : 2}` : year };
}

/**
 * This year's seasons and two years or days named together: 今春, 今冬明春, 去冬今春, 今明两年.
 * (今春节 is this year's Spring Festival; 去冬 alone is mostly 去 + 冬奥会, 冬季...)
 */
export const REL_SEASON_RE = '去冬今春|今冬明春|今[春夏秋冬](?!节)|今明两[年天]';

/**
 * A five-year plan's period (the first 1953–1957, the third from 1966): “十四五”时期 is 2021–2025, “九五”期间 1996–2000.
 * Only where the period is meant (时期, 期间, 以来, 末), not the plan (“十四五”规划); the quotes are not the span's.
 */
const FIVE_YEAR = '(?:十[一二三四五六]?|[一二三四五六七八九])五';
export const FIVE_YEAR_RE = `(?<=[“"「‘])${FIVE_YEAR}(?=[”"」’](?:时期|期间|以来|末|初期|前期|中期|后期))|(?<![\\u4e00-\\u9fff])${FIVE_YEAR}(?=时期|期间)`;
const FIVE_YEAR_ONLY = new RegExp(`^${FIVE_YEAR}$`);

/**
 * The value of a period form: `{}` when it has none, undefined when it is not a real period
 * (25年代), null when `s` is not one of these forms.
 */
export function parsePeriod(s: string, ref?: RefDate): { value?: string } | undefined | null {
  if (FISCAL_ONLY.test(s)) return fiscalValue(s);
  if (FIVE_YEAR_ONLY.test(s)) {
    // (The third began in 1966, after three years of adjustment.)
    const n = parseNumber(s.slice(0, -1))!;
    const first = n < 3 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
    return { value: `${first}/${first + 4}` };
  }
  if (/^[去今][冬春夏秋]|^今明/.test(s)) return relativeSeason(s, ref);
  const m = /^(?:(.+?)世纪)?(?:(.+?)年代)?(.*)$/.exec(s)!;
  if (!m[1] && !m[2]) return null;
  const century = m[1] ? centuryOf(m[1], ref) : undefined;
  // 本世纪末 without a dateline has no value; 上世纪80年代 reads as 80年代 then.
  if (!m[2]) return century === undefined ? {} : { value: `${pad(century * 100 - 100, 4)}/${pad(century * 100 - 1, 4)}` };
  const decade = decadeOf(m[2], century);
  return decade && { value: `${pad(decade[0], 4)}/${pad(decade[1], 4)}` };
}

/** Seasons keep the year they lie in: 今冬 → 2025, 去冬今春 → 2024/2025. */
function relativeSeason(s: string, ref?: RefDate): { value?: string } {
  if (!ref) return {};
  const y = ref.year;
  if (s === '今明两天') return { value: `${isoDay(ref, 0)}/${isoDay(ref, 1)}` };
  if (s.startsWith('去')) return { value: `${pad(y - 1, 4)}/${pad(y, 4)}` };
  return { value: s.length > 2 ? `${pad(y, 4)}/${pad(y + 1, 4)}` : pad(y, 4) };
}

function isoDay(ref: RefDate, shift: number): string {
  return new Date(Date.UTC(ref.year, ref.month - 1, ref.day + shift)).toISOString().slice(0, 10);
}

/** 本世纪 is the dateline's century; 上(个)/下(个)世纪 the one before or after it. */
function centuryOf(s: string, ref?: RefDate): number | undefined {
  const shift = s.startsWith('本') ? 0 : s.startsWith('上') ? -1 : s.startsWith('下') ? 1 : undefined;
  if (shift === undefined) return parseNumber(s) || undefined;
  return ref && Math.floor(ref.year / 100) + 1 + shift;
}

/** First and last year of 90年代, 1990年代, 九十年代, 六七十年代 (1960/1979); in 20世纪 when no century is named. */
function decadeOf(s: string, century = 20): [number, number] | undefined {
  if (/^\d{4}$/.test(s)) return [Number(s), Number(s) + 9];
  const base = (century - 1) * 100;
  if (/^\d{2}$/.test(s)) return Number(s) % 10 ? undefined : [base + Number(s), base + Number(s) + 9];
  const digits = [...s.replace(/十$/, '')].map((c) => parseNumber(c)!);
  if (digits.length === 2 && digits[1] !== digits[0] + 1) return undefined;
  return [base + digits[0] * 10, base + digits[digits.length - 1] * 10 + 9];
}

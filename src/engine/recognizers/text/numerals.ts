// Numbers as Chinese news writes them: ASCII or full-width digits, Chinese numerals (五百亿,
// 三十一, 一九九八), and mixed forms (1.2万亿). Recognizers match on a width-folded copy of the
// text, which has the same length, so every match offset is an offset into the original.

import { halfWidth } from './halfWidth';

/**
 * Full-width ASCII (U+FF01-FF5E) mapped down to ASCII and the ideographic space to a space; same
 * length. The full-width comma stays: in Chinese text it separates clauses and list items (１２０，
 * ３００元), never the thousands of a number.
 */
export function foldWidth(text: string): string {
  return halfWidth(text, /[\uff01-\uff0b\uff0d-\uff5e\u3000]/g);
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The formal numerals of contracts and invoices (壹佰捌拾陆万伍仟元), read as their common forms; traditional script's too (壹佰貳拾億元). */
const FORMAL: Record<string, string> = { 壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千' };
export const CN_FORMAL = Object.keys(FORMAL).join('');
const FORMAL_RE = new RegExp(`[${CN_FORMAL}]`, 'g');

/** Chinese digit characters, for building patterns. */
export const CN_DIGIT = '零〇○一二两三四五六七八九';
/** Chinese numeral characters including the place units. */
export const CN_NUMERAL = CN_DIGIT + '十百千万亿';

/**
 * The value of a number written with digits, Chinese numerals or both: 482, 572.7, 1,200, 1.2万亿,
 * 五百亿, 三十一, 一九九八 (read digit by digit), 三点五, 4·5 (a decimal point in older print).
 * Approximations keep their lower bound (二十六七 → 26, 40多 → 40, 100多亿 → 100亿, 20几 → 20, 十来 → 10); a digit
 * after a unit is a tenth of it (一千六 → 1600, 一万二 → 12000); undefined when there is no
 * definite number (几十, 数亿) or the text is not a number.
 */
export function parseNumber(raw: string): number | undefined {
  const s = foldWidth(raw).replace(/[,，]/g, '').replace(/(?<=\d)·(?=\d)/g, '.').replace(/[多余]|(?<=[\d十])[几来]/g, '').replace(FORMAL_RE, (c) => FORMAL[c]!);
  if (!s || /[几数]/.test(s)) return undefined;
  // 一千六, 两万五: the next digit said without its unit is a tenth of the one before (1600, 25000; not 一千零六).
  const spoken = SPOKEN.exec(s);
  if (spoken) {
    const high = parseBig(spoken[1]!);
    const unit = SPOKEN_UNITS[spoken[2]!]!;
    return high === undefined ? undefined : round(high + (DIGITS[spoken[3]!]! * unit) / 10);
  }
  return parseBig(s);
}
const SPOKEN = /^(.*[一二两三四五六七八九]([百千万亿]))([一二两三四五六七八九])$/;
const SPOKEN_UNITS: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** 兆 is 10^12 as Taiwan and Hong Kong write it (mainland news writes 万亿). */
const BIG_UNITS = [['兆', 1e12], ['亿', 1e8], ['万', 1e4]] as const;

function parseBig(s: string): number | undefined {
  for (const [unit, scale] of BIG_UNITS) {
    const i = s.lastIndexOf(unit);
    if (i < 0) continue;
    const high = i === 0 ? 1 : parseBig(s.slice(0, i));
    // 一万零五百: the 零 after a big unit only says a group is skipped.
    const rest = s.slice(i + 1).replace(/^[零〇]/, '');
    const low = rest ? parseBig(rest) : 0;
    if (high === undefined || low === undefined) return undefined;
    return round(high * scale + low);
  }
  return parseSmall(s);
}

/** Below 万: 482, 5.5, 三千二百, 十二, 一九九八, 三点五, 3千. */
function parseSmall(s: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const point = s.indexOf('点');
  if (point > 0) {
    const whole = parseSmall(s.slice(0, point));
    const frac = [...s.slice(point + 1)].map((c) => DIGITS[c]);
    if (whole === undefined || !frac.length || frac.some((d) => d === undefined)) return undefined;
    return Number(`${whole}.${frac.join('')}`);
  }
  // A run of digits only (一九九八, 二〇二五) is read digit by digit.
  if ([...s].every((c) => c in DIGITS) && s.length > 1) {
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let current: number | undefined;
  let afterUnit = false;
  for (const m of s.matchAll(/\d+(?:\.\d+)?|./g)) {
    const t = m[0];
    const unit = SMALL_UNITS[t];
    if (unit) {
      total += (current ?? 1) * unit;
      current = undefined;
      afterUnit = true;
    } else if (t in DIGITS || /^\d/.test(t)) {
      const d = t in DIGITS ? DIGITS[t] : Number(t);
      if (d === 0 && afterUnit) continue; // 三千零五
      if (current === undefined) current = d;
      else if (!afterUnit) return undefined;
      // else: a second digit after a unit is an approximate range (二十六七): keep the first.
    } else {
      return undefined;
    }
  }
  return round(total + (current ?? 0));
}

/** Floating-point products like 1.2 * 1e12 come out as 1199999999999.9998; numbers here have few digits. */
function round(n: number): number {
  return Number(n.toPrecision(12));
}

/** `n` in decimal, zero-padded to `width` digits (ISO years, months, days, hours). */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

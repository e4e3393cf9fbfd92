import { CN_FORMAL, parseNumber } from '../text/numerals';
import { CN, CURRENCY_SIGN, CURRENCY_WORD, GRADE, ONE_DIGIT, TO } from './amountPatterns';
import { LOWER_SURFACES, SIGNS, SURFACES, type Unit, UNITS } from './amountUnits';

// AMOUNT values (the normalizer): the number and unit of an amount as amount.ts found it (482亿元 →
// 48200000000 CNY, 25% → 0.25 percent, a range as "low/high"): parseAmount.

const YUAN_JIAO_FEN = new RegExp(`^(.+)元(?:(${ONE_DIGIT})角)?(?:零?(${ONE_DIGIT})分)?$`);

const KUAI_MAO = new RegExp(`^(?:(.+)块)?(${ONE_DIGIT})[毛角]?(?:(${ONE_DIGIT})分?)?$`);

const GRADE_ONLY = new RegExp(`^(${GRADE})([元吨])?级$`);

const SIGN_FIRST = new RegExp(`^(?:${CURRENCY_SIGN}|${CURRENCY_WORD})`);

export const HAS_NUMERAL = new RegExp(`[\\d零〇○一二两三四五六七八九十几数上${CN_FORMAL}]`);

/** Where a range splits into its two numbers. */
export const RANGE_SPLIT = new RegExp(`${TO}(?=[\\d${CN}几数上]|[百千万]分之)`);

export interface ParsedAmount {
  value?: number | string;
  unit?: string;
  kind: Unit['kind'] | 'magnitude';
}

/** A range of tenths: 一至两成. */
const TENTHS_RANGE = new RegExp(`^(.+?)${TO}(.+)成$`);

/** Value and unit of a matched amount (width-folded); undefined when the number part is not a number. */
export function parseAmount(s: string): ParsedAmount | undefined {
  let m: RegExpExecArray | null;
  if ((/[块毛]/.test(s) && !/[块毛]钱$/.test(s) && (m = KUAI_MAO.exec(s))) || (/元.*[角分]$/.test(s) && (m = YUAN_JIAO_FEN.exec(s)))) {
    const [yuan, jiao, fen] = [m[1] ? amountNumber(m[1]) : 0, m[2] ? parseNumber(m[2]) : 0, m[3] ? parseNumber(m[3]) : 0];
    if (yuan === undefined || jiao === undefined || fen === undefined) return undefined;
    return { value: Math.round((yuan + jiao / 10 + fen / 100) * 100) / 100, unit: 'CNY', kind: 'currency' };
  }
  if ((m = GRADE_ONLY.exec(s))) {
    const value = parseNumber(m[1].length === 1 ? '一' + m[1] : m[1]);
    return m[2] === '元' ? { value, unit: 'CNY', kind: 'currency' } : m[2] ? { value, unit: 't', kind: 'measure' } : { value, kind: 'magnitude' };
  }
  if ((m = TENTHS_RANGE.exec(s))) {
    const [lo, hi] = [amountNumber(m[1]!), amountNumber(m[2]!)];
    return { value: range(lo === undefined ? lo : scaled(lo, 0.1), hi === undefined ? hi : scaled(hi, 0.1), true), unit: 'percent', kind: 'percent' };
  }
  // 一成半 and 一成五 are 15%.
  if ((m = /^(.+)成(半|[一二三四五六七八九])?$/.exec(s))) {
    const n = amountNumber(m[1]);
    const tenth = m[2] === '半' ? 0.5 : m[2] ? parseNumber(m[2])! / 10 : 0;
    return n === undefined ? undefined : { value: scaled(n + tenth, 0.1), unit: 'percent', kind: 'percent' };
  }
  if ((m = SIGN_FIRST.exec(s))) {
    // ¥30元: the sign and 元 say the same.
    // US$500 million, US$290m, HK$1.2bn: the English scale word or its abbreviation after the number.
    // 港币18仙: cents.
    const scale = /(?:million|\dmn?)$/.test(s) ? 1e6 : /(?:billion|\dbn?)$/.test(s) ? 1e9 : s.endsWith('仙') ? 0.01 : 1;
    const parts = s.slice(m[0].length).trim().replace(/[元仙]$|\s?(?:million|billion)$|(?<=\d)(?:mn|m|bn|b)$/, '').split(RANGE_SPLIT).map((p) => parseNumber(p)).map((n) => (n === undefined ? n : scaled(n, scale)));
    return { value: range(parts[0], parts[1], parts.length === 2), unit: SIGNS[m[0]] ?? m[0], kind: 'currency' };
  }
  if (/^[百千万]分之/.test(s)) {
    const scale = s.startsWith('万') ? 0.0001 : s.startsWith('千') ? 0.001 : 0.01;
    const parts = s.split(RANGE_SPLIT).map((p) => amountNumber(p.replace(/^[百千万]分之/, '')));
    const [lo, hi] = parts.map((n) => (n === undefined ? undefined : scaled(n, scale)));
    return { value: range(lo, hi, parts.length === 2), unit: 'percent', kind: 'percent' };
  }
  if ((m = /^(\d)米(\d{1,2})$/.exec(s))) return { value: Number(`${m[1]}.${m[2]}`), unit: 'm', kind: 'measure' };
  if ((m = /^([一两])米([一二三四五六七八九]{1,2})$/.exec(s))) return { value: Number(`${m[1] === '一' ? 1 : 2}.${[...m[2]!].map((c) => parseNumber(c)).join('')}`), unit: 'm', kind: 'measure' };
  // 20%多: more than 20%; 万个标准箱 is 万标准箱; 千米/时 is 公里/小时; µg/m3 is μg/m³, μg/kg µg/kg (μg/g µg/g), cm2 cm², mg/m3 mg/m³, Nm3 Nm³, m3 m³.
  const body = s.replace(/^(\d+(?:\.\d+)?)个(?=[至到~〜\-—–])/, '$1').replace(/%多$/, '%').replace(/(?:公里|千米)\/小?时$/, '公里/小时').replace(/[μµ]g\/m[³3]$/, 'μg/m³').replace(/[μµ]g\/(kg|g)$/, 'µg/$1').replace(/cm2$/, 'cm²').replace(/mg\/(N?)m3$/, 'mg/$1m³').replace(/毫克每升$/, '毫克/升').replace(/Nm3(\/h)?$/, 'Nm³$1').replace(/(?<=[\d万亿])m3(\/s)?$/, 'm³$1').replace(/(?<!平)方呎$/, '平方呎').replace(/个标准箱$/, '标准箱');
  // Latin units in any case their pattern takes: 70万kl, 25KWH.
  const lower = body.toLowerCase();
  const surface = SURFACES[LOWER_SURFACES.findIndex((u) => lower.endsWith(u))];
  if (!surface) return undefined;
  const u = UNITS[surface];
  const numbers = body.slice(0, body.length - surface.length).replace(/^(\d+) (\d)/, '$1.$2').replace(/(\d) (?=[万亿])/, '$1');
  const parts = numbers.split(RANGE_SPLIT);
  if (parts.length > 2) return undefined;
  const values = parts.map((part, i) => {
    const p = i === 0 && parts.length === 2 && part.endsWith(surface) ? part.slice(0, -surface.length) : part;
    // 千米, 千克: a unit, not 1000 of one; but 百亿元, 千万吨, 千余万元, 万余吨: a round 100亿, 1000万, 1万 (or more)
    if (!HAS_NUMERAL.test(p) && !/^(?:[百千][余多]?)?[万亿兆]+[余多]?$/.test(p)) return null;
    return amountNumber(p.trim());
  });
  if (values.includes(null)) return undefined;
  // 3至5亿元 is 3亿 to 5亿: a bare first number takes the magnitude the second ends with.
  if (values.length === 2 && !parts[0].endsWith(surface) && !/[万亿兆]/.test(parts[0])) {
    const magnitude = /[万亿兆]+(?=[多余]?$)/.exec(parts[1]);
    if (magnitude) values[0] = amountNumber(parts[0].trim() + magnitude[0]);
  }
  const scale = u.scale ?? 1;
  const [lo, hi] = values.map((v) => (v === null || v === undefined ? undefined : scaled(v, scale)));
  return { value: range(lo, hi, parts.length === 2), unit: u.unit ?? surface, kind: u.kind };
}

/** Two Chinese digits side by side are an approximation (两三元, 七八吨, 三四万元): the lower one. */
function amountNumber(s: string): number | undefined {
  return parseNumber(/^[一二两三四五六七八九]{2}[十百千万亿]*$/.test(s) ? s[0] + s.slice(2) : s);
}

export function range(lo: number | undefined, hi: number | undefined, isRange: boolean): number | string | undefined {
  if (!isRange) return lo;
  return lo !== undefined && hi !== undefined ? `${lo}/${hi}` : undefined;
}

function scaled(n: number, scale: number): number {
  return Number((n * scale).toPrecision(12));
}

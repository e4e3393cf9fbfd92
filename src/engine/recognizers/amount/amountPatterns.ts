import { CN_FORMAL } from '../text/numerals';
import { ScanPattern } from '../text/scan';
import { CURRENCY_WORDS, unitAlternation } from './amountUnits';

// The forms an AMOUNT is written in, as regex sources, and AMOUNTS, the scan of them all: digits and
// Chinese numerals with their magnitudes, ranges, grades (千亿级), fractions (百分之五十), currency
// signs and words before a number, spoken prices. amount.ts reads what each match is.

const UNIT_ANY = `(?:${unitAlternation((u) => !u.digitsOnly)})`;
export const UNIT_DIGITS = `(?:${unitAlternation(() => true)})`;

export const DIGITS = String.raw`\d+(?:,\d{3})*(?:[.·]\d+)?`;
/** Chinese numerals, the formal ones of contracts and invoices too (叁仟贰佰陆拾万元). */
export const CN = `零〇○一二两三四五六七八九十百千万亿兆${CN_FORMAL}`;
/** Not inside a longer number, a name like F1 or an ordinal (第十二); but after an indicator's letters (GDP7689.3亿元, GMV120亿元) or a container unit a freight rate or a depositary share a dividend is per (每FEU4212美元, 每股ADS0.76美元). */
// (数 is a numeral's before a number, 数亿, but a noun's end in 指数, 系数, 人数, 中位数: 价格指数2.1%, 中位数20港元.)
// (…but after 每两, per tael, as Hong Kong prices gold: 每兩40,286港元.)
const INSIDE_CHARS = String.raw`[\d.·第${CN.replace('两', '')}几]`;
const INSIDE = String.raw`(?:${INSIDE_CHARS}|(?<!每)两)`;
// (…nor the grade in the name of Platts' iron-ore index: 普氏62%铁矿石指数; nor a road's stake, a place on it: G356国道K1123+400米处.)
const START = String.raw`(?<!${INSIDE})(?<!(?<![指系倍人次分总函参常位])数)(?<!\d,)(?<!普氏)(?<![Kk]\d{1,5}\+)(?<![A-Za-z](?<!GDP|GMV|CPI|PPI|TEU|FEU|ADS|ADR|tokens|Tokens|token|Token))`;
const MAGNITUDE = '[十百千仟万亿兆多余几来]{0,6}?'; // 20几亿, 10来亿: twenty-odd, ten or so
/** 兆 is 10^12 in Taiwan and Hong Kong, written before the rest: 4兆8470亿元. */
const NUM_DIGITS = `(?:\\d+(?:[.·]\\d+)?[兆亿](?=\\d))?(?:\\d{1,4}万(?=\\d{4}(?!\\d)|\\d,\\d{3}(?![\\d,])|\\d[千百]))?${DIGITS}${MAGNITUDE}`; // 1兆2000亿, 26亿5000万, 1万5000元, 3万2,900元, 1万5千元
/** Chinese numerals, with 几十/数亿/上百 for indefinite ones (not the 上 of 迈上千亿元); 万元 and 亿吨 alone are 1万 and 1亿, but 千米 and 千克 are units. */
const NUM_CN = `(?:[几数]|(?<![迈跃站登踏冲])上(?=[百千万亿]))?[${CN}点几]{1,24}?${MAGNITUDE}`; // bounded: no runaway backtracking on long numeral runs
export const TO = '(?:至|到|~|〜|-|—|–)';
/** The jiao and fen after a sum's yuan. */
export const ONE_DIGIT = `[1-9一二两三四五六七八九${CN_FORMAL.replace(/[拾佰仟万亿]/g, '')}]`;
const JIAO_FEN = `(?:${ONE_DIGIT}角(?:${ONE_DIGIT}分)?|零${ONE_DIGIT}分)`;

/** The same said the market's way, 块 for 元 and 毛 for 角, the 毛 often left out: 3块3, 两块五, 三块八毛, 四毛五. */
const SPOKEN_PRICE_END = '(?=[，,。；;、)）\\s]|$|一[斤个])';

/** An order of magnitude before 级: 万亿级, 千万级, 10万级. */
export const GRADE = '(?:\\d{1,4}[万亿]|[一两二三四五六七八九]?[十百千]?[万亿]|[百千]万|万亿)';

export const CURRENCY_SIGN = String.raw`(?<![A-Za-z])(?:US|HK|NT|MOP|S|A|C|NZ)?\$|[¥￥€£]|(?<![A-Za-z])(?:USD|HKD|MOP|TWD|RMB|CNY|EUR|GBP|JPY|RM)(?=\s?\d)`;
export const CURRENCY_WORD = `(?:${Object.keys(CURRENCY_WORDS).join('|')})`;

/** Every form of an amount, in the order they are tried at a position. */
export const AMOUNTS = new ScanPattern(
  [
    // (First: 百亿元级 and 万吨级 are grades, not 百亿元 or 万吨 and a 级.)
    `${START}${GRADE}[元吨]?级`,
    // (万分之三点二, one in ten thousand; not inside 十万分之一.)
    // (…and a range of them, its unit written once, not one up to a sum after it: 百分之五至十, 下降百分之十一至17.4亿美元.)
    `(?:[百千]|(?<![${CN}\\d])万)分之[${CN}点\\d.]+(?:${TO}[${CN}点\\d.]+(?![${CN}点\\d.]|[元美港欧日英镑分]))?`,
    // A currency sign or code before the number: $100, US$5亿, NT$320亿 (and NT$15亿元), ¥300 (and ¥300元), €20, MOP 385.6亿,
    // and before a range: HK$4.5亿至5.2亿.
    `(?:${CURRENCY_SIGN})\\s?${DIGITS}(?: ?(?:million|billion)(?![A-Za-z])|(?:mn|m|bn|b)(?![A-Za-z])|[万亿兆]*(?:(?<=亿)\\d{1,4}万)?(?:${TO}${DIGITS}[万亿兆]*)?(?:(?<=(?:[¥￥]|NT\\$|HK\\$|MOP\\$?|RMB|CNY)\\s?[\\d.,万亿兆]+)元)?)`,
    // A currency word before a number with no unit after it: 美元120万, 人民币15亿至20亿.
    // (Not an exchange rate, 兑美元7.1, nor a date or a count after it: 日元15日走强.)
    // (港币18仙: Hong Kong cents; 澳门元1亿2千万, 人民币1亿2000万: the ten thousands after the hundred millions.)
    `(?<!兑)${CURRENCY_WORD}\\s?${DIGITS}[万亿兆]*(?:(?<=亿)(?:\\d{1,4}|\\d千)万)?(?:${TO}${DIGITS}[万亿兆]*)?(?:(?<=港[币元]\\s?[\\d.,]+)仙)?(?![\\d.,·千仟万亿兆元仙]|${UNIT_ANY}|[余多日号月年点时分秒个家只件人名次倍岁天周])`,
    // The first amount of a list that writes its unit once, after the last: 分别为1.2亿、3.5亿元 (read with it: LISTED_UNIT).
    `${START}${DIGITS}[万亿兆]+(?=、${DIGITS}[万亿兆]*${UNIT_DIGITS})`,
    // A height said the spoken way: 1米85 is 1.85 m, 一米八 1.8 m.
    `${START}\\d米\\d{1,2}(?![\\d.${CN}])`,
    `${START}[一两]米[一二三四五六七八九]{1,2}(?![${CN}万亿])`,
    // Yuan and jiao (and fen) together are one sum: 1元2角, 二十六元九角, 伍拾元伍角叁分.
    `${START}(?:${NUM_DIGITS}|${NUM_CN})元${JIAO_FEN}`,
    `${START}(?:\\d{1,3}|[一二两三四五六七八九十]{1,2})块${ONE_DIGIT}毛?${SPOKEN_PRICE_END}`,
    `${START}${ONE_DIGIT}毛${ONE_DIGIT}分?${SPOKEN_PRICE_END}`,
    // A number and its unit. A range with the unit written once is one amount (3至5亿元, 10至20%); with
    // the unit written at both ends it is two, each a number with its unit (250元至900元, 10%至20%).
    // Each alternation of the units is written once per form: each is some 3 KB, and the scan
    // splits what passes V8's limit (scan.ts).
    `${START}${NUM_DIGITS}(?:${UNIT_DIGITS}|${TO}${NUM_DIGITS}${UNIT_DIGITS})`,
    // Scraped text that lost its decimal point keeps a space in its place (572 7亿美元, 涨3 64%), and
    // forms and tables write a space before 万 or 亿 (拟奖补50 万元), or before the unit (目标价 28.5 元, 73 吨, 300 PFLOPS, 16 MW).
    `${START}(?:\\d{1,3} \\d{1,2}|${DIGITS} (?=[万亿元吨%％]|美元|港元|[A-Za-z]{2}))${MAGNITUDE}${UNIT_DIGITS}`,
    `${START}零度`,
    // 5个至8个百分点: a range of points that counts each end.
    `${START}${DIGITS}个${TO}${DIGITS}个(?:百分点|基点)`,
    // (Not a weekday's numeral before a currency: 上周五新台币对美元收盘.)
    `${START}(?!(?<=周|星期|礼拜)[一二三四五六日](?![${CN}点]))${NUM_CN}(?:${UNIT_ANY}|${TO}${NUM_CN}${UNIT_ANY})`,
    // 一至两成, 两到三成: a range of tenths, its unit said once (两成到三成 is two).
    `${START}(?:[1-9]|10|[一二两三四五六七八九十])${TO}(?:[1-9]|10|[一二两三四五六七八九十])成(?![为立功本员果就长熟型交绩效年人千万不半])`,
    `${START}(?:[1-9]|10|[一二两三四五六七八九十])成(?:半(?![年天月])|[一二三四五六七八九](?![年月日天个十百千万亿倍成分])|(?![为立功本员果就长熟型交绩效年人千万不半]))`,
    // (…before 为 too where how near it is says it is a share: 约九成为加盟门店, 超过七成为新客户; not 一名学徒成为厂长.)
    `${START}(?<=约|近|超过?|逾|占|达|仅|有)(?:[1-9]|[一二两三四五六七八九])成(?=为)`,
  ],
  // All but 百分之 and a currency sign begin with START: a numeral inside a number starts none.
  // (The guard refuses fewer than START, never more: 两 is START's alone, which 每 may come before.)
  { first: `[\\d${CN.replace(/[百千佰仟]/g, '')}几数上]`, after: INSIDE_CHARS },
);

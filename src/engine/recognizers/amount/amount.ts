import { foldWidth } from '../text/numerals';
import { scan } from '../text/scan';
import type { Candidate, Recognizer } from '../types';
import { AMOUNTS, DIGITS, TO, UNIT_DIGITS } from './amountPatterns';
import { UNITS } from './amountUnits';
import { HAS_NUMERAL, parseAmount } from './amountValues';

// AMOUNT per the guidelines: a number with a currency, a percent sign or a unit of measure
// (OntoNotes MONEY, PERCENT, QUANTITY). A classifier that only counts things (家, 个, 条, 套) is
// not a unit, so 430家 and 500套 never match. Approximation words around the number (约, 近,
// 超过, 左右, 以上) are not part of the span; 多 and 余 inside it are (40多公里).
//
// attrs.value is the number in the written unit (482亿元 → 48200000000, 1200万千瓦 → 12000000
// kW); a percentage is a fraction (25% → 0.25, unit percent); 3个百分点 → 3, percentage-point. A
// range, its unit written once or at both ends, is one amount whose value is the string "low/high"
// (10至20% and 10%至20% → "0.1/0.2"). attrs.unit is an ISO 4217 code for
// currencies, an SI-style symbol for measures, or the unit as written when it has neither.
// Numbers with no definite value (几十万元, 数亿元) carry the unit only.
// The forms matched are in amountPatterns.ts, the units in amountUnits.ts, the values computed in
// amountValues.ts.

const UNIT_ALONE = /^[百千]?[万亿]+[^\d零〇○一二两三四五六七八九十]*$/;
const UNIT_LABEL_BEFORE = /(?:[(（]|单位[:：]\s?|[|｜\t]\s*|[以按每/])$/;
const CELL_AFTER = /^[^\S\n]*[|｜\t]/;
const PER_OUTPUT_AFTER = /^(?:户|GDP|地区生产总值|生产总值|工业增加值|增加值|产值)/;

const FULL_WIDTH_DIGIT = /[０-９]/;

export const recognizeAmounts: Recognizer = ({ text, traditional }) => {
  // ５，０００万元, １，２６０，０００元, １，２００万元: between full-width digits, full-width commas group thousands where one of
  // the groups starts with 0, as no number does, or the first has fewer than three digits, as a list's seldom does
  // (１２０，３００元 is a list; same length, same offsets), or where there are three groups or more, or a decimal part after
  // them (９９９，９９９，８８４．６４元).
  // (幣 is 币 whatever script the rest is in: 人民幣1.62元 in simplified text.)
  const folded = foldWidth(text).replaceAll('幣', '币').replace(/(?<!\d)\d{1,3}(?:，\d{3})+(?!\d)/g, (run, at: number) => (FULL_WIDTH_DIGIT.test(text[at]!) && (run.includes('，0') || run.indexOf('，') < 3 || run.indexOf('，') !== run.lastIndexOf('，') || text[at + run.length] === '．') ? run.replaceAll('，', ',') : run));
  const local = traditional ? localCurrency(folded) : taiwanDollar(folded);
  const out: Candidate[] = [];
  for (const m of scan(AMOUNTS, folded)) {
    // (Not inside the last amount, its unit per a quantity read on: the 100克 of 352微克/100克.)
    if (m.index < (out.at(-1)?.end ?? 0)) continue;
    const end = m.index + m[0].length;
    // 总投资(亿元), 单位：万元: a unit a table's column is counted in, no amount; a table's unit
    // column (| 亿元 | 6832.5) as well, and a unit things are counted in or per (以万元计, 每万元贷款).
    // 万元GDP能耗: per 10,000 yuan of output, an indicator's name (吨标准煤/万元 too); 万元户 a well-off household.
    if (UNIT_ALONE.test(m[0]) && (UNIT_LABEL_BEFORE.test(folded.slice(Math.max(0, m.index - 3), m.index)) || CELL_AFTER.test(folded.slice(end, end + 3)) || PER_OUTPUT_AFTER.test(folded.slice(end, end + 6)))) continue;
    if (inIdiom(folded, m.index, end)) continue;
    // A rating inside a model's code is the code's (GWH252-16MW, MySE18.X-20MW, EN-226/10MW机组): a number inside a name.
    // (…and a unit's letter after a type's letters and a hyphen: F-16V, a fighter's model, no 16 volts.)
    if (MODEL_CODE_BEFORE.test(folded.slice(Math.max(0, m.index - 16), m.index)) || (TYPE_LETTERS_BEFORE.test(folded.slice(Math.max(0, m.index - 4), m.index)) && /[A-Za-z]$/.test(m[0]))) continue;
    // 桶 measures oil where oil is counted (原油库存减少21.9万桶, 投放50多万桶原油), and in barrels a day (18.3万桶/日); 食用油8000桶 counts drums, no quantity.
    if (m[0].endsWith('桶') && !BARRELS_OF_OIL.test(folded.slice(Math.max(0, m.index - 30), m.index)) && !/^(?:的?(?:原油|石油)|\/[日天])/.test(folded.slice(end, end + 3))) continue;
    // 三元材料, 三元前驱体: a ternary battery chemistry, no money; nor 三元桥 and 三元里, nor the dairy 三元股份, nor a pig cross (外三元生猪).
    // (…nor the dairy by its short name where the article names it: 北京三元食品股份有限公司 … 三元将力争.)
    if (m[0] === '三元' && (NOT_THREE_YUAN.test(folded.slice(end, end + 3)) || (/三元(?:食品|乳业|股份)/.test(folded) && !/[\d一二两三四五六七八九十]/.test(folded[m.index - 1] ?? '') && DAIRY_ACTS.test(folded.slice(end, end + 2))))) continue;
    // 零担 (part loads), 零米 and 零元购: 零 alone before a unit is a word's, no amount (零度 is read on its own).
    if (m[0][0] === '零' && m[0] !== '零度' && !HAS_NUMERAL.test(m[0].slice(1))) continue;
    // 1.2亿、3.5亿元: the first amount is read with the unit the list ends with.
    const unit = /[\d万亿兆]$/.test(m[0]) ? (LISTED_UNIT.exec(folded.slice(end, end + 24))?.[1] ?? '') : '';
    const c = amountAt(folded, m.index, m[0], local, unit);
    if (c) out.push(c);
  }
  return withRangesJoined(withListedPerUnit(withPricesPerOne(out, folded), folded), folded);
};

/**
 * A change and the level it comes to, not a range: after a verb of change in the clause, a level far above
 * the change (上调30元至2980元, 调低最优惠利率0.125厘至5.25厘); 增长9%至10% is a range of the growth, and so is any in a forecast (预计…增长1%至5%).
 */
function changeToLevel(folded: string, start: number, low: unknown, high: unknown): boolean {
  return (CHANGE_BEFORE.test(folded.slice(Math.max(0, start - 14), start)) || FROM_BEFORE.test(folded.slice(Math.max(0, start - 5), start))) && !(typeof low === 'number' && typeof high === 'number' && low > 0 && high / low <= 3) && !FORECAST_BEFORE.test(folded.slice(Math.max(0, start - 40), start));
}
/** A forecast earlier in the sentence gives ranges: 预计全年收入在72亿元至76亿元之间，同比增长1%至5%. */
const FORECAST_BEFORE = /(?:预计|预期|预测|有望|指引)[^。；;!！?？\n]*$/;
/** 从 and a bound before the first of two amounts, the level it started at: 年收入从不足5万元到386万元 (票价从80元至1,680元 is a range). */
const FROM_BEFORE = /从(?:不足|不到|约|近|超过|逾)$/;
const CHANGE_BEFORE = /(?:[上下]?调[高低升降]?|上涨|下跌|增加|减少|提高|降低|下降|上升|增长|扩大|缩小|收窄|[增减升降涨跌])了?[^，,。；;：:\d]{0,8}$/;

/** What joins the two ends of a range (the folded text's: ～ and － are ~ and - there). */
const RANGE_JOIN = new RegExp(`^${TO}$`);
const MINUS_SIGN = /[-−]/;

/**
 * A range with its unit written at both ends is one amount, as a range with the unit written once is
 * (640亿元至660亿元 as 640至660亿元, 9%至10%, 0.65元/股至1.08元/股), and as OntoNotes, whose amounts
 * the guidelines follow, and a date range take a range: one span, its value "low/high". Not two
 * amounts of different units (5亿元至10亿美元), nor a change to a level (5元上调至6元: a verb between).
 */
function withRangesJoined(found: Candidate[], folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (let c of found) {
    const prev = out[out.length - 1];
    // (A dash right after an amount is a range's, not the next one's minus sign: 10元-12元.)
    if (prev && c.start === prev.end && MINUS_SIGN.test(folded[c.start]!) && typeof c.attrs?.value === 'number' && c.attrs.value < 0) {
      c = { ...c, start: c.start + 1, attrs: { ...c.attrs, value: -c.attrs.value } };
    }
    const unit = c.attrs?.unit;
    const [low, high] = [prev?.attrs?.value, c.attrs?.value];
    // (A price per a unit said before the range, or after it, is per that unit at both ends: 每桶69.28美元至72.85美元, 10元-12元一斤.)
    const prevUnit = prev?.attrs?.unit;
    const perUnit = (a: unknown, b: unknown): a is string => typeof a === 'string' && a.startsWith(`${String(b)}/`);
    // (A currency written before the low end is the high end's too, its 元 alone: 澳门元3亿2,860万元至4亿1,520万元.)
    const currencyBefore = prev !== undefined && unit === 'CNY' && typeof prevUnit === 'string' && prevUnit !== unit && CURRENCY_OPENING.test(folded.slice(prev.start, prev.end)) && /[^美港日欧澳台币]元$/.test(folded.slice(c.start, c.end));
    const joinedUnit = unit === undefined ? undefined : prevUnit === unit || perUnit(prevUnit, unit) || currencyBefore ? prevUnit : perUnit(unit, prevUnit) ? unit : undefined;
    if (prev && joinedUnit && RANGE_JOIN.test(folded.slice(prev.end, c.start)) && !changeToLevel(folded, prev.start, low, high)) {
      out[out.length - 1] = { ...prev, end: c.end, attrs: { ...(typeof low === 'number' && typeof high === 'number' ? { value: `${low}/${high}` } : {}), unit: joinedUnit } };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A currency's name or sign opening an amount, before its figure: 澳门元3亿元, 新台币1亿元, HK$62.90. */
const CURRENCY_OPENING = /^(?:[\u4e00-\u9fff]{2,5}|[A-Z]{0,3}\$)(?=[\d一二两三四五六七八九十])/;

/** What joins a price to the next one it is listed with or moves to: 、, 和, 上调至, 降到, ，收于. */
const LIST_JOIN = /^(?:、|和|及|与|或|(?:[上下]?调|[升降涨跌]|上涨|下跌|提高|降低)[至到]|[，,]收于|[，,]收报)$/;

/**
 * The sums listed after a price per a unit are per that unit too: 每桶66美元、68美元和65美元, 每吨分别上调260元和250元;
 * so is the level it moves to (每股155美元上调至165美元, 每盎司下跌9.4美元，收于3403.1美元, 从每盒26.5元降到8.9元).
 */
function withListedPerUnit(found: Candidate[], folded: string): Candidate[] {
  for (let k = 1; k < found.length; k++) {
    const [price, next] = [found[k - 1]!, found[k]!];
    const unit = price.attrs?.unit;
    if (typeof unit === 'string' && unit.includes('/') && next.attrs?.unit === unit.split('/')[0] && price.source.endsWith('currency') && next.source.endsWith('currency') && LIST_JOIN.test(folded.slice(price.end, next.start))) next.attrs.unit = unit;
  }
  return found;
}

/** 30多元一斤: one of a unit right after a sum is what the sum is the price of (CNY/jin), no quantity of its own. */
function withPricesPerOne(found: Candidate[], folded: string): Candidate[] {
  const kept: Candidate[] = [];
  found.forEach((c, k) => {
    const price = found[k - 1];
    const unit = PER_UNITS[folded.slice(c.start + 1, c.end)];
    if (price && price.end === c.start && folded[c.start] === '一' && unit && price.source.endsWith('currency') && typeof price.attrs?.unit === 'string' && !price.attrs.unit.includes('/')) price.attrs.unit += '/' + unit;
    else kept.push(c);
  });
  return kept;
}

/** What follows 三元 when it is no sum: a ternary battery chemistry (三元材料, 三元前驱体, 三元正极, 三元锂电池), and the places and dairy named 三元 (三元桥, 三元里, 三元朱村, 三元股份). */
const NOT_THREE_YUAN = /^(?:材料|前驱体|正极|锂|电池|催化|桥|里|区|路|街|村|朱|食品|乳业|股份|牛奶|生猪|猪|杂交)/;
/** What the dairy 三元 does or has after its short name: 三元将, 三元表示, 三元旗下. */
const DAIRY_ACTS = /^(?:将|表示|称|在|已|也|还|计划|发布|公告|董事|总经理|旗下|今年|去年|营收|净利)/;
/** Words of the oil trade within 30 characters before a number of 桶. */
const BARRELS_OF_OIL = /原油|石油|油田|油气|页岩油|储油|产油|日产|产量|需求|供应|欧佩克|OPEC|储量/;

/** A model's code, letters and digits, up to a hyphen or a slash: GWH252-, EN-226/ (not a unit's letters: 0.45元/kWh-). */
const MODEL_CODE_BEFORE = /(?<![A-Za-z\d.])(?=[A-Za-z\d./-]*\d)[A-Za-z][A-Za-z\d.]*(?:[-/][A-Za-z\d.]+)*[-/]$/;

/** A type's letters and a hyphen, before its number: F-, MQ-. */
const TYPE_LETTERS_BEFORE = /(?<![A-Za-z\d.])[A-Z]{1,3}-$/;

/** What a grade may count rather than measure in money: users, people, visits, parameters, pixels, tokens, words. */
const COUNTED_AFTER = /^(?:的)?(?:用户|人|次|参数|像素|token|Token|字|条|个|台|辆|部|件|张|份|粉丝|日活|月活|访问|流量|下载)/;

/** The unit a list of amounts writes once, after its last: 、3.5亿元. */
const LISTED_UNIT = new RegExp(`^、${DIGITS}[万亿兆]*(${UNIT_DIGITS})`);

/** The AMOUNT candidate of `matched` at `index` of the folded text, read with `listedUnit` after it (1.2亿 of 1.2亿、3.5亿元), or undefined when it has no amount. */
function amountAt(folded: string, index: number, matched: string, local: string | undefined, listedUnit = ''): Candidate | undefined {
  const end = index + matched.length;
  const parsed = parseAmount(matched + listedUnit);
  if (!parsed) return undefined;
  const { kind } = parsed;
  let { value } = parsed;
  let start = index;
  // (…and its tenth, 角: 新台币…升值2.3角 is TWD.)
  const yuan = parsed.unit === 'CNY' && /[元角]$/.test(matched) && !matched.endsWith('人民币元');
  const named = parsed.unit === 'CNY' ? currencyBeside(folded, index, end, yuan) : undefined;
  // A grade of hundreds of millions with no unit measures money, yuan where the text names no other (千亿级产业集群, 百亿级项目);
  // not a count (亿级用户, 千亿级参数), nor a grade of thousands (千万级用户).
  const moneyGrade = kind === 'magnitude' && /亿级$/.test(matched) && !COUNTED_AFTER.test(folded.slice(end, end + 4));
  const unit = yuan || moneyGrade ? (named?.unit ?? local ?? 'CNY') : parsed.unit;
  // 时速600公里, 时速可达400公里, 每小时235公里 are speeds.
  // …and 每秒4.5万立方米 a flow, as 4.5万立方米每秒 is.
  const speed = unit === 'km' && SPEED_BEFORE.test(folded.slice(Math.max(0, start - 6), start)) ? 'km/h' : unit === 'm3' && folded.endsWith('每秒', start) ? 'm3/s' : undefined;
  // A temperature below zero (零下48.3℃, -32℃), a fall (增速为-1.3%, 同比为负0.3%) or a loss (净利润为-4.52亿元); not the dash of a range (10-32℃, 1.2%-1.5%).
  const signs = unit === '°C' || unit === '°F' ? BELOW_ZERO : unit === 'percent' || unit === 'percentage-point' || kind === 'currency' ? MINUS : undefined;
  const below = signs && typeof value === 'number' ? signs.exec(folded.slice(Math.max(0, start - 3), start)) : null;
  // 零下2度: a bare 度 below zero is a temperature.
  const degreesBelow = unit === '度' && typeof value === 'number' && folded.endsWith('零下', start);
  if (below || degreesBelow) {
    start -= below ? below[0].length : 2;
    value = -value!;
  }
  start -= named?.before ?? 0;
  // A price per unit is one amount, counted in money per that unit: 4.7万元/平方米 (CNY/m2), 850元/吨;
  // a grade of a quantity or a sum keeps its 级, as 万吨级 does: 500吨级, 10公里级.
  // (Said before the sum, 每平方米15236元, 每千瓦时0.453元, the unit is the same, read from the context as a
  // date's year is: the span stays the sum, as People's Daily's gold has it: 每桶[１２．７５美元].)
  // (A quantity per a time or per a quantity of what holds it is one amount too: 500万吨/年 is t/year,
  // 3万吨/日 t/day, an ore grade 1.6克/吨 g/t, a yield 650公斤/亩 kg/mu, 52.5蒲式耳/英亩 bu/acre.)
  // (…and a rate per a time, a fee's: 销售服务费：0.20%/年.)
  const per = kind === 'currency' ? (PER_UNIT.exec(folded.slice(end, end + 12)) ?? PER_QUANTITY.exec(folded.slice(end, end + 8))) : kind === 'measure' ? (PER_TIME.exec(folded.slice(end, end + 3)) ?? PER_MEASURE.exec(folded.slice(end, end + 5))) : kind === 'percent' ? PER_TIME.exec(folded.slice(end, end + 3)) : null;
  // (A rent said before the sum is per area and per time too, in either order: 每平方米每月41.6元, 每月每平方米24元.)
  const rentBefore = kind === 'currency' && !per ? RENT_BEFORE.exec(folded.slice(Math.max(0, start - 16), start))?.groups : undefined;
  const perBefore = kind === 'currency' && !per && !rentBefore ? (PER_UNIT_BEFORE.exec(folded.slice(Math.max(0, start - 14), start)) ?? PER_COUNTER_BEFORE.exec(folded.slice(Math.max(0, start - 6), start))) : null;
  // (A share's price or an analyst's target for it is per share, 每股 unsaid: 股价报12.56元, 股價…急升11.3%至6.12港元, 目标价由45港元上调至55港元.)
  const sharePrice = kind === 'currency' && !per && !rentBefore && !perBefore && SHARE_PRICE_BEFORE.test(folded.slice(Math.max(0, start - 16), start));
  const perUnit = per?.groups?.unit ?? perBefore?.[1] ?? rentBefore?.area ?? rentBefore?.areaLast ?? (sharePrice ? '股' : undefined);
  // (A rent is per area and per time: 7.9元/平方米/天, 2.8元/㎡·月; and a quantity per user per month: 15.8GB/户/月.)
  const rentTime = per ? RENT_TIME.exec(folded.slice(end + per[0].length, end + per[0].length + 3)) : null;
  const perTime = rentTime?.[1] ?? rentBefore?.time ?? rentBefore?.timeFirst;
  const grade = !per && kind !== 'percent' && folded[end] === '级' && !/^级(?:别|数|差)/.test(folded.slice(end, end + 2)) ? 1 : 0;
  const valid = typeof value === 'string' || (value !== undefined && Number.isFinite(value)); // 1e400 is not a number a sidecar can hold
  const attrs = { ...(valid ? { value } : {}), ...(unit ? { unit: (speed ?? (degreesBelow ? '°C' : unit)) + (perUnit ? '/' + (per?.groups?.count ?? '') + PER_UNITS[perUnit] : '') + (perTime ? '/' + PER_UNITS[perTime] : '') } : {}) };
  return { start, end: end + (per?.[0].length ?? grade) + (rentTime?.[0].length ?? 0) + (named?.after ?? 0), label: 'AMOUNT', source: `rule:amount-${kind}`, ...(Object.keys(attrs).length ? { attrs } : {}) };
}

/** What a price per unit does or is, between 每吨 and the price; what a share pays (每股派发现金红利0.96元). */
const PRICE_MOVES = '亏损|盈利|毛利|利润|纯益|盈余|净资产|成本|售价|价格|均价|地价|租金|补贴|上涨|下跌|上调|下调|提高|降低|增加|减少|亏|赚|涨|跌|降|(?:拟)?派(?:发|送)?(?:现金)?(?:红利|股利|股息|息)?|(?:末期|中期|特别)股?息|(?:现金)?(?:红利|股利|股息)';

/** A share's price or its target before the sum, in its clause (or a class of shares closing: A股同日收报15.86元人民币), with no other figure of the company's named between (股价下跌导致市值蒸发100亿元, 按当前股价计算价值约48亿美元 are no price). */
const SHARE_PRICE_BEFORE = /(?:股价|目标价|[AHB]股(?=[^，,。；;\n]{0,6}收))(?:(?!市值|成交|资金|金额|总额|规模|营收|收入|利润|净利|蒸发|募资|集资|计算|价值)[^，,。；;\n]){0,12}$/;

/** Counters a price is per after a slash (0.95元/片) or right after 每 only: 每个 and 每只 before anything else say "each" (每个季度几百元). */
const COUNTERS: Record<string, string> = { 片: 'piece', 件: 'piece', 只: 'piece', 支: 'piece', 颗: 'piece', 个: 'piece', 台: 'unit', 张: 'sheet', 票: 'parcel' };
/** The units a price is given per, after a slash, and their codes. */
const PER_UNITS: Record<string, string> = {
  两: 'tael', GB: 'GB', TB: 'TB', 平方米: 'm2', 平米: 'm2', 建筑平方米: 'm2', 平方呎: 'ft2', 平方英尺: 'ft2', 吉焦: 'GJ', 蒲式耳: 'bu', '㎡': 'm2', 'm²': 'm2', 立方米: 'm3', 方: 'm3', 'm³': 'm3', 吨: 't', 公吨: 't', 吨二氧化碳当量: 'tCO2e', 公吨二氧化碳当量: 'tCO2e', 干吨: 'dmt', 湿吨: 'wmt', 公顷: 'ha', 英亩: 'acre', 升: 'L', 千瓦时: 'kWh', 兆瓦时: 'MWh', 千千瓦时: 'MWh', 度: 'kWh', 股: 'share', 桶: 'bbl', 千克: 'kg', 公斤: 'kg',
  克: 'g', '100克': '100g', kg: 'kg', 斤: 'jin', 亩: 'mu', 坪: 'ping', 人次: 'person', 人: 'person', 生: 'student', 学期: 'semester', 天: 'day', 日: 'day', 月: 'month', 年: 'year', 小时: 'h', h: 'h', 分钟: 'min', 晚: 'night',
  瓦时: 'Wh', Wh: 'Wh', kWh: 'kWh', MWh: 'MWh', 瓦: 'W', W: 'W', 千瓦: 'kW', kW: 'kW', 兆瓦: 'MW', MW: 'MW', 公里: 'km', 盎司: 'oz', 箱: 'box', TEU: 'TEU', FEU: 'FEU',
  百万英热单位: 'MMBtu', MMBtu: 'MMBtu', 瓶: 'bottle', 罐: 'can', 盒: 'pack', 套: 'set', 辆: 'vehicle', 头: 'head',
  千升: 'KL', 标准箱: 'TEU', ADS: 'ADS', 股ADS: 'ADS', ADR: 'ADS', 股ADR: 'ADS',
  车次: 'vehicle-trip', 车公里: 'vehicle-km', 百万tokens: 'Mtoken', 百万Tokens: 'Mtoken', 千tokens: 'ktoken', 千Tokens: 'ktoken',
  间夜: 'room-night', 杯: 'cup', 份: 'portion', 粒: 'pill', 剂: 'dose', 针: 'shot', 袋: 'bag', 包: 'pack', 次: 'time', 单: 'order', 间: 'room', 店: 'store', 家: 'firm', 户: 'household', 米: 'm', 千米: 'km',
  ...COUNTERS,
};
/** Names as a regex alternation, the longest first: 千瓦时 before 瓦. */
const longestFirst = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).join('|');
// (A Latin unit not before more letters: 元/Wh, not 元/Week; nor 人 of a currency, a rate's pair: 100日元/人民币.)
const PER_UNIT = new RegExp(`^\\/(?<unit>${longestFirst(Object.keys(PER_UNITS))})(?![A-Za-z]|民币)`);
/** A price per a quantity of a weight or a volume: 119元/50公斤 (CNY/50kg), 3元/500克. */
const PER_QUANTITY = /^\/(?<count>[1-9]\d{0,3})(?<unit>公斤|千克|克|斤|吨|升)/;
/** 每吨 before the price, with what it is a price of, what it does and how near it is between (每吨焦炭亏损100元, 每吨约120元, 每股税后纯益（EPS）5.87元, 每FEU 5912美元 with a space as tables write it; the last 每 of 每年每亩). */
const PER_UNIT_BEFORE = new RegExp(`每(${longestFirst(Object.keys(PER_UNITS).filter((u) => !(u in COUNTERS)))})(?:(?!每)[\u4e00-\u9fff]){0,2}(?:${PRICE_MOVES})?(?:[（(][A-Z]{2,5}[)）])?(?:分别)?(?:约|均|仅|达|为|在|近|超过?|逾|高达)? ?$`);
/** A counter right before the price, nothing between but how near it is: 每片0.13元, 每支约55元 (not 每个季度几百元). */
const PER_COUNTER_BEFORE = new RegExp(`每(${longestFirst(Object.keys(COUNTERS))})(?:约|均|仅|为|近|高达)?$`);
/** (Before a verb too: 由40万吨/年提升至…, an hour's output too: 3000标方/小时; not where the time starts a word: /年底.) */
const PER_TIME = /^\/(?<unit>年|日|天|月|小时|分钟|h(?![A-Za-z]))(?![a-z]|(?<=[年月])[底初末中内度份]|(?<=[日天])[前后内])/;
/** The time a rent per area is per, after a slash or a dot: /天, ·月 (not /月底); a fee per student, per semester: 700元/生·学期. */
const RENT_TIME = /^[\/·](天|日|月|年|学期)(?![底初末中内度份])/;
/** The area and the time a rent said before its sum is per, in either order: 每平方米每月, 每月每平方米 (what it does between: 每平方米每月租金约). */
const RENT_AREA = '平方米|平米|㎡|建筑平方米';
const RENT_TIMES = '天|日|月|年';
const RENT_BEFORE = new RegExp(`(?:每(?<area>${RENT_AREA})每(?<time>${RENT_TIMES})|每(?<timeFirst>${RENT_TIMES})每(?<areaLast>${RENT_AREA}))[\\u4e00-\\u9fff]{0,4}?(?:约|均|为|达|仅)?$`);
/**
 * The quantities of ore, land, a liquid or power a quantity is given per (克/吨, 公斤/亩, 吨/公顷, a coal rate 克/千瓦时; 毫克/升 is read whole),
 * and the head or the package it is per: a cow's yield 11.6吨/头, a pack's size 210克/瓶, 5kg/袋.
 */
const PER_MEASURE = /^\/(?<unit>干吨|湿吨|吨|亩|英亩|公顷|立方米|平方米|升|千瓦时|千克|公斤|100克|克|户|人|头|瓶|袋|盒|包|罐)/;

/** Sayings with a measure in them, no quantity: 一亩三分地 (one's own turf), 最后一公里 (the last step), 三桶油 (the three oil majors), 一元二次 (an equation's unknowns), 二元母猪 (a crossbred sow). */
const IDIOMS = ['一亩三分地', '一元复始', '最后一公里', '最后一米', '两桶油', '三桶油', '一元一次', '一元二次', '二元一次', '三元一次', '二元母猪', '三元母猪', '二元杂交', '三元杂交'];

function inIdiom(text: string, start: number, end: number): boolean {
  // (Each looked for where it would cover the amount only, not in the rest of the text.)
  return IDIOMS.some((idiom) => {
    for (let at = Math.max(0, end - idiom.length); at <= start; at++) if (text.startsWith(idiom, at)) return true;
    return false;
  });
}

const BELOW_ZERO = /(?:零下|(?<![\d.%A-Za-z])[-−])$/;
/** A minus sign, or 负 written after a copula or a pause (同比为负0.3%; not 负债). */
const MINUS = /(?:(?<![\d.%A-Za-z])[-−]|(?<=[为是至到达与和及或、，,：:(（]|^)负)$/;

const SPEED_BEFORE = /(?:时速|每小时)(?:可达|最高|达到?|为|约|超过|近)?$/;

/** A currency written before a sum: 新台币7596.9亿元, 港币12亿元, 人民币3亿元. */
const CURRENCY_BEFORE = /(人民币|新台币|台币|港币|港元|美元|美金|欧元|日元|澳门币|澳门元|澳元|新加坡元|新元|英镑|韩元|日币|韩币|泰铢)\s?$/;

/**
 * The dollar an article in traditional script counts in (新台币, 港元, 澳门元) when it names that
 * one and never 人民币, or names none but is from one of those places: its bare 元 is that
 * currency. (Simplified news names 港元 for Hong Kong figures among yuan ones: there 元 stays CNY.)
 */
function localCurrency(text: string): string | undefined {
  // (…or names 人民币 no more often than 新台币, an article from Taiwan citing mainland figures: 鸿海…新台币…人民币.)
  const yuan = text.match(/人民币|RMB|CNY/g)?.length ?? 0;
  if (yuan) return LOCAL_CUES.TWD.test(text) && (text.match(/新台币/g)?.length ?? 0) >= yuan ? 'TWD' : undefined;
  const named = only([/新?台币/.test(text) && 'TWD', /港元|港币|HK\$/.test(text) && 'HKD', /澳门元|澳门币|葡币/.test(text) && 'MOP']);
  // No currency named: where the article is from (中央社台北…电, 港股).
  return named !== null ? named : (only([LOCAL_CUES.TWD.test(text) && 'TWD', LOCAL_CUES.HKD.test(text) && 'HKD', LOCAL_CUES.MOP.test(text) && 'MOP']) ?? undefined);
}

/**
 * Taiwan's news in simplified script counts its bare 元 in the island's dollar where it names
 * 新台币 and no other currency of the region (营收新台币248亿元，每股盈余1.64元).
 */
function taiwanDollar(text: string): string | undefined {
  // (…in an article set in Taiwan, or that names it more than once: not a mainland article citing a Taiwanese maker's 5830亿元新台币 once;
  // nor one about mainland markets, whatever it cites: 台积电…新台币9899.2亿元…中芯国际（688981.SH）…290.77亿元.)
  const named = text.match(/新?台币/g)?.length ?? 0;
  return named && (named > 1 || LOCAL_CUES.TWD.test(text)) && !/人民币|RMB|CNY|港元|港币|澳门元|澳门币/.test(text) && !MAINLAND_MARKET.test(text) ? 'TWD' : undefined;
}

/** A mainland listing: an A share's code, its boards and exchanges. */
const MAINLAND_MARKET = /\d{6}\.(?:SH|SZ|BJ)|A股|科创板|创业板|上交所|深交所|北交所/;

/** Words that place an article in Taiwan (its years of the Republic, 111年, its words for earnings, 每股盈余, 每股纯益, and for a CEO, 执行长), Hong Kong or Macau, as its simplified form writes them. */
const LOCAL_CUES = {
  TWD: /台湾|台北|新北|台中|台南|高雄|新竹|中央社|立法院|行政院|立委|民国|台股|每股盈余|每股纯益|税后净利|执行长|(?<![\d.])1[0-2]\d年/,
  HKD: /香港|港股|港交所|恒指|特区政府|特首|行政长官|财政司|港铁|金管局|立法会|港府/,
  MOP: /澳门|澳府/,
};

/** The one currency found, undefined if several, null if none. */
function only(found: Array<string | false>): string | undefined | null {
  const named = found.filter((f): f is string => f !== false);
  return named.length === 1 ? named[0]! : named.length ? undefined : null;
}

/** A currency named right after 元: 3671亿元新台币, 50亿元人民币. */
const CURRENCY_AFTER = /^(?:新台币|台币|港币|澳门币|人民币)/;

/**
 * A currency word beside a sum is part of the amount and names its 元: 新台币5兆元, 港币12亿元,
 * 50亿元人民币; 人民币 before any sum in yuan (人民币伍拾元伍角). How many characters it adds on each side.
 */
function currencyBeside(text: string, start: number, end: number, yuan: boolean): { unit: string; before: number; after: number } | undefined {
  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  if (before && (yuan || before[1] === '人民币')) return { unit: UNITS[before[1]!]!.unit!, before: before[0].length, after: 0 };
  const after = yuan ? CURRENCY_AFTER.exec(text.slice(end, end + 3)) : null;
  return after ? { unit: UNITS[after[0]]!.unit!, before: 0, after: after[0].length } : undefined;
}

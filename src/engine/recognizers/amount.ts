import { CN_FORMAL, foldWidth, parseNumber } from './numerals';
import { scan, ScanPattern } from './scan';
import type { Candidate, Recognizer } from './types';

// AMOUNT per the guidelines: a number with a currency, a percent sign or a unit of measure
// (OntoNotes MONEY, PERCENT, QUANTITY). A classifier that only counts things (家, 个, 条, 套) is
// not a unit, so 430家 and 500套 never match. Approximation words around the number (约, 近,
// 超过, 左右, 以上) are not part of the span; 多 and 余 inside it are (40多公里).
//
// attrs.value is the number in the written unit (482亿元 → 48200000000, 1200万千瓦 → 12000000
// kW); a percentage is a fraction (25% → 0.25, unit percent); 3个百分点 → 3, percentage-point. A
// range is the string "low/high" (10%至20% → "0.1/0.2"). attrs.unit is an ISO 4217 code for
// currencies, an SI-style symbol for measures, or the unit as written when it has neither.
// Numbers with no definite value (几十万元, 数亿元) carry the unit only.

interface Unit {
  /** How the unit is written, with guards against words that merely start with it. */
  pattern: string;
  unit?: string;
  /** Multiplier into `unit` (美分 → 0.01 USD). */
  scale?: number;
  kind: 'currency' | 'percent' | 'measure';
  /** Only after digits: 一度 (once), 两度, 三伏, 提升, 三角 are not quantities. */
  digitsOnly?: boolean;
}

const UNITS: Record<string, Unit> = {
  人民币元: { pattern: '人民币元', unit: 'CNY', kind: 'currency' },
  人民币: { pattern: '人民币', unit: 'CNY', kind: 'currency' },
  美元: { pattern: '美元', unit: 'USD', kind: 'currency' },
  美金: { pattern: '美金', unit: 'USD', kind: 'currency' },
  日币: { pattern: '日币', unit: 'JPY', kind: 'currency' },
  韩币: { pattern: '韩币', unit: 'KRW', kind: 'currency' },
  美分: { pattern: '美分', unit: 'USD', scale: 0.01, kind: 'currency' },
  欧元: { pattern: '欧元', unit: 'EUR', kind: 'currency' },
  日元: { pattern: '日元', unit: 'JPY', kind: 'currency' },
  港元: { pattern: '港元', unit: 'HKD', kind: 'currency' },
  港币: { pattern: '港币', unit: 'HKD', kind: 'currency' },
  英镑: { pattern: '英镑', unit: 'GBP', kind: 'currency' },
  镑: { pattern: '镑', unit: 'GBP', kind: 'currency' },
  澳元: { pattern: '澳元', unit: 'AUD', kind: 'currency' },
  加元: { pattern: '加元', unit: 'CAD', kind: 'currency' },
  新加坡元: { pattern: '新加坡元', unit: 'SGD', kind: 'currency' },
  新台币: { pattern: '新台币', unit: 'TWD', kind: 'currency' },
  台币: { pattern: '台币', unit: 'TWD', kind: 'currency' },
  韩元: { pattern: '韩元', unit: 'KRW', kind: 'currency' },
  卢布: { pattern: '卢布', unit: 'RUB', kind: 'currency' },
  马克: { pattern: '马克', unit: 'DEM', kind: 'currency' },
  瑞士法郎: { pattern: '瑞士法郎', unit: 'CHF', kind: 'currency' },
  瑞郎: { pattern: '瑞郎', unit: 'CHF', kind: 'currency' },
  丹麦克朗: { pattern: '丹麦克朗', unit: 'DKK', kind: 'currency' },
  瑞典克朗: { pattern: '瑞典克朗', unit: 'SEK', kind: 'currency' },
  挪威克朗: { pattern: '挪威克朗', unit: 'NOK', kind: 'currency' },
  捷克克朗: { pattern: '捷克克朗', unit: 'CZK', kind: 'currency' },
  加拿大元: { pattern: '加拿大元', unit: 'CAD', kind: 'currency' },
  澳大利亚元: { pattern: '澳大利亚元', unit: 'AUD', kind: 'currency' },
  新西兰元: { pattern: '新西兰元', unit: 'NZD', kind: 'currency' },
  法郎: { pattern: '法郎', unit: 'FRF', kind: 'currency' },
  泰铢: { pattern: '泰铢', unit: 'THB', kind: 'currency' },
  林吉特: { pattern: '林吉特', unit: 'MYR', kind: 'currency' },
  令吉: { pattern: '令吉', unit: 'MYR', kind: 'currency' },
  新元: { pattern: '新元', unit: 'SGD', kind: 'currency', digitsOnly: true },
  澳门元: { pattern: '澳门元', unit: 'MOP', kind: 'currency' },
  澳门币: { pattern: '澳门币', unit: 'MOP', kind: 'currency' },
  越南盾: { pattern: '越南盾', unit: 'VND', kind: 'currency' },
  印尼盾: { pattern: '印尼盾', unit: 'IDR', kind: 'currency' },
  印度尼西亚盾: { pattern: '印度尼西亚盾', unit: 'IDR', kind: 'currency' },
  马来西亚林吉特: { pattern: '马来西亚林吉特', unit: 'MYR', kind: 'currency' },
  福林: { pattern: '福林', unit: 'HUF', kind: 'currency' },
  兹罗提: { pattern: '兹罗提', unit: 'PLN', kind: 'currency' },
  巴西雷亚尔: { pattern: '巴西雷亚尔', unit: 'BRL', kind: 'currency' },
  雷亚尔: { pattern: '雷亚尔', unit: 'BRL', kind: 'currency' },
  奈拉: { pattern: '奈拉', unit: 'NGN', kind: 'currency' },
  阿联酋迪拉姆: { pattern: '阿联酋迪拉姆', unit: 'AED', kind: 'currency' },
  摩洛哥迪拉姆: { pattern: '摩洛哥迪拉姆', unit: 'MAD', kind: 'currency' },
  迪拉姆: { pattern: '迪拉姆', unit: 'AED', kind: 'currency' },
  土耳其里拉: { pattern: '土耳其里拉', unit: 'TRY', kind: 'currency' },
  里拉: { pattern: '里拉', unit: 'TRY', kind: 'currency' },
  坚戈: { pattern: '坚戈', unit: 'KZT', kind: 'currency' },
  先令: { pattern: '先令', kind: 'currency' },
  日圆: { pattern: '日圆', unit: 'JPY', kind: 'currency' },
  // Rupees, riyals and pesos of one country: 印度卢比 is INR; said alone they are any country's.
  ...Object.fromEntries(
    Object.entries({ 印度卢比: 'INR', 巴基斯坦卢比: 'PKR', 斯里兰卡卢比: 'LKR', 沙特里亚尔: 'SAR', 卡塔尔里亚尔: 'QAR', 伊朗里亚尔: 'IRR', 阿曼里亚尔: 'OMR', 墨西哥比索: 'MXN', 菲律宾比索: 'PHP', 阿根廷比索: 'ARS', 智利比索: 'CLP', 哥伦比亚比索: 'COP' }).map(([name, unit]) => [name, { pattern: name, unit, kind: 'currency' as const }]),
  ),
  比索: { pattern: '比索', kind: 'currency' },
  卢比: { pattern: '卢比', kind: 'currency' },
  里亚尔: { pattern: '里亚尔', kind: 'currency' },
  第纳尔: { pattern: '第纳尔', kind: 'currency' },
  南非兰特: { pattern: '南非兰特', unit: 'ZAR', kind: 'currency' },
  兰特: { pattern: '兰特', unit: 'ZAR', kind: 'currency' },
  克瓦查: { pattern: '克瓦查', unit: 'ZMW', kind: 'currency' }, // Zambia's, not 克 (grams) and 瓦查
  索尔: { pattern: '(?:新)?索尔', unit: 'PEN', kind: 'currency' },
  盾: { pattern: '盾(?![牌构])', kind: 'currency' },
  块钱: { pattern: '块钱', unit: 'CNY', kind: 'currency' },
  港仙: { pattern: '港仙', unit: 'HKD', scale: 0.01, kind: 'currency' },
  // 28蚊: Hong Kong dollars, said the Cantonese way
  蚊: { pattern: '蚊(?![子虫香帐])', unit: 'HKD', kind: 'currency', digitsOnly: true },
  毛钱: { pattern: '毛钱', unit: 'CNY', scale: 0.1, kind: 'currency' },
  角钱: { pattern: '角钱', unit: 'CNY', scale: 0.1, kind: 'currency' },
  分钱: { pattern: '分钱', unit: 'CNY', scale: 0.01, kind: 'currency' },
  // 50块一次: colloquial yuan; 3块石头 counts pieces, so only before a pause or a rate
  块: { pattern: '块(?=[一每]|[,.;!?、)）\\s]|$)', unit: 'CNY', kind: 'currency', digitsOnly: true },
  // (Not 一元化, 多元化; but 10万亿元化债, 2万亿元化解: ten thousands of yuan are money.)
  元: { pattern: '元(?![论素件首帅老勋旦宵月朝代气音结村])(?!(?<![万亿]元)化)', unit: 'CNY', kind: 'currency' },
  角: { pattern: '角(?![形度色落钱])', unit: 'CNY', scale: 0.1, kind: 'currency', digitsOnly: true },
  '%': { pattern: '\\s?%多?', unit: 'percent', scale: 0.01, kind: 'percent' },
  '‰': { pattern: '‰', unit: 'percent', scale: 0.001, kind: 'percent' },
  个基点: { pattern: '个基点', unit: 'basis-point', kind: 'percent' },
  个BP: { pattern: '个(?:BP|bp)(?![A-Za-z])', unit: 'basis-point', kind: 'percent' },
  基点: { pattern: '基点', unit: 'basis-point', kind: 'percent' },
  bps: { pattern: '(?:bps|BPS)(?![A-Za-z])', unit: 'basis-point', kind: 'percent' },
  bp: { pattern: '(?:bp|BP)(?![A-Za-z])', unit: 'basis-point', kind: 'percent' },
  个百分点: { pattern: '个百分点', unit: 'percentage-point', kind: 'percent' },
  百分点: { pattern: '百分点', unit: 'percentage-point', kind: 'percent' },
  // As brokers' notes write percentage points: 0.89pct, 0.02pp (not PP, polypropylene).
  pct: { pattern: 'pct(?![A-Za-z])', unit: 'percentage-point', kind: 'percent' },
  pp: { pattern: 'pp(?![A-Za-z])', unit: 'percentage-point', kind: 'percent' },
  平方公里: { pattern: '平方公里', unit: 'km2', kind: 'measure' },
  平方千米: { pattern: '平方千米', unit: 'km2', kind: 'measure' },
  平方米: { pattern: '平方米', unit: 'm2', kind: 'measure' },
  平方公尺: { pattern: '平方公尺', unit: 'm2', kind: 'measure' },
  平米: { pattern: '平米', unit: 'm2', kind: 'measure' },
  平方呎: { pattern: '平?方呎', unit: 'ft2', kind: 'measure' },
  平方英尺: { pattern: '平方英尺', unit: 'ft2', kind: 'measure' },
  坪: { pattern: '坪', unit: 'ping', kind: 'measure', digitsOnly: true },
  '㎡': { pattern: '㎡', unit: 'm2', kind: 'measure' },
  // Areas written in Latin letters: 500m2, 50km2, 120km².
  km2: { pattern: 'km2(?![\\dA-Za-z])', unit: 'km2', kind: 'measure' },
  'km²': { pattern: 'km²', unit: 'km2', kind: 'measure' },
  m2: { pattern: 'm2(?![\\dA-Za-z])', unit: 'm2', kind: 'measure' },
  'm²': { pattern: 'm²', unit: 'm2', kind: 'measure' },
  // A river's or a canal's flow: 420立方米每秒, 32000立方米/秒, 420m³/s.
  立方米每秒: { pattern: '立方米每秒', unit: 'm3/s', kind: 'measure' },
  '立方米/秒': { pattern: '立方米/秒', unit: 'm3/s', kind: 'measure' },
  'm³/s': { pattern: 'm[³3]/s(?![A-Za-z])', unit: 'm3/s', kind: 'measure' },
  'm³': { pattern: 'm[³3](?![\\dA-Za-z/])', unit: 'm3', kind: 'measure' }, // 2亿m3 too
  '微克/立方米': { pattern: '微克/立方米', unit: 'µg/m3', kind: 'measure' },
  '毫克/立方米': { pattern: '毫克/立方米', unit: 'mg/m3', kind: 'measure' },
  // Concentrations in emissions and water: 28.6mg/m³, 50mg/Nm³, 45mg/L, 2.1毫克/升, 45毫克每升.
  'mg/m³': { pattern: 'mg/m[³3](?![A-Za-z\\d])', unit: 'mg/m3', kind: 'measure' },
  'mg/Nm³': { pattern: 'mg/Nm[³3](?![A-Za-z\\d])', unit: 'mg/Nm3', kind: 'measure' },
  'mg/L': { pattern: 'mg/[Ll](?![A-Za-z])', unit: 'mg/L', kind: 'measure' },
  '毫克/升': { pattern: '毫克(?:/|每)升', unit: 'mg/L', kind: 'measure' },
  'μg/m³': { pattern: '[μµ]g/m[³3]', unit: 'µg/m3', kind: 'measure' },
  标准立方米: { pattern: '标准立方米', unit: 'Nm3', kind: 'measure' },
  // Gas in standard cubic metres, as hydrogen news writes them: 2.5万标方, 1500Nm³.
  标方: { pattern: '标方', unit: 'Nm3', kind: 'measure' },
  'Nm³/h': { pattern: 'Nm[³3]/h(?![A-Za-z])', unit: 'Nm3/h', kind: 'measure' },
  'Nm³': { pattern: 'Nm[³3](?![\\d/A-Za-z])', unit: 'Nm3', kind: 'measure' },
  立方米: { pattern: '立方米', unit: 'm3', kind: 'measure' },
  立方英尺: { pattern: '立方英尺', unit: 'ft3', kind: 'measure' },
  '米/秒': { pattern: '米/秒', unit: 'm/s', kind: 'measure' },
  '公里/小时': { pattern: '(?:公里|千米)/小?时', unit: 'km/h', kind: 'measure' },
  公里: { pattern: '公里', unit: 'km', kind: 'measure' },
  千米: { pattern: '千米', unit: 'km', kind: 'measure' },
  厘米: { pattern: '厘米', unit: 'cm', kind: 'measure' },
  '毫米/小时': { pattern: '毫米/小?时', unit: 'mm/h', kind: 'measure' },
  毫米: { pattern: '毫米', unit: 'mm', kind: 'measure' },
  // Air pressure in weather news: 935百帕, 985hPa.
  百帕: { pattern: '百帕', unit: 'hPa', kind: 'measure' },
  hPa: { pattern: 'hPa(?![A-Za-z])', unit: 'hPa', kind: 'measure' },
  微米: { pattern: '微米', unit: 'µm', kind: 'measure' },
  纳米: { pattern: '纳米', unit: 'nm', kind: 'measure' },
  // 延米: metres of length, of a bridge, a tunnel or a pipe.
  延米: { pattern: '延米', unit: 'm', kind: 'measure' },
  米: { pattern: '米(?![饭粉面酒])', unit: 'm', kind: 'measure' },
  英里: { pattern: '英里', unit: 'mi', kind: 'measure' },
  英尺: { pattern: '英尺', unit: 'ft', kind: 'measure' },
  英寸: { pattern: '英寸', unit: 'in', kind: 'measure' },
  // …and as Taiwan writes the inch and the nanometre: 12吋晶圆厂, 2奈米制程.
  吋: { pattern: '吋', unit: 'in', kind: 'measure' },
  奈米: { pattern: '奈米', unit: 'nm', kind: 'measure' },
  海里: { pattern: '海里', unit: 'nmi', kind: 'measure' },
  公顷: { pattern: '公顷', unit: 'ha', kind: 'measure' },
  英亩: { pattern: '英亩', unit: 'acre', kind: 'measure' },
  亩: { pattern: '亩', unit: 'mu', kind: 'measure' },
  垧: { pattern: '垧', kind: 'measure' },
  载重吨: { pattern: '载重吨', unit: 'DWT', kind: 'measure' },
  吨标准煤: { pattern: '吨标准煤', unit: 'tce', kind: 'measure' },
  吨标煤: { pattern: '吨标煤', unit: 'tce', kind: 'measure' },
  吨公里: { pattern: '吨公里', unit: 't·km', kind: 'measure' },
  人公里: { pattern: '人公里', unit: 'passenger-km', kind: 'measure' },
  总吨: { pattern: '总吨', unit: 'GT', kind: 'measure' },
  修正总吨: { pattern: '修正总吨', unit: 'CGT', kind: 'measure' }, // shipbuilding's compensated gross tonnage
  公吨: { pattern: '公吨', unit: 't', kind: 'measure' },
  金属吨: { pattern: '金属吨', unit: 't', kind: 'measure' },
  吨: { pattern: '吨', unit: 't', kind: 'measure' },
  公斤: { pattern: '公斤', unit: 'kg', kind: 'measure' },
  千克: { pattern: '千克', unit: 'kg', kind: 'measure' },
  毫克: { pattern: '毫克', unit: 'mg', kind: 'measure' },
  毫米汞柱: { pattern: '毫米汞柱', unit: 'mmHg', kind: 'measure' },
  微克: { pattern: '微克', unit: 'µg', kind: 'measure' },
  克: { pattern: '克(?![服隆制朗])', unit: 'g', kind: 'measure' }, // not the 克 of 克朗 (a crown)
  斤: { pattern: '斤', unit: 'jin', kind: 'measure' },
  担: { pattern: '担(?![任心忧保当负])', unit: 'dan', kind: 'measure' },
  磅: { pattern: '磅', unit: 'lb', kind: 'measure' },
  盎司: { pattern: '盎司', unit: 'oz', kind: 'measure' },
  克拉: { pattern: '克拉', unit: 'ct', kind: 'measure' },
  毫升: { pattern: '毫升', unit: 'mL', kind: 'measure' },
  升: { pattern: '升(?![级值温高为至到格任学迁])', unit: 'L', kind: 'measure', digitsOnly: true },
  // A litre written L: 油箱55L, 百公里油耗5.2L (not a size, XL, or a model, 6L发动机 is its displacement all the same).
  L: { pattern: 'L(?![A-Za-z\\d])', unit: 'L', kind: 'measure', digitsOnly: true },
  加仑: { pattern: '加仑', unit: 'gal', kind: 'measure' },
  // Grain as American reports count it: 151.5亿蒲式耳.
  蒲式耳: { pattern: '蒲式耳', unit: 'bu', kind: 'measure' },
  // Oil and gas output in oil equivalent: 12万桶油当量, 3000万吨油当量.
  桶油当量: { pattern: '桶油当量', unit: 'boe', kind: 'measure' },
  吨油当量: { pattern: '吨油当量', unit: 'toe', kind: 'measure' },
  桶: { pattern: '桶', unit: 'bbl', kind: 'measure' },
  千瓦时: { pattern: '千瓦时', unit: 'kWh', kind: 'measure' },
  // Heat a heating network delivers: 1100万吉焦, 50GJ.
  吉焦: { pattern: '吉焦', unit: 'GJ', kind: 'measure' },
  GJ: { pattern: 'GJ(?![A-Za-z])', unit: 'GJ', kind: 'measure' },
  '千瓦·时': { pattern: '千瓦[·・]时', unit: 'kWh', kind: 'measure' },
  'kW·h': { pattern: 'kW[·・]h(?![A-Za-z])', unit: 'kWh', kind: 'measure' },
  瓦时: { pattern: '瓦时', unit: 'Wh', kind: 'measure' },
  兆瓦时: { pattern: '兆瓦时', unit: 'MWh', kind: 'measure' },
  吉瓦时: { pattern: '吉瓦时', unit: 'GWh', kind: 'measure' },
  太瓦时: { pattern: '太瓦时', unit: 'TWh', kind: 'measure' },
  千瓦: { pattern: '千瓦', unit: 'kW', kind: 'measure' },
  瓩: { pattern: '瓩', unit: 'kW', kind: 'measure' },
  兆瓦: { pattern: '兆瓦', unit: 'MW', kind: 'measure' },
  吉瓦: { pattern: '吉瓦', unit: 'GW', kind: 'measure' },
  太瓦: { pattern: '太瓦', unit: 'TW', kind: 'measure' },
  瓦: { pattern: '瓦(?![解房片斯])', unit: 'W', kind: 'measure' },
  千伏安: { pattern: '千伏安', unit: 'kVA', kind: 'measure' },
  兆伏安: { pattern: '兆伏安', unit: 'MVA', kind: 'measure' },
  // Steam boilers rated in steam tonnes (1200蒸吨); water in 万方 (万 cubic metres; 3方 alone is three parties).
  // (万方 and 万欧 are units of their own, with their 万: a lookbehind in one unit slows the whole alternation.)
  蒸吨: { pattern: '蒸吨', unit: '蒸吨', kind: 'measure' },
  万方: { pattern: '万方(?![面案向式法针位便])', unit: 'm3', scale: 1e4, kind: 'measure' },
  亿方: { pattern: '亿方(?![面案向式法针位便])', unit: 'm3', scale: 1e8, kind: 'measure' },
  // 1200万欧: euros, as transfer fees are written.
  万欧: { pattern: '万欧(?![元洲美盟式风])', unit: 'EUR', scale: 1e4, kind: 'currency' },
  伏安: { pattern: '伏安', unit: 'VA', kind: 'measure' },
  千伏: { pattern: '千伏', unit: 'kV', kind: 'measure' },
  伏: { pattern: '伏', unit: 'V', kind: 'measure', digitsOnly: true },
  // Pressure: 4.5兆帕, 300千帕 (帕 alone is too rare to be worth a false 帕).
  兆帕: { pattern: '兆帕', unit: 'MPa', kind: 'measure' },
  千帕: { pattern: '千帕', unit: 'kPa', kind: 'measure' },
  摄氏度: { pattern: '摄氏度', unit: '°C', kind: 'measure' },
  '℃': { pattern: '℃', unit: '°C', kind: 'measure' },
  '°C': { pattern: '°C', unit: '°C', kind: 'measure' },
  华氏度: { pattern: '华氏度', unit: '°F', kind: 'measure' },
  度: { pattern: '度(?![假])', kind: 'measure', digitsOnly: true },
  马力: { pattern: '马力', unit: 'hp', kind: 'measure' },
  台套: { pattern: '台套', kind: 'measure' },
  标准箱: { pattern: '标准箱', unit: 'TEU', kind: 'measure' },
  标箱: { pattern: '标箱', unit: 'TEU', kind: 'measure' },
  千卡: { pattern: '千卡', unit: 'kcal', kind: 'measure' },
  大卡: { pattern: '大卡(?![车片])', unit: 'kcal', kind: 'measure', digitsOnly: true }, // 5500大卡动力煤: a coal's heat value
  特斯拉: { pattern: '特斯拉', unit: 'T', kind: 'measure', digitsOnly: true }, // 5.0特斯拉 of an MRI scanner, not the carmaker
  分贝: { pattern: '分贝', unit: 'dB', kind: 'measure', digitsOnly: true }, // 取三分贝蒂斯: three points v Betis
  兆赫: { pattern: '兆赫', unit: 'MHz', kind: 'measure' },
  赫兹: { pattern: '赫兹', unit: 'Hz', kind: 'measure' },
  KL: { pattern: '(?:KL|kL|kl)(?![A-Za-z])', unit: 'KL', kind: 'measure' },
  千升: { pattern: '千升', unit: 'KL', kind: 'measure' },
  kWh: { pattern: '(?:kWh|KWH|kwh)(?![A-Za-z])', unit: 'kWh', kind: 'measure' },
  MWh: { pattern: '(?:MWh|MWH)(?![A-Za-z])', unit: 'MWh', kind: 'measure' },
  GWh: { pattern: '(?:GWh|GWH)(?![A-Za-z])', unit: 'GWh', kind: 'measure' },
  TWh: { pattern: '(?:TWh|TWH)(?![A-Za-z])', unit: 'TWh', kind: 'measure' },
  kW: { pattern: '(?:kW|KW|kw)(?![A-Za-z])', unit: 'kW', kind: 'measure' },
  MW: { pattern: 'MW(?![A-Za-z])', unit: 'MW', kind: 'measure' },
  // Solar peak power: 100MWp, 5kWp, 2GWp.
  kWp: { pattern: '(?:kWp|KWp)(?![A-Za-z])', unit: 'kWp', kind: 'measure' },
  MWp: { pattern: 'MWp(?![A-Za-z])', unit: 'MWp', kind: 'measure' },
  GWp: { pattern: 'GWp(?![A-Za-z])', unit: 'GWp', kind: 'measure' },
  // Phones and chargers: 7000mAh, 100W快充, 800V高压平台 (not 3V3, a match of three a side).
  mAh: { pattern: 'mAh(?![A-Za-z])', unit: 'mAh', kind: 'measure' },
  毫安时: { pattern: '毫安时', unit: 'mAh', kind: 'measure' },
  // Battery cells: 587安时 (280Ah below). Torque: 120牛·米.
  安时: { pattern: '安时', unit: 'Ah', kind: 'measure' },
  '牛·米': { pattern: '牛·米', unit: 'N·m', kind: 'measure' },
  牛米: { pattern: '牛米', unit: 'N·m', kind: 'measure' },
  // Screens: 1000尼特 (nits), 120Hz.
  尼特: { pattern: '尼特', unit: 'nit', kind: 'measure', digitsOnly: true },
  // Stadium and street lighting: 2500勒克斯, 2000lx.
  勒克斯: { pattern: '勒克斯', unit: 'lx', kind: 'measure' },
  lx: { pattern: 'lx(?![A-Za-z])', unit: 'lx', kind: 'measure' },
  Hz: { pattern: 'Hz(?![A-Za-z])', unit: 'Hz', kind: 'measure' },
  // Battery energy density and capacity: 430Wh/L, 300Wh/kg, 280Ah.
  'Wh/kg': { pattern: 'Wh/kg(?![A-Za-z])', unit: 'Wh/kg', kind: 'measure' },
  'Wh/L': { pattern: 'Wh/L(?![A-Za-z])', unit: 'Wh/L', kind: 'measure' },
  Ah: { pattern: 'Ah(?![A-Za-z])', unit: 'Ah', kind: 'measure' },
  kVAh: { pattern: '(?:kVAh|KVAh|KVAH)(?![A-Za-z])', unit: 'kVAh', kind: 'measure' },
  W: { pattern: 'W(?![A-Za-z0-9])', unit: 'W', kind: 'measure' },
  kV: { pattern: '(?:kV|KV)(?![A-Za-z0-9])', unit: 'kV', kind: 'measure' },
  V: { pattern: 'V(?![A-Za-z0-9])', unit: 'V', kind: 'measure' },
  GW: { pattern: 'GW(?![A-Za-z])', unit: 'GW', kind: 'measure' },
  'km/h': { pattern: 'km/h(?![A-Za-z])', unit: 'km/h', kind: 'measure' },
  km: { pattern: 'km(?![A-Za-z/])', unit: 'km', kind: 'measure' },
  kg: { pattern: 'kg(?![A-Za-z])', unit: 'kg', kind: 'measure' },
  // Sizes and residues in product and inspection news: 30mm, 52mg/kg, 500mL, 3nm.
  'cm²': { pattern: 'cm[²2](?![A-Za-z\\d])', unit: 'cm2', kind: 'measure' },
  平方厘米: { pattern: '平方厘米', unit: 'cm2', kind: 'measure' },
  cm: { pattern: 'cm(?![A-Za-z]|涨停)', unit: 'cm', kind: 'measure' }, // 20cm涨停 is the 20% price limit
  mm: { pattern: 'mm(?![A-Za-z])', unit: 'mm', kind: 'measure' },
  nm: { pattern: 'nm(?![A-Za-z])', unit: 'nm', kind: 'measure' },
  // A concentration in safety news (一氧化碳浓度24ppm).
  ppm: { pattern: 'ppm(?![A-Za-z])', unit: 'ppm', kind: 'measure' },
  mg: { pattern: 'mg(?![A-Za-z/])', unit: 'mg', kind: 'measure' },
  'mg/kg': { pattern: 'mg/kg(?![A-Za-z])', unit: 'mg/kg', kind: 'measure' },
  // What an inspection finds in food: 1.62g/kg, 0.8g/100g, 5.2mg/g, 1.8μg/kg, 150CFU/g, 1.62克/千克.
  'g/kg': { pattern: 'g/kg(?![A-Za-z])', unit: 'g/kg', kind: 'measure' },
  '克/千克': { pattern: '克/千克', unit: 'g/kg', kind: 'measure' },
  'g/100g': { pattern: 'g/100g(?![A-Za-z\\d])', unit: 'g/100g', kind: 'measure' },
  '克/100克': { pattern: '克/100克', unit: 'g/100g', kind: 'measure' },
  'mg/g': { pattern: 'mg/g(?![A-Za-z])', unit: 'mg/g', kind: 'measure' },
  'µg/kg': { pattern: '[μµ]g/kg(?![A-Za-z])', unit: 'µg/kg', kind: 'measure' },
  'CFU/g': { pattern: 'CFU/g(?![A-Za-z])', unit: 'CFU/g', kind: 'measure' },
  'CFU/mL': { pattern: 'CFU/m[lL](?![A-Za-z])', unit: 'CFU/mL', kind: 'measure' },
  g: { pattern: 'g(?![A-Za-z/]|网|手机|基站|信号|时代|用户|套餐|技术|终端)', unit: 'g', kind: 'measure' },
  mL: { pattern: '(?:mL|ml)(?![A-Za-z])', unit: 'mL', kind: 'measure' },
  TEU: { pattern: 'TEU(?![A-Za-z])', unit: 'TEU', kind: 'measure' },
  CGT: { pattern: 'CGT(?![A-Za-z])', unit: 'CGT', kind: 'measure' },
  GB: { pattern: 'GB(?![A-Za-z])', unit: 'GB', kind: 'measure' },
  'TB/s': { pattern: 'TB/s(?![A-Za-z])', unit: 'TB/s', kind: 'measure' },
  TB: { pattern: 'TB(?![A-Za-z/])', unit: 'TB', kind: 'measure' },
  PB: { pattern: 'PB(?![A-Za-z])', unit: 'PB', kind: 'measure' },
  MB: { pattern: 'MB(?![A-Za-z])', unit: 'MB', kind: 'measure' },
  // Network speeds and radio bands: 520Mbps, 1000兆比特每秒, 700MHz.
  Tbps: { pattern: 'Tbps(?![A-Za-z])', unit: 'Tbps', kind: 'measure' },
  Gbps: { pattern: 'Gbps(?![A-Za-z])', unit: 'Gbps', kind: 'measure' },
  Mbps: { pattern: 'Mbps(?![A-Za-z])', unit: 'Mbps', kind: 'measure' },
  kbps: { pattern: '[Kk]bps(?![A-Za-z])', unit: 'kbps', kind: 'measure' },
  兆比特每秒: { pattern: '兆比特每秒', unit: 'Mbps', kind: 'measure' },
  GHz: { pattern: 'GHz(?![A-Za-z])', unit: 'GHz', kind: 'measure' },
  MHz: { pattern: 'MHz(?![A-Za-z])', unit: 'MHz', kind: 'measure' },
  // Computing power of data centres: 45EFLOPS, 10000PFlops.
  ...Object.fromEntries(['E', 'P', 'T'].map((p) => [`${p}FLOPS`, { pattern: `${p}(?:FLOPS|Flops|flops)(?![A-Za-z])`, unit: `${p}FLOPS`, kind: 'measure' as const }])),
};

/** Longest surface first, so 千瓦时 wins over 千瓦 and 瓦. */
const SURFACES = Object.keys(UNITS).sort((a, b) => b.length - a.length);
const LOWER_SURFACES = SURFACES.map((s) => s.toLowerCase());
const unitAlternation = (keep: (u: Unit) => boolean) =>
  SURFACES.filter((s) => keep(UNITS[s]))
    .map((s) => UNITS[s].pattern)
    .join('|');
const UNIT_ANY = `(?:${unitAlternation((u) => !u.digitsOnly)})`;
const UNIT_DIGITS = `(?:${unitAlternation(() => true)})`;

const DIGITS = String.raw`\d+(?:,\d{3})*(?:[.·]\d+)?`;
/** Chinese numerals, the formal ones of contracts and invoices too (叁仟贰佰陆拾万元). */
const CN = `零〇○一二两三四五六七八九十百千万亿兆${CN_FORMAL}`;
/** Not inside a longer number, a name like F1 or an ordinal (第十二); but after an indicator's letters (GDP7689.3亿元, GMV120亿元) or a container unit a freight rate or a depositary share a dividend is per (每FEU4212美元, 每股ADS0.76美元). */
// (数 is a numeral's before a number, 数亿, but a noun's end in 指数, 系数, 人数: 价格指数2.1%.)
const INSIDE = String.raw`[\d.·第${CN}几]`;
const START = String.raw`(?<!${INSIDE})(?<!(?<![指系倍人次分总函参常])数)(?<!\d,)(?<![A-Za-z](?<!GDP|GMV|CPI|PPI|TEU|FEU|ADS|ADR|tokens|Tokens|token|Token))`;
const MAGNITUDE = '[十百千万亿兆多余几来]{0,6}?'; // 20几亿, 10来亿: twenty-odd, ten or so
/** 兆 is 10^12 in Taiwan and Hong Kong, written before the rest: 4兆8470亿元. */
const NUM_DIGITS = `(?:\\d+(?:[.·]\\d+)?[兆亿](?=\\d))?(?:\\d{1,4}万(?=\\d{4}(?!\\d)|\\d[千百]))?${DIGITS}${MAGNITUDE}`; // 1兆2000亿, 26亿5000万, 1万5000元, 1万5千元
/** Chinese numerals, with 几十/数亿/上百 for indefinite ones (not the 上 of 迈上千亿元); 万元 and 亿吨 alone are 1万 and 1亿, but 千米 and 千克 are units. */
const NUM_CN = `(?:[几数]|(?<![迈跃站登踏冲])上(?=[百千万亿]))?[${CN}点几]{1,24}?${MAGNITUDE}`; // bounded: no runaway backtracking on long numeral runs
const TO = '(?:至|到|~|〜|-|—|–)';
/** The jiao and fen after a sum's yuan. */
const ONE_DIGIT = `[1-9一二两三四五六七八九${CN_FORMAL.replace(/[拾佰仟万亿]/g, '')}]`;
const JIAO_FEN = `(?:${ONE_DIGIT}角(?:${ONE_DIGIT}分)?|零${ONE_DIGIT}分)`;
const YUAN_JIAO_FEN = new RegExp(`^(.+)元(?:(${ONE_DIGIT})角)?(?:零?(${ONE_DIGIT})分)?$`);
/** The same said the market's way, 块 for 元 and 毛 for 角, the 毛 often left out: 3块3, 两块五, 三块八毛, 四毛五. */
const SPOKEN_PRICE_END = '(?=[，,。；;、)）\\s]|$|一[斤个])';
const KUAI_MAO = new RegExp(`^(?:(.+)块)?(${ONE_DIGIT})[毛角]?(?:(${ONE_DIGIT})分?)?$`);
/** An order of magnitude before 级: 万亿级, 千万级, 10万级. */
const GRADE = '(?:\\d{1,4}[万亿]|[一两二三四五六七八九]?[十百千]?[万亿]|[百千]万|万亿)';
const GRADE_ONLY = new RegExp(`^(${GRADE})([元吨])?级$`);

/** Currencies written before their number when no unit follows it: 收受美元120万, 集资人民币15亿 (before a unit: currencyBeside). */
const CURRENCY_WORDS: Record<string, string> = { 人民币: 'CNY', 美元: 'USD', 港元: 'HKD', 港币: 'HKD', 欧元: 'EUR', 日元: 'JPY', 英镑: 'GBP', 新台币: 'TWD', 澳门元: 'MOP', 澳门币: 'MOP' };
/** Currency signs and codes written before the number, and their currency (a code is its own). */
const SIGNS: Record<string, string> = { $: 'USD', US$: 'USD', HK$: 'HKD', NT$: 'TWD', MOP$: 'MOP', S$: 'SGD', A$: 'AUD', C$: 'CAD', NZ$: 'NZD', '¥': 'CNY', '￥': 'CNY', '€': 'EUR', '£': 'GBP', RMB: 'CNY', RM: 'MYR', ...CURRENCY_WORDS };
const CURRENCY_SIGN = String.raw`(?<![A-Za-z])(?:US|HK|NT|MOP|S|A|C|NZ)?\$|[¥￥€£]|(?<![A-Za-z])(?:USD|HKD|MOP|TWD|RMB|CNY|EUR|GBP|JPY|RM)(?=\s?\d)`;
const CURRENCY_WORD = `(?:${Object.keys(CURRENCY_WORDS).join('|')})`;
const SIGN_FIRST = new RegExp(`^(?:${CURRENCY_SIGN}|${CURRENCY_WORD})`);

// Every amount starts with a digit, a numeral or 百分之/几/数/上: the alternatives are only
// tried where that one character is (scan.ts).
const AMOUNTS = new ScanPattern(
  `[\\d${CN}几数上$¥￥€£A-Z人美港欧日英新澳]`,
  [
    // (First: 百亿元级 and 万吨级 are grades, not 百亿元 or 万吨 and a 级.)
    `${START}${GRADE}[元吨]?级`,
    // (万分之三点二, one in ten thousand; not inside 十万分之一.)
    `(?:[百千]|(?<![${CN}\\d])万)分之[${CN}点\\d.]+(?:${TO}(?:[百千万]分之)?[${CN}点\\d.]+)?`,
    // A currency sign or code before the number: $100, US$5亿, NT$320亿 (and NT$15亿元), ¥300 (and ¥300元), €20, MOP 385.6亿,
    // and before a range: HK$4.5亿至5.2亿.
    `(?:${CURRENCY_SIGN})\\s?${DIGITS}(?: ?(?:million|billion)(?![A-Za-z])|[万亿兆]*(?:(?<=亿)\\d{1,4}万)?(?:${TO}${DIGITS}[万亿兆]*)?(?:(?<=(?:[¥￥]|NT\\$|HK\\$|MOP\\$?|RMB|CNY)\\s?[\\d.,万亿兆]+)元)?)`,
    // A currency word before a number with no unit after it: 美元120万, 人民币15亿至20亿.
    // (Not an exchange rate, 兑美元7.1, nor a date or a count after it: 日元15日走强.)
    // (港币18仙: Hong Kong cents.)
    `(?<!兑)${CURRENCY_WORD}\\s?${DIGITS}[万亿兆]*(?:${TO}${DIGITS}[万亿兆]*)?(?:(?<=港[币元]\\s?[\\d.,]+)仙)?(?![\\d.,·万亿兆元仙]|${UNIT_ANY}|[余多日号月年点时分秒个家只件人名次倍岁天周])`,
    // The first amount of a list that writes its unit once, after the last: 分别为1.2亿、3.5亿元 (read with it: LISTED_UNIT).
    `${START}${DIGITS}[万亿兆]+(?=、${DIGITS}[万亿兆]*${UNIT_DIGITS})`,
    // A height said the spoken way: 1米85 is 1.85 m, 一米八 1.8 m.
    `${START}\\d米\\d{1,2}(?![\\d.${CN}])`,
    `${START}[一两]米[一二三四五六七八九]{1,2}(?![${CN}万亿])`,
    // Yuan and jiao (and fen) together are one sum: 1元2角, 二十六元九角, 伍拾元伍角叁分.
    `${START}(?:${NUM_DIGITS}|${NUM_CN})元${JIAO_FEN}`,
    `${START}(?:\\d{1,3}|[一二两三四五六七八九十]{1,2})块${ONE_DIGIT}毛?${SPOKEN_PRICE_END}`,
    `${START}${ONE_DIGIT}毛${ONE_DIGIT}分?${SPOKEN_PRICE_END}`,
    // A number and its unit; a range is one amount, as a date range is one date: 3至5亿元, 250元至900元,
    // 10%至20% (the unit written twice must be the same unit). Each alternation of the units is
    // written once per form: each is some 3 KB, and the scan splits what passes V8's limit (scan.ts).
    `${START}${NUM_DIGITS}(?:(?<u1>${UNIT_DIGITS})(?:${TO}${NUM_DIGITS}\\k<u1>)?|${TO}${NUM_DIGITS}${UNIT_DIGITS})`,
    // Scraped text that lost its decimal point keeps a space in its place (572 7亿美元, 涨3 64%), and
    // forms and tables write a space before 万 or 亿 (拟奖补50 万元), or before the unit (目标价 28.5 元, 73 吨).
    `${START}(?:\\d{1,3} \\d{1,2}|${DIGITS} (?=[万亿元吨%％]|美元|港元))${MAGNITUDE}${UNIT_DIGITS}`,
    `${START}零度`,
    // 5个至8个百分点: a range of points that counts each end.
    `${START}${DIGITS}个${TO}${DIGITS}个(?:百分点|基点)`,
    `${START}${NUM_CN}(?:(?<u2>${UNIT_ANY})(?:${TO}${NUM_CN}\\k<u2>)?|${TO}${NUM_CN}${UNIT_ANY})`,
    // 一至两成, 两到三成: a range of tenths, its unit said once or twice.
    `${START}(?:[1-9]|10|[一二两三四五六七八九十])成?${TO}(?:[1-9]|10|[一二两三四五六七八九十])成(?![为立功本员果就长熟型交绩效年人千万不半])`,
    `${START}(?:[1-9]|10|[一二两三四五六七八九十])成(?:半(?![年天月])|[一二三四五六七八九](?![年月日天个十百千万亿倍成分])|(?![为立功本员果就长熟型交绩效年人千万不半]))`,
  ],
  // All but 百分之 and a currency sign begin with START: a numeral inside a number starts none.
  { first: `[\\d${CN.replace(/[百千佰仟]/g, '')}几数上]`, after: INSIDE },
);

const HAS_NUMERAL = new RegExp(`[\\d零〇○一二两三四五六七八九十几数上${CN_FORMAL}]`);

const UNIT_ALONE = /^[百千]?[万亿]+[^\d零〇○一二两三四五六七八九十]*$/;
const UNIT_LABEL_BEFORE = /(?:[(（]|单位[:：]\s?|[|｜\t]\s*|[以按每/])$/;
const CELL_AFTER = /^[^\S\n]*[|｜\t]/;
const PER_OUTPUT_AFTER = /^(?:户|GDP|地区生产总值|生产总值|工业增加值|增加值|产值)/;

const FULL_WIDTH_DIGIT = /[０-９]/;

/** Where a range splits into its two numbers. */
const RANGE_SPLIT = new RegExp(`${TO}(?=[\\d${CN}几数上]|[百千万]分之)`);

export const recognizeAmounts: Recognizer = ({ text, traditional }) => {
  // ５，０００万元, １，２６０，０００元, １，２００万元: between full-width digits, full-width commas group thousands where one of
  // the groups starts with 0, as no number does, or the first has fewer than three digits, as a list's seldom does
  // (１２０，３００元 is a list; same length, same offsets).
  const folded = foldWidth(text).replace(/(?<!\d)\d{1,3}(?:，\d{3})+(?!\d)/g, (run, at: number) => (FULL_WIDTH_DIGIT.test(text[at]!) && (run.includes('，0') || run.indexOf('，') < 3) ? run.replaceAll('，', ',') : run));
  const local = traditional ? localCurrency(folded) : taiwanDollar(folded);
  const out: Candidate[] = [];
  for (const m of scan(AMOUNTS, folded)) {
    const end = m.index + m[0].length;
    // 总投资(亿元), 单位：万元: a unit a table's column is counted in, no amount; a table's unit
    // column (| 亿元 | 6832.5) as well, and a unit things are counted in or per (以万元计, 每万元贷款).
    // 万元GDP能耗: per 10,000 yuan of output, an indicator's name (吨标准煤/万元 too); 万元户 a well-off household.
    if (UNIT_ALONE.test(m[0]) && (UNIT_LABEL_BEFORE.test(folded.slice(Math.max(0, m.index - 3), m.index)) || CELL_AFTER.test(folded.slice(end, end + 3)) || PER_OUTPUT_AFTER.test(folded.slice(end, end + 6)))) continue;
    if (inIdiom(folded, m.index, end)) continue;
    // 桶 measures oil where oil is counted (原油库存减少21.9万桶, 投放50多万桶原油); 食用油8000桶 counts drums, no quantity.
    if (m[0].endsWith('桶') && !BARRELS_OF_OIL.test(folded.slice(Math.max(0, m.index - 30), m.index)) && !/^的?(?:原油|石油)/.test(folded.slice(end, end + 3))) continue;
    // 三元材料, 三元前驱体: a ternary battery chemistry, no money; nor 三元桥 and 三元里, nor the dairy 三元股份.
    // (…nor the dairy by its short name where the article names it: 北京三元食品股份有限公司 … 三元将力争.)
    if (m[0] === '三元' && (NOT_THREE_YUAN.test(folded.slice(end, end + 3)) || (/三元(?:食品|乳业|股份)/.test(folded) && !/[\d一二两三四五六七八九十]/.test(folded[m.index - 1] ?? '') && DAIRY_ACTS.test(folded.slice(end, end + 2))))) continue;
    // 零担 (part loads), 零米 and 零元购: 零 alone before a unit is a word's, no amount (零度 is read on its own).
    if (m[0][0] === '零' && m[0] !== '零度' && !HAS_NUMERAL.test(m[0].slice(1))) continue;
    // 上调30元至2980元: raised by the first amount to the second, two amounts and no range.
    const split = changeBefore(folded, m.index) ? changeAndLevel(m[0]) : undefined;
    // 1.2亿、3.5亿元: the first amount is read with the unit the list ends with.
    const unit = /[\d万亿兆]$/.test(m[0]) ? (LISTED_UNIT.exec(folded.slice(end, end + 24))?.[1] ?? '') : '';
    for (const [from, to] of split ?? [[0, m[0].length]]) {
      const c = amountAt(folded, m.index + from, m[0].slice(from, to), local, unit);
      if (c) out.push(c);
    }
  }
  return withPerUnitRanges(withPricesPerOne(out, folded), folded);
};

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

const RANGE_JOIN = new RegExp(`^${TO}$`);

/** Two prices per the same unit joined as a range are one amount, as 250元至900元 is: 0.53元/立方米至0.55元/立方米 (not 上调30元/吨至2980元/吨, a change and a level). */
function withPerUnitRanges(found: Candidate[], folded: string): Candidate[] {
  for (let k = found.length - 1; k > 0; k--) {
    const [lo, hi] = [found[k - 1]!, found[k]!];
    const unit = lo.attrs?.unit;
    if (typeof unit !== 'string' || !unit.includes('/') || unit !== hi.attrs?.unit || typeof lo.attrs?.value !== 'number' || typeof hi.attrs?.value !== 'number') continue;
    if (!RANGE_JOIN.test(folded.slice(lo.end, hi.start)) || changeBefore(folded, lo.start)) continue;
    lo.end = hi.end;
    lo.attrs.value = range(lo.attrs.value, hi.attrs.value, true)!;
    found.splice(k, 1);
  }
  return found;
}

/** What follows 三元 when it is no sum: a ternary battery chemistry (三元材料, 三元前驱体, 三元正极, 三元锂电池), and the places and dairy named 三元 (三元桥, 三元里, 三元朱村, 三元股份). */
const NOT_THREE_YUAN = /^(?:材料|前驱体|正极|锂|电池|催化|桥|里|区|路|街|村|朱|食品|乳业|股份|牛奶)/;
/** What the dairy 三元 does or has after its short name: 三元将, 三元表示, 三元旗下. */
const DAIRY_ACTS = /^(?:将|表示|称|在|已|也|还|计划|发布|公告|董事|总经理|旗下|今年|去年|营收|净利)/;
/** Words of the oil trade within 30 characters before a number of 桶. */
const BARRELS_OF_OIL = /原油|石油|油田|油气|页岩油|储油|产油|日产|产量|需求|供应|欧佩克|OPEC|储量/;

/** The unit a list of amounts writes once, after its last: 、3.5亿元. */
const LISTED_UNIT = new RegExp(`^、${DIGITS}[万亿兆]*(${UNIT_DIGITS})`);

/** Verbs of a change by an amount: 上调, 下调, 提高, 降低, 上涨, 下跌, 增加, 减少. */
const CHANGE_BEFORE = /(?:[上下]调|提高|降低|[上下]涨|[下回]落|下跌|上浮|下浮|增加|减少|涨|跌|降)了?$/;
const changeBefore = (folded: string, at: number): boolean => CHANGE_BEFORE.test(folded.slice(Math.max(0, at - 3), at));

/**
 * The two amounts of a change and the level it reaches (30元至2980元 after 上调), as [start, end)
 * in `s`: the unit written with both and the level at least five times the change. A range of
 * change (上涨200元至300元) stays one amount.
 */
function changeAndLevel(s: string): Array<[number, number]> | undefined {
  const sep = RANGE_SPLIT.exec(s);
  if (!sep) return undefined;
  const first = parseAmount(s.slice(0, sep.index));
  const second = parseAmount(s.slice(sep.index + sep[0].length));
  if (!first || !second || first.unit !== second.unit || typeof first.value !== 'number' || typeof second.value !== 'number' || second.value < 5 * first.value) return undefined;
  return [
    [0, sep.index],
    [sep.index + sep[0].length, s.length],
  ];
}

/** The AMOUNT candidate of `matched` at `index` of the folded text, read with `listedUnit` after it (1.2亿 of 1.2亿、3.5亿元), or undefined when it has no amount. */
function amountAt(folded: string, index: number, matched: string, local: string | undefined, listedUnit = ''): Candidate | undefined {
  const end = index + matched.length;
  const parsed = parseAmount(matched + listedUnit);
  if (!parsed) return undefined;
  const { kind } = parsed;
  let { value } = parsed;
  let start = index;
  const yuan = parsed.unit === 'CNY' && matched.endsWith('元') && !matched.endsWith('人民币元');
  const named = parsed.unit === 'CNY' ? currencyBeside(folded, index, end, yuan) : undefined;
  const unit = yuan ? (named?.unit ?? local ?? 'CNY') : parsed.unit;
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
  // 3万吨/日 t/day, an ore grade 1.6克/吨 g/t, a yield 650公斤/亩 kg/mu.)
  const per = kind === 'currency' ? PER_UNIT.exec(folded.slice(end, end + 8)) : kind === 'measure' ? (PER_TIME.exec(folded.slice(end, end + 3)) ?? PER_MEASURE.exec(folded.slice(end, end + 5))) : null;
  const perBefore = kind === 'currency' && !per ? (PER_UNIT_BEFORE.exec(folded.slice(Math.max(0, start - 14), start)) ?? PER_COUNTER_BEFORE.exec(folded.slice(Math.max(0, start - 6), start))) : null;
  const perUnit = per?.[1] ?? perBefore?.[1];
  const grade = !per && kind !== 'percent' && folded[end] === '级' && !/^级(?:别|数|差)/.test(folded.slice(end, end + 2)) ? 1 : 0;
  const valid = typeof value === 'string' || (value !== undefined && Number.isFinite(value)); // 1e400 is not a number a sidecar can hold
  const attrs = { ...(valid ? { value } : {}), ...(unit ? { unit: (speed ?? (degreesBelow ? '°C' : unit)) + (perUnit ? '/' + PER_UNITS[perUnit] : '') } : {}) };
  return { start, end: end + (per?.[0].length ?? grade) + (named?.after ?? 0), label: 'AMOUNT', source: `rule:amount-${kind}`, ...(Object.keys(attrs).length ? { attrs } : {}) };
}

/** What a price per unit does or is, between 每吨 and the price; what a share pays (每股派发现金红利0.96元). */
const PRICE_MOVES = '亏损|盈利|毛利|利润|成本|售价|价格|均价|补贴|上涨|下跌|上调|下调|提高|降低|增加|减少|亏|赚|涨|跌|降|(?:拟)?派(?:发|送)?(?:现金)?(?:红利|股利|股息)?';

/** Counters a price is per after a slash (0.95元/片) or right after 每 only: 每个 and 每只 before anything else say "each" (每个季度几百元). */
const COUNTERS: Record<string, string> = { 片: 'piece', 件: 'piece', 只: 'piece', 支: 'piece', 颗: 'piece', 个: 'piece', 台: 'unit', 张: 'sheet', 票: 'parcel' };
/** The units a price is given per, after a slash, and their codes. */
const PER_UNITS: Record<string, string> = {
  平方米: 'm2', 平米: 'm2', '㎡': 'm2', 'm²': 'm2', 立方米: 'm3', 方: 'm3', 'm³': 'm3', 吨: 't', 干吨: 'dmt', 湿吨: 'wmt', 公顷: 'ha', 升: 'L', 千瓦时: 'kWh', 兆瓦时: 'MWh', 度: 'kWh', 股: 'share', 桶: 'bbl', 千克: 'kg', 公斤: 'kg',
  克: 'g', 斤: 'jin', 亩: 'mu', 人次: 'person', 人: 'person', 天: 'day', 日: 'day', 月: 'month', 年: 'year', 晚: 'night',
  瓦时: 'Wh', Wh: 'Wh', kWh: 'kWh', MWh: 'MWh', 瓦: 'W', W: 'W', 千瓦: 'kW', kW: 'kW', 兆瓦: 'MW', MW: 'MW', 公里: 'km', 盎司: 'oz', 箱: 'box', TEU: 'TEU', FEU: 'FEU',
  百万英热单位: 'MMBtu', MMBtu: 'MMBtu', 瓶: 'bottle', 罐: 'can', 盒: 'pack', 套: 'set', 辆: 'vehicle', 头: 'head',
  千升: 'KL', ADS: 'ADS', 股ADS: 'ADS', ADR: 'ADS', 股ADR: 'ADS',
  ...COUNTERS,
};
/** Names as a regex alternation, the longest first: 千瓦时 before 瓦. */
const longestFirst = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).join('|');
// (A Latin unit not before more letters: 元/Wh, not 元/Week.)
const PER_UNIT = new RegExp(`^\\/(${longestFirst(Object.keys(PER_UNITS))})(?![A-Za-z])`);
/** 每吨 before the price, with what it is a price of, what it does and how near it is between (每吨焦炭亏损100元, 每吨约120元; the last 每 of 每年每亩). */
const PER_UNIT_BEFORE = new RegExp(`每(${longestFirst(Object.keys(PER_UNITS).filter((u) => !(u in COUNTERS)))})(?:(?!每)[\u4e00-\u9fff]){0,2}(?:${PRICE_MOVES})?(?:约|均|仅|达|为|在|近|超过?|逾|高达)?$`);
/** A counter right before the price, nothing between but how near it is: 每片0.13元, 每支约55元 (not 每个季度几百元). */
const PER_COUNTER_BEFORE = new RegExp(`每(${longestFirst(Object.keys(COUNTERS))})(?:约|均|仅|为|近|高达)?$`);
/** (Before a verb too: 由40万吨/年提升至…; not where the time starts a word: /年底.) */
const PER_TIME = /^\/(年|日|天|月)(?![a-z]|(?<=[年月])[底初末中内度份]|(?<=[日天])[前后内])/;
/** The quantities of ore, land or a liquid a quantity is given per (克/吨, 公斤/亩, 吨/公顷, 毫克/升 is read whole). */
const PER_MEASURE = /^\/(干吨|湿吨|吨|亩|公顷|立方米|升)/;

/** Sayings with a measure in them, no quantity: 一亩三分地 (one's own turf), 最后一公里 (the last step), 三桶油 (the three oil majors), 一元二次 (an equation's unknowns). */
const IDIOMS = ['一亩三分地', '一元复始', '最后一公里', '最后一米', '两桶油', '三桶油', '一元一次', '一元二次', '二元一次', '三元一次'];

function inIdiom(text: string, start: number, end: number): boolean {
  for (const idiom of IDIOMS) {
    const at = text.indexOf(idiom, Math.max(0, end - idiom.length));
    if (at >= 0 && at <= start && at + idiom.length >= end) return true;
  }
  return false;
}

const BELOW_ZERO = /(?:零下|(?<![\d.%A-Za-z])[-−])$/;
/** A minus sign, or 负 written after a copula or a pause (同比为负0.3%; not 负债). */
const MINUS = /(?:(?<![\d.%A-Za-z])[-−]|(?<=[为是至到达、，,：:(（]|^)负)$/;

const SPEED_BEFORE = /(?:时速|每小时)(?:可达|最高|达到?|为|约|超过|近)?$/;

/** A currency written before a sum: 新台币7596.9亿元, 港币12亿元, 人民币3亿元. */
const CURRENCY_BEFORE = /(人民币|新台币|台币|港币|港元|美元|美金|欧元|日元|澳门币|澳门元|澳元|新加坡元|新元|英镑|韩元|日币|韩币)\s?$/;

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
  // (…in an article set in Taiwan, or that names it more than once: not a mainland article citing a Taiwanese maker's 5830亿元新台币 once.)
  const named = text.match(/新?台币/g)?.length ?? 0;
  return named && (named > 1 || LOCAL_CUES.TWD.test(text)) && !/人民币|RMB|CNY|港元|港币|澳门元|澳门币/.test(text) ? 'TWD' : undefined;
}

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

export interface ParsedAmount {
  value?: number | string;
  unit?: string;
  kind: Unit['kind'] | 'magnitude';
}

/** A range of tenths: 一至两成, 两成到三成. */
const TENTHS_RANGE = new RegExp(`^(.+?)成?${TO}(.+)成$`);

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
    // US$500 million: the English scale word after the number.
    // 港币18仙: cents.
    const scale = /million$/.test(s) ? 1e6 : /billion$/.test(s) ? 1e9 : s.endsWith('仙') ? 0.01 : 1;
    const parts = s.slice(m[0].length).trim().replace(/[元仙]$|\s?(?:million|billion)$/, '').split(RANGE_SPLIT).map((p) => parseNumber(p)).map((n) => (n === undefined ? n : scaled(n, scale)));
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
  // 20%多: more than 20%; 千米/时 is 公里/小时; µg/m3 is μg/m³, μg/kg µg/kg, cm2 cm², mg/m3 mg/m³, Nm3 Nm³, m3 m³.
  const body = s.replace(/^(\d+(?:\.\d+)?)个(?=[至到~〜\-—–])/, '$1').replace(/%多$/, '%').replace(/(?:公里|千米)\/小?时$/, '公里/小时').replace(/[μµ]g\/m[³3]$/, 'μg/m³').replace(/[μµ]g\/kg$/, 'µg/kg').replace(/cm2$/, 'cm²').replace(/mg\/(N?)m3$/, 'mg/$1m³').replace(/毫克每升$/, '毫克/升').replace(/Nm3(\/h)?$/, 'Nm³$1').replace(/(?<=[\d万亿])m3(\/s)?$/, 'm³$1').replace(/(?<!平)方呎$/, '平方呎');
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

function range(lo: number | undefined, hi: number | undefined, isRange: boolean): number | string | undefined {
  if (!isRange) return lo;
  return lo !== undefined && hi !== undefined ? `${lo}/${hi}` : undefined;
}

function scaled(n: number, scale: number): number {
  return Number((n * scale).toPrecision(12));
}

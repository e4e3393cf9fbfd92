// The units an AMOUNT is counted in: currencies (ISO 4217 codes), percent and measures (SI-style
// symbols), each with how it is written and what it scales to, and the currency signs and words
// written before a number.

export interface Unit {
  /** How the unit is written, with guards against words that merely start with it. */
  pattern: string;
  unit?: string;
  /** Multiplier into `unit` (美分 → 0.01 USD). */
  scale?: number;
  kind: 'currency' | 'percent' | 'measure';
  /** Only after digits: 一度 (once), 两度, 三伏, 提升, 三角 are not quantities. */
  digitsOnly?: boolean;
}

/** Counters of what is made, and their units in an output rate (片/月, 辆/年). */
const OUTPUT_COUNTERS: Record<string, string> = { 片: 'piece', 辆: 'vehicle', 台: 'unit', 套: 'set', 件: 'piece' };

/**
 * Where 点 is an index's points, not a clock's hour (下午3点): a level has decimals or three digits and an index,
 * a market's close or another level named before it in the clause (恒生指数…升至26,900点，其后倒跌，半日收报26,650点);
 * a move has a verb of one right before it.
 */
const INDEX_POINTS = String.raw`(?:(?<=(?:指数|指|点位|大盘|A股|港股|美股|运价|报价|收报|报收|收市|收盘|高开|低开|WS|BDI|BCI|BPI|BSI|SCFI|CCFI|NCFI|\d{3}(?:\.\d+)?点)[^。；;\n]{0,24}(?:\d\.\d+|\d{3}))|(?<=[涨跌升降挫]\d+(?:\.\d+)?))`;

export const UNITS: Record<string, Unit> = {
  人民币元: { pattern: '人民币元', unit: 'CNY', kind: 'currency' },
  人民币: { pattern: '人民币', unit: 'CNY', kind: 'currency' },
  美元: { pattern: '美元', unit: 'USD', kind: 'currency' },
  美金: { pattern: '美金', unit: 'USD', kind: 'currency' },
  日币: { pattern: '日币', unit: 'JPY', kind: 'currency' },
  韩币: { pattern: '韩币', unit: 'KRW', kind: 'currency' },
  美分: { pattern: '美分', unit: 'USD', scale: 0.01, kind: 'currency' },
  美仙: { pattern: '美仙', unit: 'USD', scale: 0.01, kind: 'currency' }, // US cents as Hong Kong writes them
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
  韩圜: { pattern: '韩圜', unit: 'KRW', kind: 'currency' },
  俄罗斯卢布: { pattern: '俄罗斯卢布', unit: 'RUB', kind: 'currency' },
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
  葡币: { pattern: '葡币', unit: 'MOP', kind: 'currency' },
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
  日圆: { pattern: '日圆(?![满润])', unit: 'JPY', kind: 'currency' }, // (not a day and 圆满: 于8日圆满结束)
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
  新分: { pattern: '新分(?![配类区期拆行店支部局会院布流工])', unit: 'SGD', scale: 0.01, kind: 'currency', digitsOnly: true }, // Singapore cents: 每股6新分 (not 3新分配方案, a new allocation)
  便士: { pattern: '便士', unit: 'GBP', scale: 0.01, kind: 'currency' },
  // 每度156.1仙: Hong Kong's cents per unit of power, the dollar unsaid
  仙: { pattern: '仙(?![人女境子鹤桃居侠姑])', unit: 'HKD', scale: 0.01, kind: 'currency', digitsOnly: true },
  // 28蚊: Hong Kong dollars, said the Cantonese way
  蚊: { pattern: '蚊(?![子虫香帐])', unit: 'HKD', kind: 'currency', digitsOnly: true },
  毛钱: { pattern: '毛钱', unit: 'CNY', scale: 0.1, kind: 'currency' },
  角钱: { pattern: '角钱', unit: 'CNY', scale: 0.1, kind: 'currency' },
  分钱: { pattern: '分钱', unit: 'CNY', scale: 0.01, kind: 'currency' },
  // 50块一次: colloquial yuan; 3块石头 counts pieces, so only before a pause or a rate
  块: { pattern: '块(?=[一每]|[,.;!?、)）\\s]|$)', unit: 'CNY', kind: 'currency', digitsOnly: true },
  // (Not 一元化, 多元化; but 10万亿元化债, 2万亿元化解, 10兆元化債: ten thousands and trillions of yuan are money.)
  元: { pattern: '元(?![论素件首帅老勋旦宵月朝代气音结村])(?!(?<![万亿兆]元)化)', unit: 'CNY', kind: 'currency' },
  角: { pattern: '角(?![形度色落钱])', unit: 'CNY', scale: 0.1, kind: 'currency', digitsOnly: true },
  '%': { pattern: '\\s?%多?', unit: 'percent', scale: 0.01, kind: 'percent' },
  '‰': { pattern: '‰', unit: 'percent', scale: 0.001, kind: 'percent' },
  // Hong Kong's and Macau's percent of an interest rate, in the sentence of one: 最优惠利率5.25厘, 年息下调至2.8厘, 利率…维持在5.25厘，東亞銀行則下調0.125厘,
  // an interbank rate's (一个月HIBOR报2.68厘) (not a monthly rate, 月息3厘, a tenth of that).
  // (…or before the rate it is: 以3.2厘至3.8厘的息率发行.)
  厘: { pattern: '(?:(?<=(?:利率|息率|年息|按息|存息|拆息|息口|加息|减息|降息|HIBOR|LIBOR|SOFR)[^。；;\\n]{0,40})厘|厘(?=(?:至[\\d.]+厘)?的?(?:利率|息率|年息|票息)))(?![米升克毫])', unit: 'percent', scale: 0.01, kind: 'percent', digitsOnly: true },
  个基点: { pattern: '个基点', unit: 'basis-point', kind: 'percent' },
  个BP: { pattern: '个(?:BP|bp)(?![A-Za-z])', unit: 'basis-point', kind: 'percent' },
  基点: { pattern: '基点', unit: 'basis-point', kind: 'percent' },
  // Hong Kong's word for a basis point: 按周回落12點子.
  点子: { pattern: '点子', unit: 'basis-point', kind: 'percent', digitsOnly: true },
  點子: { pattern: '點子', unit: 'basis-point', kind: 'percent', digitsOnly: true },
  bps: { pattern: '(?:bps|BPS)(?![A-Za-z])', unit: 'basis-point', kind: 'percent' },
  bp: { pattern: '(?:bp|BP)(?![A-Za-z])', unit: 'basis-point', kind: 'percent' },
  个百分点: { pattern: '个百分点', unit: 'percentage-point', kind: 'percent' },
  百分点: { pattern: '百分点', unit: 'percentage-point', kind: 'percent' },
  // As brokers' notes write percentage points: 0.89pct, 0.02pp (not PP, polypropylene).
  pct: { pattern: 'pct(?![A-Za-z])', unit: 'percentage-point', kind: 'percent' },
  pp: { pattern: 'pp(?![A-Za-z])', unit: 'percentage-point', kind: 'percent' },
  // An index's level or move in points: 上证指数报3351.31点, 恒指收升64點, BDI收于1,284点 (see INDEX_POINTS).
  点: { pattern: `${INDEX_POINTS}点(?![钟半整])`, unit: 'point', kind: 'measure', digitsOnly: true },
  點: { pattern: `${INDEX_POINTS}點(?![鐘半整])`, unit: 'point', kind: 'measure', digitsOnly: true },
  平方公里: { pattern: '平方公里', unit: 'km2', kind: 'measure' },
  平方千米: { pattern: '平方千米', unit: 'km2', kind: 'measure' },
  平方米: { pattern: '平方米', unit: 'm2', kind: 'measure' },
  平方公尺: { pattern: '平方公尺', unit: 'm2', kind: 'measure' },
  平米: { pattern: '平米', unit: 'm2', kind: 'measure' },
  平方呎: { pattern: '平?方呎', unit: 'ft2', kind: 'measure' },
  平方英尺: { pattern: '平方英尺', unit: 'ft2', kind: 'measure' },
  平方尺: { pattern: '平方尺', unit: 'ft2', kind: 'measure' }, // (Malaysia's square foot)
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
  立方公尺: { pattern: '立方公尺', unit: 'm3', kind: 'measure' }, // as Taiwan writes the cubic metre
  立方英尺: { pattern: '立方英尺', unit: 'ft3', kind: 'measure' },
  '米/秒': { pattern: '米/秒', unit: 'm/s', kind: 'measure' },
  米每秒: { pattern: '米每秒', unit: 'm/s', kind: 'measure' }, // a wind's speed: 最大风力十四级（四十五米每秒）
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
  公尺: { pattern: '公尺', unit: 'm', kind: 'measure' }, // Taiwan's metre: 120公尺以下
  公分: { pattern: '公分', unit: 'cm', kind: 'measure' }, // Taiwan's centimetre: 60公分以下包裹
  英里: { pattern: '英里', unit: 'mi', kind: 'measure' },
  英尺: { pattern: '英尺', unit: 'ft', kind: 'measure' },
  英寸: { pattern: '英寸', unit: 'in', kind: 'measure' },
  // …and as Taiwan writes the inch and the nanometre: 12吋晶圆厂, 2奈米制程.
  吋: { pattern: '吋', unit: 'in', kind: 'measure' },
  奈米: { pattern: '奈米', unit: 'nm', kind: 'measure' },
  海里: { pattern: '海里', unit: 'nmi', kind: 'measure' },
  公顷: { pattern: '公顷', unit: 'ha', kind: 'measure' },
  英亩: { pattern: '英亩', unit: 'acre', kind: 'measure' },
  亩次: { pattern: '亩次', unit: 'mu-times', kind: 'measure' }, // land worked, counted each time: 作业面积20亿亩次
  亩: { pattern: '亩', unit: 'mu', kind: 'measure' },
  垧: { pattern: '垧', kind: 'measure' },
  载重吨: { pattern: '载重吨', unit: 'DWT', kind: 'measure' },
  DWT: { pattern: 'DWT(?![A-Za-z])', unit: 'DWT', kind: 'measure' },
  // Emissions in carbon dioxide equivalent: 176万吨二氧化碳当量, 2.5万公吨二氧化碳当量.
  吨二氧化碳当量: { pattern: '吨二氧化碳当量', unit: 'tCO2e', kind: 'measure' },
  公吨二氧化碳当量: { pattern: '公吨二氧化碳当量', unit: 'tCO2e', kind: 'measure' },
  吨标准煤: { pattern: '吨标准煤', unit: 'tce', kind: 'measure' },
  千克标准煤: { pattern: '(?:千克|公斤)标准煤', unit: 'kgce', kind: 'measure' },
  吨标煤: { pattern: '吨标煤', unit: 'tce', kind: 'measure' },
  吨公里: { pattern: '吨公里', unit: 't·km', kind: 'measure' },
  人公里: { pattern: '人公里', unit: 'passenger-km', kind: 'measure' },
  安培: { pattern: '安培', unit: 'A', kind: 'measure' },
  客公里: { pattern: '客公里', unit: 'passenger-km', kind: 'measure' }, // an airline's revenue passenger-kilometres (RPK)
  座公里: { pattern: '座公里', unit: 'seat-km', kind: 'measure' }, // its available seat-kilometres (ASK)
  总吨: { pattern: '总吨', unit: 'GT', kind: 'measure' },
  修正总吨: { pattern: '修正总吨', unit: 'CGT', kind: 'measure' }, // shipbuilding's compensated gross tonnage
  公吨: { pattern: '公吨', unit: 't', kind: 'measure' },
  金属吨: { pattern: '金属吨', unit: 't', kind: 'measure' },
  湿吨: { pattern: '[湿干]吨', unit: 't', kind: 'measure' }, // (ore by its wet or dry weight)
  吨: { pattern: '吨', unit: 't', kind: 'measure' },
  公斤: { pattern: '公斤', unit: 'kg', kind: 'measure' },
  公克: { pattern: '公克', unit: 'g', kind: 'measure' }, // Taiwan's gram
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
  公升: { pattern: '公升', unit: 'L', kind: 'measure' }, // as Taiwan writes the litre
  升: { pattern: '升(?![级值温高为至到格任学迁])', unit: 'L', kind: 'measure', digitsOnly: true },
  // A litre written L: 油箱55L, 百公里油耗5.2L (not a size, XL, or a model, 6L发动机 is its displacement all the same).
  L: { pattern: 'L(?![A-Za-z\\d])', unit: 'L', kind: 'measure', digitsOnly: true },
  // A flow a medical device or a pump delivers: 1-5L/min.
  'L/min': { pattern: 'L\\/min(?![A-Za-z])', unit: 'L/min', kind: 'measure', digitsOnly: true },
  加仑: { pattern: '加仑', unit: 'gal', kind: 'measure' },
  // Grain as American reports count it: 151.5亿蒲式耳.
  蒲式耳: { pattern: '蒲式耳', unit: 'bu', kind: 'measure' },
  // Oil and gas output in oil equivalent: 12万桶油当量, 3000万吨油当量.
  桶油当量: { pattern: '桶油当量', unit: 'boe', kind: 'measure' },
  吨油当量: { pattern: '吨油当量', unit: 'toe', kind: 'measure' },
  桶: { pattern: '桶', unit: 'bbl', kind: 'measure' },
  千瓦时: { pattern: '千瓦时', unit: 'kWh', kind: 'measure' },
  千瓦小时: { pattern: '千瓦小时', unit: 'kWh', kind: 'measure' }, // as statistics communiqués write it: 发电量14780亿千瓦小时
  // Heat a heating network delivers: 1100万吉焦, 50GJ
  吉焦: { pattern: '吉焦', unit: 'GJ', kind: 'measure' },
  // …and the gas a Hong Kong utility sells: 26,580百萬兆焦耳.
  兆焦耳: { pattern: '兆焦耳', unit: 'MJ', kind: 'measure' },
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
  // A count per month or year is an output rate, a measured quantity: 8.3万片/月 (wafers), 30万辆/年 (500套 alone stays a count).
  ...Object.fromEntries(Object.entries(OUTPUT_COUNTERS).map(([counter, unit]) => [counter, { pattern: `${counter}(?=\\/[年月日天])`, unit, kind: 'measure' } satisfies Unit])),
  标准箱: { pattern: '个?标准箱', unit: 'TEU', kind: 'measure' }, // 9850万个标准箱 too
  标箱: { pattern: '标箱', unit: 'TEU', kind: 'measure' },
  重量箱: { pattern: '重量箱', unit: 'weight-box', kind: 'measure' }, // flat glass's unit: 6528万重量箱
  泽字节: { pattern: '泽字节', unit: 'ZB', kind: 'measure' }, // data produced: 41.06泽字节
  // A ship's speed in knots, in the sentence of one: 最大航速25节 (not a lesson or a section: 3节课, 第5节).
  节: { pattern: '(?<=(?:航速|船速|时速|速度|风速)[^。；;\\n]{0,12})节(?![课目日假点])', unit: 'kn', kind: 'measure', digitsOnly: true },
  千卡: { pattern: '千卡', unit: 'kcal', kind: 'measure' },
  大卡: { pattern: '大卡(?![车片])', unit: 'kcal', kind: 'measure', digitsOnly: true }, // 5500大卡动力煤: a coal's heat value
  特斯拉: { pattern: '特斯拉', unit: 'T', kind: 'measure', digitsOnly: true }, // 5.0特斯拉 of an MRI scanner, not the carmaker
  分贝: { pattern: '分贝', unit: 'dB', kind: 'measure', digitsOnly: true }, // 取三分贝蒂斯: three points v Betis
  帕: { pattern: '帕(?![斯克特尔金森图萨米])', unit: 'Pa', kind: 'measure', digitsOnly: true }, // a vacuum's suction 22000帕; not a name's 帕 (3帕斯卡)
  兆赫: { pattern: '兆赫', unit: 'MHz', kind: 'measure' },
  赫兹: { pattern: '赫兹', unit: 'Hz', kind: 'measure' },
  KL: { pattern: '(?:KL|kL|kl)(?![A-Za-z])', unit: 'KL', kind: 'measure' },
  千升: { pattern: '千升', unit: 'KL', kind: 'measure' },
  公秉: { pattern: '公秉', unit: 'KL', kind: 'measure' }, // Taiwan's kilolitre: 油品銷量減少約12萬公秉
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
  // A laptop's battery, 75Wh; a headset's noise cancelling, 52dB.
  Wh: { pattern: 'Wh(?![A-Za-z/])', unit: 'Wh', kind: 'measure' },
  dB: { pattern: 'dB(?![A-Za-z])', unit: 'dB', kind: 'measure' },
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
  平方毫米: { pattern: '平方毫米', unit: 'mm2', kind: 'measure' },
  cm: { pattern: 'cm(?![A-Za-z]|涨停)', unit: 'cm', kind: 'measure' }, // 20cm涨停 is the 20% price limit
  mm: { pattern: 'mm(?![A-Za-z])', unit: 'mm', kind: 'measure' },
  nm: { pattern: 'nm(?![A-Za-z])', unit: 'nm', kind: 'measure' },
  // A concentration in safety news (一氧化碳浓度24ppm).
  ppm: { pattern: 'ppm(?![A-Za-z])', unit: 'ppm', kind: 'measure' },
  // (…per a package too, 100mg/瓶; the compound units below are read whole.)
  mg: { pattern: 'mg(?![A-Za-z]|\\/[A-Za-zμµ\\d])', unit: 'mg', kind: 'measure' },
  'mg/kg': { pattern: 'mg/kg(?![A-Za-z])', unit: 'mg/kg', kind: 'measure' },
  // What an inspection finds in food: 1.62g/kg, 0.8g/100g, 28.6mg/100g, 0.52g/100mL, 5.2mg/g, 1.8μg/kg, 150CFU/g, 1.62克/千克.
  'g/kg': { pattern: 'g/kg(?![A-Za-z])', unit: 'g/kg', kind: 'measure' },
  '克/千克': { pattern: '克/千克', unit: 'g/kg', kind: 'measure' },
  'g/100g': { pattern: 'g/100g(?![A-Za-z\\d])', unit: 'g/100g', kind: 'measure' },
  'mg/100g': { pattern: 'mg/100g(?![A-Za-z\\d])', unit: 'mg/100g', kind: 'measure' },
  'g/100mL': { pattern: 'g/100m[Ll](?![A-Za-z\\d])', unit: 'g/100mL', kind: 'measure' },
  'mg/100mL': { pattern: 'mg/100m[Ll](?![A-Za-z\\d])', unit: 'mg/100mL', kind: 'measure' },
  // (…and what a food-contact surface gives off, per its area: 0.032mg/100cm², 0.6mg/dm².)
  'mg/100cm²': { pattern: 'mg/100(?:cm²|cm2|平方厘米)', unit: 'mg/100cm2', kind: 'measure' },
  'mg/dm²': { pattern: 'mg/(?:dm²|dm2)(?![\\d])', unit: 'mg/dm2', kind: 'measure' },
  '克/100克': { pattern: '克/100克', unit: 'g/100g', kind: 'measure' },
  'mg/g': { pattern: 'mg/g(?![A-Za-z])', unit: 'mg/g', kind: 'measure' },
  'µg/kg': { pattern: '[μµ]g/kg(?![A-Za-z])', unit: 'µg/kg', kind: 'measure' },
  // (…and what a medical device releases: 12.6μg/g of ethylene oxide.)
  'µg/g': { pattern: '[μµ]g/g(?![A-Za-z])', unit: 'µg/g', kind: 'measure' },
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
  EB: { pattern: 'EB(?![A-Za-z])', unit: 'EB', kind: 'measure' },
  ZB: { pattern: 'ZB(?![A-Za-z])', unit: 'ZB', kind: 'measure' },
  MB: { pattern: 'MB(?![A-Za-z])', unit: 'MB', kind: 'measure' },
  // Network speeds and radio bands: 520Mbps, 1000兆比特每秒, 700MHz.
  Tbps: { pattern: 'Tbps(?![A-Za-z])', unit: 'Tbps', kind: 'measure' },
  Gbps: { pattern: 'Gbps(?![A-Za-z])', unit: 'Gbps', kind: 'measure' },
  Mbps: { pattern: 'Mbps(?![A-Za-z])', unit: 'Mbps', kind: 'measure' },
  kbps: { pattern: '[Kk]bps(?![A-Za-z])', unit: 'kbps', kind: 'measure' },
  兆比特每秒: { pattern: '兆比特每秒', unit: 'Mbps', kind: 'measure' },
  GHz: { pattern: 'GHz(?![A-Za-z])', unit: 'GHz', kind: 'measure' },
  MHz: { pattern: 'MHz(?![A-Za-z])', unit: 'MHz', kind: 'measure' },
  // A chip's computing power: 700TOPS, 254 TOPS.
  TOPS: { pattern: 'TOPS(?![A-Za-z])', unit: 'TOPS', kind: 'measure' },
  // Computing power of data centres: 45EFLOPS, 10000PFlops.
  ...Object.fromEntries(['E', 'P', 'T'].map((p) => [`${p}FLOPS`, { pattern: `${p}(?:FLOPS|Flops|flops)(?![A-Za-z])`, unit: `${p}FLOPS`, kind: 'measure' as const }])),
  // …and as the trade shortens PFLOPS after 万 or 亿 (算力规模达5.3万P; not a video's 1080P).
  P: { pattern: '(?<=[万亿])P(?![A-Za-z])', unit: 'PFLOPS', kind: 'measure' },
};

/** Longest surface first, so 千瓦时 wins over 千瓦 and 瓦. */
export const SURFACES = Object.keys(UNITS).sort((a, b) => b.length - a.length);
export const LOWER_SURFACES = SURFACES.map((s) => s.toLowerCase());
export const unitAlternation = (keep: (u: Unit) => boolean) =>
  SURFACES.filter((s) => keep(UNITS[s]))
    .map((s) => UNITS[s].pattern)
    .join('|');

/** Currencies written before their number when no unit follows it: 收受美元120万, 集资人民币15亿 (before a unit: currencyBeside). */
export const CURRENCY_WORDS: Record<string, string> = { 人民币: 'CNY', 美元: 'USD', 港元: 'HKD', 港币: 'HKD', 欧元: 'EUR', 日元: 'JPY', 英镑: 'GBP', 新台币: 'TWD', 澳门元: 'MOP', 澳门币: 'MOP' };
/** Currency signs and codes written before the number, and their currency (a code is its own). */
export const SIGNS: Record<string, string> = { $: 'USD', US$: 'USD', HK$: 'HKD', NT$: 'TWD', MOP$: 'MOP', S$: 'SGD', A$: 'AUD', C$: 'CAD', NZ$: 'NZD', '¥': 'CNY', '￥': 'CNY', '€': 'EUR', '£': 'GBP', RMB: 'CNY', RM: 'MYR', ...CURRENCY_WORDS };

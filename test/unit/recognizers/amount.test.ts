import * as assert from 'node:assert/strict';
import { recognizeAmounts } from '../../../src/engine/recognizers/amount/amount';
import { found, texts } from './dateAmountHelpers';

describe('AMOUNT recognizer', () => {
  describe('forms, values and units', () => {
    const cases: Array<[string, string, number | string | undefined, string | undefined]> = [
      ['规模达到482亿元。', '482亿元', 48200000000, 'CNY'],
      ['销售额为572.7亿美元', '572.7亿美元', 57270000000, 'USD'],
      ['总产值超1.2万亿元', '1.2万亿元', 1.2e12, 'CNY'],
      ['投资五百亿元', '五百亿元', 5e10, 'CNY'],
      // (a grade of hundreds of millions measures money: yuan; not a count of users or parameters, nor a grade of thousands)
      ['打造千亿级大数据产业', '千亿级', 1e11, 'CNY'],
      ['拥有亿级用户规模', '亿级', 1e8, undefined],
      ['千亿级参数大模型', '千亿级', 1e11, undefined],
      ['千万级用户', '千万级', 1e7, undefined],
      ['增幅达25%,', '25%', 0.25, 'percent'],
      ['增幅达２５％，', '２５％', 0.25, 'percent'],
      ['占百分之五十', '百分之五十', 0.5, 'percent'],
      ['提高3个百分点', '3个百分点', 3, 'percentage-point'],
      ['年产70万KL啤酒', '70万KL', 700000, 'KL'],
      ['2万台套垂直电梯', '2万台套', 20000, '台套'],
      ['新增装机超过1200万千瓦', '1200万千瓦', 12000000, 'kW'],
      ['报11.95元', '11.95元', 11.95, 'CNY'],
      ['投资三千万元', '三千万元', 3e7, 'CNY'],
      ['１０亿千瓦时', '１０亿千瓦时', 1e9, 'kWh'],
      ['每桶１５．５美元', '１５．５美元', 15.5, 'USD/bbl'],
      ['跌至１美元兑换４１·９０比索', '１美元', 1, 'USD'],
      ['长３·７公里', '３·７公里', 3.7, 'km'],
      ['８０００公里的海岸', '８０００公里', 8000, 'km'],
      ['１０美分', '１０美分', 0.1, 'USD'],
      ['股息12.08美仙', '12.08美仙', 0.1208, 'USD'],
      ['可达二十六七摄氏度', '二十六七摄氏度', 26, '°C'],
      ['使八成下岗职工', '八成', 0.8, 'percent'],
      ['４０多公里', '４０多公里', 40, 'km'],
      ['费用约数亿元', '数亿元', undefined, 'CNY'],
      ['产值过亿元', '亿元', 1e8, 'CNY'],
      ['3至5亿元', '3至5亿元', '300000000/500000000', 'CNY'],
      ['１０至２０％', '１０至２０％', '0.1/0.2', 'percent'],
      ['涨3 64%,报11 95元', '3 64%', 0.0364, 'percent'],
      // an airline's available seat-kilometres and revenue passenger-kilometres
      ['ASK达到312.6亿座公里', '312.6亿座公里', 31260000000, 'seat-km'],
      ['旅客周转量为268.9亿客公里', '268.9亿客公里', 26890000000, 'passenger-km'],
      ['负载电流达到68安培', '68安培', 68, 'A'],
      // (数 ends 中位数 before a number as it ends 指数, no numeral's)
      ['以招股价中位数20港元计算', '20港元', 20, 'HKD/share'],
      ['交易,50块一次', '50块', 50, 'CNY'],
      ['投资100多亿元', '100多亿元', 1e10, 'CNY'],
      // ten-odd is at least ten, as 十多 is; tens of (几十) has no number
      ['十几亿元', '十几亿元', 1e9, 'CNY'],
      ['几十亿元', '几十亿元', undefined, 'CNY'],
      ['3纳米芯片', '3纳米', 3, 'nm'],
      ['8GB内存', '8GB', 8, 'GB'],
      ['果径30mm以上', '30mm', 30, 'mm'],
      ['磁场强度5.0特斯拉', '5.0特斯拉', 5, 'T'],
      ['占一成半', '一成半', 0.15, 'percent'],
      ['首付一成五', '一成五', 0.15, 'percent'],
      // a range of tenths is one amount, as 15%至20% is
      ['派息普遍下调一至两成', '一至两成', '0.1/0.2', 'percent'],
      ['降水偏多1至2成', '1至2成', '0.1/0.2', 'percent'],
      // Taiwan's inch and nanometre, a concentration, a backbone's bandwidth
      ['兴建首座12吋晶圆厂', '12吋', 12, 'in'],
      ['导入2奈米制程', '2奈米', 2, 'nm'],
      ['浓度已降至24ppm以下', '24ppm', 24, 'ppm'],
      ['出省带宽达到６５Ｔｂｐｓ以上', '６５Ｔｂｐｓ', 65, 'Tbps'],
      // a country's rupee, riyal or peso; fen and jiao said with 钱
      ['储备5000亿印度卢比', '5000亿印度卢比', 5e11, 'INR'],
      ['每斤涨3分钱', '3分钱', 0.03, 'CNY/jin'],
      // the currencies of the countries Chinese firms invest in, and a Malaysian ringgit sign
      ['投资约1.2万亿印尼盾', '1.2万亿印尼盾', 1.2e12, 'IDR'],
      ['工厂投资约120亿福林', '120亿福林', 1.2e10, 'HUF'],
      ['投资50亿雷亚尔', '50亿雷亚尔', 5e9, 'BRL'],
      ['超过20亿马来西亚林吉特', '20亿马来西亚林吉特', 2e9, 'MYR'],
      ['每月RM1700', 'RM1700', 1700, 'MYR/month'],
      // 亿 and 万 groups in digits; 零 after a big unit skips a group
      ['净利增长至26亿5000万令吉', '26亿5000万令吉', 2.65e9, 'MYR'],
      ['单车最高补贴达1万5千元', '1万5千元', 15000, 'CNY'],
      ['单车最高补贴达1万5000元', '1万5000元', 15000, 'CNY'],
      // yuan and jiao (and fen) are one sum
      ['热费每平方米二十六元九角', '二十六元九角', 26.9, 'CNY/m2'],
      ['人民币伍拾元伍角', '人民币伍拾元伍角', 50.5, 'CNY'],
      ['单价三元二角五分', '三元二角五分', 3.25, 'CNY'],
      // …said the market's way
      ['鸡蛋每斤3块3，', '3块3', 3.3, 'CNY/jin'],
      ['菠菜每斤两块五。', '两块五', 2.5, 'CNY/jin'],
      ['白菜四毛五。', '四毛五', 0.45, 'CNY'],
      ['政府拨出澳门元3.5亿', '澳门元3.5亿', 3.5e8, 'MOP'],
      ['百公里油耗仅5.2L', '5.2L', 5.2, 'L'],
      ['存储容量20PB', '20PB', 20, 'PB'],
      ['带宽3.35TB/s', '3.35TB/s', 3.35, 'TB/s'],
      ['利差约为65个BP', '65个BP', 65, 'basis-point'],
      ['供热量达到1100万吉焦', '1100万吉焦', 1.1e7, 'GJ'],
      ['煤气销售量为26,580百万兆焦耳', '26,580百万兆焦耳', 2.658e10, 'MJ'],
      ['最高运行速度100km/h', '100km/h', 100, 'km/h'],
      ['投资30亿巴西雷亚尔', '30亿巴西雷亚尔', 3e9, 'BRL'],
      ['在摩洛哥投资约130亿摩洛哥迪拉姆', '130亿摩洛哥迪拉姆', 1.3e10, 'MAD'],
      ['颗粒物排放浓度为28.6mg/m³', '28.6mg/m³', 28.6, 'mg/m3'],
      ['二氧化硫35mg/m3', '35mg/m3', 35, 'mg/m3'],
      ['氮氧化物50mg/Nm³', '50mg/Nm³', 50, 'mg/Nm3'],
      ['COD为45mg/L', '45mg/L', 45, 'mg/L'],
      ['总磷浓度为2.1毫克/升', '2.1毫克/升', 2.1, 'mg/L'],
      ['总磷45毫克每升', '45毫克每升', 45, 'mg/L'],
      ['S$6亿1200万', 'S$6亿1200万', 6.12e8, 'SGD'],
      ['合同价一万零五百元', '一万零五百元', 10500, 'CNY'],
      ['壹亿贰仟捌佰陆拾万零伍佰元整', '壹亿贰仟捌佰陆拾万零伍佰元', 128600500, 'CNY'],
      // a height said the spoken way in numerals; a speed said with 每小时
      ['身高一米八', '一米八', 1.8, 'm'],
      ['身高一米七五', '一米七五', 1.75, 'm'],
      ['巡航速度可达每小时235公里', '235公里', 235, 'km/h'],
      // a space before 万 or 亿, as forms write it
      ['拟奖补50 万元', '50 万元', 500000, 'CNY'],
      ['合计：1,234.5 万元', '1,234.5 万元', 12345000, 'CNY'],
      // …or before the unit itself
      ['目标价 28.5 元', '28.5 元', 28.5, 'CNY/share'],
      // …and a Latin unit after a space (300 PFLOPS), not a model's word (iPhone 15 Pro)
      ['算力达300 PFLOPS', '300 PFLOPS', 300, 'PFLOPS'],
      ['装机16 MW', '16 MW', 16, 'MW'],
      // the litre as Taiwan writes it
      ['年產能可達2,000公升', '2,000公升', 2000, 'L'],
      // …and its kilolitre
      ['油品销量减少约12万公秉', '12万公秉', 120000, 'KL'],
      // …and its cubic metre
      ['水库有效蓄水量约9,850万立方公尺', '9,850万立方公尺', 9.85e7, 'm3'],
      // a wind's speed per second; a rouble named with its country
      ['最大风力十四级（四十五米每秒）', '四十五米每秒', 45, 'm/s'],
      ['可兑换11.2316俄罗斯卢布', '11.2316俄罗斯卢布', 11.2316, 'RUB'],
      // a quantity per hour, and per user per month
      ['排放速率为3.6kg/h', '3.6kg/h', 3.6, 'kg/h'],
      ['手机上网DOU达到15.8GB/户/月', '15.8GB/户/月', 15.8, 'GB/household/month'],
      ['产量为73 吨', '73 吨', 73, 't'],
      // a full-width comma groups thousands between full-width digits before a group that starts with 0
      ['营收５，０００万元', '５，０００万元', 5e7, 'CNY'],
      ['侵占资金共计１，２６０，０００元', '１，２６０，０００元', 1260000, 'CNY'],
      ['货运量6.19万亿吨公里', '6.19万亿吨公里', 6.19e12, 't·km'],
      ['能量密度430Wh/L', '430Wh/L', 430, 'Wh/L'],
      ['中心气压935百帕', '935百帕', 935, 'hPa'],
      ['邮轮14.2万总吨', '14.2万总吨', 142000, 'GT'],
      ['订单量2160万修正总吨', '2160万修正总吨', 2.16e7, 'CGT'],
      ['中国船企接单1,930万CGT', '1,930万CGT', 1.93e7, 'CGT'],
      // cubic metres written m3, a flow m3/s
      ['补水量2亿m3', '2亿m3', 2e8, 'm3'],
      ['流量3.5m3/s', '3.5m3/s', 3.5, 'm3/s'],
      // 新元 before the number makes 元 Singapore dollars, and belongs to the amount
      ['收报新元2.42元', '新元2.42元', 2.42, 'SGD'],
      ['门票售价为日币5000元', '日币5000元', 5000, 'JPY'],
      ['5万韩币', '5万韩币', 5e4, 'KRW'],
      ['30亿捷克克朗', '30亿捷克克朗', 3e9, 'CZK'],
      ['速率40Gbps', '40Gbps', 40, 'Gbps'],
      ['户均带宽520Mbps', '520Mbps', 520, 'Mbps'],
      ['速率达64Kbps', '64Kbps', 64, 'kbps'],
      ['平均速率520兆比特每秒', '520兆比特每秒', 520, 'Mbps'],
      ['使用700MHz网络', '700MHz', 700, 'MHz'],
      ['20cm涨停，长12cm', '12cm', 12, 'cm'],
      ['雨强20～50毫米/小时', '20～50毫米/小时', '20/50', 'mm/h'],
      ['280Ah电芯', '280Ah', 280, 'Ah'],
      ['气量1000标准立方米', '1000标准立方米', 1000, 'Nm3'],
      ['桥梁1.2万延米', '1.2万延米', 12000, 'm'],
      ['托管服务面积21.4亿亩次。', '21.4亿亩次', 2.14e9, 'mu-times'],
      // a price per unit said before the sum: the unit says so, the span stays the sum
      ['均价每平方米15236元，', '15236元', 15236, 'CNY/m2'],
      ['上网电价每千瓦时0.453元', '0.453元', 0.453, 'CNY/kWh'],
      // (…and after it, a thousand kilowatt-hours as filings write a megawatt-hour)
      ['平均上网电价为417.35元/千千瓦时，', '417.35元/千千瓦时', 417.35, 'CNY/MWh'],
      ['当前绿氢成本约为25元/kg，', '25元/kg', 25, 'CNY/kg'],
      // (…and a quantity an hour)
      ['单槽产氢量已突破3000标方/小时。', '3000标方/小时', 3000, 'Nm3/h'],
      ['末期股息每股0.22港元', '0.22港元', 0.22, 'HKD/share'],
      ['每股末期息2.14港元', '2.14港元', 2.14, 'HKD/share'],
      ['A股每股现金红利0.35元', '0.35元', 0.35, 'CNY/share'],
      // …a share's earnings (每股税后纯益), and its price or an analyst's target, 每股 unsaid; not a sum its clause says is another figure
      ['每股税后纯益5.12元', '5.12元', 5.12, 'CNY/share'],
      ['截至4月29日收盘，三一重工股价报18.62元，', '18.62元', 18.62, 'CNY/share'],
      ['腾讯股价周二早段急升至612港元', '612港元', 612, 'HKD/share'],
      ['将中芯目标价由45港元上调至55港元', '45港元', 45, 'HKD/share'],
      ['股价下跌导致市值蒸发100亿元', '100亿元', 10000000000, 'CNY'],
      // …and after its label in brackets (每股税后纯益（EPS）), a class of shares closing (A股同日收报), a land price per square foot (每平方英尺楼面地价)
      ['每股税后纯益（EPS）5.87元', '5.87元', 5.87, 'CNY/share'],
      ['潍柴动力A股同日收报15.86元，', '15.86元', 15.86, 'CNY/share'],
      ['每平方英尺楼面地价约7347港元', '7347港元', 7347, 'HKD/ft2'],
      ['所持股票按当前股价计算价值约48亿美元', '48亿美元', 4800000000, 'USD'],
      // …with what it is a price of, what it does or how near it is between (每吨焦炭亏损, 每吨约), and the last 每 of two
      ['运价为每FEU4,212美元', '4,212美元', 4212, 'USD/FEU'],
      // (…a space after the unit, as freight tables write it; a standard box is a TEU; not a class of shares before the price)
      ['运价为每FEU 5912美元', '5912美元', 5912, 'USD/FEU'],
      ['征收每标准箱300美元的旺季附加费', '300美元', 300, 'USD/TEU'],
      ['派发每人每天不低于200元的补贴', '200元', 200, 'CNY'],
      ['焦化企业每吨焦炭亏损150元', '150元', 150, 'CNY/t'],
      ['吨钢毛利回升至每吨约120元', '120元', 120, 'CNY/t'],
      ['流转费每年每亩600元', '600元', 600, 'CNY/mu'],
      ['每吨钢材出口增长，利润100元', '100元', 100, 'CNY'],
      // battery cells and torque
      ['新一代587安时储能电芯', '587安时', 587, 'Ah'],
      ['吸力达22000帕，耐压50兆帕', '22000帕', 22000, 'Pa'],
      ['峰值扭矩达到120牛·米', '120牛·米', 120, 'N·m'],
      ['电解槽产能约2.5万标方', '2.5万标方', 25000, 'Nm3'],
      ['产氢量达到1500Nm³', '1500Nm³', 1500, 'Nm3'],
      ['产氢量1500Nm3', '1500Nm3', 1500, 'Nm3'],
      ['1000Nm3/h的电解槽', '1000Nm3/h', 1000, 'Nm3/h'],
      ['涨了2角钱', '2角钱', 0.2, 'CNY'],
      // a currency named after 元 is part of the amount
      ['营收3671亿元新台币', '3671亿元新台币', 3.671e11, 'TWD'],
      ['注册资金为1700万元人民币，', '1700万元人民币', 1.7e7, 'CNY'],
      ['残留量52mg/kg', '52mg/kg', 52, 'mg/kg'],
      ['山梨酸检出值为1.62g/kg', '1.62g/kg', 1.62, 'g/kg'],
      ['山梨酸1.62克/千克', '1.62克/千克', 1.62, 'g/kg'],
      ['恩诺沙星1.8μg/kg', '1.8μg/kg', 1.8, 'µg/kg'],
      ['酸价5.2mg/g', '5.2mg/g', 5.2, 'mg/g'],
      ['霉菌150CFU/g', '150CFU/g', 150, 'CFU/g'],
      ['脂肪2.1g/100g', '2.1g/100g', 2.1, 'g/100g'],
      ['挥发性盐基氮检出值为28.6mg/100g', '28.6mg/100g', 28.6, 'mg/100g'],
      ['氨基酸态氮检出值为0.52g/100mL', '0.52g/100mL', 0.52, 'g/100mL'],
      // what a food-contact surface gives off, per its area
      ['检出值为0.032mg/100cm²，', '0.032mg/100cm²', 0.032, 'mg/100cm2'],
      ['迁移量１０mg/dm²', '１０mg/dm²', 10, 'mg/dm2'],
      // a flow per minute, a speed per minute, a dose per bottle, power in 千瓦小时 as communiqués write it
      ['流量在1-5L/min范围内', '1-5L/min', '1/5', 'L/min'],
      ['辊压速度不低于80米/分钟，', '80米/分钟', 80, 'm/min'],
      ['注射液（规格：100mg/瓶）', '100mg/瓶', 100, 'mg/bottle'],
      ['发电量14780亿千瓦小时，', '14780亿千瓦小时', 1.478e12, 'kWh'],
      // a hotel's price per room-night (not 间 alone)
      ['平均房价为628元/间夜。', '628元/间夜', 628, 'CNY/room-night'],
      // a rate per a time, a fee's
      ['销售服务费：0.20%/年', '0.20%/年', 0.002, 'percent/year'],
      // a freight index's range of levels, the range one amount
      ['预计SCFI均值将在1,200点至1,400点区间', '1,200点至1,400点', '1200/1400', 'point'],
      ['每袋500g', '500g', 500, 'g'],
      ['面积为100cm²', '100cm²', 100, 'cm2'],
      ['500mL装', '500mL', 500, 'mL'],
      ['实际26至28mm', '26至28mm', '26/28', 'mm'],
      ['售价$100起', '$100', 100, 'USD'],
      ['融资US$5亿', 'US$5亿', 5e8, 'USD'],
      ['HK$10', 'HK$10', 10, 'HKD'],
      // Other dollars and currency codes before the number (Macau, Taiwan, Singapore; MOP 385.6亿).
      ['收入MOP$190亿', 'MOP$190亿', 19e9, 'MOP'],
      ['资本支出NT$320亿', 'NT$320亿', 32e9, 'TWD'],
      ['投资S$5亿', 'S$5亿', 5e8, 'SGD'],
      ['博彩收入MOP 385.6亿', 'MOP 385.6亿', 38.56e9, 'MOP'],
      ['募资RMB 100亿', 'RMB 100亿', 1e10, 'CNY'],
      ['估值HK$4.5亿至5.2亿', 'HK$4.5亿至5.2亿', '450000000/520000000', 'HKD'],
      ['￥300', '￥300', 300, 'CNY'],
      ['€20', '€20', 20, 'EUR'],
      ['千分之五', '千分之五', 0.005, 'percent'],
      ['网上中签率仅为万分之三点二', '万分之三点二', 0.00032, 'percent'],
      // a chip's computing power
      ['算力达700TOPS', '700TOPS', 700, 'TOPS'],
      // Zambia's kwacha, not grams (克) of something, and Peru's sol
      ['上缴矿业权益金约18亿克瓦查', '18亿克瓦查', 1.8e9, 'ZMW'],
      ['计划投入12亿索尔改善道路', '12亿索尔', 1.2e9, 'PEN'],
      ['降息25个基点', '25个基点', 25, 'basis-point'],
      ['按周回落12點子', '12點子', 12, 'basis-point'],
      ['气温30℃', '30℃', 30, '°C'],
      ['营收超百亿元的企业', '百亿元', 1e10, 'CNY'],
      ['节约成本千余万元', '千余万元', 1e7, 'CNY'],
      ['年产万余吨', '万余吨', 1e4, 't'],
      ['发电量1.5千瓦·时', '1.5千瓦·时', 1.5, 'kWh'],
      ['耗电2.3kW·h', '2.3kW·h', 2.3, 'kWh'],
      ['占地500m2', '500m2', 500, 'm2'],
      ['面积120km²', '120km²', 120, 'km2'],
      ['融资30亿瑞郎', '30亿瑞郎', 3e9, 'CHF'],
      ['投资百余万元', '百余万元', 1e6, 'CNY'],
      ['市值蒸发近千亿美元', '千亿美元', 1e11, 'USD'],
      ['年产千万吨级', '千万吨级', 1e7, 't'],
      ['同比增长两成', '两成', 0.2, 'percent'],
      ['门店约九成为加盟店', '九成', 0.9, 'percent'],
      ['年产能40GWh电池', '40GWh', 40, 'GWh'],
      ['储能500MWh', '500MWh', 500, 'MWh'],
      ['发电2.3吉瓦时', '2.3吉瓦时', 2.3, 'GWh'],
      ['发电量达45太瓦时', '45太瓦时', 45, 'TWh'],
      ['成本约5毛钱', '5毛钱', 0.5, 'CNY'],
      ['身高1米85,', '1米85', 1.85, 'm'],
      // A currency before the number is part of the amount and makes 元 its unit.
      ['营收达新台币7596.9亿元', '新台币7596.9亿元', 7.5969e11, 'TWD'],
      ['公司以港币12亿元收购', '港币12亿元', 1.2e9, 'HKD'],
      ['另付人民币3亿元', '人民币3亿元', 3e8, 'CNY'],
      ['营收新台币 5兆元', '新台币 5兆元', 5e12, 'TWD'],
      ['博彩毛收入184.5亿澳门元', '184.5亿澳门元', 1.845e10, 'MOP'],
      ['再投资约20亿葡币于非博彩项目', '20亿葡币', 2e9, 'MOP'],
      ['营业利润约6.6兆韩圜', '6.6兆韩圜', 6.6e12, 'KRW'],
      ['营收18.6亿新元', '18.6亿新元', 1.86e9, 'SGD'],
      ['投资35亿令吉', '35亿令吉', 3.5e9, 'MYR'],
      ['2.5万亿越南盾', '2.5万亿越南盾', 2.5e12, 'VND'],
      ['120亿日圆', '120亿日圆', 1.2e10, 'JPY'],
      ['一艘30万载重吨的油轮', '30万载重吨', 3e5, 'DWT'],
      // Latin units in any case their pattern takes, basis points as bp, speeds
      ['年产70万kl', '70万kl', 7e5, 'KL'],
      ['电池25KWH', '25KWH', 25, 'kWh'],
      ['降息25BP', '25BP', 25, 'basis-point'],
      ['上调2.5bps', '2.5bps', 2.5, 'basis-point'],
      ['最大风力有15级（48米/秒）', '48米/秒', 48, 'm/s'],
      ['时速350公里/小时', '350公里/小时', 350, 'km/h'],
      ['最高120千米/时', '120千米/时', 120, 'km/h'],
      // A temperature below zero has its sign in the span and the value.
      ['最低气温达到零下48.3℃', '零下48.3℃', -48.3, '°C'],
      ['哈尔滨-32℃', '-32℃', -32, '°C'],
      ['打造万亿级产业集群', '万亿级', 1e12, 'CNY'],
      ['打造百亿元级项目', '百亿元级', 1e10, 'CNY'],
      ['建设30万吨级码头', '30万吨级', 3e5, 't'],
      // twenty-odd and ten or so: the lower bound
      ['亏损20几亿元', '20几亿元', 2e9, 'CNY'],
      ['亏损10来亿元', '10来亿元', 1e9, 'CNY'],
      // two digits side by side before a magnitude: the lower (三四万元 is 30000, not 340000)
      ['一个月挣三四万元', '三四万元', 30000, 'CNY'],
      ['每亩一千六元', '一千六元', 1600, 'CNY/mu'],
      ['海铁联运业务量达到135万标箱', '135万标箱', 1.35e6, 'TEU'],
      ['样本企业库存为6528万重量箱', '6528万重量箱', 6.528e7, 'weight-box'],
      ['全国数据生产总量达41.06泽字节', '41.06泽字节', 41.06, 'ZB'],
      ['集装箱总量达到9850万个标准箱', '9850万个标准箱', 9.85e7, 'TEU'],
      // a coal's heat value in 大卡 (kcal), not a truck
      ['秦皇岛港5500大卡动力煤平仓价', '5500大卡', 5500, 'kcal'],
      ['时速600公里', '600公里', 600, 'km/h'],
      // Taiwan and Hong Kong: 兆 is 10^12, cents and feet and ping
      ['累计前8月营收4兆8470亿元', '4兆8470亿元', 4.847e12, 'CNY'],
      ['新台币3兆元', '新台币3兆元', 3e12, 'TWD'],
      ['装机1200兆瓦', '1200兆瓦', 1200, 'MW'],
      ['电站装机容量为100MWp', '100MWp', 100, 'MWp'],
      ['亮度1000尼特', '1000尼特', 1000, 'nit'],
      ['照度达到2500勒克斯', '2500勒克斯', 2500, 'lx'],
      ['照度2000lx', '2000lx', 2000, 'lx'],
      ['不良率下降0.02pp，净息差下降0.89pct', '0.02pp', 0.02, 'percentage-point'],
      ['增长幅度为5个至8个百分点', '5个至8个百分点', '5/8', 'percentage-point'],
      ['运营时速可达400公里', '400公里', 400, 'km/h'],
      ['新建主变容量为180兆伏安', '180兆伏安', 180, 'MVA'],
      ['日供水5万方', '5万方', 50000, 'm3'],
      ['1200蒸吨锅炉', '1200蒸吨', 1200, '蒸吨'],
      ['泰山队以1200万欧引进前锋', '1200万欧', 1.2e7, 'EUR'],
      ['120Hz高刷', '120Hz', 120, 'Hz'],
      ['5000毫安时电池', '5000毫安时', 5000, 'mAh'],
      ['屋顶光伏5kWp', '5kWp', 5, 'kWp'],
      ['每股派息49.0港仙', '49.0港仙', 0.49, 'HKD/share'],
      ['以每股26便士的价格收购', '26便士', 0.26, 'GBP/share'],
      ['拟派末期股息每股6新分', '6新分', 0.06, 'SGD/share'],
      ['净电价由每度156.1仙下调', '156.1仙', 1.561, 'HKD/kWh'],
      // 幣 in simplified text (人民幣1.62元)
      ['派发末期股息现金人民幣1.62元', '人民幣1.62元', 1.62, 'CNY'],
      ['售价28蚊', '28蚊', 28, 'HKD'],
      ['年产13.8万公吨', '13.8万公吨', 138000, 't'],
      ['装机4,200万瓩', '4,200万瓩', 4.2e7, 'kW'],
      ['面积300至650方呎', '300至650方呎', '300/650', 'ft2'],
      ['实用面积2,120平方呎', '2,120平方呎', 2120, 'ft2'],
      ['可提供约1,600,000平方英尺楼面面积', '1,600,000平方英尺', 1600000, 'ft2'],
      // (…as Malaysia writes it, and ore by its wet weight)
      ['零售面积约55万平方尺', '55万平方尺', 550000, 'ft2'],
      ['镍矿石销量为450万湿吨', '450万湿吨', 4500000, 't'],
      ['每户35坪', '35坪', 35, 'ping'],
      // Formal numerals of contracts and invoices
      ['合同金额为人民币叁仟贰佰陆拾万元整', '人民币叁仟贰佰陆拾万元', 3.26e7, 'CNY'],
      ['预算人民币壹佰捌拾陆万伍仟元整', '人民币壹佰捌拾陆万伍仟元', 1.865e6, 'CNY'],
      ['資本支出金額：壹佰貳拾亿元', '壹佰貳拾亿元', 1.2e10, 'CNY'],
      // Areas and concentrations in symbols
      ['户型面积约120㎡', '120㎡', 120, 'm2'],
      ['建筑面积120m²', '120m²', 120, 'm2'],
      ['PM2.5平均浓度为29.3微克/立方米', '29.3微克/立方米', 29.3, 'µg/m3'],
      ['浓度35µg/m3', '35µg/m3', 35, 'µg/m3'],
      ['排放浓度低于10毫克/立方米', '10毫克/立方米', 10, 'mg/m3'],
      ['下降至每立方米35.2微克', '35.2微克', 35.2, 'µg'],
      // Energy in tonnes of standard coal, computing power, magnitudes with a numeral
      ['综合能源消费量1862.4万吨标准煤', '1862.4万吨标准煤', 18624000, 'tce'],
      ['节能12万吨标煤', '12万吨标煤', 120000, 'tce'],
      // …and emissions in carbon dioxide equivalent, a price per tonne of it too
      ['隐含碳排放量约176万吨二氧化碳当量；', '176万吨二氧化碳当量', 1760000, 'tCO2e'],
      ['年排放量达2.5万公吨二氧化碳当量以上', '2.5万公吨二氧化碳当量', 25000, 'tCO2e'],
      ['按欧盟碳价78欧元/吨二氧化碳当量测算', '78欧元/吨二氧化碳当量', 78, 'EUR/tCO2e'],
      // Hong Kong's gold per tael (after the price or before it, 每两 no numeral), oil in barrels a day, memory per gigabyte
      ['九九金收市报38,962港元/两，', '38,962港元/两', 38962, 'HKD/tael'],
      ['足金饰卖出价每两40,286港元', '40,286港元', 40286, 'HKD/tael'],
      ['完成约18.3万桶/日的补偿性减产', '18.3万桶/日', 183000, 'bbl/day'],
      ['较三季度初的0.041美元/GB上涨', '0.041美元/GB', 0.041, 'USD/GB'],
      ['智算规模达到45EFLOPS', '45EFLOPS', 45, 'EFLOPS'],
      ['新增算力10000PFlops', '10000PFlops', 10000, 'PFLOPS'],
      // …PFLOPS as the trade shortens it after 万 (not a video's 1080P), kilograms of standard coal, traffic in exabytes
      ['算力规模达5.3万P，1080P视频', '5.3万P', 53000, 'PFLOPS'],
      ['采暖能耗约为14.5千克标准煤', '14.5千克标准煤', 14.5, 'kgce'],
      ['累计流量达386.5EB', '386.5EB', 386.5, 'EB'],
      // the baht before a sum in yuan (its 元 the baht's, as 新台币 and 港币 before one)
      ['营收约泰铢437亿元', '泰铢437亿元', 43700000000, 'THB'],
      ['向两千亿级迈进', '两千亿级', 2e11, 'CNY'],
      ['形成3000亿级产业集群', '3000亿级', 3e11, 'CNY'],
      // a grade of a quantity keeps its 级 (not 级别)
      ['建设5000吨级码头', '5000吨级', 5000, 't'],
      ['完成10公里级垂直起降', '10公里级', 10, 'km'],
      ['5台百万千瓦级火电机组', '百万千瓦级', 1e6, 'kW'],
      ['达到10公里级别', '10公里', 10, 'km'],
      // A fall written with its sign
      ['增速分别为-1.3%和2.1%', '-1.3%', -0.013, 'percent'],
      ['购进价格同比为负0.3%', '负0.3%', -0.003, 'percent'],
      ['增速由上月的正值转为与负3.1%持平', '负3.1%', -0.031, 'percent'],
      ['负债3亿元', '3亿元', 3e8, 'CNY'],
      // and a loss
      ['净利润为-4.52亿元', '-4.52亿元', -452000000, 'CNY'],
      // A bare 度 below zero is a temperature; blood pressure in its own unit
      ['气温降到了零下2度', '零下2度', -2, '°C'],
      ['收缩压升高1.3毫米汞柱', '1.3毫米汞柱', 1.3, 'mmHg'],
      // phones and chargers
      ['电池容量达到7000mAh', '7000mAh', 7000, 'mAh'],
      ['支持100W有线快充', '100W', 100, 'W'],
      ['800V高压快充', '800V', 800, 'V'],
      ['500kV特高压', '500kV', 500, 'kV'],
      ['年产能已达3000万KVAh', '3000万KVAh', 3e7, 'kVAh'],
      ['产量超过70万千升', '70万千升', 700000, 'KL'],
      ['增长12%至约310亿丹麦克朗', '12%', 0.12, 'percent'],
      ['营收约310亿丹麦克朗', '310亿丹麦克朗', 3.1e10, 'DKK'],
    ];
    for (const [sentence, text, value, unit] of cases) {
      it(`${sentence} → ${text}`, () => {
        const first = found(recognizeAmounts, sentence)[0];
        assert.deepEqual(first, { text, ...(value !== undefined ? { value } : {}), ...(unit ? { unit } : {}) });
      });
    }
  });

  it('counts a bare 元 in the dollar of an article in traditional script, when it names one and no 人民币 (in simplified, the Taiwan dollar alone)', () => {
    const units = (text: string, traditional: boolean) => recognizeAmounts({ text, tokens: [], traditional }).map((c) => c.attrs?.unit);
    assert.deepEqual(units('营收达新台币7596.9亿元，税后纯益4523亿元', true), ['TWD', 'TWD']);
    // …and its tenth, 角 (新台币…升值2.6角)
    assert.deepEqual(units('新台币兑美元今日收在29.85元，升值2.6角', true), ['TWD', 'TWD']);
    assert.deepEqual(units('市值2,312亿港元，呎价18,888元', true), ['HKD', 'HKD']);
    assert.deepEqual(units('营收达新台币7596.9亿元，约合人民币1700亿元，另付300亿元', true), ['TWD', 'CNY', 'CNY']);
    // (…unless it is from Taiwan and names its own dollar as often or more: mainland figures cited)
    assert.deepEqual(units('摩根士丹利将中芯目标价由45港元上调至55港元', true), ['HKD/share', 'HKD/share']);
    assert.deepEqual(units('中央社台北电，鸿海营收新台币5,381亿元，子公司营收人民币100亿元。股价170.5元', true), ['TWD', 'CNY', 'TWD/share']);
    assert.deepEqual(units('中央社台北电，鸿海营收新台币5,381亿元，新台币升值；子公司营收人民币100亿元。股价170.5元', true), ['TWD', 'CNY', 'TWD/share']);
    // none named: where the article is from
    assert.deepEqual(units('(中央社记者台北电)联发科每股配发现金股利25元', true), ['TWD/share']);
    assert.deepEqual(units('港股收评：腾讯收报385.6元', true), ['HKD']);
    // …or whose officials, bodies and years it names (财政司, 港铁, 立委, 111年度)
    assert.deepEqual(units('财政司司长预计综合赤字约为1,000亿元，港铁造价约200亿元', true), ['HKD', 'HKD']);
    assert.deepEqual(units('立委指出，111年度应纳税额未满2,000元者免缴', true), ['TWD']);
    assert.deepEqual(units('公司营收达500亿元', true), ['CNY']);
    // simplified news names 港元 for Hong Kong figures among yuan ones
    assert.deepEqual(units('股价收报385.6港元，营收1845亿元', false), ['HKD/share', 'CNY']);
    // …and Taiwan's news in simplified script counts its bare 元 in the island's dollar where 新台币 is the only currency it names
    assert.deepEqual(units('税后净利新台币248亿元，收在2,285元', false), ['TWD', 'TWD']);
    assert.deepEqual(units('营收新台币248亿元，约合人民币56亿元，另付300亿元', false), ['TWD', 'CNY', 'CNY']);
    // (…where it is set in Taiwan or names that dollar more than once: not a mainland article citing a Taiwanese maker's revenue once)
    assert.deepEqual(units('国泰金控今年首季每股盈余1.64元，营收新台币248亿元', false), ['TWD/share', 'TWD']);
    // (…每股纯益 too, and a CEO called 执行长)
    assert.deepEqual(units('台积电去年营收新台币2.89兆元，每股纯益10.25元，现金股利5.4元', false), ['TWD', 'TWD/share', 'TWD']);
    assert.deepEqual(units('执行长蔡力行表示，营收新台币1500亿元，每股配发24元', false), ['TWD', 'TWD/share']);
    assert.deepEqual(units('鸿泰集团营收为5830亿元新台币。国内厂商投资120亿元扩产', false), ['TWD', 'CNY']);
    // …nor in one about mainland markets that cites it twice (an A share's code, 科创板)
    assert.deepEqual(units('台积电营收新台币9899.2亿元，净利新台币4523亿元。中芯国际（688981.SH）营收290.77亿元', false), ['TWD', 'TWD', 'CNY']);
  });

  it('reads a full-width comma as a separator, not a thousands mark', () => {
    // (…but a thousands mark where the first group is shorter than three digits: １，２００万元)
    assert.deepEqual(found(recognizeAmounts, '罚款１，２００万元'), [{ text: '１，２００万元', value: 1.2e7, unit: 'CNY' }]);
    assert.deepEqual(found(recognizeAmounts, '分别为１２０，３００元;共1,200元'), [
      { text: '３００元', value: 300, unit: 'CNY' },
      { text: '1,200元', value: 1200, unit: 'CNY' },
    ]);
  });

  it('gives no value when the number is too large to hold, and stays fast on long numeral runs', () => {
    assert.deepEqual(found(recognizeAmounts, '9'.repeat(400) + '元'), [{ text: '9'.repeat(400) + '元', unit: 'CNY' }]);
    const started = Date.now();
    assert.deepEqual(texts(recognizeAmounts, '一'.repeat(100000) + '十'.repeat(100000)), []);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });

  it('leaves approximation words outside the span', () => {
    assert.deepEqual(texts(recognizeAmounts, '总投资约50亿元,近20亿元,超过10%,３０％左右'), ['50亿元', '20亿元', '10%', '３０％']);
  });

  it('takes a range with its unit written once as one amount with a low/high value', () => {
    assert.deepEqual(found(recognizeAmounts, '让利２５０至９００元,房价三至五镑,在２８到６８万马克之间,百分之十至二十'), [
      { text: '２５０至９００元', value: '250/900', unit: 'CNY' },
      { text: '三至五镑', value: '3/5', unit: 'GBP' },
      { text: '２８到６８万马克', value: '280000/680000', unit: 'DEM' },
      { text: '百分之十至二十', value: '0.1/0.2', unit: 'percent' },
    ]);
    // a temperature range is no temperature below zero
    assert.deepEqual(found(recognizeAmounts, '收益率下行3-5bp,气温10-32℃,利率1.2-1.5%'), [
      { text: '3-5bp', value: '3/5', unit: 'basis-point' },
      { text: '10-32℃', value: '10/32', unit: '°C' },
      { text: '1.2-1.5%', value: '0.012/0.015', unit: 'percent' },
    ]);
  });

  it('takes a range with its unit written at both ends as one amount with a low/high value, as with the unit once', () => {
    assert.deepEqual(found(recognizeAmounts, '让利２５０元至９００元,房价三镑至五镑,在２８万马克到６８万马克之间,百分之十至百分之二十,两成到三成'), [
      { text: '２５０元至９００元', value: '250/900', unit: 'CNY' },
      { text: '三镑至五镑', value: '3/5', unit: 'GBP' },
      { text: '２８万马克到６８万马克', value: '280000/680000', unit: 'DEM' },
      { text: '百分之十至百分之二十', value: '0.1/0.2', unit: 'percent' },
      { text: '两成到三成', value: '0.2/0.3', unit: 'percent' },
    ]);
    assert.deepEqual(found(recognizeAmounts, '煤价0.53元/立方米至0.55元/立方米'), [{ text: '0.53元/立方米至0.55元/立方米', value: '0.53/0.55', unit: 'CNY/m3' }]);
    // (…a price per a unit said before it: 每桶69.28美元至72.85美元)
    assert.deepEqual(found(recognizeAmounts, '价格在每桶69.28美元至72.85美元之间'), [{ text: '69.28美元至72.85美元', value: '69.28/72.85', unit: 'USD/bbl' }]);
    // the dash of a range is no fall, nor a minus of its high end (but a loss before it keeps its sign)
    assert.deepEqual(found(recognizeAmounts, '涨幅在1.2%-1.5%,增长3%～5%,猪肉10元-12元一斤,亏损-3亿元－-1亿元,汇率10美元-12港元'), [
      { text: '1.2%-1.5%', value: '0.012/0.015', unit: 'percent' },
      { text: '3%～5%', value: '0.03/0.05', unit: 'percent' },
      { text: '10元-12元', value: '10/12', unit: 'CNY/jin' },
      { text: '-3亿元－-1亿元', value: '-300000000/-100000000', unit: 'CNY' },
      { text: '10美元', value: 10, unit: 'USD' },
      { text: '12港元', value: 12, unit: 'HKD' },
    ]);
    // a currency written before the low end is the high end's, its 元 alone (澳门元…万元至…万元); not another currency's
    assert.deepEqual(found(recognizeAmounts, '标价介乎澳门元3亿2,860万元至4亿1,520万元，介乎人民币5亿元至8亿元'), [
      { text: '澳门元3亿2,860万元至4亿1,520万元', value: '328600000/415200000', unit: 'MOP' },
      { text: '人民币5亿元至8亿元', value: '500000000/800000000', unit: 'CNY' },
    ]);
    // a bound and 从 before the low end make a level and the level it reached, two amounts (年收入从不足5万元到386万元); prices from one to another are a range
    assert.deepEqual(texts(recognizeAmounts, '年收入从不足5万元到386万元，赛事票价从80元至1,680元'), ['5万元', '386万元', '80元至1,680元']);
    // different units on the two sides are two amounts, and so are a level and the level it moves to
    assert.deepEqual(texts(recognizeAmounts, '１美元兑５９３０卢布,5亿元至10亿美元,价格由5元上调至6元,新台币1亿元至2亿美元'), ['１美元', '５９３０卢布', '5亿元', '10亿美元', '5元', '6元', '新台币1亿元', '2亿美元']);
  });

  it('takes a scraped decimal (a space for the point) as one amount', () => {
    assert.deepEqual(found(recognizeAmounts, '为572 7亿美元,不及581 8亿美元'), [
      { text: '572 7亿美元', value: 57270000000, unit: 'USD' },
      { text: '581 8亿美元', value: 58180000000, unit: 'USD' },
    ]);
  });

  it('does not take counts, ordinals, ages, names, dates or bare units', () => {
    const text = '2025成都城市体育文化节,2万辆,3000万人次,1.5亿股,企业达到430家,7家企业,三个创新中心,13条产业链,500套住房,第十二次党代会,享年74岁,5G,F1车队,济钢1号,2025年5月15日,一成不变,一度成为,两度访华,一名学徒成为厂长,二元结构,每千米,千克,切成3块石头,百米冠军,千万不要,百万富翁,千亿市场,开创新元素,统一新元年,被蚊子叮了3下,龙坪村,总投资(亿元),单位：万元,万元GDP能耗下降,亿元生产总值,万元户,3V3篮球赛,5V5对战,5W1H,一亩三分地,一元复始,最后一公里,三桶油,二元母猪均价,营业收入 | 亿元 | 6832.5,进出口\t万美元\t1200,ABC$5,USB 3,CNYX 5,苹果M2芯片,H2O,十万分之一,一元化管理,推进二元化,多元化经营,3新分配方案';
    assert.deepEqual(texts(recognizeAmounts, text), []);
    assert.deepEqual(texts(recognizeAmounts, 'iPhone 15 Pro，USB 3 Gen 2'), []);
    // a weekday's numeral before a currency (上周五新台币对美元), unlike a numeral after 每周 (每周五百元); a rate's pair is no price per person (100日元/人民币)
    assert.deepEqual(texts(recognizeAmounts, '上周五新台币对美元收盘走强，星期三美元回落；每周五百元'), ['五百元']);
    assert.deepEqual(found(recognizeAmounts, '100日元/人民币 4.5132，50元/人'), [
      { text: '100日元', value: 100, unit: 'JPY' },
      { text: '人民币 4.5132', value: 4.5132, unit: 'CNY' },
      { text: '50元/人', value: 50, unit: 'CNY/person' },
    ]);
    // a day before 圆满 (perfectly) is no yen; a road's stake is a place on it (K1123+400米处), not a length
    assert.deepEqual(texts(recognizeAmounts, '铁路运输于8日圆满结束，票价800日圆；G356国道K1123+400米处，长400米'), ['800日圆', '400米']);
    // a rating inside a model's code (GWH252-16MW, EN-226/10MW), not a range of ratings or a price per a unit's letters
    assert.deepEqual(texts(recognizeAmounts, '安装GWH252-16MW机组、MySE18.X-20MW机组和EN-226/10MW机组，功率3-5MW，电价0.45元/kWh-0.5元/kWh'), ['3-5MW', '0.45元/kWh-0.5元/kWh']);
    // …nor a unit's letter after a type's letters and a hyphen (F-16V, a fighter), but a voltage alone
    assert.deepEqual(texts(recognizeAmounts, '采购F-16V Block 70战机，电池电压为16V'), ['16V']);
  });

  it('takes 厘 after an interest rate as Hong Kong and Macau write a percent, not a monthly rate', () => {
    assert.deepEqual(found(recognizeAmounts, '调低港元最优惠利率0.125厘至5.25厘。定期存款年息下调至2.8厘。月息3厘。长1厘米'), [
      { text: '0.125厘', value: 0.00125, unit: 'percent' },
      { text: '5.25厘', value: 0.0525, unit: 'percent' },
      { text: '2.8厘', value: 0.028, unit: 'percent' },
      { text: '1厘米', value: 1, unit: 'cm' },
    ]);
    // (…an interbank rate too, and a rate later in the sentence of one, past a comma: 利率…维持在5.25厘，东亚银行则下调0.125厘至5.375厘)
    assert.deepEqual(texts(recognizeAmounts, '一个月香港银行同业拆息（HIBOR）跌至0.73厘。恒生银行把港元最优惠利率维持在5.25厘，东亚银行则下调0.125厘至5.375厘'), ['0.73厘', '5.25厘', '0.125厘', '5.375厘']);
    // (…or before the rate it is, a range of them one amount: 以3.2厘至3.8厘的息率发行)
    assert.deepEqual(found(recognizeAmounts, '料能以3.2厘至3.8厘的息率顺利发行'), [{ text: '3.2厘至3.8厘', value: '0.032/0.038', unit: 'percent' }]);
    // (…the interbank rate named by its Latin name alone: 一个月HIBOR报2.68厘)
    assert.deepEqual(texts(recognizeAmounts, '昨日一个月HIBOR报2.68厘，较上周五回落'), ['2.68厘']);
  });

  it('takes a ship\'s speed in knots, not a lesson or a section', () => {
    assert.deepEqual(found(recognizeAmounts, '最大航速25节，可同时补给。上了3节课，第5节'), [{ text: '25节', value: 25, unit: 'kn' }]);
  });

  it('takes an index\'s level or move in points, not a clock\'s hour or a count of points', () => {
    assert.deepEqual(found(recognizeAmounts, '截至收盘，上证指数报3351.31点，下跌0.67%。恒指收升64點。BDI周四收于1,284点。台股加權指數收在２２，９８６．３７點'), [
      { text: '3351.31点', value: 3351.31, unit: 'point' },
      { text: '0.67%', value: 0.0067, unit: 'percent' },
      { text: '64點', value: 64, unit: 'point' },
      { text: '1,284点', value: 1284, unit: 'point' },
      { text: '２２，９８６．３７點', value: 22986.37, unit: 'point' },
    ]);
    // (…a level later in the clause, after a market's close or another level: 升至26,900點，其後倒跌，半日收報26,650點)
    assert.deepEqual(texts(recognizeAmounts, '恒生指数高开后一度升至26,900点，其后倒跌，半日收报26,650点。上证指数跌至3200点后反弹，尾盘3245点'), ['26,900点', '26,650点', '3200点', '3245点']);
    // (…not an hour, with or without an index in the sentence, nor three points of a speech, nor points without an index named.)
    assert.deepEqual(texts(recognizeAmounts, '指数于下午3点开盘。会议下午3点开始。他提出三点建议。比赛得了120点。收盘后下午3点发布'), []);
  });

  it('takes ten thousands or trillions of yuan before 化 (10万亿元化债, 10兆元化债), not 一元化', () => {
    assert.deepEqual(texts(recognizeAmounts, '出台的10万亿元化债方案，安排2万亿元化解存量债务，人民币10兆元化债计划，推进一元化'), ['10万亿元', '2万亿元', '人民币10兆元']);
  });

  it('reads an amount right after an indicator\'s letters (GDP7689.3亿元), not after a name\'s (F15亿元)', () => {
    assert.deepEqual(found(recognizeAmounts, 'GDP７６８９．３亿元，GMV120亿元，F15亿元'), [
      { text: '７６８９．３亿元', value: 768930000000, unit: 'CNY' },
      { text: '120亿元', value: 12000000000, unit: 'CNY' },
    ]);
    // …and a price per so many tokens (每百万tokens2元), in money per that many
    assert.deepEqual(found(recognizeAmounts, '每百万tokens2元，每千Tokens0.004元'), [
      { text: '2元', value: 2, unit: 'CNY/Mtoken' },
      { text: '0.004元', value: 0.004, unit: 'CNY/ktoken' },
    ]);
  });

  it('reads 桶 as barrels of oil where oil is counted, and as no unit for drums of goods', () => {
    assert.deepEqual(found(recognizeAmounts, '原油库存减少21.9万桶。每天向市场多投放50多万桶原油'), [
      { text: '21.9万桶', value: 219000, unit: 'bbl' },
      { text: '50多万桶', value: 500000, unit: 'bbl' },
    ]);
    assert.deepEqual(texts(recognizeAmounts, '捐赠大米150吨、食用油8000桶，桶装水200桶'), ['150吨']);
    // a ternary battery chemistry is no three yuan; tonnes of contained metal are tonnes
    assert.deepEqual(texts(recognizeAmounts, '三元材料需求回暖，三元前驱体出货4.57万金属吨，售价三元'), ['4.57万金属吨', '三元']);
    // …nor a pig cross (外三元生猪)
    assert.deepEqual(texts(recognizeAmounts, '外三元生猪均价为14.5元/公斤，内三元猪'), ['14.5元/公斤']);
    // …nor the dairy by its short name where the article names it (三元将), though a price stays one (三元一斤, per jin)
    assert.deepEqual(texts(recognizeAmounts, '北京三元食品股份有限公司表示，三元将力争营收突破100亿元。白菜三元一斤'), ['100亿元', '三元']);
    // 零担 (part loads) and 零元购: 零 alone before a unit is a word's; a 5g phone is of the fifth generation
    assert.deepEqual(texts(recognizeAmounts, '公司零担业务增长，零元购，5g手机，一百零五元'), ['一百零五元']);
    // 三元桥 and 三元里 are places, 三元股份 a dairy
    assert.deepEqual(texts(recognizeAmounts, '三元桥，三元里，三元朱村，三元股份发布公告，售价三元'), ['三元']);
    // the 上 of 迈上 is the verb's, not 上千 (over a thousand)
    assert.deepEqual(texts(recognizeAmounts, '销量迈上千亿元台阶，上千亿元'), ['千亿元', '上千亿元']);
    // two pieces of pork belly, three stones: no price
    assert.deepEqual(texts(recognizeAmounts, '两块五花肉，3块石头'), []);
    // a crown of no country named is no gram
    assert.deepEqual(texts(recognizeAmounts, '门票售价为5000克朗'), []);
  });

  it('reads a flow, oil in oil equivalent and gas in cubic feet with their units', () => {
    assert.deepEqual(found(recognizeAmounts, '流量420立方米每秒，420m³/s，32000立方米/秒'), [
      { text: '420立方米每秒', value: 420, unit: 'm3/s' },
      { text: '420m³/s', value: 420, unit: 'm3/s' },
      { text: '32000立方米/秒', value: 32000, unit: 'm3/s' },
    ]);
    // per second said before the quantity, as a speed's 每小时 is (not a volume: 4亿立方米)
    assert.deepEqual(found(recognizeAmounts, '入库流量达每秒4.5万立方米，蓄水4亿立方米'), [
      { text: '4.5万立方米', value: 45000, unit: 'm3/s' },
      { text: '4亿立方米', value: 4e8, unit: 'm3' },
    ]);
    assert.deepEqual(found(recognizeAmounts, '日产量达到12万桶油当量，年产3000万吨油当量，储量1.2万亿立方英尺'), [
      { text: '12万桶油当量', value: 120000, unit: 'boe' },
      { text: '3000万吨油当量', value: 3e7, unit: 'toe' },
      { text: '1.2万亿立方英尺', value: 1.2e12, unit: 'ft3' },
    ]);
    assert.deepEqual(found(recognizeAmounts, '美国玉米产量预计151.5亿蒲式耳'), [{ text: '151.5亿蒲式耳', value: 1.515e10, unit: 'bu' }]);
    assert.deepEqual(found(recognizeAmounts, '压力超过4.5兆帕，真空度约300千帕'), [
      { text: '4.5兆帕', value: 4.5, unit: 'MPa' },
      { text: '300千帕', value: 300, unit: 'kPa' },
    ]);
  });

  it('takes 元 after a yuan or dollar sign into the amount (¥30元, NT$15亿元)', () => {
    assert.deepEqual(found(recognizeAmounts, '药价为¥30元,￥1.5万元,¥300'), [
      { text: '¥30元', value: 30, unit: 'CNY' },
      { text: '￥1.5万元', value: 15000, unit: 'CNY' },
      { text: '¥300', value: 300, unit: 'CNY' },
    ]);
    // with an English scale word after the number
    assert.deepEqual(found(recognizeAmounts, '首付款为US$500 million，营收为$5.8 billion'), [
      { text: 'US$500 million', value: 5e8, unit: 'USD' },
      { text: '$5.8 billion', value: 5.8e9, unit: 'USD' },
    ]);
    // …or its abbreviation (US$290m, HK$1.2bn)
    assert.deepEqual(found(recognizeAmounts, '交易对价2.9亿美元（US$290m），另付HK$1.2bn'), [
      { text: '2.9亿美元', value: 2.9e8, unit: 'USD' },
      { text: 'US$290m', value: 2.9e8, unit: 'USD' },
      { text: 'HK$1.2bn', value: 1.2e9, unit: 'HKD' },
    ]);
    // and after a dollar of Taiwan or Hong Kong
    assert.deepEqual(found(recognizeAmounts, '营收NT$15亿元，投资额为RMB 5亿元'), [
      { text: 'NT$15亿元', value: 1.5e9, unit: 'TWD' },
      { text: 'RMB 5亿元', value: 5e8, unit: 'CNY' },
    ]);
  });

  it('reads the first amount of a list that writes its unit once, with that unit', () => {
    assert.deepEqual(found(recognizeAmounts, '营收分别为1.2亿、3.5亿元，产量分别为3万、5万吨'), [
      { text: '1.2亿', value: 1.2e8, unit: 'CNY' },
      { text: '3.5亿元', value: 3.5e8, unit: 'CNY' },
      { text: '3万', value: 3e4, unit: 't' },
      { text: '5万吨', value: 5e4, unit: 't' },
    ]);
  });

  it('takes a currency written before a number, with no unit after it (收受美元120万) or before 元 (人民币15亿元)', () => {
    assert.deepEqual(found(recognizeAmounts, '收受美元120万，集资人民币15亿至20亿，营收新台币15亿'), [
      { text: '美元120万', value: 1.2e6, unit: 'USD' },
      { text: '人民币15亿至20亿', value: '1500000000/2000000000', unit: 'CNY' },
      { text: '新台币15亿', value: 1.5e9, unit: 'TWD' },
    ]);
    assert.deepEqual(found(recognizeAmounts, '人民币15亿元，港元120万元'), [
      { text: '人民币15亿元', value: 1.5e9, unit: 'CNY' },
      { text: '港元120万元', value: 1.2e6, unit: 'HKD' },
    ]);
    // …the ten thousands after the hundred millions too
    assert.deepEqual(found(recognizeAmounts, '纯利为澳门元1亿2千万，营收人民币1亿2000万'), [
      { text: '澳门元1亿2千万', value: 1.2e8, unit: 'MOP' },
      { text: '人民币1亿2000万', value: 1.2e8, unit: 'CNY' },
    ]);
    // …and thousands of it, as Taiwan's filings write them (新臺幣13,757,320仟元)
    assert.deepEqual(found(recognizeAmounts, '營業收入：新台币13,757,320仟元，淨利2,500仟美元'), [
      { text: '新台币13,757,320仟元', value: 13757320000, unit: 'TWD' },
      { text: '2,500仟美元', value: 2.5e6, unit: 'USD' },
    ]);
    // (not a currency word before other units: 人民币 before 5%)
    assert.deepEqual(texts(recognizeAmounts, '人民币贬值5%'), ['5%']);
    // an exchange rate, a date after a currency
    assert.deepEqual(texts(recognizeAmounts, '英镑兑美元1.25，日元15日走强'), []);
  });

  it('does not take a unit things are counted in or per, but an amount after 以', () => {
    assert.deepEqual(texts(recognizeAmounts, '以万元计,每万元贷款,按亿元计算,以5亿元收购'), ['5亿元']);
    assert.deepEqual(texts(recognizeAmounts, '单位GDP能耗为0.38吨标准煤/万元'), ['0.38吨标准煤']);
    // 3方 is three parties
    assert.deepEqual(texts(recognizeAmounts, '签订3方协议'), []);
    // an equation's unknowns
    assert.deepEqual(texts(recognizeAmounts, '一元二次方程，二元一次方程组，一元钱'), ['一元']);
    // a village's name
    assert.deepEqual(texts(recognizeAmounts, '三元村党支部书记王乐义讲话'), []);
  });

  it('takes a price per unit as one amount in money per that unit', () => {
    // the sums listed after a price per a unit said before it are per that unit too
    assert.deepEqual(found(recognizeAmounts, '每桶66美元、68美元和65美元，每吨分别上调260元和250元，每股派息分别为0.16元、0.20元').map((a) => a.unit), ['USD/bbl', 'USD/bbl', 'USD/bbl', 'CNY/t', 'CNY/t', 'CNY/share', 'CNY/share']);
    // …and the level it falls to (从每盒26.5元降到8.9元); a price per 坪, Taiwan's area unit (每坪52萬元)
    assert.deepEqual(found(recognizeAmounts, '零售价从每盒26.5元降到8.9元，新案平均每坪52万元').map((a) => a.unit), ['CNY/pack', 'CNY/pack', 'CNY/ping']);
    // …and the level it moves to
    assert.deepEqual(found(recognizeAmounts, '目标价从每股155美元上调至165美元。金价每盎司下跌9.4美元，收于3403.1美元').map((a) => a.unit), ['USD/share', 'USD/share', 'USD/oz', 'USD/oz']);
    // …a cup, a store, a visit, a pill
    assert.deepEqual(found(recognizeAmounts, '售价６．５元/杯，加盟费6.8万元/店，挂号费5元/次，集采价0.08元/粒'), [
      { text: '６．５元/杯', value: 6.5, unit: 'CNY/cup' },
      { text: '6.8万元/店', value: 68000, unit: 'CNY/store' },
      { text: '5元/次', value: 5, unit: 'CNY/time' },
      { text: '0.08元/粒', value: 0.08, unit: 'CNY/pill' },
    ]);
    assert.deepEqual(found(recognizeAmounts, '楼面价4.7万元/平方米，煤价850元/吨，电价317.2元/兆瓦时，股价68.05港元/股，矿价157.6美元/吨'), [
      { text: '4.7万元/平方米', value: 47000, unit: 'CNY/m2' },
      { text: '850元/吨', value: 850, unit: 'CNY/t' },
      { text: '317.2元/兆瓦时', value: 317.2, unit: 'CNY/MWh' },
      { text: '68.05港元/股', value: 68.05, unit: 'HKD/share' },
      { text: '157.6美元/吨', value: 157.6, unit: 'USD/t' },
    ]);
    // a rent per area and per time, after a slash or a dot (not a date after it: /月底)
    assert.deepEqual(found(recognizeAmounts, '租金7.9元/平方米/天，物业费2.8元/㎡·月，楼面价4.7万元/平方米/月底').map((a) => [a.text, a.unit]), [
      ['7.9元/平方米/天', 'CNY/m2/day'],
      ['2.8元/㎡·月', 'CNY/m2/month'],
      ['4.7万元/平方米', 'CNY/m2'],
    ]);
    // …and a fee per student and per semester, a range of them one amount
    assert.deepEqual(found(recognizeAmounts, '学费由700元/生·学期调整为950元/生·学期，农林类为800元/生·学期至1000元/生·学期').map((a) => [a.text, a.unit]), [
      ['700元/生·学期', 'CNY/student/semester'],
      ['950元/生·学期', 'CNY/student/semester'],
      ['800元/生·学期至1000元/生·学期', 'CNY/student/semester'],
    ]);
    // …said before the sum with two 每, in either order, the span the sum; and prices per gigajoule, per building area, per bushel
    assert.deepEqual(found(recognizeAmounts, '租金为每平方米每月41.6元，物业费每月每平方米0.85元，热价每吉焦62元，每建筑平方米26.4元，大豆每蒲式耳10.42美元').map((a) => [a.text, a.unit]), [
      ['41.6元', 'CNY/m2/month'],
      ['0.85元', 'CNY/m2/month'],
      ['62元', 'CNY/GJ'],
      ['26.4元', 'CNY/m2'],
      ['10.42美元', 'USD/bu'],
    ]);
    // (…a metric ton too, as Taiwan writes it: 元/公吨, 每公吨)
    assert.deepEqual(found(recognizeAmounts, '费率为300元/公吨，平均每公吨调降388元').map((a) => [a.text, a.unit]), [['300元/公吨', 'CNY/t'], ['388元', 'CNY/t']]);
    // per ounce and per container (箱, TEU, FEU), said after or before the sum
    assert.deepEqual(found(recognizeAmounts, '金价2650美元/盎司，运价1752美元/TEU、4800美元/箱，每箱250美元'), [
      { text: '2650美元/盎司', value: 2650, unit: 'USD/oz' },
      { text: '1752美元/TEU', value: 1752, unit: 'USD/TEU' },
      { text: '4800美元/箱', value: 4800, unit: 'USD/box' },
      { text: '250美元', value: 250, unit: 'USD/box' },
    ]);
    // a quantity per year or day is one amount, before a verb too (not /年度, a year's report)
    assert.deepEqual(found(recognizeAmounts, '产能500万吨/年，处理3万吨/日，计划500万吨/年度，由40万吨/年提升，一套450万吨/年PTA装置'), [
      { text: '500万吨/年', value: 5000000, unit: 't/year' },
      { text: '3万吨/日', value: 30000, unit: 't/day' },
      { text: '500万吨', value: 5000000, unit: 't' },
      { text: '40万吨/年', value: 400000, unit: 't/year' },
      { text: '450万吨/年', value: 4500000, unit: 't/year' },
    ]);
    // a count per month or year is an output rate (wafers, vehicles), a count alone stays none, and a price per piece is money
    assert.deepEqual(found(recognizeAmounts, '产能达10万片/月，年产30万辆/年，月产能5万片，共500套，售价0.95元/片'), [
      { text: '10万片/月', value: 100000, unit: 'piece/month' },
      { text: '30万辆/年', value: 300000, unit: 'vehicle/year' },
      { text: '0.95元/片', value: 0.95, unit: 'CNY/piece' },
    ]);
    // an ore grade or a yield per a quantity of ore, land or liquid; an ore price per dry tonne; petrol per litre
    assert.deepEqual(found(recognizeAmounts, '平均品位1.6克/吨，亩产650公斤/亩，单产7.5吨/公顷，铁矿石44美元/干吨，汽油8.15元/升'), [
      { text: '1.6克/吨', value: 1.6, unit: 'g/t' },
      { text: '650公斤/亩', value: 650, unit: 'kg/mu' },
      { text: '7.5吨/公顷', value: 7.5, unit: 't/ha' },
      { text: '44美元/干吨', value: 44, unit: 'USD/dmt' },
      { text: '8.15元/升', value: 8.15, unit: 'CNY/L' },
    ]);
    // a yield per head, a pack's size per bottle or bag
    assert.deepEqual(found(recognizeAmounts, '年均单产达11.6吨/头。规格型号：210克/瓶，5kg/袋'), [
      { text: '11.6吨/头', value: 11.6, unit: 't/head' },
      { text: '210克/瓶', value: 210, unit: 'g/bottle' },
      { text: '5kg/袋', value: 5, unit: 'kg/bag' },
    ]);
    // a price per a quantity of so many kilograms or grams, a yield in bushels per acre: one amount
    assert.deepEqual(found(recognizeAmounts, '最低收购价为119元/50公斤（即1.19元/斤），售价3元/500克，单产预估维持在52.5蒲式耳/英亩'), [
      { text: '119元/50公斤', value: 119, unit: 'CNY/50kg' },
      { text: '1.19元/斤', value: 1.19, unit: 'CNY/jin' },
      { text: '3元/500克', value: 3, unit: 'CNY/500g' },
      { text: '52.5蒲式耳/英亩', value: 52.5, unit: 'bu/acre' },
    ]);
    // full-width digits grouped by full-width commas in three groups or more, or before a decimal part, are one number
    assert.deepEqual(found(recognizeAmounts, '募集资金总额为９９９，９９９，８８４．６４元，发行费用１２，３５６，２０７．５５元；价格为１２０，３００元'), [
      { text: '９９９，９９９，８８４．６４元', value: 999999884.64, unit: 'CNY' },
      { text: '１２，３５６，２０７．５５元', value: 12356207.55, unit: 'CNY' },
      { text: '３００元', value: 300, unit: 'CNY' },
    ]);
    // a dose or a content per kilogram, per 100 grams or per square metre, an energy density per kilogram: one amount, the 100克 not read again
    assert.deepEqual(found(recognizeAmounts, '镉含量最高达42.6毫克/千克，维生素A实测值为352微克/100克，剂量为1.2毫克/平方米，能量密度达到400瓦时/千克，标称截面2.5平方毫米'), [
      { text: '42.6毫克/千克', value: 42.6, unit: 'mg/kg' },
      { text: '352微克/100克', value: 352, unit: 'µg/100g' },
      { text: '1.2毫克/平方米', value: 1.2, unit: 'mg/m2' },
      { text: '400瓦时/千克', value: 400, unit: 'Wh/kg' },
      { text: '2.5平方毫米', value: 2.5, unit: 'mm2' },
    ]);
    // a coal rate per kilowatt-hour
    assert.deepEqual(found(recognizeAmounts, '供电煤耗降至292.6克/千瓦时'), [{ text: '292.6克/千瓦时', value: 292.6, unit: 'g/kWh' }]);
    // Hong Kong cents after 港币 (港币18仙), as 港仙
    assert.deepEqual(found(recognizeAmounts, '末期股息每股港币18仙，全年每股6港仙'), [
      { text: '港币18仙', value: 0.18, unit: 'HKD/share' },
      { text: '6港仙', value: 0.06, unit: 'HKD/share' },
    ]);
    // per bottle, set or head
    assert.deepEqual(found(recognizeAmounts, '批发价2150元/瓶，均价3.5万元/套，生猪15元/头'), [
      { text: '2150元/瓶', value: 2150, unit: 'CNY/bottle' },
      { text: '3.5万元/套', value: 35000, unit: 'CNY/set' },
      { text: '15元/头', value: 15, unit: 'CNY/head' },
    ]);
    // per piece or ticket, after a slash or right after 每 (not 每个 before a period); a dividend per share said before it (not per ten shares)
    assert.deepEqual(found(recognizeAmounts, '硅片均价0.95元/片，门票120元/张，每股派发现金红利0.96元，每10股派3元，每片0.13元，每个季度几百元'), [
      { text: '0.95元/片', value: 0.95, unit: 'CNY/piece' },
      { text: '120元/张', value: 120, unit: 'CNY/sheet' },
      { text: '0.96元', value: 0.96, unit: 'CNY/share' },
      { text: '3元', value: 3, unit: 'CNY' },
      { text: '0.13元', value: 0.13, unit: 'CNY/piece' },
      { text: '几百元', unit: 'CNY' },
    ]);
    // a price of one unit said after the sum (30多元一斤: CNY/jin), one unit alone a quantity
    assert.deepEqual(found(recognizeAmounts, '排骨要30多元一斤，买了一斤排骨'), [
      { text: '30多元', value: 30, unit: 'CNY/jin' },
      { text: '一斤', value: 1, unit: 'jin' },
    ]);
    // a percentage after an index's name (价格指数2.1%), not after 数 before a number (数亿元 is one amount)
    assert.deepEqual(texts(recognizeAmounts, '动力煤价格指数2.1%的涨幅，投资数亿元'), ['2.1%', '数亿元']);
    // …but the grade in the name of Platts' iron-ore index is none (普氏62%铁矿石指数)
    assert.deepEqual(texts(recognizeAmounts, '普氏62%铁矿石指数或回落至98美元，普氏指数上涨2%'), ['98美元', '2%']);
    // per parcel (单票收入1.29元/票), per kilolitre of beer (4061元/千升)
    assert.deepEqual(found(recognizeAmounts, '单票收入1.29元/票，吨酒收入4061元/千升'), [
      { text: '1.29元/票', value: 1.29, unit: 'CNY/parcel' },
      { text: '4061元/千升', value: 4061, unit: 'CNY/KL' },
    ]);
    // Taiwan's square metre (平方公尺)
    assert.deepEqual(found(recognizeAmounts, '厂房面积约2.3万平方公尺'), [{ text: '2.3万平方公尺', value: 23000, unit: 'm2' }]);
    // …and its metre (公尺)
    assert.deepEqual(found(recognizeAmounts, '放宽120公尺以下的飞航限制'), [{ text: '120公尺', value: 120, unit: 'm' }]);
    // …and its centimetre (公分)
    assert.deepEqual(found(recognizeAmounts, '常温60公分以下包裹'), [{ text: '60公分', value: 60, unit: 'cm' }]);
    // a battery's watt-hours and a headset's decibels (75Wh, 52dB)
    assert.deepEqual(texts(recognizeAmounts, '电池：75Wh，降噪深度52dB，能量密度300Wh/kg'), ['75Wh', '52dB', '300Wh/kg']);
    // ten thousands and a rest written with a thousands comma (新台币3万2,900元)
    assert.deepEqual(found(recognizeAmounts, '入门款售价新台币3万2,900元'), [{ text: '新台币3万2,900元', value: 32900, unit: 'TWD' }]);
    // …and its gram (公克)
    assert.deepEqual(found(recognizeAmounts, '機身重量143公克'), [{ text: '143公克', value: 143, unit: 'g' }]);
    // per American depositary share, after its letters
    assert.deepEqual(found(recognizeAmounts, '每股ADS0.76美元，每ADS派息1美元'), [
      { text: '0.76美元', value: 0.76, unit: 'USD/ADS' },
      { text: '1美元', value: 1, unit: 'USD/ADS' },
    ]);
    // per million British thermal units (gas), in Chinese or Latin
    assert.deepEqual(found(recognizeAmounts, '亨利港天然气期货升至3.72美元/百万英热单位，JKM报12.5美元/MMBtu'), [
      { text: '3.72美元/百万英热单位', value: 3.72, unit: 'USD/MMBtu' },
      { text: '12.5美元/MMBtu', value: 12.5, unit: 'USD/MMBtu' },
    ]);
    // per cubic metre (water and gas), and a change and the level it reaches
    assert.deepEqual(found(recognizeAmounts, '水价3.05元/立方米，气价2.5元/方，上调30元/吨至2980元/吨'), [
      { text: '3.05元/立方米', value: 3.05, unit: 'CNY/m3' },
      { text: '2.5元/方', value: 2.5, unit: 'CNY/m3' },
      { text: '30元/吨', value: 30, unit: 'CNY/t' },
      { text: '2980元/吨', value: 2980, unit: 'CNY/t' },
    ]);
    // per watt and watt-hour, in Chinese or Latin units (not a Latin word that starts like one)
    assert.deepEqual(found(recognizeAmounts, '电芯0.4元/Wh，储能0.35元/瓦时，组件0.7元/W，周租100元/Week'), [
      { text: '0.4元/Wh', value: 0.4, unit: 'CNY/Wh' },
      { text: '0.35元/瓦时', value: 0.35, unit: 'CNY/Wh' },
      { text: '0.7元/W', value: 0.7, unit: 'CNY/W' },
      { text: '100元', value: 100, unit: 'CNY' },
    ]);
    // …per kilowatt and megawatt of capacity, and per kilometre
    assert.deepEqual(found(recognizeAmounts, '风机约1500元/千瓦，电站4.2元/MW，运费2元/公里'), [
      { text: '1500元/千瓦', value: 1500, unit: 'CNY/kW' },
      { text: '4.2元/MW', value: 4.2, unit: 'CNY/MW' },
      { text: '2元/公里', value: 2, unit: 'CNY/km' },
    ]);
    // a price per million tokens, per vehicle-kilometre or per vehicle's trip; a medical device's residue per gram, a ship's deadweight
    assert.deepEqual(found(recognizeAmounts, 'API输入价格0.8元/百万tokens，一类客车0.45元/车公里，一类客车50元/车次；残留量为12.6μg/g；4艘11.5万DWT原油轮'), [
      { text: '0.8元/百万tokens', value: 0.8, unit: 'CNY/Mtoken' },
      { text: '0.45元/车公里', value: 0.45, unit: 'CNY/vehicle-km' },
      { text: '50元/车次', value: 50, unit: 'CNY/vehicle-trip' },
      { text: '12.6μg/g', value: 12.6, unit: 'µg/g' },
      { text: '11.5万DWT', value: 115000, unit: 'DWT' },
    ]);
    // not two amounts joined by a slash, nor a quantity per money
    assert.deepEqual(texts(recognizeAmounts, '5元/10元两档，单位GDP能耗为0.38吨标准煤/万元'), ['5元', '10元', '0.38吨标准煤']);
  });

  it('reads a change by one amount to a level as two amounts, a range of change as one', () => {
    assert.deepEqual(texts(recognizeAmounts, '出厂价上调30元至2980元，下调了50元到3000元'), ['30元', '2980元', '50元', '3000元']);
    assert.deepEqual(texts(recognizeAmounts, '价格上涨200至300元，营收增长10至20%'), ['200至300元', '10至20%']);
    // …a fraction written out too (下降百分之十一至17.4亿美元), a range of two fractions being one (百分之五至十)
    assert.deepEqual(texts(recognizeAmounts, '营收同比下降百分之十一至17.4亿美元，占比百分之五至十'), ['百分之十一', '17.4亿美元', '百分之五至十']);
    // …and any in a forecast, whatever the ratio of its ends (预计…同比增长1%至5%); a rate cut outside one is a change to a level
    assert.deepEqual(texts(recognizeAmounts, '公司预计全年收入同比增长1%至5%。央行将利率下调0.5%至3%'), ['1%至5%', '0.5%', '3%']);
  });

  it('keeps offsets exact after emoji, 𠮷 and CRLF (UTF-16 offsets)', () => {
    const text = '😀𠮷\r\n投资482亿元\r\n🎉增长２５％';
    const cands = recognizeAmounts({ text, tokens: [] });
    assert.deepEqual(cands.map((c) => text.slice(c.start, c.end)), ['482亿元', '２５％']);
    assert.equal(cands[0].start, text.indexOf('482'));
    assert.equal(cands[0].label, 'AMOUNT');
    assert.equal(cands[0].source, 'rule:amount-currency');
  });
});

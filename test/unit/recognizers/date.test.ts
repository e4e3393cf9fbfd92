import * as assert from 'node:assert/strict';
import { recognizeDates } from '../../../src/engine/recognizers/date/date';
import { findDateline } from '../../../src/engine/recognizers/date/dateline';
import { withOffsets } from '../../../src/engine/segmenter/segmenter';
import { found, texts } from './dateAmountHelpers';

/** An article whose dateline makes 2025 "this year". */
const HEAD = '百度京东中兴为何先后来济南签约?\n创始人\n2025-06-16 11:22:05\n0\n\n';

function valueOf(sentence: string, withDateline = true): Array<[string, string | number | undefined]> {
  return found(recognizeDates, (withDateline ? HEAD : '') + sentence)
    .filter((f) => !withDateline || f.text !== '2025-06-16 11:22:05')
    .map((f) => [f.text, f.value]);
}

/** The dates of `body` and their values after an article's dateline (or heading and dateline), the dateline itself left out. */
function afterDateline(dateline: string, body: string): Array<[string, string | number | undefined]> {
  return found(recognizeDates, `${dateline}\n${body}`)
    .slice(1)
    .map((f) => [f.text, f.value]);
}

describe('DATE recognizer', () => {
  describe('forms and ISO values', () => {
    const cases: Array<[string, Array<[string, string | undefined]>]> = [
      ['2025年5月15日,双方签约', [['2025年5月15日', '2025-05-15']]],
      ['5月15日,双方签约', [['5月15日', '2025-05-15']]],
      ['发表于 2025-5-9 14:01 |', [['2025-5-9 14:01', '2025-05-09T14:01']]],
      ['2025年05月09日 07:21:57 来自北京', [['2025年05月09日 07:21:57', '2025-05-09T07:21:57']]],
      // two spaces before the clock time, as page footers write it
      ['2025年6月18日  09:30  来源：黑龙江日报', [['2025年6月18日  09:30', '2025-06-18T09:30']]],
      ['2025-06-18  09:30 来源', [['2025-06-18  09:30', '2025-06-18T09:30']]],
      ['（一九九七年十二月三十一日）', [['一九九七年十二月三十一日', '1997-12-31']]],
      ['１２月３１日，江泽民发表讲话', [['１２月３１日', '2025-12-31']]],
      ['在刚刚过去的2月底', [['2月底', '2025-02']]],
      ['交易总额已接近2024年的水平,近2000年的历史', [['2024年', '2024']]],
      // 龙抬头 (the second day of the second lunar month), and 农历 before a lunar holiday
      ['龙抬头前后,明年农历春节前交付,佛诞假期过后', [['龙抬头', '2025-03-01'], ['明年农历春节', '2026-02-17'], ['佛诞假期', '2025-05-05']]],
      ['今年以来,去年同期', [['今年', '2025'], ['去年同期', '2024']]],
      // the same period of a span of months (今年1月至2月 … 去年同期)
      ['今年1月至2月出口增长，较去年同期提高', [['今年1月至2月', '2025-01/2025-02'], ['去年同期', '2024-01/2024-02']]],
      // 下月 after a preposition the segmenter glued to 下 (自下/x 月起), not from the end of a word (旗下/月饼)
      ['政策自下月起实施，旗下月饼品牌', [['下月', '2025-07']]],
      // a fiscal year has months only where the text says when it ends, else its name
      ['2024财年（截至2025年3月31日）净利润，苹果2025财年（截至2025年9月），2024财年营收', [
        ['2024财年', '2024-04/2025-03'], ['2025年3月31日', '2025-03-31'], ['2025财年', '2024-10/2025-09'], ['2025年9月', '2025-09'], ['2024财年', 'FY2024'],
      ]],
      // the same period of a year is a period on the calendar, named whole
      ['较2024年同期增长', [['2024年同期', '2024']]],
      ['今年上半年,华为来访', [['今年上半年', '2025-01/2025-06']]],
      ['2022年伊始,华为高层', [['2022年伊始', '2022-01']]],
      ['春节刚过', [['春节', '2025-01-29']]],
      // the first meeting or lesson after the holiday is a custom's name, no date (新春第一会); its first day is the holiday
      ['召开“新春第一会”，新春第一课，新春第一天', [['新春', undefined]]],
      // 清明 listed before 五一 is the holiday too, and so is 五一 listed before a travel season
      ['确保清明、五一期间安全平稳', [['清明', '2025-04-04'], ['五一', '2025-05-01']]],
      ['五一、暑运旺季票价具备上涨空间', [['五一', '2025-05-01']]],
      ['黄山景区五一接待游客创新高，九华山景区五一客流增长', [['五一', '2025-05-01'], ['五一', '2025-05-01']]],
      // lunar new-year holidays in the years the table knows; the coming one after half a year
      ['除夕夜,大年初三,元宵节,2024年春节', [['除夕夜', '2025-01-28'], ['大年初三', '2025-01-31'], ['元宵节', '2025-02-12'], ['2024年春节', '2024-02-10']]],
      // (…年初三 alone, as Hong Kong and Macau write it, a range of them too; not 年初 before 一直 or a month)
      ['年初三至年初五房价上升，年初一到议事亭前地；今年年初一直增长', [['年初三至年初五', '2025-01-31/2025-02-02'], ['年初一', '2025-01-29'], ['今年年初', '2025-01']]],
      // (来年, the coming year; not 近年来/年均)
      ['来年发行1500亿元债券，近年来年均增长，预计带来年销售额', [['来年', '2026']]],
      // (a year's date of two digits that lost its 月: 2025年24日 is 2月4日)
      ['发布时间：2025年24日 20:16', [['2025年24日 20:16', '2025-02-04T20:16']]],
      ['1月29日农历年初一', [['1月29日', '2025-01-29'], ['农历年初一', '2025-01-29']]],
      // a shopping day named like a holiday, whose date moves with Thanksgiving (黑色星期五, 黑五), not the weekday inside it;
      // holidays on a weekday of their month (the fourth Thursday of November, the second Sunday of May); not 黑五类
      ['感恩节后的黑色星期五促销', [['感恩节', '2025-11-27'], ['黑色星期五', '2025-11-28']]],
      ['美区黑五备战，2026年黑五，2024年母亲节，父亲节，黑五类分子', [['黑五', '2025-11-28'], ['2026年黑五', '2026-11-27'], ['2024年母亲节', '2024-05-12'], ['父亲节', '2025-06-15']]],
      // India's festival of lights, which moves with the Hindu calendar: no value
      ['排灯节和圣诞节前的订单', [['排灯节', undefined], ['圣诞节', '2025-12-25']]],
      // not a week and a count (一周三单), nor half a year after leaving a post (离任后半年内)
      ['一周三单过十亿美元,离任后半年内不得转让', []],
      // …nor half a year ahead (提前半年), a term's year's end (第5年末), a reporter named like a weekday (记者 周一鸣), nor 如今年轻人; but 今年轻装上阵
      ['提前半年就一起开发；在第5年末附有赎回权；（记者 林晓 周一鸣）；如今年轻人；今年轻装上阵', [['今年', '2025']]],
      // the summer films' season (暑期档) as the holidays' are (国庆档), last year's both; a Hong Kong day's early session; a season as Hong Kong and Taiwan write it
      ['主要原因是去年暑期档和国庆档主投影片票房不及预期，今年暑期档', [['去年暑期档', '2024'], ['国庆档', '2024-10-01'], ['今年暑期档', '2025']]],
      ['股价15日早段一度急升；能否于2026/27球季升级', [['15日早段', '2025-06-15'], ['2026/27球季', '2026/2027']]],
      // a part of the day after a lunar date or a holiday is the date's, as after 3月18日 (the value stays the day's)
      ['正月初八上午,大年初一晚上,中秋晚上,春节晚会', [['正月初八上午', '2025-02-05'], ['大年初一晚上', '2025-01-29'], ['中秋晚上', '2025-10-06'], ['春节', '2025-01-29']]],
      ['2024年,济南', [['2024年', '2024']]],
      ['元旦前一天', [['元旦前一天', '2024-12-31']]],
      ['圣诞节', [['圣诞节', '2025-12-25']]],
      // Christmas as Taiwan writes it, and 圣诞 alone before the New Year named with it (not 圣诞老人)
      ['耶诞节订单，耶诞及元旦档期，圣诞和新年，圣诞老人', [['耶诞节', '2025-12-25'], ['耶诞', '2025-12-25'], ['元旦', '2025-01-01'], ['圣诞', '2025-12-25'], ['新年', undefined]]],
      ['三八妇女节', [['三八妇女节', '2025-03-08']]],
      ['双11大促', [['双11', '2025-11-11']]],
      ['11·11当天,主播卖出', [['11·11', '2025-11-11']]],
      // 双节, the two holidays just named, refers back to them and names no day of its own
      ['中秋、国庆双节期间消费火热,双节棍表演', [['中秋', '2025-10-06'], ['国庆', '2025-10-01']]],
      // 618 is the shopping festival as 6·18 or before its words, not a number
      ['“6·18”期间,京东618大促,增长618亿元', [['6·18', '2025-06-18'], ['618', '2025-06-18']]],
      ['外卖大战在618前后或将升级，营收618亿元前后', [['618', '2025-06-18']]],
      ['专访：618成交额增长45%', [['618', '2025-06-18']]],
      ['为期一个多月的618电商大促落下帷幕', [['618', '2025-06-18']]],
      ['相关新闻：\n· 618复盘：国货美妆TOP10', [['618', '2025-06-18']]],
      // World Book Day; not 全年/终止 (年终止)
      ['世界读书日当天发布报告，全年终止合作的代理商达30家', [['世界读书日', '2025-04-23']]],
      // …and the other world days of a fixed date
      ['在世界粮食日致辞，世界环境日前后', [['世界粮食日', '2025-10-16'], ['世界环境日', '2025-06-05']]],
      // …and the international ones, and a named day with its own date before it (４·２３世界读书日, 3·15消费者权益日)
      ['5月18日是国际博物馆日。“４·２３世界读书日”，3·15消费者权益日当天', [['5月18日', '2025-05-18'], ['国际博物馆日', '2025-05-18'], ['４·２３世界读书日', '2025-04-23'], ['3·15消费者权益日', '2025-03-15']]],
      // …after a platform, a year or an opening quote, or before a headline's word (收官, 观察, 前瞻); 11.11 too
      ['京东618收官,“618”约谈会,2025年618前瞻,618观察,京东11.11收官,营收618亿元,2025年618家企业,京东618万件', [
        ['618', '2025-06-18'],
        ['618', '2025-06-18'],
        ['2025年618', '2025-06-18'],
        ['618', '2025-06-18'],
        ['11.11', '2025-11-11'],
        ['2025年', '2025'],
      ]],
      ['１９９６年２月２０日凌晨４时３０分', [['１９９６年２月２０日凌晨４时３０分', '1996-02-20T04:30']]],
      ['１月２１日下午３时', [['１月２１日下午３时', '2025-01-21T15:00']]],
      ['5月15日下午3点半', [['5月15日下午3点半', '2025-05-15T15:30']]],
      ['２１时２８分', [['２１时２８分', 'T21:28']]],
      ['一季度', [['一季度', '2025-01/2025-03']]],
      ['１９９２年下半年', [['１９９２年下半年', '1992-07/1992-12']]],
      ['８０年代', [['８０年代', '1980/1989']]],
      ['公元３３０年', [['３３０年', '0330']]],
      ['去年４月下旬', [['去年４月下旬', '2024-04-21/2024-04-30']]],
      // a third of a month is its days, to the month's last (February's in a leap year too)
      ['2024年2月下旬,2025年2月下旬', [['2024年2月下旬', '2024-02-21/2024-02-29'], ['2025年2月下旬', '2025-02-21/2025-02-28']]],
      ['本月２２日', [['本月２２日', '2025-06-22']]],
      ['今天上午', [['今天上午', '2025-06-16']]],
      // a clock time after a space after its date, as a page's publication line writes it, in Chinese numerals too; not a part of the day alone after a space
      ['发布 2025年9月7日 上午9时15分 香港电台。二〇二五年十月二十二日　十八时三十分。10月22日 下午', [['2025年9月7日 上午9时15分', '2025-09-07T09:15'], ['二〇二五年十月二十二日　十八时三十分', '2025-10-22T18:30'], ['10月22日', '2025-10-22']]],
      // An evening or night hour is after noon: 今晚8时, 当晚11时.
      ['今晚8时开幕,昨晚10点发生', [['今晚8时', '2025-06-16T20:00'], ['昨晚10点', '2025-06-15T22:00']]],
      ['经查,当晚11时许离开', [['11时', 'T23:00']]],
      // …and so is an hour alone up to six hours after an afternoon or evening clock time in its sentence (not one earlier, after midnight)
      ['从晚上7点一直逛到9点半才回家', [['晚上7点', 'T19:00'], ['9点半', 'T21:30']]],
      // (…not on the 24-hour clock, which says the half of the day itself)
      ['交易时间13:00-15:00；网络投票时间为9:15-15:00', [['13:00-15:00', 'T13:00/T15:00'], ['9:15-15:00', 'T09:15/T15:00']]],
      // (…after a field's colon, full-width too: 首末班时间：6:30—22:00; not a clock's seconds after its minutes)
      ['首末班时间：6:30—22:00；发言时间:17:30:25', [['6:30—22:00', 'T06:30/T22:00'], ['17:30:25', 'T17:30:25']]],
      ['下午2时开幕，4时30分闭幕。晚上11时出发，1时30分到达。上午9点排队，11点半结账', [['下午2时', 'T14:00'], ['4时30分', 'T16:30'], ['晚上11时', 'T23:00'], ['1时30分', 'T01:30'], ['上午9点', 'T09:00'], ['11点半', 'T11:30']]],
      // 晚 or 早 alone before the hour is the time's (晚8点, 早8点), and 晚 before a weekday in brackets makes the hour after it an evening's
      ['晚8点举办活动,早8点开门', [['晚8点', 'T20:00'], ['早8点', 'T08:00']]],
      ['7月7日晚（星期一）7时30分', [['7月7日晚', '2025-07-07'], ['星期一', '2025-07-07'], ['7时30分', '2025-07-07T19:30']]],
      // a weekday of the week before (2025-06-16 is a Monday)
      ['上周四', [['上周四', '2025-06-12']]],
      ['9月19日晚,复星系宣布', [['9月19日晚', '2025-09-19']]],
      ['2026年1月14日晚22时55分', [['2026年1月14日晚22时55分', '2026-01-14T22:55']]],
      ['5月15日晚会', [['5月15日', '2025-05-15']]],
      ['昨天晚些时候,今天晚了一步', [['昨天', '2025-06-15'], ['今天', '2025-06-16']]],
      ['大前天签约,大后天开幕', [['大前天', '2025-06-13'], ['大后天', '2025-06-19']]],
      ['德信前2月合约销售', [['前2月', '2025-01/2025-02']]],
      ['前三季度', [['前三季度', '2025-01/2025-09']]],
      ['天津市属国企前3季度营收增长，2024年前2季度', [['前3季度', '2025-01/2025-09'], ['2024年前2季度', '2024-01/2024-06']]],
      ['谷歌Q3业绩', [['Q3', '2025-07/2025-09']]],
      ['今年前三季度,营收增长', [['今年前三季度', '2025-01/2025-09']]],
      ['今年前三个季度,去年前两个季度', [['今年前三个季度', '2025-01/2025-09'], ['去年前两个季度', '2024-01/2024-06']]],
      ['2024年前10个月,去年前两个月', [['2024年前10个月', '2024-01/2024-10'], ['去年前两个月', '2024-01/2024-02']]],
      // …and compared with them (较前两个月平均水平), not a span of months before something (事发前两个月)
      ['吨钢毛利较前两个月平均水平提高，事发前两个月', [['前两个月', '2025-01/2025-02']]],
      // …and 头 for 前 after a year (今年头两个月, 一九九七年头两个月), as People's Daily writes it
      ['今年头两个月，一九九七年头两个月完成', [['今年头两个月', '2025-01/2025-02'], ['一九九七年头两个月', '1997-01/1997-02']]],
      // a fiscal year as Singapore and Malaysia write it (2025财政年)
      ['政府在2025财政年预计盈余64亿元', [['2025财政年', 'FY2025']]],
      // As Taiwan writes years of the Republic, this day and this year, and a quarter.
      // A month as tables write it, a day as article lists and page headers do; a season over two years (2006-07赛季) is no month, a score none at all
      ['骆驼集团  12.8亿元  2025-09\n2025-10开工', [['2025-09', '2025-09'], ['2025-10', '2025-10']]],
      ['· 潘贤掌会见中国中车董事长 08-05\n签约仪式 [09-12]', [['08-05', '2025-08-05'], ['09-12', '2025-09-12']]],
      ['发布时间：05-20 10:30', [['05-20 10:30', '2025-05-20T10:30']]],
      // (…and two of them as a range, each end delimited: 【要闻 06-09至06-13】)
      ['【一周城投要闻 06-09至06-13】', [['06-09至06-13', '2025-06-09/2025-06-13']]],
      ['2006-07赛季至今,比分3-1,增长10-20人', [['2006-07赛季', '2006/2007']]],
      // A scraped date whose 月 was lost, the day of one digit (4月8日 → 48日); 28日 is the 28th.
      ['48日,市委书记会见客人;34日签约;28日举行', [['48日', '2025-04-08'], ['34日', '2025-03-04'], ['28日', '2025-03-28']]],
      ['历时48日,45日内完成', []],
      ['民国115年5月29日开幕,民国120年底完工', [['民国115年5月29日', '2026-05-29'], ['民国120年底', '2031-12']]],
      ['民国元年，临时政府成立', [['民国元年', '1912']]],
      // Japan's eras, counted from their first years
      ['𠮷田精工创立于昭和三十一年，令和6年度营收增长，平成十二年3月上市，令和元年5月1日改元', [['昭和三十一年', '1956'], ['令和6年度', '2024'], ['平成十二年3月', '2000-03'], ['令和元年5月1日', '2019-05-01']]],
      // Thailand's Buddhist era, 543 years ahead
      ['BOI数据显示，佛历2567年（2024年）泰国', [['佛历2567年', '2024'], ['2024年', '2024']]],
      ['昨(15)日宣布,今(2025)年目标不变', [['昨(15)日', '2025-06-15'], ['今(2025)年', '2025']]],
      ['第3季营收年增12%,第四季获利成长', [['第3季', '2025-07/2025-09'], ['第四季', '2025-10/2025-12']]],
      // …and its end, with its year or alone (截至今年第一季底), as 2月底 is a date whole
      ['截至今年第一季底，公司现金充裕；第三季末库存下降', [['今年第一季底', '2025-03'], ['第三季末', '2025-09']]],
      // a month before a first year's premiums is no start of the month (4月初年度保费: 4月 and 初年度保费)
      ['寿险业4月初年度保费548亿元，5月初召开', [['4月', '2025-04'], ['5月初', '2025-05']]],
      // (…but no quarter counted in a row: 连续第二季下调, 连续第二季度亏损)
      ['跌幅2.41%,为连续第二季下调,公司连续第二季度亏损', []],
      // As Hong Kong and Taiwan write them.
      ['今年首十个月,今年前三季', [['今年首十个月', '2025-01/2025-10'], ['今年前三季', '2025-01/2025-09']]],
      // 首季: the first quarter of a named year; 月中 before a pause (not 10月中国, not in an issue: 《大众软件》9月中)
      ['明年首季完成,今年首季度', [['明年首季', '2026-01/2026-03'], ['今年首季度', '2025-01/2025-03']]],
      // (…and alone before the economy it is the quarter of: 首季经济开门红)
      ['要确保首季经济开门红', [['首季', '2025-01/2025-03']]],
      ['义乌首季外贸开门红，长实首季卖楼逾40亿港元，特斯拉首季全球交付', [['首季', '2025-01/2025-03'], ['首季', '2025-01/2025-03'], ['首季', '2025-01/2025-03']]],
      ['第2季运价波动加剧，第3季房价上涨', [['第2季', '2025-04/2025-06'], ['第3季', '2025-07/2025-09']]],
      // 新年度 is a new crop or fiscal year, not New Year
      ['新年度全球棉花产量', []],
      // a month's first-year premiums (单月/初年度), no start of a month
      ['富邦人寿5月单月初年度保费收入', [['5月', '2025-05']]],
      // 新年份 is a new vintage
      ['推出新年份生肖饼', []],
      // 此前 is before, not the first months
      ['此前3月和5月', [['3月', '2025-03'], ['5月', '2025-05']]],
      // within a named year, before what is done in it; not 2025年内地 (the mainland: the year alone)
      ['项目将于2025年内完成，2025年内地游客增长', [['2025年内', '2025'], ['2025年', '2025']]],
      ['新药预计２０２５年内获批，本期债券2025年内到期，7月9日午间发布公告', [['２０２５年内', '2025'], ['2025年内', '2025'], ['7月9日午间', '2025-07-09']]],
      // two neighbouring quarters named together; 下月 from the end of a word is none (旗下/月饼)
      ['预计2026年三四季度投产，稻香村旗下月饼热销', [['2026年三四季度', '2026-07/2026-12']]],
      // a year before a word of 内 (内容, 内部, 内存) is the year alone
      ['公司2025年内容预算约为180亿美元，2025年内部审计', [['2025年', '2025'], ['2025年', '2025']]],
      ['2025年内蒙古经济增长，2024年内销额', [['2025年', '2025'], ['2024年', '2024']]],
      // …nor a year before 来自 (2024年来自宁德时代的收入), though 年来 after a number of years is a duration
      ['2024年来自宁德时代的收入占比，近10年来增长', [['2024年', '2024']]],
      ['控股股东承诺2025年内不减持', [['2025年内', '2025']]],
      ['新车2025年内上市', [['2025年内', '2025']]],
      ['并于2025年内择机发行欧元债', [['2025年内', '2025']]],
      ['计划在2025年内于东南亚新开门店', [['2025年内', '2025']]],
      // 白天 is a part of the day; 周天 before 气 is 周 + 天气
      ['7月25日夜间至26日白天有暴雨，每周天气预报', [['7月25日夜间至26日白天', '2025-07-25/2025-07-26']]],
      // 每周三班 is three flights a week, not Wednesday
      ['航空公司每周三班往返，周三上午出发', [['周三上午', undefined]]],
      // 每周二, 逢周一 are every Tuesday, every Monday: no day on the calendar
      ['博物馆每周二免费开放，逢周一闭馆，本周二开展', [['本周二', '2025-06-17']]],
      // 上周期 and 回本周期 are no weeks; 财年内 is no 年内
      ['创史上周期新高，回本周期缩短，财年内完成，本周内', [['本周', '2025-W25']]],
      // 5日达 is delivery within five days; 5日达成 is the 5th
      ['全球5日达服务，5日达成协议', [['5日', '2025-06-05']]],
      ['10月中，10月中国制造业', [['10月中', '2025-10'], ['10月', '2025-10']]],
      ['今年第三季营收,2024年第四季利润', [['今年第三季', '2025-07/2025-09'], ['2024年第四季', '2024-10/2024-12']]],
      ['《奔跑吧》第三季开播,一年四季如春', []],
      ['2024年Q3和2023Q4', [['2024年Q3', '2024-07/2024-09'], ['2023Q4', '2023-10/2023-12']]],
      // a year's half; H2 alone is hydrogen
      ['2025H1净利润增长，2024年H2营收；H2储运', [['2025H1', '2025-01/2025-06'], ['2024年H2', '2024-07/2024-12']]],
      // a year's interim before its results, the first half; not a goal for the middle of a year
      ['发布2025年中期业绩，2030年中期目标', [['2025年中期', '2025-01/2025-06'], ['2030年', '2030']]],
      // 年内 alone, within the year, names none (年内已有12家; 今年年内 does)
      ['年内已有12家，今年年内完成', [['今年年内', '2025']]],
      // 年内 is no period inside 青年内容, 全年内
      ['青年内容创作者增多，全年内容产量', []],
      // a ratio or a score is no clock time
      ['师生比为1:15，比分3:1', []],
      // …nor the points of each game after a match's score (2:0（21:17、21:15）), though a time after it is one
      ['以2:0（21:17、21:15）战胜对手。会议于21:15开始', [['21:15', 'T21:15']]],
      // a clock time with 点 and 分, a season over two years
      ['比赛将于19点35分开球', [['19点35分', 'T19:35']]],
      ['2025-26赛季，2025-09起', [['2025-26赛季', '2025/2026'], ['2025-09', '2025-09']]],
      // a model's code is no month
      ['型号2025-06，型号为A2025-06', []],
      ['2024年1-11月', [['2024年1-11月', '2024-01/2024-11']]],
      // a third of a month alone ends a range in the start's month
      ['3月上旬至下旬,5月中旬至6月上旬', [['3月上旬至下旬', '2025-03-01/2025-03-31'], ['5月中旬至6月上旬', '2025-05-11/2025-06-10']]],
      ['今年1月上半月订单量增长', [['今年1月上半月', '2025-01']]],
      ['2025-26年度预算', [['2025-26年度', '2025/2026']]],
      ['2025-2026赛季', [['2025-2026赛季', '2025/2026']]],
      ['发布了2021至2022年年度报告', [['2021至2022年', '2021/2022']]],
      // a forecast's years with the second shortened
      ['预计2025-27年净利润为70.1亿元', [['2025-27年', '2025/2027']]],
      ['财政司司长发表2025至26年度财政预算案', [['2025至26年度', '2025/2026']]],
      // …and its tax year
      ['宽减2025/26课税年度百分之一百的薪俸税', [['2025/26课税年度', '2025/2026']]],
      // not a count of days after a date (寄发日期后21日), a duration
      ['截止日期不早于寄发日期后21日，之后21日内完成', []],
      ['2024/2025年冬春航季，2024/2025年度', [['2024/2025年', '2024/2025'], ['2024/2025年度', '2024/2025']]],
      ['2024/25年度国内玉米种子供应量', [['2024/25年度', '2024/2025']]],
      // a year's quarter and a quarter after it, in that year; 年度 before a quarter
      ['公司2025年Q1-Q3营收，2025年第一季度至第三季度', [['2025年Q1-Q3', '2025-01/2025-09'], ['2025年第一季度至第三季度', '2025-01/2025-09']]],
      ['公司2025年度第三季度营收', [['2025年度第三季度', '2025-07/2025-09']]],
      // a week of a year, ISO's 2025-W24 (a week of a month keeps the month: 5月第4周)
      ['生猪价格周报（2025年第24周）：均价下降。5月第4周生鲜乳价格', [['2025年第24周', '2025-W24'], ['5月第4周', '2025-05']]],
      // …its number in Chinese numerals too (not a run of weeks: 连续第四周)
      ['建材价格周报｜二〇二五年第十一周：水泥价格连续第四周回落', [['二〇二五年第十一周', '2025-W11']]],
      ['2024赛季中超联赛', [['2024赛季', '2024']]],
      ['合约期为2025至2027赛季', [['2025至2027赛季', '2025/2027']]],
      // years as analysts' tables mark them, not a model's code
      ['比亚迪 | 2024A | 2025E，A2025E型', [['2024A', '2024'], ['2025E', '2025']]],
      // a page footer's copyright year, not a number after ©
      ['Copyright © 2025 JRJ.com，©2008-2025，© 20250', [['2025', '2025'], ['2008-2025', '2008/2025']]],
      ['Copyright (c)2024 大河网 All Rights Reserved，Copyright 2025 大众网，南国早报 版权所有 2023', [['2024', '2024'], ['2025', '2025'], ['2023', '2023']]],
      ['建行将在2025年内新增科技贷款', [['2025年内', '2025']]],
      // a year of four digits before 达 is no duration (5日达 is)
      ['预计2026年达产，2030年达峰', [['2026年', '2026'], ['2030年', '2030']]],
      // …nor before 多 or 余 that starts a word (多出, 多家, 余额)
      ['比2023年多出900元，2024年多家企业，2024年余额', [['2023年', '2023'], ['2024年', '2024'], ['2024年', '2024']]],
      ['2024年多晶硅均价下降，2025年多元化发展', [['2024年', '2024'], ['2025年', '2025']]],
      // a year no duration can be after a word ending in 超, 约 or 达 (张红超1997年, 合约2025年, 下达2009年), not a round one (历史超2000年)
      ['张红超1997年开店，合约2025年6月16日收报，历史超2000年', [['1997年', '1997'], ['2025年6月16日', '2025-06-16']]],
      // …and a day after a contract's 约 (合约18日), not an approximate count (工期约18日)
      ['沪铜主力合约18日盘中走高，工期约18日', [['18日', '2025-06-18']]],
      // the first of listed years that write 年 once; not years far apart
      ['2023、2024年配额一年一分配，2015、2024年', [['2023', '2023'], ['2024年', '2024'], ['2024年', '2024']]],
      // lists of three or more that write 月 or 日 once; not a list's numbering (1、12日)
      ['3、4、5月份工资未发放，6月15、16、17日举行，1、12日', [['3', '2025-03'], ['4', '2025-04'], ['5月份', '2025-05'], ['6月15', '2025-06-15'], ['16', '2025-06-16'], ['17日', '2025-06-17'], ['12日', '2025-06-12']]],
      // the first months or quarters said with 首, and a half or quarter of this year by its code
      ['首5月销售额增长，首三季度，今年H1，今年Q2', [['首5月', '2025-01/2025-05'], ['首三季度', '2025-01/2025-09'], ['今年H1', '2025-01/2025-06'], ['今年Q2', '2025-04/2025-06']]],
      // 上一季度 is the quarter before, no calendar quarter (一季度)
      ['营收较上一季度提升，一季度增长', [['上一季度', undefined], ['一季度', '2025-01/2025-03']]],
      ['常州预计2015年软件', [['2015年', '2015']]],
      // the start or end of a year is its first or last month, as 2月底 is February
      ['到了2025年底', [['2025年底', '2025-12']]],
      ['上周末,本周末', [['上周末', '2025-06-14/2025-06-15'], ['本周末', '2025-06-21/2025-06-22']]],
      ['比赛将于7月24~26日在首尔', [['7月24~26日', '2025-07-24/2025-07-26']]],
      ['作于1613-1614年间', [['1613-1614年', '1613/1614']]],
      ['去年年底,今年年初', [['去年年底', '2024-12'], ['今年年初', '2025-01']]],
      ['今年年内完工', [['今年年内', '2025']]],
      ['5月15日星期四下午3时', [['5月15日星期四下午3时', '2025-05-15T15:00']]],
      ['１月５日周日,１６日礼拜四', [['１月５日周日', '2025-01-05'], ['１６日礼拜四', '2025-01-16']]],
      // (not the 周 and 日 of a week's daily average: 全周日均成交额)
      ['两市全周日均成交额约1.2万亿元', []],
      // a related-news list's day after a bar (标题｜03-15)
      ['老面馆要搬家了｜03-15 🔸 新开的咖啡店｜02-20', [['03-15', '2025-03-15'], ['02-20', '2025-02-20']]],
      ['5月15日周边道路', [['5月15日', '2025-05-15']]],
      ['5月中下旬,上中旬', [['5月中下旬', '2025-05-11/2025-05-31'], ['上中旬', '2025-06-01/2025-06-20']]],
      ['一至三月份', [['一至三月份', '2025-01/2025-03']]],
      // The start or end of a quarter is a month, as 2月底 is; the first quarters of the year one period.
      ['一季度末,截至2024年三季度末,四季度初', [['一季度末', '2025-03'], ['2024年三季度末', '2024-09'], ['四季度初', '2025-10']]],
      // (…not 初步, preliminary: 第三季度初步业绩, 3月初步核算)
      ['三星电子公布第三季度初步业绩，3月初步核算', [['第三季度', '2025-07/2025-09'], ['3月', '2025-03']]],
      // a month with 份 after a Latin word glued on (黄金ETF10月份)
      ['华安黄金ETF10月份持仓增加', [['10月份', '2025-10']]],
      ['一至三季度,进出口增长', [['一至三季度', '2025-01/2025-09']]],
      // the first quarters without 度, as Taiwan writes them; not a programme of the season (季节)
      ['前三季净利864.7亿元,前三季节目', [['前三季', '2025-01/2025-09']]],
      // The first months of this year, opening a clause.
      ['前11个月,进出口总值增长;海关总署：前十个月', [['前11个月', '2025-01/2025-11'], ['前十个月', '2025-01/2025-10']]],
      ['陈翊庭表示，首4个月日均成交额', [['首4个月', '2025-01/2025-04']]],
      // after the place whose first months they are (not 三年前8个月)
      ['全区前8个月新增3.2亿元，本市前10个月', [['前8个月', '2025-01/2025-08'], ['前10个月', '2025-01/2025-10']]],
      // (…or after whatever it is of, before the figures it gives; not a duration, 提前5个月, 商家前三个月免收)
      ['青岛前4个月外贸进出口增长8%，中国重汽前5个月重卡销量6.8万辆，比原计划提前5个月实现，对商家前三个月免收佣金', [['前4个月', '2025-01/2025-04'], ['前5个月', '2025-01/2025-05']]],
      // (…a port's throughput; not the months before a listing, 上市 being no city)
      ['青岛港前三个月货物吞吐量1.83亿吨，上市前6个月不得减持', [['前三个月', '2025-01/2025-03']]],
      ['中远集运前十个月集装箱运量增长', [['前十个月', '2025-01/2025-10']]],
      // (…a related item's, after its bullet)
      ['相关新闻\n·前5个月创新药对外授权交易总额', [['前5个月', '2025-01/2025-05']]],
      // a sentence's months after its years are none (有期徒刑7年6月)
      ['判处有期徒刑7年6月，判刑3年2月，一审判7年6月', []],
      ['在前10个月全市经济运行平稳,存在前3个月', [['前10个月', '2025-01/2025-10']]],
      ['济南市前4个月增长,历下区前4个月', [['前4个月', '2025-01/2025-04'], ['前4个月', '2025-01/2025-04']]],
      // 首 of a head of state or the top of a list is no first part: 元首6月5日 is a day, 榜首
      ['两国元首6月5日通话,位居榜首3月以来', [['6月5日', '2025-06-05'], ['3月', '2025-03']]],
      // …nor is 前 before a month and its day (发言人何咏前4月10日表示: the 前 of a name)
      ['发言人何咏前4月10日表示', [['4月10日', '2025-04-10']]],
      ['“五一”期间,游客增多', [['五一', '2025-05-01']]],
      ['五一、国庆等假期', [['五一', '2025-05-01'], ['国庆', '2025-10-01']]],
      // Taiwan's National Day, where the Republic's era or the island's dollar shows the news is Taiwan's, and the Double Tenth
      ['民国114年国庆日连假,新台币', [['民国114年国庆日连假', '2025-10-10']]],
      ['双十节前夕', [['双十节', '2025-10-10']]],
      // 周天 (Sunday) is not the 天 of 天津
      ['本周天津还发布', [['本周', '2025-W25']]],
      // 本周三成个股: 30% of the stocks this week, not Wednesday
      ['本周三成个股上涨,本周三开盘', [['本周', '2025-W25'], ['本周三', '2025-06-18']]],
      // 首两周二手成交: the first two weeks' second-hand sales, not Tuesday (周二手机 is Tuesday's phones)
      ['6月首两周二手成交上升,周二手机销量,上周二手车', [['6月首两周', '2025-06'], ['周二', undefined], ['上周', '2025-W24']]],
      // two neighbouring numerals are an approximation: the first (not 23 o'clock)
      ['凌晨两三点就出发,晚上七八点到', [['凌晨两三点', 'T02:00'], ['晚上七八点', 'T19:00']]],
      // fiscal quarters, the middle of a named year, a scraped month with its leading zero
      ['苹果第四财季营收,2025财年第四财季', [['第四财季', undefined], ['2025财年第四财季', 'FY2025-Q4']]],
      // (…its first quarters, this quarter and the half of a fiscal year said before it)
      ['丰田2025财年前三财季营收增长，前三财季利润下降，本财季回购股票，下半财年的汇率假设', [['2025财年前三财季', undefined], ['前三财季', undefined], ['本财季', undefined], ['下半财年', undefined]]],
      ['订单排至明年年中,2025年中国经济', [['明年年中', '2026'], ['2025年', '2025']]],
      // (a mid-year meeting's 年中 is the meeting's: 2025年年中工作会议; three probes' annotators agreed)
      ['召开2025年年中工作会议，2025年年中会议，2025年年中，营收增长', [['2025年', '2025'], ['2025年', '2025'], ['2025年年中', '2025']]],
      // (同期限 is the same maturity, no period: 较去年同期限品种)
      ['票面利率较去年同期限品种下降，较去年同期增长', [['去年', '2024'], ['去年同期', '2024']]],
      // 五一 listed with holidays before 等假期
      ['全省将在春节、清明、五一等假期前开展检查', [['春节', '2025-01-29'], ['清明', '2025-04-04'], ['五一', '2025-05-01']]],
      // (…listed after another holiday, a count after it: 春节、清明、五一三个节假日)
      ['今年春节、清明、五一三个节假日小型客车免费通行', [['今年春节', '2025-01-29'], ['清明', '2025-04-04'], ['五一', '2025-05-01']]],
      // (…just past, compared with, or its days in brackets after it; not 五一劳动节 cut, nor a count of 五一)
      ['清明刚过，茶园里一片忙碌。五一（５月１日至５日）营业额１．５亿元，国庆较五一提升４．５个百分点，较五一劳动节', [['清明', '2025-04-04'], ['五一', '2025-05-01'], ['５月１日至５日', '2025-05-01/2025-05-05'], ['国庆', '2025-10-01'], ['五一', '2025-05-01'], ['五一劳动节', '2025-05-01']]],
      ['重点企业 0923日 开工', [['0923日', '2025-09-23']]],
      // a span of months as tables write it; a decimal range is none
      ['建设年限 2025.03-2027.12,圆周率3.14-3.15', [['2025.03-2027.12', '2025-03/2027-12']]],
      // a holiday with its days off is that period, named whole (十一黄金周, 春节长假, 五一假期)
      ['国庆中秋假期,圣诞元旦', [['国庆中秋假期', '2025-10-01/2025-10-06'], ['圣诞元旦', '2025-12-25/2026-01-01']]],
      ['五一假期,十一黄金周,国庆小长假,春节长假', [['五一假期', '2025-05-01'], ['十一黄金周', '2025-10-01'], ['国庆小长假', '2025-10-01'], ['春节长假', '2025-01-29']]],
      // Golden Week alone is a holiday too, whose dates the text does not give (China's in May and October, Japan's in spring)
      ['今年黄金周访日游客增加，黄金周期间客流', [['今年黄金周', '2025'], ['黄金周', undefined]]],
      // …not gold and a weekday (现货黄金周三一度上涨: 周三)
      ['现货黄金周三一度上涨，国际黄金周末收涨', [['周三', undefined]]],
      // …and before what is said of a time after or before it; not a number's last digits (二十五一以后)
      ['五一以后是关键,十一之后回落,二十五一以后', [['五一', '2025-05-01'], ['十一', '2025-10-01']]],
      // …before 前 (not 前进), and joined to another holiday by 及 too
      ['五一前买入,受五一及端午节带动,十一前进', [['五一', '2025-05-01'], ['五一', '2025-05-01'], ['端午节', '2025-05-31']]],
      // a contract's code or a Latin word glued before a date is not the date's (PS25087月10日, Entertainment5月1日)
      ['合约PS25087月10日涨停，合约LC25092025年6月3日跌停，CF5099月1日，Entertainment5月1日公布', [
        ['7月10日', '2025-07-10'],
        ['2025年6月3日', '2025-06-03'],
        ['9月1日', '2025-09-01'],
        ['5月1日', '2025-05-01'],
      ]],
      // …before coming or going somewhere (五一来淄博; not 十一来了)
      ['欢迎五一来淄博吃烧烤,十一来了', [['五一', '2025-05-01']]],
      // 清明 names the holiday only as one (政治清明 is clean politics); “十一”消费: the holiday's spending, not the 11th five-year plan
      ['清明假期,政治清明', [['清明假期', '2025-04-04']]],
      ['“十一”消费报告,“十一五”规划', [['十一', '2025-10-01']]],
      // a week of a month, not a cycle
      ['9月第3周猪价上涨,9月第三周期', [['9月第3周', '2025-09'], ['9月', '2025-09']]],
      // …a weekday of a week of a month, as a race is fixed (11月第二个周日, 5月最后一个星期一)
      ['定于每年11月第二个周日举行,5月最后一个星期一', [['11月第二个周日', '2025-11'], ['5月最后一个星期一', '2025-05']]],
      // a day and its trading session, as a day and its part (26日早盘, 16日尾盘), not its close, a verb's time (26日收盘，)
      ['股价26日早盘高开,16日尾盘拉升,26日收盘，美东时间20日盘前', [['26日早盘', '2025-06-26'], ['16日尾盘', '2025-06-16'], ['26日', '2025-06-26'], ['20日盘前', '2025-06-20']]],
      // a count of weeks is no weekday (每6周一个版本, 两周一次), Monday's stocks are (周一个股普涨)
      ['每6周一个版本,两周一次,周一个股普涨', [['周一', '2025-06-16']]],
      // a year of two digits before a month, of this century up to the dateline's next year; not a duration
      ['该药于24年12月获批,99年5月成立,经过24年12个月', [['24年12月', '2024-12'], ['99年5月', '1999-05']]],
      ['25年1-10月销售收入1468亿元,工作了25年1个月', [['25年1-10月', '2025-01/2025-10']]],
      ['2025年上半年度新增企业,下半年度将增长', [['2025年上半年度', '2025-01/2025-06'], ['下半年度', '2025-07/2025-12']]],
      ['2024年度下半年营收增长', [['2024年度下半年', '2024-07/2024-12']]],
      // the first weeks of a month; weekdays counted are none (两个周六)
      ['5月首两周销售额增长，7月5日、7月12日两个周六的订单量', [['5月首两周', '2025-05'], ['7月5日', '2025-07-05'], ['7月12日', '2025-07-12']]],
      // 全年 after a year names the same period, in the span as 上半年 is (and 全年 alone is no date: which year it is, the text says elsewhere)
      ['较2023年全年增长18.6%，今年全年有望突破，全年目标不变', [['2023年全年', '2023'], ['今年全年', '2025']]],
      // a season of a year before a pause, not the Winter Olympics of one
      ['1977年秋，高考恢复。2022年冬奥会', [['1977年秋', '1977'], ['2022年', '2022']]],
      // the end of a half is its last month; a final dividend (末期) and a first estimate (初步) are no year's end or start
      ['2024年上半年末不良率0.95%，派发2024年末期股息，2025年初步测算', [['2024年上半年末', '2024-06'], ['2024年', '2024'], ['2025年', '2025']]],
      // a month as a résumé writes it, in its field or before its fact; not a decimal
      ['出生年月：1978.05,2001.07参加工作,营收2024.05亿元', [['1978.05', '1978-05'], ['2001.07', '2001-07']]],
      // (…a résumé's line for the post held now, its period open; a personnel table's month of birth after the sex; not a version number)
      ['2024.12—2025.01　市委常委\n2025.01—　　　副市长\n1　李欣怡　女　1998.06　硕士研究生\n版本号2.5.01—已发布', [['2024.12—2025.01', '2024-12/2025-01'], ['2025.01', '2025-01'], ['1998.06', '1998-06']]],
      ['周红波（女），出生年月1975.03，现任副总经理', [['1975.03', '1975-03']]],
      ['李明，1972.11 出生', [['1972.11', '1972-11']]],
      ['董事、总经理 2024.09起 任现职', [['2024.09', '2024-09']]],
      // 年度 and 上半年度 are no years before a resort (去年度假区, 今年上半年度假区); mid-year before what is done then (2026年中启用), not 中国
      ['去年度假区带动消费，2024年上半年度假区客流增长，2025年度营收', [['去年', '2024'], ['2024年上半年', '2024-01/2024-06'], ['2025年度', '2025']]],
      ['物流中心预计于2026年中启用，2026年中国经济', [['2026年中', '2026'], ['2026年', '2026']]],
      // the Spring Festival's travel season of a year named, not alone (春运期间)
      ['2026年春运准备工作进展如何？春运期间，铁路', [['2026年春运', '2026']]],
      // a list's number before a year, not a decimal (1.2025年7月10日); a decimal before 年 is no year
      ['重要内容提示： 1.2025年7月10日，公司收到通知。2.2025年8月1日，法院裁定。增长1.2025年', [['2025年7月10日', '2025-07-10'], ['2025年8月1日', '2025-08-01']]],
      // …or a bullet point with no number, at a line's start
      ['毛收入按年升9.1%\n．2026年施政報告將於11月18日發表', [['2026年', '2026'], ['11月18日', '2025-11-18']]],
      // …or before a month (4.1月1日累計至本期止); a decimal before 月 is no month
      ['3.每股盈餘 4.1月1日累計至本期止營業收入\n5.1月1日累計。增长4.1月环比', [['1月1日', '2025-01-01'], ['1月1日', '2025-01-01']]],
      ['该行发布2025年半年度报告', [['2025年半年度', '2025-01/2025-06']]],
      ['公司2025年半年度营业收入为12.36亿元,发布2025年半年度经营情况,每半年度结算', [['2025年半年度', '2025-01/2025-06'], ['2025年半年度', '2025-01/2025-06']]],
      // 上年 is the year before the one its sentence names (the dateline's year before, else)
      ['2023年GDP较上年增长5%;较上年末增长3%。上年同期为3%', [['2023年', '2023'], ['上年', '2022'], ['上年末', '2022-12'], ['上年同期', '2024']]],
      // no quarter in 这一季度 (the one just named) and no year's end counted back from now (最近一年末)
      ['截至2024年12月28日的这一季度，且最近一年末净资产不低于三十亿元', [['2024年12月28日', '2024-12-28']]],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepEqual(valueOf(sentence), expected));
    }
  });

  it('ends a range on the 31st of its month, not on a scraped 3月1日', () => {
    assert.deepEqual(valueOf('5月1日至31日,去年12月30日至31日'), [
      ['5月1日至31日', '2025-05-01/2025-05-31'],
      ['去年12月30日至31日', '2024-12-30/2024-12-31'],
    ]);
  });

  it('takes a range as one span with an ISO interval', () => {
    assert.deepEqual(valueOf('5月7日至8日,刘强率队;2月11日至13日,赴北京;１９９１年—１９９６年'), [
      ['5月7日至8日', '2025-05-07/2025-05-08'],
      ['2月11日至13日', '2025-02-11/2025-02-13'],
      ['１９９１年—１９９６年', '1991/1996'],
    ]);
    // written with 起至, and in Chinese numerals
    assert.deepEqual(valueOf('7月1日起至9月30日;三月五日至八日'), [
      ['7月1日起至9月30日', '2025-07-01/2025-09-30'],
      ['三月五日至八日', '2025-03-05/2025-03-08'],
    ]);
  });

  it('ends a clock range in the afternoon when it starts there, on the same day', () => {
    assert.deepEqual(valueOf('谷段22:00至次日8:00，谷时段为23:00-次日7:00'), [['22:00至次日8:00', 'T22:00/T08:00'], ['23:00-次日7:00', 'T23:00/T07:00']]);
    // midnight at night: 夜间0时, 晚上12点 (the end of its day, 24:00, unless it starts the night), 凌晨12点
    assert.deepEqual(valueOf('夜间0时至8时免收服务费；晚上12点到凌晨2点；中午12点；凌晨12点后'), [['夜间0时至8时', 'T00:00/T08:00'], ['晚上12点到凌晨2点', 'T00:00/T02:00'], ['中午12点', 'T12:00'], ['凌晨12点', 'T00:00']]);
    assert.deepEqual(valueOf('会议将于6月12日晚上12点结束'), [['6月12日晚上12点', '2025-06-12T24:00']]);
    // the hours after a range of days are the range's
    assert.deepEqual(valueOf('周一至周五9:00-12:00开放'), [['周一至周五9:00-12:00', undefined]]);
    // 次日 puts the end on the next day
    assert.deepEqual(valueOf('6月30日22时至次日6时停电'), [['6月30日22时至次日6时', '2025-06-30T22:00/2025-07-01T06:00']]);
    assert.deepEqual(valueOf('下午2时至4时;5月15日下午2时至4时;上午9点至11点;晚上8点到10点半'), [
      ['下午2时至4时', 'T14:00/T16:00'],
      ['5月15日下午2时至4时', '2025-05-15T14:00/2025-05-15T16:00'],
      ['上午9点至11点', 'T09:00/T11:00'],
      ['晚上8点到10点半', 'T20:00/T22:30'],
    ]);
    // Without a time of day before it, 3点至5点 may be a score or points.
    assert.deepEqual(texts(recognizeDates, '第十一期间,他得了3点至5点,一至三'), []);
  });

  it('reads a scraped date that lost its 月 the way nearer the dateline (112日: 1月12日 or 11月2日)', () => {
    assert.deepEqual(afterDateline('2025-11-03 10:00', '112日,齐鲁工业大学签约'), [['112日', '2025-11-02']]);
    assert.deepEqual(afterDateline('2025-01-25 10:00', '121日签约'), [['121日', '2025-01-21']]);
    assert.deepEqual(afterDateline('2025-12-09 10:00', '128日,市第一人民医院'), [['128日', '2025-12-08']]);
    // 101日 is 10月1日 with or without a dateline: no one writes 1月01日 without the 0 of the month
    assert.deepEqual(afterDateline('2025-01-25 10:00', '101日至7日,景区接待游客'), [['101日至7日', '2025-10-01/2025-10-07']]);
    assert.deepEqual(found(recognizeDates, '（记者 陈思远）101日至7日，103日单日客流达到峰值').map((f) => [f.text, f.value]), [
      ['101日至7日', '--10-01/--10-07'],
      ['103日', '--10-03'],
    ]);
    // a range's end of two digits lost its 月 too where, as a day of the start's month, it would be before the start (128日至24日: to 2月4日)
    assert.deepEqual(afterDateline('2025-02-05 10:00', '假期（128日至24日）客流增长，513日至16日举行'), [
      ['128日至24日', '2025-01-28/2025-02-04'],
      ['513日至16日', '2025-05-13/2025-05-16'],
    ]);
  });

  it('takes a date followed by 发布者 as the publication line, and no zodiac year in a year\'s output', () => {
    assert.deepEqual(found(recognizeDates, '2025-05-13 发布者:邹平市人民政府办公室\n去年增长').map((f) => [f.text, f.value]), [
      ['2025-05-13', '2025-05-13'],
      ['去年', '2024'],
    ]);
    assert.deepEqual(texts(recognizeDates, '全县肉鸡年出栏量达到1.2亿只，生猪年出栏'), []);
  });

  it('gives the Spring Festival only its year where the table ends, and nothing without a year', () => {
    assert.deepEqual(valueOf('2135年春节', true), [['2135年春节', '2135']]);
    assert.deepEqual(valueOf('2035年春节', true), [['2035年春节', '2035-02-08']]);
    assert.deepEqual(valueOf('春节期间', false), [['春节', undefined]]);
    assert.deepEqual(found(recognizeDates, '标题\n2025-11-20 10:00\n春节期间').map((f) => [f.text, f.value]), [
      ['2025-11-20 10:00', '2025-11-20T10:00'],
      ['春节', '2026-02-17'],
    ]);
  });

  it('dates lunar holidays and solar terms by the calendar, in the year whose date falls in the dateline\'s year', () => {
    const at = (head: string, body: string) => afterDateline(`标题\n${head}`, body);
    assert.deepEqual(at('2025-06-16 10:00', '端午节,中秋节,重阳节,春节前一天'), [
      ['端午节', '2025-05-31'],
      ['中秋节', '2025-10-06'],
      ['重阳节', '2025-10-29'],
      ['春节前一天', '2025-01-28'],
    ]);
    // 腊八 in January is the last lunar year's; in December, past by half a year, the coming one.
    assert.deepEqual(at('2025-01-05 10:00', '腊八节'), [['腊八节', '2025-01-07']]);
    assert.deepEqual(at('2025-12-20 10:00', '腊八节,去年中秋'), [
      ['腊八节', '2026-01-26'],
      ['去年中秋', '2024-09-17'],
    ]);
    // 小寒 in a December page is January's: the coming one.
    assert.deepEqual(at('2025-12-20 10:00', '小寒'), [['小寒', '2026-01-05']]);
    // a term that is also a word, where the text says it is the term (白露节气), not rain or snow
    assert.deepEqual(at('2025-09-05 10:00', '白露节气，小满当天，雨水充沛，大雪纷飞'), [['白露', '2025-09-07'], ['小满', '2025-05-21']]);
    // …or, 白露 only, as the time since which (白露以来; not 大雪以来, since the heavy snow)
    assert.deepEqual(at('2025-09-20 10:00', '白露以来光温条件较好，大雪以来道路结冰'), [['白露', '2025-09-07']]);
    // A Chinese-numeral month and day that does not say it is lunar is the Gregorian month.
    assert.deepEqual(at('2025-06-16 10:00', '八月十五'), [['八月', '2025-08']]);
  });

  it('continues a bare day in the last full date or else the last month named, not in a holiday\'s', () => {
    assert.deepEqual(found(recognizeDates, '标题\n2025-02-28 10:00\n春节假期刚过，25日，市委书记会见客人').map((f) => [f.text, f.value]), [
      ['2025-02-28 10:00', '2025-02-28T10:00'],
      ['春节假期', '2025-01-29'],
      ['25日', '2025-02-25'],
    ]);
    // the dateline's own day, in another sentence than a full date of another month: 2025-06-06…5日晚间公布，5月营收…。6日股价上涨 is June's
    assert.deepEqual(found(recognizeDates, '鸿海5月营收增长\n2025-06-06 16:48:21 来源：证券时报网\n鸿海5日晚间公布，5月合并营收增长。鸿海6日股价上涨4.37%').map((f) => [f.text, f.value]), [
      ['5月', '2025-05'],
      ['2025-06-06 16:48:21', '2025-06-06T16:48:21'],
      ['5日晚间', '2025-06-05'],
      ['5月', '2025-05'],
      ['6日', '2025-06-06'],
    ]);
    // …and a day of the week after it, as a forecast names: 2019-07-04…6月17日入梅。…7日白天 is July's
    assert.deepEqual(found(recognizeDates, '暴雨预警\n2019-07-04 16:10　来源：南京发布\n今年南京6月17日入梅。“7日白天雨势减弱。”5日至7日如遇延误可改签').map((f) => [f.text, f.value]), [
      ['2019-07-04 16:10', '2019-07-04T16:10'],
      ['今年', '2019'],
      ['6月17日', '2019-06-17'],
      ['7日白天', '2019-07-07'],
      ['5日至7日', '2019-07-05/2019-07-07'],
    ]);
    // a full date before a month named alone: 11月18日电…5月就任…18日 is November's
    assert.deepEqual(found(recognizeDates, '新华社东京11月18日电\n默茨5月就任。石破茂18日表示').map((f) => [f.text, f.value]), [
      ['11月18日', '--11-18'],
      ['5月', '--05'],
      ['18日', '--11-18'],
    ]);
    // a later month of the dateline's year is a plan, not gone on in past its paragraph; a related item's own date is
    const planned = '新华社北京2025年6月16日电\n暑运7月1日至8月31日，19日起加开列车。\n国航15日晚间发布公告。\n2024-09-14 08:56\n截至13日，已有12家';
    assert.deepEqual(found(recognizeDates, planned).map((f) => [f.text, f.value]), [
      ['2025年6月16日', '2025-06-16'],
      ['7月1日至8月31日', '2025-07-01/2025-08-31'],
      ['19日', '2025-08-19'],
      ['15日晚间', '2025-06-15'],
      ['2024-09-14 08:56', '2024-09-14T08:56'],
      ['13日', '2024-09-13'],
    ]);
    // …and a bare day up to the dateline's, in a paragraph after an earlier month's date, is of the dateline's month (not 10月3日)
    const recent = '2024-12-04 10:26:31\n魏哲家10月17日表示暂停供货。\n应用材料股价3日下跌1.7%，商务部于12月3日表示。\n另据报道，5日起实施';
    assert.deepEqual(found(recognizeDates, recent).map((f) => [f.text, f.value]), [
      ['2024-12-04 10:26:31', '2024-12-04T10:26:31'],
      ['10月17日', '2024-10-17'],
      ['3日', '2024-12-03'],
      ['12月3日', '2024-12-03'],
      ['5日', '2024-12-05'],
    ]);
  });

  it('puts a quarter that ends a range in the year of its start, not the dateline\'s', () => {
    assert.deepEqual(afterDateline('2025-06-12 09:15', '2024年第一季度至第三季度，2024年Q1-Q3'), [
      ['2024年第一季度至第三季度', '2024-01/2024-09'],
      ['2024年Q1-Q3', '2024-01/2024-09'],
    ]);
    // …whatever its months: the fourth quarter after the third is in the same year
    assert.deepEqual(afterDateline('2025-06-12 09:15', '换机潮有望在第三季度至第四季度集中释放，2024年第一季度至第四季度'), [
      ['第三季度至第四季度', '2025-07/2025-12'],
      ['2024年第一季度至第四季度', '2024-01/2024-12'],
    ]);
  });

  it('reads days alone and in a range in the month named last, not a settlement day (T+1日)', () => {
    assert.deepEqual(afterDateline('2025-06-12 09:15', '峰会于19至21日举行。8月5日，19至21日。缴款日为T+1日'), [
      ['19至21日', '2025-06-19/2025-06-21'],
      ['8月5日', '2025-08-05'],
      ['19至21日', '2025-08-19/2025-08-21'],
    ]);
  });

  it("reads the 廿 and 卅 of formal papers, and a day in Chinese numerals only in a list after a date, in a dispatch's dateline or before a part of the day", () => {
    assert.deepEqual(found(recognizeDates, '记者林嘉欣北京十二日电：海关总署公布数据。新华社上海三日讯。三日电视台播出').map((f) => f.text), ['十二日', '三日']);
    // …or in brackets after the day it names, as Macau's papers write it (昨日（一日）)
    assert.deepEqual(found(recognizeDates, '博彩監察協調局昨日（一日）公布。今天（十五日）上午').map((f) => f.text), ['昨日', '一日', '今天', '十五日']);
    // (…but not a thing numbered after another: 三号、四号工位)
    assert.deepEqual(found(recognizeDates, '发射场三号、四号工位前期工作'), []);
    // (…or before a part of the day, which ten days have not; not a run of days: 连续七日下午收盘上涨)
    assert.deepEqual(found(recognizeDates, '七日上午，在岸人民币对美元即期汇率。连续七日下午收盘上涨').map((f) => f.text), ['七日上午']);
    assert.deepEqual(found(recognizeDates, '本合同于二〇二五年十月卅日签订。二〇二五年十月十日、十一日。工作十日').map((f) => [f.text, f.value]), [
      ['二〇二五年十月卅日', '2025-10-30'],
      ['二〇二五年十月十日', '2025-10-10'],
      ['十一日', '2025-10-11'],
    ]);
  });

  it('dates a weekday of the week before, of or after the dateline\'s, weeks starting on Monday', () => {
    // 2025-03-14 is a Friday.
    assert.deepEqual(afterDateline('2025-03-14 来源：大众日报', '上周五签约。本周三开会。下周一开幕。这周日休息'), [
      ['上周五', '2025-03-07'],
      ['本周三', '2025-03-12'],
      ['下周一', '2025-03-17'],
      ['这周日', '2025-03-16'],
    ]);
    // …with its part of the day; the weekend its Saturday and Sunday, the week its ISO week (2021-01-01 is in 2020's last week)
    assert.deepEqual(afterDateline('2025-03-14 来源：大众日报', '本周五晚间封闭，本周末出行，下周末开放，上周菜价上涨'), [
      ['本周五晚间', '2025-03-14'],
      ['本周末', '2025-03-15/2025-03-16'],
      ['下周末', '2025-03-22/2025-03-23'],
      ['上周', '2025-W10'],
    ]);
    assert.deepEqual(afterDateline('2021-01-01 来源：大众日报', '本周和下周'), [
      ['本周', '2020-W53'],
      ['下周', '2021-W01'],
    ]);
  });

  it('reads 后年, the year after next, only after 明年 (明年、后年), not 之后/今后 before 年', () => {
    assert.deepEqual(afterDateline('2025-06-16 10:00', '分别于明年、后年陆续投产。之后年产量增长，今后年均增长'), [
      ['明年', '2026'],
      ['后年', '2027'],
    ]);
  });

  it("values a quarter ending more than ten months after the dateline as last year's, as a month", () => {
    assert.deepEqual(afterDateline('2025-01-22 10:00', '该公司四季度铁矿石发运量增长，今年四季度将投产，一季度产量'), [
      ['四季度', '2024-10/2024-12'],
      ['今年四季度', '2025-10/2025-12'],
      ['一季度', '2025-01/2025-03'],
    ]);
    assert.deepEqual(afterDateline('2025-06-22 10:00', '四季度将投产'), [['四季度', '2025-10/2025-12']]);
  });

  it('values 去年同期 as the period named before it in its sentence a year earlier, else as last year', () => {
    assert.deepEqual(afterDateline('2025-04-29 10:00', '公司今年一季度净利润增长，较去年同期增长18%。截至6月底，存款较上年同期增长。去年同期为2亿元'), [
      ['今年一季度', '2025-01/2025-03'],
      ['去年同期', '2024-01/2024-03'],
      ['6月底', '2025-06'],
      ['上年同期', '2024-06'],
      ['去年同期', '2024'],
    ]);
    // (去年 counts back from the article's year, not from the period's: next year's quarter against last year's)
    assert.deepEqual(afterDateline('2025-06-03 10:00', '预计明年一季度交付量较去年同期翻番'), [
      ['明年一季度', '2026-01/2026-03'],
      ['去年同期', '2024-01/2024-03'],
    ]);
  });

  it('puts a holiday listed after a dated one in its year (2025年国庆、中秋)', () => {
    assert.deepEqual(afterDateline('2024-12-20 来源：测试', '2025年国庆、中秋假期'), [
      ['2025年国庆', '2025-10-01'],
      ['中秋假期', '2025-10-06'],
    ]);
  });

  it('reads 小年 as the 23rd of the twelfth lunar month, and the farmers\' harvest festival as 秋分 (not 大小年, 小年轻)', () => {
    assert.deepEqual(afterDateline('2025-01-10 来源：测试', '腊月二十三过小年，第八个中国农民丰收节。果树大小年明显，小年轻很多'), [
      ['腊月二十三', '2025-01-22'],
      ['小年', '2025-01-22'],
      ['中国农民丰收节', '2025-09-23'],
    ]);
  });

  it('dates a weekday said alone in the dateline\'s week, up to the dateline\'s day', () => {
    // 2025-04-30 is a Wednesday: 周二 is the 29th, 周一上午10时 the 28th at 10:00; 周四 may be last week's or the coming one
    assert.deepEqual(afterDateline('2025-04-30 来源：测试', '星巴克周二公布财报，周一上午10时开会，周四晚间公告'), [
      ['周二', '2025-04-29'],
      ['周一上午10时', '2025-04-28T10:00'],
      ['周四晚间', undefined],
    ]);
    assert.deepEqual(afterDateline('2025-04-30 来源：测试', '小米集团周一早间公告称'), [['周一早间', '2025-04-28']]);
  });

  it('reads 上月 after 比 the segmenter glued to 上 (比上/x 月), and 上年同月 as the month named before it a year earlier', () => {
    assert.deepEqual(afterDateline('2025-06-16 来源：测试', '5月份商品销售率比上年同月下降0.3个百分点，工业增加值比上月增长0.61%'), [
      ['5月份', '2025-05'],
      ['上年同月', '2024-05'],
      ['上月', '2025-05'],
    ]);
  });

  it('dates a weekday or a day named from today by the date in brackets after it', () => {
    assert.deepEqual(afterDateline('2025-06-17 来源：测试', '周一（6月16日）晚间，恒远公告。证监会今日（6月17日）宣布'), [
      ['周一', '2025-06-16'],
      ['6月16日', '2025-06-16'],
      ['今日', '2025-06-17'],
      ['6月17日', '2025-06-17'],
    ]);
  });

  it('dates a weekday a date is said to fall on by that date (6月1日恰逢周日), not every Monday (逢周一)', () => {
    assert.deepEqual(afterDateline('2025-06-02 来源：测试', '6月1日恰逢周日，车企依然营业，逢周一休息'), [
      ['6月1日', '2025-06-01'],
      ['周日', '2025-06-01'],
    ]);
  });

  it('dates a weekday in brackets after a date by that date, when it is its weekday', () => {
    assert.deepEqual(afterDateline('2025-08-01 来源：测试', '定于2025年8月12日（星期二）开庭，2025年8月12日（星期三）'), [
      ['2025年8月12日', '2025-08-12'],
      ['星期二', '2025-08-12'],
      ['2025年8月12日', '2025-08-12'],
      ['星期三', undefined],
    ]);
    // …and a clock time right after it is that day's
    assert.deepEqual(afterDateline('2025-06-01 来源：测试', '2025年6月16日（周一）上午10:00，召开发布会'), [
      ['2025年6月16日', '2025-06-16'],
      ['周一', '2025-06-16'],
      ['上午10:00', '2025-06-16T10:00'],
    ]);
    // a clock time alone a few words after a day in its sentence is that day's; not after a holiday, nor a range's next day
    assert.deepEqual(afterDateline('2024-12-04 来源：测试', '华为于12月4日举行发布会，上午10时08分发布新品。国庆节期间，11:00至14:00执行深谷电价'), [
      ['12月4日', '2024-12-04'],
      ['上午10时08分', '2024-12-04T10:08'],
      ['国庆节', '2024-10-01'],
      ['11:00至14:00', 'T11:00/T14:00'],
    ]);
    // a bare day after a date ahead that something starts from is not in that date's month (…自2025年1月1日起执行。…28日 is the dateline's)
    assert.deepEqual(afterDateline('2024-11-28 15:42:07 来源：新华网', '新版目录自2025年1月1日起正式执行。国务院新闻办公室28日举行发布会'), [
      ['2025年1月1日', '2025-01-01'],
      ['28日', '2024-11-28'],
    ]);
    // …nor after a date of an earlier year, the end of the period the figures are at (截至2024年12月31日…截至20日收盘)
    assert.deepEqual(afterDateline('2025-03-20 10:00:00 来源：测试', '截至2024年12月31日，总资产增长。截至20日收盘，A股报52.35元'), [
      ['2024年12月31日', '2024-12-31'],
      ['20日', '2025-03-20'],
    ]);
    // a clock time on "that day" is of the last day named in full, not of a deadline (12月31日前…当日下午3时)
    assert.deepEqual(afterDateline('2025-03-21 来源：测试', '2025年3月20日上午9时，土拍开始，至当日14时05分全部成交。各企业须于12月31日前报送；当日下午3时另行开会'), [
      ['2025年3月20日上午9时', '2025-03-20T09:00'],
      ['14时05分', '2025-03-20T14:05'],
      ['12月31日', '2025-12-31'],
      ['下午3时', 'T15:00'],
    ]);
    // …and by the date as it is said, where no year says which weekday it is (no dateline)
    assert.deepEqual(found(recognizeDates, '6月16日（周一），美元走弱').map((f) => [f.text, f.value]), [
      ['6月16日', '--06-16'],
      ['周一', '--06-16'],
    ]);
  });

  it('puts every later item of a list after a dated one in its year, joined by 、, 和 or 或', () => {
    assert.deepEqual(afterDateline('2025-11-20 来源：测试', '公司于2023年4月28日、8月30日和10月27日披露。已于2024年8月6日、10月15日和12月5日发射'), [
      ['2023年4月28日', '2023-04-28'],
      ['8月30日', '2023-08-30'],
      ['10月27日', '2023-10-27'],
      ['2024年8月6日', '2024-08-06'],
      ['10月15日', '2024-10-15'],
      ['12月5日', '2024-12-05'],
    ]);
    assert.deepEqual(afterDateline('2025-11-20 来源：测试', '美联储可能在2026年1月或3月再次加息'), [
      ['2026年1月', '2026-01'],
      ['3月', '2026-03'],
    ]);
    // (not a month after the list, in a sentence of its own)
    assert.deepEqual(afterDateline('2025-11-20 来源：测试', '2023年4月28日披露。8月30日复牌'), [
      ['2023年4月28日', '2023-04-28'],
      ['8月30日', '2025-08-30'],
    ]);
  });

  it('reads 上一年 and 上一年度 as 上年, not the 上一年级 of a school, nor the year before an offence a fine is a share of its income for', () => {
    assert.deepEqual(afterDateline('2025-06-12 09:15', '上一年度结转资金5亿元，比上一年增长5%。孩子上一年级了'), [
      ['上一年度', '2024'],
      ['上一年', '2024'],
    ]);
    assert.deepEqual(afterDateline('2025-06-12 09:15', '对其处上一年年收入60%的罚款；罚款上限为上一年度销售额的10%，或上一年度从本单位取得收入的10%'), []);
    // (…nor a yearly rise on the year before, whichever year it is: 此后每年在上一年度基础上递增3%)
    assert.deepEqual(afterDateline('2025-06-12 09:15', '此后每年在上一年度基础上递增百分之三，在上一年的基础上'), []);
  });

  it('takes the year of a scraped dateline that lost its 月 (2025年0613日, 2025-0613日)', () => {
    assert.deepEqual(found(recognizeDates, '2025年0613日\n去年增长，613日开幕').map((f) => [f.text, f.value]), [
      ['2025年0613日', '2025-06-13'],
      ['去年', '2024'],
      ['613日', '2025-06-13'],
    ]);
    assert.deepEqual(afterDateline('2025-0613日 14:50 来源：大众日报', '去年增长'), [['去年', '2024']]);
    // …a month of one digit too (2025年415日)
    assert.deepEqual(afterDateline('每日经济新闻 2025年415日 10:20', '公司4月14日公告'), [['4月14日', '2025-04-14']]);
  });

  it('puts a date after 同年 or 当年 in the year the text named last, 次年 in the one after, not the dateline\'s', () => {
    assert.deepEqual(afterDateline('标题\n2024-03-18 10:05', '2023年6月9日，公司申请破产，法院于同年7月3日裁定受理。当年12月，重整。5月1日'), [
      ['2023年6月9日', '2023-06-09'],
      ['同年7月3日', '2023-07-03'],
      ['当年12月', '2023-12'],
      ['5月1日', '2024-05-01'],
    ]);
    // 次年 names a year: a later 同年 is that one
    assert.deepEqual(valueOf('2019年10月调任；次年3月升任，同年8月出席；2024年12月至次年3月'), [
      ['2019年10月', '2019-10'],
      ['次年3月', '2020-03'],
      ['同年8月', '2020-08'],
      ['2024年12月至次年3月', '2024-12/2025-03'],
    ]);
    // …and with a part of the year (次年初, 同年底); 同月底 is no bare 月底
    assert.deepEqual(valueOf('2018年3月成立。次年初投产，同年底过亿，同月底访美'), [
      ['2018年3月', '2018-03'],
      ['次年初', '2019-01'],
      ['同年底', '2019-12'],
    ]);
    // a related-news list's item beside its own timestamp, in another year than the article's, is of the item's year
    assert.deepEqual(afterDateline('标题\n2025-06-16 11:22:05', '正文。\n2026-01-15 23:25:25\n原创 1月15号，真是糟糕的一天'), [
      ['2026-01-15 23:25:25', '2026-01-15T23:25:25'],
      ['1月15号', '2026-01-15'],
    ]);
    // …the events' year, not a bare year after a date in its sentence that says what a figure is of
    assert.deepEqual(valueOf('2021年4月10日，总局处以其2019年销售额4%的罚款。同年10月8日，美团被立案'), [
      ['2021年4月10日', '2021-04-10'],
      ['2019年', '2019'],
      ['同年10月8日', '2021-10-08'],
    ]);
  });

  it('reads 次年 at the end of a range as the year after the range\'s start, not after a year named earlier', () => {
    assert.deepEqual(valueOf('项目自2019年11月投运以来，每年11月15日至次年3月15日为供暖季'), [
      ['2019年11月', '2019-11'],
      ['11月15日至次年3月15日', '2025-11-15/2026-03-15'],
    ]);
  });

  it('reads each item of a list that writes 日 or 月 once (5月15、16日, 2025年5、6月), in the year of the first, not a list\'s numbering', () => {
    assert.deepEqual(valueOf('一、7月停电。1、7月8日检修'), [
      ['7月', '2025-07'],
      ['7月8日', '2025-07-08'],
    ]);
    assert.deepEqual(valueOf('5月15、16日;2024年5、6月;2024年7月、8月;第5、6月'), [
      ['5月15', '2025-05-15'],
      ['16日', '2025-05-16'],
      ['2024年5', '2024-05'],
      ['6月', '2024-06'],
      ['2024年7月', '2024-07'],
      ['8月', '2024-08'],
      ['6月', '2025-06'],
    ]);
  });

  it('reads a bare list of days only with 日: 3、4日 are days, 3、4号机组 are numbered units', () => {
    assert.deepEqual(valueOf('5月2日开工，3、4日试运行'), [['5月2日', '2025-05-02'], ['3', '2025-05-03'], ['4日', '2025-05-04']]);
    assert.deepEqual(valueOf('海阳核电3、4号机组，1、2号线'), []);
  });

  it('reads the quarter before, of or after the one reported on without a value (上季度, 本季度), not 创下季度新高', () => {
    assert.deepEqual(valueOf('比上季度下降0.1个百分点，本季度营收增长，创下季度新高'), [
      ['上季度', undefined],
      ['本季度', undefined],
    ]);
    // …with its end or start (较上季度末上升)
    assert.deepEqual(valueOf('偿付能力充足率较上季度末上升12.5个百分点'), [['上季度末', undefined]]);
    // …and Taiwan's 较上季, compared with last quarter (较上季末 too); not a season's (上季赛)
    assert.deepEqual(valueOf('营运将较上季显著成长，贷款余额较上季末增加，比上季赛多'), [['上季', undefined], ['上季末', undefined]]);
    // …and with 一 (上一季度, 下一季度)
    assert.deepEqual(valueOf('黄仁勋在上一季度电话会上称，下一季度营收将增长'), [['上一季度', undefined], ['下一季度', undefined]]);
  });

  it('takes a holiday without its year more than half a year past as the coming one', () => {
    // unless the text says whose year: 今年的春节; and not 新春 across 刷新/春节
    assert.deepEqual(afterDateline('2024-10-08 10:00', '今年的春节档刷新春节档纪录'), [['今年', '2024'], ['春节档', '2024-02-10'], ['春节档', '2025-01-29']]);
    // (a holiday's films' season is the holiday's period, its 档 in the span; not a schedule, 档期)
    assert.deepEqual(afterDateline('2025-09-26 10:00', '2025年国庆档预售票房突破10亿元，国庆档期已定'), [['2025年国庆档', '2025-10-01'], ['国庆', '2025-10-01']]);
    // (…and the season's 期间, during it: 国庆档期间)
    assert.deepEqual(afterDateline('2025-10-09 10:00', '影院国庆档期间共接待观众约62万人次'), [['国庆档', '2025-10-01']]);
    // or says it before the holiday's quoted name
    assert.deepEqual(afterDateline('2025-05-10 10:00', '去年“五一”前夕'), [['去年', '2024'], ['五一', '2024-05-01']]);
    // 五一 and 清明 alone are holidays in quotes or after a year's word (“五一”不是终点, 今年清明), not 明年清明节's 清明 alone
    assert.deepEqual(afterDateline('2025-05-06 10:00', '“五一”不是终点，今年清明出游，明年清明节机票'), [['五一', '2025-05-01'], ['今年清明', '2025-04-04'], ['明年清明节', '2026-04-05']]);
    // a zodiac year's festival: of that year nearest the dateline's (蛇年 2025, 马年 2026); the zodiac year alone has no value
    assert.deepEqual(afterDateline('2025-12-01 10:00', '蛇年春节前夕，马年春节，蛇年'), [['蛇年春节', '2025-01-29'], ['马年春节', '2026-02-17'], ['蛇年', undefined]]);
    assert.deepEqual(afterDateline('2025-12-29 10:00', '将在元旦前出台,国庆期间'), [['元旦', '2026-01-01'], ['国庆', '2025-10-01']]);
    assert.deepEqual(afterDateline('2025-01-03 10:00', '去年国庆期间,元旦假期'), [['去年国庆', '2024-10-01'], ['元旦假期', '2025-01-01']]);
  });

  it("gives the second date of a range the first one's year", () => {
    assert.deepEqual(valueOf('于2023年9月23日至10月8日举行;1998年12月30日至1月2日', false), [
      ['2023年9月23日至10月8日', '2023-09-23/2023-10-08'],
      ['1998年12月30日至1月2日', '1998-12-30/1999-01-02'],
    ]);
    assert.deepEqual(valueOf('2024年12月1日至2025年1月3日'), [['2024年12月1日至2025年1月3日', '2024-12-01/2025-01-03']]);
    // 至次年 joins a range into the next year
    assert.deepEqual(valueOf('冬春航季为12月至次年3月'), [['12月至次年3月', '2025-12/2026-03']]);
    // unless it names its own year: this year's is the dateline's, or unknown without one
    assert.deepEqual(valueOf('2023年1月至今年5月'), [['2023年1月至今年5月', '2023-01/2025-05']]);
    assert.deepEqual(valueOf('2023年1月至今年5月', false), [['2023年1月至今年5月', undefined]]);
  });

  it('takes a list as several spans, a bare day continuing the month before it', () => {
    assert.deepEqual(valueOf('521日、22日,林武调研'), [
      ['521日', '2025-05-21'],
      ['22日', '2025-05-22'],
    ]);
  });

  it('reads scraped dates that lost their 月, only when month and day are plausible', () => {
    assert.deepEqual(valueOf('消息515日,济南;再接再厉613日,签署;1231日;1015日'), [
      ['515日', '2025-05-15'],
      ['613日', '2025-06-13'],
      ['1231日', '2025-12-31'],
      ['1015日', '2025-10-15'],
    ]);
    assert.deepEqual(texts(recognizeDates, '历时365日,第135日,近120日,60日内'), []);
    // (…but 日 before 内蒙古 ends a date: 26日至28日内蒙古东部)
    assert.deepEqual(texts(recognizeDates, '预计26日至28日内蒙古东部有雪'), ['26日至28日']);
    // (…nor a weekday starting a name after a page's credit: 审核：周一鸣)
    assert.deepEqual(texts(recognizeDates, '（编辑：刘畅　审核：周一鸣）'), []);
    assert.deepEqual(texts(recognizeDates, '主播：周一鸣'), []);
    // (…nor a holiday that is a name's given part after an appointment's verb: 补选赵/国庆为副董事长)
    assert.deepEqual(texts(recognizeDates, '审议补选赵国庆为公司副董事长等议案'), []);
  });

  it('takes a weekday after a space and a clock time after a day part into the date', () => {
    assert.deepEqual(found(recognizeDates, '标题\n2025年12月19日 周五 下午 3:15\n今(19)日公布，上半年利润').map((f) => [f.text, f.value]), [
      ['2025年12月19日 周五 下午 3:15', '2025-12-19T15:15'],
      ['今(19)日', '2025-12-19'],
      ['上半年', '2025-01/2025-06'],
    ]);
  });

  it("leaves a product's number before 日本 (Japan) the segmenter kept whole: Switch/eng 2/x 日本/ns", () => {
    const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };
    const text = '任天堂Switch 2日本售价4.99万日元，6月5日发售';
    assert.deepEqual(recognizeDates({ text, tokens: withOffsets(jieba.tag(text)) }).map((c) => text.slice(c.start, c.end)), ['6月5日']);
  });

  it('leaves a weekday that is a name after a title (CEO/周一/t 航对/x), and a year inside a document\'s number (公告2025年第47号)', () => {
    const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };
    const text = '美妆科技有限公司创始人兼CEO周一航对记者表示，周一销量大涨';
    assert.deepEqual(recognizeDates({ text, tokens: withOffsets(jieba.tag(text)) }).map((c) => text.slice(c.start, c.end)), ['周一']);
    assert.deepEqual(texts(recognizeDates, '商务部公告2025年第47号。调查机关发布2024年第38号公告，2025年第二次临时股东大会'), ['2025年']);
  });

  it('leaves a holiday or solar term inside a name the segmenter kept whole (陈立春/x)', () => {
    const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };
    const text = '陈立春说，立春后气温回升';
    const dates = recognizeDates({ text, tokens: withOffsets(jieba.tag(text)) }).map((c) => [text.slice(c.start, c.end), c.start]);
    assert.deepEqual(dates, [['立春', 5]]); // the second, not 陈立春's
    // …but not one the segmenter glued only its first character into (美妆双/x 11, as the engine's segmentation has it)
    const list = '附：天猫美妆双11品牌榜';
    const pieces = [['附', 'v'], ['：', 'x'], ['天猫', 'x'], ['美妆双', 'x'], ['11', 'm'], ['品牌', 'n'], ['榜', 'n']].map(([word, tag]) => ({ word: word!, tag }));
    assert.deepEqual(recognizeDates({ text: list, tokens: withOffsets(pieces) }).map((c) => list.slice(c.start, c.end)), ['双11']);
  });

  it('leaves a holiday or solar term after a lone surname in a credit, after a role or before speech (编辑：蒋/立冬, 刘国庆说), not after a preposition (于/春节)', () => {
    const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };
    const text = '图片编辑：蒋立冬 责任编辑：王国庆。记者刘冬至报道，于春节期间，向国庆献礼';
    const dates = recognizeDates({ text, tokens: withOffsets(jieba.tag(text)) }).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(dates, ['春节', '国庆']);
    // …nor one before what follows a person (游客刘/国庆说, 刘国庆一家)
    const said = '游客刘国庆说，今年国庆人多。来自西安的刘国庆一家';
    assert.deepEqual(recognizeDates({ text: said, tokens: withOffsets(jieba.tag(said)) }).map((c) => said.slice(c.start, c.end)), ['今年国庆']);
    // …nor one after a surname the segmenter tagged a name's alone (退休教师吴/nr 国庆/t 则质疑)
    const teacher = '退休教师吴国庆则对企业成本提出质疑。今年国庆期间客流大';
    assert.deepEqual(recognizeDates({ text: teacher, tokens: withOffsets(jieba.tag(teacher)) }).map((c) => teacher.slice(c.start, c.end)), ['今年国庆']);
    // …nor one across two words (其中/秋粮)
    const across = '早稻和秋粮均实现增产，其中秋粮产量增长。中秋节期间';
    assert.deepEqual(recognizeDates({ text: across, tokens: withOffsets(jieba.tag(across)) }).map((c) => across.slice(c.start, c.end)), ['中秋节']);
  });

  it('reads a year of three digits before a month as the Republic\'s in Taiwan\'s news, and no such date elsewhere', () => {
    // (首季, the first quarter as Hong Kong and Taiwan write it, before its figures)
    assert.deepEqual(recognizeDates({ text: '港交所：首季新股集资额增长，长荣海运首季每股赚新台币10.2元，首季度', tokens: [] }).map((c) => c.attrs?.value), ['--01/--03', '--01/--03']);
    // …a few words before them too (首季AI服务器营收, 第一季EPS), and 第三季度 stays whole
    const later = '首季AI服务器营收增长，第一季EPS为1.13元，第三季度销售额为572亿美元，首季赛事';
    assert.deepEqual(recognizeDates({ text: later, tokens: [] }).map((c) => later.slice(c.start, c.end)), ['首季', '第一季', '第三季度']);
    // (…adjusted figures, or a price: 第三季经调整EBITDA, 第四季组装价格; not a season of a series: 第三季播出)
    const figures = '第三季经调整物业EBITDA为15亿港元，第四季组装价格将调升3%，本剧第三季播出';
    assert.deepEqual(recognizeDates({ text: figures, tokens: [] }).map((c) => figures.slice(c.start, c.end)), ['第三季', '第四季']);
    // In Hong Kong's and Taiwan's news a bare 第3季 is the quarter whatever follows it (not a show's season: 第三季开播); elsewhere only before figures
    const bare = '国泰人寿总经理表示，第3季将持续调整配置，公司第一季回购股份。节目第三季将于下月开播';
    const quarters = (traditional: boolean) => recognizeDates({ text: bare, tokens: [], traditional }).filter((c) => bare.slice(c.start, c.end).includes('季')).map((c) => [bare.slice(c.start, c.end), c.attrs?.value]);
    assert.deepEqual(quarters(true), [['第3季', '--07/--09'], ['第一季', '--01/--03']]);
    // (a list's bullet before a Republic year is no decimal point: ．114年8月; after a digit it is: 3.114年)
    const bulleted = '近3個月營收一覽：\n．114年8月：新台幣6.92億元\n．114年9月：新台幣7.44億元，指數3.114年';
    assert.deepEqual(recognizeDates({ text: bulleted, tokens: [], traditional: true }).map((c) => [bulleted.slice(c.start, c.end), c.attrs?.value]), [['114年8月', '2025-08'], ['114年9月', '2025-09']]);
    // (…and a league's season by the Republic's year, whole as 2026/27球季 is)
    const seasons = '中职114年球季进场人数创新高，较113年球季成长，联盟将自民国115年球季起扩大';
    assert.deepEqual(recognizeDates({ text: seasons, tokens: [], traditional: true }).map((c) => [seasons.slice(c.start, c.end), c.attrs?.value]), [['114年球季', '2025'], ['113年球季', '2024'], ['民国115年球季', '2026']]);
    assert.deepEqual(quarters(false), []);
    const text = '民国114年10月9日\n相关部会要在115年1月1日前完成规划，华邦电9月营收增长';
    const dates = (traditional: boolean) => recognizeDates({ text, tokens: [], traditional }).map((c) => [text.slice(c.start, c.end), c.attrs?.value]);
    assert.deepEqual(dates(true), [['民国114年10月9日', '2025-10-09'], ['115年1月1日', '2026-01-01'], ['9月', '2025-09']]);
    // in simplified script, an article that names the Republic's era or the island's dollar is Taiwan's too; one that names neither is not
    assert.deepEqual(dates(false).map(([t]) => t), ['民国114年10月9日', '115年1月1日', '9月']);
    // a range of the Republic's years, its end before 的 or 间 too (民國115年至129年的15年過渡期), and a fiscal year's half (113年度下半年)
    const ranged = '同意业者在民国115年至129年的15年过渡期。通过113年度下半年盈余';
    assert.deepEqual(recognizeDates({ text: ranged, tokens: [], traditional: true }).map((c) => [ranged.slice(c.start, c.end), c.attrs?.value]), [['民国115年至129年', '2026/2040'], ['113年度下半年', '2024-07/2024-12']]);
    const simplified = (t: string) => recognizeDates({ text: t, tokens: [] }).map((c) => [t.slice(c.start, c.end), c.attrs?.value]);
    assert.deepEqual(simplified('营收约新台币8,392.5亿元，累计114年第一季营收，114年全年营收'), [['114年第一季', '2025-01/2025-03'], ['114年全年', '2025']]);
    assert.deepEqual(simplified('相关部会要在115年1月1日前完成规划'), []);
    // …before 的 and a figure of that year (由112年的6.2%提升至113年的9.8%), not a duration's 的 (已有112年的历史)
    assert.deepEqual(recognizeDates({ text: '占比由112年的6.2%提升至113年的9.8%，公司已有112年的历史', tokens: [], traditional: true }).map((c) => c.attrs?.value), ['2023', '2024']);
    // …and before the first months or quarters of it (114年前三季), not years ago (114年前)
    assert.deepEqual(simplified('林昭宏表示，114年前三季合并营收新台币1,697亿元，114年前5月营收；公司成立于114年前'), [['114年前三季', '2025-01/2025-09'], ['114年前5月', '2025-01/2025-05']]);
    // …and before its accounts (台湾电力公司今天公布113年决算, 预算)
    assert.deepEqual(recognizeDates({ text: '台湾电力公司公布113年决算，114年预算', tokens: [], traditional: true }).map((c) => c.attrs?.value), ['2024', '2025']);
    // …and before its shareholders' meeting (召开114年股东常会); 首季 before its income (首季收益, 首季纯利)
    assert.deepEqual(simplified('新台币营收，召开114年股东常会。统一中国首季收益增5.3%，首季纯利增长'), [['114年', '2025'], ['首季', '--01/--03'], ['首季', '--01/--03']]);
    // (…an insurer's new business or its data too: 首季新业务价值, 亦公布首季数据; not a show's first season)
    assert.deepEqual(simplified('友邦首季新业务价值增长13%，保诚亦公布首季数据。首季播出后'), [['首季', '--01/--03'], ['首季', '--01/--03']]);
    // before 度, a quarter, a half or a pause too, and with 中华 before 民国; not a duration (创校113年)
    const more = '鸿海113年第3季营收成长，111年度综合所得税，中华民国一一四年六月十八日上午九时召开，创校113年，113年上半年出口';
    assert.deepEqual(recognizeDates({ text: more, tokens: [], traditional: true }).map((c) => [more.slice(c.start, c.end), c.attrs?.value]), [
      ['113年第3季', '2024-07/2024-09'],
      ['111年度', '2022'],
      ['中华民国一一四年六月十八日上午九时', '2025-06-18T09:00'],
      ['113年上半年', '2024-01/2024-06'],
    ]);
    // …and as its notices write the date (發布日期：114-06-12, 股東常會日期114/05/28), which dates the article too; elsewhere none
    const notice = '發布日期：114-06-12 發布單位：公眾服務處 台電6月10日表示，股東常會日期114/05/28';
    assert.deepEqual(recognizeDates({ text: notice, tokens: [], traditional: true }).map((c) => [notice.slice(c.start, c.end), c.attrs?.value]), [
      ['114-06-12', '2025-06-12'],
      ['6月10日', '2025-06-10'],
      ['114/05/28', '2025-05-28'],
    ]);
    assert.deepEqual(recognizeDates({ text: '编号114-06-12', tokens: [] }), []);
    // …its clock time after a space with it, as a page's update line writes it
    const updated = '更新時間：114/05/20 17:45';
    assert.deepEqual(recognizeDates({ text: updated, tokens: [], traditional: true }).map((c) => [updated.slice(c.start, c.end), c.attrs?.value]), [['114/05/20 17:45', '2025-05-20T17:45']]);
    // …and as the Central News Agency closes its items, after the editor (（編輯：張均懋）1140315), which dates the wire's bare day and 今天
    const cna = '（中央社記者林怡君台北15日電）食藥署今天宣布核准。（編輯：張均懋）1140315';
    assert.deepEqual(recognizeDates({ text: cna, tokens: [], traditional: true }).map((c) => [cna.slice(c.start, c.end), c.attrs?.value]), [
      ['15日', '2025-03-15'],
      ['今天', '2025-03-15'],
      ['1140315', '2025-03-15'],
    ]);
    assert.deepEqual(recognizeDates({ text: '文号1140315的函', tokens: [], traditional: true }), []);
    // …and before whatever is of that year (113年台湾电动车产值, 预计115年全数商转), but not a span of years (113年的历史, 113年来)
    const ofYear = '资料显示，113年台湾电动车产值增长，预计115年全数商转，113年来台旅客，114年以来累计投资。这家老店已有113年的历史，113年来，113年以上';
    assert.deepEqual(recognizeDates({ text: ofYear, tokens: [], traditional: true }).map((c) => [ofYear.slice(c.start, c.end), c.attrs?.value]), [
      ['113年', '2024'],
      ['115年', '2026'],
      ['113年', '2024'],
      ['114年', '2025'],
    ]);
  });

  it('reads 明日 only as a word of its own, not inside 光明日报 or across 说明/日常', () => {
    const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };
    const text = '光明日报刊发评论。这说明日常管理仍有漏洞。明日将召开会议';
    const dates = recognizeDates({ text, tokens: withOffsets(jieba.tag(text)) }).map((c) => [text.slice(c.start, c.end), c.start]);
    assert.deepEqual(dates, [['明日', 21]]);
  });

  it('reads 前天 and 后天 only from the start of a word, not from the end of 目前, 此前 or 今后, nor into 天津', () => {
    const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };
    const text = '目前天通卫星资费下降，此前天气晴好，今后天天向上。新线投产后天津产能提升。前天下午签约，后天开幕';
    const dates = recognizeDates({ text, tokens: withOffsets(jieba.tag(text)) }).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(dates, ['前天下午', '后天']);
  });

  it('reads 明早, 明晚, 明晨 and 今早 as days of their own (今/早起 too), not across 说明/早已 or 如今/早已, nor from a name before 早前 (李兆明早前)', () => {
    const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };
    const text = `${HEAD}这说明早已过时，如今早已不同。明晚8点开球，明早出发，明晨6时抵达，今早9时许起火。主席李兆明早前表示。分析师陈家豪今早发表报告。恒远国际股份今早起短暂停牌`;
    const dates = recognizeDates({ text, tokens: withOffsets(jieba.tag(text)) }).slice(1).map((c) => [text.slice(c.start, c.end), c.attrs?.value]);
    assert.deepEqual(dates, [
      ['明晚8点', '2025-06-17T20:00'],
      ['明早', '2025-06-17'],
      ['明晨6时', '2025-06-17T06:00'],
      ['今早9时', '2025-06-16T09:00'],
      ['今早', '2025-06-16'], // 今 glued onto the unknown piece before it (陈家豪今/x 早/a)
      ['今早', '2025-06-16'], // 今 alone before 早起 (今/zg 早起/v: from this morning)
    ]);
  });

  it('dates a month far from the dateline in the year across the turn, not a deadline back', () => {
    assert.deepEqual(afterDateline('新华社北京2025年1月15日电', '12月份CPI上涨，12月30日至31日召开会议，3月将发布新规，12月31日前完成签约'), [
      ['12月份', '2024-12'],
      ['12月30日至31日', '2024-12-30/2024-12-31'],
      ['3月', '2025-03'],
      ['12月31日', '2025-12-31'],
    ]);
    assert.deepEqual(afterDateline('新华社北京2024年12月27日电', '新规自1月1日起施行，12月20日已公布'), [
      ['1月1日', '2025-01-01'],
      ['12月20日', '2024-12-20'],
    ]);
    assert.deepEqual(afterDateline('新华社北京2025年6月16日电', '12月底前完成，1月曾发布'), [
      ['12月底', '2025-12'],
      ['1月', '2025-01'],
    ]);
    // …but a range of months said without a year is in its end's year, as 1-10月 is (a report of 18 November)
    assert.deepEqual(afterDateline('中新网2024年11月18日电', '1月至10月，消费增长；1-10月，12月至2月'), [
      ['1月至10月', '2024-01/2024-10'],
      ['1-10月', '2024-01/2024-10'],
      ['12月至2月', '2024-12/2025-02'],
    ]);
  });

  it("keeps a school's holidays and terms with their year (今年暑假, 2025年秋季学期)", () => {
    assert.deepEqual(valueOf('今年暑假和今年寒假，2025年秋季学期起执行，今年暑期旺季'), [
      ['今年暑假', '2025'],
      ['今年寒假', '2025'],
      ['2025年秋季学期', '2025'],
      ['今年暑期', '2025'],
    ]);
    // a season named with its year, not the season of an event's name (夏季达沃斯, Summer Davos)
    assert.deepEqual(valueOf('2025年夏季用电高峰，出席2025年夏季达沃斯论坛'), [
      ['2025年夏季', '2025'],
      ['2025年', '2025'],
    ]);
  });

  it('reads no month in a model name before 月均 (理想L6月均)', () => {
    assert.deepEqual(valueOf('理想L6月均交付量持续保持高位，6月均价上涨'), [['6月', '2025-06']]);
  });

  it('keeps 整, 多 and 钟 with a clock time, and leaves 许 (about) out as 约 is left out of an amount', () => {
    assert.deepEqual(valueOf('晚上8时整开始，晚上9点多到家，上午9点钟开会，10时30分许到场，晚上8点多云转晴'), [
      ['晚上8时整', 'T20:00'],
      ['晚上9点多', 'T21:00'],
      ['上午9点钟', 'T09:00'],
      ['10时30分', 'T10:30'],
      ['晚上8点', 'T20:00'],
    ]);
    // Hong Kong's 正 (sharp) too, not the 正 of 正在 or 正式
    assert.deepEqual(valueOf('上午九时正起恢复买卖，下午3时正在开会，10时30分正式开幕'), [
      ['上午九时正', 'T09:00'],
      ['下午3时', 'T15:00'],
      ['10时30分', 'T10:30'],
    ]);
  });

  it('keeps the year of a scraped date that lost its 月, and a year before a lunar date, in one span', () => {
    assert.deepEqual(valueOf('2024年1120日,去年515日,2025年农历八月十五'), [
      ['2024年1120日', '2024-11-20'],
      ['去年515日', '2024-05-15'],
      ['2025年农历八月十五', '2025-10-06'],
    ]);
    // 农历 before the year makes it the lunar year: its 腊月 is in the next Gregorian year
    assert.deepEqual(valueOf('农历2023年腊月廿八，员工团聚'), [['农历2023年腊月廿八', '2024-02-07']]);
    assert.deepEqual(recognizeDates({ text: '2024年1120日', tokens: [] }).map((c) => c.source), ['rule:date-lost-month']);
    // A bare day after a lunar date is not of the lunar date's Gregorian month.
    assert.deepEqual(valueOf('腊月二十三,12日'), [
      ['腊月二十三', '2025-01-22'],
      ['12日', '2025-06-12'],
    ]);
  });

  it('without a dateline leaves the year out of yearless values', () => {
    assert.deepEqual(valueOf('2月27日会见;去年;3日', false), [
      ['2月27日', '--02-27'],
      ['去年', undefined],
      ['3日', '--02-03'],
    ]);
    assert.deepEqual(valueOf('１２日举行', false), [['１２日', '---12']]);
    // a quarter or half said alone is of that unknown year too, and so is one said with 今年 or 去年 (as 今年前三季度 is --01/--09)
    assert.deepEqual(valueOf('第一季度营收增长，上半年，三季度末，Q2，今年一季度，今年前三季度，去年底', false), [
      ['第一季度', '--01/--03'],
      ['上半年', '--01/--06'],
      ['三季度末', '--09'],
      ['Q2', '--04/--06'],
      ['今年一季度', '--01/--03'],
      ['今年前三季度', '--01/--09'],
      ['去年底', '--12'],
    ]);
  });

  it('takes a day after 大连 (a dateline), not after 连 (days in a row)', () => {
    assert.deepEqual(found(recognizeDates, '新华社大连4日电 外资连4日卖超').map((f) => f.text), ['4日']);
  });

  it('does not take vague periods, durations, ages or counts', () => {
    const text = '比分25:23,24:30,就没有京东方的今天,年终奖,年终总结,半年内收回,持续120日,为期15日,不少于10日的宽限期,至少15日,马上周末,奥迪Q6L,五年内,事发前3个月,入职前两个月,，前3个月内完成,近年来,最近,近日,未来,此前一天,不到一个月的时间,近两年,当时,当年,74岁,430家,3个月,5G,近2000年,2000多年,1000年来,时至今日,《今日美国报》,今日头条,体味一下周总理,税前年薪,基本年薪,目前年产量,谈判前年治疗费用,集采前年销售额,此前年度,工期720日历天,十月怀胎,五月天演唱会,零跑连续三月破四万,近三月销量,按日连续处罚共计22日,行政拘留10日,腊八粥,缴款日为T+1日,即T-1日,网上年货节,高于同一季度的水平,外资连4日卖超,外資連４日賣超,大盘连涨5日';
    assert.deepEqual(texts(recognizeDates, text), []);
    // (…while 前年 after a comparison is the year before last: 比前年增长)
    assert.deepEqual(texts(recognizeDates, '谈判前年治疗费用约为120万元，比前年增长'), ['前年']);
  });

  it('leaves a weekday alone as a reporter\'s name in a credit (记者 周一鸣), not the day a reporter was told something on (记者周五获悉)', () => {
    assert.deepEqual(texts(recognizeDates, '（记者 周一鸣）报道，编辑：周五星。记者周五获悉'), ['周五']);
  });

  it('rejects impossible months and days', () => {
    assert.deepEqual(texts(recognizeDates, '13月5日,2月30日,4月31日,40日'), []);
    assert.deepEqual(valueOf('2024年2月29日'), [['2024年2月29日', '2024-02-29']]);
    assert.deepEqual(texts(recognizeDates, '2025年2月29日'), []);
  });

  it('keeps offsets exact after emoji, 𠮷 and CRLF (UTF-16 offsets)', () => {
    const text = '😀𠮷\r\n发布于2025年5月15日\r\n🎉5月16日';
    const cands = recognizeDates({ text, tokens: [] });
    assert.deepEqual(
      cands.map((c) => text.slice(c.start, c.end)),
      ['2025年5月15日', '5月16日'],
    );
    assert.equal(cands[0].start, text.indexOf('2025年'));
    assert.equal(cands[1].attrs?.value, '2025-05-16');
  });

  it('labels candidates DATE with the rule that found them', () => {
    const text = '2025-06-16 11:22:05,2025年5月15日,5月15日,5月7日至8日,515日,今年,2024年,春节,一季度,周二,14:30';
    const cands = recognizeDates({ text, tokens: [] });
    assert.ok(cands.every((c) => c.label === 'DATE'));
    assert.deepEqual(
      cands.map((c) => c.source),
      ['rule:date-iso', 'rule:date-ymd', 'rule:date-md', 'rule:date-range', 'rule:date-lost-month', 'rule:date-relative', 'rule:date-year', 'rule:date-festival', 'rule:date-period', 'rule:date-weekday', 'rule:date-time'],
    );
  });
});

describe('findDateline', () => {
  it('finds the publication line near the top', () => {
    assert.deepEqual(findDateline('标题\n创始人\n2025-06-16 11:22:05\n正文'), { year: 2025, month: 6, day: 16 });
    assert.deepEqual(findDateline('来源:21世纪经济报道 发布时间:2015-11-25 09:08:05\n'), { year: 2015, month: 11, day: 25 });
    assert.deepEqual(findDateline('标题\n2025年05月09日 07:21:57 来自北京\n'), { year: 2025, month: 5, day: 9 });
    // a date after its source's name opening the news, full-width too; not a date in the running text
    assert.deepEqual(findDateline('财联社２０２５年５月１５日　腾讯控股５月１４日晚间公布'), { year: 2025, month: 5, day: 15 });
    assert.deepEqual(findDateline('证券时报网 2025-06-13 国电南瑞周五公告'), { year: 2025, month: 6, day: 13 });
    // (…before the news's own date too, and after 来源：)
    assert.deepEqual(findDateline('苏州日报 2025年6月19日 6月18日上午，招商银行苏州分行营业部开业'), { year: 2025, month: 6, day: 19 });
    assert.deepEqual(findDateline('来源：辽宁日报 2025-02-18 2月17日，辽宁省政府新闻办召开新闻发布会'), { year: 2025, month: 2, day: 18 });
    assert.deepEqual(findDateline('来源：上观新闻 2025-08-01 7月31日，上海市国资委召开干部大会'), { year: 2025, month: 8, day: 1 });
    // …or a comma (中国证券网讯 2025年7月11日，), and after a 讯 and a comma with the part of the day (e公司讯，2025年4月28日晚，)
    assert.deepEqual(findDateline('中国证券网讯 2025年7月11日，长江电力发布公告'), { year: 2025, month: 7, day: 11 });
    assert.deepEqual(findDateline('e公司讯，2025年4月28日晚，华能国际公告'), { year: 2025, month: 4, day: 28 });
    assert.equal(findDateline('公司于2025年6月13日 召开股东会'), undefined);
    // …and before a paper of two characters (明报)
    assert.deepEqual(findDateline('2025年5月21日　明报　经济\n\n宁德时代H股首日一度飙16%'), { year: 2025, month: 5, day: 21 });
    assert.deepEqual(findDateline('发表于 ２０２５-５-９ １４:０１'), { year: 2025, month: 5, day: 9 });
    assert.deepEqual(findDateline('标题\n新华社北京2025年6月16日电（记者张三）今年以来'), { year: 2025, month: 6, day: 16 });
    assert.deepEqual(findDateline('标题\n2025年11月21日 来源：人民网 今年以来'), { year: 2025, month: 11, day: 21 });
    assert.deepEqual(findDateline('标题\n春城晚报 2025年8月16日\n今年上半年'), { year: 2025, month: 8, day: 16 });
    assert.deepEqual(findDateline('标题\n深圳市统计局 2025-12-19\n1-11月'), { year: 2025, month: 12, day: 19 });
    // In Chinese numerals, and with a clock time in characters before its source.
    assert.deepEqual(findDateline('健康报\n二〇二五年十一月三日 07:50\n11月2日晚'), { year: 2025, month: 11, day: 3 });
    // (零 is 0 there as 〇 is: 二零二五 is 2025, not 2125.)
    assert.deepEqual(findDateline('新华社北京二零二五年三月五日电 今天，会议召开。'), { year: 2025, month: 3, day: 5 });
    assert.deepEqual(findDateline('新闻\n2025年7月15日10时22分 来源：健康报\n7月14日'), { year: 2025, month: 7, day: 15 });
    // …or after its source, in Chinese numerals too
    assert.deepEqual(findDateline('新闻\n来源：东北网　二〇二五年六月十六日14时30分\n6月15日'), { year: 2025, month: 6, day: 16 });
    // The date a wire dispatch opens with after its byline, where its dateline has no year.
    assert.deepEqual(findDateline('中新网北京3月9日电（记者 王恩博）二〇二五年三月九日下午，记者会举行'), { year: 2025, month: 3, day: 9 });
    assert.equal(findDateline('中新网北京3月9日电（记者 王恩博）据介绍，2024年3月9日的会议'), undefined);
    // …and a paper's after its byline in brackets (Taiwan's 报导, the mainland's 报道)
    assert.deepEqual(findDateline('【经济日报记者周颖欣／台北即时报导】２０２５年１１月１１日\n金管会昨（10）日公布'), { year: 2025, month: 11, day: 11 });
    // …or a Hong Kong paper's name in brackets opening the text
    assert.deepEqual(findDateline('【香港經濟日報】2025年3月27日 連連數字科技股份有限公司昨日公佈2024年業績'), { year: 2025, month: 3, day: 27 });
    // …or after a site's or an app's name
    assert.deepEqual(findDateline('来源：农业农村部网站 2025-07-16 农业农村部7月16日举行新闻发布会'), { year: 2025, month: 7, day: 16 });
    assert.deepEqual(findDateline('北京日报客户端 2025年4月22日 4月22日，北京市经济和信息化局'), { year: 2025, month: 4, day: 22 });
    assert.deepEqual(findDateline('【环球网科技综合报道】二〇二五年三月十八日，字节跳动CEO梁汝波发布内部全员信'), { year: 2025, month: 3, day: 18 });
    // A date in brackets opening a line or after 本报讯, with its source too; not a bracketed date in the running text.
    assert.deepEqual(findDateline('中国平安公告\n（2025年4月25日）中国平安今日公告'), { year: 2025, month: 4, day: 25 });
    assert.deepEqual(findDateline('本报讯（2023年1月17日）省十四届人大一次会议今日开幕'), { year: 2023, month: 1, day: 17 });
    assert.deepEqual(findDateline('（2023年10月7日 新华网）记者从文化和旅游部获悉'), { year: 2023, month: 10, day: 7 });
    // a press release's place and date before its dash or its wire's name
    assert.deepEqual(findDateline('北京，2025年11月3日——深瞳智算今日宣布完成B轮融资'), { year: 2025, month: 11, day: 3 });
    assert.deepEqual(findDateline('2025年3月5日，中国上海——拜耳今日宣布任命林嘉怡为中国区总裁'), { year: 2025, month: 3, day: 5 });
    assert.deepEqual(findDateline('2025年8月28日 | 财联社 比亚迪上半年营收增长'), { year: 2025, month: 8, day: 28 });
    assert.deepEqual(findDateline('上海2025年6月5日 /美通社/ -- 公司今日宣布'), { year: 2025, month: 6, day: 5 });
    // a page header's date, weekday and its paper's name in brackets
    assert.deepEqual(findDateline('2025年8月7日 星期四 【明报专讯】国泰航空昨日公布'), { year: 2025, month: 8, day: 7 });
    // …or its page's name (经济新闻, 要闻)
    assert.deepEqual(findDateline('2025年11月28日 星期五 经济新闻\n与欧洲车企合作，昨日宣布'), { year: 2025, month: 11, day: 28 });
    // a date in 〔〕 opening a line, and one labelled with 发布 and a colon
    assert.deepEqual(findDateline('〔二〇二五年六月十日〕国家统计局发布数据'), { year: 2025, month: 6, day: 10 });
    assert.deepEqual(findDateline('2025年7月21日发布：国家统计局数据显示'), { year: 2025, month: 7, day: 21 });
    // a press release's date and place, after a comma, either way round
    assert.deepEqual(findDateline('施耐德电气增资武汉基地\n（2025年10月16日，中国北京）全球能源技术领域的领导者'), { year: 2025, month: 10, day: 16 });
    assert.deepEqual(findDateline('（香港，2025年5月27日）小米集团今日公布'), { year: 2025, month: 5, day: 27 });
    // …in a source's square brackets opening a line, or opening a 本报讯 after its byline
    assert.deepEqual(findDateline('【青岛日报 2023-01-10】1月9日，青岛海尔生物医疗发布公告'), { year: 2023, month: 1, day: 10 });
    assert.deepEqual(findDateline('【2024年5月10日 深圳】今日，深圳市优品科技股份有限公司上市'), { year: 2024, month: 5, day: 10 });
    assert.deepEqual(findDateline('（本报记者 李明 2023年12月8日）福建鲁峰机械制造有限公司昨日确认'), { year: 2023, month: 12, day: 8 });
    assert.deepEqual(findDateline('2025年3月27日 齐鲁晚报讯（记者 张静）3月26日，潍柴动力召开会议'), { year: 2025, month: 3, day: 27 });
    assert.deepEqual(findDateline('本报讯（记者 王丽）2025年3月12日，平阴县人代会开幕'), { year: 2025, month: 3, day: 12 });
    // (…or a space: 合肥日报讯（记者 宋雨）2025年5月15日 合肥高新区…)
    assert.deepEqual(findDateline('芯瑞装备拟募资三十亿元\n合肥日报讯（记者 宋雨）2025年5月15日 合肥高新区又一家企业冲刺科创板'), { year: 2025, month: 5, day: 15 });
    assert.deepEqual(findDateline('证券时报e公司讯，2024年11月5日，公司公告'), { year: 2024, month: 11, day: 5 });
    // (…or the line's end: 中国证券网讯（记者 陈晨）2024年10月10日⏎; after the source alone, the part of the day: 证券时报网讯　二〇二四年十二月二十日晚间，)
    assert.deepEqual(findDateline('迅销发布业绩\n上海证券报·中国证券网讯（记者 陈晨）2024年10月10日\n日本迅销公司10日下午发布'), { year: 2024, month: 10, day: 10 });
    assert.deepEqual(findDateline('齐信精工易主\n证券时报网讯　二〇二四年十二月二十日晚间，齐信精工发布公告'), { year: 2024, month: 12, day: 20 });
    assert.equal(findDateline('据悉（记者 王丽）2025年3月12日，平阴县人代会开幕'), undefined);
    assert.equal(findDateline('公司曾于上市首日（2021年3月5日）大涨'), undefined);
    // but not an event's time in the running text
    assert.equal(findDateline('编者按：……\n１９９７年１２月９日上午１０时许，记者在安徽肥西县'), undefined);
    // With its weekday and then a clock time: 2025年8月1日 星期五 06:00.
    assert.deepEqual(findDateline('香港新闻\n2025年8月1日 星期五 06:00\n7月31日'), { year: 2025, month: 8, day: 1 });
    assert.deepEqual(findDateline('台湾新闻\n2025年12月19日 周五 下午 3:15\n工商时报 记者'), { year: 2025, month: 12, day: 19 });
    assert.deepEqual(findDateline('标题\n2025年9月3日 星期三  来源：深圳特区报\n9月2日'), { year: 2025, month: 9, day: 3 });
    // before a site's name or 消息
    assert.deepEqual(findDateline('标题\n2025年11月18日 齐鲁网\n5月1日'), { year: 2025, month: 11, day: 18 });
    assert.deepEqual(findDateline('民航资源网2024年10月25日消息：10月27日起'), { year: 2024, month: 10, day: 25 });
    // before a newspaper's page
    assert.deepEqual(findDateline('据烟台日报 2024年9月26日 第A02版报道，10月1日起'), { year: 2024, month: 9, day: 26 });
    assert.equal(findDateline('他说，2024年9月26日第三版已经印好'), undefined);
    // before a wire agency's own dateline or a reporter's byline after a space, or a closing 发布
    assert.deepEqual(findDateline('标题\n2024年5月25日 新华社南宁5月25日电\n5月'), { year: 2024, month: 5, day: 25 });
    assert.deepEqual(findDateline('标题\n来源：澎湃新闻 2024年4月11日 记者 陈思远\n4月8日'), { year: 2024, month: 4, day: 11 });
    // after a byline of several words, and at a page's foot
    assert.deepEqual(findDateline('标题\n南方日报讯 记者 陈雪芳 2025年2月12日\n2月11日'), { year: 2025, month: 2, day: 12 });
    assert.deepEqual(findDateline('标题\n2025年9月26日 南方日报记者 陈晓\n9月23日'), { year: 2025, month: 9, day: 26 });
    assert.deepEqual(findDateline('标题\n10月27日，会见。\n来源：济南市投资促进局　编辑：刘晓　2025-11-03'), { year: 2025, month: 11, day: 3 });
    assert.deepEqual(findDateline('中国新闻网 2024年08月16日 发布\n8月15日'), { year: 2024, month: 8, day: 16 });
    // not a date in the running text
    assert.equal(findDateline('会议于2024年5月25日发布了新规'), undefined);
    assert.equal(findDateline('据悉，2024年5月25日新华社报道'), undefined);
    assert.deepEqual(findDateline('标题\n作者：张晨 2025/10/20\n8月'), { year: 2025, month: 10, day: 20 });
    assert.deepEqual(findDateline('标题\n【南方日报】2025年10月28日\n10月26日'), { year: 2025, month: 10, day: 28 });
    assert.deepEqual(findDateline('标题\n天津日报讯（记者 韩笑）2025年10月2日\n10月1日'), { year: 2025, month: 10, day: 2 });
    assert.deepEqual(findDateline('齐鲁财经早报｜2025年11月4日 星期二\n11月3日'), { year: 2025, month: 11, day: 4 });
    // …and a column's issue with the news run on after it on its line (a scraped page), but not a column's name in the running text
    assert.deepEqual(findDateline('医药早报｜2025年2月5日（星期三） 1. 翰森制药：2月4日公告'), { year: 2025, month: 2, day: 5 });
    // …and before a paper's name in round brackets or a digest's name after its weekday
    assert.deepEqual(findDateline('中銀香港全年溢利按年升一成 2025年3月26日 （本報訊）中銀香港昨日公佈業績'), { year: 2025, month: 3, day: 26 });
    assert.deepEqual(findDateline('（记者 张静）2025年12月5日 星期五 早报速览：东方财富昨日成交额居A股首位'), { year: 2025, month: 12, day: 5 });
    // …and a source labelled 来源 after the headline, on a scraped page's one line
    assert.deepEqual(findDateline('券商并购潮：年内已有多家完成整合 来源：第一财经 2025年3月18日 今年以来，证券行业并购重组明显提速'), { year: 2025, month: 3, day: 18 });
    assert.deepEqual(findDateline('同比增长19.3% 来源：国家电网报 2025.06.21 据国家电网报消息'), { year: 2025, month: 6, day: 21 });
    assert.deepEqual(findDateline('鴻海科技集團新聞稿｜2025年6月5日 鴻海精密工業股份有限公司今日公布'), { year: 2025, month: 6, day: 5 });
    assert.equal(findDateline('他说，医药早报｜2025年2月5日 刊发了消息'), undefined);
    assert.deepEqual(findDateline('要闻速览（2025.07.15）\n7月14日'), { year: 2025, month: 7, day: 15 });
    // …after its author's name on the source's line, and before a newsflash's bar (快讯｜)
    assert.deepEqual(findDateline('运营商中报前瞻\n来源：第一财经 作者：吴倩 2025-08-05 8月7日，中国联通将披露'), { year: 2025, month: 8, day: 5 });
    assert.deepEqual(findDateline('2025/09/01 快讯｜日月光Q3封测报价调涨'), { year: 2025, month: 9, day: 1 });
    // …or a notice's or a letter's signature closing it, its signer then its date (in Chinese numerals too); not a date in the last sentence
    assert.deepEqual(findDateline('公司将于5月12日前回复。特此公告。 浙江华誉新材料股份有限公司董事会 2025年7月10日'), { year: 2025, month: 7, day: 10 });
    assert.deepEqual(findDateline('每位同事都会收到奖金。 深圳市星拓跨境电商股份有限公司创始人、董事长 郑凯文 二〇二五年十二月二十六日'), { year: 2025, month: 12, day: 26 });
    assert.equal(findDateline('程一笑说，公司于2025年7月10日成立'), undefined);
    assert.deepEqual(findDateline('2025/5/12　星期一\n5月11日'), { year: 2025, month: 5, day: 12 });
    // the weekday in brackets, or before a byline; the lunar date and the weather after it
    assert.deepEqual(findDateline('南昌日报\n2025年4月22日（星期二）\n4月21日'), { year: 2025, month: 4, day: 22 });
    assert.deepEqual(findDateline('成都发布\n2025年4月22日 星期二　　成都日报记者 冯雪\n4月21日'), { year: 2025, month: 4, day: 22 });
    assert.deepEqual(findDateline('今日南昌\n2025年5月23日 星期五　农历四月廿六　晴 25～33℃\n5月21日'), { year: 2025, month: 5, day: 23 });
    // (not a date in the running text before the weather)
    assert.equal(findDateline('预计2025年5月23日 晴 25～33℃'), undefined);
  });

  it("takes a publication line at a scraped page's foot where its head has none: labelled, or with its clock time", () => {
    const body = '标题\n' + '今年3月，公司投产。'.repeat(80) + '\n';
    assert.deepEqual(findDateline(body + '编辑：陈雪 | 审核：方立\n来源：浙江日报 2025年02月08日 07:30'), { year: 2025, month: 2, day: 8 });
    assert.deepEqual(findDateline(body + '责任编辑：刘芳\n发布时间：2025-06-02 08:35:17  来源：齐鲁晚报\n'), { year: 2025, month: 6, day: 2 });
    assert.deepEqual(findDateline(body + '扫码关注\n2025年06月16日 11:22  编辑：赵倩'), { year: 2025, month: 6, day: 16 });
    // not a related-news item's date alone on its line
    assert.equal(findDateline(body + '相关阅读\n·长安汽车一季度净利润下降 2024-04-25\n'), undefined);
  });

  it('takes the date of a report the article cites, or its source and date in brackets closing it', () => {
    assert.deepEqual(findDateline('据经济观察网2025年6月4日报道，浙商银行6月3日公告'), { year: 2025, month: 6, day: 4 });
    assert.deepEqual(findDateline('中国人寿4月14日晚间公告。（来源：上海证券报，2025年4月15日）'), { year: 2025, month: 4, day: 15 });
    assert.deepEqual(findDateline('招商银行今年上半年净利润增长。（第一财经 2025年8月27日）\n'), { year: 2025, month: 8, day: 27 });
    assert.deepEqual(findDateline('多家国有大行5月20日起下调存款利率。(2025年5月20日 北京商报)'), { year: 2025, month: 5, day: 20 });
    assert.deepEqual(findDateline('标题\n' + '今年3月，公司投产。'.repeat(80) + '\n（来源：浙江日报，2025年2月8日）'), { year: 2025, month: 2, day: 8 });
    // not a bracketed date without its source, nor one that does not close the article, nor a report's date it does not cite
    assert.equal(findDateline('公司5月20日公告。（2025年5月20日）'), undefined);
    assert.equal(findDateline('公司于上市首日（2021年3月5日 周五）大涨。'), undefined);
    assert.equal(findDateline('该方案（新华社 2025年5月20日）引发关注，公司随后回应。'), undefined);
    assert.equal(findDateline('据悉，2024年5月25日新华社报道'), undefined);
  });

  it('does not take a date from the running text', () => {
    assert.equal(findDateline('１９９５年１０月１６日，当山东省济南市公安局副局长李长水接过题词时'), undefined);
    assert.equal(findDateline('标题\n' + '正文'.repeat(400) + '\n2025-06-16 11:22:05\n' + '正文'.repeat(200)), undefined);
    // A sentence ending in a date is not a source's line: it has punctuation, or no space before the date.
    assert.equal(findDateline('标题\n该项目开工，预计投产 2026年6月30日\n'), undefined);
    assert.equal(findDateline('标题\n项目预计投产于2026年6月30日\n'), undefined);
  });
});

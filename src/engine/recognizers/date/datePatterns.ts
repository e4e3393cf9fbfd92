import { EDITOR_CODE, ROC_YEAR } from './dateline';
import { DECADE_RE, FISCAL_RE, FIVE_YEAR_RE, LUNAR_RE, REL_SEASON_RE, SOLAR_TERMS } from './datePeriods';
import { CN_DIGIT } from '../text/numerals';
import { ScanPattern } from '../text/scan';

// The forms a DATE is written in, as regex sources, and DATES, the scan of them all: numeric and
// Chinese dates, ranges and lists of days, relative and named periods, parts of a day, clock times,
// holidays, weekdays and scraped dates that lost their 月. date.ts reads what each match is.

/** A numeral that counts rather than names (近2000年, 约18日, 60日内): not a date. (接近2024年的水平 is a year: 接近, to approach; so is 合约18日, a contract's 约.) */
const NOT_BEFORE = String.raw`(?<![第逾超达长每共])(?<!(?<![合契公条签预节制履违解续邀特])约)(?<!(?<!接)近)`;
/**
 * Before a bare day count (持续120日, 为期15日, 共计22日, 行政拘留10日, 提前7日, 不少于10日) the number is a
 * duration; so after 连 (in a row, 連 in Taiwan's news): 外资连4日卖超, 连涨5日 (not 大连4日电, a dateline).
 */
const NOT_DURATION = '(?<!持续|历时|用时|为期|连续|日期[后後]|之[后後]|(?<!大)[连連]|[连連][涨跌升降增减漲昇]|不到|不足|超过|共计|合计|累计|拘留|延长|提前|[少多低高]于|至少|最少|最多|最长)';
/** Things numbered with 号, whose number is no day: 工位, 机组, 线, 楼. */
const NUMBERED_THINGS = '工位|机组|泊位|展位|[线楼馆厅门口站仓库位台机车床炉井坑房室院]';
const NOT_AFTER = '(?!内(?!蒙古)|[多余]|来(?!临)|达(?![成到])|历天|年化)'; // 60日内 (not 28日内蒙古), 5日达 (delivery in five days; not 5日达成), 工期720日历天 (calendar days)
/** …but a year of four digits is no duration before 达: 2026年达产, 2030年达峰; nor before a word of 内, 多 or 余 (2025年内容预算, 2024年内地市场, 2023年多出, 2024年余额, 2024年来自…的收入). */
const NOT_AFTER_YEAR = '(?!内(?![容部存地蒙销])|多(?![出家个项次位名款只条种地国省市晶元])|余(?![额粮])|来(?![临自])|历天|年化)';

const CN = `[${CN_DIGIT}十]`;
/** Japan's eras since 1868 and their first years (昭和三十一年 is 1956, 令和6年 2024). */
export const ERA_FIRST_YEARS: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };
const JAPANESE_ERA = `(?:${Object.keys(ERA_FIRST_YEARS).join('|')})`;
/** A year by its number: 2025年, 二〇二五年, 公元前221年, 民国114年, 令和6年, 佛历2567年 (the Buddhist era Thailand counts in) (parseDate). */
export const NUMBERED_YEAR = new RegExp(`^(?:(\\d{1,4}|[〇○零一二三四五六七八九]{4})|公元(前)?(\\d{1,4})|(?:中华)?民国(\\d{1,3}|[一二三四五六七八九十百]{1,5}|元)|(${JAPANESE_ERA})(\\d{1,2}|[一二三四五六七八九十]{1,3}|元)|佛历(\\d{4}))年`);
// (A year of this or the last century that is no round number is no duration, whatever ends in 超, 约 or 达 before it: 张红超1997年, 合约2025年.)
// (A Republic year after a point with no digit before it, a list's bullet, is one: ．114年8月; after a decimal point it is no year.)
/** A list's number or bullet point before a year or a month, not a decimal point (重要内容提示： 1.2025年7月10日，; 4.1月1日累計至本期止; ⏎．2026年施政報告). */
const LIST_NUMBER_BEFORE = String.raw`(?<=(?:^|[\s：:；;。，,])(?:\d{1,2})?[.．])`;
const YEAR = String.raw`(?:(?:(?=(?:19|20)(?!00)\d{2}年)|${NOT_BEFORE})(?:(?<![\d.])\d{4}|${LIST_NUMBER_BEFORE}(?:19|20)\d{2})年${NOT_AFTER_YEAR}|(?<![\d.])\d{2}年(?=(?:0?[1-9]|1[0-2])(?:[-—~至到](?:0?[1-9]|1[0-2]))?月)|(?<!\d|\d\.|创校|建校|成立|已有|超过|长达|历经|[逾近约满])${ROC_YEAR}年(?!前(?![一二两三1-3](?:个季度|季度?)|(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])个?月)|[后间内里之多期老历半个余]|的(?![\d０-９])|以(?!来)|来(?![台华港澳访]))|(?<=(?:民国|[^\d.]\d{3})年[至到])${ROC_YEAR}年|(?<![${CN_DIGIT}十百千万])[〇○零一二三四五六七八九]{4}年|(?<=公元)(?:\d{1,4}|元)年|公元前\d{1,4}年|(?:中华)?民国(?:\d{1,3}|[一二三四五六七八九十百]{1,5}|元)年|${JAPANESE_ERA}(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)年|佛历\d{4}年)`;
/** Characters that make a word with the 前 after them (目前, 提前, 此前, 之前 …): that 前 starts no period. */
const WORD_BEFORE_QIAN = '目提之此以事日当眼跟面从向先超判采价革情术院组并';
/** The income or turnover a fine is a share of, after 上一年: 处上一年年收入60%的罚款, 上一年度销售额的10% (the year before the offence, no calendar year the text names). */
const PENALTY_BASE = '(?<=上一年)(?:年|度)?(?:从本单位取得的?)?(?:收入|销售额|营业额|营业收入|的?基础上)';
/** 今年, 前年, 上一年 (not 上一年级, a school's first grade; not 如今年轻人, young, but 今年轻装上阵; not the 前 of 税前, 目前, 提前 before a word with 年: 税前年薪, 目前年产量, 提前年底, 谈判前年治疗费用 (an event and 前, before it); nor the 本 of 基本, 成本: 基本年薪). */
const REL_YEAR = `(?:今|去|明|(?<![未近以将后往从本原出起年带到回])来|(?<=明年[、，,和及与或])后|(?<![${WORD_BEFORE_QIAN}税生空赛会节战饭睡考婚课史门年月])前|(?<!网)上一?|(?<![基根成资日版剧样文课账书脚原范标副])本)年(?!纪|龄|级|轻(?!装|松)|${PENALTY_BASE})`;
/** 鸡年, not the 鸡年出栏 of 肉鸡年出栏量 (a year's output of broilers). */
const ZODIAC_YEAR = '(?<![肉生活蛋奶母种])[鼠牛虎兔龙蛇马羊猴鸡狗猪]年(?!出栏|存栏|产|均|销)';
/** The year named last (同年, 当年) or the one after it (次年, 翌年). */
const CONTEXT_YEAR = '(?:同|当|次|翌)年(?=(?:\\d{1,2}|十[一二]?|[一二三四五六七八九]|元)月|[初底末](?![步期]))';
/** A quarter, its start or end (三季度末), or the first quarters of a year (一至三季度). */
/** A quarter's end or start written after it without 度, as Hong Kong and Taiwan do: 第一季底, 第三季末 (not 初步, 末期). */
const QUARTER_EDGE = '[末底初](?![步期])';
const QUARTER = '(?:第?[一二三四1-4]季度(?:初(?!步)|末|底)?|[一1](?:至|到|-|—)[二三四2-4]季度|(?:一二|二三|三四)季度)';
/** 今年前三季度 (前三个季度, 前3季度), 2025年前10个月, 今年头两个月, and as Hong Kong and Taiwan write them 今年首十个月, 今年前三季: the first quarters or months of a named year. */
const FIRST_PART = String.raw`(?:(?<![${WORD_BEFORE_QIAN}])前|首|头(?=[一二两三四五六七八九十\d]{1,2}个月))(?:[一二两三1-3](?:个季度|季度?)|(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])个?月)`;
const YEAR_PART = `(?:春运|第(?:[1-9]|[1-4]\\d|5[0-3]|[一二三四五六七八九]|十[一二三四五六七八九]?|[二三四]十[一二三四五六七八九]?|五十[一二三]?)周(?![年岁期])|度?[上下]半年(?:度(?!假)|末)?|半年度|前半年|后半年|伊始|岁末|岁初|年?(?:初(?!步)|底|末(?!期))|年中(?!工作|会议|总结|大会|座谈)|中(?=启用|完成|建成|投产|开业|竣工|落成|上线|交付|[，,。；;、])|年终(?![奖总止])|年内|全年|同期(?!限)|同月|中期(?=业绩|报告|财报|营收|收入|净利|利润|分红|派息|股息|[，,。；;、])|度?(?:${QUARTER}|第[一二三四1-4]季(?![度节])(?:${QUARTER_EDGE})?)|度(?![过假])|首季度?|${FIRST_PART}|Q[1-4](?![A-Za-z\\d])|H[12](?![A-Za-z\\d])|[春夏秋冬][天季](?:学期)?(?!达沃斯)|[春夏秋冬](?=[，,。；;、])|暑假|寒假|暑期档?)`; // 1977年秋，, 2025年秋季学期, 今年暑假; not 2025年夏季达沃斯 (an event's name)
/** 5月, 十二月, 元月; not 十月怀胎 (the months of a pregnancy), nor the band 五月天 (五月天气 is May's weather). */
// (A number of months in Chinese numerals is no month: 连续三月, 近三月, 前两月.)
// (Not a sentence's months after its years: 有期徒刑7年6月, 判刑3年2月.)
const MONTH = String.raw`(?:(?:(?<![\d.A-Za-z])|${LIST_NUMBER_BEFORE})(?<!(?:徒刑|判刑|刑期|服刑|判)\d{1,2}年)\d{1,2}|(?<![${CN_DIGIT}十百千万]|连续|近|前|头|每)(?:十[一二]?|[一二三四五六七八九])|元)月份?(?!怀胎)(?!(?<=五月)天(?!气))`;
/** 1-11月, 一至三月, and two neighbouring months named together: 二三月份, 十一二月. */
const MONTH_RANGE = String.raw`(?:(?<![\d.])\d{1,2}(?:-|—|–|~|至|到)\d{1,2}|(?<![${CN_DIGIT}十百千万第])(?:十[一二]?|[一二三四五六七八九])(?:至|到)(?:十[一二]?|[一二三四五六七八九])|(?<![${CN_DIGIT}十百千万])(?:[一二三四五六七八][二三四五六七八九]|十一二))月份?`;
const REL_MONTH = '(?:本|上|下|上个|下个|这个)月';
/**
 * 上季度, 上一季度, 本季度: the quarter before, of or after the one the text reports on, which is often not
 * the dateline's (a results release of the third quarter: 本季度…): a date with no value. Not 创下/季度新高.
 * (Taiwan's 较上季, compared with last quarter, too.)
 */
const REL_QUARTER = '(?:(?:本|(?<![创落])上一?|(?<![创落])下一?|上个|下个|这个)季度(?:[末初底])?|(?<=[较較比])上季(?![度节節赛賽])[末初底]?)';
/** 月初, 下旬, a week or the first weeks of the month (9月第3周, 5月首两周), a weekday of its week (11月第二个周日, 5月最后一个星期一), and 月中 before a pause (10月中，; not 10月中国, nor 《大众软件》9月中, in the September issue). */
const MONTH_PART = '(?:初(?!步|年度)|底|末|上中旬|中下旬|上旬|中旬|下旬|[上下]半月|(?:第[1-5一二三四五]个?|最后一个)(?:周|星期)[一二三四五六日天]|第[1-5一二三四五]周(?![期年])|首[两二三]?周|中(?=[，,、；;]))';
/** A day of the month; formal papers write 20 and 30 as 廿 and 卅 (十月卅日). */
export const CN_DAY = '(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)';
const DAY = String.raw`(?:\d{1,2}|${CN_DAY})[日号]`;
/** 7月24~26日, 三月五日至八日: days of one month. */
const DAY_RANGE = String.raw`(?:\d{1,2}(?:-|~|〜|—|至|到)\d{1,2}|${CN_DAY}日?(?:至|到)${CN_DAY})[日号]`;
/** The first day or month of a list that writes 日 or 月 once, after the last: 5月15、16日, 2025年5、6月 (read with it: LISTED_UNIT). */
const DAY_LISTED = `(?:\\d{1,2}|${CN_DAY})(?=(?:、\\d{1,2})*、(?:\\d{1,2}|${CN_DAY})[日号])`;
const MONTH_LISTED = String.raw`(?:(?<![\d.第])\d{1,2}(?=(?:、\d{1,2})*、\d{1,2}月)|(?<![${CN_DIGIT}十百千万第])(?:十[一二]?|[一二三四五六七八九])(?=、(?:十[一二]?|[一二三四五六七八九])月))`;
/** 5月15日星期四: the weekday of a date belongs to it. */
const DAY_WEEKDAY = '(?: ?(?:星期|周|礼拜)[一二三四五六日天])?';
export const DAY_PARTS = '凌晨|清晨|早晨|早上|早间|上午|中午|午间|午后|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|白天|一大早|一早|早盘|午盘|尾盘|盘前|早段';
const DAY_PART = `(?:${DAY_PARTS})`;
export const DAY_PART_AT_END = new RegExp(`${DAY_PART}$`);
/**
 * What a clock time may end with: 整 (sharp), Hong Kong's 正 after 时 (上午九时正; not 3时正在开会), 多 after
 * 点 (9点多, past nine; not 8点多云); 钟 after 点 (9点钟). 许 and 左右 (about) stay outside, as 约 does before an amount.
 */
const TIME_END = '(?:整|(?<=[时分])正(?![在是式常好当要值面确])|(?<=点)多(?![云种样功少元]))?';
const TIME = String.raw`(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}(?:时|点钟?)(?:\d{1,2}分|半)?(?:\d{1,2}秒)?${TIME_END}|${CN}{1,3}(?:时|点钟?)(?:${CN}{1,3}分|半)?${TIME_END})`;
// (…a space between too, as a page's publication line writes it: 2025年9月7日 上午9時15分, 二〇二五年十月二十二日　十八時三十分.)
const CLOCK = String.raw`(?: {0,2}(?:${DAY_PART} ?)?\d{1,2}:\d{2}(?::\d{2})?|(?:[ \u3000]?(?:${DAY_PART}|[早晚](?=\d))|[ \u3000](?=${CN}{1,3}时|\d{1,2}时))?${TIME}|${DAY_PART}|晚(?![会餐宴饭霞年辈期点报些了]))`;
const FESTIVAL =
  String.raw`(?:${SOLAR_TERMS}|(?<![第\d${CN_DIGIT}十百千])(?:五一|十一|清明)(?=[”"’」]?(?:假期|长假|小长假|黄金周|期间|前后|前夕|当天|以后|之后|以前|之前|以来|过后|刚过|已过|将至|临近|[（(][\d０-９]{1,2}月|消费|出游|旅游|接待|客流|档期?|前(?![进来往去行锋列])|[来去到回](?=[\u4e00-\u9fff]{2})|[、及和与](?:国庆|十一|端午|中秋|春节|元旦|清明|五一|暑运|暑期|暑假|春运)|等(?:节假日|假期|长假|小长假)))|(?<=[“"「])(?:五一|十一|清明)(?=[”"」])|(?<=[今去明]年|较)(?:五一|清明)(?![\d${CN_DIGIT}十月日号节劳])|(?<=(?:春节|元旦|清明|端午|中秋|国庆|五一)[、和及与])(?:五一|十一|清明)(?![\d十月日号节劳])|春节|元旦|新年(?![度份])|(?<![刷创更革清重])新春(?!第一(?!天))|除夕夜?|大年夜|大年三十|(?:大|农历)年初[一二三四五六七八九十]|(?<![\d${CN_DIGIT}年])年初[一二三四五六七八九十](?![直度季些批次月定样般个天周号日十])|正月初[一二三四五六七八九十]|正月十五|(?<!大)小年夜?(?![轻级纪龄度初])|(?:中国)?农民丰收节|元宵节?|清明节|端午节?|中秋节?|重阳节|七夕节?|腊八(?:节|(?![粥蒜醋饭]))|(?:二月二)?龙抬头|佛诞(?:节|日)?|` +
  String.raw`国庆[节日]?|暑期档|双十节|(?:五一)?劳动节|五一节|(?:六一)?儿童节|(?:三八)?妇女节|(?:五四)?青年节|(?:八一)?建军节|(?:七一)?建党节|教师节|双十一|双11|双十二|双12|(?<![\d.])6·18(?!\d)|(?<![\d.])618(?=[”"’」]?(?:电商)?(?:期间|前后|大促|购物节|年中大促|年中购物节|当天|前夕|预售|战报|收官|首日|观察|前瞻|复盘|狂欢|促销|活动|成交额|销售额|GMV))|(?<=京东|天猫|淘宝|抖音|拼多多|[“"「]|年)618(?![\d.％%亿万千百元家个件台辆名人次])|(?<![\d.])11[.·]11(?=[”"’」]?(?:电商)?(?:期间|大促|购物节|当天|前夕|预售|战报|收官|首日|狂欢|促销))|(?<=京东|天猫|淘宝|[“"「])11[.·]11(?![\d])|植树节|(?:[\d０-９]{1,2}·[\d０-９]{1,2})?(?:世界(?:读书|水|卫生|地球|知识产权|无烟|环境|海洋|粮食)日|国际(?:博物馆|护士|禁毒|家庭)日|消费者权益日)|情人节|圣诞节|耶诞节|(?:圣诞|耶诞)(?=[及和与、](?:元旦|新年))|平安夜|复活节|感恩节|黑色星期五|黑五(?!类)|万圣节|愚人节|母亲节|父亲节|开斋节|古尔邦节|排灯节|屠妖节|宰牲节|黄金周(?![一二三四五六日天末报刊]))`;

/**
 * 圣诞元旦, 国庆中秋: two holidays named together are one period; 五一小长假, 国庆黄金周, 春节假期, 国庆连假,
 * 春节档: the holiday is the period it names (the gold sets' annotators put 假期 inside 29 times of 45); 农历春节 is 春节.
 */
const FESTIVALS = `(?:圣诞(?=元旦|新年)|国庆(?=中秋)|中秋(?=国庆)|农历(?=春节|除夕|元宵|端午|七夕|中秋|重阳|腊八|小年))?${FESTIVAL}(?:前一天|伊始|小?长假|黄金周|假期|连假|档(?!期(?!间)))?`;
/** What follows a holiday's name in FESTIVALS: its date is the holiday's (前一天 shifts it); 档 is its films' season (春节档, 国庆档, 国庆档期间; not 档期, a schedule). */
export const FESTIVAL_TAIL = /(?:前一天|伊始|小?长假|黄金周|假期|连假|档)$/;
export const FESTIVAL_ONLY = new RegExp(`^${FESTIVALS}$`);
/** A holiday's name, those read only before a word of holidays too (五一, 十一, 清明: FESTIVAL_ONLY cannot see their context). */
export const isFestival = (s: string): boolean => FESTIVAL_ONLY.test(s) || s === '五一' || s === '十一' || s === '清明';
/** A role of the press, before a name in a credit: 记者, 编辑, 责编, 摄影, 主播. */
export const PRESS_ROLE = '记者|编辑|通讯员|作者|摄影|撰文|审核|校对|责编|主编|审校|终审|初审|复审|监制|策划|主播';
/** 《今日美国》, 今日头条: names, not today. */
const REL_DAY = '(?:(?<!的)今天|(?<!时至|《)今日(?!头条)|昨天|昨日|明天|明日|大?前天|大?后天|今晨|今早|昨晚|今晚|昨夜|明晚|明早|明晨)';
/** A day said by its weekday or its distance from today, a part of the day after it too: 周一, 本周五, 今日, 昨天晚间. */
export const DAY_BY_NAME = new RegExp(`^(?:(?:上|下|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|${REL_DAY})(?:${DAY_PART})?$`);
/** 周三, 下周一, 本周末, 恰逢周日; not 每周二 or 逢周一 (every Tuesday, Monday: no day on the calendar), nor a count of weeks and what follows (每6周/一个版本), 每周三班 (three flights a week), 史上/周期, 回本/周期, 黑色星期五 (a shopping day, read whole as a holiday), 本周三成个股 (30% of stocks this week), 首两周二手成交 (second-hand; not 周二手机). */
const WEEKDAY = `(?:(?:(?<!一)[上下]|本|这)?(?<!黑色|老|小|每|(?<!恰)逢|(?:${PRESS_ROLE})[：:\\s　])(?:周|星期|礼拜)(?:[一二三四五六日](?![班趟次成均])(?<![\\d０-９两三四五六七八九十几]周.(?=[个次](?!股)))(?<!周二(?=手[车房楼货物市成交商盘店平设奢住]))|天(?![津气]))|(?:(?<![一马])[上下]|本|这)周末|(?:(?<![一马史回])[上下]|(?<!回)本)周(?![期刊边围转岁]))`;
/** 515日 for 5月15日, 0923日 for 09月23日, 48日 for 4月8日: scraped text that lost its 月 (only plausible months and days; 28日 is the 28th). */
const LOST_MONTH = String.raw`(?<![\d.])(?:(?:1[0-2]|0?[1-9])(?:0[1-9]|[12]\d|3[01])|3[2-9]|[4-9][1-9])日`;
export const DATES = new ScanPattern(
  [
    String.raw`(?<![\d.])\d{4}([-/.])\d{1,2}\1\d{1,2}(?:(?:T| {0,2})\d{1,2}:\d{2}(?::\d{2})?)?(?![\d.])`,
    // …and with a year of the Republic, as Taiwan's notices write it (發布日期：114-06-12; recognizeDates keeps it to Taiwan's news).
    // (…its clock time after a space too: 更新時間：114/05/20 17:45.)
    String.raw`(?<![\d.])${ROC_YEAR}(?:-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|\/(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01]))(?: {1,2}\d{1,2}:\d{2}(?::\d{2})?)?(?![\d./:-])`,
    // …and with no separators after an editor's name, the Central News Agency's closing code (（編輯：張均懋）1140315).
    EDITOR_CODE,
    // A month as tables write it (2025-09; not the 2006-07 season), and a day as related-article
    // lists and page headers do (· 标题 08-05, [09-12], 发布时间：05-20 10:30).
    String.raw`(?<![\d./-]|[A-Za-z]|型号|编号|版本|代码)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d./:-]|赛季|年度|学年|财年|季)`,
    // A span of months as tables write it: 2025.03-2027.12 (one month alone would be a decimal,
    // but for a résumé's field or fact: 出生年月：1978.05, 2001.07参加工作, 2024.09起 任现职).
    String.raw`(?<![\d.])(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])\s?[-—–~至]\s?(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])(?![\d.])`,
    String.raw`(?<=(?:年月|日期|时间)[:：]\s?|出生年月\s?)(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])(?![\d.])|(?<![\d.])(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])(?=\s?(?:参加工作|入党|出生|生[，,。；;)）]|起\s?任))`,
    // …and a résumé's line for the post held now, its period left open (2025.01—　宜昌市人民政府副市长), and a personnel table's
    // month of birth after the sex (李欣怡　女　1998.06　硕士研究生).
    String.raw`(?<=^|\n)(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])(?=[—–-](?:[ \u3000]|至今|今))|(?<=[男女][ \u3000]+)(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])(?=[ \u3000])`,
    // (…and two such days as a range: 【一周城投要闻 06-09至06-13】.)
    String.raw`(?<=^|[\s\[【(（：:｜|丨]|\d{2}-\d{2}至)(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?: \d{1,2}:\d{2})?(?=$|[\s\]】)）]|至(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:$|[\s\]】)）]))`,
    `${NOT_BEFORE}(?:${DECADE_RE})`,
    // A lunar date with its lunar year: 农历2023年腊月廿八 (in January or February of 2024).
    `(?:农历|阴历)(?:\\d{4}|[〇○零一二三四五六七八九]{4})年(?:${LUNAR_RE})`,
    // (…a part of its day after it: 正月初八上午, 大年初一晚上.)
    `(?:${LUNAR_RE})${DAY_PART}?|${FISCAL_RE}|${REL_SEASON_RE}|${FIVE_YEAR_RE}`,
    // A school year or a sports season: 2025-2026学年, 2025/26学年, 2025学年, 2025-26赛季, 2026至2028赛季, 2026/27球季 (Hong Kong's and Taiwan's word).
    String.raw`(?<![\d.])(?:19|20)\d{2}(?:\s?(?:-|—|–|~|\/|至)\s?(?:(?:19|20)\d{2}|\d{2}))?(?:学年度?|[赛球]季)`,
    // (…and a forecast's years with the second shortened: 2025-27年; a fiscal year as Hong Kong writes it: 2025至26年度, and its tax year: 2025/26課稅年度.)
    String.raw`(?<![\d.])(?:\d{4}年?\s?(?:-|—|–|~|至|到)\s?\d{4}年(?:度(?!过))?|(?:19|20)\d{2}\/(?:(?:19|20)\d{2}年度?|\d{2}(?:课税)?年度)|(?:19|20)\d{2}(?:-|—|–|~)\d{2}年度?|(?:19|20)\d{2}至\d{2}年度|(?:19|20)\d{2}\s?(?:-|—|–|~)\s?(?:19|20)\d{2})(?![\d.%]|年代)`,
    // A page footer's copyright year: Copyright © 2025, 版权所有 © 2025, Copyright (c)2024, 版权所有 2023.
    String.raw`(?<=(?:©|\([cC]\)|Copyright|版权所有)\s?)(?:19|20)\d{2}(?![\d./-])`,
    // A year as analysts' tables mark it, actual or estimated: 2024A, 2025E.
    String.raw`(?<![\dA-Za-z.])(?:19|20)\d{2}[AE](?![A-Za-z\d])`,
    // (…and one by a year of the Republic, as Taiwan's leagues write theirs: 114年球季, 民國115年球季.)
    String.raw`(?:民国)?(?<![\d.])${ROC_YEAR}年[赛球]季`,
    // A season named by its year alone: 2024赛季, 2025-26赛季, 2025至2027赛季.
    String.raw`(?<![\d./-])(?:19|20)\d{2}(?:-\d{2}|(?:至|到|-|—|–)(?:19|20)\d{2})?(?=赛季)`,
    // Within a named year, before a pause or what is to be done in it (2025年内完成, 2025年内于东南亚开店; not 2025年内地, 年内蒙古).
    String.raw`(?<![\d.])(?:19|20)\d{2}年内(?=[，,。、；;完建投实将要达落竣开启全不再上推发交获力争提迎扭有可到新择于在])`,
    // A year with what it dates: 2025年5月15日, 去年春节, 2025年农历八月十五, and a scraped 2024年1120日;
    // a year the text has named before, with a month: 同年8月, 次年3月.
    `(?:${YEAR}|${REL_YEAR}|${ZODIAC_YEAR}|${CONTEXT_YEAR})(?:${FESTIVALS}|${LUNAR_RE}|${YEAR_PART}|${MONTH_RANGE}|${MONTH_LISTED}|(?:${MONTH}|${REL_MONTH})(?:${MONTH_PART}|${DAY_RANGE}|${DAY}${DAY_WEEKDAY}${CLOCK}?|${DAY_LISTED})?|(?:${LOST_MONTH}|(?<=\\d{4}年)[1-9][1-9]日)${NOT_AFTER}${DAY_WEEKDAY}${CLOCK}?)?`, // (2025年24日: a year's date of two digits lost its 月 too)
    REL_QUARTER,
    `${MONTH_RANGE}|${MONTH_LISTED}|(?:${MONTH}|${REL_MONTH})(?:${MONTH_PART}|${DAY_RANGE}|${DAY}${DAY_WEEKDAY}${CLOCK}?|${DAY_LISTED})?`,
    // The days of a list that writes 日 once, after the last: 5月15、16、17日, 1、2、3日 (a bare 号 numbers
    // things, as a bare day's does not: 3、4号机组).
    String.raw`(?<![\d.第:：-])\d{1,2}(?=(?:、\d{1,2})*、\d{1,2}日)`,
    // The first year of a list that writes 年 once, after the last: 2023、2024年 (read with it: LISTED_UNIT).
    String.raw`(?<![\d.])(?:19|20)\d{2}(?=、(?:19|20)\d{2}年)`,
    // The first months or quarters of this year (前2月, 前三季度), a quarter (Q3), a year's half (2025H1; H2 alone is hydrogen)
    // and, opening a clause (在 too) or compared with (较前两个月平均水平), the first months of it (前11个月，…, as Hong Kong writes it 首4个月) or after the place it is of (全区前8个月),
    // or after whatever it is of before the figures it gives (青岛前4个月外贸进出口, 中国重汽前5个月重卡销量, 青岛港前三个月货物吞吐量;
    // not 提前5个月, 商家前三个月免收, 上市前6个月).
    // (Not 年内 alone, within the year, which names none: 2025年内 and 今年年内 do.)
    String.raw`(?<![${CN_DIGIT}十\d此之以日提事元榜])[前首](?:\d{1,2}|十[一二]?|[一二两三四五六七八九])月(?!\d{1,2}[日号])|(?<=(?:^|[\s，,。；;：:、(（“"·•])在?|全[国省市区县]|[本我该][省市区县]|[\u4e00-\u9fff][市区县]|[较比])(?<!上市|开市|休市|闭市|收市)[前首](?:\d{1,2}|十[一二]?|[一二两三四五六七八九])个月(?![内里])|(?<![${CN_DIGIT}十\d此之以日提事元榜告])[前首](?:\d{1,2}|十[一二]?|[一二两三四五六七八九])个月(?![内里后])(?=[\u4e00-\u9fff]{0,3}?(?:累计|实现|完成|营收|收入|利润|净利|销量|销售|发电|保费|进出口|外贸|出口|进口|产量|工业|投资|实际使用|全口径|同比|规模|货物|吞吐|运量|客流|旅客|交付|新增|签约|成交))|(?<![${CN_DIGIT}十\d${WORD_BEFORE_QIAN}])[前首][一二两三1-3](?:个季度|季度?)(?!节)|(?<![A-Za-z\d])(?:(?:\d{4}年?)?Q[1-4]|\d{4}年?H[12])(?![A-Za-z\d])`,
    `${NOT_BEFORE}${NOT_DURATION}${LOST_MONTH}${NOT_AFTER}${DAY_WEEKDAY}${CLOCK}?`,
    // A bare day, and days of the month named last (峰会于19至21日举行); not a settlement day (T+1日, T-1日).
    String.raw`${NOT_BEFORE}${NOT_DURATION}(?<![\d.+＋]|T[-－])(?:\d{1,2}(?:-|~|〜|—|至|到))?\d{1,2}日${NOT_AFTER}${DAY_WEEKDAY}${CLOCK}?`,
    // …in Chinese numerals only listed after a date (十月十日、十一日), or a dispatch's day in its dateline (北京十二日电), or
    // the day a relative one is, in brackets (博彩監察協調局昨日（一日）公布): alone, 十日 is ten days.
    // (…not things numbered: 三号、四号工位.)
    String.raw`(?<=[日号]、)${CN_DAY}(?:日|号(?!${NUMBERED_THINGS}))${NOT_AFTER}|(?<=[\u4e00-\u9fff]{2})${CN_DAY}日(?=电[：:\s（(]|讯)|(?<=[今昨明][天日][（(])${CN_DAY}日(?=[)）])`,
    // (…or before a part of the day, which ten days have not: 七日上午, 十五日晚间; not 连续七日下午收盘上涨.)
    String.raw`(?<![${CN}\d月年]|连续|持续|一连|过去|未来|最近|[近前后每])${CN_DAY}日(?=${DAY_PART})${CLOCK}`,
    `(?:${REL_DAY}|${WEEKDAY})${CLOCK}?`,
    // As Taiwan writes this day and year: 昨(25)日, 今(2025)年.
    String.raw`[今昨明前去]\((?:\d{1,2}\)日|\d{4}\)年)`,
    // A quarter without 度, its end or start (第一季底) or where its figures follow: 第3季营收, and the first as Hong Kong and Taiwan say it: 首季营收, 首季收益, 首季新股集资额, 首季数据.
    // (…or a few words on: 首季AI服务器营收, 香港市场首季同店销售, 第一季EPS, 第四季组装价格, 首季新业务价值, 首季全球交付, 首季外贸开门红; or adjusted: 第三季经调整物业EBITDA.)
    // Hong Kong and Taiwan name the quarter so whatever follows (公司第一季回购, 第3季将持续调整): `hkQuarter`, which date.ts keeps
    // in their news only (not a show's season: 第三季开播).
    String.raw`(?<![\d${CN_DIGIT}]|[连連][续續])(?:第[一二三四1-4]|(?<![年度])首)季(?!度)(?:${QUARTER_EDGE}|(?=营收|营业|财报|业绩|获利|净利|毛利|合并|出货|每股|营运|经营|经济|经调整|税后|新股|收益|收入|纯利|盈利|法说|数据|GDP|卖楼|外贸|开门红|破(?=[千万亿百\d])|[^，,。；;\n季]{0,6}?(?:营收|销售|销量|出货|交付|交易额|进出口|出口|EPS|EBITDA|每股|净利|获利|收益|纯利|价格|[运房油金均]价|运费|利润|保费|新业务))|(?<hkQuarter>)(?![节赛]|[^，,。；;\n]{0,8}?(?:节目|播出|开播|上映|上线|剧|综艺|选手)))`,
    `${FESTIVALS}${DAY_PART}?`,
    // Not 上一季度 (the quarter before: relative), nor 同一季度 (the same quarter), nor 这一季度 (this quarter, the one just named).
    // (Not half a year after something, a duration: 离任后半年内, nor half a year ahead: 提前半年; nor a year's end counted back from now: 最近一年末,
    // nor the end of a term's year: 在第5年末附有赎回权.)
    `(?:(?<!第[\\d${CN_DIGIT}十]{1,3})(?:年初(?!步)|年底|(?<!近一)年末(?!期)|年终(?![奖总止]))|岁末|[上下]半年(?:度|末)?|(?<!提)前半年|(?<![任职届满])后半年(?!内)|(?<![上下]|[连連][续續]第?)(?<![同这该此](?=一))${QUARTER})`,
    // The start or end or a third of this month (月底, 下旬); 每月底 recurs every month, 月底薪 is a base salary, 单月/初年度 a month's first-year premiums.
    String.raw`(?<![每岁\d${CN_DIGIT}十元个本上下同当次单])月(?:初(?!步)|底(?!薪)|末)|(?<![月\d])(?:上中|中下|[上中下])旬`,
    String.raw`${DAY_PART}${TIME}|(?<![当今昨前明每傍夜])[早晚](?=\d{1,2}[时点])${TIME}|(?<![\d.])\d{1,2}时(?:\d{1,2}分)?(?![\d间期代候刻])整?|(?<![\d.])\d{1,2}点(?:\d{1,2}分|半)|(?<=${DAY_PART}\d{1,2}[时点](?:\d{1,2}分|半)?(?:至|到|—|~|-))\d{1,2}点(?:\d{1,2}分|半)?(?![\d多])|(?<![\d.]|\d:|比[为达是]?|比例为?|比分|比值|\d[:：]\d{1,2}[（(](?:\d{1,2}:\d{2}[、，, ])*)\d{1,2}:\d{2}(?::\d{2})?(?![\d:])`,
  ],
  // Each alternative that starts with a digit refuses one before it ((?<![\d.]), Q3's (?<![A-Za-z\d])).
  { first: String.raw`\d`, after: String.raw`\d` },
);

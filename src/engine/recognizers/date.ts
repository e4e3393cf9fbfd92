import { findDateline, isValidDate, ROC_YEAR, type RefDate } from './dateline';
import { lunarDayOf, lunarMonthEnd, lunarToGregorian, lunarYearFor } from './lunarCalendar';
import { isSolarTerm, solarTermDate } from './solarTerms';
import { DECADE_RE, FISCAL_RE, LUNAR_ONLY, LUNAR_RE, parsePeriod, REL_SEASON_RE, SOLAR_TERMS } from './datePeriods';
import { SINGLE_SURNAMES } from '../dict/surnames';
import { CN_DIGIT, foldWidth, pad, parseNumber } from './numerals';
import { scan, ScanPattern } from './scan';
import { inOneSentence } from './sentences';
import { TokenIndex } from './tokenIndex';
import type { Candidate, Recognizer } from './types';

// DATE per the guidelines: an expression naming a point or period on the calendar or the clock.
// Matching runs on the width-folded text (same offsets), so １２月３１日 reads as 12月31日.
//
// attrs.value is ISO 8601: 2025-05-15, 2025-02, 2025, 2025-06-16T11:22:05. Without a known year
// the ISO reduced forms stand in: --05-15 (month and day), --05 (month), ---15 (day); a clock
// time alone is T21:28. A range or a part of a year is an ISO interval: 5月7日至8日 →
// 2025-05-07/2025-05-08 (the end takes the start's year and month when it has none), 上半年 →
// 2025-01/2025-06, 一季度 → 2025-01/2025-03, 90年代 → 1990/1999. Parts of a month or year that
// have no exact bounds (2月底, 年初, 下旬) keep the month or year they lie in. Expressions with no
// fixed calendar value (周日, 虎年) carry no value; lunar dates and holidays (春节, 中秋, 腊月二十三)
// and solar terms (冬至) take theirs from lunarCalendar.ts and solarTerms.ts in the years they
// know. "This year" is the dateline's year (dateline.ts), 同年 the year named last; a bare day
// (22日) continues the month of the last full date, or else of the last month named (not a planned
// month's past its paragraph). A clock range that starts in the afternoon ends there: 下午2时至4时 →
// T14:00/T16:00. A fiscal year has months only where the text says when it ends (2024财年（截至2025年3月）
// → 2024-04/2025-03). Decades, centuries, lunar dates, solar terms, fiscal years and this year's
// seasons: datePeriods.ts.

/** Tags of tokens that are names: a holiday inside one is part of the name. */
const NAME_TOKEN_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/** A numeral that counts rather than names (近2000年, 约18日, 60日内): not a date. (接近2024年的水平 is a year: 接近, to approach; so is 合约18日, a contract's 约.) */
const NOT_BEFORE = String.raw`(?<![第逾超达长每共])(?<!(?<![合契公条签预节制履违解续邀特])约)(?<!(?<!接)近)`;
/** Before a bare day count (持续120日, 为期15日, 共计22日, 行政拘留10日, 提前7日) the number is a duration. */
const NOT_DURATION = '(?<!持续|历时|用时|为期|连续|不到|不足|超过|共计|合计|累计|拘留|延长|提前)';
const NOT_AFTER = '(?!内(?!蒙古)|[多余]|来(?!临)|达(?![成到])|历天|年化)'; // 60日内 (not 28日内蒙古), 5日达 (delivery in five days; not 5日达成), 工期720日历天 (calendar days)
/** …but a year of four digits is no duration before 达: 2026年达产, 2030年达峰; nor before a word of 内, 多 or 余 (2025年内容预算, 2024年内地市场, 2023年多出, 2024年余额, 2024年来自…的收入). */
const NOT_AFTER_YEAR = '(?!内(?![容部存地蒙销])|多(?![出家个项次位名款只条种地国省市])|余(?![额粮])|来(?![临自])|历天|年化)';

const CN = `[${CN_DIGIT}十]`;
/** Japan's eras since 1868 and their first years (昭和三十一年 is 1956, 令和6年 2024). */
const ERA_FIRST_YEARS: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };
const JAPANESE_ERA = `(?:${Object.keys(ERA_FIRST_YEARS).join('|')})`;
/** A year by its number: 2025年, 二〇二五年, 公元前221年, 民国114年, 令和6年 (parseDate). */
const NUMBERED_YEAR = new RegExp(`^(?:(\\d{1,4}|[〇○零一二三四五六七八九]{4})|公元(前)?(\\d{1,4})|(?:中华)?民国(\\d{1,3}|[一二三四五六七八九十百]{1,5}|元)|(${JAPANESE_ERA})(\\d{1,2}|[一二三四五六七八九十]{1,3}|元))年`);
// (A year of this or the last century that is no round number is no duration, whatever ends in 超, 约 or 达 before it: 张红超1997年, 合约2025年.)
const YEAR = String.raw`(?:(?:(?=(?:19|20)(?!00)\d{2}年)|${NOT_BEFORE})(?<![\d.])\d{4}年${NOT_AFTER_YEAR}|(?<![\d.])\d{2}年(?=(?:0?[1-9]|1[0-2])(?:[-—~至到](?:0?[1-9]|1[0-2]))?月)|(?<![\d.]|创校|建校|成立|已有|超过|长达|历经|[逾近约满])${ROC_YEAR}年(?=(?:0?[1-9]|1[0-2])月|度|第[一二三四1-4]季|[上下]半年|全年|[初底]|营收|股东(?:常|临时)?会|[，,。、；;])|(?<![${CN_DIGIT}十百千万])[〇○零一二三四五六七八九]{4}年|(?<=公元)(?:\d{1,4}|元)年|公元前\d{1,4}年|(?:中华)?民国(?:\d{1,3}|[一二三四五六七八九十百]{1,5}|元)年|${JAPANESE_ERA}(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)年)`;
/** Characters that make a word with the 前 after them (目前, 提前, 此前, 之前 …): that 前 starts no period. */
const WORD_BEFORE_QIAN = '目提之此以事日当眼跟面从向先超';
/** 今年, 前年, 上一年 (not 上一年级, a school's first grade; not the 前 of 税前, 目前, 提前 before a word with 年: 税前年薪, 目前年产量, 提前年底; nor the 本 of 基本, 成本: 基本年薪). */
const REL_YEAR = `(?:今|去|明|(?<![${WORD_BEFORE_QIAN}税生空赛会节战饭睡考婚课史门年月])前|(?<!网)上一?|(?<![基根成资日版剧样文课账书脚原范标副])本)年(?!纪|龄|轻|级)`;
/** 鸡年, not the 鸡年出栏 of 肉鸡年出栏量 (a year's output of broilers). */
const ZODIAC_YEAR = '(?<![肉生活蛋奶母种])[鼠牛虎兔龙蛇马羊猴鸡狗猪]年(?!出栏|存栏|产|均|销)';
/** The year named last (同年, 当年) or the one after it (次年, 翌年). */
const CONTEXT_YEAR = '(?:同|当|次|翌)年(?=(?:\\d{1,2}|十[一二]?|[一二三四五六七八九]|元)月|[初底末](?![步期]))';
/** A quarter, its start or end (三季度末), or the first quarters of a year (一至三季度). */
const QUARTER = '(?:第?[一二三四1-4]季度(?:初|末|底)?|[一1](?:至|到|-|—)[二三四2-4]季度|(?:一二|二三|三四)季度)';
/** 今年前三季度, 2025年前10个月, and as Hong Kong and Taiwan write them 今年首十个月, 今年前三季: the first quarters or months of a named year. */
const FIRST_PART = String.raw`(?:(?<![${WORD_BEFORE_QIAN}])前|首)(?:[一二两三]季度?|(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])个?月)`;
const YEAR_PART = `(?:[上下]半年(?:度|末)?|半年度|前半年|后半年|伊始|岁末|岁初|年?(?:初(?!步)|底|末(?!期))|年中|年终(?![奖总止])|年内|同期|同月|中期(?=业绩|报告|财报|营收|收入|净利|利润|分红|派息|股息|[，,。；;、])|度?(?:${QUARTER}|第[一二三四1-4]季(?![度节]))|度(?!过)|首季度?|${FIRST_PART}|Q[1-4](?![A-Za-z\\d])|H[12](?![A-Za-z\\d])|[春夏秋冬][天季](?:学期)?(?!达沃斯)|[春夏秋冬](?=[，,。；;、])|暑假|寒假|暑期)`; // 1977年秋，, 2025年秋季学期, 今年暑假; not 2025年夏季达沃斯 (an event's name)
/** 5月, 十二月, 元月; not 十月怀胎 (the months of a pregnancy). */
// (A number of months in Chinese numerals is no month: 连续三月, 近三月, 前两月.)
const MONTH = String.raw`(?:(?<![\d.A-Za-z])\d{1,2}|(?<![${CN_DIGIT}十百千万]|连续|近|前|头|每)(?:十[一二]?|[一二三四五六七八九])|元)月份?(?!怀胎)`;
/** 1-11月, 一至三月, and two neighbouring months named together: 二三月份, 十一二月. */
const MONTH_RANGE = String.raw`(?:(?<![\d.])\d{1,2}(?:-|—|–|~|至|到)\d{1,2}|(?<![${CN_DIGIT}十百千万第])(?:十[一二]?|[一二三四五六七八九])(?:至|到)(?:十[一二]?|[一二三四五六七八九])|(?<![${CN_DIGIT}十百千万])(?:[一二三四五六七八][二三四五六七八九]|十一二))月份?`;
const REL_MONTH = '(?:本|上|下|上个|下个|这个)月';
/**
 * 上季度, 本季度: the quarter before, of or after the one the text reports on, which is often not
 * the dateline's (a results release of the third quarter: 本季度…): a date with no value. Not 创下/季度新高.
 */
const REL_QUARTER = '(?:本|(?<![创落])上|(?<![创落])下|上个|下个|这个)季度(?:[末初底])?';
/** 月初, 下旬, a week of the month (9月第3周), and 月中 before a pause (10月中，; not 10月中国, nor 《大众软件》9月中, in the September issue). */
const MONTH_PART = '(?:初|底|末|上中旬|中下旬|上旬|中旬|下旬|[上下]半月|第[1-5一二三四五]周(?![期年])|中(?=[，,、；;]))';
/** A day of the month; formal papers write 20 and 30 as 廿 and 卅 (十月卅日). */
const CN_DAY = '(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)';
const DAY = String.raw`(?:\d{1,2}|${CN_DAY})[日号]`;
/** 7月24~26日, 三月五日至八日: days of one month. */
const DAY_RANGE = String.raw`(?:\d{1,2}(?:-|~|〜|—|至|到)\d{1,2}|${CN_DAY}日?(?:至|到)${CN_DAY})[日号]`;
/** The first day or month of a list that writes 日 or 月 once, after the last: 5月15、16日, 2025年5、6月 (read with it: LISTED_UNIT). */
const DAY_LISTED = `(?:\\d{1,2}|${CN_DAY})(?=(?:、\\d{1,2})*、(?:\\d{1,2}|${CN_DAY})[日号])`;
const MONTH_LISTED = String.raw`(?:(?<![\d.第])\d{1,2}(?=(?:、\d{1,2})*、\d{1,2}月)|(?<![${CN_DIGIT}十百千万第])(?:十[一二]?|[一二三四五六七八九])(?=、(?:十[一二]?|[一二三四五六七八九])月))`;
/** 5月15日星期四: the weekday of a date belongs to it. */
const DAY_WEEKDAY = '(?: ?(?:星期|周|礼拜)[一二三四五六日天])?';
const DAY_PARTS = '凌晨|清晨|早晨|早上|早间|上午|中午|午间|午后|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|白天|一大早|一早';
const DAY_PART = `(?:${DAY_PARTS})`;
const DAY_PART_AT_END = new RegExp(`${DAY_PART}$`);
/**
 * What a clock time may end with: 整 (sharp), Hong Kong's 正 after 时 (上午九时正; not 3时正在开会), 多 after
 * 点 (9点多, past nine; not 8点多云); 钟 after 点 (9点钟). 许 and 左右 (about) stay outside, as 约 does before an amount.
 */
const TIME_END = '(?:整|(?<=[时分])正(?![在是式常好当要值面确])|(?<=点)多(?![云种样功少元]))?';
const TIME = String.raw`(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}(?:时|点钟?)(?:\d{1,2}分|半)?(?:\d{1,2}秒)?${TIME_END}|${CN}{1,3}(?:时|点钟?)(?:${CN}{1,3}分|半)?${TIME_END})`;
const CLOCK = String.raw`(?: {0,2}(?:${DAY_PART} ?)?\d{1,2}:\d{2}(?::\d{2})?|(?:${DAY_PART}|[早晚](?=\d))?${TIME}|${DAY_PART}|晚(?![会餐宴饭霞年辈期点报些了]))`;
const FESTIVAL =
  `(?:${SOLAR_TERMS}|(?<![第\d${CN_DIGIT}十百千])(?:五一|十一|清明)(?=[”"’」]?(?:假期|长假|小长假|黄金周|期间|前后|前夕|当天|以后|之后|以前|之前|以来|过后|消费|出游|旅游|档期?|前(?![进来往去行锋列])|[来去到回](?=[\u4e00-\u9fff]{2})|[、及和与](?:国庆|十一|端午|中秋|春节|元旦|清明|五一|暑运|暑期|暑假|春运)))|(?<=[“"「])(?:五一|十一|清明)(?=[”"」])|(?<=[今去明]年)(?:五一|清明)(?![\d${CN_DIGIT}十月日号节])|春节|元旦|新年(?![度份])|(?<![刷创更革清重])新春(?!第一(?!天))|除夕夜?|大年夜|大年三十|(?:大|农历)年初[一二三四五六七八九十]|正月初[一二三四五六七八九十]|正月十五|(?<!大)小年夜?(?![轻级纪龄度初])|(?:中国)?农民丰收节|元宵节?|清明节|端午节?|中秋节?|重阳节|七夕节?|腊八(?:节|(?![粥蒜醋饭]))|(?:二月二)?龙抬头|佛诞(?:节|日)?|` +
  `国庆[节日]?|双节(?![棍])|(?:五一)?劳动节|五一节|(?:六一)?儿童节|(?:三八)?妇女节|(?:五四)?青年节|(?:八一)?建军节|(?:七一)?建党节|教师节|双十一|双11|双十二|双12|(?<![\d.])6·18(?!\d)|(?<![\d.])618(?=[”"’」]?(?:电商)?(?:期间|大促|购物节|年中大促|年中购物节|当天|前夕|预售|战报|收官|首日|观察|前瞻|狂欢|促销|活动))|(?<=京东|天猫|淘宝|抖音|拼多多|[“"「]|年)618(?![\d.％%亿万千百元家个件台辆名人次])|(?<![\d.])11[.·]11(?=[”"’」]?(?:电商)?(?:期间|大促|购物节|当天|前夕|预售|战报|收官|首日|狂欢|促销))|(?<=京东|天猫|淘宝|[“"「])11[.·]11(?![\d])|植树节|世界(?:读书|水|卫生|地球|知识产权|无烟|环境|海洋|粮食)日|情人节|圣诞节|平安夜|复活节|感恩节|黑色星期五|万圣节|愚人节|母亲节|父亲节|开斋节|古尔邦节|宰牲节)`;
/** Than or with, glued to 上 by the segmenter (比上/x 月, 较上/x 月), or from or at, to 上 or 下 (自下/x 月起). */
const COMPARED_WITH = /^(?:[比较]上|[自从于至到][上下])$/;
const BRACKET_OPEN = /^\s*[(（]$/;
const BRACKET_CLOSE = /^[)）]$/;
/** What says a date falls on a weekday: 6月1日恰逢周日, 是周一. */
const FALLS_ON = /^(?:恰逢|正逢|适逢|恰好是|正好是|是|为)$/;
/** The same period a year before the one just named: 去年同期, 上年同月. */
const SAME_PERIOD_BEFORE = /^(?:去|上一?)年同(?:期|月)$/;
const SENTENCE_END = /[。！？!?；;\n]/;
/** A month or a span of months: 2025-06, 2025-01/2025-03. */
const MONTHS_VALUE = /^\d{4}-\d{2}(?:\/\d{4}-\d{2})?$/;
const MONTH_VALUE = /^\d{4}-\d{2}$/;
const RANGE_JOINER = /^(?:至|到|-|—|–|~)$/;
/** 圣诞元旦, 国庆中秋: two holidays named together are one period; 五一小长假, 国庆黄金周: the holiday is the period it names (假期 after one is a common noun: the span is the name, as the guidelines write 春节); 农历春节 is 春节. */
const FESTIVALS = `(?:圣诞(?=元旦|新年)|国庆(?=中秋)|中秋(?=国庆)|农历(?=春节|除夕|元宵|端午|七夕|中秋|重阳|腊八|小年))?${FESTIVAL}(?:前一天|伊始|小?长假|黄金周)?`;
/** What follows a holiday's name in FESTIVALS: its date is the holiday's (前一天 shifts it). */
const FESTIVAL_TAIL = /(?:前一天|伊始|小?长假|黄金周)$/;
const FESTIVAL_ONLY = new RegExp(`^${FESTIVALS}$`);
/** A holiday's name, those read only before a word of holidays too (五一, 十一, 清明: FESTIVAL_ONLY cannot see their context). */
const isFestival = (s: string): boolean => FESTIVAL_ONLY.test(s) || s === '五一' || s === '十一' || s === '清明';
/** A role of the press, before a name in a credit: 记者, 编辑, 责编, 摄影, 主播. */
const PRESS_ROLE = '记者|编辑|通讯员|作者|摄影|撰文|审核|校对|责编|主编|审校|终审|初审|复审|监制|策划|主播';
/** 《今日美国》, 今日头条: names, not today. */
const REL_DAY = '(?:(?<!的)今天|(?<!时至|《)今日(?!头条)|昨天|昨日|明天|明日|大?前天|大?后天|今晨|今早|昨晚|今晚|昨夜|明晚|明早|明晨)';
/** A day said by its weekday or its distance from today, a part of the day after it too: 周一, 本周五, 今日, 昨天晚间. */
const DAY_BY_NAME = new RegExp(`^(?:(?:上|下|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|${REL_DAY})(?:${DAY_PART})?$`);
/** 周三, 下周一, 本周末, 恰逢周日; not 每周二 or 逢周一 (every Tuesday, Monday: no day on the calendar), 每周三班 (three flights a week), 史上/周期, 回本/周期, 黑色星期五 (a shopping day, read whole as a holiday), 本周三成个股 (30% of stocks this week), 首两周二手成交 (second-hand; not 周二手机). */
const WEEKDAY = `(?:(?:(?<!一)[上下]|本|这)?(?<!黑色|老|小|每|(?<!恰)逢|(?:${PRESS_ROLE})[：:\\s　])(?:周|星期|礼拜)(?:[一二三四五六日](?![班趟次成])(?<!周二(?=手[车房楼货物市成交商盘店平设奢住]))|天(?![津气]))|(?:(?<![一马])[上下]|本|这)周末|(?:(?<![一马史回])[上下]|(?<!回)本)周(?![期刊边围转岁]))`;
/** 515日 for 5月15日, 0923日 for 09月23日, 48日 for 4月8日: scraped text that lost its 月 (only plausible months and days; 28日 is the 28th). */
const LOST_MONTH = String.raw`(?<![\d.])(?:(?:1[0-2]|0?[1-9])(?:0[1-9]|[12]\d|3[01])|3[2-9]|[4-9][1-9])日`;
/**
 * The characters a date can start with (digits, numerals, 今去明前首上本下昨后, weekday, zodiac,
 * festival, solar-term, lunar and day-part initials, 月 of 月底): the alternatives are only tried
 * there (scan.ts).
 */
const FIRST = String.raw`[\dQ${CN_DIGIT}十元公民今去明前首上本下昨白雨同当次翌后这周星礼鼠牛虎兔龙蛇马羊猴鸡狗猪年岁第凌清早中午傍晚夜深春新除大正端重七腊国劳五儿妇青建教植情圣平复世感万愚母父开古宰黑三六八双农阴月立惊谷芒夏小处秋寒霜冬昭令佛]`;
const DATES = new ScanPattern(
  FIRST,
  [
    String.raw`(?<![\d.])\d{4}([-/.])\d{1,2}\1\d{1,2}(?:(?:T| {0,2})\d{1,2}:\d{2}(?::\d{2})?)?(?![\d.])`,
    // A month as tables write it (2025-09; not the 2006-07 season), and a day as related-article
    // lists and page headers do (· 标题 08-05, [09-12], 发布时间：05-20 10:30).
    String.raw`(?<![\d./-]|[A-Za-z]|型号|编号|版本|代码)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d./:-]|赛季|年度|学年|财年|季)`,
    // A span of months as tables write it: 2025.03-2027.12 (one month alone would be a decimal,
    // but for a résumé's field or fact: 出生年月：1978.05, 2001.07参加工作).
    String.raw`(?<![\d.])(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])\s?[-—–~至]\s?(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])(?![\d.])`,
    String.raw`(?<=(?:年月|日期|时间)[:：]\s?|出生年月\s?)(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])(?![\d.])|(?<![\d.])(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])(?=\s?(?:参加工作|入党|出生|生[，,。；;)）]))`,
    String.raw`(?<=^|[\s\[【(（：:])(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?: \d{1,2}:\d{2})?(?=$|[\s\]】)）])`,
    `${NOT_BEFORE}(?:${DECADE_RE})`,
    // A lunar date with its lunar year: 农历2023年腊月廿八 (in January or February of 2024).
    `(?:农历|阴历)(?:\\d{4}|[〇○零一二三四五六七八九]{4})年(?:${LUNAR_RE})`,
    // (…a part of its day after it: 正月初八上午, 大年初一晚上.)
    `(?:${LUNAR_RE})${DAY_PART}?|${FISCAL_RE}|${REL_SEASON_RE}`,
    // A school year: 2025-2026学年, 2025/26学年, 2025学年.
    String.raw`(?<![\d.])(?:19|20)\d{2}(?:\s?(?:-|—|–|~|\/|至)\s?(?:(?:19|20)\d{2}|\d{2}))?学年度?`,
    // (…and a forecast's years with the second shortened: 2025-27年.)
    String.raw`(?<![\d.])(?:\d{4}年?\s?(?:-|—|–|~|至|到)\s?\d{4}年(?:度(?!过))?|(?:19|20)\d{2}\/(?:(?:19|20)\d{2}年度?|\d{2}年度)|(?:19|20)\d{2}(?:-|—|–|~)\d{2}年度?|(?:19|20)\d{2}\s?(?:-|—|–|~)\s?(?:19|20)\d{2})(?![\d.%]|年代)`,
    // A page footer's copyright year: Copyright © 2025, 版权所有 © 2025, Copyright (c)2024, 版权所有 2023.
    String.raw`(?<=(?:©|\([cC]\)|Copyright|版权所有)\s?)(?:19|20)\d{2}(?![\d./-])`,
    // A year as analysts' tables mark it, actual or estimated: 2024A, 2025E.
    String.raw`(?<![\dA-Za-z.])(?:19|20)\d{2}[AE](?![A-Za-z\d])`,
    // A season named by its year alone: 2024赛季, 2025-26赛季, 2025至2027赛季.
    String.raw`(?<![\d./-])(?:19|20)\d{2}(?:-\d{2}|(?:至|到|-|—|–)(?:19|20)\d{2})?(?=赛季)`,
    // Within a named year, before a pause or what is to be done in it (2025年内完成; not 2025年内地, 年内蒙古).
    String.raw`(?<![\d.])(?:19|20)\d{2}年内(?=[，,。、；;完建投实将要达落竣开启全不再上推发交获力争提迎扭有可到新])`,
    // A year with what it dates: 2025年5月15日, 去年春节, 2025年农历八月十五, and a scraped 2024年1120日;
    // a year the text has named before, with a month: 同年8月, 次年3月.
    `(?:${YEAR}|${REL_YEAR}|${ZODIAC_YEAR}|${CONTEXT_YEAR})(?:${FESTIVALS}|${LUNAR_RE}|${YEAR_PART}|${MONTH_RANGE}|${MONTH_LISTED}|(?:${MONTH}|${REL_MONTH})(?:${MONTH_PART}|${DAY_RANGE}|${DAY}${DAY_WEEKDAY}${CLOCK}?|${DAY_LISTED})?|${LOST_MONTH}${NOT_AFTER}${DAY_WEEKDAY}${CLOCK}?)?`,
    REL_QUARTER,
    `${MONTH_RANGE}|${MONTH_LISTED}|(?:${MONTH}|${REL_MONTH})(?:${MONTH_PART}|${DAY_RANGE}|${DAY}${DAY_WEEKDAY}${CLOCK}?|${DAY_LISTED})?`,
    // The days of a list that writes 日 once, after the last: 5月15、16、17日, 1、2、3日 (a bare 号 numbers
    // things, as a bare day's does not: 3、4号机组).
    String.raw`(?<![\d.第:：-])\d{1,2}(?=(?:、\d{1,2})*、\d{1,2}日)`,
    // The first year of a list that writes 年 once, after the last: 2023、2024年 (read with it: LISTED_UNIT).
    String.raw`(?<![\d.])(?:19|20)\d{2}(?=、(?:19|20)\d{2}年)`,
    // The first months or quarters of this year (前2月, 前三季度), a quarter (Q3), a year's half (2025H1; H2 alone is hydrogen), within this year (年内)
    // and, opening a clause (在 too), the first months of it (前11个月，…) or after the place it is of (全区前8个月).
    String.raw`(?<![${CN_DIGIT}十\d此之以日提事])[前首](?:\d{1,2}|十[一二]?|[一二两三四五六七八九])月|(?<=(?:^|[\s，,。；;：:、(（“"])在?|全[国省市区县]|[本我该][省市区县]|[\u4e00-\u9fff][市区县])前(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])个月(?![内里])|(?<![${CN_DIGIT}十${WORD_BEFORE_QIAN}])[前首][一二两三]季度?(?!节)|(?<![A-Za-z\d])(?:(?:\d{4}年?)?Q[1-4]|\d{4}年?H[12])(?![A-Za-z\d])|(?<![\d${CN_DIGIT}十百千几数多半财青全少成中老每近当新往])年内(?![容地])`,
    `${NOT_BEFORE}${NOT_DURATION}${LOST_MONTH}${NOT_AFTER}${DAY_WEEKDAY}${CLOCK}?`,
    // A bare day, and days of the month named last (峰会于19至21日举行); not a settlement day (T+1日).
    String.raw`${NOT_BEFORE}${NOT_DURATION}(?<![\d.+＋])(?:\d{1,2}(?:-|~|〜|—|至|到))?\d{1,2}日${NOT_AFTER}${DAY_WEEKDAY}${CLOCK}?`,
    // …in Chinese numerals only listed after a date (十月十日、十一日): alone, 十日 is ten days.
    String.raw`(?<=[日号]、)${CN_DAY}[日号]${NOT_AFTER}`,
    `(?:${REL_DAY}|${WEEKDAY})${CLOCK}?`,
    // As Taiwan writes this day and year: 昨(25)日, 今(2025)年.
    String.raw`[今昨明前去]\((?:\d{1,2}\)日|\d{4}\)年)`,
    // A quarter without 度, where its figures follow: 第3季营收, and the first as Hong Kong and Taiwan say it: 首季营收, 首季收益, 首季新股集资额.
    // (…or a few words on: 首季AI服务器营收, 香港市场首季同店销售, 第一季EPS, 第四季组装价格; or adjusted: 第三季经调整物业EBITDA.)
    String.raw`(?<![\d${CN_DIGIT}])(?:第[一二三四1-4]|(?<![年度])首)季(?!度)(?=营收|营业|财报|业绩|获利|净利|毛利|合并|出货|每股|营运|经营|经调整|税后|新股|收益|收入|纯利|盈利|法说|[末底初]|[^，,。；;\n季]{0,6}?(?:营收|销售|销量|出货|EPS|EBITDA|每股|净利|获利|收益|纯利|价格|利润))`,
    `${FESTIVALS}${DAY_PART}?`,
    // Not 上一季度 (the quarter before: relative), nor 同一季度 (the same quarter).
    // (Not half a year after something, a duration: 离任后半年内.)
    `(?:年初(?!步)|年底|年末(?!期)|年终(?![奖总止])|岁末|[上下]半年(?:度|末)?|前半年|(?<![任职届满])后半年(?!内)|(?<![上下])(?<!同(?=一))${QUARTER})`,
    // The start or end or a third of this month (月底, 下旬); 每月底 recurs every month, 月底薪 is a base salary.
    String.raw`(?<![每岁\d${CN_DIGIT}十元个本上下同当次])月(?:初|底(?!薪)|末)|(?<![月\d])(?:上中|中下|[上中下])旬`,
    String.raw`${DAY_PART}${TIME}|(?<![当今昨前明每傍夜])[早晚](?=\d{1,2}[时点])${TIME}|(?<![\d.])\d{1,2}时(?:\d{1,2}分)?(?![\d间期代候刻])整?|(?<![\d.])\d{1,2}点\d{1,2}分|(?<=${DAY_PART}\d{1,2}[时点](?:\d{1,2}分|半)?(?:至|到|—|~|-))\d{1,2}点(?:\d{1,2}分|半)?(?![\d多])|(?<![\d.:]|比[为达是]?|比例为?|比分|比值)\d{1,2}:\d{2}(?::\d{2})?(?![\d:])`,
  ],
  // Each alternative that starts with a digit refuses one before it ((?<![\d.]), Q3's (?<![A-Za-z\d])).
  { first: String.raw`\d`, after: String.raw`\d` },
);

/**
 * A fiscal year's months where the text says when it ends, in brackets after it or before it:
 * 2024财年（截至2025年3月31日） and 截至2025年3月的2024财年 are 2024-04/2025-03. Its name alone says no months.
 */
function fiscalYearEnding(said: string, text: string, start: number, end: number): string | undefined {
  const fy = FISCAL_YEAR.exec(said);
  if (!fy) return undefined;
  const m = FISCAL_END_AFTER.exec(text.slice(end, end + 16)) ?? FISCAL_END_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  const [year, month] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!(month >= 1 && month <= 12) || (year !== Number(fy[1]) && year !== Number(fy[1]) + 1)) return undefined;
  const first = new Date(Date.UTC(year, month - 12, 1));
  return `${iso(first.getUTCFullYear(), first.getUTCMonth() + 1)}/${iso(year, month)}`;
}
const FISCAL_YEAR = /^((?:19|20)\d{2})财年$/;
const FISCAL_END_AFTER = /^[（(]截至((?:19|20)\d{2})年(\d{1,2})月/;
const FISCAL_END_BEFORE = /截至((?:19|20)\d{2})年(\d{1,2})月(?:\d{1,2}日)?的$/;

/** 国庆 after a foreign country (澳国庆日, 美国国庆) is that country's national day, not 10月1日. */
const FOREIGN = /(?:[澳美英法德俄日韩印泰越朝缅菲墨巴埃]|(?<![我中祖全举两])国)$/;

/** A match that is a clock time alone: 11时, 9:30. */
const CLOCK_START = /^\d{1,2}(?:[时点]|:\d)/;
/** 当晚, 7月7日晚 before a clock time, or before a weekday in brackets first (7月7日晚（星期一）7时30分). */
const EVENING_BEFORE = /[晚夜](?:[（(][^（()）]{1,4}[)）])?$/;

/** 今年的, 去年的 before a holiday (or 去年 before its quoted name, 去年“五一”): the year it is in. */
const OF_YEAR = /([今去明前])年的?[“"]?$/;

/** 同年, 当年 before a date without its year: the year the text named last (2023年6月9日…同年7月3日). */
const SAME_YEAR = /(?:同|当)年$/;
const CONTEXT_YEAR_START = /^(?:同|当|次|翌)年/;
/** A reference date anywhere in `year`, for a date the text puts in that year. */
const inYear = (year: number): RefDate => ({ year, month: 12, day: 31 });
const LISTED_MONTH_START = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/;
/** What joins the items of a list of dates, or of dates one of which is meant (2026年1月或3月). */
const LIST_JOIN = /^(?:、|和|及|与|以及|或|或者)$/;
/** Where a name may start: after a pause, a colon or a space, after a role of the press (编辑：蒋立冬, 记者刘冬至) or an appointment's verb (补选赵/国庆为副董事长). */
const NAME_OPENER = new RegExp(`(?:^|[^\\u4e00-\\u9fff]|${PRESS_ROLE}|补选|选举|任命|聘任|推选|提名|聘请)$`);

/** Tags of a surname's character used as a word of its own: 于/p 春节期间, 向/p 国庆献礼. */
const FUNCTION_WORD = new Set(['p', 'd', 'c', 'r', 'u', 'uj', 'ul', 'v', 'f', 'm', 'q']);

/** What follows a person's name, not a holiday's: speech, a family, a form of address (游客刘国庆说, 刘国庆一家). */
const PERSON_AFTER = /^(?:说|表示|告诉|介绍|坦言|称|笑着|一家|先生|女士|老人|师傅)/;

/** Whether the holiday or solar term at `at` is a given name after a lone surname: 蒋立冬, 王国庆, 刘冬至. */
function givenNameAfterSurname(text: string, at: number, end: number, idx: TokenIndex): boolean {
  return at > 0 && SINGLE_SURNAMES.at(text, at - 1) && !FUNCTION_WORD.has(idx.at(at - 1)?.tag ?? '') && (NAME_OPENER.test(text.slice(Math.max(0, at - 4), at - 1)) || PERSON_AFTER.test(text.slice(end, end + 2)));
}

/** The 日, 月 or 年 a listed day, month or year shares with the next item: 15、16日, 2023、2024年. */
const LISTED_UNIT = new RegExp(`^(?:、\\d{1,2}(?=、))*、(\\d{4}(?=年)|\\d{1,2}|${CN_DAY})([日号月年])`);
/** A year written out in digits or numerals: 2024年, 二〇二四年, 2024-05-01. */
const WRITTEN_YEAR = /^[\d〇○零一二三四五六七八九]{4}/;

/** Whether the last item of a list (`next`) comes one to `within` after the number `first` ends with: 5、6月, 15、16日, 2023、2024年. */
function listedSoonAfter(first: string, next: string, within: number): boolean {
  const gap = parseNumber(next)! - parseNumber(/(\d{1,4}|[一二三四五六七八九十]{1,2})$/.exec(first)![1]!)!;
  return gap >= 1 && gap <= within;
}

const ROC_YEAR_START = new RegExp(`^${ROC_YEAR}年`);
const TAIWAN_MARKS = /民国|新台币/;
const ROC_YEAR_ONLY = new RegExp(`^${ROC_YEAR}$`);
/** A third of a month, with no month of its own. */
const TEN_DAYS = /^(?:上中|中下|[上中下])旬$/;
/** Between two dates, these make one range: 5月7日至8日, 7月1日起至9月30日, 1996年—1998年, 12月至次年3月 (the next year's, as any earlier month after a later one), 22:00至次日8:00. */
const RANGE_JOIN = /^(?:起?(?:至|到)(?:次年|翌年|次日)?|(?:—|–|-|~|〜)(?:次日)?)$/;

export interface Parsed {
  year?: number;
  month?: number;
  day?: number;
  /** Whether the text names its year itself (2025年, 去年) rather than taking the dateline's. */
  ownYear?: boolean;
  /** ISO value when one can be given. */
  value?: string;
}

export const recognizeDates: Recognizer = ({ text, tokens, traditional }) => {
  // A futures contract's code glued onto the date after it is read as a space (PS25087月10日, LC25092025年6月3日, CF5099月1日),
  // and so is a Latin name's last word (Entertainment5月1日): the date is the rest.
  const folded = foldWidth(text).replace(GLUED_BEFORE_DATE, (code) => ' '.repeat(code.length));
  const ref = findDateline(text);
  const idx = TokenIndex.of(tokens, text.length);
  // (Taiwan's news in simplified script shows itself by the Republic's era or the island's dollar.)
  const taiwanese = traditional || TAIWAN_MARKS.test(text);
  const found: Array<{ start: number; end: number; parsed: Parsed; source: string; listed?: boolean }> = [];
  let last: Parsed | undefined; // the latest date with a month: a bare 22日 continues it
  let lastDay: Parsed | undefined; // …the latest with a day first: 11月18日电…5月就任…18日 is in November
  let lastEnd = -1; // …and where it ends
  let lastYear: number | undefined; // the latest year a date names itself: 同年7月3日 is in it
  let lastYearEnd = -1; // …and where that date ends
  for (const m of scan(DATES, folded)) {
    // A clock time after 当晚 or 深夜 is in the evening: 当晚11时 is 23:00.
    const evening = CLOCK_START.test(m[0]) && EVENING_BEFORE.test(folded.slice(Math.max(0, m.index - 8), m.index));
    // A holiday or a solar term inside a name the segmenter kept whole is the name's: 陈立春/x, 王国庆/nr.
    // (Not the verb 过 glued on: 过小年/nr.)
    if (FESTIVAL_ONLY.test(m[0]) && NAME_TOKEN_TAGS.has(idx.at(m.index)?.tag ?? '') && idx.at(m.index)!.start < m.index && !/^过./.test(idx.at(m.index)!.word)) continue;
    // …and one after a lone surname the segmenter cut it from, in a credit or after a role (图片编辑：蒋/立冬, 记者刘/冬至), or before speech (游客刘/国庆说).
    if (FESTIVAL_ONLY.test(m[0]) && givenNameAfterSurname(folded, m.index, m.index + m[0].length, idx)) continue;
    // A day whose 日 the segmenter read as Japan's first character is none: Switch/eng 2/x 日本/ns 售价.
    if (folded[m.index + m[0].length - 1] === '日' && idx.at(m.index + m[0].length - 1)?.word === '日本') continue;
    // A year of three digits (before a month, 度, a quarter or a pause) is the Republic's in Taiwan's news (114年6月 is 2025-06,
    // 111年度 2022); elsewhere no year.
    if (!taiwanese && ROC_YEAR_START.test(m[0])) continue;
    // 下月 from the end of a word is none: 旗下/月饼; but 比上/x 月 is 比 and 上月, a comparison with last month (自下/x 月 too).
    if (/^[上下]月/.test(m[0]) && !idx.isBoundary(m.index) && !COMPARED_WITH.test(folded.slice(m.index - 1, m.index + 1))) continue;
    // 明日 inside a word is none: 光明日报, 说明/日常; nor 明早, 今早 across words: 说明/早已, 如今/早已.
    if (/^(?:明[日早晚晨]|今早)/.test(m[0]) && !(idx.isBoundary(m.index) && idx.isBoundary(m.index + 2))) continue;
    // 前天, 后天 from the end of a word are none: 目前/天通, 此前/天气, 今后/天天; nor is one whose 天 starts the next word: 投产/后/天津.
    if (/^[前后]天/.test(m[0]) && (!idx.isBoundary(m.index) || !idx.isBoundary(m.index + 2))) continue;
    // A holiday across two words is none: 其中/秋粮.
    if (FESTIVAL_ONLY.test(m[0]) && (idx.at(m.index)?.start ?? m.index) < m.index && (idx.at(m.index + m[0].length - 1)?.end ?? 0) > m.index + m[0].length) continue;
    // 一周三单, 每周两次: the 周 of a week and a count, no weekday.
    if (/^周[一二三四五六日天]$/.test(m[0]) && /[一两每几]/.test(folded[m.index - 1] ?? '') && COUNTED.test(folded[m.index + 2] ?? '')) continue;
    // 2024年，…较上年增长: 上年 is the year before the one the sentence is about, not the dateline's.
    const sameYear = lastYear !== undefined && (SAME_YEAR.test(folded.slice(Math.max(0, m.index - 2), m.index)) || (/^上一?年/.test(m[0]) && inOneSentence(folded, lastYearEnd, m.index)));
    // 今年的春节 is this year's, whatever half of the year the dateline is in (去年的 last year's).
    const ofYear = ref && isFestival(m[0]) ? OF_YEAR.exec(folded.slice(Math.max(0, m.index - 4), m.index)) : null;
    // 同年8月, 次年3月: of the year named last (次年: its year is the one after it); at a range's end, of
    // the range's start (11月15日至次年3月15日).
    const prev = found[found.length - 1];
    const contextYear = CONTEXT_YEAR_START.test(m[0]);
    const rangeStart = contextYear && prev && RANGE_JOIN.test(folded.slice(prev.end, m.index)) ? prev.parsed.year : undefined;
    const base = contextYear ? (rangeStart ?? lastYear ?? last?.year) : undefined;
    // 2025年5月、6月: a month listed after a dated one is in its year; so is a holiday (2025年国庆、中秋), from its start;
    // and so is every later item of the list (2023年4月28日、8月30日和10月27日).
    const afterDated = prev && (prev.parsed.ownYear || prev.listed || /^\d{4}年/.test(folded.slice(prev.start, prev.end))) && LIST_JOIN.test(folded.slice(prev.end, m.index)) ? prev.parsed.year : undefined;
    const listedYear = LISTED_MONTH_START.test(m[0]) ? afterDated : undefined;
    const listedHoliday = afterDated !== undefined && FESTIVAL_ONLY.test(m[0]) ? { year: afterDated, month: 1, day: 1 } : undefined;
    const at = contextYear ? (base === undefined ? undefined : inYear(base)) : listedYear !== undefined ? inYear(listedYear) : listedHoliday ? listedHoliday : sameYear ? inYear(lastYear!) : ofYear ? { year: ref!.year + REL_YEARS[ofYear[1]!]!, month: 1, day: 1 } : ref;
    // 5月15、16日: the first day is read with the 日 written after the last.
    const listed = /[\d一二三四五六七八九十]$/.test(m[0]) ? LISTED_UNIT.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 16)) : null;
    const unit = listed?.[2] ?? '';
    // (A list's own numbering is no month or day: 1、7月8日, 1、12日. Listed months, bare days and years
    // follow each other closely: 5、6月, 15、16日, 2023、2024年.)
    const within = unit === '月' ? 3 : unit === '年' ? 5 : /^\d{1,2}$/.test(m[0]) ? 10 : 0;
    if (listed && within && !listedSoonAfter(m[0], listed[1]!, within)) continue;
    // (12月31日前 in a report of early January is a deadline ahead, not last December.)
    const deadline = DEADLINE_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 2));
    // (A later month of the dateline's year is a plan, which news does not go on in: 新华社北京6月16日电…暑运7月1日至8月31日。
    // \n国航15日晚间发布公告 is the 15th of June. A related item's own date goes on in the next: 2022-10-14\n…截至13日.)
    // (Asked last, and only when needed: the search back for a newline runs at every date otherwise.)
    const newParagraph = () => folded.lastIndexOf('\n', m.index) > lastEnd;
    if (ref && last?.year === ref.year && (last.month ?? 0) > ref.month && newParagraph()) last = lastDay = { ...ref };
    // (…and a bare day up to the dateline's, opening the dates of a paragraph after an earlier month's, is of the dateline's month:
    // dateline 2024-12-04, …10月17日表示…⏎…股价3日下跌 is 12月3日.)
    const bareDay = BARE_DAY.exec(m[0]);
    if (ref && bareDay && last?.year === ref.year && last.month !== undefined && last.month < ref.month && Number(bareDay[1]) <= ref.day && newParagraph()) last = lastDay = { ...ref };
    // (…and one after a date ahead that something starts from or must be done by, which news does not go on in:
    // 11月28日电…新版目录自2025年1月1日起正式执行。…国务院新闻办公室28日下午3时 is the 28th of November.)
    if (ref && bareDay && last?.year !== undefined && last.month !== undefined && (last.year > ref.year || (last.year === ref.year && last.month > ref.month)) && BOUND_AFTER.test(folded.slice(lastEnd, lastEnd + 2))) last = lastDay = { ...ref };
    const parsed = parseDate((evening ? '晚' : '') + m[0] + unit, at, lastDay ?? last, deadline);
    if (!parsed) continue;
    // 去年同期 after 今年一季度 in its sentence is that period a year before (2024-01/2024-03), not the whole year.
    if (SAME_PERIOD_BEFORE.test(m[0]) && prev && !SENTENCE_END.test(folded.slice(prev.end, m.index)) && MONTHS_VALUE.test(prev.parsed.value ?? '')) {
      // (…of a span of months read as two dates so far: 今年1月/至/2月 is 2025-01/2025-02.)
      const from = found[found.length - 2];
      const span = from && RANGE_JOINER.test(folded.slice(from.end, prev.start)) && MONTH_VALUE.test(from.parsed.value ?? '') && MONTH_VALUE.test(prev.parsed.value ?? '') ? `${from.parsed.value}/${prev.parsed.value}` : prev.parsed.value!;
      parsed.value = span.replace(/\d{4}/g, (y) => pad(Number(y) - 1, 4));
    }
    // 2025年8月12日（星期二）: a weekday in brackets after a date names that date, when it is its weekday.
    // (…and one said to be its day: 6月1日恰逢周日.)
    const clockAlone = CLOCK_VALUE.test(parsed.value ?? '');
    const bracketed = prev && (BRACKET_OPEN.test(folded.slice(prev.end, m.index)) || (FALLS_ON.test(folded.slice(prev.end, m.index)) && weekdayOf(prev.parsed, m[0]) !== undefined));
    // (Without a year to check it by, it is that day as the date says it: 6月16日（周一） is --06-16.)
    if (parsed.value === undefined && bracketed) parsed.value = weekdayOf(prev.parsed, m[0]) ?? (prev.parsed.year === undefined && YEARLESS_DAY.test(prev.parsed.value ?? '') && weekdayAlone(m[0]) ? prev.parsed.value : undefined);
    // 2025年6月16日（周一）上午10:00: a clock time right after a dated weekday in brackets is that day's.
    else if (parsed.value?.startsWith('T') && prev && AFTER_BRACKET.test(folded.slice(prev.end, m.index)) && FULL_DAY.test(prev.parsed.value ?? '')) parsed.value = prev.parsed.value + parsed.value;
    // 华为于12月4日举行发布会，上午10时08分…: a clock time alone is of the day named a few words before it in its sentence
    // (not across a range's joiner, 22时至次日6时, nor after a holiday, a time in it: 国庆节期间，11:00至14:00, nor a deadline's or a start's day: 12月31日前).
    else if (clockAlone && !WEEKDAY_WORD.test(m[0]) && prev && FULL_DAY.test(prev.parsed.value ?? '') && !FESTIVAL_ONLY.test(folded.slice(prev.start, prev.end)) && m.index - prev.end <= 12 && !TIME_JOINED.test(folded.slice(prev.end, m.index)) && !BOUND_AFTER.test(folded.slice(prev.end, prev.end + 2)) && inOneSentence(folded, prev.end, m.index)) parsed.value = `${prev.parsed.value}${parsed.value}`;
    // 当日14时05分, 当天上午10时: a clock time on "that day" is of the last day the text named in full, in its paragraph
    // (not a deadline or a start: 12月31日前完成…；当日下午3时 is another day).
    else if (clockAlone && THAT_DAY_BEFORE.test(folded.slice(Math.max(0, m.index - 2), m.index)) && lastDay === last && DAY_START.test(lastDay?.value ?? '') && !BOUND_AFTER.test(folded.slice(lastEnd, lastEnd + 2)) && !newParagraph()) parsed.value = `${lastDay!.value!.slice(0, 10)}${parsed.value}`;
    // 周二 in a report dated Wednesday 30 April is the Tuesday of its week, the 29th.
    else if ((parsed.value === undefined || parsed.value.startsWith('T')) && ref) parsed.value = dayOfDatelineWeek(ref, m[0]) ?? parsed.value;
    // (Only a year written out names one: not 上年 itself, nor 去年 before 上年同期.)
    // (次年3月 names the year after, which a later 同年 is.)
    if (parsed.year !== undefined && (((parsed.ownYear || /^\d{4}-/.test(m[0])) && WRITTEN_YEAR.test(m[0])) || contextYear)) [lastYear, lastYearEnd] = [parsed.year, m.index + m[0].length];
    if (m[0].startsWith('国庆') && FOREIGN.test(folded.slice(Math.max(0, m.index - 3), m.index))) delete parsed.value;
    // A bare day continues the last month named, not a holiday's or a lunar date's (春节…25日 is
    // the 25th of the dateline's month).
    if (parsed.month !== undefined && !FESTIVAL_ONLY.test(m[0]) && !LUNAR_ONLY.test(m[0])) {
      last = parsed;
      lastEnd = m.index + m[0].length;
      if (parsed.day !== undefined) lastDay = parsed;
    }
    if (parsed.value === undefined) parsed.value = fiscalYearEnding(m[0], folded, m.index, m.index + m[0].length);
    found.push({ start: m.index, end: m.index + m[0].length, parsed, source: sourceOf(m[0]), listed: listedYear !== undefined || listedHoliday !== undefined });
  }
  // 周一（6月16日）, 今日（3月28日）: a weekday or a day named by its distance from today is the date in brackets after it.
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (b.parsed.day !== undefined && BRACKET_OPEN.test(folded.slice(a.end, b.start)) && BRACKET_CLOSE.test(folded[b.end] ?? '') && DAY_BY_NAME.test(folded.slice(a.start, a.end))) a.parsed.value = b.parsed.value;
  }
  const out: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && RANGE_JOIN.test(folded.slice(a.end, b.start))) {
      // 3月上旬至下旬: a third of a month alone ends in the start's month, not the dateline's.
      // 2024年第一季度至第三季度: a quarter or half with no year of its own is in the start's, not the dateline's.
      const bText = folded.slice(b.start, b.end);
      const aYear = yearOf(a.parsed);
      const bYear = !b.parsed.ownYear && aYear !== undefined && YEARLESS_PERIOD.test(bText) ? parseDate(bText, { year: aYear, month: 1, day: 1 }) : undefined;
      // 22:00至次日6:00: the end is on the day after the start's.
      const nextDay = folded.slice(a.end, b.start).endsWith('次日');
      // 1月至10月 in a report of 18 November: months of one year said without it are in the end's year, as 1-10月 is (not next January's).
      if (!a.parsed.ownYear && !b.parsed.ownYear && a.parsed.year !== undefined && b.parsed.year !== undefined && a.parsed.year !== b.parsed.year && (a.parsed.month ?? 13) <= (b.parsed.month ?? 0)) {
        a.parsed = { ...a.parsed, year: b.parsed.year, value: a.parsed.value?.replace(/^\d{4}/, pad(b.parsed.year, 4)) };
      }
      const end = TEN_DAYS.test(bText) && a.parsed.month !== undefined ? a.parsed.value?.split('/').pop() : rangeEnd(a.parsed, bYear ?? b.parsed, nextDay);
      // 70年代到90年代: from the start of the first period to the end of the last, 1970/1999.
      // (晚上12点到凌晨2点: a clock time alone that starts at midnight starts the night, T00:00.)
      const [from, to] = [a.parsed.value?.split('/')[0]?.replace(/^T24:00$/, 'T00:00'), end?.split('/').pop()];
      const value = from && to ? (from === to ? from : `${from}/${to}`) : undefined;
      // 周一至周五9:00-12:00: the hours after a range of days are its own.
      const c = found[i + 2];
      const hours = c && /\d:\d{2}$/.test(folded.slice(b.start, b.end)) && /^T[\d:]+$/.test(c.parsed.value ?? '') && RANGE_JOIN.test(folded.slice(b.end, c.start));
      out.push(candidate(a.start, hours ? c.end : b.end, 'rule:date-range', hours ? undefined : value));
      i += hours ? 2 : 1;
    } else {
      out.push(candidate(a.start, a.end, a.source, a.parsed.value));
    }
  }
  return out;
};

/** The year a date names, or its value starts with (2025年Q1 is 2025-01/2025-03). */
const yearOf = (p: Parsed): number | undefined => p.year ?? (Number(/^(\d{4})-/.exec(p.value ?? '')?.[1]) || undefined);

/** A quarter or a half of a year, without its year: 第三季度, Q3, 下半年. */
const YEARLESS_PERIOD = /^(?:第?[一二三四1-4]季度?|Q[1-4]|H[12]|[上下]半年)$/;

/**
 * The value of a range's second date. Without a year of its own it is in the first date's year,
 * or the next when its month comes earlier (1998年12月30日至1月2日).
 */
function rangeEnd(a: Parsed, b: Parsed, nextDay: boolean): string | undefined {
  if (b.value?.startsWith('T') && a.value?.includes('T')) return clockEnd(a.value, b.value, nextDay);
  // 2023年1月至今年5月 without a dateline: the end names a year we cannot number.
  if (b.ownYear && b.year === undefined) return undefined;
  if (!b.value || b.ownYear || a.year === undefined || b.month === undefined || a.month === undefined) return b.value;
  // A month earlier than the first one is in the next year.
  const year = pad(a.year + (b.month < a.month ? 1 : 0), 4);
  return b.value
    .split('/')
    .map((v) => (v.startsWith('--') ? `${year}-${v.slice(2)}` : v.replace(/^\d{4}-/, `${year}-`)))
    .join('/');
}

/**
 * The end of 下午2时至4时 is 16:00, on the day of the start when it has one; after 次日 it is on
 * the next day (6月10日22时至次日6时), or the clock time alone, earlier than the start (a daily
 * period that runs past midnight: 谷段22:00—次日8:00 is T22:00/T08:00).
 */
function clockEnd(a: string, b: string, nextDay: boolean): string {
  const [day, from] = a.split('T');
  if (nextDay) return day ? `${followingDay(day)}${b}` : b;
  const [ah, bh] = [Number(from.slice(0, 2)), Number(b.slice(1, 3))];
  const hour = ah >= 12 && bh < 12 && bh + 12 > ah ? bh + 12 : bh;
  return `${day}T${pad(hour, 2)}${b.slice(3)}`;
}

/** The day after an ISO day, with its year or without (--06-30 → --07-01, in a common year). */
function followingDay(day: string): string {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const d = new Date(Date.UTC(m[1] === '-' ? 2001 : Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
  return m[1] === '-' ? iso(undefined, d.getUTCMonth() + 1, d.getUTCDate()) : isoOf(d);
}

function candidate(start: number, end: number, source: string, value: string | undefined): Candidate {
  return { start, end, label: 'DATE', source, ...(value ? { attrs: { value } } : {}) };
}

function sourceOf(said: string): string {
  const s = said.replace(DAY_PART_AT_END, '') || said; // 正月初八上午 is a lunar date, 中秋晚上 a festival
  if (/^\d{4}([-/.])\d{1,2}\1\d/.test(s) || /^(?:\d{4}-\d{2}|\d{2}-\d{2}(?: \d{1,2}:\d{2})?)$/.test(s)) return 'rule:date-iso';
  if (LUNAR_ONLY.test(s)) return 'rule:date-lunar';
  if (/世纪|年代/.test(s)) return 'rule:date-decade';
  if (/财年|财政年度$/.test(s)) return 'rule:date-fiscal';
  if (/[\d日月年][-~〜—–至到]\d/.test(s)) return 'rule:date-range';
  if (/^(?:[^年]{1,4}年)?\d{3,4}日/.test(s)) return 'rule:date-lost-month';
  if (/^(?:今|去|明|前|上|本|下)[年月天日晨晚夜个春夏秋冬明]|^[昨后][天日晨晚夜]/.test(s) && !/^前\d/.test(s)) return 'rule:date-relative';
  if (/年.*[月日]/.test(s)) return 'rule:date-ymd';
  if (/[月日号]/.test(s) && !/^前/.test(s)) return 'rule:date-md';
  if (isFestival(s)) return 'rule:date-festival'; // (小年 before a year's 年)
  if (/^[^年]+年$/.test(s) || /^\d{4}$/.test(s)) return 'rule:date-year';
  if (/周|星期|礼拜/.test(s)) return 'rule:date-weekday';
  if (/[时点:]/.test(s)) return 'rule:date-time';
  return 'rule:date-period';
}

const HALF_YEAR = 183 * 24 * 3600 * 1000;
const REL_YEARS: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 明: 1, 前: -2 };
const REL_DAYS: Record<string, number> = { 今: 0, 昨: -1, 明: 1, 前: -2, 后: 2 };
/**
 * Whether a holiday said without its year, at `time` in the dateline's year, means next year's:
 * it is more than half a year past (元旦 in a page of 2025-12-29 is 2026-01-01; news speaks of
 * last year's with 去年).
 */
function meansNextYear(time: number, year: number | undefined, ref: RefDate | undefined, hadYear: boolean): boolean {
  return !hadYear && ref !== undefined && year === ref.year && time < Date.UTC(ref.year, ref.month - 1, ref.day) - HALF_YEAR;
}

const TEN_MONTHS = 300 * 24 * 3600 * 1000;
/** A day said without its month: 3日, 15日晚. */
const BARE_DAY = /^(\d{1,2})日/;
/** What makes a date a deadline: 12月31日前, 之前. */
const DEADLINE_AFTER = /^(?:前|之前|以前)/;

/** -1, 0 or 1: the year from the dateline's of a month it names without one (the middle of the month). */
function yearAcross(ref: RefDate, month: number): number {
  const gap = Date.UTC(ref.year, month - 1, 15) - Date.UTC(ref.year, ref.month - 1, ref.day);
  return gap > TEN_MONTHS ? -1 : gap < -TEN_MONTHS ? 1 : 0;
}

/**
 * The value of a day whose Gregorian date moves from year to year, a lunar date or holiday or a
 * solar term, in the year said or the dateline's (中秋 → 2025-10-06, 冬至 → 2025-12-21, 春节前一天 →
 * 2025-01-28, 腊月 → its days); only the year said where the tables end. Undefined for other names.
 */
function movingDayValue(name: string, dayBefore: boolean, year: number | undefined, ref: RefDate | undefined, hadYear: boolean): Parsed | undefined {
  const lunar = lunarDayOf(name);
  if (!lunar && !isSolarTerm(name)) return undefined;
  if (year === undefined) return {};
  const isPast = (date: Date) => meansNextYear(date.getTime(), year, ref, hadYear);
  let date: Date | undefined;
  if (lunar) {
    const lunarYear = lunarYearFor(lunar, year, isPast);
    date = lunarToGregorian(lunarYear, dayBefore ? { ...lunar, shift: (lunar.shift ?? 0) - 1 } : lunar);
    const end = lunar.day === undefined ? lunarMonthEnd(lunarYear, lunar) : undefined;
    if (date && end) return { value: `${isoOf(date)}/${isoOf(end)}` };
  } else {
    date = solarTermDate(name, year);
    if (date && isPast(date)) date = solarTermDate(name, year + 1);
    if (date && dayBefore) date = new Date(date.getTime() - 24 * 3600 * 1000);
  }
  if (!date) return hadYear ? { year, ownYear: true, value: pad(year, 4) } : {};
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), value: isoOf(date) };
}

/** A date with its month and day, or its year and month, starting where another word may be glued on before it: 7月10日, 2025年6月. */
export const MONTH_AND_DAY_AHEAD = String.raw`(?:19|20)\d{2}年\d{1,2}月|(?:[1-9]|1[0-2])月\d{1,2}日`;
/** A contract code (letters and its delivery year and month) or a Latin word of three letters or more right before a date. */
const GLUED_BEFORE_DATE = new RegExp(String.raw`(?<![A-Za-z])(?:[A-Z]{1,2}\d{3,4}|[A-Za-z]{3,})(?=${MONTH_AND_DAY_AHEAD})`, 'g');
const YEARLESS_DAY = /^--\d{2}-\d{2}$/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A value of a clock time alone: T10:08. */
const CLOCK_VALUE = /^T[\d:]+$/;
/** A value that starts with a day of the calendar: 2025-03-20, 2025-03-20T09:00. */
const DAY_START = /^\d{4}-\d{2}-\d{2}/;
/** What makes a date a bound, not a day something happens on: 前, 以前, 起, 后. */
const BOUND_AFTER = /^(?:[前起后]|以[前后]|之[前后])/;
/** "That day", before a clock time: 当日, 当天, 同日. */
const THAT_DAY_BEFORE = /(?:当日|当天|同日)$/;
/** A measure word after a number: 单, 次, 场 (三单, 两次). */
const COUNTED = /[单次场天个家笔起例项趟班轮批]/;
/** A weekday's word: 周, 星期, 礼拜. */
const WEEKDAY_WORD = /周|星期|礼拜/;
/** What joins a clock time to the date before it as a range's end or the next day's: 至, 到, 次日. */
const TIME_JOINED = /(?:至|到|[-—~－]|次日|翌日|首日|当晚|当天|每天|每日|期间)$/;
/** What stands between a weekday in brackets and a clock time after it: the bracket, a space. */
const AFTER_BRACKET = /^[)）]\s?$/;

/** A weekday said by its name alone (星期二, 周二, 礼拜二), with its day's character; null for anything more. */
function weekdayAlone(said: string): RegExpExecArray | null {
  const m = WEEKDAY_NAMED.exec(said);
  return m && m[0] === said ? m : null;
}

/** The ISO date of `date` if `weekday` (星期二, 周二) is its day of the week. */
function weekdayOf(date: Parsed, weekday: string): string | undefined {
  const m = weekdayAlone(weekday);
  if (!m || date.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (d.getUTCDay() || 7) === weekdayNumber(m[1]!) ? isoOf(d) : undefined;
}
/**
 * The ISO date (and clock time) of a weekday said alone (周二, 周四晚间) in the dateline's week, up to the dateline's
 * own day; a later day of the week is unsaid (周五 in Monday's news is last week's or the coming one).
 */
function dayOfDatelineWeek(ref: RefDate, said: string): string | undefined {
  const m = WEEKDAY_NAMED.exec(said);
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay() || 7;
  const weekday = m ? weekdayNumber(m[1]!) : 8;
  const time = m ? clockOf(said.slice(m[0].length)) : undefined;
  if (weekday > today || time === undefined) return undefined;
  return isoOf(new Date(Date.UTC(ref.year, ref.month - 1, ref.day - today + weekday))) + time;
}
/** A weekday by its name, at the start: 星期二, 周二, 礼拜二. */
const WEEKDAY_NAMED = /^(?:星期|周|礼拜)([一二三四五六日天])/;
/** 1 for 一 (Monday) to 7 for 日 or 天 (Sunday). */
const weekdayNumber = (day: string): number => '一二三四五六'.indexOf(day) + 1 || 7;
const isoOf = (date: Date): string => iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

const FIXED_FESTIVALS: Record<string, [number, number]> = {
  元旦: [1, 1], 五一: [5, 1], 十一: [10, 1], 情人节: [2, 14], 妇女节: [3, 8], 植树节: [3, 12], 愚人节: [4, 1], 世界读书日: [4, 23], 世界水日: [3, 22], 世界卫生日: [4, 7], 世界地球日: [4, 22], 世界知识产权日: [4, 26], 世界无烟日: [5, 31], 世界环境日: [6, 5], 世界海洋日: [6, 8], 世界粮食日: [10, 16], 劳动节: [5, 1], 五一节: [5, 1], 青年节: [5, 4],
  儿童节: [6, 1], 建党节: [7, 1], 建军节: [8, 1], 教师节: [9, 10], 国庆: [10, 1], 国庆节: [10, 1], 国庆日: [10, 1], 万圣节: [10, 31],
  双十一: [11, 11], 双11: [11, 11], 双十二: [12, 12], 双12: [12, 12], '6·18': [6, 18], 618: [6, 18], '11.11': [11, 11], '11·11': [11, 11], 平安夜: [12, 24], 圣诞节: [12, 25],
};

/** The first and last day of a day range after its month: 24~26日, 五日至八日. */
const DAY_RANGE_PARTS = new RegExp(`^(\\d{1,2}|${CN_DAY})日?[-~〜—至到](\\d{1,2}|${CN_DAY})[日号]`);

/** A lunar date after its lunar year (农历2023年腊月廿八): the year is the lunar year's. */
const LUNAR_YEAR_DATE = /^(?:农历|阴历)(\d{4}|[〇○零一二三四五六七八九]{4})年(.+)$/;

/**
 * The parts and ISO value of a matched date; undefined when the match is not a real date
 * (13月, 32日). A yearless date takes the dateline's year, or the year across its turn (yearAcross;
 * never back for a `deadline`); a bare day the month of `last`.
 */
export function parseDate(s: string, ref?: RefDate, last?: Parsed, deadline = false): Parsed | undefined {
  let m: RegExpExecArray | null;
  s = s.replace(/^(\d{4})年度(?=第?[一二三四1-4]季)/, '$1年'); // 2025年度第三季度 is 2025年第三季度
  if ((m = LUNAR_YEAR_DATE.exec(s))) {
    const lunar = lunarDayOf(m[2]!);
    const date = lunar && lunarToGregorian(parseNumber(m[1]!)!, lunar);
    return date ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), ownYear: true, value: isoOf(date) } : { year: parseNumber(m[1]!), ownYear: true };
  }
  // 国庆中秋, 圣诞元旦: the days from the earlier holiday to the later (元旦 after 圣诞 is the next year's).
  if ((m = /^(.*?)(圣诞|国庆|中秋)(元旦|新年|中秋|国庆)(.*)$/.exec(s))) {
    const [a, b] = [parseDate(m[1]! + m[2]!.replace(/^圣诞$/, '圣诞节'), ref, last, deadline), parseDate(m[1]! + m[3] + m[4], ref, last, deadline)];
    if (a?.value && b?.month !== undefined && b.value && /^(?:元旦|新年)$/.test(m[3]!)) b.value = rangeEnd(a, { ...b, ownYear: false }, false);
    const [from, to] = [a?.value, b?.value].sort();
    return { ...a, value: from && to && from.length === to.length ? `${from}/${to}` : undefined };
  }
  // 蛇年春节: the festival of the zodiac's year nearest the dateline's (the lunar year starts in its Gregorian year).
  if ((m = /^([鼠牛虎兔龙蛇马羊猴鸡狗猪])年(?=春节|除夕|大年|正月|元宵)(.+)$/.exec(s))) {
    if (!ref) return {};
    const shift = ('鼠牛虎兔龙蛇马羊猴鸡狗猪'.indexOf(m[1]!) - ((ref.year - 2020) % 12) + 18) % 12 - 6; // 2020 was a 鼠年
    return parseDate(`${ref.year + shift}年${m[2]}`, ref, last, deadline);
  }
  if (/[廿卅](?![^日号]*[月年])/.test(s) && !/^(?:农历|阴历|[正腊冬]月)/.test(s)) s = s.replace(/廿/g, '二十').replace(/卅/g, '三十'); // 十月卅日
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T| {0,2})(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s))) {
    const [y, mo, d] = [m[1], m[2], m[3]].map(Number);
    if (!isValidDate(y, mo, d)) return undefined;
    const time = m[4] ? clock(Number(m[4]), Number(m[5]), m[6] ? Number(m[6]) : undefined) : '';
    if (time === undefined) return undefined;
    return { year: y, month: mo, day: d, value: iso(y, mo, d) + time };
  }
  if ((m = /^([今昨明前去])\((\d{1,4})\)([日年])$/.exec(s))) return parseTaiwanRelative(m[1]!, Number(m[2]), m[3] === '年', ref);
  // 上周五, 本周三, 下周一: a day of the week before, of or after the dateline's (weeks start on Monday).
  if ((m = /^(上个?|下个?|本|这)(?:周|星期|礼拜)([一二三四五六日天])$/.exec(s))) {
    if (!ref) return {};
    const weekday = weekdayNumber(m[2]!);
    const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay() || 7;
    const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day - today + weekday + (m[1]!.startsWith('上') ? -7 : m[1]!.startsWith('下') ? 7 : 0)));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), value: isoOf(d) };
  }
  // 2025-09 (a month), or a season over two years (2025-26赛季: the second is no month).
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    const [year, second] = [Number(m[1]), Number(m[2])];
    if (second === (year + 1) % 100) return { value: `${year}/${year + 1}` };
    return { year, month: second, ownYear: true, value: iso(year, second) };
  }
  if ((m = /^(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2}))?$/.exec(s))) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    const time = m[3] ? clock(Number(m[3]), Number(m[4])) : '';
    if (!isValidDate(ref?.year, mo, d) || time === undefined) return undefined;
    return { year: ref?.year, month: mo, day: d, value: iso(ref?.year, mo, d) + time };
  }
  const period = parsePeriod(s, ref);
  if (period !== null) return period;
  if (s === '元年') return { year: 1, ownYear: true, value: '0001' }; // 公元元年
  if ((m = /^(\d{4})[AE]?$/.exec(s))) return { year: Number(m[1]), ownYear: true, value: m[1] }; // 2024赛季, 2025E
  if ((m = /^(\d{4})年?\s?[-—–~至到/]\s?(\d{4}|\d{2}(?=年))(?:年度?)?$/.exec(s))) {
    const to = m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]!;
    return Number(m[1]) < Number(to) ? { value: `${m[1]}/${to}` } : undefined;
  }
  // A school year, of one year or two (2025-26学年: the second year's century is the first's).
  if ((m = /^(\d{4})(?:\s?[-—–~\/至]\s?(\d{4}|\d{2}))?学年度?$/.exec(s))) {
    const to = m[2] === undefined ? undefined : m[2].length === 2 ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[2]);
    if (to === undefined) return { year: Number(m[1]), ownYear: true, value: m[1] };
    return Number(m[1]) < to ? { value: `${m[1]}/${to}` } : undefined;
  }
  if ((m = /^(\d{4})\.(\d{2})$/.exec(s))) return { year: Number(m[1]), month: Number(m[2]), ownYear: true, value: iso(Number(m[1]), Number(m[2])) };
  if ((m = /^(\d{4})\.(\d{1,2})\s?[-—–~至]\s?(\d{4})\.(\d{1,2})$/.exec(s))) {
    const [from, to] = [iso(Number(m[1]), Number(m[2])), iso(Number(m[3]), Number(m[4]))];
    return from < to ? { value: `${from}/${to}` } : undefined;
  }
  if ((m = /^(?:(\d{4})年?)?(?:Q([1-4])|H([12]))$/.exec(s))) {
    const year = m[1] ? Number(m[1]) : ref?.year;
    // A quarter's months, or a half-year's (2025H1: January to June).
    const [first, last] = m[2] ? [Number(m[2]) * 3 - 2, Number(m[2]) * 3] : [Number(m[3]) * 6 - 5, Number(m[3]) * 6];
    return { value: `${iso(year, first)}/${iso(year, last)}` };
  }
  if (/^(?:本|这个|上个|下个|上|下)季度$/.test(s)) return {};
  let rest = s;
  const take = (re: RegExp): RegExpExecArray | null => {
    const r = re.exec(rest);
    if (r) rest = rest.slice(r[0].length);
    return r;
  };
  let year: number | undefined;
  let yearKnown = false; // a zodiac year, or 今年 without a dateline, names a year we cannot number
  if ((m = take(NUMBERED_YEAR))) {
    // 民国115年 is 2026: the Republic's years count from 1912 (民国元年), Japan's eras from their first (令和元年 is 2019).
    // 24年12月 is of this century up to the dateline's next year.
    const era = m[5] ? ERA_FIRST_YEARS[m[5]]! - 1 : 1911;
    const eraYear = m[4] ?? m[6];
    year = m[1] ? parseNumber(m[1]) : m[2] ? undefined : m[3] ? Number(m[3]) : era + (eraYear === '元' ? 1 : (parseNumber(eraYear!) ?? NaN));
    if (m[1] && ROC_YEAR_ONLY.test(m[1])) year = 1911 + Number(m[1]); // 114年6月 (recognizeDates keeps it to Taiwan's news)
    if (m[1]?.length === 2 && year !== undefined) year += year <= ((ref?.year ?? 2025) % 100) + 1 ? 2000 : 1900;
    yearKnown = year !== undefined && !Number.isNaN(year);
  } else if ((m = take(/^(今|去|明|前|上|本)一?年/))) {
    year = ref ? ref.year + REL_YEARS[m[1]] : undefined;
    yearKnown = year !== undefined;
  } else if ((m = take(/^(同|当|次|翌)年/))) {
    // `ref` is the year named last here (recognizeDates).
    year = ref ? ref.year + (m[1] === '次' || m[1] === '翌' ? 1 : 0) : undefined;
    yearKnown = year !== undefined;
  } else if (take(/^[鼠牛虎兔龙蛇马羊猴鸡狗猪]年/)) {
    yearKnown = false;
  } else if (ref) {
    year = ref.year;
    yearKnown = /^(?:年|岁|上半年|下半年|前半年|后半年|第?[一二三四1-4]季|[一1][至到\-—][二三四2-4]季|[前首][^天])/.test(rest); // 年初, 一季度, 第3季, 一至三季度, 前三季度: of this year
  }
  const hadYear = s !== rest;
  const moving = movingDayValue(rest.replace(FESTIVAL_TAIL, '').replace(DAY_PART_AT_END, ''), rest.endsWith('前一天'), year, ref, hadYear);
  if (moving) return moving;
  if ((m = /^[前首](?:([一二两三])季度?|(.+?)个?月)$/.exec(rest))) {
    const n = parseNumber(m[1] ?? m[2]);
    const last = m[1] ? n && n * 3 : n;
    if (!last || last > 12) return undefined;
    const y = yearKnown ? year : undefined;
    return { year, value: `${iso(y, 1)}/${iso(y, last)}` };
  }
  let month: number | undefined;
  let day: number | undefined;
  if ((m = take(/^(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])[-—–~至到](\d{1,2}|十[一二]?|[一二三四五六七八九])|([一二三四五六七八九]|十一)([二三四五六七八九]|二))月份?$/))) {
    const [from, to] = m[1] ? [parseNumber(m[1])!, parseNumber(m[2])!] : [parseNumber(m[3])!, parseNumber(m[3] === '十一' ? '十二' : m[4])!];
    if (!from || from >= to || to > 12 || (m[3] && to !== from + 1)) return undefined;
    const y = yearKnown || !hadYear ? year : undefined;
    return { year, value: `${iso(y, from)}/${iso(y, to)}` };
  } else if ((m = take(/^(\d{1,2}|[一二三四五六七八九十]{1,2}|元)月份?/))) {
    month = m[1] === '元' ? 1 : parseNumber(m[1]);
    if (!month || month > 12) return undefined;
  } else if ((m = take(/^(本|这个|上个|下个|上|下|)月(?=[初底末])/) ?? take(/^(本|这个|上个|下个|上|下)月/) ?? /^()(?:上中|中下|[上中下])旬$/.exec(s))) {
    if (!ref) return {};
    const shifted = new Date(Date.UTC(ref.year, ref.month - 1 + (m[1].startsWith('上') ? -1 : m[1].startsWith('下') ? 1 : 0), 1));
    year = shifted.getUTCFullYear();
    month = shifted.getUTCMonth() + 1;
  } else if ((m = take(/^(1[0-2]|0?[1-9])(\d{2})日/) ?? take(/^(?=3[2-9]|[4-9][1-9])(\d)(\d)日/))) {
    month = Number(m[1]);
    day = Number(m[2]);
    // 112日 is 1月12日 or 11月2日: the one nearer the dateline (a page of 2025-11-03 means 11月2日);
    // 101日 is 10月1日, as a month written without its 0 comes with a day written without one.
    const other = /^(1[0-2])([1-9])$/.exec(m[1] + m[2]);
    if (other && m[2]!.startsWith('0')) [month, day] = [Number(other[1]), Number(other[2])];
    else if (other && ref) {
      const [m2, d2] = [Number(other[1]), Number(other[2])];
      const from = (mo: number, d: number) => Math.abs(Date.UTC(ref.year, mo - 1, d) - Date.UTC(ref.year, ref.month - 1, ref.day));
      if (from(m2, d2) < from(month, day)) [month, day] = [m2, d2];
    }
  }
  // A month of the dateline's year more than ten months away from it is of the year across the
  // turn: 12月 in a report of 15 January is last December, 1月1日 in one of 27 December next January.
  if (month !== undefined && !hadYear && ref && year === ref.year) year += Math.max(yearAcross(ref, month), deadline ? 0 : -1);
  if ((month !== undefined || (!hadYear && /^\d/.test(rest))) && (m = take(DAY_RANGE_PARTS))) {
    const [from, to] = [parseNumber(m[1]!)!, parseNumber(m[2]!)!];
    // Days alone (19至21日) continue the last month named, as a bare day does.
    if (month === undefined) {
      if (last?.month === undefined) return from && from < to && to <= 31 ? { value: `---${pad(from, 2)}/---${pad(to, 2)}` } : undefined;
      [month, year] = [last.month, last.year];
    }
    const y = yearKnown || !hadYear ? year : undefined;
    if (!from || from >= to || !isValidDate(year, month, to)) return undefined;
    return { year, month, value: `${iso(y, month, from)}/${iso(y, month, to)}` };
  }
  if (day === undefined && (m = take(/^(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]/))) {
    day = parseNumber(m[1]);
    if (month === undefined && !hadYear && last?.month !== undefined) {
      month = last.month;
      year = last.year;
    }
  }
  if (day !== undefined && !isValidDate(year, month ?? 1, day)) return undefined;
  if ((m = /^(大)?(今|昨|明|前|后)(?:天|日|晨|早|晚|夜)/.exec(s))) {
    if (!ref) return {};
    // 大前天, 大后天: a day further (three days before or after).
    const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + REL_DAYS[m[2]!]! + (m[1] ? Math.sign(REL_DAYS[m[2]!]!) : 0)));
    [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    // 今晚8时 is 20:00.
    rest = (/[晚夜]$/.test(m[0]) ? '晚' : '') + rest.slice(m[0].length);
  }
  const name = rest.replace(FESTIVAL_TAIL, '');
  const festival = FIXED_FESTIVALS[name] ?? FIXED_FESTIVALS[name.replace(/^(?:三八|五一|五四|六一|七一|八一)/, '')]; // 三八妇女节
  if (festival && month === undefined) {
    [month, day] = festival;
    if (year !== undefined && meansNextYear(Date.UTC(year, month - 1, day), year, ref, hadYear)) year++;
    if (rest.endsWith('前一天')) {
      const d = new Date(Date.UTC(year ?? 2001, month - 1, day - 1));
      [month, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
      if (year !== undefined) year = d.getUTCFullYear();
    }
    return { year, month, day, value: iso(year, month, day) };
  }
  const parts: Parsed = { year, month, day, ownYear: hadYear };
  // A date names its year only when it says so, or when it is a month or day of the dateline's year.
  const y = yearKnown || month !== undefined ? year : undefined;
  // A quarter or half said without a year we can number (一季度, 今年上半年 in an article without a dateline) is of a year we cannot number: --01/--03,
  // as 今年前三季度 is --01/--09.
  const dated = y !== undefined || year === undefined;
  // (A year's 中期 before its results is the interim, the first half: 2025年中期业绩.)
  const half = /^(上|前|下|后)?半年(度|末)?$/.exec(rest.replace(/^中期$/, '半年'));
  const quarter = /^(?:第?([一二三四1-4])|首)季度?(初|末|底)?$/.exec(rest); // 明年首季: the first
  const quarters = /^[一1](?:至|到|-|—)([二三四2-4])季度$/.exec(rest);
  // 三四季度: two neighbouring quarters named together.
  const pair = /^([一二三])([二三四])季度$/.exec(rest);
  if (pair && dated) return { ...parts, value: `${iso(y, parseNumber(pair[1])! * 3 - 2)}/${iso(y, parseNumber(pair[2])! * 3)}` };
  // 今年H1, 今年Q2: as 2025H1 and 2025Q2 are.
  const code = /^(?:Q([1-4])|H([12]))$/.exec(rest);
  if (code && dated) return { ...parts, value: code[1] ? `${iso(y, Number(code[1]) * 3 - 2)}/${iso(y, Number(code[1]) * 3)}` : code[2] === '1' ? `${iso(y, 1)}/${iso(y, 6)}` : `${iso(y, 7)}/${iso(y, 12)}` };
  // (半年度 alone, of a half-year report, is the first half.)
  // (上半年末, the end of the first half, is its last month.)
  if (half && dated) return { ...parts, value: half[2] === '末' ? iso(y, /[下后]/.test(half[1] ?? '') ? 12 : 6) : !half[1] || /[上前]/.test(half[1]) ? `${iso(y, 1)}/${iso(y, 6)}` : `${iso(y, 7)}/${iso(y, 12)}` };
  if (quarter && dated) {
    const q = quarter[1] ? parseNumber(quarter[1])! : 1;
    // The start or end of a quarter is its first or last month: 三季度末 → 2025-09.
    if (quarter[2]) return { ...parts, value: iso(y, quarter[2] === '初' ? q * 3 - 2 : q * 3) };
    return { ...parts, value: `${iso(y, q * 3 - 2)}/${iso(y, q * 3)}` };
  }
  // The start or end of a year is its first or last month, as 2月底 is February: 2025年底 → 2025-12, 年初 → 2025-01.
  const edge = /^(?:年?([初底末])|岁([初末])|年终)$/.exec(rest);
  if (edge && dated && month === undefined && day === undefined) return { ...parts, value: iso(y, (edge[1] ?? edge[2]) === '初' ? 1 : 12) };
  if (quarters && dated) return { ...parts, value: `${iso(y, 1)}/${iso(y, parseNumber(quarters[1])! * 3)}` };
  if (month === undefined && day === undefined) {
    if (yearKnown && year !== undefined) return { ...parts, value: /季度|半年/.test(rest) ? undefined : pad(year, 4) };
    const time = clockOf(rest); // 21时28分 → T21:28; 25:23 is a score, not a time
    return time === undefined ? undefined : { ...parts, value: time || undefined };
  }
  if (month === undefined) return { ...parts, value: iso(undefined, undefined, day) };
  const time = clockOf(rest);
  if (time === undefined) return undefined;
  return { ...parts, value: iso(y, month, day) + (day !== undefined ? time : '') };
}

/** 昨(25)日: the day is written out, the month is the dateline's (the one before when the day has not come yet); 今(2025)年: the year. */
function parseTaiwanRelative(rel: string, n: number, isYear: boolean, ref?: RefDate): Parsed | undefined {
  if (isYear) return { year: n, ownYear: true, value: pad(n, 4) };
  if (!isValidDate(undefined, 1, n)) return undefined;
  if (!ref) return { day: n, value: iso(undefined, undefined, n) };
  const near = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + (REL_DAYS[rel] ?? 0)));
  const month = near.getUTCDate() === n ? near.getUTCMonth() + 1 : ref.month;
  const year = near.getUTCDate() === n ? near.getUTCFullYear() : ref.year;
  return isValidDate(year, month, n) ? { year, month, day: n, value: iso(year, month, n) } : undefined;
}

const CLOCK_PARTS = new RegExp(
  String.raw`(${DAY_PARTS}|早|晚)? ?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?|(\d{1,2}|[^\d时点]{1,3})[时点](?:(\d{1,2}|[^\d分半]{1,3})分|(半))?(?:(\d{1,2})秒)?)`,
);

/** "T14:01" from the clock part of a date (下午3时 → T15:00), '' when there is none. */
function clockOf(rest: string): string | undefined {
  const m = CLOCK_PARTS.exec(rest);
  if (!m) return '';
  let hour = approximateFirst(m[2] ?? m[5]) ?? parseNumber(m[2] ?? m[5]);
  if (hour === undefined) return '';
  // In the afternoon or evening 1-11 are hours after noon; 12 at night is the midnight that ends the day (晚上12点: 24:00),
  // in the small hours the one that starts it (凌晨12点: 00:00).
  if (m[1] && /下午|傍晚|晚|夜/.test(m[1]) && hour >= 1 && hour < 12) hour += 12;
  else if (m[1] && /晚|夜/.test(m[1]) && hour === 12) hour = 24;
  else if (m[1] === '凌晨' && hour === 12) hour = 0;
  const minute = m[3] ? Number(m[3]) : m[6] ? parseNumber(m[6]) ?? 0 : m[7] ? 30 : 0; // 3点半 → 03:30
  return clock(hour, minute, m[4] ? Number(m[4]) : m[8] ? Number(m[8]) : undefined);
}

/** Two neighbouring numerals say "about" (凌晨两三点: 2 or 3 o'clock, not 23): the first. */
function approximateFirst(numerals: string): number | undefined {
  if (!/^[一二两三四五六七八九]{2}$/.test(numerals)) return undefined;
  const [a, b] = [parseNumber(numerals[0]!), parseNumber(numerals[1]!)];
  return a !== undefined && a < 10 && b === a + 1 ? a : undefined;
}

function clock(h: number, mi: number, s?: number): string | undefined {
  if (h > 24 || (h === 24 && mi > 0) || mi > 59 || (s ?? 0) > 59) return undefined;
  return `T${pad(h, 2)}:${pad(mi, 2)}${s !== undefined ? ':' + pad(s, 2) : ''}`;
}

function iso(year: number | undefined, month?: number, day?: number): string {
  if (year !== undefined) return pad(year, 4) + (month ? '-' + pad(month, 2) + (day ? '-' + pad(day, 2) : '') : '');
  if (month) return '--' + pad(month, 2) + (day ? '-' + pad(day, 2) : '');
  return '---' + pad(day ?? 0, 2);
}

import { foldWidth, parseNumber } from '../text/numerals';

/** The article's own date, from its dateline or publication line: what "今年" and a yearless 5月15日 refer to. */
export interface RefDate {
  year: number;
  month: number;
  day: number;
}

/** How far into the article a dateline is looked for: page headers and bylines come first. */
const HEAD_LENGTH = 600;

/** 星期五, 周五: a dateline may name the weekday, and a clock time after it (2025年8月1日 星期五 06:00). */
const WEEKDAY = '(?:星期|周|礼拜)[一二三四五六日天]';
/** The weekday, in brackets too: 星期二, （星期二）. */
const DAY_OF_WEEK = `(?:${WEEKDAY}|[(（]${WEEKDAY}[)）])`;
/** What a page header writes after the weekday: the lunar date and the weather (农历四月廿六　晴 25～33℃). */
const ALMANAC = String.raw`(?:[^\S\n]+(?:农历|阴历)\S{2,8})?(?:[^\S\n]+\S{1,8}?[^\S\n]*-?\d{1,2}(?:[～~\-—至到]-?\d{1,2})?(?:℃|°C))?`;
const DATE = String.raw`((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
/**
 * A date labelled as the publication time, followed by a clock time (after its weekday too:
 * 2025年8月1日 星期五 下午 3:15) or a source or byline (2025年11月21日 来源：人民网), opening a wire
 * dispatch (新华社北京2025年6月16日电), before its paper's name in brackets (2025年8月7日 星期四 【明报专讯】, 2025年3月26日 （本報訊）) or a digest's (2025年12月5日 星期五 早报速览：), or alone on its line, perhaps after the name of its source
 * or page, or before its page's name (2025年11月28日 星期五 经济新闻) (春城晚报 2025年8月16日, 深圳市统计局 2025-12-19, 齐鲁财经早报｜2025年11月4日 星期二, 2025年8月28日 | 财联社,
 * 要闻速览（2025.07.15）), or after its author's name (作者：吴倩 2025-08-05).
 */
const LABELLED = String.raw`(?:(?:发布时间|发表于|发布于|更新时间|发稿时间|时间|日期)\s*[:：]?|(?:作者|记者|编辑|责编)[:：][^\S\n]*[\u4e00-\u9fff·]{2,5}[^\S\n]+)\s*${DATE}`;
/** A column's name before its issue's date: 医药早报｜2025年2月5日（星期三） 1. 翰森制药…, the news run on after it on the line. */
const COLUMN = String.raw`[^\s，。,；;！？!?｜|]{2,15}`;
const CLOCK = String.raw`(?:(?:上午|下午|晚上)\s*)?\d{1,2}:\d{2}`;
const DATELINE = new RegExp(
  String.raw`${LABELLED}|^[^\S\n]*${DATE}(?=[^\S\n]*[｜|])|^[^\S\n]*${COLUMN}[^\S\n]*[｜|][^\S\n]*${DATE}(?=(?:[^\S\n]*${DAY_OF_WEEK})?[^\S\n])|${DATE}(?=\s*(?:${DAY_OF_WEEK}\s*)?(?:${CLOCK}|[电讯]|消息|发布(?=\s|$|[：:])|【[^】\n]{2,8}[报讯]】|[(（][^)）\n]{0,6}[报報][讯訊][)）]|第[A-Z]?\d{1,3}版|[\u4e00-\u9fff]{1,6}[网报台](?=\s|$|讯)|[\u4e00-\u9fff]{0,4}(?:新闻|要闻|快讯|早报|晚报|速览)(?=\s|$|[｜|：:])|来源|作者|编辑|发布者|发布人|发布单位)|(?:[^\S\n]*${DAY_OF_WEEK})?[^\S\n]+(?:新华社|中新社|本报|[\u4e00-\u9fff]{0,6}记者))|^[^\S\n]*(?:(?:[^\s，。,；;！？!?｜|]{2,15}[^\S\n]+){1,2}[^\s，。,；;！？!?｜|]{2,15}[^\S\n]+|[^\s，。,；;！？!?｜|]{2,15}(?:[^\S\n]+|[^\S\n]*[｜|][^\S\n]*|[(（](?=[^)）\n]*[)）][^\S\n]*$))|[【\[][^】\]\n]{2,12}[】\]]|[^\s，。,；;！？!?]{2,10}[(（][^)）\n]{2,16}[)）][^\S\n]*)?${DATE}[)）]?(?:[^\S\n]*${DAY_OF_WEEK}${ALMANAC})?[^\S\n]*$`,
  'm',
);
/** The part of the day a dateline may name after its date: 晚间, 上午. */
const DAYPART = '(?:早间|晚间|上午|下午|晚上|[早晚])';
/**
 * A date in brackets opening a line or after 本报讯, perhaps with its source or place: （2025年4月25日）中国平安…, 本报讯（2023年1月17日）,
 * （2023年10月7日 新华网）, a press release's （2025年10月16日，中国北京） and （香港，2025年5月27日）, （本报记者 李明 2023年12月8日）, 【青岛日报 2023-01-10】, 【2024年5月10日 深圳】, 〔二〇二五年六月十日〕; or the date a 本报讯 opens with after its byline or a comma: 本报讯（记者 王丽）2025年3月12日，, 合肥日报讯（记者 宋雨）2025年5月15日 合肥…, e公司讯，2024年11月5日，, a line's end too (中国证券网讯（记者 陈晨）2024年10月10日⏎); or a wire dispatch's after its byline, its dateline without a year (中新网北京3月9日电（记者 王恩博）二〇二五年三月九日下午，), a Taiwanese paper's after its byline in brackets (【经济日报记者周颖欣／台北即时报导】２０２５年１１月１１日), and a Hong Kong paper's after its name in brackets (【香港經濟日報】2025年3月27日 連連數字…).
 */
const BRACKETED = new RegExp(
  String.raw`(?:^[^\S\n]*|讯[^\S\n]*)[(（](?:[^)）\n]{2,16}?(?:[^\S\n]+|[，,][^\S\n]*))?${DATE}(?:(?:[^\S\n]+|[，,][^\S\n]*)[^)）\n]{2,12})?[)）]|^[^\S\n]*【(?:[^】\n]{2,12}?[^\S\n]*)?${DATE}(?:[^\S\n]+[^】\n]{2,12}?)?[^\S\n]*】|^[^\S\n]*〔${DATE}〕|(?:讯[^\S\n]*(?:[(（][^)）\n]{2,16}[)）]|[，,])|电[^\S\n]*[(（][^)）\n]{2,16}[)）]|[【〔][^】〕\n]{2,30}报[导道][】〕]|^[^\S\n]*【[^】\n]{2,12}[报報]】)[^\S\n]*${DATE}${DAYPART}?(?:[，,]|[^\S\n]+(?=[^\s\d])|[^\S\n]*$)`,
  'm',
);
/**
 * A publication line at the foot of a scraped page, where no header had one: only a labelled
 * date or a date with its clock time (发布时间：2025-06-02 08:35:17, 来源：浙江日报 2025年02月08日 07:30),
 * not a date alone on its line, as a related-news list writes its items' dates.
 */
const FOOT_DATELINE = new RegExp(String.raw`${LABELLED}|${DATE}(?=\s*(?:${DAY_OF_WEEK}\s*)?${CLOCK})`);
/** A date opening a paragraph after its source's name and before the news, a space or a comma between, perhaps its part of the day: 财联社2025年5月15日　腾讯控股…, 证券时报网 2025-06-13 国电南瑞…, 中国证券网讯 2025年7月11日，长江电力…, 证券时报网讯　2024年12月20日晚间，, 苏州日报 2025年6月19日 6月18日上午…, 来源：辽宁日报 2025-02-18 2月17日…, 来源：上观新闻 2025年2月27日, a site's or an app's (来源：农业农村部网站 2025-07-16, 北京日报客户端 2025年4月22日); and any source labelled 来源 after the headline on a scraped page's one line (…家完成整合 来源：第一财经 2025年3月18日 今年以来…). */
const SOURCE_DATELINE = new RegExp(String.raw`^[^\S\n]*(?:来源[:：][^\S\n]*)?(?:[\u4e00-\u9fff]{1,6}[社网报讯闻]|[\u4e00-\u9fff]{1,8}(?:网站|客户端))[^\S\n]*${DATE}(?=${DAYPART}?(?:[^\S\n]+\S|[，,]))|(?<=^|[^\S\n])来源[:：][^\S\n]*[^\s，。,；;：:]{2,12}[^\S\n]+${DATE}(?=[^\S\n]+\S|[^\S\n]*$)`, 'm');
/** The date a source published the news on, as the article cites it: 据经济观察网2025年6月4日报道, 据路透社 2025年6月4日报道. */
const REPORTED = new RegExp(String.raw`据[\u4e00-\u9fff]{1,10}[网报社台][^\S\n]*${DATE}[^\S\n]*报道`);
/**
 * A source and its date in brackets closing the article (a repost names where it came from):
 * （来源：上海证券报，2025年4月15日）, (第一财经 2025年8月27日), (2025年5月20日 北京商报).
 */
const SOURCE_FOOT = new RegExp(
  String.raw`[(（](?:来源[:：][^\S\n]*)?(?:[^\s()（）:：，,。]{2,12}[^\S\n]*[，,]?[^\S\n]*${DATE}|${DATE}[^\S\n]*[，,]?[^\S\n]*[^\s()（）:：，,。\d]{2,12})[)）]\s*$`,
);
/** A press release's place and date opening a line before its dash or its wire's name: 北京，2025年11月3日——, 上海2025年6月5日 /美通社/, 2025年3月5日，中国上海——. */
const PRESS_RELEASE = new RegExp(String.raw`^[^\S\n]*(?:[\u4e00-\u9fff]{2,6}[，,]?[^\S\n]*${DATE}|${DATE}[，,][^\S\n]*[\u4e00-\u9fff]{2,6})[^\S\n]*(?:——|--|/美通社/)`, 'm');
/** How far from the end of the article a publication line is looked for, where the head has none. */
const FOOT_LENGTH = 300;
/** A page header's date and clock time in characters, on a line of its own, before its source or after it (2025年7月15日10时22分 来源：健康报, 来源：东北网　2025年6月16日14时30分); not an event's time in the running text (…日上午10时许，记者…). */
const CLOCK_DATELINE = new RegExp(String.raw`^[^\S\n]*(?:[^\s，。,；;！？!?]{2,15}[^\S\n]+)?${DATE}[^\S\n]*\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?(?=[^\S\n]|$)`, 'm');

/**
 * The first dateline or publication date near the top of `text`: "2025-06-16 11:22:05" on its
 * own line, "发布时间:2015-11-25", "2025年05月09日 07:21:57", "（2025年4月25日）" opening a line, the date of a
 * report it cites (据…网2025年6月4日报道); else a publication line at its foot, its source in brackets or a notice's signature closing it.
 * A date in the running text is not one (it may be any date the article talks about).
 */
export function findDateline(text: string): RefDate | undefined {
  const head = withDigitDates(text.slice(0, HEAD_LENGTH));
  const foot = (from: number) => withDigitDates(text.slice(Math.max(from, text.length - FOOT_LENGTH)));
  // (The whole foot, read once for the three closings looked for in it.)
  let tail: string | undefined;
  const closing = () => (tail ??= foot(0));
  const m =
    DATELINE.exec(head) ??
    BRACKETED.exec(head) ??
    PRESS_RELEASE.exec(head) ??
    CLOCK_DATELINE.exec(head) ??
    SOURCE_DATELINE.exec(head) ??
    REPORTED.exec(head) ??
    (text.length > HEAD_LENGTH ? FOOT_DATELINE.exec(foot(HEAD_LENGTH)) : null) ??
    SOURCE_FOOT.exec(closing()) ??
    EDITOR_FOOT.exec(closing()) ??
    SIGNATURE_FOOT.exec(closing());
  if (!m) return undefined;
  // (The year is the first group matched: each alternative has a date's three.)
  const year = m.findIndex((g, i) => i > 0 && g !== undefined);
  const [y, mo, d] = m.slice(year, year + 3).map(Number);
  return isValidDate(y, mo, d) ? { year: y, month: mo, day: d } : undefined;
}

/** `text` with its dates in Chinese numerals, lost months and years of the Republic written as the patterns above read them. */
function withDigitDates(text: string): string {
  return foldWidth(text)
    .replace(CN_DATE, (_, y: string, mo: string, d: string) => `${parseNumber(y)}年${parseNumber(mo)}月${parseNumber(d)}日`)
    .replace(LOST_MONTH_DATE, '$1年$2月$3日')
    .replace(LOST_SHORT_MONTH_DATE, '$1年$2月$3日')
    .replace(ROC_DATE, (_, y: string, rest: string) => `${1911 + Number(y)}年${rest}`)
    .replace(ROC_DASHED, (_, y: string, rest: string) => `${1911 + Number(y)}${rest}`)
    .replace(EDITOR_CODE_DATE, (_, y: string, mo: string, d: string) => `${1911 + Number(y)}年${mo}月${d}日`);
}

/** A date in Chinese numerals, read as digits for the patterns above: 二〇二五年十一月三日. */
const CN_DATE = /([〇○零一二三四五六七八九]{4})年(十[一二]?|[一二三四五六七八九])月(三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日/g;
/** A scraped dateline that lost its 月: 2025年0613日, 2025-0613日. */
const LOST_MONTH_DATE = /((?:19|20)\d{2})[年-](0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])日/g;
/** …and a month of one digit: 2025年415日 (a day of two digits after it, as 515日 is read in the running text). */
const LOST_SHORT_MONTH_DATE = /((?:19|20)\d{2})年([1-9])(0[1-9]|[12]\d|3[01])日/g;
/** A year of the Republic as Taiwan writes it without 民国: three digits, 100 to 129 (114 is 2025). */
export const ROC_YEAR = String.raw`1[0-2]\d`;
/** A date in the Republic's years, as Taiwan writes them: 民国114年10月9日, 114年6月10日. */
const ROC_DATE = new RegExp(String.raw`(?:民国)?(?<![\d.])(${ROC_YEAR})年(\d{1,2}月\d{1,2}日)`, 'g');
/** …and as its notices write them: 發布日期：114-06-12, 114/06/12. */
const ROC_DASHED = new RegExp(String.raw`(?<![\d.])(${ROC_YEAR})([-/](?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12]\d|3[01]))(?![\d./-])`, 'g');
/** The Central News Agency's closing code, the Republic's year, month and day after its editor: （編輯：張均懋）1140315. */
export const EDITOR_CODE = String.raw`(?<=[(（][编編][辑輯][:：][^()（）\n]{1,12}[)）][^\S\n]?)(${ROC_YEAR})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)`;
const EDITOR_CODE_DATE = new RegExp(EDITOR_CODE, 'g');
/** …which dates the article. */
const EDITOR_FOOT = new RegExp(String.raw`[(（][编編][辑輯][:：][^()（）\n]{1,12}[)）][^\S\n]?${DATE}`);
/** A notice's or a letter's signature closing the article, its signer then its date: …股份有限公司董事会 2025年7月10日, …董事长 郑凯文 二〇二五年十二月二十六日. */
const SIGNATURE_FOOT = new RegExp(String.raw`(?:董事会|监事会|董事局|委员会|(?:董事长|总裁|主席|行长|首席执行官)[^\S\n]+[\u4e00-\u9fff·]{2,5})[^\S\n]*\n?[^\S\n]*${DATE}[^\S\n]*$`);

export function isValidDate(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate(); // 2000 is a leap year: 2月29日 allowed without a year
  return day <= days;
}

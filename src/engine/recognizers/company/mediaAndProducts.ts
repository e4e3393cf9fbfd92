// What stands around a company's name and makes it no mention of the company: a medium cited as
// a source or named by a page, and a product named after its maker (guidelines: 小米SU7 is a
// product; newspapers and sites named as a source are not COMPANY).
import { lookupName } from '../../dict/companies';
import { PLACE_NAMES } from '../../dict/places';

/** A medium named as the source of a report (新浪房产讯, 网易首页 > 网易山东 >, a page's 新浪财经综合, Taiwan's portal Yahoo奇摩), a search (百度一下) or a street named after a company (华为路): not a company mention (a hearing is no dispatch: 通过港交所聆讯). */
const SOURCE_MARK = /^(?:(?![与和及同跟向对为在])[\u4e00-\u9fff]{0,2}(?<![通资电简喜音短腾聆])讯|首页|[\u4e00-\u9fff]{0,3}\s*>(?!\s?[\d０-９])|[\u4e00-\u9fff]{0,3}报(?:网|社)|号(?=[，,。、：:\s”"」])|了?一下|[\u4e00-\u9fff]{0,2}综合(?=\s|$)|奇摩|(?:路|街|大道|大街)(?![由线口]))/;
/** A model or a kind of product right after a company name makes the whole a product: 小米SU7, 华为Mate 80, DeepSeek-V3.2, 比亚迪海豹06车型, 比亚迪汉, 比亚迪海豹, 华为手机 (not its 手机业务, a unit), a delivery service (京东秒送), “建行惠懂你”APP, 纳斯达克综合指数 (not 公布季度指数, what the company does), a fund a product (睿远成长价值混合基金, 中金普洛斯仓储物流封闭式基础设施证券投资基金, 定投易方达蓝筹精选混合。, 易方达消费精选股票则…, 汇添富消费行业混合的基金经理, a share class too: 鼎泰成长优选混合A; not where a function character parts them: 广发基金为旗下两只混合型基金), a crop variety a seed company bred (金穗玉918), and a fair or a league an event (国际商贸物流博览会, CBA联赛) (not a quarter: 谷歌Q3业绩, nor an aircraft type an airline flies: 东航C919). */
const PRODUCT_AFTER = /^(?:-[A-Za-z]{0,3}\d|(?! ?[QH][1-4]\b| ?[A-Z\d]{2}\d{3,4}次?航班| ?(?:C9\d\d|A3\d\d|ARJ21|B?7[0-9]7)\b| ?(?:[A-Za-z]+ ){0,2}F1\b) ?(?:[A-Za-z]+ ){0,2}[A-Za-z]+[ .]?[0-9](?![\d.]*\s?[年月日%])|海豹|海豚|海鸥|海狮|(?:汉|唐|宋|秦|元)(?=[，,。、；;）)]|EV|DM|L|PLUS|Pro|车|系列)|乾崑|鸿蒙|昇腾|麒麟|星火|元宝|混元|通义|文心|豆包|盘古|千问|澎湃OS|[\u4e00-\u9fff]{1,6}[”"」]\s?(?:APP|App|app|小程序)|(?:日活跃|月活跃|付费|活跃)?用户|日活|月活|主播|直播间|应用(?![于在到了]|商店|市场|商城)|[\u4e00-\u9fff]{0,4}(?:SDK|sdk)(?![A-Za-z])|(?:手机|电视|平板|笔记本)(?!业务|事业|部门|板块|银行)|(?:AI)?学习机|词典笔|秒送|翻译机|专业版|版本|影厅|银幕|文档|地图|输入法|网盘|云盘|微博|博客|转债|(?!公布|发布|宣布|调整|编制|推出)[\u4e00-\u9fff]{0,4}指数|[综成]指|期货(?!部)|博览会|展览会|交易会|洽谈会|联赛|(?!旗下|发行|管理|推出|的|非|凭借|依靠|[为向对与和及在将已])[\u4e00-\u9fff]{0,8}(?:混合|债券|股票|货币|联接|配置)型?(?:发起式)?(?:(?:证券投资)?基金|[ACＡＣ](?![A-Za-z0-9])|(?=规模|净值|份额|[一二三四]季度|(?:19|20)\d{2}年))|(?!旗下|发行|管理|推出|的)[\u4e00-\u9fff]{2,8}混合(?=[，,。；;、）)\s的则由将已]|基金经理|$)|(?!旗下|发行|管理|推出|的)[\u4e00-\u9fff]{3,8}股票(?=[，,。；;、）)\s则由]|的?基金经理|[A-C]类|$)|(?!旗下|发行|管理|推出|的)[\u4e00-\u9fff]{0,8}[A-Z]?\d{0,4}[\u4e00-\u9fff]{0,2}(?:ETF|LOF|REITs?(?![A-Za-z]))|(?!旗下|发行|管理|推出|的)[\u4e00-\u9fff]{0,10}(?:封闭式|开放式)?基础设施证券投资基金|[\u4e00-\u9fff]{1,2}\d{2,3}(?=车型|款|系列|[\u4e00-\u9fff]{0,3}版)|[玉麦稻豆棉]\d{2,4}(?![\d.%％年月日号])|(?:信托|资管|理财|基金)?·[\u4e00-\u9fff]{1,8}\d{1,3}号)/;
/**
 * What follows a name at `end` makes it a medium cited as a source (新浪房产讯, 中国银行保险报网)
 * or part of a product (小米SU7, 华为手机, i茅台, a trust's numbered plan 中信信托·恒益3号, 三星Galaxy Z Fold7, 奇瑞风云A9, 特斯拉Cybercab, 苹果iPhone;
 * not a quarter, a year, an F1 team or a title: 谷歌Q3, 奥迪Revolut F1, 特斯拉CEO).
 */
export function sourceOrProductAt(text: string, start: number, end: number): boolean {
  // A company's or a group's name is its own whatever follows: 海信视像科技股份有限公司/电视工厂, 浪潮集团 > 员工风采 (its own site);
  // so is one before a team or a lab a product names (字节跳动Seed团队, 阿里巴巴通义实验室).
  if (COMPANY_FORM.test(text.slice(start, end)) || NAMED_UNIT_AFTER.test(text.slice(end, end + 12))) return false;
  if (SOURCE_MARK.test(text.slice(end, end + 6)) || PRODUCT_AFTER.test(text.slice(end, end + 20)) || inWorkTitle(text, start, end) || quotedBrand(text, start, end) || quotedProduct(text, start, end) || groupsBrand(text, start, end)) return true;
  // A card network's Latin name before 卡 is its card: JCB卡, Visa卡 (银联卡 the segmenter keeps one word).
  if (/[A-Za-z]/.test(text[end - 1]!) && text[end] === '卡' && !text.startsWith('卡塔尔', end)) return true;
  // An aircraft's maker before its model is the aircraft's (空客A350, 空中巴士A350-1000), as an airline before one it flies is not (东航C919).
  if (AIRCRAFT_MAKER.test(text.slice(start, end)) && AIRCRAFT_MODEL.test(text.slice(end, end + 6))) return true;
  // An app named with a small Latin letter before the name (i茅台, e福州): the app's, no company.
  if (/[a-z]/.test(text[start - 1] ?? '') && !/[A-Za-z]/.test(text[start - 2] ?? '') && /[\u4e00-\u9fff]/.test(text[start] ?? '')) return true;
  // A product's Latin name (特斯拉Cybercab, 苹果iPhone), not another company's (奥迪Revolut).
  const latin = LATIN_WORD.exec(text.slice(end, end + 16));
  if (latin && !lookupName(latin[0])) return true;
  // A series and its model (奇瑞风云A9), not a place and a model made there (空客天津A320).
  const series = SERIES_MODEL.exec(text.slice(end, end + 8));
  return series !== null && !PLACE_NAMES.has(series[1]!);
}
/** A team, a lab or a department named after a product, a code name or a line of business: Seed团队, 通义实验室, REITs投资部. */
const NAMED_UNIT_AFTER = /^[A-Za-z\u4e00-\u9fff]{1,6}(?:团队|实验室|(?:投资|业务|事业)部|事业群)/;
const AIRCRAFT_MAKER = /^(?:空客|空中巴士|波音|Airbus|Boeing|中国商飞|商飞|庞巴迪|巴西航空工业)$/;
const AIRCRAFT_MODEL = /^ ?(?:C9\d\d|A3\d\d|ARJ21|B?7[0-9]7|E1[79]\d)(?:neo|F|ER|LR|XLR)?(?![\dA-Za-z])/;
/** A name opening a quoted brand (“金龙鱼”牌大米, “恒大冰泉”品牌) or a fake's (假冒“五粮液”): the product's, no company. */
function quotedBrand(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(text[start - 1] ?? '')) return false;
  const close = BRAND_CLOSE.exec(text.slice(end, end + 12));
  if (!close) return false;
  const after = text.slice(end + close[0].length, end + close[0].length + 4);
  // (…but not the company whose staff a fraud pretends to be: 冒充“中国银联”客服.)
  return BRAND_AFTER.test(after) || (FAKE_BEFORE.test(text.slice(Math.max(0, start - 3), start - 1)) && !STAFF_AFTER.test(after));
}
/** A wealth manager's or a fund's name opening a quoted product's (“招银理财招睿添利90天持有期1号”, “宁银理财宁欣天天鎏金”): the product's, no company. */
function quotedProduct(text: string, start: number, end: number): boolean {
  if (!PRODUCT_MAKER.test(text.slice(start, end))) return false;
  // (…or its series after a dot, quoted or not: 锦程理财·稳享180天持有期1号, 锦程理财·天天宝A.)
  return (OPENING_QUOTES.has(text[start - 1] ?? '') && QUOTED_REST.test(text.slice(end, end + 24))) || SERIES_AFTER_DOT.test(text.slice(end, end + 3));
}
const SERIES_AFTER_DOT = /^·[\u4e00-\u9fff]{2}/;
const PRODUCT_MAKER = /(?:理财|基金|信托|资管)$/;
/** More of the quoted name, then the closing quote. */
const QUOTED_REST = /^[\u4e00-\u9fffA-Za-z0-9]{2,22}[”"」’]/;
/** A brand a group owns, as the text calls it (主品牌青岛啤酒, 旗下咖啡品牌幸运咖, 旗下喜力、老雪等品牌): the product's, no company; not a brand that is a company (本土品牌珀莱雅). */
function groupsBrand(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return GROUP_BRAND_BEFORE.test(before) || (OWNED_BEFORE.test(before) && BRANDS_LISTED.test(text.slice(end, end + 24)));
}
const GROUP_BRAND_BEFORE = /(?:(?:主|子|副|自有)品牌|旗下[\u4e00-\u9fff]{0,6}品牌)[“"「]?$/;
const OWNED_BEFORE = /旗下[“"「]?$/;
const BRANDS_LISTED = /^[”"」]?(?:[、和及与][“"「]?[\u4e00-\u9fffA-Za-z]{1,8}[”"」]?){0,4}等(?:多个|多款)?品牌/;
const OPENING_QUOTES = new Set(['“', '"', '「', '‘']);
/** The rest of the quoted words and the closing quote. */
const BRAND_CLOSE = /^[\u4e00-\u9fffA-Za-z0-9]{0,6}[”"」’]/;
const BRAND_AFTER = /^(?:牌|品牌|商标|系列)/;
const FAKE_BEFORE = /(?:假冒|仿冒|冒充|山寨|伪造)$/;
/** A company's staff or its official channel, after its quoted name: 客服, 工作人员, 官方. */
const STAFF_AFTER = /^(?:客服|工作人员|员工|职员|官方|客户经理|专员)/;

/**
 * Inside the title of a work, a game or a report, with more words than the name (《漫威争锋》, 《华为传》); 《腾讯》 alone is the name,
 * and so is the company an official document is about (《…关于招商银行缪建民任职资格的批复》), or a page's own headline (原标题：《晶科能源签下巴西大单》).
 */
function inWorkTitle(text: string, start: number, end: number): boolean {
  // (Searched within reach only: a search of the whole text for each name takes time in the square of its length.)
  const reach = Math.max(0, start - 20);
  const open = text.slice(reach, start).lastIndexOf('《') + reach;
  if (open < reach || text.slice(open, start).includes('》')) return false;
  const close = text.slice(end, end + 21).indexOf('》') + end;
  return close >= end && !text.slice(end, close).includes('《') && !(open === start - 1 && close === end) && !DOCUMENT_END.test(text.slice(end, close)) && !HEADLINE_BEFORE.test(text.slice(Math.max(0, open - 5), open));
}
/** What a page writes before an article's own headline in 《》, whose names are mentions: 原标题：, 标题:. */
const HEADLINE_BEFORE = /标题[：:]\s*$/;
/** The kind of an administrative document or an agreement, ending its title: 批复, 行政处罚决定书, 通知, 《宁德时代洛阳…项目投资协议》. */
const DOCUMENT_END = /(?:批复|决定书?|通知书?|通报|公告|函|协议书?|合同|备忘录)$/;

/** A name in a company's or a group's form: …公司, …集团. */
export const COMPANY_FORM = /(?:公司|集团)$/;
/** A Latin word after a name, a CamelCase one whole (Cybercab, FamilyMart): a product's name unless the dictionary knows it; not a hotel's revenue per room (华住RevPAR承压). */
const LATIN_WORD = /^(?!RevPAR)[a-z]?[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*(?![a-z]| F1\b)/;
/** A series name and a model code or trim after the maker (风云A9, 秦PLUS, 汉EV); not a verb before a model (华为发布V3, 搭载M4, 英伟达称H20). */
const SERIES_MODEL = /^(?!发布|推出|上线|上市|亮相|搭载|采用|发售|开售|升级|更新|加入|联合|携手|收购|投资|入股|组装|代工|生产|制造|供应|供货|交付|采购|订购|量产|出货|销售|研发|开发|展示|部署|测试|披露|表示|宣布|透露|指出|公布|预计|暂停|停止|禁止|限制|出口|进口|[与和及的在将是为从向对把被让给用称说获已也拟仍再])([\u4e00-\u9fff]{1,2})(?:[A-Z][A-Za-z]*\d|(?:PLUS|Plus|Pro|PRO|Max|MAX|EV|DM-?i)(?![A-Za-z]))/;

/** A medium named by what stands around the name: the site a page's title ends with (…签署合作协议 - 新浪财经, …_腾讯新闻), a source (来源：江淮财经观察; not 图片来源:华为官微). */
export function mediumAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  // A registered name as a source is the company's own (来源：中建八局第一建设有限公司).
  // 据新浪财经报道: a company's site cited as a source is the medium.
  // A site's name opening its line before the date is the page's dateline (新浪医药 ２０２５年０６月０２日 08:30), not a company.
  // (…or before the date of its dispatch: 新浪财经2025年8月6日讯.)
  if ((start === 0 || text[start - 1] === '\n') && (DATE_ON_LINE_AFTER.test(text.slice(end, end + 8)) || DISPATCH_AFTER.test(text.slice(end, end + 18))) && !REGISTERED_END.test(text.slice(start, end))) return true;
  // (…and a site's app: 下载新浪财经APP, 腾讯新闻客户端, 打开网易新闻; the apps a page's share prompt lists: 分享：微信　微博　抖音.)
  if (SITE_APP.test(text.slice(end, end + 7)) || (/(?:打开|下载)$/.test(before) && SITE_SECTION_AFTER.test(text.slice(end, end + 2))) || (SHARE_PROMPT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !REGISTERED_END.test(text.slice(start, end)))) return true;
  // (…and one named with other media: 接受凤凰网科技等媒体专访, 据X等多家媒体报道; and a portal's disclaimer under what it reposts: 新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文….)
  if (OTHER_MEDIA_AFTER.test(text.slice(end, end + 8)) || PORTAL_DISCLAIMER.test(text.slice(end, end + 6))) return true;
  // (…and a site's section after a publication line's clock time, before the item: 2025年08月08日 18:32 新浪财经 中国移动公告.)
  if (CLOCK_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && SECTION_BEFORE_ITEM.test(text.slice(end, end + 4))) return true;
  // (…and a site that interviews (接受新浪财经采访), and the page's own link back (返回搜狐，查看更多).)
  if ((/接受$/.test(before) && SITE_INTERVIEWS.test(text.slice(end, end + 8))) || (/返回$/.test(before) && /^[，,]\s*查看更多/.test(text.slice(end, end + 6)))) return true;
  return ((TITLE_SEPARATOR.test(before) || CLOCK_BEFORE.test(text.slice(Math.max(0, start - 12), start))) && SITE_END.test(text.slice(end, end + 6))) || (SOURCE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !OWN_CHANNEL.test(text.slice(end, end + 2)) && !REGISTERED_END.test(text.slice(start, end)) && !SOURCE_FIRM_END.test(text.slice(start, end)) && !OWN_UNIT_AFTER.test(text.slice(end, end + 8))) || (text[start - 1] === '据' && SITE_REPORTS.test(text.slice(SITE_SECTION.test(text.slice(start, end)) ? end - 2 : end, end + 30)));
}
/**
 * The media an article names as its sources (来源：华商医疗观察); a company name that starts one of
 * them where it recurs is part of the medium's name (QQ空间 华商医疗观察 © 2025: not 华商医疗).
 */
export function citedMedia(text: string): string[] {
  return [...text.matchAll(CITED_MEDIUM)].map((m) => m[1]!).filter((name) => !REGISTERED_END.test(name) && !/官[微网方]/.test(name) && !UNIT_END.test(name));
}
/** A medium's name after its label, up to where the line or the field ends (not 图片来源:华为官微事实上也…). */
const CITED_MEDIUM = /(?:来源|稿源|出处)[:：]\s*([\u4e00-\u9fffA-Za-z]{3,8})(?=[\s|｜,，;；。]|$)/g;

/** A date after a space on the same line, after the rest of the site's name (新浪/医药): a dateline's. */
const DISPATCH_AFTER = /^[\u4e00-\u9fff]{0,4}(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[讯电]/;
const DATE_ON_LINE_AFTER = /^[\u4e00-\u9fff]{0,4}[^\S\n]+(?:19|20|１９|２０)[\d０-９]{2}(?:年|-|\/|\.)/;
/** The sections of a company's news site, named after the company: 新浪财经, 腾讯新闻, 网易科技. */
const SECTIONS = '财经|新闻|科技|体育|娱乐';
/** …with the time of its item between (据新浪财经2025-03-10 09:15:42消息), or a comma (据新浪财经，), or another medium (据新浪财经、36氪报道). */
const SITE_REPORTS = new RegExp(`^(?:${SECTIONS}|网)(?:[\\d\\-:. ]{0,20}(?:报道|消息|讯|援引|获悉)|[，,]|[、和及与][\\u4e00-\\u9fffA-Za-z0-9]{1,8}(?:等(?:媒体)?)?报道)`);
/** A page's share prompt, on its line before an app's name: 分享：微信　微博　, 分享到： . */
const SHARE_PROMPT_BEFORE = /(?:^|\n)[^\S\n]*分享(?:到|至)?[：:](?:(?!猜你喜欢|相关|推荐|热门|延伸阅读|上一篇|下一篇)[^\n。，,])*$/;
/** Other media after a name, which makes it one of them: 等媒体, 等多家媒体. */
const OTHER_MEDIA_AFTER = /^等(?:多家|主流|境内外|国内外|海内外)?媒体/;
/** A site's section and its interview after its name: 财经采访, 新闻记者专访. */
const SITE_INTERVIEWS = new RegExp(`^(?:${SECTIONS}|网)?(?:记者)?(?:独家)?(?:采访|专访)`);
/** A site's section and its app after the company's name: 新浪财经APP, 腾讯新闻客户端. */
const SITE_APP = new RegExp(`^(?:${SECTIONS}|视频)(?:APP|App|app|客户端)`);
/** A site's section after the company's name: 网易/新闻. */
const SITE_SECTION_AFTER = new RegExp(`^(?:${SECTIONS})`);
/** A site's section the name itself ends with: 据腾讯科技报道, 据新浪财经消息. */
const SITE_SECTION = new RegExp(`(?:${SECTIONS})$`);
const REGISTERED_END = /(?:有限公司|有限责任公司|股份公司|集团公司)$/;
/** A company's unit cited as a source is the company's own word: 来源：山东港口烟台港 (its port), 来源：X银行济南分行, 来源：华钧证券研究所 (a broker's research, 数据来源：中衡期货研究所、公开资料整理 too), 信息来源：中国空天办公厅 (its office). */
const OWN_UNITS = '港|公司|集团|分行|支行|研究所|研究院|办公厅|办公室|宣传部|新闻中心';
const UNIT_END = new RegExp(`(?:${OWN_UNITS})$`);
const OWN_UNIT_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{0,4}(?:${OWN_UNITS.replace('港', '港(?![股币元])')})(?=[\\s|｜,，、;；。]|$)`);
/** A group or a consultancy cited as a source is a company, no medium: 数据来源：湘遇集团, 来源：维晟咨询. */
const SOURCE_FIRM_END = /(?:集团|咨询)$/;
/** A company's own channel cited as a source is the company's word: 图片来源:华为官微. */
const OWN_CHANNEL = /^(?:官微|官网|官方)/;
/** A label before a medium's name, and the media a page's source line joins with slashes: 来源：江淮财经观察, 来源：澳门日报／新浪港股 (not the providers a data source lists: 数据来源：…、克拉克森研究). */
const SOURCE_BEFORE = /(?:来源|稿源|出处)[:：]\s*(?:[^\s／/、|｜，,。]{2,12}[／/]\s*){0,2}$/;
const TITLE_SEPARATOR = /(?:\s[-—–]\s?|[_｜|]\s?)$/;
const SITE_END = /^(?:财经|新闻|科技|体育|娱乐|汽车|房产|网|频道)?(?:[-－_][\u4e00-\u9fff]{2,8})?[^\S\n]*(?:\n|$)/;
/** A portal's disclaimer under an item it reposts, after the portal's name: 声明：, 合作媒体, 网登载此文. */
const PORTAL_DISCLAIMER = /^(?:声明[:：]|合作媒体|网?登载此文)/;
/** A site's section and the space before the item after it: 财经 , 新闻 . */
const SECTION_BEFORE_ITEM = new RegExp(`^(?:${SECTIONS}|网)[^\\S\\n]`);
/** A publication line's clock time before the site: 2024年12月18日 08:15　新浪体育. */
const CLOCK_BEFORE = /\d{1,2}:\d{2}(?::\d{2})?[^\S\n]+$/;

import { lookupName, NOT_COMPANIES } from '../../dict/companies';
import { isProvinceOrCity } from '../../dict/places';
import { ANALYST_FIRM_END, NTH_HOLDER, POSITIONS } from '../../dict/positions';
import { BRACKETED_LATIN, wholeLatinName } from './companyMentions';
import { foreignCountryLength, FUNCTION_WORD_TAGS, gluedBy, isForeignCountry, isGeneric, PUBLIC_BODY_END, startsWithRoleEnd, TAKEN_OVER_BY } from './nameWords';
import { personNameAt } from '../official/names';
import { GLUED_TAKING, POST_VERBS } from '../official/postVerbs';
import { sourceOrProductAt } from './mediaAndProducts';
import { PhraseTrie } from '../text/phraseTrie';
import type { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';
import type { Candidate } from '../types';

// COMPANY names that only the words around them make companies, whatever the dictionary knows:
// the employer named before an executive's title (通灵珠宝总裁沈东军, 苹果CEO库克), a bookmaker
// quoted before its odds (bwin主胜赔1.80), the studio a product is made by (由星河互娱研发), and a
// name given with a corporate Latin name in brackets (星河国际（Galaxy Corp）).

/** How the caller tells a name-like token (a proper name, not generic, not a place alone) and a dictionary company. */
export type IsName = (t: Token) => boolean;

/** Every position, to tell the word that makes a longer title with an executive's (风控 + 总监). */
const LONGER_TITLE: ReadonlySet<string> = new Set(POSITIONS);
/**
 * Spokespeople every organization has: their employer counts only when the segmenter did not
 * know its name (北京伟嘉安捷相关人士) or it ends in a trade word, as public bodies are known words
 * (全国工商联/nt 负责人, 武警部队/nt 的负责人).
 */
const SPOKESPEOPLE = new Set(['负责人', '相关负责人', '有关负责人', '相关人士', '有关人士', '发言人']);
/** Titles held in companies (not 主席, 主任, 行长: governments and central banks have them too), analysts' (a firm's: 卓睿咨询高级分析师), the holders only a company has (控股股东), and spokespeople. */
const EXECUTIVE = new PhraseTrie(
  `董事长 副董事长 总裁 副总裁 高级副总裁 执行副总裁 总经理 副总经理 常务副总经理 首席执行官 首席财务官 首席运营官 首席技术官
   CEO CFO COO CTO 创始人 联合创始人 创办人 董事总经理 总监 营销总监 市场总监 销售总监 策划总监 副总 董秘 合伙人 管理合伙人
   行政总裁 执行长 营运长 财务长
   分析师 高级分析师 资深分析师 首席分析师
   控股股东 实际控制人 自然人股东 第一大股东
   ${[...SPOKESPEOPLE].join(' ')}`.split(/\s+/).filter(Boolean),
);
const MANAGER = new Set(['经理', '副经理']);
/** An analyst's title. */
const ANALYST = /分析师$/;
/** 股东 opening the name of a shareholders' meeting: 股东大会, 股东特别大会. */
const SHAREHOLDERS_MEETING = /^股东(?:特别|临时|年度)?大会/;
/** Words the segmenter tags as names or nouns that say what someone did or was, never a piece of an employer (曾任/x 国家电投副总经理, 赵豪志/会见/n), a bank's subsidiary or head office (出任子行/x 董事长), and a company's regions (雀巢/大中华/大区董事长). */
const NOT_PIECES = new Set([...POST_VERBS, '子行', '母行', '总行', '起任', '续任', '连任', '留任', '升任', '改任', '调任', '转任', '代行', '新聘', '拟聘', '受聘', '续聘', '获聘', '接棒', '接掌', '执掌', '会见', '会晤', '拜会', '看望', '谢谢', '感谢', ...TAKEN_OVER_BY, '大中华', '亚太', '亚洲', '欧洲', '北美', '东南亚', '华东', '华南', '华北', '华中', '西南', '西北', '东北']);
const SURNAMED = /^[\u4e00-\u9fff]{1,2}姓$/;
/** Pieces of a name before a title: proper names, and nouns such as 润泽/地产. */
const PIECE_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j', 'eng', 'x']);
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);
/** Trade words that make a company of a plain noun before them when a title follows (润泽地产总经理). */
const TRADE = new Set(['地产', '置业', '物业', '珠宝', '顾问', '经纪', '资讯', '传媒', '影业', '影视', '文化', '家居', '网络', '科技', '软件', '游戏', '娱乐', '投资', '创投', '资本', '咨询', '电器', '服饰', '教育', '食品', '资管', '生物', '医药', '制药', '药业', '医疗']);
/** A department, region, sales channel or business group between the company and the title is no part of its name (恒达地产市场部经理, 华为中国区总裁, 闪送山东区域总经理, 施耐德电气全球执行副总裁, 个险渠道总经理, 终端BG董事长). */
const UNIT = /^(?:全球|[\u4e00-\u9fff]{0,5}(?:(?<!俱乐)部|区|区域|事业群|渠道)|[A-Z]?B[GU])$/;
/** …as is a fund house's line of investment (景祥基金/固收/投资总监). */
const FUND_LINE = /^(?:固收|固定收益|权益|量化|多资产)$/;
/** Public bodies (工信部, 省商务厅), schools and associations have executives of a sort too; so do brands (Redmi品牌总经理) and temples (安海宮董事長). */
const NOT_EMPLOYER = /政府|管委会|委员会|大学|学院|学校|协会|学会|商会|联合会|基金会|研究院|研究所|医院|电视台|报社|日报|晚报|杂志|(?:中心|项目|小镇|广场|俱乐部|企业|工厂|基地|品牌)$|(?<![美食迷])[宫宮]$|[庙廟寺庵祠]$|[院所校局委办厅署会]$|(?<!公)司$|(?<!俱乐)部$|^[起出担兼转升改接调续]任公司$|^[该本此].$|^(?:市务|公关|人事|财务|行政|法务|营销|市场|销售|采购|研发|运营|战略)$/;
const JOINING_WORDS = new Set(['暨', '及', '和', '与', '并']);
/** A region of a country or the world a company's unit covers: 华东区, 大中华区, 亚太区域. */
const MACRO_REGION = /^(?:华东|华南|华北|华中|华西|西南|西北|东北|亚太|大中华|中国|全球|海外|国际)区(?:域)?$/;
/** A title's 原, 前 or 前任 (a former one), 联席 (a co-), 名誉 or 荣誉 (honorary), 代理, 代 or 临时 (acting) and 拟任 (proposed): the title's, not the employer's. */
const TITLE_PREFIXES = new Set(['原', '前', '前任', '联席', '名誉', '荣誉', '代理', '代', '临时', '拟任', '原副', '前副']);
/** A token that can be (part of) a company name: CJK, Latin letters, digits, & and name dots. */
export const WORDLIKE = /^[\u4e00-\u9fff\u3400-\u4dbf\u{20000}-\u{2ffff}A-Za-z0-9&·]+$/u;
const LATIN = /^[A-Za-z][A-Za-z0-9&.-]*$/;

export function cueNames(text: string, idx: TokenIndex, isName: IsName, isKnown: IsName): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, source: string) => out.push({ start, end, label: 'COMPANY', source });
  const hasOdds = /赔率|盘口/.test(text);
  const tokens = idx.tokens;
  let inTitle = 0; // the end of the last title: 总裁 inside 行政总裁 is no title of its own
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const titleEnd = t.start < inTitle ? -1 : EXECUTIVE.longestFrom(text, t.start, idx.isBoundary);
    if (titleEnd > 0) inTitle = titleEnd;
    // 经理 names an executive only after a department: 恒达地产市场部经理 (not 客户经理).
    const managerEnd = MANAGER.has(t.word) && UNIT.test(tokens[i - 1]?.word ?? '') ? t.end : -1;
    // (Not a company's 控股 and its 股东大会: 在永联/控股/股东特别大会上.)
    const meeting = titleEnd > 0 && SHAREHOLDERS_MEETING.test(text.slice(titleEnd - 2, titleEnd + 4));
    if ((titleEnd > 0 && !meeting) || managerEnd > 0) {
      const employer = employerBefore(text, t.start, Math.max(titleEnd, managerEnd), idx, isName, isKnown);
      // (Not a product's maker before its project's head: 小米SU7项目负责人; nor an analyst's sector, an analyst's firm being named as one: 卓创资讯/玉米分析师, 浦江证券/非银金融首席分析师.)
      const analystsSector = employer && ANALYST.test(text.slice(t.start, titleEnd)) && !ANALYST_FIRM_END.test(text.slice(employer.start, employer.end));
      if (employer && !analystsSector && !sourceOrProductAt(text, employer.start, employer.end)) add(employer.start, employer.end, 'rule:company-employer');
    }
    // A company before the shareholders' meeting a deal needs or goes to, its year's too: 须经万丰资源股东特别大会通过, 提交海岳电器年度股东大会.
    if (t.word.startsWith('股东') && SHAREHOLDERS_MEETING.test(text.slice(t.start, t.start + 6))) {
      const at = t.start - (text.endsWith('年度', t.start) ? 2 : 0);
      const holder = employerBefore(text, at, t.end, idx, isName, isKnown);
      if (holder && holder.end === at && MEETING_VERB_BEFORE.test(text.slice(Math.max(0, holder.start - 2), holder.start)) && !sourceOrProductAt(text, holder.start, holder.end)) add(holder.start, holder.end, 'rule:company-employer');
    }
    // A listed company opening its clause with its notice: 利民股份公告，, 奥特维近日公告，, 金一文化晚间公告称;
    // and one with its listing's news: 华远精工首发获通过, 华远精工IPO获受理.
    const ipo = (t.word === '首发' || t.word === 'IPO') && IPO_NEWS_AFTER.test(text.slice(t.end, t.end + 3));
    if ((t.word === '公告' && NOTICE_AFTER.test(text.slice(t.end, t.end + 2))) || ipo) {
      const when = ANNOUNCED_WHEN.has(tokens[i - 1]?.word ?? '') ? tokens[i - 1]!.start : t.start;
      const notifier = employerBefore(text, when, t.end, idx, isName, isKnown);
      // (据 before it cites the notice, whatever the segmenter glued it to: 另据/佰维存储公告, 另据/x 公告.)
      const cited = notifier ? CITING.exec(text.slice(notifier.start, notifier.end))?.[0].length ?? 0 : 0;
      if (notifier && notifier.end - notifier.start - cited >= 2 && CLAUSE_START.test(text.slice(Math.max(0, notifier.start - 1), notifier.start)) && !sourceOrProductAt(text, notifier.start + cited, notifier.end)) add(notifier.start + cited, notifier.end, 'rule:company-notice');
    }
    // A startup named before the round it completes or gets, after the kind of firm it is or opening its clause:
    // 合成生物企业衍生元素完成数千万元天使轮融资, 「远驰智运」近日完成3亿美元C轮融资, 驭途科技宣布获得美团战略投资.
    const funding = FUNDING_VERB.exec(t.word);
    if (funding && (funding[1] === '完成' ? ROUND : FUNDED).test(text.slice(t.end, t.end + 24))) {
      // (…past when and how it did: 近日, 去年, 宣布, 顺利, 已.)
      let k = i;
      while (k > 0 && (ANNOUNCED_WHEN.has(tokens[k - 1]!.word) || FUNDING_MANNER.has(tokens[k - 1]!.word) || tokens[k - 1]!.tag === 'd' || tokens[k - 1]!.tag === 't')) k--;
      const when = tokens[k]!.start;
      // (After its kind, the name is whatever stands between, however the segmenter cut it: 企业/衍生/v 元素/n.)
      const kind = FIRM_KIND_NAME.exec(text.slice(Math.max(0, when - 12), when));
      const end = kind?.[1] ? when : when - 1;
      const funded = kind ? { start: end - (kind[1] ?? kind[2]!).length, end } : employerBefore(text, when, t.end, idx, isName, isKnown);
      const opened = funded && (kind || CLAUSE_START.test(text.slice(Math.max(0, funded.start - 1), funded.start)));
      // (Not a word alone: 企业/累计/v 完成投资.)
      const word = idx.at(funded?.start ?? -1);
      const oneWord = word !== undefined && word.start === funded!.start && word.end === funded!.end && !UNKNOWN_WORD_TAGS.has(word.tag ?? '') && !PERSON_TAGS.has(word.tag ?? '');
      // (Nor when it did: 公司今年9月完成; nor adverbs and prepositions after the kind: 等企业/均/d 在/p 今年获得.)
      const dated = funded && WHEN_IN_NAME.test(text.slice(funded.start, funded.end));
      const functional = funded && idx.tokens.slice(idx.indexAt(funded.start), idx.indexAt(funded.end - 1) + 1).every((w) => w.tag === 'd' || FUNCTION_WORD_TAGS.includes(w.tag ?? ''));
      if (funded && opened && !oneWord && !dated && !functional && !NOT_COMPANIES.has(text.slice(funded.start, funded.end)) && !sourceOrProductAt(text, funded.start, funded.end)) add(funded.start, funded.end, 'rule:company-funded');
    }
    if (hasOdds && t.tag === 'eng' && LATIN.test(t.word) && t.word.length >= 3 && ODDS_AFTER.test(text.slice(t.end, t.end + 4))) {
      add(t.start, t.end, 'rule:company-bookmaker');
    }
    // A dictionary name before 旗下 is the parent company, even an everyday word (金山旗下).
    if (tokens[i + 1]?.word === '旗下' && isKnown(t)) add(t.start, t.end, 'rule:company-parent');
    if ((t.word === '(' || t.word === '（') && BRACKETED_LATIN.test(text.slice(t.start, t.start + 60))) {
      const named = nameBeforeAlias(text, i, idx, isName);
      if (named) add(named.start, named.end, 'rule:company-bracketed');
    }
    // A party to a deal named in Latin after its country: 与美国Terra-Gen签署, 和德国Enpal达成, 及日本Benesse跟投 (not an acronym, an agency's as often: 美国FDA).
    if (isForeignCountry(t.word) && PARTNER_BEFORE.has(tokens[i - 1]?.word ?? '') && tokens[i + 1]?.tag === 'eng' && tokens[i + 1]!.start === t.end) {
      const named = wholeLatinName(text, tokens[i + 1]!);
      // (…its words joined by a hyphen too: Terra-Gen.)
      const end = named.end + (HYPHENATED_REST.exec(text.slice(named.end, named.end + 30))?.[0].length ?? 0);
      if (/[a-z]/.test(text.slice(named.start, end)) && DEAL_AFTER.test(text.slice(end, end + 2))) add(named.start, end, 'rule:company-party');
    }
    if (t.word === '由') for (const m of makersAfter(text, i + 1, idx, isName)) add(m.start, m.end, 'rule:company-maker');
    else if (t.tag === 'eng' && LATIN.test(t.word) && t.word.length >= 3 && MADE_THE.test(text.slice(t.end, t.end + 3))) add(t.start, t.end, 'rule:company-maker');
  }
  return out;
}

/** The rest of a Latin name after a hyphen: -Gen of Terra-Gen. */
const HYPHENATED_REST = /^(?:-[A-Za-z][A-Za-z0-9]*)+/;
/** Who a deal is made with, or the last of the investors listed: 与, 和, 同, 跟, 及 (中華開發資本及日本Benesse跟投). */
const PARTNER_BEFORE = new Set(['与', '和', '同', '跟', '及']);
/** A deal's verb right after its party: 签署, 签订, 达成, 合作, 成立, 组建, 合资, and an investor's: 领投, 跟投, 参投. */
const DEAL_AFTER = /^(?:签署|签订|签约|达成|合作|成立|组建|合资|[领跟参]投)/;
/** What follows a company's notice: a pause, or what it says (公告称, 公告显示). */
const NOTICE_AFTER = /^(?:[，,：:]|称|显示|指出)/;
/** What a deal does with a shareholders' meeting, before the company's: 须经, 提交, 提请. */
const MEETING_VERB_BEFORE = /(?:经|經|提交|提请|提請|提呈)$/;
/** What a listing application gets, after 首发 or IPO: 获通过, 获受理, 过会, 上会, 暂缓审议, 被否, 注册生效, 终止. */
const IPO_NEWS_AFTER = /^(?:获|过会|上会|暂缓|被否|未通过|注册|终止|申请)/;
/** When a notice came, between the company and 公告: 近日, 晚间. */
const ANNOUNCED_WHEN = new Set(['近日', '日前', '今日', '今天', '晚间', '早间', '昨晚', '昨日', '当晚', '同日', '当日']);
/** What cites a notice before its company: 据, 另据, 根据. */
const CITING = /^(?:另据|根据|据)/;
/** Where a clause opens: the text's start, a pause, a line or a headline's bullet. */
const CLAUSE_START = /^(?:|[，,。；;：:\n\s▲△■□●○◆◇·•|｜】」”"])$/;

/** How and when a firm got its round, between its name and the verb: 宣布, 顺利, 成功, 正式, 累计. */
const FUNDING_MANNER = new Set(['宣布', '已', '已经', '顺利', '成功', '正式', '再度', '再次', '相继', '先后', '分别', '率先', '首次', '刚刚', '累计', '均', '共']);
/** A time, which no startup's name holds: 今年9月, 去年, 3月. */
const WHEN_IN_NAME = /[\d０-９一二三四五六七八九十][年月日]|[今去明前][年天]|[本上下当同]月/;
/** A round's verbs after the firm it funds (完成, 获得, 获, 斩获), one word with how it did perhaps (顺利完成/l). */
const FUNDING_VERB = /^(?:顺利|成功|正式|已)?(完成|获得|获|斩获)$/;
/** A round of funding after its verb: 数千万元天使轮融资, 美团战略投资, 3亿美元C轮融资; after 完成 a round only (完成投资 is spending). */
const FUNDED = /^[^，,。；;\n]{0,18}?(?:融资|投资)/;
const ROUND = /^[^，,。；;\n]{0,18}?融资/;
/** A startup's name after the kind of firm it is (合成生物企业/衍生元素, 机器人公司/驭途科技, 「远驰智运」), not the firm itself (该公司, 本公司). */
const FIRM_KIND_NAME = /^.*(?:(?<![该本此这其子母分])(?:企业|公司)|初创|新创|平台|厂商|独角兽)([\u4e00-\u9fffA-Za-z0-9]{2,8})$|[「『“"【]([\u4e00-\u9fffA-Za-z0-9]{2,8})[」』”"】]$/;

/** Odds quoted right after a bookmaker's name: bwin主胜赔, ssp同赔率下, snai平赔3.20, bet365的赔率. */
const ODDS_AFTER = /^(?:的|相同|同)?赔率|^[主客]胜赔|^平赔|^初盘|^开出/;
/** "X开发的" after a Latin name: the studio behind a title. */
const MADE_THE = /^(?:开发|研发|发行|制作)的/;
/** What a maker does to a product after 由 X: 由X研发, 由X自主开发, 由X代理发行; and an investor to a round: 由番茄资本领投. */
const MADE = /^(?:自主|自行|自制|独立|联合|共同|负责)?(?:研发|开发|制作|发行|代理|出品|运营|领投|跟投|参投)/;
const MAKER_JOINERS = new Set(['与', '和', '、']);

/** A Latin name that says it is a company: (Galaxy Corp), (HasbroInc). */
const CORPORATE = /(?:Inc|Corp|Corporation|Ltd|Limited|Group|Co|Holdings|Pictures|Studios?|Games|Entertainment|Bank|Capital|Technology|Technologies|Software)\.?$/;
/** Words that end a Chinese company name written with its Latin one: 宜鼎国际(Innodisk). */
const CORPORATE_ZH = new Set(['国际', '集团', '控股', '实业', ...TRADE]);

/**
 * The name before a bracketed Latin name at token `i`, when one of the two says it is a company:
 * a proper name and a corporate word (宜鼎/国际), or a proper name before a corporate Latin name.
 * Persons (库克(Tim Cook)) and places (北京(Beijing)) are left alone.
 */
function nameBeforeAlias(text: string, i: number, idx: TokenIndex, isName: IsName): { start: number; end: number } | undefined {
  const last = idx.tokens[i - 1];
  const prev = idx.tokens[i - 2];
  if (!last || last.end !== idx.tokens[i]!.start) return undefined;
  const alias = BRACKETED_LATIN.exec(text.slice(last.end, last.end + 60))![1]!;
  const proper = (t: Token | undefined) => t !== undefined && isName(t) && !PERSON_TAGS.has(t.tag ?? '');
  const noun = prev !== undefined && prev.tag === 'n' && prev.word.length >= 2 && !CORPORATE_ZH.has(prev.word);
  if (CORPORATE_ZH.has(last.word) && (proper(prev) || (noun && CORPORATE.test(alias)))) {
    // (A generic noun is the name's only after a word of its own: 标准/银行/集团 (Standard Bank Group), not 银行集团 alone.)
    const first = proper(prev) || !isGeneric(prev!.word) ? prev! : idx.tokens[i - 3];
    if (!first || (first !== prev && (first.tag !== 'n' || first.word.length < 2 || isGeneric(first.word)))) return undefined;
    // (Not a role's 人 glued on: 呈请/人顶益/x 国际 (Top Shine Global) is 顶益国际.)
    return { start: first.start + (startsWithRoleEnd(first, idx.tokens[idx.indexAt(first.start - 1)]) ? 1 : 0), end: last.end };
  }
  // (Not the foreign country the segmenter glued on: 日本丰田汽车公司/nt (Toyota Motor Corporation) is 丰田汽车公司.)
  const home = foreignCountryLength(last.word);
  if (CORPORATE.test(alias) && proper(last)) return { start: last.start + (home && lookupName(last.word.slice(home, last.word.endsWith('公司') ? -2 : undefined)) ? home : 0), end: last.end };
  return undefined;
}

/** Tags of a word the segmenter did not know or took for a name: what a company's own name is tagged. */
const UNKNOWN_WORD_TAGS: ReadonlySet<string> = new Set(['x', 'nz', 'nr', 'nrt', 'nrfg', 'eng', 'nt']);

/** The verb 任 and prepositions the segmenter glues onto the word after them. */
const GLUED_HEAD = /^[任据从在向对与和由被将于经而前原兼]/;
const THERE_ARE_AFTER = /[的还也另]/;

/** The company named right before an executive title at `titleStart` (with 的 or a department between). */
function employerBefore(text: string, titleStart: number, titleEnd: number, idx: TokenIndex, isName: IsName, isKnown: IsName): { start: number; end: number } | undefined {
  let end = titleStart;
  let j = idx.indexAt(end - 1);
  if (j < 0) return undefined;
  const unit = UNIT.test(idx.tokens[j]!.word);
  // 的, a unit, 原/前/联席 (原副/x too) or 第三任 (华泰置业/原/董事长, 药明康德/联席/首席执行官, 宏达纸业/第三任/m 董事长) between the employer and the title is not the employer's;
  // nor is a word that makes a longer title with it (中泰证券/风控/x 总监).
  if (unit || idx.tokens[j]!.word === '的' || TITLE_PREFIXES.has(idx.tokens[j]!.word) || NTH_HOLDER.test(idx.tokens[j]!.word) || LONGER_TITLE.has(idx.tokens[j]!.word + text.slice(titleStart, titleEnd))) end = idx.tokens[j--]!.start;
  // (…nor a fund house's line before the title, or before such a longer one: 景祥基金/固收/投资/总监.)
  if (j >= 0 && FUND_LINE.test(idx.tokens[j]!.word)) end = idx.tokens[j--]!.start;
  const pieces: Token[] = [];
  // …glued onto the employer's last characters too (湘/醇酒/业原/x 董事长): the employer ends before it.
  const glued = idx.tokens[j];
  if (glued?.tag === 'x' && glued.end === end && glued.word.length >= 2 && TITLE_PREFIXES.has(glued.word.slice(-1))) {
    pieces.push({ ...glued, word: glued.word.slice(0, -1), end: --end });
    j--;
  }
  for (let words = 0; j >= 0 && words < 3; j--) {
    const t = idx.tokens[j]!;
    // (A unit's words after the 兼 of a second post are the unit's, of the company before the first: 三星电子/总裁兼/j 存储/业务部/总经理.)
    if (unit && pieces.length && /兼$|^、$/.test(t.word)) return undefined;
    // (A space between Latin words is the name's, and no word of it: Fluence/ /Energy 首席执行官.)
    if (t.word === ' ' && LATIN.test(pieces[0]?.word ?? '') && LATIN.test(idx.tokens[j - 1]?.word ?? '')) {
      pieces.unshift(t);
      continue;
    }
    // (林国/荣任/n 公司董事长: a name and the verb 任, no employer.)
    if (!(PIECE_TAGS.has(t.tag ?? '') || TRADE.has(t.word)) || !WORDLIKE.test(t.word) || NOT_PIECES.has(t.word) || EXECUTIVE.longestFrom(t.word, 0) > 0 || GLUED_TAKING.test(t.word)) break;
    // A copula glued onto the word before the employer (许家/m 印系/x 创始人, 王刚系/x 公司董事长, 王来/胜为/x 公司总经理): it starts after it;
    // so does a name's last character glued to the 及 that joins two officials (副总裁孙立/群及/x 首席财务官).
    if (t.tag === 'x' && t.word.length >= 2 && /[系是为及和与]$/.test(t.word)) break;
    // (…and a joining word alone, whatever its tag: 闭店/x 暨/nt 董事长变更.)
    if (JOINING_WORDS.has(t.word)) break;
    // (…and the 由 of a change of post, whatever the segmenter glued to it: 法定代表人由德籍/x 总经理.)
    if (gluedBy(t)) break;
    // (张伟/任海川/x 集团董事长, 据博纳/x 影业董事长, 前小鹏/x 汽车副总裁: the verb 任, a preposition or 前 (former) glued onto the employer's first word is no part of it.)
    // (…nor 有, there are, after 的, 还 or 也: 出席的有华/x 策影视总裁, not 有棵树/x 董事长.)
    if (t.tag === 'x' && t.word.length > 2 && (GLUED_HEAD.test(t.word) || (t.word[0] === '有' && THERE_ARE_AFTER.test(text[t.start - 1] ?? '')))) {
      pieces.unshift({ ...t, word: t.word.slice(1), start: t.start + 1 });
      break;
    }
    // (…and 对 after a public body, whatever the tag, its character left one word with the next: 中国证监会/对华/nz 信/n 存储/j → 华信存储.)
    if (t.word.length === 2 && t.word[0] === '对' && PUBLIC_BODY_END.test(idx.tokens[j - 1]?.word ?? '') && pieces[0]?.start === t.end) {
      pieces[0] = { ...pieces[0], word: t.word[1] + pieces[0].word, tag: 'x', start: t.start + 1 };
      break;
    }
    pieces.unshift(t);
    words++;
  }
  // The name starts at its first proper piece, with a place right before it (北京恒达地产).
  let first = pieces.findIndex((p) => isName(p) && !TRADE.has(p.word));
  if (first < 0) {
    // A plain noun and a trade word: 润泽/地产, and a name the segmenter tags a place that is no
    // province or city (横店/ns 影视, 星海/ns 文化; not 北京/文化).
    const [a, b] = pieces.slice(-2);
    if (!a || !b || !TRADE.has(b.word) || a.word.length < 2 || (a.tag === 'ns' && isProvinceOrCity(a.word)) || TRADE.has(a.word)) return undefined;
    first = pieces.length - 2;
  }
  if (NOT_EMPLOYER.test(text.slice(pieces[first]!.start, end))) return undefined;
  // A city before the name is part of it (北京恒达地产); a country makes no name (韩国公司).
  while (first > 0 && pieces[first - 1]!.tag === 'ns' && !/^(?!中国).*[国洲]$/.test(pieces[first - 1]!.word)) first--;
  // (A macro-region's unit is the company's before it, no company: 戴德/梁行/华东区/产业/地产/负责人.)
  if (MACRO_REGION.test(pieces[first]!.word)) return undefined;
  let named = pieces.slice(first);
  // A group's name ends at its 集团: what follows is its unit or brand (淘天/集团/天猫/总裁).
  const group = named.findIndex((p) => p.word === '集团' || p.word === '公司');
  if (group > 0 && group < named.length - 1) named = named.slice(0, group + 1);
  // A place after the name is a branch (华为山东): the company is what comes before it.
  while (named.length > 1 && named[named.length - 1]!.tag === 'ns') named = named.slice(0, -1);
  // A generic noun between a proper name and a department names the department (中诚信/国际/金融机构/部总经理).
  const proper = named.findIndex(isName);
  while (unit && proper >= 0 && named.length > proper + 1 && !isName(named[named.length - 1]!) && !TRADE.has(named[named.length - 1]!.word)) named = named.slice(0, -1);
  // A dictionary company with a unit after it is the company alone (华为信用卡中心 → 华为), its
  // group with it (日本/软银/集团), and what stands before it other than its city is not its name
  // (赵豪志/会见/n 海信集团董事长, 日本/ns 软银).
  // So is one the segmenter cut into two pieces, the first of which may be before the pieces read (中国/ns 信保/x 山东/ns 分公司).
  const ahead = idx.at(pieces[0]!.start - 1);
  // (With its city before it, as a known company's: 广州/中原/地产.)
  const around = [...(ahead && WORDLIKE.test(ahead.word) ? [ahead] : []), ...pieces];
  const cut = around.findIndex((p, k) => k + 1 < around.length && p.end === around[k + 1]!.start && lookupName(p.word + around[k + 1]!.word) !== undefined);
  const city = around[cut - 1];
  if (cut >= 0) return { start: city?.tag === 'ns' && isProvinceOrCity(city.word) ? city.start : around[cut]!.start, end: around[cut + 1]!.end };
  const known = named.findIndex(isKnown);
  if (known >= 0) named = named.slice(known > 0 && named[known - 1]!.tag === 'ns' && isProvinceOrCity(named[known - 1]!.word) ? known - 1 : known, named[known + 1]?.word === '集团' ? known + 2 : known + 1);
  if (named.every((p) => p.tag === 'ns')) return undefined; // 济南总经理 is no company
  // (Nor a common word before a unit, the unit's line of business: 现任存储/j 事业部总经理, …股份有限公司农产品事业部总经理 where 农产品 is a listed company's ambiguous alias.)
  if (unit && named.length === 1 && (!isKnown(named[0]!) || lookupName(named[0]!.word)?.ambiguous) && !UNKNOWN_WORD_TAGS.has(named[0]!.tag ?? '')) return undefined;
  // A person's name between the employer and a title of address is the person's (汇通数科/沈国平/x 董事长).
  const nameAfterTitle = personNameAt(text, titleEnd, idx) >= 0;
  const last = named[named.length - 1]!;
  if (named.length > 1 && (last.tag === 'x' || PERSON_TAGS.has(last.tag ?? '')) && !TRADE.has(last.word) && personNameAt(text, last.start, idx) === last.end && !nameAfterTitle) named = named.slice(0, -1);
  end = named[named.length - 1]!.end;
  // (Not the foreign country the segmenter glued onto a known name: 德国大众汽车集团/nt 首席执行官 is 大众汽车集团's.)
  const home = foreignCountryLength(named[0]!.word);
  const start = named[0]!.start + (home && lookupName(text.slice(named[0]!.start + home, end)) ? home : 0);
  const name = text.slice(start, end);
  // 王姓董事长: a man surnamed Wang, no employer; nor a name the segmenter glued to 为 (选举梁稳/x 根为/x 董事长: as chairman).
  if (name.length < 2 || name.length > (LATIN.test(name[0]!) ? 30 : 10) || TRADE.has(name) || NOT_EMPLOYER.test(name) || NOT_COMPANIES.has(name) || SURNAMED.test(name) || (/为$/.test(name) && named[named.length - 1]!.tag === 'x')) return undefined;
  const tail = named[named.length - 1]!;
  if (SPOKESPEOPLE.has(text.slice(titleStart, titleEnd)) && !(tail.tag === 'x' || tail.tag === 'eng' || TRADE.has(tail.word) || named.some(isKnown))) return undefined;
  // A person before a title of address (王海董事长说) is no employer; a name after the title shows one,
  // unless 的 makes the title the person's relation (王建华/nr 的合伙人李国强).
  const person = personNameAt(text, start, idx) === end;
  if (person && (!nameAfterTitle || (text[end] === '的' && named.length === 1 && PERSON_TAGS.has(named[0]!.tag ?? '')))) return undefined;
  return { start, end };
}

/** The makers named after 由 (由X与Y共同开发): each a name-like token, or two pieces of a name. */
function makersAfter(text: string, i: number, idx: TokenIndex, isName: IsName): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const nameLike = (t: Token | undefined) => t !== undefined && isName(t) && !PERSON_TAGS.has(t.tag ?? '') && !TRADE.has(t.word);
  for (let k = i; k < idx.tokens.length; ) {
    const t = idx.tokens[k]!;
    const next = idx.tokens[k + 1];
    // 星河/互娱, 蓝鲸/网络: a noun or name and a name or trade word; else one name-like token.
    const pair = next && t.word.length >= 2 && WORDLIKE.test(t.word) && PIECE_TAGS.has(t.tag ?? '') && (TRADE.has(next.word) || nameLike(next));
    const end = pair ? next.end : nameLike(t) ? t.end : -1;
    // A person is no company: 由李明开发.
    if (end < 0 || NOT_EMPLOYER.test(text.slice(t.start, end)) || personNameAt(text, t.start, idx) === end) return [];
    found.push({ start: t.start, end });
    k = idx.indexAt(end);
    const after = idx.tokens[k];
    if (!after) return [];
    if (MAKER_JOINERS.has(after.word)) {
      k++;
      continue;
    }
    return MADE.test(text.slice(end, end + 6)) ? found : [];
  }
  return [];
}

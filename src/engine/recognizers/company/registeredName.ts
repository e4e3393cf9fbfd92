import { COMPANY_NAMES, lookupName, NOT_COMPANIES, type CompanyEntry } from '../../dict/companies';
import { COUNTY_NAMES, isCounty, isProvince, isProvinceOrCity } from '../../dict/places';
import { ANALYST_FIRM_END, TITLES_ENDING } from '../../dict/positions';
import { SINGLE_SURNAMES } from '../../dict/surnames';
import { WORDLIKE } from './companyCues';
import { GLUED_TAKING } from '../official/postVerbs';
import { GLUE, isCJKWord, isTranslit, NAME_DOT, nameMayStartAt } from '../official/names';
import { BUREAU_NUMBER, COUNTRY_LIKE, DIRECTIONS, foreignCountryLength, FUNCTION_ADVERBS, FUNCTION_HEAD, FUNCTION_TAGS, FUNCTION_TAIL, FUNCTION_WORD_TAGS, GENERIC, isDescriptor, isDistinctive, isGeneric, isNameAdverb, isPartyPerson, isRegisteredWord, isRole, MODEL_CODE, NAME_STOP, NAME_VERBS, NAMING_TIMES, NATIONAL, NOT_COMPANY_WORDS, type Piece, PROPER_TAGS, PUBLIC_BODY_END, PUBLIC_OR_CRIME_WORDS, ROLES, startsWithRoleEnd } from './nameWords';
import { CharSet } from '../text/charSet';
import { PhraseTrie } from '../text/phraseTrie';
import { writtenWhere } from '../text/scan';
import { SENTENCE_END } from '../text/sentences';
import type { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';
import type { Candidate } from '../types';

// Registered and group names by their suffix (有限公司, 集团, 银行, 科技 ...), walked back over the
// segmenter's pieces to where the name starts (中兴通讯/股份/有限公司, 雪花/啤酒/(/济南/)/有限公司),
// and which pieces a walk takes in. The words it judges them by are in nameWords.ts. company.ts runs
// the walk at every token end.

type SuffixKind = 'legal' | 'weak' | 'group' | 'finance' | 'local' | 'trade' | 'plant';
/** A city's investment and building companies, named by their place: 广州城投, 南京扬子国投, 贵阳投控. */
export const CITY_COMPANIES = ['城投', '交投', '建投', '产投', '能投', '国投', '开投', '投控', '城建', '城发', '水投', '旅投', '交建', '铁投'];
export const SUFFIXES: ReadonlyMap<string, SuffixKind> = new Map([
  // (An accounting firm is a partnership registered as such: 德勤华永会计师事务所（特殊普通合伙）.)
  // (…and a farmers' cooperative, a legal form of its own: 寿光市绿禾蔬菜专业合作社.)
  ...['有限公司', '有限责任公司', '股份公司', '集团公司', '集团总公司', '总公司', '株式会社', '合伙企业', '会计师事务所', '律师事务所', '专业合作社', '制作所'].map((s) => [s, 'legal'] as const),
  // Partnerships registered as an enterprise or a centre: …管理咨询企业（有限合伙）, …投资管理中心（有限合伙）.
  ...['企业（有限合伙）', '企业(有限合伙)', '中心（有限合伙）', '中心(有限合伙)', '企业（普通合伙）', '中心（普通合伙）'].map((s) => [s, 'legal'] as const),
  ['公司', 'weak'],
  ['集团', 'group'],
  // A state factory by its place and trade: 洛阳拖拉机厂, 济南第二机床厂, 青岛电冰箱总厂.
  ['厂', 'plant'],
  ['总厂', 'plant'],
  ...['银行', '证券', '保险', '人寿', '寿险', '财险', '产险', '信托', '期货', '基金', '金控', '理财', '消费金融', '金融租赁'].map((s) => [s, 'finance'] as const),
  // Local banks and a city's investment and heating companies are named by their place: 株洲市商业银行, 某某农商行, 广州城投, 郑州热力, 南京扬子国投, 贵阳投控.
  ...['商业银行', '农村商业银行', '农商银行', '农商行', '农村合作银行', '村镇银行', '信用社', '农村信用社', '信用联社', '农村信用合作联社', '信用合作联社', '农村信用社联合社', '热力', ...CITY_COMPANIES].map((s) => [s, 'local'] as const),
  ...['科技', '股份', '控股', '地产', '置业', '置地', '实业', '药业', '制药', '电器', '电气', '重工', '钢铁', '航空', '矿业', '锂业', '传媒', '影业', '乳业', '酒业', '物流', '快递', '汽车', '通讯', '财富', '资讯', '网络', '顾问', '资本', '创投', '物业', '能源', '医疗', '食品', '电力', '生物', '医药', '新材', '环保', '动力', '超市', '超级市场', '便利店', '饭店', '驾校'].map(
    (s) => [s, 'trade'] as const,
  ),
]);
/** Tags of a name's own first word after its country: a person's or a transliterated name, or a word the segmenter does not know. */
const OWN_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x']);
/** Tags of a place's name: ns, and s (a locative word, as the segmenter tags some foreign cities: 河内/s). */
const PLACE_TAGS = new Set(['ns', 's']);
/** Whether a token ends a dictionary name that starts before it: 华润/万家/m (a number of companies elsewhere). */
function isPartOfKnownName(text: string, t: Token): boolean {
  const known = DICT_BEFORE.longestEndingAt(text, t.end);
  return known >= 0 && known < t.start;
}

/** Prepositions that open a clause before a company's name: 经 (by), 据, 由, 从, 向, 对. */
const CLAUSE_PREPOSITIONS = new CharSet('经据由从向对');
/** A preposition or 为 glued before a bare 公司, the company just named: 为, 从, 向, 在, 于, 对. */
const BEFORE_BARE_COMPANY = new CharSet('为从向在于对');
/** A word for a company, or one ending so: 公司, 上市公司, 企业 (what a name's first word may follow). */
const A_COMPANY_WORD = /(?:公司|企业)$/;
/** What stands before a clause's first word: a space, a pause, an opening bracket or quote. */
const CLAUSE_START_BEFORE = /[\s。，,；;：:！？!?、（(“"]/;
/** The sectors whose firms are called by their first character and 企: 房企, 车企, 药企, 乳企, 国企. */
const FIRM_SECTORS = '药车房险国央民外乳酒煤钢船航物芯';
/** A sector's word for its firms (房企, 车企, 药企, 乳企, 险企, 券商), before a name it describes. */
const SECTOR_FIRM_HEAD = new RegExp(`^(?:[${FIRM_SECTORS}]企|券商)`);
const SUFFIX_TRIE = new PhraseTrie(SUFFIXES.keys(), { reversed: true });
/** A partnership's form after its name: （有限合伙）, (普通合伙), （特殊普通合伙）. */
const PARTNERSHIP_FORM = /^[(（](?:有限|普通|特殊普通)合伙[)）]/;

const DICT_BEFORE = new PhraseTrie(COMPANY_NAMES.keys(), { reversed: true, foldCase: true });
/** Start of the longest dictionary company name that ends at `end`, or -1: the employer before a title (南方/f 航空 董事长). */
export function companyNameEndingAt(text: string, end: number): number {
  return DICT_BEFORE.longestEndingAt(text, end);
}

/** Moving to a company or buying into it, which the segmenter may leave untagged before its name (离任，转投/x 平安/a 基金; 举牌/x 秦港/x 股份). */
const JOINING = new Set(['转投', '加盟', '跳槽', '入职', '转战', '投奔', '转会', '举牌']);
/** Tags of tokens that can be part of a company name before its suffix. */
const NAME_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j', 'eng', 'x', 'vn', 'b', 'ng', 'an']);
/**
 * A word the segmenter made of 和 and the name's first character, that the article also writes
 * where no conjunction can be, after an opening quote or a sentence's end: the name's own 和
 * (公司和康/x 医疗集团有限公司 … 下称“和康医疗”; not 因, which starts sentences: 。因津盛/x 钢铁拖欠).
 */
function nameOfItsOwn(text: string, word: string): boolean {
  return word[0] === '和' && writtenWhere(text, word, (at) => at === 0 || SENTENCE_OR_QUOTE_OPEN.test(text[at - 1]!));
}
const SENTENCE_OR_QUOTE_OPEN = /[“"「『《。！？；\n]/;

/** A name of two or three characters and a preposition at the start of a token: 张惠在, 王伟和. */
const PERSON_AND_PREPOSITION = /^[\u4e00-\u9fff]{2,3}?[在和与到对向]/;
/** A verb of appointing and the name after it, up to the character before its 为: 任命钱立群, 提名何立平. */
const APPOINTED_BEFORE = /(?:任命|提名|聘任|聘请|委任|推荐|选举|推选)[\u4e00-\u9fff]{2,3}$/;
/** Prepositions glued even onto a name's first character (向山/x 东京/ns 博…有限公司: 向 + 山东京博…), and the 等 that ends a list (光迅科技等光/x 模块公司), and the verbs 获 and 诉 (获深/x 铁集团, 投资者诉乐/x 视网…公司). */
const PREPOSITION_HEAD = /^[向在与和为对从由把被将于於任等获诉系]/;
/** A verb of going to or setting up a factory before 厂: 进厂, 建厂, 回厂. */
const TO_A_PLANT = /^[进入回出建办设开去到返离]$/;
/** What a public body does to a company before naming it: 对 (处罚, 判决), 向 (罚款). */
const ACTING_ON = /^[对向]/;
/** Verbs of intent before 对 or 向 and the company acted on: 拟对…增资, 将向…转让. */
const INTENT = new Set(['拟', '将', '拟将', '计划', '决定', '同意', '准备']);
/** Adverbs, prepositions, pronouns and copulas alone: 还同, 并与, 也和, 因在, 原系, 他从 (before 𠮷, where the segmenter makes one unknown word of them). */
const FUNCTION_CHARS_ONLY = /^[还并也又都就将已曾同与和跟及对向在从把被为因他她其原系现]{2,3}$/;
/** A copula glued after a word: 方为, 主体是. */
const COPULA_TAIL = /[为是]$/;
/** A company's region: 区域, 中国区, 大中华区, 华东区. */
const REGION_UNIT = /^(?:区域|(?:中国|大中华|亚太|全球|海外|华[东南西北中]|西南|西北|东北)区)$/;
const REGION_ALONE = /^(?:华[东南西北中]|西南|西北|东北|亚太|海外)$/;
/** Words before 公司 that say what kind of company it is: 上市公司, 国有公司, 沪市主板公司 (listed there). */
const COMPANY_KINDS = new Set(['强村', '新设', '上市', '非上市', '国有', '民营', '合资', '外资', '跨国', '控股', '参股', '关联', '子', '母', '主板', '沪市', '深市', '科创板', '创业板', '北交所', '新三板', '创业', '初创', '预喜', '预增', '预减', '预亏']);
/** The first of something or an edition: 首批, 首家, 首版. */
const FIRST_OF = /^首[批家只个款届次版轮]$/;
/** Words of a fund product's name: what it invests in or how (股票, 混合型, ETF, 联接, 封闭式基础设施证券投资基金, a REIT), or its aim (国企改革, 纾困, 慈善). */
const FUND_KINDS = /^(?:股票|股票型|债券|债券型|混合|混合型|指数|指数型|货币|货币型|纯债|短债|ETF|LOF|QDII|FOF|联接|配置|精选|优选|成长|价值|红利|量化|灵活配置|国企改革|混改|纾困|并购|慈善|公益|封闭式|开放式|基础设施|证券投资)$/;
/** Commodities a futures contract is named by: 黄金期货 is a contract, not a futures company. */
export const COMMODITIES = new Set(['农产品', '美豆', '美棉', '美糖', '原糖', '黄金', '白银', '原油', '铜', '铝', '锌', '镍', '锡', '铅', '铁矿石', '螺纹钢', '热卷', '不锈钢', '焦炭', '焦煤', '动力煤', '大豆', '豆粕', '豆油', '菜粕', '菜油', '棕榈油', '玉米', '棉花', '白糖', '苹果', '红枣', '橡胶', '天然气', '生猪', '鸡蛋', '股指', '国债', '甲醇', 'PTA', '乙二醇', '纯碱', '玻璃', '尿素', '沥青', '燃料油', '碳酸锂', '氢氧化锂', '工业硅', '多晶硅', '集运指数', '集运', '对二甲苯', 'PX', '苯乙烯', '纸浆', '短纤', '烧碱', '硅铁', '锰硅', '沪金', '沪银', '沪铜', '沪铝', '沪锌', '沪镍', '沪锡', '沪铅', 'PVC']);
/** A name that ends in a commodity: 纽卡斯尔动力煤, COMEX黄金. */
export const COMMODITY_END = new RegExp(`(?:${[...COMMODITIES].join('|')})$`);

/** A government's investment arm, named after it: 政府投资, 政府引导, 政府出资. */
const GOVERNMENT_FUNDS = /政府(?=投资|引导|出资|产业)/;

/** Heads of a suffix word that make it a unit of a company, not a company (分公司, 子公司). */
const UNIT_HEADS = new Set(['分', '子', '母', '孙']);
/** A sector's word for its firms, by its first character and 企: 药企, 车企, 矿企, 国企. */
export const SECTOR_FIRM = `[${FIRM_SECTORS}矿]企`;
/** Words for a kind of company: 药企, 车企, 矿企, 国企, 厂商. */
export const KIND_GLUED_ON = new RegExp(`^(?:${SECTOR_FIRM}|企业|厂商|券商)`);
const SECTOR_HEAD = new CharSet(`${FIRM_SECTORS}矿`);
/**
 * How long a word for a kind of company is that the segmenter glued onto the name's first characters
 * (创新/药企康/x 诺维生物, or its 企 alone after the sector's character: 药/n 企康晋/x 生物), in the token `t`; 0 if none.
 */
export function kindGluedOn(text: string, t: { word: string; tag?: string; start: number }): number {
  if (t.tag !== 'x') return 0;
  const kind = KIND_GLUED_ON.exec(t.word)?.[0].length ?? (t.word[0] === '企' && SECTOR_HEAD.at(text, t.start - 1) ? 1 : 0);
  return kind < t.word.length ? kind : 0;
}
/** Periods of a year, which a date ends with: 第二财季, 2025年度. */
const PERIOD_WORDS = new Set(['财季', '财年', '季度', '年度', '半年', '上半年', '下半年']);
/** Where a person stands in a picture: （右）, （左二）, （前排中）. */
const POSITION_MARK = /^[(（](?:[前后中]排)?[左右中][一二三四五六七八九]?[)）]$/;
/** Kinds of shares a deal issues or locks, before 股份: 供股股份 (rights shares), 限售股份, 代价股份. */
const SHARE_KINDS = new Set(['供股', '配股', '送股', '红股', '限售', '流通', '增发', '新增', '库存', '代价', '配售', '回购', '激励', '奖励', '转让', '质押', '冻结']);
/** Counts of companies before what describes one: 一家, 多家, 几家. */
const COUNTED = new Set(['一家', '两家', '多家', '几家', '数家', '某家']);
/** A list's item number: （三）, （十二）, (12); not a year in a name (九龍巴士（一九三三）有限公司). */
const ITEM_MARK = /^[(（](?:(?=[一二三四五六七八九十])[一二三四五六七八九]?十?[一二三四五六七八九]?|\d{1,2})[)）]$/;
/** A dateline's reporter credit: （记者李华）, （通讯员王强）, （本报记者张静）. */
const CREDIT_MARK = /^[(（](?:本报|特约|见习|实习)?(?:记者|通讯员|摄影|编辑)/;
/** 由 and a name before the verb 控股: 由双胞胎集团 (控股). */
const CONTROLLED_BY = /由[^，,。；;、\s]{2,20}$/;
/** A bracketed place or 集团 inside a name: 雪花啤酒(济南)有限公司, 华润(集团)有限公司. */
export const BRACKETED = /[(（](?:[\u4e00-\u9fff]{1,6}|[A-Z]{2,5})[)）]$/;

/** What follows a suffix that makes it a common noun: a banking system or industry, shares quoted or delisted, parcels (共揽收/x 快递/v 包裹), heating stations (新建热力站), capital and power markets (德勤中国资本市场服务部, 山东电力现货市场), a share price (中远海控股价), car buying or markets (提振汽车消费). */
const SUFFIX_AS_NOUN: Readonly<Record<string, RegExp>> = {
  银行: /^(?:体系|业(?!务)|保险业|系统性|同业拆[息借放]|公会)/, // (…and 香港银行同业拆息, HIBOR; 山东银行保险业, the banking and insurance trade; 香港银行公会, their association)
  股份: /^(?:(?:[昨今前]日|周[一二三四五六日]|早盘|午盘|尾盘|盘中)?(?:收报|报收|收涨|收跌|股价|收市|收盘)|[已将]?(?:于[^，。；]{1,12})?(?:正式)?(?:除牌|停牌|复牌|退市))/,
  快递: /^(?:包裹|件|业务量|单票|单量|员|小哥|柜|网点|费)/,
  热力: /^(?:站|管网|管道|设施)/,
  资本: /^市场/,
  基金: /^(?:评价|评级|研究)中心/, // (济安金信基金评价中心, a rating firm's fund-rating centre: 济安金信's)
  保险: /^(?:署|局|业(?!务)|市场)/, // (中央健康保險署, a government office; 保险业, the trade)
  电力: /^(?:现货|市场|交易|体制|行业|供应|需求|负荷|系统)/,
  控股: /^价/,
  汽车: /^(?:消费|市场|产业|行业|销量|出口|以旧换新|下乡)/,
  动力: /^(?:总成|电池|系统)/, // (吉利汽车动力总成项目: a powertrain, the carmaker's)
  网络: /^(?:投票|零售|销售|购物|直播)/, // (上海证券交易所网络投票系统: online voting; 农产品网络零售额: online retail)
  财富: /^管理/, // (瑞银财富管理: a bank's wealth management, the bank's business)
};

/** A market before 交投 (trading, in Hong Kong's financial press). */
const MARKET_BEFORE_TRADING = /(?:地产|楼市|股市|市场|住宅|物业|二手|新盘|商铺|写字楼|成交)$/;

/** Kinds of securities, which end like a broker's name: 预托证券 (depositary receipts), 资产支持证券. */
const SECURITIES_KIND = /(?:预托|存托|有价|资产支持|债务|权益类)$/;

const GROUP_IN_BRACKETS = /[(（]集团[)）]$/;
/** A legal form a registered name ends with: what follows it is not the name's. */
export const LEGAL_FORM_END = /(?:有限公司|有限责任公司|股份公司|株式会社)$/;

/** A token that is an official's title (市长, 董事长): no company name has one. */
const isTitle = (text: string, t: Token): boolean => t.word.length >= 2 && TITLES_ENDING.longestEndingAt(text, t.end) === t.start;

/** A COMPANY candidate, with the dictionary company it names. */
export interface Found extends Candidate {
  /** The dictionary company this is a name of, if any. */
  entry?: CompanyEntry;
  ambiguous?: boolean;
  /** The dictionary company whose regional arm this is (大众汽车集团（中国）): it names that company for its ambiguous aliases. */
  armOf?: CompanyEntry;
}

/** Tags of a word whose last characters may start a dictionary name and still be the name's own: a place (青岛海尔/ns 智家), a number (第二/m), a person, an organization. */
const GLUED_WORD_TAGS = new Set(['ns', 'nt', 'm', 'nr', 'nrt']);
/** Verbs of acting together with a company that no name contains: 会同, 携手 (a walk back stops at them). */
const WITH_VERBS = new Set(['会同', '携手', '伙同']);
/** …and 联合, which names contain too (中国联合网络通信): 联合, 会同, 携手; and 联系, contacting (联系国/nt 网/n 南岭省电力有限公司). */
const JOINT_VERBS = new Set([...WITH_VERBS, '联合', '联系']);
/** Where a company's shares trade, opening what is then a kind of company: A股, 港股, 科创板. */
const PER_ITEM_HEAD = /^每[单件票箱次]/;
const MARKET_HEAD = /^(?:[ABH]股|港股|美股|中概股|科创板|创业板|主板|北交所|新三板)/;
/** A company name ending with a suffix word at `end` (the end of a token, or inside one: 青岛/银行行长), walked back over tokens. */
export function suffixNameAt(text: string, end: number, idx: TokenIndex): Found | undefined {
  const s = SUFFIX_TRIE.longestEndingAt(text, end);
  if (s < 0) return undefined;
  const suffix = text.slice(s, end);
  // (A group registered as X（集团）公司 is named as registered: 重庆机电控股（集团）公司.)
  const kind = suffix === '公司' && GROUP_IN_BRACKETS.test(text.slice(Math.max(0, s - 4), s)) ? 'legal' : SUFFIXES.get(suffix)!;
  // 澳门银行体系 (the banking system), 新地股份昨日收报 (its shares): the suffix is a common noun here.
  if (SUFFIX_AS_NOUN[suffix]?.test(text.slice(end, end + 24))) return undefined;
  // (…and the shares held or sold of a company named before 股份: 出售所持有的港铁公司及新地股份.)
  if (suffix === '股份' && SHARES_HELD_BEFORE.test(text.slice(Math.max(0, s - 16), s))) return undefined;
  // A property or stock market's 交投 is its trading, no investment company (大温地区商业地产交投放缓, 楼市交投).
  if (suffix === '交投' && MARKET_BEFORE_TRADING.test(text.slice(Math.max(0, s - 3), s))) return undefined;
  // A group's or a company's 顾问 is a post (转任LG集团顾问), not a consultancy's name.
  if (suffix === '顾问' && /(?:集团|公司)$/.test(text.slice(Math.max(0, s - 2), s))) return undefined;
  // …and 控股 after a legal form is what the company does (中央汇金投资有限责任公司控股体系: its holdings), no longer name.
  // (…and after a group's name that 由 (by) opens, the verb: 由双胞胎集团控股 is controlled by 双胞胎集团.)
  if (suffix === '控股' && (text.endsWith('公司', s) || (text.endsWith('集团', s) && CONTROLLED_BY.test(text.slice(Math.max(0, s - 24), s))))) return undefined;
  // (…and 股份 after a legal form is the shares it holds or records: 中国证券登记结算有限责任公司股份冻结明细.)
  if (suffix === '股份' && LEGAL_FORM_END.test(text.slice(Math.max(0, s - 6), s))) return undefined;
  // A Japanese company after 日本 is its whole name before 株式会社, whatever the segmenter made of its words (日本东洋/ns 和/c 光/n 电机/n 株式会社).
  const japanese = suffix === '株式会社' ? JAPANESE_NAME_BEFORE.exec(text.slice(Math.max(0, s - 12), s)) : null;
  // (…not where what it takes for a name ends in a party's role, the form then the name's, written first: 日本生活杂货零售商/株式会社青叶生活.)
  if (japanese && ![...ROLES].some((r) => japanese[1]!.endsWith(r))) return { start: s - japanese[1]!.length, end, label: 'COMPANY', source: 'rule:company-suffix' };
  // The suffix may begin inside a token (华为公司/nt, 分公司/n): its head is part of the name.
  const own = idx.tokens[idx.indexAt(s)]!;
  // 全集团, 全公司: the whole of the writer's own company, no name (举全集团之力); 为/公司: "as the
  // company's" after a name (聘任诸葛/文为/x 公司财务总监; not 华为公司/nt), and 从, 向, 在, 于, 对 before the company
  // just named (欧阳/宁从/x 公司领取的报酬).
  if (text[s - 1] === '全' || (kind === 'weak' && own.start === s && BEFORE_BARE_COMPANY.at(text, s - 1))) return undefined;
  const pieces: Piece[] = [];
  let start = s;
  let j0: number | undefined;
  if (own.start < s) {
    const head = text.slice(own.start, s);
    // 分公司, 子公司 are units; 公共汽车/n is a common word that ends like a company (实业集团/n is a suffix of two),
    // unless its head is a company the dictionary knows (松下公司/n).
    if (UNIT_HEADS.has(head) || HOW_MANY.test(head) || (kind !== 'plant' && own.end === end && !PROPER_TAGS.has(own.tag ?? '') && !isGeneric(head) && !lookupName(head))) return undefined;
    // A foreign country the segmenter glued on before a brand and its trade is not the brand's
    // (日本三菱/nz 汽车), nor before a company the dictionary knows without it (德国大众汽车集团/nt,
    // 美国英特尔公司/nt): the name starts after it. (Not where it is part of the name: 德国电信, 美国银行.)
    const foreign = foreignCountryLength(head);
    const country = kind === 'trade' || (foreign && lookupName(head.slice(foreign)) && !lookupName(head)) ? foreign : 0;
    if (country && head.length - country >= 2) {
      pieces.unshift({ word: head.slice(country), tag: own.tag ?? '', start: own.start + country });
      start = own.start + country;
      j0 = -1;
    } else {
      pieces.unshift({ word: head, tag: own.tag ?? '', start: own.start });
      start = own.start;
    }
  }
  const walk = walkBack(text, idx, kind, s, pieces, j0 ?? idx.indexAt(start - 1));
  if (!walk) return undefined;
  let j = walk.j;
  const gluedHead = walk.gluedHead;
  // A registered name's first characters the segmenter took for words the walk stops at, between
  // a list's pause and the name (、特/d 步/n 国际控股有限公司, 、匹/q 克/m 体育用品, 、361/m 度/zg 国际):
  // the name's, unless it starts with its place (且/济南…; 泰/ns alone is none). So for a group after a pause (、九/m 羊/n 集团),
  // not for a number of groups (三个集团); for a brand and its trade in a list, of a name's characters (、凯/nr 翼/ng 汽车; not 、换/nz 电/n 网络).
  // (…or three, one of them such, the others any content: 、海/n 吉/nr 亚/j 医疗.)
  const single = pieces.every((p) => p.word.length === 1);
  const tradeFragments = single && (pieces.length >= 2 && pieces.every((p) => NAME_CHAR_TAGS.has(p.tag)) || (pieces.length === 3 && pieces.every((p) => GROUP_FRAGMENT_TAGS.has(p.tag)) && pieces.some((p) => NAME_CHAR_TAGS.has(p.tag))));
  if ((kind === 'legal' || kind === 'group' || (kind === 'trade' && j >= 0 && isPause(text, idx.tokens[j]!) && tradeFragments)) && j >= 0 && (pieces[0]?.tag !== 'ns' || pieces[0].word.length === 1)) {
    // At most four characters of fragments back from where the walk stopped, then the pause.
    const stop = idx.tokens[j]!.end;
    // A group's fragments are single characters of content (九/m 羊/n 集团), not words (今年以来/约/占 集团).
    // (Nor a verb and a pronoun glued to a preposition: ，判令/v 其向/x 青岛海尔…)
    // (…nor a name's last character and the copula: 。天穹/云是/x 天穹科技集团股份有限公司.)
    const fragment = (t: Token) => isFragment(t) && !isTitle(text, t) && !isDescriptor(t.word) && !FUNCTION_CHARS_ONLY.test(t.word) && !(t.tag === 'v' && t.word.length >= 2) && !(gluedCopula(t) && t.word.length === 2) && (kind === 'legal' || (t.end - t.start === 1 && GROUP_FRAGMENT_TAGS.has(t.tag ?? '')));
    // (A name's own 和 after its first character, the segmenter's conjunction: 、盛/v 和/c 资源控股股份有限公司.)
    const ownAnd = (k: number) => kind === 'legal' && idx.tokens[k]!.word === '和' && k > 0 && idx.tokens[k - 1]!.end - idx.tokens[k - 1]!.start === 1 && fragment(idx.tokens[k - 1]!);
    let k = j;
    while (!gluedHead && k >= 0 && stop - idx.tokens[k]!.start <= (kind === 'legal' ? 4 : 2) && (fragment(idx.tokens[k]!) || ownAnd(k))) k--;
    if (k < j && (k < 0 || opensName(text, idx.tokens[k]!))) {
      for (let m = j; m > k; m--) pieces.unshift({ word: idx.tokens[m]!.word, tag: 'x', start: idx.tokens[m]!.start });
      j = k;
    }
    // After a pause or a glued function character, the single characters the name starts with are one word (特 + 步 → 特步, 匹/q 克/m → 匹克, 从威/x 高/a → 威高).
    const pause = idx.tokens[j];
    let n = 0;
    while (n < pieces.length && pieces[n]!.word.length === 1 && pieces[n]!.tag !== 'bracket') n++;
    const word = pieces.slice(0, n).map((p) => p.word).join('');
    const content = kind === 'legal' || pieces.slice(0, n).every((p) => p.tag === 'x' || GROUP_FRAGMENT_TAGS.has(p.tag));
    if ((!pause || gluedHead || opensName(text, pause)) && n >= 2 && content && !COUNT_WORD.test(word)) {
      const start = pieces[0]!.start;
      pieces.splice(0, n, { word, tag: 'x', start });
    }
  }
  // 某 (a certain) opening the name hides it, whatever the segmenter glued it to (某科/x 创板/x 公司); after its city it is a company the text leaves unnamed (below).
  if (text[pieces[0]?.start ?? s] === '某') return undefined;
  // A verb, an adverb or a time word right before a place or a known name ends a sentence the name follows:
  // 掌声/欢迎/v 北京/润泽…有限公司, 嘉宾/是/v 华夏/nt 云计算有限公司, 今日/t 济钢…, 投资/vn 济南… (not a generic word jieba tags nt: 湖北/兴发/v 化工集团/nt…);
  // so does a word the segmenter glued to 为 or 是 (运营/方为/n 杭州…有限公司), and a party's role (要约/人 中国建材…, 顾问/nr 中国…).
  for (let k = pieces.length - 2; k >= 0; k--) {
    const verb = pieces[k]!.tag === 'v' || (pieces[k]!.tag === 'd' && !ZONE_ADVERBS.has(pieces[k]!.word)) || pieces[k]!.tag === 't' || (pieces[k]!.word.length >= 2 && COPULA_TAIL.test(pieces[k]!.word)) || pieces[k]!.word === '顾问' || DEAL_VERBS.has(pieces[k]!.word) || isPartyPerson(idx, idx.indexAt(pieces[k]!.start));
    const named = pieces[k + 1]!.tag === 'ns' || (pieces[k + 1]!.tag === 'nt' && !isGeneric(pieces[k + 1]!.word)) || lookupName(pieces[k + 1]!.word)?.ambiguous === false;
    // The copula alone before a word of a name is the sentence's (签约的/是/v 天能/x 控股集团有限公司; 是/德/科技 is one name).
    const copula = pieces[k]!.word === '是' && pieces[k + 1]!.word.length >= 2;
    // (A deal no name is named for ends the name before it, whatever follows: 宣布/私有化/n 汇景/x 控股有限公司; so does a sentence
    // the segmenter cut across, before a place: 一/审判/处/渤海/ns 国际信托股份有限公司.)
    const sentenced = named && text.endsWith('判处', pieces[k + 1]!.start);
    if ((named && verb) || copula || sentenced || DEALS_ONLY.has(pieces[k]!.word)) {
      pieces.splice(0, k + 1);
      break;
    }
    // A party's role the segmenter cut in two before the name (冠名/n 商/n 浙江…有限公司).
    if (k + 2 < pieces.length && ROLES.has(pieces[k]!.word + pieces[k + 1]!.word)) {
      pieces.splice(0, k + 2);
      break;
    }
  }
  // The first of something or an edition before the name describes it (首版/商业健康保险): the name starts after it.
  if (FIRST_OF.test(pieces[0]?.word ?? '')) {
    if (pieces.length === 1) return undefined;
    pieces.shift();
  }
  // A kind of company the segmenter glued onto the name's first character ends what describes it (创新/药企康/x 诺维生物科技…): the name starts after it.
  const glued = pieces.findIndex((p) => kindGluedOn(text, p) > 0);
  if (glued >= 0) {
    const kind = kindGluedOn(text, pieces[glued]!);
    pieces.splice(0, glued + 1, { ...pieces[glued]!, word: pieces[glued]!.word.slice(kind), start: pieces[glued]!.start + kind });
  }
  // A foreign country before a company the dictionary knows is where it is from, not its name (德国/安联/集团,
  // 德国西门子/ns 股份公司): the name starts after it. (Not 德国电信, a name with its country.)
  const home = pieces.length ? foreignCountryLength(pieces[0]!.word, true) : 0;
  // (…the trade too where the name is known with it: 美国通用/nt 汽车 is 通用汽车, 通用 alone being a word.)
  const knownAfter = (to: number) => lookupName(text.slice(pieces[0]!.start + home, to))?.ambiguous === false && !lookupName(text.slice(pieces[0]!.start, to));
  // (…and before a name of its own, as a transliteration is: 德国/克劳/nrt 森/n 精密技术股份公司, or a place in that country: 越南/河内/s 长海/ns 物流股份公司;
  // not before a word, 美国/铝业/公司.)
  const ownName = home === pieces[0]?.word.length && pieces.length > 2 && (OWN_NAME_TAGS.has(pieces[1]!.tag) || PLACE_TAGS.has(pieces[1]!.tag)) && !isGeneric(pieces[1]!.word) && !lookupName(text.slice(pieces[0]!.start, end));
  if (home && (knownAfter(s) || knownAfter(end) || ownName)) {
    if (home === pieces[0]!.word.length) pieces.shift();
    else pieces[0] = { ...pieces[0]!, word: pieces[0]!.word.slice(home), start: pieces[0]!.start + home };
  }
  // The longest dictionary name (or non-company) the walk ends with is the name: 消息/招商银行.
  for (let k = 0; k < pieces.length; k++) {
    const known = text.slice(pieces[k]!.start, end);
    if (NOT_COMPANIES.has(known)) return undefined;
    const dict = lookupName(known);
    // (An alias that is also an everyday phrase is the dictionary's to confirm: 国际航空/nt 市场.)
    if (dict && !dict.ambiguous) return { start: pieces[k]!.start, end: end + partnershipForm(text, suffix, end), label: 'COMPANY', source: 'rule:company-suffix', entry: dict.entry };
    // (…one a role's last character the segmenter glued on starts one character in: 赞助/方迈瑞/x 医疗 is 迈瑞医疗.)
    const glued = k === 0 && pieces[0]!.tag === 'x' && pieces[0]!.word.length >= 2 ? lookupName(known.slice(1)) : undefined;
    // (…or any character glued onto a registered name the dictionary knows whole: 约/谈同/x 方知/n 网…股份有限公司.)
    if (glued && !glued.ambiguous && (ROLE_END.at(text, pieces[0]!.start) || glued.entry.canonical === known.slice(1))) return { start: pieces[0]!.start + 1, end, label: 'COMPANY', source: 'rule:company-suffix', entry: glued.entry };
    // A dictionary name and 集团 is that company's group when the dictionary's company is one
    // (娃哈哈/集团 is 杭州娃哈哈集团有限公司; 宇通/集团 is not 宇通客车股份有限公司).
    // With its province or city before it, as registered (浙江/吉利/ns 控股集团/nz).
    const head = suffix === '集团' ? lookupName(text.slice(pieces[k]!.start, s)) : undefined;
    const place = k > 0 && pieces[k - 1]!.tag === 'ns' && isProvinceOrCity(pieces[k - 1]!.word) ? pieces[k - 1]!.start : pieces[k]!.start;
    if (head && !head.ambiguous && head.entry.canonical.includes('集团')) return { start: place, end, label: 'COMPANY', source: 'rule:company-suffix', entry: head.entry };
  }
  // A known company, a generic noun and a trade word name a product or market of that company
  // (东京商品交易所/橡胶/期货): the dictionary finds the company alone. A technology arm is named so,
  // not a product (极氪/智能/科技).
  const last = pieces.length - 1;
  // So does a broker, a fund or a bank before the sector its analysts cover (中信证券/电力 公用行业首席分析师).
  if (kind === 'trade' && last === 0 && ANALYST_FIRM_END.test(pieces[0]!.word) && lookupName(pieces[0]!.word)) return undefined;
  if ((kind === 'finance' || kind === 'trade') && suffix !== '科技' && last >= 1 && pieces[last]!.tag !== 'nt' && isGeneric(pieces[last]!.word) && lookupName(pieces[last - 1]!.word)) return undefined;
  // A period right before 公司 is a date's (第二/财季/x 公司向股东返还): no name.
  if (PERIOD_WORDS.has(pieces[last]?.word ?? '')) return undefined;
  // 本公司, 该公司 glued to the word before (准则/下本/x 公司), 本集团 too (将使本/x 集团): no name.
  if ((kind === 'weak' || kind === 'group') && last >= 0 && pieces[last]!.tag === 'x' && /[本该此其]$/.test(pieces[last]!.word) && !pieces[last]!.word.endsWith('资本')) return undefined;
  // A place alone and the suffix after a count are companies of that place, no name (32间香港银行), unless the dictionary knows it (两家北京银行…).
  // (…a place and a trade too: 一家昆山/ns 电子厂, a Kunshan electronics plant.)
  const placeAndTrade = pieces.length === 2 && pieces[1]!.start + pieces[1]!.word.length === s && isGeneric(pieces[1]!.word);
  if ((pieces.length === 1 || placeAndTrade) && pieces[0]!.tag === 'ns' && COUNTED_BEFORE.test(text.slice(Math.max(0, pieces[0]!.start - 4), pieces[0]!.start)) && !lookupName(text.slice(pieces[0]!.start, end))) return undefined;
  // A kind of company, not a name: 纳斯达克上市公司 (a company listed there), 关联/ns 公司, COMEX黄金期货 (a contract).
  // But a known company's 控股公司 is its name: 淡马锡控股公司, 拼多多控股公司
  // (…its 金融控股公司 too, a financial holding company: 華信/nz 金融/n 控股公司.)
  const namedAt = (k: number) => k >= 0 && pieces[k]!.tag !== 'ns' && (pieces[k]!.tag === 'nt' || isDistinctive(pieces[k]!));
  const holding = pieces[last]?.word === '控股' && (namedAt(last - 1) || (pieces[last - 1]?.word === '金融' && namedAt(last - 2)));
  if (kind === 'weak' && last >= 0 && COMPANY_KINDS.has(pieces[last]!.word) && !holding) return undefined;
  // (…a kind alone before any suffix too: 新设银行, 上市银行, 民营券商.)
  if (pieces.length === 1 && COMPANY_KINDS.has(pieces[0]!.word)) return undefined;
  // (…whatever pieces the segmenter made of the commodity: 纽卡斯尔/动力/煤 期货.)
  if (suffix === '期货' && last >= 0 && COMMODITY_END.test(pieces.map((p) => p.word).join(''))) return undefined;
  // (…nor securities of a kind: 台积电美国预托证券, 资产支持证券.)
  if (suffix === '证券' && SECURITIES_KIND.test(text.slice(Math.max(0, s - 4), s))) return undefined;
  // A region of a company names one of its units (华润雪花啤酒济南区域公司, 西门子中国区数字化工业集团): the dictionary finds the company alone.
  // So does a region alone before 公司 after a registered name (中粮集团有限公司东北公司).
  if (pieces.some((p) => REGION_UNIT.test(p.word)) || (pieces.length === 1 && REGION_ALONE.test(pieces[0]!.word))) return undefined;
  // A fund named by its kind is a product of its manager (汇丰晋信低碳先锋股票基金): the manager alone, by the dictionary or the article.
  if (suffix === '基金' && pieces.some((p) => FUND_KINDS.test(p.word))) return undefined;
  // So is a fund of funds or one of its sub-funds, a kind (科创母基金, 子基金).
  if (suffix === '基金' && /[母子]$/.test(text.slice(s - 1, s))) return undefined;
  // …and a foundation's award, no company: 获何梁何利基金科学与技术进步奖.
  if (suffix === '基金' && AWARD_AFTER.test(text.slice(end, end + 12))) return undefined;
  // A trade's network or works being built is none either (用于超充网络建设, the building of a charging network), unless a registered name goes on (中国能源建设股份有限公司);
  // nor a factory's building (永拓纺织厂房: the works' 厂房).
  if ((kind === 'trade' && BUILDING_AFTER.test(text.slice(end, end + 6))) || (text[end - 1] === '厂' && text[end] === '房')) return undefined;
  // Pieces before the first distinctive one describe the company (原告, 知名), unless the only
  // distinctive piece is a bracketed place: 雪花啤酒(济南)有限公司.
  // A registered name whose start is clear (after punctuation, a function word or a verb: 与/蜂巢/能源…)
  // is named by any word that is not generic; else only by a proper one (not 互动/d 电视有限公司).
  const before = idx.tokens[j];
  // A factory right after its company's name is the company's unit (云南中烟工业有限责任公司玉溪卷烟厂): the company alone.
  // (…and so is one after 其 or 旗下, its owner's: 向其天津大豆压榨厂追加投资.)
  // (…or after its company's name in Latin in brackets: 台積電（TSMC）高雄楠梓廠.)
  if (kind === 'plant' && before && (/(?:公司|集团)$/.test(before.word) || OWNER_BEFORE.has(before.word) || (/^[)）]$/.test(before.word) && /[（(][A-Za-z][A-Za-z .&-]{0,30}[)）]$/.test(text.slice(Math.max(0, before.end - 34), before.end))))) return undefined;
  // A company counted is one described, not named: 北京一家视效制作公司, 多家物流公司 (not 一家深圳星辰科技有限公司, nor a shop: 一家惠民便利店).
  if (kind === 'weak' && before && COUNTED.has(before.word)) return undefined;
  const clearStart = kind === 'legal' && (!before || !WORDLIKE.test(before.word) || NAME_STOP.has(before.word) || CLEAR_BEFORE_TAGS.has(before.tag ?? '') || A_COMPANY_WORD.test(before.word) || isRole(before) || isDescriptor(before.word) || gluedCopula(before));
  // (So is a first word the segmenter took for an adverb: ,鼎新/d 科技股份有限公司; or for an adjective after a party's role: 原告/宏远/a 贸易有限公司;
  // and any words after what describes it: 连锁药局龙头/大树/n 医药股份有限公司.)
  const afterRole = clearStart && !!before && isRole(before);
  let first = pieces.findIndex((p, k) => (isDistinctive(p) || (clearStart && (isRegisteredWord(p) || (k === 0 && (isNameAdverb(p) || (afterRole && p.tag === 'a' && p.word.length === 2 && !isDescriptor(p.word) && !isGeneric(p.word))))))) && p.tag !== 'bracket');
  // (…and, where no word names it, one the segmenter took for a verb or a distinguishing word before its trade: 远航/v 物流股份有限公司, 对/远大/b 科技股份有限公司;
  // or for an adjective before a legal form: 1．幸福/a 航空/n 有限责任公司.)
  const coined = pieces[0] && (pieces[0].tag === 'v' || pieces[0].tag === 'b' || (pieces[0].tag === 'a' && kind === 'legal')) && pieces[0].word.length === 2 && pieces.length >= 2 && !isDescriptor(pieces[0].word) && !isGeneric(pieces[0].word) && !DEAL_VERBS.has(pieces[0].word);
  if (first < 0 && clearStart && coined) first = 0;
  // (…and a 中 the segmenter took for a locative, opening the name at a clear start: 协会及/中/f 篮联/x （北京）体育有限公司.)
  if (first === 1 && clearStart && pieces[0]!.word === '中' && pieces[0]!.tag === 'f' && pieces[1]!.tag === 'x') first = 0;
  // (Not a verb before the province or city the name starts with: ，研究/vn 温州市/ns 城市建设发展集团有限公司.)
  while (first >= 0 && clearStart && (pieces[first]!.tag === 'v' || pieces[first]!.tag === 'vn') && pieces[first + 1]?.tag === 'ns' && isProvinceOrCity(pieces[first + 1]!.word)) first++;
  // A national state-owned company is registered as 中国 and its trade: 中国交通建设股份有限公司, 中国第一重型机械集团有限公司.
  if (kind === 'legal' && pieces.length >= 3 && NATIONAL.has(pieces[0]!.word)) first = 0;
  // So does a name that starts with numerals the segmenter took for a number, at a clear start (九三/m 粮油…, 五/m 得利/v 面粉…).
  if (clearStart && first <= 2 && pieces.length >= 2 && NUMERAL_HEAD.test(pieces[0]!.word)) first = 0; // 三元/m 食品股份…
  // With a clear start, a word of two characters or more before the naming one is the name's too
  // (,友达/a 光电/j（厦门）有限公司), unless it describes the company (知名, 原告) or is generic.
  // (…a verb too right after a party's role or what describes the company: 業者/安心/v 便利商店股份有限公司.)
  const described = afterRole || (clearStart && !!before && isDescriptor(before.word));
  while (clearStart && first > 0 && (LEADING_TAGS.has(pieces[first - 1]!.tag) || (described && first === 1 && pieces[0]!.tag === 'v' && !DEAL_VERBS.has(pieces[0]!.word))) && pieces[first - 1]!.word.length >= 2 && !isDescriptor(pieces[first - 1]!.word) && !isGeneric(pieces[first - 1]!.word)) first--;
  // A river's reach names a hydropower developer (黄河/上游/水电开发有限责任公司, 雅砻江/流域/水电开发有限公司).
  if (first < 0 && kind === 'legal') first = pieces.findIndex((p, k) => p.tag === 'ns' && RIVER_REACH.test(pieces[k + 1]?.word ?? ''));
  // A place's airport names the company that runs it (桃园/机场/公司, 温州/机场/集团).
  if (first < 0 && (kind === 'weak' || kind === 'group') && runsAirport(pieces)) first = 0;
  // …but one its city names, its own words left out as courts and regulators write it, is one
  // (北京/某某/r 科技有限公司, 杭州/某/r 生物科技有限公司): all its words.
  const anonymous = kind === 'legal' && pieces[0] && text[pieces[0].start - 1] === '某' ? anonymousPlace(pieces[0].start, idx) : -1;
  if (anonymous >= 0) first = 0;
  // A province's or a city's own enterprise is registered under 省 or 市 alone, whatever words follow, after a pause (，省旅游投资集团有限公司).
  if (first < 0 && kind === 'legal' && pieces.length >= 2 && pieces[0]!.word.length === 1 && LOCAL_UNIT.at(pieces[0]!.word, 0) && (!before || !WORDLIKE.test(before.word))) return { start: pieces[0]!.start, end, label: 'COMPANY', source: 'rule:company-suffix' };
  if (first < 0 && !(kind === 'legal' && pieces.some((p) => p.tag === 'bracket') && pieces[0]!.tag !== 'bracket')) return undefined;
  // A place right before the distinctive piece is part of the name: 北京万科, 上海浦发银行; so is a
  // single character the segmenter cut off a registered name (科/大国/盾/量子技术股份有限公司).
  // A district before a province or city is where the company is, not its name (济阳区/山东绿地泉
  // 农业发展有限公司, 济阳/区/山东…): the name starts after it, and the walk back does not add it again.
  // (…whatever its tag: 吴中区/nr 苏州/ns.)
  while (first >= 0 && (pieces[first]!.tag === 'ns' || pieces[first]!.word.length >= 3) && /[区县]$/.test(pieces[first]!.word) && pieces[first + 1]?.tag === 'ns' && isProvinceOrCity(pieces[first + 1]!.word)) first++;
  while (first >= 0 && pieces[first]!.tag === 'ns' && /^[区县]$/.test(pieces[first + 1]?.word ?? '') && pieces[first + 2]?.tag === 'ns' && isProvinceOrCity(pieces[first + 2]!.word)) first += 2;
  // Not a foreign country before a brand and its trade (日本/三菱/汽车): a trade makes a name of one brand only.
  // Nor a country before a Latin name (美国/Kailera Therapeutics公司): it says where the company is.
  // Nor before a transliterated name a plain 公司 follows (美国/史密斯/nr 菲尔德/nrt 食品公司): a foreign company is named by its own words.
  // (Nor before a word of its own the segmenter did not know, or a place of its own: 马来西亚/双威/x 集团, 日本/东京/ns 电力控股公司; 美国/铝业 公司 keeps it;
  // nor before a brand the dictionary knows: 日本/丰田/nz 自动织机公司.)
  const foreign = (w: string) => (kind === 'trade' || pieces[first]!.tag === 'eng' || OWN_WORD_TAGS.has(pieces[first]!.tag) || lookupName(pieces[first]!.word)?.ambiguous === false || (kind !== 'legal' && (pieces[first]!.tag === 'nrt' || pieces[first + 1]?.tag === 'nrt'))) && COUNTRY_LIKE.has(w) && !NATIONAL.has(w);
  while (first > 0 && ((pieces[first - 1]!.tag === 'ns' && !foreign(pieces[first - 1]!.word) && !(pieces[first]!.tag === 'ns' && /[区县镇]$/.test(pieces[first - 1]!.word) && isProvinceOrCity(pieces[first]!.word))) || (kind === 'legal' && pieces[first - 1]!.word.length === 1 && CUT_OFF_TAGS.has(pieces[first - 1]!.tag) && !/[区县市省镇乡村]/.test(pieces[first - 1]!.word)))) first--;
  // A city before a province is where the company is too (宁德市/福建𠮷祥水产养殖有限公司).
  while (first >= 0 && pieces[first]!.tag === 'ns' && /市$/.test(pieces[first]!.word) && pieces[first + 1]?.tag === 'ns' && isProvince(pieces[first + 1]!.word)) first++;
  // A public body or a medium run into a name that opens with a place ends before it: 上海广播电视台/上海/ns 文广互动电视有限公司.
  let runInto = pieces.length - 2;
  while (runInto >= Math.max(first, 0) && !(pieces[runInto + 1]!.tag === 'ns' && NOT_COMPANY_WORDS.test(pieces[runInto]!.word))) runInto--;
  const picked = runInto >= Math.max(first, 0) ? pieces.slice(runInto + 1) : first < 0 ? pieces : pieces.slice(first);
  // A city after a town or a district is the registered name's own place, the places before it where the company is: 东莞市长安镇/东莞市恒裕塑胶制品有限公司.
  const ownPlace = picked.findIndex((p, k) => k > 0 && p.tag === 'ns' && isProvinceOrCity(p.word) && /(?:镇|乡|街道|区|县)$/.test(picked[k - 1]!.word) && picked.slice(0, k).every((q) => q.tag === 'ns'));
  const named = ownPlace > 0 ? picked.slice(ownPlace) : picked;
  // A company the text does not name (某热电有限公司) is none; nor is a number's unit and what it measures (新增2/万升/x 生物反应器).
  if (text[named[0]!.start - 1] === '某' && anonymous < 0) return undefined;
  if (/[万亿千百]/.test(text[named[0]!.start]!) && /[\d０-９]/.test(text[named[0]!.start - 1] ?? '')) return undefined;
  // 局 before 集团 or 有限公司 is an SOE's name (中铁十一局集团, 中国建筑第八工程局有限公司), not a government bureau.
  const head = text.slice(named[0]!.start, s);
  // A market and a trade before 公司 are a kind of company, no name: A股光模块公司, 港股内房公司.
  // (Nor a trade's word after 每单, 每件: a price per order of a service, 每单快递成本.)
  if (MARKET_HEAD.test(head) || PER_ITEM_HEAD.test(head)) return undefined;
  // 华 after 在, 来 or 对 is China (丰田在华/新能源车型: its cars in China), no trade name's first character.
  if (kind === 'trade' && head[0] === '华' && IN_CHINA_BEFORE.at(text, named[0]!.start - 1)) return undefined;
  const bureau = (kind === 'group' || kind === 'legal') && /^[^市省县区]+局$/.test(head) && !NOT_COMPANY_WORDS.test(head.slice(0, -1));
  // A registered company may run a hospital or a school (成都京东方医院有限公司), or a government's funds
  // (江苏省政府投资基金管理有限公司); a public body registers none.
  const notCompany = kind === 'legal' ? PUBLIC_OR_CRIME_WORDS.test(head.replace(GOVERNMENT_FUNDS, '')) : NOT_COMPANY_WORDS.test(head);
  if ((notCompany && !bureau) || !acceptable(kind, suffix, named, EVENT_AFTER.test(text.slice(end, end + 2)))) return undefined;
  // (Joining the company, whatever the segmenter cut of it, is no part of its name: 7月5/日入/x 职/ng 北京智联云途科技有限公司, 入/职北京….)
  const begin = anonymous >= 0 ? anonymous : named[0]!.start;
  // (…nor is 对 or 向 glued onto its first word at a clause's start: ；对华/nz 宇/nr 控股集团有限公司予以通报批评.)
  const joined = JOINED_BEFORE_NAME.exec(text.slice(begin, s))?.[0].length ?? (text.startsWith('入职', begin - 1) || (CLAUSE_PREPOSITION.test(text.slice(begin, s)) && CLAUSE_BREAK.test(text[begin - 1] ?? '\n')) ? 1 : 0);
  return { start: begin + joined, end: end + partnershipForm(text, suffix, end), label: 'COMPANY', source: 'rule:company-suffix' };
}

/**
 * The walk back from a suffix over the pieces of the name before it, each added to the front of `pieces`, from token `from`:
 * the token it stopped at (-1 at the text's start) and whether that is a function character glued onto the name (a clear
 * start); undefined where the pieces are no name.
 */
function walkBack(text: string, idx: TokenIndex, kind: SuffixKind, s: number, pieces: Piece[], from: number): { j: number; gluedHead: boolean } | undefined {
  let j = from;
  let gluedHead = false; // the walk ended at a function character glued onto the name: a clear start
  while (j >= 0) {
    const t = idx.tokens[j]!;
    const before = idx.tokens[j - 1];
    // A preposition opening the clause is no part of the name, whatever its tag: 。经/n 中联资产评估集团有限公司评估;
    // nor one before a name the dictionary knows (曾/於/nr 渣打銀行（香港）有限公司, tagged in the traditional script).
    // (A clear start: the single characters after it are one word, 经/中/f 审/v 华信/nz 会计师事务所.)
    if (t.end - t.start === 1 && CLAUSE_PREPOSITIONS.at(text, t.start) && (t.start === 0 || CLAUSE_START_BEFORE.test(text[t.start - 1]!))) {
      gluedHead = true;
      break;
    }
    if (t.end - t.start === 1 && PREPOSITION_HEAD.test(t.word) && pieces[0]?.start === t.end && lookupName(pieces[0].word)?.ambiguous === false) break;
    // (…and 于 after a verb, whatever its tag: 曾任職/v 於/nr 環球/n 銀行/n, global banking, a line of business.)
    if (t.end - t.start === 1 && (t.word === '于' || t.word === '於') && before?.tag === 'v' && before.end === t.start) break;
    // A registered name's own legal suffix ends the walk back from a later suffix (山东黄金集团有限公司/矿业/科技研发中心),
    // and so does a word for any company (深交所/上市公司/东方锦江控股股份有限公司) or a number of them (中海油/三大/石油公司).
    // So does a party's role before its name (店铺经营者/北京…有限公司, 保荐/机构/华鼎证券…).
    // So does a name the segmenter glued to the verb 任 (林国/荣任/n 公司董事长), and function
    // characters it made one unknown word (还同/x 济南文旅…).
    // So does 所 and a verb, what one gave or got (收受该公司/所送/x 股份), and a name and the copula glued to it (当事人/周嘉明系/x 武汉…有限公司).
    if ((FUNCTION_CHARS_ONLY.test(t.word) || /^所[\u4e00-\u9fff]$/.test(t.word) || (t.word.length >= 3 && /[系是]$/.test(t.word) && SINGLE_SURNAMES.at(text, t.start))) && t.tag === 'x') break;
    // 原 or 前 before the name says it is the company's former one, alone or after a glued preposition (原/n 联通…, 前/f 小鹏汽车 but not 深圳市/前/f 海瑞丰…, 由原/x 联通智网科技股份有限公司董事).
    if (t.word === '原' || (t.word === '前' && t.tag === 'f' && idx.tokens[j - 1]?.tag !== 'ns') || (t.tag === 'x' && t.word.length === 2 && t.word[1] === '原' && GLUE.at(t.word, 0))) break;
    // …and a name it glued to the copula after it (王刚系/x 公司董事长: Wang Gang is the company's chairman),
    // or to a verb before the name (张三到/x 山东圣泉…有限公司: a visit).
    // (…or to speech: 胡柏山称/x 公司; or 为 where the name is the person's: 首席财务官/艾桥/x 智为/x 集团行政总裁)
    if (t.tag === 'x' && t.word.length >= 2 && (/[系是称说]$/.test(t.word) || (t.word.endsWith('为') && !lookupName(t.word))) && pieces.length === 0) break;
    // (…or of two, a name's last character and the copula, a name before it: 天穹/云是/x 天穹科技集团股份有限公司.)
    if ((t.word.length >= 3 ? t.tag === 'x' && FUNCTION_TAIL.test(t.word) : gluedCopula(t)) && pieces.length > 0) break;
    // (…or a verb of giving to the company, glued to its 予 or 给: 工序则分判予/x 永利棚业有限公司, 转让予/x.)
    if (t.tag === 'x' && t.word.length >= 2 && /[予给]$/.test(t.word) && pieces.length > 0) break;
    // (…or of two, the name's last character and a verb of going, after the rest of the name: 李殿/x 勋到/x 国网…有限公司.)
    if (t.tag === 'x' && t.word.length === 2 && /[到赴至]$/.test(t.word) && idx.tokens[j - 1]?.tag === 'x' && idx.tokens[j - 1]!.end === t.start && pieces.length > 0) break;
    // …or to a word that ends the walk (刘宝/x 军代表/n 公司: 刘宝军 代表 公司).
    if (t.word.length === 3 && NAME_STOP.has(t.word.slice(1)) && !PROPER_TAGS.has(t.tag ?? '')) break;
    // …and a word that describes the company (港股/珠宝/龙头/周大福珠宝集团有限公司): what comes before it is the description's.
    if (pieces.length > 0 && isDescriptor(t.word) && t.word.length >= 2) break;
    // …and so does a group's 集团 before the name of a group (台湾综合企业集团/永丰泰集团: a conglomerate, then its name).
    if (kind === 'group' && pieces.length > 0 && t.word === '集团') break;
    // (…and a title joined to another by 兼 the segmenter glued on: 出任副/总裁兼/j 公司秘书.)
    // (…nor does an official's title, whatever the segmenter made of the name after it: 市长/罗云/x 峰会/n 见长/v 鑫/nr 存储技术有限公司.)
    // (…or a role the segmenter cut before its 人: 一致/行动/人 中航机载系统有限公司; or a verb of acting together: 管理局要/会同/n 郑州地产集团有限公司.)
    if (t.word === '人' && CUT_ROLE_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start))) break;
    // (…a period's or a place's 内, within: 季内/x 集团, 年内; a word ending in 的, of: 出席开/标的/n 中国建筑工程（澳门）有限公司.)
    if (WITHIN.test(t.word) || (t.word.length >= 2 && t.word.endsWith('的'))) break;
    // (…a number and its 家 cut apart, the number tagged anyhow: 已有/v 6/x 家/q 会计师事务所.)
    if (t.word === '家' && before?.end === t.start && COUNT_NUMBER.test(before.word)) break;
    if (s - t.start > 24 || t.word.endsWith('兼') || isTitle(text, t) || SUFFIXES.get(t.word) === 'legal' || (t.word.length > 2 && A_COMPANY_WORD.test(t.word)) || (HOW_MANY.test(t.word) && !isPartOfKnownName(text, t)) || EACH.test(t.word) || isRole(t) || GLUED_TAKING.test(t.word) || JOINING.has(t.word) || WITH_VERBS.has(t.word) || GLUED_AND.test(t.word)) break;
    // Two partners' names joined by a dash name their joint venture (扬子石化-巴斯夫有限责任公司); two registered names so joined are two (崇德建筑工程有限公司－宏达建筑置业有限公司).
    if ((t.word === '-' || t.word === '－') && pieces.length > 0 && pieces[0]!.start === t.end && isCJKWord(pieces[0]!.word) && j > 0 && idx.tokens[j - 1]!.end === t.start && isCJKWord(idx.tokens[j - 1]!.word) && idx.tokens[j - 1]!.word.length >= 2 && SUFFIXES.get(idx.tokens[j - 1]!.word) !== 'legal') {
      pieces.unshift({ word: t.word, tag: 'x', start: t.start });
      j--;
      continue;
    }
    // A dot between the parts of a transliterated name the company bears (罗伯特/nr ·/x 博世/nrt 有限公司).
    // (…its first part with it, whatever its tag: 埃米尔/nr ·/x 弗雷/nr 集团.)
    if (NAME_DOT.at(text, t.start) && t.end === t.start + 1 && pieces[0]?.start === t.end && (translitPiece(text, pieces[0]) || isCJKWord(pieces[0].word)) && before?.end === t.start && translitPiece(text, before)) {
      pieces.unshift({ word: before.word, tag: 'nrt', start: before.start }, { word: t.word, tag: 'x', start: t.start });
      j -= 2;
      // (…and a first character the segmenter cut off that part: 阿卜杜勒·拉/v 蒂夫/nrt ·贾米尔集团.)
      const cut = idx.tokens[j];
      if (cut?.end === before.start && cut.word.length === 1 && isTranslit(text, cut.start, before.end)) {
        pieces.unshift({ word: cut.word + pieces.shift()!.word, tag: 'nrt', start: cut.start });
        j--;
      }
      continue;
    }
    // A Latin name the segmenter cut at its digits and signs (3/x M/x, 7/x -/x Eleven/eng, H/x &/x M/x, A/x ./x O/x ./x 史密斯) is one piece.
    const latin = LATIN_RUN.exec(text.slice(Math.max(0, t.end - 40), t.end));
    // (A model's code, a network's generation or band right before the suffix names no company: 5G-A网络, 700MHz网络.)
    // (…nor a quarter or half of a year: 2025Q1公司实现营收.)
    if (latin && pieces.length === 0 && (MODEL_CODE.test(latin[0]) || PERIOD_CODE.test(latin[0]))) return undefined;
    if (latin && t.end - latin[0].length < t.start + (t.word.length > 1 ? 0 : 1) && /[A-Za-z]/.test(latin[0]) && !MODEL_CODE.test(latin[0])) {
      const from = t.end - latin[0].length;
      pieces.unshift({ word: latin[0], tag: 'eng', start: from });
      j = idx.indexAt(from - 1);
      continue;
    }
    if (t.word === ')' || t.word === '）') {
      // A bracketed place or 集团 inside the name: 雪花啤酒(济南)有限公司, 华润(集团)有限公司.
      const m = BRACKETED.exec(text.slice(Math.max(0, t.end - 8), t.end));
      // A caption's position marker, a reporter credit or a list's item number is no place in a name: 李红梅（右）向…,
      // 6月18日电（记者李华）中国商飞公司, （三）杭州臻品酒业有限公司.
      // (A place's Latin code only before the legal form: 大华控股（BVI）有限公司, not 通用汽车（GM）中国公司.)
      if (!m || POSITION_MARK.test(m[0]) || CREDIT_MARK.test(m[0]) || ITEM_MARK.test(m[0]) || (/[A-Z]/.test(m[0]) && !(kind === 'legal' && pieces.length === 0))) break;
      const open = t.end - m[0].length;
      pieces.unshift({ word: m[0], tag: 'bracket', start: open });
      j = idx.indexAt(open - 1);
      continue;
    }
    // A dictionary name whose first characters the segmenter glued onto the word before (调研科/nz 大讯飞/x 股份有限公司): the name starts there.
    const piece = pieces[0];
    const pieceEnd = piece ? piece.start + piece.word.length : -1;
    const across = piece?.start === t.end && piece.tag !== 'bracket' ? DICT_BEFORE.longestEndingAt(text, pieceEnd) : -1;
    // (…a word of those tags too where its first characters are a verb of joining: 联合国/nt 投/vn 期货有限公司 is 联合 国投期货.)
    if (across - t.start >= 2 && across < t.end && (!GLUED_WORD_TAGS.has(t.tag ?? '') || JOINT_VERBS.has(text.slice(t.start, across))) && !lookupName(text.slice(across, pieceEnd))?.ambiguous) {
      pieces[0] = { word: text.slice(across, pieceEnd), tag: 'nt', start: across };
      gluedHead = true;
      break;
    }
    // …or before it, over words the segmenter cut it into (中/f 天/q 钢铁集团/nt: 中天钢铁).
    if (across >= 0 && across < t.start && nameMayStartAt(text, across, idx) && !lookupName(text.slice(across, pieceEnd))?.ambiguous) {
      pieces[0] = { word: text.slice(across, pieceEnd), tag: 'nt', start: across };
      j = idx.indexAt(across - 1);
      continue;
    }
    // A dictionary name is one piece, whatever the segmenter made of it: cut apart, or before a
    // registered suffix tagged as a verb (安踏/v 体育用品有限公司; but not 银联/网络, a trade).
    const known = DICT_BEFORE.longestEndingAt(text, t.end);
    if (known >= 0 && (known < t.start || (known === t.start && (kind === 'legal' || kind === 'group' || kind === 'weak'))) && nameMayStartAt(text, known, idx)) {
      pieces.unshift({ word: text.slice(known, t.end), tag: 'nt', start: known });
      j = idx.indexAt(known - 1);
      continue;
    }
    // The segmenter glued a function character onto the name's first word (是央企/x 集团): the name starts after it.
    // So did a body acting on a company, a party's role or a company's intent to, whatever the tag (市场监管局/对华/nz 筑/v 建工集团…, 法院/对华/nz 拓…, 债权人/对华/nz 鼎/ng 控股集团…, 拟/对华/nz 晟/g 智能装备…),
    // and a role's 方 or 人 (品牌/方鸿星/x 尔克实业…, 清盘/人安迈/x 顾问有限公司).
    // (…a word of two too, whose second character starts the name: 重整/投资/人物/n 美/ns 科技集团有限公司.)
    const roleGlued = startsWithRoleEnd(t, idx.tokens[j - 1]) || (t.word.length === 2 && t.tag === 'n' && !PREPOSITION_HEAD.test(t.word[1]!) && pieces[0]?.start === t.end && ROLES.has((idx.tokens[j - 1]?.word ?? '') + t.word[0]));
    // (A counter's 家 after a dictionary name is the next word's: 中粮/家佳康/x 食品有限公司.)
    const afterDictName = t.word[0] === '家' && DICT_BEFORE.longestEndingAt(text, t.start) >= 0;
    // (…and 原, former: 原国元/x 证券股份有限公司; 较, than: 较港联/x 物流; 各, each: 各小贷/x 公司; the 厂 of a maker described before the name: 记忆体/厂宏晟/x 半导体…, IC設計/vn 廠矽/x 創達…)
    const descriptorEnd = t.word[0] === '厂' && (idx.tokens[j - 1]?.tag === 'n' || idx.tokens[j - 1]?.tag === 'vn') && idx.tokens[j - 1]!.end === t.start;
    // (…and a group's kind, its trade and 集团, before a name of its own: 民营/医院/集团/瑞康/医疗集团控股有限公司.)
    if (t.word === '集团' && before?.end === t.start && (isGeneric(before.word) || NOT_COMPANY_WORDS.test(before.word)) && pieces.some((p) => isDistinctive(p))) break;
    // (A maker's kind before the name, a word of its own: 半导体/设备厂/n 宏崴/x 科技股份有限公司, not a name's 厂: 上海/电机厂/有限公司, 新昌/营造厂/（澳门）有限公司.)
    if (t.end - t.start >= 2 && t.word.endsWith('厂') && pieces.length > 0 && !'（('.includes(text[t.end] ?? '') && kind !== 'plant') break;
    // (…and 至, to, after a verb or a sum: 迁移/v 至晋/x 银理财, 匯出…2億3,500萬元/至鑫揚/x 公司.)
    const toAfterVerb = t.word[0] === '至' && idx.tokens[j - 1]?.end === t.start && (idx.tokens[j - 1]!.tag === 'v' || /[元圆圓]$/.test(idx.tokens[j - 1]!.word));
    // (…and 前, former, or 有, there are, before a name the dictionary knows: 前小鹏/x 汽车, 就/有旭辉/x 集团.)
    const beforeKnown = (t.word[0] === '前' || t.word[0] === '有') && (lookupName(t.word.slice(1)) !== undefined || lookupName(t.word.slice(1) + (pieces[0]?.word ?? '')) !== undefined);
    // (…and the 起 of a date's "from" glued on: 一月一日/起信德/x 中旅船务投资有限公司; not 起亚.)
    const fromDate = t.word[0] === '起' && /[日月年号]/.test(text[t.start - 1] ?? '');
    // (起任, from then holding a post, is no part of the name after it: 2022年1月/起任/x 杭州市地铁集团….)
    if (t.word === '起任') break;
    // (…原 glued onto a short name's first character the segmenter cut from its second: 由/原川/x 投/vn 集团.)
    const formerCut = t.word.length === 2 && t.word[0] === '原' && pieces[0]?.word.length === 1 && pieces[0].start === t.end;
    // (…and 任 glued onto the name's first characters after a person's name, the whole taken for another name: 郑/ns 海涛/nr 任中华/nr 联合财产保险….)
    const takenAfterName = t.tag === 'nr' && t.word.length >= 3 && t.word[0] === '任' && idx.tokens[j - 1]?.tag === 'nr' && idx.tokens[j - 1]!.end === t.start;
    // (…and a preposition glued onto a word for what a company does, the whole taken for a name: 由医保/nr 基金: 医保基金, a public fund.)
    if (t.word.length >= 3 && PREPOSITION_HEAD.test(t.word) && GENERIC.has(t.word.slice(1))) {
      pieces.unshift({ word: t.word.slice(1), tag: 'n', start: t.start + 1 });
      gluedHead = true;
      break;
    }
    if (takenAfterName) {
      pieces.unshift({ word: t.word.slice(1), tag: 'x', start: t.start + 1 });
      gluedHead = true;
      break;
    }
    if ((t.tag === 'x' && t.word.length > (PREPOSITION_HEAD.test(t.word) || toAfterVerb || fromDate || formerCut || descriptorEnd ? 1 : 2) && (FUNCTION_HEAD.test(t.word) || /^[原较各]/.test(t.word) || beforeKnown || descriptorEnd || toAfterVerb || fromDate) && !afterDictName && !nameOfItsOwn(text, t.word)) || (t.word.length === 2 && ACTING_ON.test(t.word) && (PUBLIC_BODY_END.test(idx.tokens[j - 1]?.word ?? '') || INTENT.has(idx.tokens[j - 1]?.word ?? '') || ROLES.has(idx.tokens[j - 1]?.word ?? ''))) || roleGlued) {
      // (One character left, before another alone, is one word with it: 至晋/x 银/ng → 晋银.)
      const lone = t.word.length === 2 && pieces[0]?.word.length === 1 && pieces[0].start === t.end;
      // (…or two: 已由安永/x 会计师事务所.)
      const head = t.word.length >= 4 && FUNCTION_HEAD.test(t.word) && FUNCTION_HEAD.test(t.word.slice(1)) ? 2 : 1;
      if (lone) pieces[0] = { word: t.word[1] + pieces[0]!.word, tag: 'x', start: t.start + 1 };
      // (What is left of it is no name where it is a word of what is held or belongs: 其/所持/x 股份.)
      else if (/^所/.test(t.word.slice(head))) break;
      else pieces.unshift({ word: t.word.slice(head), tag: 'x', start: t.start + head });
      gluedHead = true;
      break;
    }
    // A word for the company's sector glued onto the name's first word (港股/上市/房企恒联/x 地产控股有限公司): the name starts after it.
    const sector = t.tag === 'x' && t.word.length >= 3 ? SECTOR_FIRM_HEAD.exec(t.word) : null;
    if (sector) {
      pieces.unshift({ word: t.word.slice(2), tag: 'x', start: t.start + 2 });
      gluedHead = true;
      break;
    }
    // A person and a preposition glued onto the name's first word (张惠在岚桥/x 集团, 王伟和鑫海/x 集团): the name starts after them.
    const person = t.tag === 'x' && t.word.length >= 4 && SINGLE_SURNAMES.at(text, t.start) ? PERSON_AND_PREPOSITION.exec(t.word) : null;
    if (person && t.word.length - person[0].length >= 2) {
      pieces.unshift({ word: t.word.slice(person[0].length), tag: 'x', start: t.start + person[0].length });
      gluedHead = true;
      break;
    }
    // (…or an appointee's name and the 为 of the post glued on: 任命钱立/x 群为/x 丰川能源…有限公司董事长.)
    if (t.tag === 'x' && t.word.length === 2 && t.word[1] === '为' && APPOINTED_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start + 1))) {
      gluedHead = true;
      break;
    }
    // The number of a state-owned group's engineering bureau: 中铁/十一/局, 中国建筑/第八/工程局; a
    // display maker's trade (天马/显示/v 科技), not the verb 显示 that ends the walk elsewhere.
    const trade = (BUREAU_NUMBER.test(t.word) && /^(?:工程)?局/.test(pieces[0]?.word ?? '')) || (t.word === '显示' && /^(?:科技|技术|器件|面板)/.test(pieces[0]?.word ?? ''));
    // A city's first character the segmenter cut off for another word (西/f 安陆/ns 港集团, 上/f 海瑞/nz 实…).
    const cityCut = t.word.length === 1 && isCJKWord(t.word) && pieces[0]?.start === t.end && isProvinceOrCity(t.word + pieces[0].word[0]);
    // …or a locative after the city, the first character of its district (深圳市/前/f 海瑞/nz 丰…有限公司: 前海).
    const districtCut = kind === 'legal' && t.tag === 'f' && t.word.length === 1 && pieces[0]?.start === t.end && idx.tokens[j - 1]?.tag === 'ns' && isProvinceOrCity(idx.tokens[j - 1]!.word);
    // …and a river's reach after the river (黄河/上游/f 水电开发…): a word of the name.
    if (kind === 'legal' && RIVER_REACH.test(t.word) && idx.tokens[j - 1]?.tag === 'ns') {
      pieces.unshift({ word: t.word, tag: 'f', start: t.start });
      j--;
      continue;
    }
    if (districtCut) {
      pieces[0] = { word: t.word + pieces[0]!.word, tag: 'x', start: t.start };
      j--;
      continue;
    }
    // …or a group's first character, taken for a locative (中/f 铁一局/nt 集团有限公司: 中铁), or a registered name's
    // opening a line, after a pause or a preposition before an unknown word (中/f 审华诚/x 会计师事务所, 由/p 中/f 篮联/x（北京）体育有限公司).
    const opening = t.start === 0 || /[\n、，,：:；;。]/.test(text[t.start - 1]!) || idx.tokens[j - 1]?.tag === 'p';
    if (t.word === '中' && t.tag === 'f' && pieces[0]?.start === t.end && (lookupName(text.slice(t.start, t.end + 1))?.ambiguous === false || (kind === 'legal' && opening && pieces[0].tag === 'x'))) {
      pieces[0] = { word: t.word + pieces[0].word, tag: 'nt', start: t.start };
      j--;
      continue;
    }
    if (cityCut) {
      const word = t.word + pieces[0]!.word;
      pieces[0] = { word, tag: isProvinceOrCity(word) ? 'ns' : pieces[0]!.tag, start: t.start };
      j--;
      continue;
    }
    // A name's own 和 between its place and a character of its own (湖北/和/远/气体股份有限公司, 四川/和/邦/生物…),
    // or after one (济南/康/nr 和/c 医药科技有限公司).
    if (t.word === '和' && kind === 'legal' && pieces[0]?.word.length === 1 && isProvinceOrCity(idx.tokens[j - 1]?.word ?? '')) {
      pieces[0] = { word: '和' + pieces[0].word, tag: 'nz', start: t.start };
      j--;
      continue;
    }
    if (t.word === '和' && kind === 'legal' && before && before.end - before.start === 1 && NAME_CHAR_TAGS.has(before.tag ?? '') && isProvinceOrCity(idx.tokens[j - 2]?.word ?? '')) {
      pieces.unshift({ word: before.word + '和', tag: 'nz', start: before.start });
      j -= 2;
      continue;
    }
    // (Nor is a trade word's last character the segmenter took for a particle: 中泰置/x 地/uv（成都）有限公司.)
    const tradeEnd = t.word.length === 1 && j > 0 && idx.tokens[j - 1]!.end === t.start && SUFFIXES.get(text.slice(t.start - 1, t.end)) === 'trade';
    // (企业 before 集团 or 管理 is a registered form's own word: 珠海市免税企业集团有限公司, LG(中国)企业管理有限公司.)
    // (…nor its character the segmenter took for an adverb after an unknown word: 晨光/科力/x 普/ad 办公用品有限公司.)
    // (…or its characters it took for adverbs, a preposition or a time right after its place: 上海/普利/ad 特/d 复合材料股份有限公司, 苏州/澜/ns 因/p 生物医药有限公司, 杭州/植/n 本纪/t 生物科技有限公司.)
    const adverbInName = kind === 'legal' && t.word.length === 1 && ADVERB_TAGS.has(t.tag ?? '') && before?.tag === 'x' && before.end === t.start && isCJKWord(before.word);
    const cutAfterPlace = kind === 'legal' && pieces.length > 0 && cutAfterPlaceFrom(idx, j);
    // (…nor a character of its own the segmenter cut off between its place and the rest: 安徽/讯/ng 飞智元/x 信息科技有限公司.)
    const charAfterPlace = kind === 'legal' && t.word.length === 1 && NAME_CHAR_TAGS.has(t.tag ?? '') && isCJKWord(t.word) && pieces[0]?.start === t.end && pieces[0].tag === 'x' && before?.tag === 'ns' && before.end === t.start;
    // (A county's name is its place whatever the segmenter tagged it, before a local bank: 五常/t 农商银行, 恩施/n 农商银行.)
    const county = kind === 'local' && t.tag !== 'ns' && COUNTY_NAMES.has(t.word);
    if (!county && !isNamePiece(t, kind === 'legal' || kind === 'plant') && !trade && !tradeEnd && !adverbInName && !cutAfterPlace && !charAfterPlace && !(t.word === '企业' && /^(?:[(（]?集团|管理|咨询|服务|发展)/.test(pieces[0]?.word ?? ''))) break;
    pieces.unshift({ word: t.word, tag: county ? 'ns' : (t.tag ?? ''), start: t.start });
    j--;
  }
  return { j, gluedHead };
}

/** A quarter or half of a year as reports write it: 2025Q1, 2024H2. */
const PERIOD_CODE = /^(?:19|20)\d{2}(?:Q[1-4]|H[12])$/;
/** Tags of a name's own first word after a foreign country: unknown, a proper noun, a place. */
const OWN_WORD_TAGS = new Set(['x', 'nz', 'ns']);
const ADVERB_TAGS = new Set(['d', 'ad']);
/** Whether the token at `j` and up to two before it are a name's characters cut into words of their own, two or three in all, right after a province or city (上海/普利/ad 特/d, 苏州/澜/ns 因/p). */
function cutAfterPlaceFrom(idx: TokenIndex, j: number): boolean {
  let k = j;
  while (k >= 0 && j - k < 3 && isCutNameWord(idx.tokens[k]!)) k--;
  const place = idx.tokens[k];
  const length = idx.tokens[j]!.end - (idx.tokens[k + 1]?.start ?? 0);
  return k < j && place !== undefined && place.tag === 'ns' && place.end === idx.tokens[k + 1]!.start && isProvinceOrCity(place.word) && length >= 2 && length <= 3;
}
/** A piece of a name the segmenter took for a word of its own: not the province or city before it, a conjunction, a particle or a time (北京/的, 深圳/今年). */
const isCutNameWord = (t: Token): boolean =>
  isCJKWord(t.word) && !(t.tag === 'ns' && isProvinceOrCity(t.word)) && !CUT_NAME_STOP_TAGS.has(t.tag ?? '') && !JOINING_CHAR.test(t.word) && !(t.tag === 't' && TIME_WORD.test(t.word));
const CUT_NAME_STOP_TAGS = new Set(['c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'q', 'x']);
const JOINING_CHAR = /^[的之和与及或在对等是为将被把从向了着过]$/;
const TIME_WORD = /[年月日天时今前后]|目前|当时/;

/** The start of the province or city before the 某 or 某某 that ends at `end` (北京/某某), or -1. */
function anonymousPlace(end: number, idx: TokenIndex): number {
  const anon = idx.at(end - 1);
  const place = anon?.end === end && /^某{1,2}$/.test(anon.word) ? idx.at(anon.start - 1) : undefined;
  return place?.end === anon!.start && place.tag === 'ns' && isProvinceOrCity(place.word) ? place.start : -1;
}

/** A partnership's form is its name's: …创业投资合伙企业（有限合伙）, 天健会计师事务所（特殊普通合伙）. */
const partnershipForm = (text: string, suffix: string, end: number): number => (suffix === '合伙企业' || suffix.endsWith('事务所') ? (PARTNERSHIP_FORM.exec(text.slice(end, end + 8))?.[0].length ?? 0) : 0);

const RIVER_REACH = /^(?:上游|中游|下游|流域)$/;
/** A zone's word the segmenter tags as an adverb: 淄博/高新/d 城市运营有限公司 (the high-tech zone). */
const ZONE_ADVERBS = new Set(['高新']);

/** Tags of the single characters of a name: 凯/nr 翼/ng. */
const NAME_CHAR_TAGS = new Set(['nr', 'nrfg', 'nz', 'ng', 'x']);
/** Tags of a group name's single characters the segmenter cut off: numerals, nouns, names, adjectives and verbs (九/m 羊/n, 林/ng 达/v); not adverbs (约/d 占/v). */
const GROUP_FRAGMENT_TAGS = new Set(['m', 'n', 'ng', 'nr', 'ns', 'nz', 'j', 'x', 'zg', 'b', 'a', 'v']);
/** What a province's grid company is named for: 广东电网公司, 江苏电力公司. */
const GRID = /^(?:电网|电力)$/;
/** Adverbs of one character that join clauses, never a name's first characters (双方/还/就/浪潮软件…; 特/d 步 is 特步). */
const ADVERB_CHAR = /^[还就都也又再才却仍已曾将并]$/;
/** Numerals a registered name may start with: 九三粮油, 五得利, 三元食品 (not 两, a count). */
const NUMERAL_HEAD = /^[一二三四五六七八九十]{1,2}元?$/;
/** A count, no name: 三个, 几家, 两大. */
const COUNT_WORD = /^[一二两三四五六七八九十几数多\d]+[个家大批些类种]$/;
/** One, each or many of a kind, no name: 单只/x 基金, 每家 公司, 一众/x 银行. */
const EACH = /^(?:[单每各][只支个家]|一众|众多|诸多)$/;
/** A character the segmenter glued onto 及 or 与, joining two things: 仿制/药及/x 生物, 第13.09/条及/x 证券. */
const GLUED_AND = /^[\u4e00-\u9fff][及与]$/;
/** Within a period or a place: 季内 (in the quarter), 年内, 期内, 境内, 业内. */
const WITHIN = /^[年季月周日期区省市国境业行圈]内$/;
/** A number written in digits or numerals: 6, １２, 十二. */
const COUNT_NUMBER = /^[\d０-９一二两三四五六七八九十几数多百千万]+$/;
/** A count of companies before a name: 32间, 多家, 各家. */
const COUNTED_BEFORE = /(?:\d+|[一二两三四五六七八九十几数多各])[家间間个]$/;
/** A number of companies before the suffix: 三大/石油公司, 百家/公司 (逾百家公司, 数百家企业). */
const HOW_MANY = /^(?:[一二两三四五六七八九十几数多]+大|[一二两三四五六七八九十几数上百千万]+家$|部分|多数|少数|个别)/;
/** Pauses a list or a table row puts before a name, opening quotes and bullets: a name's first characters may follow them. */
const LIST_PAUSES = new Set(['、', '，', ',', '；', ';', '：', ':', '\n', '|', '｜', '\t', '「', '『', '“', '"', '●', '■', '◆', '▲', '★', '□', '○', '◇']);

/** The last character of a party's role (赞助方, 投资人, 承建商): the segmenter glues it to the name after it. */
const ROLE_END = new CharSet('方人商');

/** The start of a role whose 人 the segmenter cut off: 一致行动人, 中标候选人. */
const CUT_ROLE_BEFORE = /(?:行动|候选)$/;

/** A middle dot at a line's start is a list's bullet (·极越汽车CEO…), not the dot inside a foreign name. */
const BULLET_DOT = /^[·•・]$/;

const isPause = (text: string, t: Token): boolean => LIST_PAUSES.has(t.word) || (BULLET_DOT.test(t.word) && (t.start === 0 || text[t.start - 1] === '\n'));

/**
 * What a name's first characters may follow: a pause, an opening quote, a sentence's end, a bracketed source's end (【本報訊】星/n 濠/g 娛樂…),
 * a list's item number (（2）大/a 和/c 精细化学株式会社), a party's role (发展商/宏/n 昇/zg 置业…) or a word for a company (上櫃公司/宏/n 昇/zg 光電…).
 */
function opensName(text: string, t: Token): boolean {
  const open = t.word === ')' || t.word === '）' ? Math.max(text.lastIndexOf('(', t.start), text.lastIndexOf('（', t.start)) : -1;
  const itemEnd = open >= 0 && ITEM_MARK.test(text.slice(open, t.end));
  return isPause(text, t) || (t.word.length === 1 && (SENTENCE_END.test(t.word) || t.word === '】')) || itemEnd || isRole(t) || A_COMPANY_WORD.test(t.word);
}

/** A token that may be a name's first characters the segmenter took for a word of its own. */
function isFragment(t: Token): boolean {
  return WORDLIKE.test(t.word) && !NAME_DOT.at(t.word, 0) && !FUNCTION_TAGS.has(t.tag ?? '') && !NAME_STOP.has(t.word) && !FUNCTION_ADVERBS.has(t.word) && !(t.word.length === 1 && FUNCTION_HEAD.test(t.word)) && !isRole(t) && !COUNT_WORD.test(t.word) && !HOW_MANY.test(t.word) && !(t.tag === 'd' && ADVERB_CHAR.test(t.word));
}

function isNamePiece(t: Token, registered: boolean): boolean {
  if (NAME_STOP.has(t.word) || !WORDLIKE.test(t.word) || NAME_DOT.at(t.word, 0)) return false;
  // Adjectives inside a name (瑞丰/新/材料/科技有限公司, 长江/基建/a 集团); before the name they are dropped later, as not distinctive (知名).
  if (NAME_TAGS.has(t.tag ?? '') || NAME_VERBS.has(t.word) || t.tag === 'a' || DIRECTIONS.has(t.word)) return true;
  // (…and a trade the segmenter took for a set phrase: 思远/在线教育/l 集团.)
  if (t.tag === 'l' && t.word.length === 4 && GENERIC.has(t.word.slice(2))) return true;
  // A registered name (…有限公司) is a name whatever the segmenter made of its words: 江阴/兴澄/z,
  // 国有资本/l, 中国/第一/m 重型机械, 科/大国/盾/q; not numbers, dates or counts.
  if (!registered) return false;
  // (…its 中 too, which the segmenter took for a locative: 北京/科兴/中/f 维生物/技术有限公司, 云南省/滇/中/f 引水/工程有限公司.)
  if (t.word === '中' && t.tag === 'f') return true;
  const tag = t.tag ?? '';
  // (Not what the segmenter took for a set phrase that a modal verb opens, the sentence's: 用户/可拨打/i 东岳新能源汽车有限公司.)
  if (tag === 'i' && MODAL_HEAD.test(t.word)) return false;
  return (
    REGISTERED_TAGS.has(tag) ||
    (tag === 'm' && isCJKWord(t.word) && !/[年月日号家个名]$/.test(t.word)) ||
    (tag === 'mq' && /件$/.test(t.word)) || // 汽车/零部件/mq 股份有限公司
    (tag === 't' && /^(?:[一二三四五六七八九十]期|元首|[现当近]代|新时代)$/.test(t.word)) || // 投资基金/三期/t 股份有限公司, 山东/元首/t 科技…, 金/现代/t 信息…
    (tag === 't' && NAMING_TIMES.has(t.word)) || // 江苏/中天/t 科技, 杭州/未来/t 科技, 武汉/当代/t 明诚
    (t.word.length === 1 && (tag === 'q' || tag === 'zg' || tag === 'vg')) || // 科/大国/盾/q, 东川/县/zg 丰登, 杭州/臻/vg 品酒/业
    // 山东/颐养/v 健康产业, 北京/华人文化/演出/v, 山东/果然/d 鲜: verbs and adverbs of two characters or one verb character; NAME_STOP ends the walk at predicates
    (tag === 'v' && isCJKWord(t.word)) ||
    (tag === 'r' && t.word === '之家') || // 泰康/之家/r （成都）投资有限公司
    (tag === 'u' && t.word === '之') || // 德/ns 之/u 馨香/n 料/v （滨江）有限公司
    (tag === 'd' && t.word === '再') || // 广东省融资/再/d 担保有限公司: re-guarantee, as 再保险 is reinsurance
    isNameAdverb({ word: t.word, tag })
  );
}
const REGISTERED_TAGS = new Set(['l', 'z', 'i', 's', 'g', 'vd']);
/** Modal verbs: can, may, should, must, please. */
const MODAL_HEAD = /^[可能应须请]/;

/** Tags of words a name never continues over: function words and verbs. */
const CLEAR_BEFORE_TAGS = new Set([...FUNCTION_WORD_TAGS, 'v']);
/** Tags of a single character cut off the front of a registered name (科/n 大国/ns): content, not function words. */
const CUT_OFF_TAGS = new Set(['n', 'q', 'v', 'a', 'ng', 'x']);

/** Verbs whose 华 is China: 在华, 来华, 访华, 驻华, 对华, 赴华, 返华, 离华, 在华投资. */
const IN_CHINA_BEFORE = new CharSet('在来访驻对赴返离');

/** Words that make what follows a company's own: 其 (its), 旗下, 下属, 所属. */
const OWNER_BEFORE = new Set(['其', '旗下', '下属', '所属']);

/** A deal's or a regulator's verb before the company it concerns, whatever its tag (济钢集团/投资/vn 济南钢城矿业有限公司, 供应/vn 华能山东发电有限公司, 审查/vn 厦门…有限公司). */
/** A piece of a transliterated name: tagged so, or of transliteration characters only. */
const translitPiece = (text: string, p: { word: string; tag?: string; start: number }): boolean => p.tag === 'nrt' || isTranslit(text, p.start, p.start + p.word.length);

/** Deals that are never a name's word: 私有化, 收购. */
const DEALS_ONLY = new Set(['私有化', '收购', '并购', '要约收购', '起诉', '约谈']);
/** Tags of the words a factory's own name is made of before its trade: names, places, distinguishing words, unknown words. */
const OWN_PLANT_TAGS = new Set(['nr', 'nz', 'nrt', 'x', 'ns', 'b', 'j']);
/** 省 or 市 alone, opening the registered name of a province's or a city's enterprise (省旅游投资集团有限公司). */
export const LOCAL_UNIT = new CharSet('省市');
const DEAL_VERBS = new Set(['投资', '收购', '控股', '入股', '参股', '设立', '新设', '成立', '注资', '增资', '供应', '供货', '审查', '调查', '审计', '起诉', '处罚', '约谈', '谴责', '警告', '交由', '批予', '判予', '投向']);

/** Tags of words before the naming one that a clear start lets into the name: adjectives and nouns the segmenter made of its first characters. */
const LEADING_TAGS = new Set(['a', 'b', 'n', 'nz', 'nr', 'j']);

/** Latin letters and digits joined by signs, or capitalised words by spaces, ending a text: 3M, 7-Eleven, H&M, A.O., Fast Retailing (not starting with a sign). */
const LATIN_RUN = /[A-Za-z0-9À-ÖØ-öø-ÿ](?:[A-Za-z0-9À-ÖØ-öø-ÿ]|[-&＆.'](?=[A-Za-z0-9À-ÖØ-öø-ÿ]|$)| (?=[A-ZÀ-ÖØ-Þ]))*$/;

/** A utility's or a processor's works, no company of its own (water, sewage, waste, power, slaughter), a kind of drug maker (台湾学名药厂: generic drugs), or a plant called new or old (北京新厂). */
const WORKS = /学名药|仿制药|原料药|污水|处理|净化|自来水|水厂|垃圾|焚烧|发电|热电|电厂|加工|屠宰|冷库|分厂|车间|[工设建办新老旧]厂$/;

/** A word the segmenter did not know that ends in the copula, a name's last characters and 是 or 系 glued (天穹/云是/x, 王刚系/x): the name after it starts clear. */
const gluedCopula = (t: Token): boolean => t.tag === 'x' && /[是系]$/.test(t.word);

/** Building after a trade word, the trade's network or works being built, where no registered name goes on after it. */
const BUILDING_AFTER = /^建设(?!集团|股份|有限|公司|工程|投资|控股)/;
/** An award a fund gives, after its name: 科学与技术进步奖, 奖学金. */
const AWARD_AFTER = /^[\u4e00-\u9fff]{0,10}奖/;
/** A preposition of who a measure is taken against, before a name of three characters or more. */
const CLAUSE_PREPOSITION = /^[对向](?=[\u4e00-\u9fff]{3})/;
const CLAUSE_BREAK = /[\n；;，,。：:]/;
/** Joining a company before its name, with the 日 of the day it was joined: 入职, 就职于, 加盟. */
const JOINED_BEFORE_NAME = /^日?(?:入职|就职于|加盟)(?=[\u4e00-\u9fff]{2})/;

/** A Japanese company's name after 日本 and what kind of company it is, before its 株式会社 (日本空调企业/大金工业株式会社). */
const JAPANESE_NAME_BEFORE = /日本(?:[\u4e00-\u9fff]{0,6}?(?:企业|厂商|巨头|公司|车企|药企))?([\u4e00-\u9fff]{2,8})$/;

/** Holding, buying or selling earlier in the clause, before a company's 股份: its shares. */
const SHARES_HELD_BEFORE = /(?:持有|所持|持股|出售|减持|增持|买入|卖出|购入|沽出)[^，,。；;：:\n]*$/;

/** What an insurance product insures against, before 保险: 价格保险, 指数保险, 收入保险. */
const INSURANCE_PRODUCT = /(?:价格|指数|收入|成本|产量|天气|气象)$/;

/** An event named by a company and its trade: 蔚来创新科技日, 小米科技大会. */
const EVENT_AFTER = /^(?:日|节|周|大会|峰会|论坛|展)/;

/** Who a cooperative's members are, or how many cooperatives, before 专业合作社 in a name of none: 农民, 各类. */
const KINDS_OF_MEMBERS = /^(?:农民|农户|村级|各类|各种|一批|多家)$/;

/** A place and 机场: the airport a company before 公司 or 集团 runs. */
const runsAirport = (pieces: readonly Piece[]): boolean => pieces.length === 2 && pieces[0]!.tag === 'ns' && pieces[1]!.word === '机场';

function acceptable(kind: SuffixKind, suffix: string, pieces: readonly Piece[], event: boolean): boolean {
  if (pieces.map((p) => p.word).join('').length < 2) return false;
  // (Farmers' cooperatives in general are no cooperative's name: 农民专业合作社, 各类专业合作社.)
  if (suffix === '专业合作社' && (pieces.length === 1 ? isGeneric(pieces[0]!.word) || KINDS_OF_MEMBERS.test(pieces[0]!.word) : KINDS_OF_MEMBERS.test(pieces[pieces.length - 1]!.word) && !pieces.slice(0, -1).some((p) => isDistinctive(p) && p.tag !== 'ns'))) return false;
  if (kind === 'legal' || kind === 'group') return true;
  // An insurance product is no insurer: 苹果目标价格保险, 天气指数保险.
  if (suffix === '保险' && INSURANCE_PRODUCT.test(pieces.map((p) => p.word).join(''))) return false;
  // A generic word the segmenter cut into characters is no name before a trade or finance word: “巨/nr 灾/n 保险 (catastrophe insurance).
  if (pieces.length > 1 && isGeneric(pieces.map((p) => p.word).join(''))) return false;
  // A factory is named by its province, city or county (with its unit: 诸城市电机厂, not 番禺服装厂) and its trade, or by a company's name (江南造船厂), not a utility's works (济南污水处理厂, 发电厂)
  // nor a company's plant in a place (特斯拉上海超级工厂, SK海力士无锡厂: the company alone).
  if (kind === 'plant') {
    const name = pieces.map((p) => p.word).join('') + suffix;
    // (Not a factory the text does not name: 惠州一电镀厂, 某化工厂; nor going to work in one: 东莞/进厂.)
    // (…nor a plant being built there, a verb and its number in the pieces: 台中市大里区/扩建/v 第二/m 厂.)
    const placed = pieces.length >= 2 && pieces[0]!.tag === 'ns' && (isProvinceOrCity(pieces[0]!.word) || (isCounty(pieces[0]!.word) && /[市县]$/.test(pieces[0]!.word))) && pieces[pieces.length - 1]!.tag !== 'ns' && !pieces.some((p, i) => /^一$|某/.test(p.word) || (p.tag === 'v' && pieces[i + 1]?.tag === 'm')) && !TO_A_PLANT.test(pieces[pieces.length - 1]!.word);
    // (…or by a name of its own and its trade, the segmenter's one word: 红光/nr 开关厂, 利興/x 塑膠廠, 华北/ns 重型/b 机器厂; no known company's plant.)
    const trade = pieces[pieces.length - 1]!;
    const own = pieces.length >= 2 && trade.word.length >= 2 && trade.tag === 'n' && !pieces.some((p) => lookupName(p.word)) && pieces.slice(0, -1).every((p) => OWN_PLANT_TAGS.has(p.tag) && /^[\u4e00-\u9fff]+$/.test(p.word)) && pieces.slice(0, -1).some((p) => isDistinctive(p) && p.tag !== 'ns');
    return (placed || own || (pieces.length === 1 && lookupName(pieces[0]!.word) !== undefined)) && !WORKS.test(name);
  }
  // A province's grid company is named by its place (广东电网公司, 江苏电力公司), an airport's by the airport's (桃园机场公司).
  if (kind === 'weak' && ((pieces.length === 2 && isProvinceOrCity(pieces[0]!.word) && GRID.test(pieces[1]!.word)) || runsAirport(pieces))) return true;
  // A province or city before 公司 is a company's branch or any company there (上海公司, 万科北京公司): the dictionary finds 万科.
  if (kind === 'weak' && pieces[pieces.length - 1]!.tag === 'ns' && isProvinceOrCity(pieces[pieces.length - 1]!.word)) return false;
  // (…nor a district or county the segmenter cut into places: 深圳市/坪/ns 山区/ns 公司会议室.)
  if (kind === 'weak' && pieces.every((p) => p.tag === 'ns') && /[区县]$/.test(pieces[pieces.length - 1]!.word)) return false;
  // (Not the platforms within a province: 湖南省内城投.)
  if (kind === 'local') return !/[省市县区]内/.test(pieces.map((p) => p.word).join('')) && (pieces.every((p) => p.tag === 'ns' && !COUNTRY_LIKE.has(p.word)) || pieces.some((p) => isDistinctive(p) && p.tag !== 'ns'));
  // A place names a bank or a company only right before the suffix (上海银行), not before a
  // generic noun phrase (某地/商品/原油/期货).
  // (A dictionary name the segmenter tagged as a place is proper: 泰康人寿/ns 保险公司.)
  const proper = pieces.filter((p) => isDistinctive(p) && (p.tag !== 'ns' || lookupName(p.word) !== undefined));
  if (!proper.length && pieces.length > 1 && pieces.slice(1).some((p) => !isDistinctive(p))) return false;
  if (kind !== 'trade') return true;
  // A name the segmenter cut into characters it tags as names (和/沐/nz 曦/nr 股份) is one name.
  if (pieces.length <= 3 && pieces.every((p) => p.word.length === 1 && PROPER_TAGS.has(p.tag))) return true;
  // Trade words (科技, 地产, 汽车 ...) make a name only after one proper name that is not a
  // place: 旷视科技, not 金融科技 or 常州汽车; X股份 names a listed company by its place too (豫园股份).
  // Not after a model's code: 召回部分ES6汽车, 5G网络.
  // A known company's technology arm is named by it and a field (极氪/智能/科技; not its event: 蔚来/创新/科技日).
  if (suffix === '科技' && !event && pieces.length === 2 && lookupName(pieces[0]!.word)?.ambiguous === false && pieces[1]!.word.length >= 2) return true;
  // (Nor after a quantity: 年产20GWh/动力锂电池; nor a kind of share: 供股/x 股份, 限售/x 股份.)
  return pieces.length === 1 && pieces[0]!.word.length >= 2 && (pieces[0]!.tag !== 'ns' || suffix === '股份') && !MODEL_CODE.test(pieces[0]!.word) && !/^[\d０-９]/.test(pieces[0]!.word) && !(suffix === '股份' && SHARE_KINDS.has(pieces[0]!.word));
}

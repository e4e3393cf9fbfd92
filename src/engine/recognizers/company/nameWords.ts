import { lookupName } from '../../dict/companies';
import { CharSet } from '../text/charSet';
import type { TokenIndex } from '../text/tokenIndex';

// The words of company names: which segmenter pieces name a company in particular (isDistinctive),
// which only say what it does (GENERIC), which say who it is to the story (ROLES, DESCRIPTORS),
// and which are never a name's words (NAME_STOP, function words and adverbs). registeredName.ts
// walks back from a suffix with them; company.ts and shortForms.ts judge names with them.

/** Tags of function words: prepositions, conjunctions, particles, pronouns, modal particles, interjections, onomatopoeia. */
export const FUNCTION_WORD_TAGS = ['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'y', 'e', 'o'];
/** Verbs (and 高新) that are common words of company names (国家开发投资集团, 济南城市投资集团, 西安高新控股, 山东出版集团, 柏伟联合控股). */
export const NAME_VERBS = new Set(['投资', '发展', '开发', '建设', '控股', '创新', '制造', '研发', '创业', '租赁', '运营', '管理', '服务', '高新', '出版', '发行', '联合', '度假']);
/** Words that end a walk back from a suffix: they are never the start of a company name (人为: 执行/人为/n …, a role's 人 and 为; 规上: above the statistical threshold; verbs of taking a post). */
export const NAME_STOP = new Set([
  ...'调研 视察 参观 拜访 洽谈 对接 签约 签署 代表 陪同 带队 率队 引进 收购 并购 成立 设立 注册 携手 支持 推动 宣布 表示 认为 透露 介绍 显示 涉及 选择 成为 作为 要求 希望 鼓励 帮助 走进 来到 前往 抵达 入驻 落户 邀请 推荐 中标 获得 完成 参与 牵头 委托 授权 起诉 见证 出席 参加 举行 召开 签订 达成 批准 同意 发布 举办 启动 开工 投产 建成 组建 合并 重组 改制 更名 整合 改组 划转 委任 任命 聘请 指定 通报 宣判 审理 开庭审理 公开审理 公开开庭审理 开庭 受理 判令 判决 查处 处罚 约谈 遵守 严格遵守 遵循 违反 依照 按照 确认 裁定 原 原名 现名 更名为 年产 年销 标称 声称 核准 加盟 获批 隶属 隶属于 归属于 局对 厅对 委对 院对 他系 她系 他是 她是 其系'.split(' '),
  // (…a currency, what a deal was worth, and a verb of buying or selling before the company: 10亿/欧元/竞购/葡萄牙/千禧银行)
  '欧元', '美元', '港元', '日元', '韩元', '英镑', '澳元', '人民币', '竞购', '出售', '入股', '参股', '领投', '跟投', '参投',
  '续聘', '改聘', '选聘', '新聘', '拟聘', '受聘', '聘请', '聘任', '曾任', '现任', '时任', '历任', '原任', '新任', '继任', '对话', '专访', '谢谢', '感谢', '增持', '减持', '举牌', '回购', '诉', '入职', '离职', '子公司', '全资子公司', '控股子公司', '旗下', '所属', '包括', '记者', '会见', '走访', '考察', '企业', '公司', '其中', '以及', '还有', '另有', '此外', '另外', '另据', '据悉', '利用', '这是', '力争', '争取', '来自', '位于', '分别', '先后', '拥有', '图为', '本报讯', '讯', '人为', '规上', '其所持', '所持', '其持', '持有', '辞任', '辞去', '卸任', '接任', '出任', '担任', '兼任', '升任', '调任', '各大', '各家', '多家', '几家', '一家', '这家', '那家', '新一轮', '本轮', '首轮', '新一批', '预计', '预测', '预期', '估计',
  // a season, whatever the segmenter tagged it (上赛季/nr ＣＢＡ公司)
  '赛季', '上赛季', '本赛季', '新赛季', '下赛季',
  // a notice or what is made public before the name (兹/通告/翠峰科技集团有限公司, 公告/…)
  '公告', '通告', '公布', '披露',
  // the companies a leader liaises with in a division of duties (联系/株洲市城市建设发展集团有限公司)
  '联系',
  // a contract awarded to the company after the work (屯門南延線車站工程批予金門建築有限公司)
  '批予', '判予', '授予', '批给',
  // a check a company did not make (未经会计师事务所审计)
  '未经',
  // what a business or a market gives the group after it (澳門業務貢獻集團逾20%: Macau contributes over 20% to the group)
  '贡献',
  // speech before a company's name, the speaker's word glued on too (他称/x 公司将…, 陈志强/直言/n 公司)
  '称', '他称', '她称', '其称', '直言', '坦言', '指出', '强调', '说', '指',
  // (…and what a deal awaits: 配售须待/x 香港联合交易所有限公司批准)
  '须待', '有待', '尚待',
  // (…and what a bribe-taker does with a company's gifts: 违规收受/华盛置业有限公司赠送的购物卡)
  '收受', '索取', '索要', '接受',
  // an executive's title before the company the executive speaks of (阿里巴巴主席蔡崇信指集团…)
  '主席', '董事长', '总裁', '总经理', '行长', '首席执行官', 'CEO',
  // a name's other name before it (中成股份/全称为/中成进出口股份有限公司)
  '全称', '全称为', '称为', '简称', '又称', '即', '暨',
  // (…and a regulator's finding, the verb tagged a name too: 证监会/查明/nr 山东鲁北化工股份有限公司)
  '查明', '查实', '经查', '认定',
  // (…and a condition's verb: 消费者/如遇/x 快递/v 延误)
  '如遇', '如果', '若遇', '遇到',
  // (…and the party a sale is to: 向大/客户 南昌赣联贸易有限公司)
  '客户', '大客户']);
/** Unknown (x) pieces that start with a function character were glued on by the segmenter (2020/年在, 最受/x 资本市场, 权益/类公募/x 基金, 16/只新发/x 基金, 春节/前新/x 基金; a court's 自, 使, 令 and 下称: 自聯鼎/x 科技帳戶, 使聯鼎/x 科技受有損害, 下/稱鑫揚/x 公司). */
export const FUNCTION_HEAD = /^(?:[年月日用以为在和与的了是被把对从向及等将于由多受未因反欠让给仍也都家据最已任系乃占归诉而后经同跟除到赴类获其只但自使令]|前(?=新)|[称稱](?=[\u4e00-\u9fff]{2}))/;
/** A function character the segmenter glued after a name (聘任孙莉为/x 公司财务总监, 陈平到/x 山东港口集团), or a verb's 入 (撥入/x 溫室氣體管理基金: paid into): the piece is a name and a verb, or a verb, not a company's name. */
export const FUNCTION_TAIL = /[为是在和与的了被把将到赴向以占入]$/;
/** Tags of pieces that name something in particular (a generic noun is tagged n). */
export const PROPER_TAGS = new Set(['nz', 'nr', 'nrt', 'nrfg', 'nt', 'j', 'eng', 'x', 'ns']);
/** Words that say what a company does or is, not which one it is. */
export const GENERIC = new Set(
  `科技 技术 信息 网络 互联网 软件 电子 通信 通讯 数据 数字 智能 金融 投资 资本 资产 基金 证券 保险 银行 信托 期货 商业 商务 贸易 实业 工业 产业 能源 电力
   汽车 地产 房地产 置业 物业 建筑 建设 建工 发展 开发 控股 集团 股份 有限 责任 国际 国家 环球 城市 交通 物流 快递 航空 港口 钢铁 化工 医药 生物 器械 健康
   学名 仿制 食品 文化 传媒 媒体 娱乐 影视 游戏 电竞 教育 高教 民办 旅游 酒店 餐饮 服务 管理 咨询 经纪 代理 中介 广告 公关 农业 矿业 制造 装备 材料 新能源 环保 水务 燃气 电气
   电器 家电 重工 机械 设备 零售 百分 企业 公司 国有 民营 外资 合资 上市 上柜 兴柜 挂牌 大型 小型 中小 知名 头部 本土 外国 海外 全球 跨国 创新 研发 运营 租赁 财务 财金
   社保 养老 康养 康复 医疗 医保 公积金 售电 超充 利变 纸上 培训 直保 再保 固收 固收类 权益类 股型 债型 偏股 偏债 CRO CDMO CMO CXO CSO 股权 私募 公募 国产 国营 邮电 电信 邮政 移动 联通 公共 公交 出租 长途
   一家 这家 该 某 多家 各家 两家 母 子 分 总 新 老 非 第一 投行 商行 农商 城商 村镇 人寿 财险 寿险 产险 车险 消金 消费金融 个险 团险 银保 信用 合作 联合 国投 城投 产投 实体 平台 网 集成电路 半导体 IC 芯片 设计 晶圆 封测
   日均 揽收 派送 寄递 收寄 投递 派件 收件 寄件 线上 线下 制品 用品 新发 大力发展 做强 做大 做优 做实 深化 普惠 城乡 海洋 低碳 零碳 绿色 清洁
   同城 跨境 即时 具身 特专 人形 机器人 大模型 低空 财产 房产 经纪 货运 船运 海运 航运 船舶 造船 海工 煤矿 煤业 蔬菜 种业 运输 收单 发卡 中央 储蓄 商品 交易 交易所 橡胶 原油 海军 空军 陆军 博彩 彩票 按揭 贷款 存款 工程 装饰 装修 连锁
   标品 非标 国企 央企 民企 外企 私企 车企 房企 航司 券商 资管 理财 城商行 农商行 农信社 股份行 国有行 大行 外资行 村镇银行 民营银行 药企 险企 钢企 煤企 船企 乳企 酒企 芯企 光企 锂企 有色 金属 药房 大药房 药店 存托 农房 巨灾 意外 人身 国防 法律 冷链 速运 智慧 清洁 绿色 现代 生技 金控 文创 营销 高强 各大 美妆 港航 临港 空港 陆港 仓储 城市更新 更新 引导 算力 算法 科创 双创 融资 担保 融资担保 保理 小贷 典当 文旅 轨道 轨道交通 民用 石化 AI IT 外贸 年均 人均 锂电 光伏 储能 氢能 动力 电池 精密 五金 模具 包装 印刷 纺织 服装 服饰 仪器 仪表 机电 汽配 塑胶 塑料 橡塑 家具 家居 建材 陶瓷 玻璃 电缆 线缆 乡村振兴 果品 果业 铁路 公路 高速 高速公路 体育 信号 钨业 铜业 铝业 锌业 锂业 镍业 钼业 稀土`
    .split(/\s+/)
    .filter(Boolean),
);
/** A national state-owned company's name starts with one of these: 中国交通建设股份有限公司. */
export const NATIONAL = new Set(['中国', '中华', '国家', '中央']);
/** Length of the foreign country a word starts with (美国苹果 → 2), 0 if none: 中国 names national companies. */
export function foreignCountryLength(word: string, whole = false): number {
  if (word.length < (whole ? 2 : 3) || !FOREIGN_FIRST.at(word, 0)) return 0; // most words: one bit test
  for (const n of COUNTRY_LENGTHS) if ((word.length > n || (whole && word.length === n)) && FOREIGN_COUNTRIES.has(word.slice(0, n))) return n;
  return 0;
}
/** A word that is a foreign country's name, whole: 德国, 沙特 (not 德国电信). */
export const isForeignCountry = (word: string): boolean => word.length > 0 && foreignCountryLength(word, true) === word.length;
/** A token the segmenter glued 由 into, the 由 of a change of post (法定代表人由德籍/x 总经理): no walk back to an organization crosses it. */
export const gluedBy = (t: { word: string; tag?: string }): boolean => t.tag === 'x' && t.word.includes('由');
/** Places that never name a company alone before a suffix (美国公司 is any American company). */
export const COUNTRY_LIKE = new Set(
  `中国 美国 日本 韩国 英国 德国 法国 俄罗斯 印度 意大利 西班牙 加拿大 澳大利亚 巴西 新加坡 瑞士 荷兰 瑞典 沙特 沙特阿拉伯 阿联酋 卡塔尔 土耳其 以色列 埃及 南非 墨西哥 阿根廷 印尼 印度尼西亚 马来西亚 泰国 越南 菲律宾 新西兰 比利时 奥地利 丹麦 挪威 芬兰 波兰 葡萄牙 希腊 爱尔兰 伊朗 巴基斯坦 哈萨克斯坦 乌兹别克斯坦 蒙古 缅甸 柬埔寨 老挝 孟加拉国 斯里兰卡 伊拉克 科威特 阿曼 秘鲁 智利 哥伦比亚 委内瑞拉 乌克兰 匈牙利 捷克 罗马尼亚 塞尔维亚 尼日利亚 几内亚 刚果 赞比亚 安哥拉 肯尼亚 埃塞俄比亚 坦桑尼亚 阿尔及利亚 摩洛哥 欧洲 欧盟 东盟 亚洲 非洲 美洲 全国 各地 国内 国外 海外 境外 境内 外地 本地 当地`
    .split(/\s+/)
    .filter(Boolean),
);
const FOREIGN_COUNTRIES = new Set([...COUNTRY_LIKE].filter((c) => !NATIONAL.has(c) && !/^(?:全国|国内|国外|海外|境外|境内|外地|本地|当地|各地)$/.test(c)));
/** The lengths of those names, longest first: 哈萨克斯坦 before a country of two that starts it. */
const COUNTRY_LENGTHS = [...new Set([...FOREIGN_COUNTRIES].map((c) => c.length))].sort((a, b) => b - a);
const FOREIGN_FIRST = new CharSet([...FOREIGN_COUNTRIES].map((c) => c[0]).join(''));
/** Words of a public body (证监会科技监管司 is none's 证监会科技), a gang or a crime, which no registered company name has (it may run a hospital or school: 成都京东方医院有限公司). */
const PUBLIC_OR_CRIME = '政府|管委会|委员会|(?:证|银保|银|保)监会|发改委|国资委|网信办|人大|政协|党委|市委|省委|县委|法院|检察院|公安|电视台|报社|局$|厅$|(?<!俱乐)部$|犯罪|诈骗|恐怖|黑社会|利益|走私|贩毒|传销|团伙';
export const PUBLIC_OR_CRIME_WORDS = new RegExp(PUBLIC_OR_CRIME);
/** Who takes a post over, before the title (孟庆伟辞职，现由副董事长…): no employer, no organization. */
export const TAKEN_OVER_BY = ['现由', '改由', '暂由', '仍由', '均由', '即由', '将由'];
/** The end of the name of a public body, which acts on companies (对…处罚, 向…罚款): 法院, 监管局, 证监会, 市政府. */
export const PUBLIC_BODY_END = /[局院会委部厅府庭署]$/;
/** Words that make a name a public body, school, association or medium, not a company. */
export const NOT_COMPANY_WORDS = new RegExp(`${PUBLIC_OR_CRIME}|大学|学院|学校|中学|小学|协会|学会|商会|联合会|基金会|研究院|研究所|医院|办公室|日报|晚报|杂志|出版社`);
/** The number of an engineering bureau: 十一 in 中铁十一局, 第八 in 中国建筑第八工程局. */
const BUREAU_NO = '第?[一二三四五六七八九十]{1,3}';
export const BUREAU_NUMBER = new RegExp(`^${BUREAU_NO}$`);
/** How another body's name opens after a joiner, no trade of an association of two: 与中国篮球协会, 和全国工商联. */
export const BODY_OPENING = '中国|全国|中华|国际|世界|亚洲';
/** A bureau's numbered company: 一公司 of 中建三局一公司. */
export const BUREAU_COMPANY = '[一二三四五六七八九]公司';
/** A state-owned group's engineering bureau after its name is a company of its own: 中建八局, 中铁十一局集团, 中交一航局, 中铁大桥局, and a bureau's numbered company, 中建三局一公司. */
export const BUREAU_AFTER = new RegExp(`^(?:${BUREAU_NO}(?:工程|[航公])?|大桥|隧道|电气化|航务)局(?:集团|${BUREAU_COMPANY})?`);
/** Directions that start names, tagged as locatives: 北方/f 能源, 南方/f 航空, 西部/f 矿业. */
export const DIRECTIONS = new Set(['东方', '南方', '西方', '北方', '东部', '南部', '西部', '北部', '中部']);
/** Tags never a piece of a name: function words, locatives and times. */
export const FUNCTION_TAGS = new Set([...FUNCTION_WORD_TAGS, 'f', 't']);
export interface Piece {
  word: string;
  tag: string;
  start: number;
}
/** Words the segmenter takes for times that name companies (中天科技, 未来科技, 当代明诚, 今日头条): in a registered name, the name's. */
export const NAMING_TIMES = new Set(['中天', '中元', '未来', '当代', '今日', '明日', '东方红', '新时代', '千秋', '春秋', '晨光', '朝阳', '黎明', '永恒']);
/** An adverb of two characters or more that may be a name's word: 果然/d, 鼎新/d; not 已经. */
export const isNameAdverb = (p: { word: string; tag: string }) => p.tag === 'd' && p.word.length >= 2 && !FUNCTION_ADVERBS.has(p.word);
/** Adverbs that are words of sentences, never of names: 已经, 正在, 共同. */
export const FUNCTION_ADVERBS = new Set(['已经', '正在', '共同', '分别', '先后', '一起', '再次', '同时', '不断', '随后', '随即', '亲自', '专门', '特别', '逐步', '全面', '积极', '重点', '主要', '目前', '曾经', '一直', '始终', '也是', '就是', '还是', '都是']);
/**
 * A piece that says which company it is: a dictionary name, or a proper noun by its tag that is
 * not generic and not a country (美国公司 is any American company; 上海银行 is one bank).
 */
export function isDistinctive(p: Piece): boolean {
  if (lookupName(p.word)) return true;
  // A word of -ization names no company, whatever its tag: 智能化/nr 医疗, 数智化医疗.
  if (isGeneric(p.word) || COUNTRY_LIKE.has(p.word) || isDescriptor(p.word) || !PROPER_TAGS.has(p.tag) || (p.word.length >= 3 && p.word.endsWith('化'))) return false;
  return p.tag !== 'x' || (p.word.length >= 2 && !FUNCTION_HEAD.test(p.word) && !FUNCTION_TAIL.test(p.word));
}
/** A party's role before its name: who the company is to the story (原告, 开发商, 运营方, 保荐机构), never part of the name. */
export const ROLES = new Set([
  ...['原告', '被告', '原告方', '被告方', '申请方', '被申请方', '当事人', '第三人', '申请人', '被申请人', '上诉人', '被上诉人', '被执行人', '债权人', '债务人', '担保人', '发行人', '管理人', '投资人', '重整投资人', '权益人', '原始权益人', '委托人', '受托人', '保证人', '投保人', '受益人', '收购人', '要约人', '财务顾问', '法律顾问', '清盘人', '临时清盘人', '共同清盘人', '接管人', '呈请人', '被呈请人', '核数师', '审计师', '估值师', '测量师', '评估师', '配售代理', '独家配售代理', '联席配售代理', '包销商', '承配人'],
  ...['股东', '大股东', '控股股东', '控制人', '实际控制人', '关联方', '交易对方', '保荐机构', '保荐人', '承销商', '主承销商', '受让方', '转让方', '竞得人', '中标人', '中标候选人', '候选人', '一致行动人', '出让人', '受让人', '转让人', '竞买人', '买受人'],
  ...['承建商', '承包商', '开发商', '发展商', '供应商', '供货商', '采购商', '进口商', '出口商', '批发商', '经销商', '分销商', '代理商', '服务商', '运营商', '制造商', '生产商', '销售商', '零售商', '贸易商', '投资商', '合作商', '集成商', '品牌商', '厂商'],
  ...['主体', '运营主体', '经营主体', '责任主体', '市场主体'],
  ...['出租方', '承租方', '出卖方', '买受方', '委托方', '受托方'],
  ...['经营者', '投资者', '收购者', '运营者', '运营方', '合作方', '投资方', '收购方', '被收购方', '承建方', '建设方', '施工方', '主办方', '承办方', '协办方', '出资方', '买方', '卖方', '甲方', '乙方', '平台方', '品牌方', '出品方', '联合出品方', '发行方', '制片方', '承制方', '合作伙伴', '赞助商', '冠名商', '船东', '竞争对手'],
  // (an investor's part in a round, a joint venture's partners: 领投方, 合营/伙伴)
  ...['领投方', '跟投方', '领投机构', '跟投机构', '合营方', '合资方', '伙伴', '合营伙伴', '合资伙伴', '业主', '业主方', '业主单位'],
  ...['中介机构', '评估机构', '审计机构', '托管机构', '承销机构', '评级机构', '金融机构', '建设单位', '施工单位', '中标单位', '承建单位', '监理单位', '设计单位'],
]);
/** The token `t` after `before` starts with a role's last character the segmenter glued on: 品牌/方鸿星/x 尔克, 呈请/人顶益/x 国际, 核数/师安永/nr, 出口/商港/ns 聯. */
export const startsWithRoleEnd = (t: { word: string; tag?: string }, before: { word: string } | undefined): boolean =>
  (((t.tag === 'x' || t.tag === 'nr') && t.word.length > 2) || ((t.tag === 'ns' || t.tag === 'x') && t.word.length === 2)) && ROLES.has((before?.word ?? '') + t.word[0]);
/** A role the segmenter split off its verb: 运营/方, 保荐/机构, 建设/单位 (not 人 or 商: 鲁/商/集团). */
const ROLE_HEADS = new Set(['方', '机构', '单位']);
export function isRole(t: { word: string; tag?: string }): boolean {
  return ROLES.has(t.word) || (ROLE_HEADS.has(t.word) && t.tag === 'n');
}
/** Verbs that make a party's role with a 人 the segmenter split off them: 要约/人, 管理/人, 投资/人. */
const PARTY_VERBS = new Set(['要约', '收购', '管理', '投资', '代理', '受托', '委托', '债权', '发起', '承包', '保证', '担保']);
/** The token at `j` is the 人 of such a role: what follows it is the party's name, not more of it. */
export const isPartyPerson = (idx: TokenIndex, j: number): boolean => idx.tokens[j]?.word === '人' && PARTY_VERBS.has(idx.tokens[j - 1]?.word ?? '');
/** Words before a registered name that say who it is to the story, not which company: 原告, 知名. */
const DESCRIPTORS = new Set([...ROLES, ...['知名', '著名', '大型', '同业', '全资', '龙头', '头部', '蓝筹', '白马', '成份股', '成分股', '权重股', '新创', '初创', '独角兽', '领军', '国内', '省内', '市内', '辖内', '辖区', '区内', '县内', '境内', '域内', '当地', '本地', '多家', '板块', '个股', '概念股', '新股', '次新股', '持牌', '单户', '各', '每', '港资', '外资', '台资', '中资', '华资', '日资', '韩资', '美资', '欧资', '民营', '国有', '国企', '央企', '民企', '平台', '市属国企', '省属国企', '区属国企', '地方国企', '通路', '业者', '大厂', '药企', '车企', '房企', '险企', '药厂', '创新药企', '代工厂']]);
/** A word that describes a company, alone or as the segmenter joined it (行业龙头/n), or its trade (港资/地产商/恒泰置业集团有限公司). */
export const isDescriptor = (word: string) => DESCRIPTORS.has(word) || /(?:龙头|巨头)$|^[\u4e00-\u9fff]{2}商$/.test(word);
/** In a registered name, any word of two characters or more that is not generic names the company: 蜂巢/n 能源, 瀚海/n 芯能. */
export function isRegisteredWord(p: Piece): boolean {
  return p.word.length >= 2 && !isGeneric(p.word) && !COUNTRY_LIKE.has(p.word) && !isDescriptor(p.word) && (NOMINAL_TAGS.has(p.tag) || DIRECTIONS.has(p.word) || NAMING_TIMES.has(p.word));
}
/** Tags of words that can name: nouns of every kind, not verbs, adverbs or adjectives (希望/v 华为… starts at 华为). */
const NOMINAL_TAGS = new Set(['n', 'nz', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'x', 'j', 'l', 'z', 'eng', 'ng', 's', 'g', 'vn', 'i']);
/** A word made only of generic words: 控股集团, 信息技术. */
export function isGeneric(word: string): boolean {
  if (GENERIC.has(word)) return true;
  for (let k = 1; k < word.length; k++) if (GENERIC.has(word.slice(0, k)) && isGeneric(word.slice(k))) return true;
  return false;
}
/** Facilities, units, teams and charities after a name: the place before it belongs to them (北京万达广场, 北京联想总部, 东莞大益队, 深圳市腾讯公益慈善基金会, 林芝华润希望小镇, 华为（东莞）研发中心), not to the company. */
export const FACILITY_AFTER = /^(?:队|文化中心|体育中心|艺术中心|会展中心|体育馆|体育场|剧院|大剧院|音乐厅|球场|俱乐部|研发中心|研发基地|广场|影城|大厦|中心|乐园|文旅城|城|酒店|项目|总部|分公司|分行|支行|办事处|代表处|产业园|科技园|工业园|园区|基地|工厂|直属库|研究所|研究院|实验室|基金会|公益|慈善|希望小|小镇|度假区|度假村|海洋王国|野生动物世界|动物世界|动物园|海洋公园|水上乐园|马戏城|冰雪大世界|大世界|欢乐谷|主题公园|景区|医院)/;

/** A product model's code, a network generation or band, or a picture's: ES6, LX600, X5, A320neo, 5G, 5G-A, 5.5G, 700MHz, 3D, 4K. */
export const MODEL_CODE = /^(?:[A-Za-z]{1,4}\d{1,4}(?:[A-Za-z]|neo|ceo|XLR|LR|ER)?|\d[GgDdKk]|\d(?:\.\d)?G(?:-A)?|\d+(?:\.\d+)?[kMG]?Hz)$/;
/** Markets a stock code is written after: 港股（09901.HK）. */
export const MARKET_WORDS = new Set(['港股', 'A股', '美股', 'B股', 'H股', '中概股', '股票', '个股']);

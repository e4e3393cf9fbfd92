// Offices and executive posts that make the person beside them an OFFICIAL, written from
// general knowledge of Chinese government, Party, company and institution titles.
// Each base title also counts with the usual rank prefixes (副, 常务副, 执行, 高级 ...).
import { PhraseTrie } from '../recognizers/phraseTrie';
const BASE = `
书记 副书记 党委书记 党组书记 纪委书记 政法委书记 工委书记 总支书记 支部书记 村支书 第一书记 驻村第一书记 厂长 场长 矿长 工段长 班组长
省委书记 市委书记 县委书记 区委书记 州委书记 旗委书记 盟委书记 镇党委书记 乡党委书记
省委常委 市委常委 县委常委 区委常委 州委常委 常委 政治局常委 政治局委员 中央委员 委员
省长 市长 县长 区长 州长 镇长 乡长 村长 旗长 盟长 关长 特首 行政长官 长官 官房长官 司长 署长 局长 处长 科长 厅长
部长 主任 秘书长 主席 委员长 总理 国务委员 总统 首相 议长 议员 参议员 众议员 大使 总领事 领事 公使 参赞 商务参赞 经济商务参赞
外长 外交部长 国防部长 防长 财长 国务卿 发言人 新闻发言人 新闻秘书 幕僚长
政委 司令员 司令 参谋长 总参谋长 军长 师长 旅长 团长 舰长 侍卫长 副官 教导员
机长 列车长 船长 护士长 店长 公参 临时代办 财务官
检察长 院长 庭长 审判长 审判员 人民陪审员 陪审员 书记员 法官 检察官 主任检察官 一级高级法官 二级高级法官 三级高级法官 四级高级法官 一级法官 二级法官 三级法官 一级高级检察官 二级高级检察官 三级高级检察官 四级高级检察官 校长 园长 所长 馆长 站长 社长 台长 总编辑 总编 主编 总干事 干事长
董事局主席 董事会主席 监事会主席 董事局副主席 董事会副主席 理事长 理事 代表理事 会长 监事长 监事 职工代表监事 职工代表董事 非职工代表监事 股东代表监事 职工监事 非独立董事 外部董事 专职外部董事 董事长 轮值董事长 轮值主席 董事 高级副总裁 执行副总裁 资深副总裁 高级副总经理 独立董事 执行董事 非执行董事 独立非执行董事 董事总经理 董事会秘书 董秘
总裁 总经理 经理 总监 行长 首席执行官 首席财务官 首席运营官 首席技术官 首席信息官 首席营销官
首席经济学家 首席中国经济学家 中国首席经济学家 首席经济师 河长 总河长 副总河长 湖长 林长 总林长 副总林长 主帅 物流总监 供应链总监 首席策略官 首席分析师 首席策略分析师 首席策略师 首席宏观分析师 首席战略官 首席代表 代表处代表 代表处首席代表 首席科学家 总工程师 总会计师 总经济师 总设计师 总规划师 总法律顾问 首席统计师 总统计师 副总统计师 总精算师 首席精算师 精算责任人 行政总裁
项目经理 项目副经理 项目总工 项目总工程师 项目副总工程师 副总工程师 财务总监 财务经理 公关总监 公共关系总监 品牌总监 采购经理 销售经理 市场经理 法务总监 法务经理 技术总监 运营总监 市场总监 销售总监 投资总监 投资经理 劳务经理 区域经理 大区经理 城市经理 城市总经理 部门经理 项目负责人 设计负责人 技术负责人 投资副总裁 投资董事 研发总监 风控总监 合规总监 人力资源总监 证券事务代表 基金经理 客户经理 行长助理
首席风险官 首席合规官 督察长 监察专员 工会主席 职工董事 职工监事 外部监事 首席法务官 首席人力资源官 首席数字官 首席数据官 首席产品官 首席商务官 首席品牌官 首席可持续发展官 首席人才官 首席增长官 首席医学官 首席科学官 首席知识产权官 知识产权总监 联席首席执行官 联席CEO 研究总监 市场研究总监 总指挥 副总指挥 指挥长 项目总监 主任助理 首席市场官 首席研究员 首席市场分析师 村主任 首席内容官 行政主席 非执行主席 评级总监 总农艺师 总畜牧师 总兽医师 主管会计工作负责人 会计机构负责人 国际贸易谈判代表 国际贸易谈判副代表
董事会成员 监事会成员 管理委员会成员 执行委员会成员 高级管理人员 高管 一级调研员 二级调研员 三级调研员 四级调研员 一级巡视员 二级巡视员 党支部书记 村党支部书记 党总支书记 党工委书记 国家主席 国家副主席 代省长 代市长 代县长 代区长 代州长 总裁助理 总经理助理 董事长助理 董事长顾问 董事局顾问 总裁顾问 校长助理 所长助理 市长助理 区长助理 县长助理 省长助理 州长助理 院长助理
执行长 共同执行长 营运长 财务长 技术长 行政院长 行政院副院长 立法院长 立法委员 立委 主任委员 副主任委员 主委 次长 政务次长 常务次长 主计长 市议员 县议员 议会议长 行政会议成员 副董事总经理
大臣 外相 外交大臣 财政大臣 内政大臣 国防大臣 特使 特别代表 国务资政 资政 高级代表 执行干事 常驻代表 埃米尔 首席投资官 总统助理 国家安全事务助理 国家安全顾问 贸易代表 贸易顾问 经济顾问 高级顾问 首席顾问 专员
CEO CFO COO CTO CIO CMO ceo cfo coo cto
创始人 联合创始人 创办人 合伙人 高级合伙人 管理合伙人 主管合伙人 掌门人 当家人 法定代表人 法人代表 负责人 财务负责人 法务负责人 主管 掌门
大队长 队长 支队长 总队长 中队长 组长 班长 主席团主席 总教练 主教练 领队
党组成员 党委委员 党委常委 人大代表 全国人大代表 政协委员 全国政协委员 党代表
省领导 市领导 县领导 区领导 州领导 最高领导人
`;

const RANKS = ['副', '常务副', '执行', '高级', '资深', '首席', '名誉', '代理', '代', '总', '常务', '第一副', '联席'];
// Rank prefixes only combine with heads of an organization or unit, not with 委员, 董事 etc.
const RANKED = new Set(
  `书记 省长 市长 县长 区长 州长 镇长 乡长 局长 处长 科长 厅长 部长 主任 秘书长 主席 委员长 总理 总统
   旗长 盟长 关长 院长 庭长 检察长 校长 园长 所长 馆长 站长 社长 台长 总编辑 理事长 会长 监事长 董事长 总裁 总经理 经理 总监 行长 厂长 矿长 工段长
   司长 署长 组长 队长 大队长 支队长 总队长 团长 参谋长 总参谋长 司令员 政委 军长 师长 首相 议长 大使 总领事 领事 专员 主委 指挥长
   机长 列车长 船长 护士长 店长 教导员`
    .split(/\s+/)
    .filter(Boolean),
);

export const POSITIONS: readonly string[] = (() => {
  const base = BASE.split(/\s+/).filter(Boolean);
  const out = new Set(base);
  for (const t of base) if (RANKED.has(t)) for (const r of RANKS) out.add(r + t);
  // Deputies of Party committees are written with the committee: 市委副书记, 省委常务副书记.
  for (const c of ['省委', '市委', '县委', '区委', '州委', '旗委', '盟委', '党委', '党组', '纪委', '工委', '党工委']) for (const r of ['副', '常务副']) out.add(c + r + '书记');
  // Executives of a multinational are titled by the region they run: 全球执行副总裁, 大中华区总裁.
  for (const scope of ['全球', '大中华区', '中国区', '亚太区']) for (const t of ['总裁', '副总裁', '执行副总裁', '高级副总裁', '总经理', '副总经理', '首席执行官', 'CEO', '董事总经理']) out.add(scope + t);
  return [...out];
})();

/** The positions, looked up backwards from where a title ends (before a name, or before 的任职资格). */
export const TITLES_ENDING = new PhraseTrie(POSITIONS, { reversed: true });

/**
 * Words that name a role but not an office: a person beside them is not an OFFICIAL by that
 * alone (reporters, athletes, experts, artists). Recognizers never read them as a title.
 */
export const NOT_POSITIONS: ReadonlySet<string> = new Set([
  '记者', '通讯员', '编辑', '班主任', '主任医师', '副主任医师', '作者', '主持人', '专家', '学者', '教授', '研究员', '分析师', '律师', '医生',
  '导演', '演员', '歌手', '运动员', '球员', '选手', '教练', '网友', '市民', '村民', '嘉宾',
]);

/** Which holder of a title one is, between the organization and the title: 第三任, 首任 (宏达纸业第三任董事长). */
export const NTH_HOLDER = /^(?:第[一二三四五六七八九十\d]+|首)任$/;

// Provinces and prefecture-level cities of China (Taiwan's too), and the county-level cities best known for their
// companies and banks (昆山, 江阴, 常熟, 义乌…), written from general knowledge. jieba's
// dictionary tags many of them as something else (合肥/n, 大连/d, 保定/v, 石家庄/nr, 日照/n),
// and a place before a company name is part of it (合肥长鑫存储技术有限公司, 日照钢铁控股集团):
// the segmenter worker tags these words ns. Left out: cities whose name is more often an
// everyday word (来宾 guest, 白银 silver, 安康 well-being, 大庆 celebration, 朝阳 sunrise, 中卫
// centre-back, 中山 Sun Yat-sen's name, 山南, 白山).
const PROVINCES = '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门';

const CITIES = `
石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水
太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布
沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛
长春 四平 辽源 通化 松原 白城
哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 伊春 佳木斯 七台河 牡丹江 黑河 绥化
南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁
杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水
合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城
福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德
南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶
济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店
武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 潮州 揭阳 云浮
南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左
海口 三亚 三沙 儋州
成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳
贵阳 六盘水 遵义 安顺 毕节 铜仁
昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧
拉萨 日喀则 昌都 林芝 那曲
西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛
兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
西宁 海东
银川 石嘴山 吴忠 固原
乌鲁木齐 克拉玛依 吐鲁番 哈密
昆山 江阴 常熟 张家港 太仓 宜兴 义乌 慈溪 余姚 诸暨 海宁 晋江 石狮 福清 寿光 龙口 胶州 平度
台北 新北 台中 台南 高雄 基隆 新竹 嘉义`;

export const PLACE_NAMES: ReadonlySet<string> = new Set(`${PROVINCES} ${CITIES}`.split(/\s+/).filter(Boolean));

/** Economic zones and new areas that name companies and offices but that jieba tags otherwise: 前海/f, 横琴/n, 雄安/x, 东疆/x, 西海岸/s, 张江/x, 古雷 (a petrochemical zone). */
const ZONE_NAMES: ReadonlySet<string> = new Set(['前海', '横琴', '雄安', '东疆', '西海岸', '张江', '古雷']);

/** Words tagged ns whatever jieba tags them (see JiebaTagger): provinces, cities and those zones. */
export const isTaggedPlace = (word: string): boolean => PLACE_NAMES.has(word) || ZONE_NAMES.has(word);

const PROVINCE_NAMES: ReadonlySet<string> = new Set(PROVINCES.split(' '));
/** A province, with or without 省 (福建, 山东省). */
export const isProvince = (word: string): boolean => PROVINCE_NAMES.has(word.replace(/省$/, ''));

/** A province or a city of the list, with or without 省 or 市 (山东, 济南市), not a place of any rank (丰登/ns). */
export function isProvinceOrCity(word: string): boolean {
  return PLACE_NAMES.has(word) || PLACE_NAMES.has(word.replace(/[省市]$/, '')) || /省$/.test(word);
}

/**
 * Districts and counties whose names their own investment and holding companies carry (济南章丘
 * 控股集团, 上海浦东发展银行): the district's name alone is no short name of such a company.
 * Jinan's (the corpus this tool is for) and a few of the best known elsewhere.
 */
export const DISTRICT_NAMES: ReadonlySet<string> = new Set(
  `历下 市中 槐荫 天桥 历城 长清 章丘 济阳 钢城 平阴 商河 市南 市北 黄岛 李沧 城阳 即墨 浦东 浦西 徐汇 黄浦 静安 闵行 海淀 丰台 东城 西城
   南山 福田 宝安 龙岗 天河 越秀 番禺 萧山 余杭 滨江 渝中 武侯 江宁 雨花 鼓楼`
    .split(/\s+/)
    .filter(Boolean),
);

import { CharSet } from '../recognizers/text/charSet';
import { PhraseTrie } from '../recognizers/text/phraseTrie';

// Chinese surnames (the common single-character ones of the 百家姓 and modern frequency lists,
// and compound ones). A personal name is a surname followed by one or two given-name characters.
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平索宣晋云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸慕玉银亢嵩帖蔚傅萧洪赖植丘畅揭宇糜竺习保昌凤酆湛贝茅钮阎仉逄隗禚' +
  // rarer surnames (邴, 郗, 綦, 矫, 杲 of Shandong, 贲, 庹, 束, 淦, and 衣, 展, 战, 初, 利, 居, 闪, which are words too: a word at the surname refuses the name)
  '邴郗綦矫杲贲庹束淦衣展战初利居闪'
  ;
const COMPOUND =
  '欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 尉迟 长孙 宇文 司徒 夏侯 公孙 端木 澹台 轩辕 呼延 万俟 独孤 南宫 西门 申屠 太史 闻人 百里 钟离 濮阳 公冶 第五'
    .split(' ');

// Looked up at a position of the text, at every candidate name.
export const SINGLE_SURNAMES = new CharSet(SINGLE);
export const COMPOUND_SURNAMES = new PhraseTrie(COMPOUND);
/** The length of the surname at `at` (欧阳 2, 王 1), or 0 where none starts. */
export function surnameLength(text: string, at: number): number {
  const compound = COMPOUND_SURNAMES.longestFrom(text, at);
  return compound > 0 ? compound - at : SINGLE_SURNAMES.at(text, at) ? 1 : 0;
}

/**
 * Common Japanese family names of two characters, written in Chinese characters as the Chinese
 * press writes them: a name after a title that starts with one is the family name and a given
 * name of one or two characters (佐藤恒治, 丰田章男, 高桥健一).
 */
export const JAPANESE_SURNAMES = new PhraseTrie(
  `佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 清水 山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田
   长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井 冈本 藤原 中野 三浦 原田 松田 竹内 中川 小野 田村 丰田 岸田 安倍 石破
   植田 黑田 十仓 内田 三部 高市 野田 菅原 河野 茂木 林田 岩田 柳井 稻盛 盛田 永守 御手洗 新浪 似鸟 丰岛 筒井 吉川 大野 宫本 今井 酒井
   楠见 大西 星野 三木 大塚 小泉 石田 久保 平野 金子 横山 宫崎 菊池 小松 森田 野村 村田 松下 冈崎 本间 小岛 本田 古川 西川 佐佐木 垂秀 金杉 三枝 三宅 今吉 赤坂 吉野 河村 上田 松井 武田 服部 野口 秋山 樋口 丸山 桑原 小久保 小野寺 五十岚 松冈 松尾 高田 中西 西田 北川 坂口 增田 小山 大谷 内藤 安藤 杉山 千叶 岛田 浅野 河合 森本 小田 荒木 高木 中田 吉冈 岩崎 石原 片山 水野 新井 永野
   朝日 十时 平井 出井 东原 奥田 宫内 津贺 佐野 赤泽 西野 冰见野 秋田 川口 中井 宫田 植木 大泽 小池
   中嶋 成濑 井阪 鸟取 三木谷 赤松 北村 岩屋 宫泽 石桥 小西 川崎 竹下 竹中 渡部 细川 细田 麻生 甘利 上川 玉木 枝野 森山 滨田
   半泽 水谷 羽生 木内 富永 龟泽 松野 萩生田 野上 浅川 黑川 日高 新藤 坂井 中曾根 小渊 鬼塚 大村 小仓 冈村 寺田 堀江 德田 稻田 田口 桥爪 泷泽
   相川 藤本 山内 吉村 松浦 小泽 高野 泽田 柴田 安田 中泽 工藤 菅野 曾我
   有马 小早川 宫永 玉塚 津谷 川边 泉谷 村井 守田 福井 南场 冈藤 畑中 庄田 鹤田 大冢 江头 前川 早坂 高坂`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Parts of Tibetan and Mongolian names, which have no surname: a name is one to three of them
 * (次仁, 旺堆次仁, 洛桑江村, 孟克巴雅尔, 那仁高娃). Read only right after a title.
 */
export const MINORITY_NAME_PARTS = new PhraseTrie(
  `扎西 次仁 旺堆 多吉 多杰 达瓦 达娃 格桑 平措 洛桑 尼玛 央金 卓玛 拉巴 巴桑 边巴 索朗 普布 旦增 丹增 强巴 白玛 德吉 顿珠 次旦 罗布
   加措 嘉措 江村 群培 土登 桑珠 曲珍 拉姆 益西 坚参 赤列 米玛 贡嘎 朗杰 仁青 贡布 卓嘎 阿旺 德庆 嘎玛 泽登 赤林 普琼 其美 措姆 拉珍 旦真 旺姆 次珍
   孟克 巴雅尔 那仁 高娃 其其格 乌兰 额尔敦 宝音 朝鲁 苏和 图雅 萨仁 斯琴 阿拉坦 阿拉腾 布和 哈斯 乌力吉 白音 特木尔 毕力格 巴图 巴特尔
   吉日嘎拉 额尔德木图 满都拉 阿古拉 敖其尔 青格勒 乌日娜 其木格 格日勒 那顺 赛音 图门 朝克 达来 额日和木 乌云`
    .split(/\s+/)
    .filter(Boolean),
);

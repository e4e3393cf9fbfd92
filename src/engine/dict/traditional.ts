// Traditional characters and their simplified forms, one to one, written from general knowledge:
// the characters of news in traditional script (Hong Kong, Taiwan, Macau) that simplified text
// never uses, so that such news is segmented and recognized as simplified text is. Characters
// whose traditional form is also a simplified character of its own (於, 著, 乾, 瞭) are left out.
// Taiwan's dot between the parts of a foreign name (‧, U+2027) is the mainland's (·).
const TRADITIONAL = `
萬與專業東絲兩嚴喪個豐臨為麗舉麼義烏樂喬習鄉書買亂爭虧雲亞產畝親億僅從倉儀們價眾優會偉傳傷倫偽體餘傭僑兒黨蘭關興養內岡冊
寫軍農馮決況凍淨減幾鳳憑凱擊劃劉則剛創刪別劑劍劇勸辦務動勵勁勞勢勳勻匯區醫華協單賣盧衛卻廠廳曆歷厲壓廈縣參雙發變疊號嚇嗎
啟吳員響團園圍圖圓聖場壞塊堅壇壩墳墜執報夢頭夾奪奮獎婦媽嬰孫學寧寶實寵審憲宮寬賓對尋導將爾塵嘗堯層屆屬歲豈島嶺嶽崗巖幣帥
師帳帶幫廣莊慶廬庫應廟龐廢開異棄張彌彎彙歸當錄彥後徑復徵憶懷態憐總戀懇惡惱悅懸驚懼慘慣憤願懶戲戰戶撲擴掃揚擾撫搶護擔擬攏
揀擁攔擰撥擇掛摯撈損撿換搗據擄擠揮撐攜搖攝擺攤敵數齋斷無舊時曠晝顯晉曬曉暫術機殺雜權條來楊極構樞棗櫃檸標棧欄樹樣橋檔槍榮
櫻歡歐殘殼毀氣漢湯溝沒滬淚潑澤潔灑濃濤澆濟漲濕滿濾灣滅燈靈災爐點煉煩燒燭熱營牽犧獨獄貓獻獲環現瑪璽甌畫暢療瘋癒盜盞監盤睜
矯礦碼磚礎確禮禍離種積稱穩穀窮竊競筆築簡範節籌簽類糧緊紅紀約級紡紛紙紐純線練組細織終紹經結給絡絕統維綜綠網緩編緣縮績繩繪
繼續纜罰羅罷職聯聽聰聲脅腦膽膚臉艦艱藝蘇莖薦藥蘿蓋蒼蔣蔥蘊虛蟲補裝製複襲見規視覺覽觀觸訂計認討讓訓議記講許論訟設訪證評識
詞譯試詩誠話該詳語誤說請諸讀課誰調談謀謝謹讚貝負財責賢敗貨質販貪貧購貫貴貸貿費資賊賈賄賞賠賴賺賽贈贊趕趙躍踐車軌軟轉輪輕
載較輔輛輸轄辭邊遼達遷過運還這進遠違連遲適選遜遺邏鄭鄧鄰醜釋裡釐鑒針釣鈔鐵鈴鉛銀銅銷鋒鋼錢錦錯鍋鍵鎮鏡鐘鑄長門閃閉問闖閒
間閘閱闊闡隊陽陰陣階際陸陳險隨隱難雞電霧靜韓頁頂項順須預頓領頻題顏額顧風飛飯飲飼飽飾館馬駕駐騎驗驅髮鬥魚鮮鳥鳴鴻鵬鹽麥黃
齊齒龍龜並佔併係俠傾儲兇凈剷劊啓嚮囑壯壽夠夥奧妝孿寢尷屍廝彈徹憂懲戇拋捨掙掄擱斃暈曇朧桿棟檢櫥歎殯氈洶淵漁滲漿潛澀熒爺牆
猶獅琺甕畢疇癥皚盡碩祕稅窯竄筍箋紮紳絨綱綿縱繳罈羨聳肅腎膠臟艙蘆蟬螢衊褲襯覓訊詐詢誇誕謊謠譜豬貶賦賭贓贖趨軸輩轟辯遞郵醞
鈣鉤銓鋪鎖閩闆隕隸雖韌頒頸頹顆颱餅駁騙騰驟髒鬆鬧魯鴨鵝鶴麵黴鼕齡蹤筧翹臺綫衝捲嶼廚樸邁閣勝傢備盃蠶闈鑽鑑麪鹹齣國強處週準
債賬樓聞賀潤測訴偵裏愛慮藍錶衆滙鑰窩嶄韻闢蝦蠟殲幟蕭闌薩誌闕鏈僱噸瀏穫瀋鎊瑣頌攬譽顫壟擋謂諾謎諮詮諭謙譴譚譏讒贏贍躉軀輯
轎辮遙鄒醬釀鈍鈞鉑銘銳鋁錫鍍鎳鏽閥閻陝隴雛霽靚鞏頃顎顛飄餵饒駛駭驕驢骯鬱鯨鱷鷹鹼黷齲幹萊峯託贛鋰濰緯恆輝蘋聶呂鮑韋螞蟻溫
蓮衞遊娛葉鍾龔駱竇鄺闞繆婁閔鄔欒叢荊藺鈕諶濱滄煙蕪鄲綏峽瀘涼欽嗶噹瀾誼納馳軒緻鉬嵐隻餓暉採貼償兌貢側狀漸輿氫鋅鈷崑粵瓊傑
穎羣脫繫壢佈燁証
詠嬌綺瑩儷鶯艷豔嫻嬋瑋璣琿璉顥煒韜瀅潁頤鵑鸝鷺紋綸縉贇灝滌
驊驥駿錸鈺鉅鎧頎鈦鍊銖
賃樑墮籤橫盪鍰纖鍛駒墾濫敘饋鈎穌斂墊輒
‧
`.replace(/\s/g, '');
const SIMPLIFIED = `
万与专业东丝两严丧个丰临为丽举么义乌乐乔习乡书买乱争亏云亚产亩亲亿仅从仓仪们价众优会伟传伤伦伪体余佣侨儿党兰关兴养内冈册
写军农冯决况冻净减几凤凭凯击划刘则刚创删别剂剑剧劝办务动励劲劳势勋匀汇区医华协单卖卢卫却厂厅历历厉压厦县参双发变叠号吓吗
启吴员响团园围图圆圣场坏块坚坛坝坟坠执报梦头夹夺奋奖妇妈婴孙学宁宝实宠审宪宫宽宾对寻导将尔尘尝尧层届属岁岂岛岭岳岗岩币帅
师帐带帮广庄庆庐库应庙庞废开异弃张弥弯汇归当录彦后径复征忆怀态怜总恋恳恶恼悦悬惊惧惨惯愤愿懒戏战户扑扩扫扬扰抚抢护担拟拢
拣拥拦拧拨择挂挚捞损捡换捣据掳挤挥撑携摇摄摆摊敌数斋断无旧时旷昼显晋晒晓暂术机杀杂权条来杨极构枢枣柜柠标栈栏树样桥档枪荣
樱欢欧残壳毁气汉汤沟没沪泪泼泽洁洒浓涛浇济涨湿满滤湾灭灯灵灾炉点炼烦烧烛热营牵牺独狱猫献获环现玛玺瓯画畅疗疯愈盗盏监盘睁
矫矿码砖础确礼祸离种积称稳谷穷窃竞笔筑简范节筹签类粮紧红纪约级纺纷纸纽纯线练组细织终绍经结给络绝统维综绿网缓编缘缩绩绳绘
继续缆罚罗罢职联听聪声胁脑胆肤脸舰艰艺苏茎荐药萝盖苍蒋葱蕴虚虫补装制复袭见规视觉览观触订计认讨让训议记讲许论讼设访证评识
词译试诗诚话该详语误说请诸读课谁调谈谋谢谨赞贝负财责贤败货质贩贪贫购贯贵贷贸费资贼贾贿赏赔赖赚赛赠赞赶赵跃践车轨软转轮轻
载较辅辆输辖辞边辽达迁过运还这进远违连迟适选逊遗逻郑邓邻丑释里厘鉴针钓钞铁铃铅银铜销锋钢钱锦错锅键镇镜钟铸长门闪闭问闯闲
间闸阅阔阐队阳阴阵阶际陆陈险随隐难鸡电雾静韩页顶项顺须预顿领频题颜额顾风飞饭饮饲饱饰馆马驾驻骑验驱发斗鱼鲜鸟鸣鸿鹏盐麦黄
齐齿龙龟并占并系侠倾储凶净铲刽启向嘱壮寿够伙奥妆孪寝尴尸厮弹彻忧惩戆抛舍挣抡搁毙晕昙胧杆栋检橱叹殡毡汹渊渔渗浆潜涩荧爷墙
犹狮珐瓮毕畴症皑尽硕秘税窑窜笋笺扎绅绒纲绵纵缴坛羡耸肃肾胶脏舱芦蝉萤蔑裤衬觅讯诈询夸诞谎谣谱猪贬赋赌赃赎趋轴辈轰辩递邮酝
钙钩铨铺锁闽板陨隶虽韧颁颈颓颗台饼驳骗腾骤脏松闹鲁鸭鹅鹤面霉冬龄踪笕翘台线冲卷屿厨朴迈阁胜家备杯蚕闱钻鉴面咸出国强处周准
债账楼闻贺润测诉侦里爱虑蓝表众汇钥窝崭韵辟虾蜡歼帜萧阑萨志阙链雇吨浏获沈镑琐颂揽誉颤垄挡谓诺谜咨诠谕谦谴谭讥谗赢赡趸躯辑
轿辫遥邹酱酿钝钧铂铭锐铝锡镀镍锈阀阎陕陇雏霁靓巩顷颚颠飘喂饶驶骇骄驴肮郁鲸鳄鹰碱黩龋干莱峰托赣锂潍纬恒辉苹聂吕鲍韦蚂蚁温
莲卫游娱叶钟龚骆窦邝阚缪娄闵邬栾丛荆蔺钮谌滨沧烟芜郸绥峡泸凉钦哔当澜谊纳驰轩致钼岚只饿晖采贴偿兑贡侧状渐舆氢锌钴昆粤琼杰
颖群脱系坜布烨证
咏娇绮莹俪莺艳艳娴婵玮玑珲琏颢炜韬滢颍颐鹃鹂鹭纹纶缙赟灏涤
骅骥骏铼钰钜铠颀钛炼铢
赁梁堕签横荡锾纤锻驹垦滥叙馈钩稣敛垫辄
·
`.replace(/\s/g, '');

const TABLE = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) TABLE[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);

/** What shows news from Taiwan in simplified script: the Republic's era, the island's dollar. */
export const TAIWAN_MARKS = /民国|新台币/;

/**
 * `text` with its traditional characters simplified when it is written in traditional script (at
 * least 3 of them, and 1 in 50 of its characters), else `text` itself: a simplified article that
 * quotes a traditional name is left alone. Same length, so every offset holds.
 */
export function toSimplified(text: string): string {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (TABLE[text.charCodeAt(i)]) count++;
  if (count < 3 || count * 50 < text.length) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = TABLE[c] || c;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

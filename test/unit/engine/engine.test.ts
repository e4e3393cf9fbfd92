import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OffsetMap } from '../../../src/core/offsets';
import { createEngine, type ProjectEngine } from '../../../src/engine/engine';
import { createSegmenter, type Segmenter } from '../../../src/engine/segmenter/segmenter';

const SEEDS = path.join(__dirname, '../../../../seeds');
const seeds = () => fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));

describe('engine', function () {
  this.timeout(60000);
  let engine: ProjectEngine;
  afterEach(() => engine?.dispose());

  it('returns sorted, non-overlapping spans in code points, shifted exactly by astral characters before them', async () => {
    engine = createEngine({ workers: 2 });
    const prefix = '😀𠮷\n'; // 3 code points, 5 UTF-16 units
    for (const text of seeds()) {
      const [plain, shifted] = await Promise.all([engine.annotate(text), engine.annotate(prefix + text)]);
      assert.ok(plain.length > 0);
      for (let i = 1; i < plain.length; i++) assert.ok(plain[i - 1].end <= plain[i].start, `overlap at ${plain[i].start}`);
      assert.deepEqual(
        shifted,
        plain.map((s) => ({ ...s, start: s.start + 3, end: s.end + 3 })),
      );
      const length = new OffsetMap(prefix + text).length;
      for (const s of shifted) assert.ok(s.start >= 3 && s.end <= length);
    }
  });

  it('gives the same spans whatever the number of workers and the order of calls', async () => {
    const texts = seeds();
    engine = createEngine({ workers: 1 });
    const one = [];
    for (const t of texts) one.push(await engine.annotate(t));
    await engine.dispose();
    engine = createEngine({ workers: 2 });
    const two = await Promise.all([...texts].reverse().map((t) => engine.annotate(t)));
    assert.deepEqual(two.reverse(), one);
  });

  it('keeps a city jieba mis-tags (合肥/n, 日照/n, 保定/v) in the company name it starts', async () => {
    engine = createEngine();
    const text = '合肥长鑫存储技术有限公司、日照钢铁控股集团有限公司和保定长城汽车股份有限公司签约。';
    const spans = await engine.annotate(text);
    assert.deepEqual(
      spans.filter((s) => s.label === 'COMPANY').map((s) => text.slice(s.start, s.end)),
      ['合肥长鑫存储技术有限公司', '日照钢铁控股集团有限公司', '保定长城汽车股份有限公司'],
    );
  });

  it("reads companies as the engine segments them: in traditional script after a source in brackets and a trade's operator word, and after a glued 但; not a fund after a glued 入", async () => {
    engine = createEngine();
    const companies = async (text: string) => (await engine.annotate(text)).filter((s) => s.label === 'COMPANY').map((s) => text.slice(s.start, s.end));
    assert.deepEqual(await companies('【本報訊】星濠娛樂控股有限公司（「星濠娛樂」，股份代號：1739）公布。星濠娛樂主席表示'), ['星濠娛樂控股有限公司', '星濠娛樂', '星濠娛樂']);
    assert.deepEqual(await companies('國內第三大便利商店業者安心便利商店股份有限公司（安心超商，股票代號：2998）今天公布。安心超商總經理表示'), ['安心便利商店股份有限公司', '安心超商', '安心超商']);
    assert.deepEqual(await companies('杭州味满楼餐饮有限公司（以下简称“味满楼公司”）诉称。法院认为，构成违约；但味满楼公司主张的经营损失受市场影响'), ['杭州味满楼餐饮有限公司', '味满楼公司', '味满楼公司']);
    // (…and no fund a verb pays into, its 入 glued on: 撥入/x 溫室氣體管理基金.)
    assert.deepEqual(await companies('碳費收入將全數撥入溫室氣體管理基金，專款用於減量技術補助'), []);
  });

  it('reads a name padded with spaces as one official, the span covering its spaces, in code points', async () => {
    engine = createEngine();
    const officials = async (text: string) => {
      const chars = [...text];
      return (await engine.annotate(text)).filter((s) => s.label === 'OFFICIAL').map((s) => [chars.slice(s.start, s.end).join(''), s.attrs?.title]);
    };
    // A two-character name aligned with three-character ones (ASCII and ideographic spaces), and its later mention unpadded.
    assert.deepEqual(await officials('市委书记宁 刚，市委副书记、市长许　琳，市人大常委会主任潘朝阳出席。宁刚在致辞中表示'), [
      ['宁 刚', '市委书记'],
      ['许　琳', '市委副书记、市长'],
      ['潘朝阳', '主任'],
      ['宁刚', '市委书记'],
    ]);
    // The surname parted from a given name of two; in an appointment, a list, before 先生 (no given name 敏先); after an astral character.
    assert.deepEqual(await officials('😀集团董事会秘书曾 上元辞去职务。任命王 磊为管委会主任。独立董事钱 鹤、张克东认为。副总经理唐 敏先生说'), [
      ['曾 上元', '董事会秘书'],
      ['王 磊', '管委会主任'],
      ['钱 鹤', '独立董事'],
      ['张克东', '独立董事'],
      ['唐 敏', '副总经理'],
    ]);
    assert.deepEqual(await officials('陈 𠮷林为上海市国有资产监督管理委员会副主任'), [['陈 𠮷林', '副主任']]);
    // The segmenter's glue at either end: a title's last character on the surname (官汪/x), what follows a name on the given name (辉等/x).
    assert.deepEqual(await officials('首席财务官汪 明在业绩会上称。市政协主席刘 辉等出席'), [['汪 明', '首席财务官'], ['刘 辉', '主席']]);
    // …or a preposition on the surname (为陈/x), and a broker's adviser after a name padded so (顾问/nr 杨/nr).
    assert.deepEqual(await officials('管理人负责人为陈　默。客户经理陈晓明、投资顾问杨　帆在未取得授权的情况下'), [['陈　默', '负责人'], ['陈晓明', '客户经理'], ['杨　帆', '投资顾问']]);
    // (…由 too: 会议由向　军主持, after his post.)
    assert.deepEqual(await officials('常务副州长向　军，州委常委。会议由向　军主持。'), [['向　军', '常务副州长'], ['向　军', '常务副州长']]);
    // Not a title's last character before a space and what follows it (市长 王磊: the name alone).
    assert.deepEqual(await officials('市长 王磊表示'), [['王磊', '市长']]);
    // A padded name opening a numbered item before its post after a comma; a table's rows, the name and its post in columns parted by spaces.
    assert.deepEqual(await officials('1. 李　强，泓泰新材安全总监，已被依法逮捕；\n2. 刘小兵，泓泰新材外包检修作业人员，已被取保候审。'), [['李　强', '安全总监']]);
    // (…the post first and the name after as many spaces as the longest post's row leaves: 漳州市委书记　×12　陈　彬.)
    assert.deepEqual(await officials('出席的领导有：\n福建省人民政府副省长　　　　　　　　王　刚\n漳州市委书记　　　　　　　　　　　　陈　彬\n福建古雷石化有限公司董事长　　　孙　立\n'), [['王　刚', '副省长'], ['陈　彬', '市委书记'], ['孙　立', '董事长']]);
    // (…and a post whose cell ends at the next column's spaces, not at the line's end: a vote's table.)
    assert.deepEqual(await officials('序号　　姓名　　拟任职务　　得票率\n3　　周　彬　　董事、副总经理　　　　98.27%\n4　　欧阳晓　　董事、财务总监　　　　98.27%\n'), [['周　彬', '董事、副总经理'], ['欧阳晓', '董事、财务总监']]);
    // (…and the names on the line under a post, padded names among them, parted by one space as the padding is.)
    assert.deepEqual(await officials('临江市人民代表大会常务委员会副主任\n　　王　刚　李晓梅（女）　陈国栋\n'), [['王　刚', '副主任'], ['李晓梅', '副主任'], ['陈国栋', '副主任']]);
    // (…a name the segmenter cut into a surname and an adverb too: 吴/nr 立新/d.)
    assert.deepEqual(await officials('组成人员如下：\n　　组　长：孙　伟　　省人民政府副省长\n　　　　　　刘　敏　　省发展和改革委员会副主任\n　　　　　　吴立新　　省市场监督管理局副局长\n'), [['孙　伟', '副省长'], ['刘　敏', '副主任'], ['吴立新', '副局长']]);
    // (…the person's sex noted after the name, before the column's space: 朱丽华（女）　江苏省国资委党委委员、副主任.)
    assert.deepEqual(await officials('中国共产党（2名）\n王　刚　　江苏省委统战部副部长\n朱丽华（女）　江苏省国资委党委委员、副主任\n'), [['王　刚', '副部长'], ['朱丽华', '党委委员、副主任']]);
    // (…and a name of three whose last character is a surname, before the column's spaces: 孙晓梅　　园区…, no padded 梅　　园.)
    assert.deepEqual(await officials('成　员：周海涛　　园区安监局副局长\n　　　　　　孙晓梅　　园区生态环境分局副局长\n'), [['周海涛', '副局长'], ['孙晓梅', '副局长']]);
    // …nor takes the verb of a post or a title's first character for its second given character (县长覃　勇/任指挥长).
    assert.deepEqual(await officials('永宁县已成立由县长覃　勇任指挥长的指挥部'), [['覃　勇', '县长']]);
    // …and is a name of one given character before a title whose first character the segmenter glued onto it (刘　强行/d 长).
    assert.deepEqual(await officials('核准王　刚董事长任职资格、刘　强行长任职资格'), [['王　刚', '董事长'], ['刘　强', '行长']]);
    // A padded name right before its organization ends where its spaces say (王　刚/豫南农商银行), the organization whole.
    const approved = (await engine.annotate('同意豫南农商银行开业，核准王　刚豫南农商银行董事长任职资格。')).map((s) => [[...'同意豫南农商银行开业，核准王　刚豫南农商银行董事长任职资格。'].slice(s.start, s.end).join(''), s.label, s.attrs?.org]);
    assert.deepEqual(approved, [['豫南农商银行', 'COMPANY', undefined], ['王　刚', 'OFFICIAL', '豫南农商银行'], ['豫南农商银行', 'COMPANY', undefined]]);
    // Not a title's last character and the surname as a compound surname (副市长孙　斌 is 孙, no 长孙); a compound one is read as one.
    assert.deepEqual(await officials('合肥市副市长孙　斌表示。理事长孙　寿山说'), [['孙　斌', '副市长'], ['孙　寿山', '理事长']]);
    // A list of appointments with a space between each line's name and its verb, whatever the segmenter made of the name (周/nr 振/v 宇/nr), padded or not;
    // the space after a name is no padding of its last character and the verb (宇　任 is no name).
    assert.deepEqual(await officials('任职名单\n　　周振宇　任中国有色金属集团有限公司董事长、党委书记职务；\n　　邵　军　任中国有色金属集团有限公司纪委书记（专职）；'), [
      ['周振宇', '董事长、党委书记'],
      ['邵　军', '纪委书记'],
    ]);
    // A research report's table of analysts: a name of three between spaces is no padded name of its last character and the next (明　执),
    // and a title a run of spaces parts from the name is its title.
    assert.deepEqual(await officials('分析师：\n首席分析师　贺嘉明　执业证书编号：S1060523060001\n首席分析师　　　唐亦琳　执业证书编号：S1060524020003'), [
      ['贺嘉明', '首席分析师'],
      ['唐亦琳', '首席分析师'],
    ]);
    // A judgment's signature block: a court's titles letter-spaced, shown closed up.
    assert.deepEqual(await officials('本判决为终审判决。\n审　判　长　周　敏\n审　判　员　钱立新\n二〇二四年十一月二十八日\n法官助理　吴思远\n书　记　员　陆佳琪'), [
      ['周　敏', '审判长'],
      ['钱立新', '审判员'],
      ['吴思远', '法官助理'],
      ['陆佳琪', '书记员'],
    ]);
    // (…not a line's words before a space: 　　会议决定　任务是….)
    assert.deepEqual(await officials('　　会议决定　任务是完成改革'), []);
  });

  it('reads a name a title delimits over a company found from inside it, not a function character before a short name the article uses', async () => {
    engine = createEngine();
    const spans = async (text: string) => (await engine.annotate(text)).map((s) => [s.label, text.slice(s.start, s.end)]);
    assert.deepEqual(await spans('董事会选举陈华为公司董事长。'), [['OFFICIAL', '陈华']]);
    // …the last of a list the verb opens, a compound surname and one character (欧阳/ns 振/v 华为公司/nt)
    assert.deepEqual(await spans('同意选举陈立群、吴敏、欧阳振华为公司第九届董事会独立董事。'), [['OFFICIAL', '陈立群'], ['OFFICIAL', '吴敏'], ['OFFICIAL', '欧阳振华']]);
    // …but a name the dictionary knows whole from where the name would start is the company's (a headline's title, then the announcement's company)
    assert.deepEqual(await spans('委任陈明哲为首席商务官 康方生物科技（开曼）有限公司公告'), [['OFFICIAL', '陈明哲'], ['COMPANY', '康方生物科技（开曼）有限公司']]);
    // …before an acting title of address too (李/nr 红梅/nr 代/q 董事长), a brand's ambassador being no office
    assert.deepEqual(await spans('李红梅代董事长表示。选手戴资颖作为品牌大使出席'), [['OFFICIAL', '李红梅']]);
    // …and a company's name over the time word it starts with (明天控股 is Tomorrow Holdings; 明天开会 is tomorrow)
    assert.deepEqual(await spans('法院判处明天控股罚金。明天开会'), [['COMPANY', '明天控股'], ['DATE', '明天']]);
    assert.deepEqual(await spans('周六福珠宝股份有限公司公告。周六开会'), [['COMPANY', '周六福珠宝股份有限公司'], ['DATE', '周六']]);
    // …or from its first character on (市长/罗云/x 峰会/n 见长/v 鑫/nr 存储技术有限公司)
    assert.deepEqual(await spans('市委书记费高云、市长罗云峰会见长鑫存储技术有限公司董事长'), [['OFFICIAL', '费高云'], ['OFFICIAL', '罗云峰']]);
    assert.deepEqual(await spans('金穗农业有限公司（以下简称金穗农业）参股，总经理由金穗农业提名。'), [
      ['COMPANY', '金穗农业有限公司'],
      ['COMPANY', '金穗农业'],
      ['COMPANY', '金穗农业'],
    ]);
    // (…or a dictionary's name: 由/鲁信/x 集团)
    assert.deepEqual(await spans('首任党委书记、董事长由鲁信集团现任董事长李国栋兼任。'), [['COMPANY', '鲁信集团'], ['OFFICIAL', '李国栋']]);
    // A company's declared short name is no person addressed by the title after it, in any of its mentions; a name a title delimits still is one
    assert.deepEqual(await spans('公司与克劳森精密技术股份公司（以下简称“克劳森”）签署协议。克劳森首席执行官为弗兰克·奥伯迈尔。克劳森成立于1968年。'), [
      ['COMPANY', '克劳森精密技术股份公司'],
      ['COMPANY', '克劳森'],
      ['COMPANY', '克劳森'],
      ['OFFICIAL', '弗兰克·奥伯迈尔'],
      ['COMPANY', '克劳森'],
      ['DATE', '1968年'],
    ]);
  });

  it("gives an official the whole company found before the title as organization, and every other mention the fullest one", async () => {
    engine = createEngine();
    const posts = async (text: string) =>
      (await engine.annotate(text)).filter((s) => s.label === 'OFFICIAL').map((s) => [text.slice(s.start, s.end), s.attrs?.title, s.attrs?.org]);
    const orgs = async (text: string) => (await posts(text)).map(([name, , org]) => [name, org]);
    assert.deepEqual(
      await orgs('市委书记会见了鸿海科技集团董事长刘扬伟一行。刘扬伟表示，将扩大投资。'),
      [
        ['刘扬伟', '鸿海科技集团'],
        ['刘扬伟', '鸿海科技集团'],
      ],
    );
    // with the short name it declares in brackets between the name and the title
    const declared = '浙江新澜新材料股份有限公司（简称新澜股份）董事长周文斌表示。';
    const official = (await engine.annotate(declared)).find((s) => s.label === 'OFFICIAL');
    assert.deepEqual(official?.attrs, { title: '董事长', org: '浙江新澜新材料股份有限公司' });
    // …or a 的 between them, after the bracket too
    assert.deepEqual(
      await orgs('上海云岭科技有限公司的总经理李四说。快递企业速迈快递有限公司（下称“速迈快递”）的创始人、董事长邵骏表示。'),
      [
        ['李四', '上海云岭科技有限公司'],
        ['邵骏', '速迈快递有限公司'],
      ],
    );
    // and with its stock code there too
    const coded = '青岛港国际股份有限公司（简称“青岛港”，股票代码601298）董事长苏建光表示。';
    const chairman = (await engine.annotate(coded)).find((s) => s.label === 'OFFICIAL');
    assert.deepEqual(chairman?.attrs, { title: '董事长', org: '青岛港国际股份有限公司' });
    // each titled mention with the company before its own title; a bare one with the fullest of them
    const two = '海螺水泥董事长杨军介绍。海螺集团董事长杨军透露。宁德时代董事长曾毓群、宁德时代新能源科技股份有限公司董事长曾毓群。杨军、曾毓群表示';
    assert.deepEqual(
      await orgs(two),
      [
        ['杨军', '海螺水泥'],
        ['杨军', '海螺集团'],
        ['曾毓群', '宁德时代'],
        ['曾毓群', '宁德时代新能源科技股份有限公司'],
        ['杨军', '海螺水泥'],
        ['曾毓群', '宁德时代新能源科技股份有限公司'],
      ],
    );
    // a bare 公司 before the title stands for the company the paragraph is about, named first; 该行 for the bank named last
    // (the company named before it in its own sentence first)
    const bare = '紫金矿业公告，拟分拆子公司在香港联交所上市。公司董事长陈景河表示看好。济南农商银行被罚款，该行副行长于海涛被警告。在宁波均胜电子股份有限公司，公司董事长王剑峰介绍。\n公司总经理王刚说';
    assert.deepEqual(
      await orgs(bare),
      [
        ['陈景河', '紫金矿业'],
        ['于海涛', '济南农商银行'],
        ['王剑峰', '宁波均胜电子股份有限公司'],
        ['王刚', undefined],
      ],
    );
    // (a company written in Latin letters is a foreign party, not the one 公司 stands for)
    assert.deepEqual(await orgs('安澜医疗与Caldera签约，安澜医疗创始人陈启明介绍。\n陈启明透露，Caldera计划递交申请。公司副总经理周婧补充说'), [
      ['陈启明', '安澜医疗'],
      ['陈启明', '安澜医疗'],
      ['周婧', '安澜医疗'],
    ]);
    // a foreign name's last part later takes the organization the whole name's first mention has
    assert.deepEqual(await orgs('微软（Microsoft）董事长兼CEO萨提亚·纳德拉周二表示。纳德拉说'), [
      ['萨提亚·纳德拉', '微软'],
      ['纳德拉', '微软'],
    ]);
    // …and a titled mention the organization of its own post or its short form (书记 of 市委书记), not another unit's
    // (an acting one of the same company's posts: 代理董事长)
    assert.deepEqual(await orgs('市委书记张强调研。包头市委书记张强表示。\n张强书记强调。安定区委书记张伟出席。兰州市委书记张伟陪同。海纳精机副董事长、总经理杜文涛介绍。\n代理董事长杜文涛表示'), [
      ['张强', '包头市'],
      ['张强', '包头市'],
      ['张强', '包头市'],
      ['张伟', undefined],
      ['张伟', '兰州市'],
      ['杜文涛', '海纳精机'],
      ['杜文涛', '海纳精机'],
    ]);
    // a company's region or line of business before the title is the title's, the company the organization, for the names listed after too
    // (…a line of business after the region, and the company's Latin name in brackets between)
    const units = '高盛集团前东南亚区主席蒂姆·莱斯纳认罪。华泰联合证券投行业务负责人孙某、副总经理周某被警示。贝莱德亚太区主席Rachel Lord来访。瑞银亚太区房地产研究主管John Lam指出。汇丰银行（HSBC）大中华区行政总裁王立群出席。希尔顿大中华区及蒙古总裁钱进透露。可口可乐公司大中华及蒙古区总裁张家豪表示';
    assert.deepEqual(await posts(units), [
      ['蒂姆·莱斯纳', '前东南亚区主席', '高盛集团'],
      ['孙某', '投行业务负责人', '华泰联合证券'],
      ['周某', '副总经理', '华泰联合证券'],
      ['Rachel Lord', '亚太区主席', '贝莱德'],
      ['John Lam', '亚太区房地产研究主管', '瑞银'],
      ['王立群', '大中华区行政总裁', '汇丰银行'],
      ['钱进', '大中华区及蒙古总裁', '希尔顿'],
      ['张家豪', '大中华及蒙古区总裁', '可口可乐公司'],
    ]);
    // …and so is a department, a team or a research unit
    const departments = '中金公司投资银行部董事总经理孙雅琪认为。中信期货有限公司黑色金属研究团队负责人赵晨阳表示。百度上海总部总经理王刚出席。美团核心本地商业CEO王莆中透露';
    assert.deepEqual(await posts(departments), [
      ['孙雅琪', '投资银行部董事总经理', '中金公司'],
      ['赵晨阳', '黑色金属研究团队负责人', '中信期货有限公司'],
      ['王刚', '上海总部总经理', '百度'],
      ['王莆中', '核心本地商业CEO', '美团'],
    ]);
    // two posts at two organizations, the second a company's after a pause: the company's post
    assert.deepEqual(await posts('省人大代表、美的集团副总裁林海波，全国人大代表、格力电器董事长董明珠分别发言'), [
      ['林海波', '副总裁', '美的集团'],
      ['董明珠', '董事长', '格力电器'],
    ]);
    // an appointment with no company in its sentence: the company the article is about
    const board = '青岛海岸农村商业银行股份有限公司（下称“海岸银行”）召开股东大会。海岸银行2024年净利润增长。\n经累积投票，张海峰、许卫东当选执行董事。';
    assert.deepEqual(await orgs(board), [
      ['张海峰', '青岛海岸农村商业银行股份有限公司'],
      ['许卫东', '青岛海岸农村商业银行股份有限公司'],
    ]);
    // …and one that opens a paragraph, the company the article names most often before it, by its registered name
    const subject = '华晟置业集团股份有限公司（以下简称“华晟置业”）披露年报。华晟置业有息负债下降，中诚信国际下调评级。\n公司董事长兼总裁郑宏伟表示，华晟置业将保交付。';
    assert.deepEqual(await orgs(subject), [['郑宏伟', '华晟置业集团股份有限公司']]);
    // …and a fund manager's, the fund company its sentence names (a fund manager is a fund company's post)
    const fund = '5月20日晚间，中欧基金管理有限公司发布公告称，基金经理葛承远因个人原因离任，由基金经理王欣然、宋一鸣接任。';
    assert.deepEqual(await orgs(fund), [['葛承远', '中欧基金管理有限公司'], ['王欣然', '中欧基金管理有限公司'], ['宋一鸣', '中欧基金管理有限公司']]);
    // …and a notice's issuer by its title near the top or its signature at the foot, where it declares no 公司: not its subsidiary or counterparty
    const titled = '荣盛石化股份有限公司关于控股子公司投资建设项目的公告 公司控股子公司浙江石油化工有限公司拟投资建设项目。公司董事长李水荣表示，项目将延伸产业链。';
    assert.deepEqual(await orgs(titled), [['李水荣', '荣盛石化股份有限公司']]);
    const signedOnly = '公司拟与浙江天册律师事务所签约。公司董事长徐敏表示将全力配合。联系人：证券事务代表陈晓薇 特此公告。 浙江嘉澜新材料股份有限公司董事会 2025年6月10日';
    assert.deepEqual(await orgs(signedOnly), [['徐敏', '浙江嘉澜新材料股份有限公司'], ['陈晓薇', '浙江嘉澜新材料股份有限公司']]);
    // …where the sentence before names several, the company the article is about if it is one of them; not after a deal, whose other party's officer may speak
    const results = '中国联通8月12日公布半年度报告，中国联通营业收入增长。中国联通与中国电信同日披露用户数据。董事长罗晨曦在业绩说明会上表示，公司将继续投入。';
    assert.deepEqual(await orgs(results), [['罗晨曦', '中国联通']]);
    const deal = '吉利汽车控股有限公司宣布收购帕加尼汽车70%股权，吉利汽车将派驻董事。创始人、董事长奥拉西奥·帕加尼将继续任职。';
    assert.deepEqual(await orgs(deal), [['奥拉西奥·帕加尼', undefined]]);
    // …a Hong Kong notice's signature, its company, title and name set apart by spaces
    assert.deepEqual(await orgs('承董事会命 吉利汽车控股有限公司 主席 李书福 香港，二〇二五年六月二日'), [['李书福', '吉利汽车控股有限公司']]);
    // …or each on a line of its own, the board's list after it of the company signing too
    assert.deepEqual(await orgs('承董事會命\n中翔航空科技控股有限公司\n主席\n王振華\n\n於本公告日期，董事會成員包括執行董事王振華先生（主席）及陳嘉明先生；非執行董事李德明先生。'), [
      ['王振華', '中翔航空科技控股有限公司'],
      ['王振華', '中翔航空科技控股有限公司'],
      ['陳嘉明', '中翔航空科技控股有限公司'],
      ['李德明', '中翔航空科技控股有限公司'],
    ]);
    // …a company before its long Latin name in brackets, and a managing director (董事总经理) heading a clause
    assert.deepEqual(await orgs('国泰航空有限公司（Cathay Pacific Airways Limited）行政总裁林绍波指出，订座率已达九成。'), [['林绍波', '国泰航空有限公司']]);
    assert.deepEqual(await orgs('新鸿基地产全年基本溢利跌6.8%。主席兼董事总经理郭志强表示，楼价见底。'), [['郭志强', '新鸿基地产']]);
    // …in a roundup written on one line, the company of the bullet's own item, not the first item's
    const roundup = '【融资周报】 ▲ 深圳市锐视智能科技有限公司完成B轮融资，由启明创投领投。 ▲ 南京芯动半导体有限公司完成A+轮融资，由国家集成电路产业投资基金二期领投。公司创始人、董事长孙立伟曾在英特尔工作12年。';
    assert.deepEqual(await orgs(roundup), [['孙立伟', '南京芯动半导体有限公司']]);
    // …and a Hong Kong notice's issuer declared after its short name, its 副主席 heading a clause as its 主席 does
    const hk = '银河娱乐集团有限公司（「银河娱乐」或「本公司」）董事会宣布业绩。副主席吕耀东补充，集团与万豪国际集团合作的新酒店将开业。于本公告日期，董事会成员包括执行董事吕志和博士（主席）。';
    assert.deepEqual(await orgs(hk), [['吕耀东', '银河娱乐集团有限公司'], ['吕志和', '银河娱乐集团有限公司']]);
    // …and in a notice, the issuer that declares itself 公司, not the last company named (its counterparty, its shareholder)
    const issued = '申通快递股份有限公司（以下简称“公司”）拟由全资子公司武汉申通供应链管理有限公司投资建设华中总部项目。公司董事长陈德军表示，项目建成后将提升效率。';
    assert.deepEqual(await orgs(issued), [['陈德军', '申通快递股份有限公司']]);
    // …in an appointment after an honorific (选举陈卫东先生为公司董事长) and a contact line whose sentence names no company, not its shareholder in the sentence before;
    // and declared after its Latin name, which is no org of a bare 公司
    const elected = '上海城投控股股份有限公司（以下简称“公司”）董事长辞职后将在公司控股股东上海城投（集团）有限公司任职。公司召开会议，同意选举陈卫东先生为公司董事长。控股股东上海城投（集团）有限公司将继续履行承诺。投资者联系人：董事会秘书宋建民。';
    assert.deepEqual(await orgs(elected), [['陈卫东', '上海城投控股股份有限公司'], ['宋建民', '上海城投控股股份有限公司']]);
    const latin = '无锡药明康德新药开发股份有限公司（WuXi AppTec Co., Ltd.，以下简称“公司”）召开董事会 一、选举董事长 董事会同意选举陈立先生为公司董事长';
    assert.deepEqual(await orgs(latin), [['陈立', '无锡药明康德新药开发股份有限公司']]);
    // …and a board's list after a signature whose sentence names only the issuer
    const signed = '越秀地产股份有限公司（“本公司”）董事会欣然宣布竞得土地。承董事会命 越秀地产股份有限公司 主席 林兆华 香港，2025年8月11日 于本公告日期，董事会成员包括执行董事林兆华、何晓彤及朱辉；非执行董事张毅。';
    assert.deepEqual((await orgs(signed)).slice(1), [['林兆华', '越秀地产股份有限公司'], ['何晓彤', '越秀地产股份有限公司'], ['朱辉', '越秀地产股份有限公司'], ['张毅', '越秀地产股份有限公司']]);
    // a company title listed after two officials of that company, the second's organization read by the recognizer already
    // …a Chinese name in brackets after a Latin one, and a given name of one word (Linda Xu（徐琳达）, 柯南（Conan）), the list after it sharing the organization
    assert.deepEqual(await orgs('星河互动总裁Linda Xu（徐琳达）、首席技术官Kevin Zhang及副总裁王海波出席。小红书COO柯南（Conan）表示'), [
      ['Linda Xu', '星河互动'],
      ['徐琳达', '星河互动'],
      ['Kevin Zhang', '星河互动'],
      ['王海波', '星河互动'],
      ['柯南', '小红书'],
      ['Conan', '小红书'],
    ]);
    // …a name's own 和 before it (吕志和（Lui Che Woo）), the next title of a list after it sharing the organization,
    // and a second holder of a joint title after 和 (联席行政总裁李民桥（Adrian Li）和李民斌（Brian Li）)
    assert.deepEqual(await orgs('银河娱乐主席吕志和（Lui Che Woo）、副主席吕耀东（Francis Lui）出席。东亚银行联席行政总裁李民桥（Adrian Li）和李民斌（Brian Li）表示'), [
      ['吕志和', '银河娱乐'],
      ['Lui Che Woo', '银河娱乐'],
      ['吕耀东', '银河娱乐'],
      ['Francis Lui', '银河娱乐'],
      ['李民桥', '东亚银行'],
      ['Adrian Li', '东亚银行'],
      ['李民斌', '东亚银行'],
      ['Brian Li', '东亚银行'],
    ]);
    // an official's Latin name in brackets after the Chinese one: the same official, title and organization
    assert.deepEqual(await orgs('福克曼首席执行官托马斯·布劳恩（Thomas Braun）表示，布劳恩说。\n嘉德丰集团有限公司公布业绩，集团董事总经理邝志明（Raymond Kwong）出席'), [
      ['托马斯·布劳恩', '福克曼'],
      ['Thomas Braun', '福克曼'],
      ['布劳恩', '福克曼'],
      ['邝志明', '嘉德丰集团有限公司'],
      ['Raymond Kwong', '嘉德丰集团有限公司'],
    ]);
    // (the article's company by its Chinese name, not its Latin alias, for a bare title: 顺昌国际控股有限公司（Shun Cheong International Holdings Limited）)
    assert.deepEqual(await orgs('顺昌国际控股有限公司（Shun Cheong International Holdings Limited）公告，顺昌国际控股有限公司业绩增长。\n董事会宣布委任陈美玲及何家俊为独立非执行董事。'), [
      ['陈美玲', '顺昌国际控股有限公司'],
      ['何家俊', '顺昌国际控股有限公司'],
    ]);
    // (…and its title, where the Chinese name's took in the company's unit: 欧洲区总裁)
    assert.deepEqual(await posts('宁德时代欧洲区总裁马蒂亚斯·岑特格拉夫（Matthias Zentgraf）透露'), [
      ['马蒂亚斯·岑特格拉夫', '欧洲区总裁', '宁德时代'],
      ['Matthias Zentgraf', '欧洲区总裁', '宁德时代'],
    ]);
    // (…whatever the recognizer read before their title: the country 德国 is no part of the company's name)
    assert.deepEqual(await orgs('德国安联集团首席执行官奥利弗·贝特（Oliver Bäte）表示'), [
      ['奥利弗·贝特', '安联集团'],
      ['Oliver Bäte', '安联集团'],
    ]);
    assert.deepEqual(await orgs('禾元疫苗董事长杨国栋、执行董事兼总经理孙慧敏、首席财务官何俊杰签约'), [
      ['杨国栋', '禾元疫苗'],
      ['孙慧敏', '禾元疫苗'],
      ['何俊杰', '禾元疫苗'],
    ]);
    // 原 (former) glued onto a registered name by the segmenter (原国元/x 证券股份有限公司) is no part of it
    assert.deepEqual(await orgs('公开宣判：原国元证券股份有限公司副总裁陈立军受贿案'), [['陈立军', '国元证券股份有限公司']]);
    // 俱乐部 before a title: the club named last, not another company named since
    assert.deepEqual(await orgs('济南鲁能泰山足球俱乐部股份有限公司宣布与浪潮集团续约。俱乐部董事长王建峰表示'), [['王建峰', '济南鲁能泰山足球俱乐部股份有限公司']]);
    // 其 (its) before a company's title: the only company its sentence names; with two, unsaid
    assert.deepEqual(await orgs('完美世界营收55.7亿元，同比下降28.5%，其董事长萧伯远、总裁顾晓岚致信股东。腾讯增持了网易的股份，其董事长王强表示。'), [
      ['萧伯远', '完美世界'],
      ['顾晓岚', '完美世界'],
      ['王强', undefined],
    ]);
    // a company's title heading a clause, before or after the name, is of the only company its sentence names;
    // with two named, or a public title, whose it is is unsaid
    const sole = '三全食品股份有限公司水饺日均出货量达1200吨，董事长陈南在接受采访时透露。长城汽车计划新增产能，魏建军董事长表示。海尔与美的签约，总裁李明说。华为公司在济南投资，市长于海田表示欢迎。格力电器总资产增长，董事长兼总裁董明珠说。海通证券发布投资策略，首席策略分析师荀玉根预计。';
    assert.deepEqual(
      await orgs(sole),
      [
        ['陈南', '三全食品股份有限公司'],
        ['魏建军', '长城汽车'],
        ['李明', undefined],
        ['于海田', undefined],
        ['董明珠', '格力电器'],
        ['荀玉根', '海通证券'],
      ],
    );
    // …or, where its sentence names none, of the only company the sentence before names (not across a paragraph);
    // a name listed after it shares the organization with its title
    const before = '中国移动在香港召开业绩发布会。董事长秦立峰，执行董事、财务总监李荣慧出席。海尔与美的签约。总裁李明说。中信银行召开会议，副行长王强、李华出席。\n董事长周立新说';
    assert.deepEqual(
      await orgs(before),
      [
        ['秦立峰', '中国移动'],
        ['李荣慧', '中国移动'],
        ['李明', undefined],
        ['王强', '中信银行'],
        ['李华', '中信银行'],
        ['周立新', undefined],
      ],
    );
    // (an executive vice president's too, 执行副总裁; not the company of a second post someone else holds in the sentence before)
    assert.deepEqual(await orgs('比亚迪召开股东大会，董事长王传福、执行副总裁李柯出席。'), [['王传福', '比亚迪'], ['李柯', '比亚迪']]);
    const secondPost = await orgs('万科发布年报。万科董事会主席韩立新表示，偿债压力下降。韩立新同时兼任深铁集团党委书记。执行副总裁冯晓云介绍，公司现金流改善。');
    assert.deepEqual(secondPost.filter(([name]) => name === '冯晓云'), [['冯晓云', '万科']]);
    // …and where neither names a company, of the company the article is about (named most, at least twice), not of one in Latin letters
    assert.deepEqual(await orgs('中国神华发布一季报。中国神华营收下降，煤价承压。\n董事会秘书王刚在回答投资者提问时称，分红不变。'), [['王刚', '中国神华']]);
    assert.deepEqual(await orgs('中国神华发布一季报。长江电力营收增长。\n董事会秘书王刚在回答投资者提问时称，分红不变。'), [['王刚', undefined]]);
    // (…or named once, the only company named so far: a notice's issuer with its Latin name, an exchange's disclaimer before it)
    const notice = '香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。 大家樂集團有限公司（Café de Coral Holdings Limited）（股份代號：341） 全年業績公告 主席報告 本集團經營約380間分店。主席陳國樑表示，集團將審慎擴張。';
    assert.deepEqual(await orgs(notice), [['陳國樑', '大家樂集團有限公司']]);
    // (…not the firm that audits it, however often named; and of two named as often, the one named first)
    const audit = await orgs('宁德时代新能源科技股份有限公司公告。公司拟改聘立信会计师事务所（特殊普通合伙）。立信拥有合伙人296名，立信业务收入增长。\n独立董事刘振宇表示同意。');
    assert.deepEqual(audit, [['刘振宇', '宁德时代新能源科技股份有限公司']]);
    assert.deepEqual(await orgs('李宁有限公司与北京国安足球俱乐部有限责任公司订立协议。李宁有限公司赞助北京国安足球俱乐部有限责任公司。\n联席行政总裁高坂武史指出，合作顺利。'), [['高坂武史', '李宁有限公司']]);
    // …a title in brackets after the name too (联系人：陈玉华（董事会秘书）)
    assert.deepEqual(await orgs('中山华利实业集团股份有限公司（以下简称“华利集团”）召开说明会。华利集团营收增长。\n联系人：陈玉华（董事会秘书），电话：0760-1234567'), [['陈玉华', '中山华利实业集团股份有限公司']]);
    // a company title right after the previous official's name shares the company a bare 公司 stands for
    assert.deepEqual(await orgs('湖北楚天云谷科技股份有限公司公告，公司董事长周立新、总经理陈雅琴及财务总监吴涛均承诺不减持。'), [
      ['周立新', '湖北楚天云谷科技股份有限公司'],
      ['陈雅琴', '湖北楚天云谷科技股份有限公司'],
      ['吴涛', '湖北楚天云谷科技股份有限公司'],
    ]);
    // 时任 (then) between the company and the title, or heading the clause, is the holder's tenure: the company is still theirs
    assert.deepEqual(await orgs('南京启明星光电股份有限公司及时任总经理吴立新被处罚。华瑞财产保险股份有限公司被罚款285万元；时任总经理钱立新被警告。'), [
      ['吴立新', '南京启明星光电股份有限公司'],
      ['钱立新', '华瑞财产保险股份有限公司'],
    ]);
    // …and before 及其 (and its), its stock code in brackets between
    assert.deepEqual(await orgs('上交所对紫晶存储（688086）及其时任董事长郑穆予以处分。恒达科技股份有限公司及其董事长王海被罚。'), [
      ['郑穆', '紫晶存储'],
      ['王海', '恒达科技股份有限公司'],
    ]);
    // a company's department alone before the title is the title's; the organization is the company (该行 the bank named last)
    assert.deepEqual(
      await posts('浙江萧山农村商业银行股份有限公司被罚款；时任信贷部总经理陈晓峰被警告。厦门农村商业银行表示，该行国际业务部总经理林思远介绍。海港俱乐部董事长张敏表示'),
      [
        ['陈晓峰', '信贷部总经理', '浙江萧山农村商业银行股份有限公司'],
        ['林思远', '国际业务部总经理', '厦门农村商业银行'],
        ['张敏', '董事长', '海港俱乐部'],
      ],
    );
    // a company title that names no company, in a sentence naming none, is of the article's company where its paragraph names only that one
    assert.deepEqual(await posts('苏州海川智能装备股份有限公司召开董事会，海川智能审议通过议案。应出席董事9名，其中独立董事周立群、陈晓燕以通讯方式表决。'), [
      ['周立群', '独立董事', '苏州海川智能装备股份有限公司'],
      ['陈晓燕', '独立董事', '苏州海川智能装备股份有限公司'],
    ]);
    // …not where the paragraph names another company (the person's may be one the engine does not know)
    assert.deepEqual(await posts('隆基绿能发布公告。隆基绿能表示将扩产。\n中环的前任董事长沈浩平已于2023年离任，TCL科技公告称'), [['沈浩平', '前任董事长', undefined]]);
    // not a company inside an official's own name (振华 of 周振华), which overlap resolution drops
    assert.deepEqual(await posts('瀚海银行董事长周振华表示。周振华董事长在致辞中表示'), [
      ['周振华', '董事长', '瀚海银行'],
      ['周振华', '董事长', '瀚海银行'],
    ]);
    // 该券商: the broker named last, not the company the broker wrote about
    assert.deepEqual(await posts('中信证券研报指出，海康威视实现营业总收入九百二十四亿元；该券商首席分析师徐涛维持评级'), [['徐涛', '首席分析师', '中信证券']]);
    // …and a company its words start with is its own, not another the text named before (中信证券/研究部执行总经理)
    assert.deepEqual(await posts('中芯国际发布财报。中信证券研究部执行总经理徐涛表示'), [['徐涛', '研究部执行总经理', '中信证券']]);
    // a former company post is a company's post too (原总经理: the sentence's company)
    assert.deepEqual(await posts('中国能建公告称，公司聘任刘新宇为公司总经理，原总经理孙洪水因工作调整辞职。'), [
      ['刘新宇', '总经理', '中国能建'],
      ['孙洪水', '原总经理', '中国能建'],
    ]);
    // …and so is the post of who stands in after 由, opening its clause (，由行长张金良代为履行)
    assert.deepEqual(await posts('中国建设银行公告，田国立辞去董事长职务，由行长张金良代为履行董事长职责。'), [
      ['田国立', '董事长', '中国建设银行'],
      ['张金良', '行长', '中国建设银行'],
    ]);
    // …and so is a list of posts opening its clause, one of them a company's (，主席蔡崇信、首席执行官吴泳铭)
    assert.deepEqual(await posts('阿里巴巴集团公布第三季度业绩，收入为人民币2801.54亿元，主席蔡崇信、首席执行官吴泳铭出席业绩会。'), [
      ['蔡崇信', '主席', '阿里巴巴集团'],
      ['吴泳铭', '首席执行官', '阿里巴巴集团'],
    ]);
    // the company before a title, 由 between it and the name of who takes it (华能山东发电有限公司总经理由李明担任)
    assert.deepEqual(await posts('华能国际全资子公司华能山东发电有限公司总经理由李明担任。'), [['李明', '总经理', '华能山东发电有限公司']]);
    // …and after 因, or a board's verb of choosing (，因董事长贺青工作调整，公司董事会推举副董事长、总裁王松)
    assert.deepEqual(await posts('国泰君安证券（601211.SH）1月20日公告，因董事长贺青工作调整，公司董事会推举副董事长、总裁王松代为履行董事长职责。'), [
      ['贺青', '董事长', '国泰君安证券'],
      ['王松', '副董事长、总裁', '国泰君安证券'],
    ]);
    // (…集团公司, a group's word for itself, before the title or after 为: the group the text named)
    assert.deepEqual(await posts('中国石油天然气集团有限公司党组决定，任命王建国为集团公司副总经理。\n华润集团有限公司发布公告。集团公司董事长王祥明表示'), [
      ['王建国', '副总经理', '中国石油天然气集团有限公司'],
      ['王祥明', '董事长', '华润集团有限公司'],
    ]);
    // (…a board's 指定, or a newly appointed holder's 新任: 董事会指定副总经理韦少华, ，新任副总裁王宏、刘芳)
    assert.deepEqual(await posts('北部湾港股份有限公司公告，董事会指定副总经理韦少华代为履行总经理职责。中国人寿保险（集团）公司方面，新任副总裁王宏、刘芳的任职资格已获批。'), [
      ['韦少华', '副总经理', '北部湾港股份有限公司'],
      ['王宏', '副总裁', '中国人寿保险（集团）公司'],
      ['刘芳', '副总裁', '中国人寿保险（集团）公司'],
    ]);
    // (…and after the day it takes effect from: 自2025年2月14日起由)
    assert.deepEqual(await posts('南洋商业银行（中国）有限公司公告，自2025年2月14日起由副行长陈嘉禾代为履行行长职责。'), [['陈嘉禾', '副行长', '南洋商业银行（中国）有限公司']]);
    // 主席 opening a clause of a sentence a company opens is its chairman (a Hong Kong company's).
    assert.deepEqual(await posts('长江和记实业有限公司录得收入四千七百六十亿港元，主席李泽钜称，交易将于明年完成。'), [['李泽钜', '主席', '长江和记实业有限公司']]);
    // …and names taken in turn by 分别 after one title are of the companies listed before it, in order
    assert.deepEqual(await posts('中信证券、华泰证券首席经济学家钟晓航、吴立群分别预计，四季度增速将回升。'), [
      ['钟晓航', '首席经济学家', '中信证券'],
      ['吴立群', '首席经济学家', '华泰证券'],
    ]);
    // …not the exchange the company lists on (港交所 is a company, not this one's officer's)
    assert.deepEqual(await posts('宁德时代新能源科技股份有限公司5月20日在港交所主板挂牌，董事长曾毓群出席敲锣仪式。'), [['曾毓群', '董事长', '宁德时代新能源科技股份有限公司']]);
    // 新任 (newly appointed) or 拟任 (proposed) between the company and the title; 前任 (former) between them is the title's.
    assert.deepEqual(await posts('中国建筑集团有限公司新任董事长郑学选首次公开亮相。'), [['郑学选', '董事长', '中国建筑集团有限公司']]);
    assert.deepEqual(await posts('太保寿险拟任副总经理许卫东的任职资格已获批。瑞丰人寿前任董事长赵国梁接受调查。'), [['许卫东', '副总经理', '太保寿险'], ['赵国梁', '前任董事长', '瑞丰人寿']]);
    // A name addressed by the title after it is of the company right before the name.
    assert.deepEqual(await posts('圆桌对话中，闻泰科技张学政董事长谈到了关税。'), [['张学政', '董事长', '闻泰科技']]);
    // A company whose name runs into the title read is the organization (招商证券国际/首席分析师, not 招商证券/国际首席分析师).
    assert.deepEqual(await posts('招商证券国际首席分析师李明认为，恒生科技指数将反弹。'), [['李明', '首席分析师', '招商证券国际']]);
    // (…or the days it lasts, …期间由, and after the post stood in for, 行长职务暂由; an acting title too, 代理董事长)
    assert.deepEqual(await posts('华朗控股公告，公司原总裁黄建国辞任，1月27日至2月28日期间由董事长杨兴文代行总裁职责。'), [['黄建国', '原总裁', '华朗控股'], ['杨兴文', '董事长', '华朗控股']]);
    assert.deepEqual(await posts('青岛农商银行公告称，董事会审议通过聘任副行长孙立军的议案，行长职务暂由董事长周景华代为履行。'), [['孙立军', '副行长', '青岛农商银行'], ['周景华', '董事长', '青岛农商银行']]);
    assert.deepEqual(await posts('衡岳精工前董事长周建明已于去年辞职，代理董事长、副总经理宋立群表示'), [['周建明', '前董事长', '衡岳精工'], ['宋立群', '代理董事长、副总经理', '衡岳精工']]);
    // (…并由 too: and by)
    assert.deepEqual(await posts('招商银行（600036.SH）公告，董事会同意聘任王颖为副行长，并由副行长钟德胜代为履行董事会秘书职责。'), [
      ['王颖', '副行长', '招商银行'],
      ['钟德胜', '副行长', '招商银行'],
    ]);
    // …and of whom a penalty is, after 对 (，对时任董事长武晓峰、总裁董宏伟)
    assert.deepEqual(await posts('上海证监局查明，德邦证券存在违规行为，对时任董事长武晓峰、总裁董宏伟分别处以50万元罚款。'), [
      ['武晓峰', '董事长', '德邦证券'],
      ['董宏伟', '总裁', '德邦证券'],
    ]);
    // 集团 between a registered name and the title is the title's; a former post listed after a present one, or heading its clause, is of the same company
    assert.deepEqual(
      await posts('友邦保险控股有限公司集团首席执行官兼总裁李源祥表示。恒大集团创始人、原董事局主席许家印，前首席执行官夏海钧和前首席财务官潘大荣被判赔偿。'),
      [
        ['李源祥', '集团首席执行官兼总裁', '友邦保险控股有限公司'],
        ['许家印', '创始人、原董事局主席', '恒大集团'],
        ['夏海钧', '前首席执行官', '恒大集团'],
        ['潘大荣', '前首席财务官', '恒大集团'],
      ],
    );
    // 发行人 (the issuer) in a bond notice is the company it is about
    assert.deepEqual(await orgs('江州城市建设投资集团有限公司2025年度第一期中期票据发行公告。发行人董事长周启明、总经理钱立新对本公告内容负责。'), [
      ['周启明', '江州城市建设投资集团有限公司'],
      ['钱立新', '江州城市建设投资集团有限公司'],
    ]);
    // a rotating chairman, a chairman who is also the CEO, a chairman with his age before the title: of the company the sentence before names
    assert.deepEqual(await orgs('华为投资控股有限公司发布年报。轮值董事长孟晚舟表示。腾讯控股公布业绩。主席兼首席执行官马化腾表示。紫金矿业召开董事会，现年67岁的董事长陈景河退任。'), [
      ['孟晚舟', '华为投资控股有限公司'],
      ['马化腾', '腾讯控股'],
      ['陈景河', '紫金矿业'],
    ]);
    // …a note in brackets between the title and the name, and a joint CEO, too
    assert.deepEqual(await orgs('腾讯总裁刘炽平称，游戏业务增长。首席财务官（CFO）罗硕瀚透露。中芯国际集成电路制造有限公司（中芯国际）公布业绩。联合首席执行官赵海军表示'), [
      ['刘炽平', '腾讯'],
      ['罗硕瀚', '腾讯'],
      ['赵海军', '中芯国际集成电路制造有限公司'],
    ]);
    // a later mention without a title is of the organization the first one with an organization names
    assert.deepEqual(await orgs('中国移动召开业绩发布会。董事长秦立峰出席。秦立峰表示，公司将加快推进。'), [
      ['秦立峰', '中国移动'],
      ['秦立峰', '中国移动'],
    ]);
    // an appointment without an organization: the bank 该行 stands for, else the only company its sentence names before
    // the name, for later mentions too; with two companies named, whose post it is is unsaid
    const appointed = '平安银行董事会同意聘任冀光恒为行长，项有志为副行长。项有志表示。江南农村商业银行股份有限公司董事会聘任周立新为该行行长。海尔与美的董事会选举李强为董事长。';
    assert.deepEqual(await orgs(appointed), [
      ['冀光恒', '平安银行'],
      ['项有志', '平安银行'],
      ['项有志', '平安银行'],
      ['周立新', '江南农村商业银行股份有限公司'],
      ['李强', undefined],
    ]);
    // …a region's post of the sentence's company, a Hong Kong company's 主席, and a tenure after the short name in brackets
    assert.deepEqual(await orgs('巴斯夫宣布，大中华区总裁汉斯·贝克尔将于年底卸任。新鸿基地产宣布，委任郭基煇为主席。浙江省能源集团有限公司（浙能集团）新任总经理吴海涛到任。'), [
      ['汉斯·贝克尔', '巴斯夫'],
      ['郭基煇', '新鸿基地产'],
      ['吴海涛', '浙江省能源集团有限公司'],
    ]);
    // …and a regulator's approval of a list given its posts in order, 该行 the bank named before
    const approved = await posts('浦发银行公告，金融监管总局核准陆敏、谢立群、何琳分别担任该行副行长、首席审计官和董事会秘书的任职资格。');
    assert.deepEqual(approved, [
      ['陆敏', '副行长', '浦发银行'],
      ['谢立群', '首席审计官', '浦发银行'],
      ['何琳', '董事会秘书', '浦发银行'],
    ]);
  });

  it('reads a name with a character outside the BMP as it reads one without (陈𠮷林, 𠮷野家), attributes in the characters written', async () => {
    engine = createEngine();
    const text = '🛫𠮷野家控股有限公司董事长陈𠮷林于5月15日表示，𠮷野家将投资5亿元。陈𠮷林说';
    const spans = await engine.annotate(text);
    const chars = [...text];
    assert.deepEqual(
      spans.map((x) => [chars.slice(x.start, x.end).join(''), x.label, x.attrs]),
      [
        ['𠮷野家控股有限公司', 'COMPANY', undefined],
        ['陈𠮷林', 'OFFICIAL', { title: '董事长', org: '𠮷野家控股有限公司' }],
        ['5月15日', 'DATE', { value: '--05-15' }],
        ['𠮷野家', 'COMPANY', { canonical: '𠮷野家控股有限公司' }],
        ['5亿元', 'AMOUNT', { value: 500000000, unit: 'CNY' }],
        ['陈𠮷林', 'OFFICIAL', { title: '董事长', org: '𠮷野家控股有限公司' }],
      ],
    );
    // a registered name whose rare character the segmenter cut off the next one (义乌/𠮷/顺/p 供应链), whole; not 陈𠮷/被
    const cut = '义乌𠮷顺供应链管理有限公司的法定代表人陈𠮷被警示';
    assert.deepEqual((await engine.annotate(cut)).map((s) => [[...cut].slice(s.start, s.end).join(''), s.label]), [
      ['义乌𠮷顺供应链管理有限公司', 'COMPANY'],
      ['陈𠮷', 'OFFICIAL'],
    ]);
    // …and one whose surname the segmenter glued onto the title, 𠮷 and the last character cut apart (官吴/x 𠮷/x 祥/nr 在)
    const glued = '华晟置业副总裁、首席财务官吴𠮷祥在业绩说明会上表示。吴𠮷祥表示';
    assert.deepEqual((await engine.annotate(glued)).filter((s) => s.label === 'OFFICIAL').map((s) => [...glued].slice(s.start, s.end).join('')), ['吴𠮷祥', '吴𠮷祥']);
    // …and one whose last character the segmenter glued to speech (陈/nr 𠮷/x 明说/v)
    const speech = '杭州𠮷利数据科技有限公司董事长陈𠮷明说，公司营收增长';
    assert.deepEqual((await engine.annotate(speech)).filter((s) => s.label === 'OFFICIAL').map((s) => [...speech].slice(s.start, s.end).join('')), ['陈𠮷明']);
  });

  it('reads news in traditional script as it reads simplified news, spans over the text as written', async () => {
    engine = createEngine();
    const traditional = '台積電董事長魏哲家表示，第三季營收達新台幣7596.9億元，年增12.8%。香港特區行政長官李家超今日宣布。';
    const simplified = '台积电董事长魏哲家表示，第三季营收达新台币7596.9亿元，年增12.8%。香港特区行政长官李家超今日宣布。';
    const [t, s] = await Promise.all([engine.annotate(traditional), engine.annotate(simplified)]);
    assert.deepEqual(
      t.map((x) => [x.start, x.end, x.label]),
      s.map((x) => [x.start, x.end, x.label]),
    );
    assert.deepEqual(
      t.map((x) => [traditional.slice(x.start, x.end), x.label]),
      [['台積電', 'COMPANY'], ['魏哲家', 'OFFICIAL'], ['第三季', 'DATE'], ['新台幣7596.9億元', 'AMOUNT'], ['12.8%', 'AMOUNT'], ['李家超', 'OFFICIAL'], ['今日', 'DATE']],
    );
    // attributes the article writes, as it writes them; a dictionary's full name it does not write, simplified
    assert.deepEqual(t[1]!.attrs, { title: '董事長', org: '台積電' });
    assert.deepEqual(t[5]!.attrs, { title: '行政長官', org: '香港特區' });
    assert.equal(t[0]!.attrs?.canonical, '台湾积体电路制造股份有限公司');
    // (Taiwan's own units and holidays: 公秉, kilolitres; 仟元, thousands of dollars; 耶誕, Christmas)
    const filing = '油品銷量減少約12萬公秉。耶誕及元旦檔期訂單增加。4.1月1日累計至本期止營業收入：新臺幣13,757,320仟元';
    assert.deepEqual(
      (await engine.annotate(filing)).map((x) => [filing.slice(x.start, x.end), x.attrs?.value, x.attrs?.unit]),
      [['12萬公秉', 120000, 'KL'], ['耶誕', '--12-25', undefined], ['元旦', '--01-01', undefined], ['1月1日', '--01-01', undefined], ['新臺幣13,757,320仟元', 13757320000, 'TWD']],
    );
  });

  it('reads full-width Latin letters and digits as ASCII ones, spans and attributes as written', async () => {
    engine = createEngine();
    const wide = '３月１４日晚间，＊ＳＴ华晟公告称，公司将与ＸＹＺ智能科技有限公司合作。ＸＹＺ表示，小米ＳＵ７系列交付超过２万辆。';
    const ascii = '３月１４日晚间，*ST华晟公告称，公司将与XYZ智能科技有限公司合作。XYZ表示，小米SU7系列交付超过２万辆。';
    const [w, a] = await Promise.all([engine.annotate(wide), engine.annotate(ascii)]);
    assert.deepEqual(
      w.map((x) => [x.start, x.end, x.label]),
      a.map((x) => [x.start, x.end, x.label]),
    );
    // (a stock's ST mark is its name's; a model after a maker is a product, no company)
    assert.deepEqual(
      w.filter((x) => x.label === 'COMPANY').map((x) => [wide.slice(x.start, x.end), x.attrs?.canonical]),
      [['＊ＳＴ华晟', undefined], ['ＸＹＺ智能科技有限公司', undefined], ['ＸＹＺ', 'ＸＹＺ智能科技有限公司']],
    );
  });

  it('suggests after a lexicon shrinks what a fresh engine with that lexicon does, words it had inserted forgotten', async () => {
    const text = '记者从鲸落标注坊获悉，鲸落标注坊董事长王海说，将与北辰星海合作。';
    const lexicon = (...names: string[]) => ({ version: 1 as const, entries: names.map((text) => ({ text, label: 'COMPANY' })), rejected: [] });
    engine = createEngine({ lexicon: lexicon('北辰星海') });
    const fresh = await engine.annotate(text);
    await engine.dispose();
    engine = createEngine();
    await engine.setLexicon(lexicon('鲸落标注坊', '北辰星海'));
    assert.ok((await engine.annotate(text)).some((s) => [...text].slice(s.start, s.end).join('') === '鲸落标注坊'));
    await engine.setLexicon(lexicon('北辰星海'));
    assert.deepEqual(await engine.annotate(text), fresh);
  });

  it('runs the same pipeline on the calling thread over a caller-supplied segmenter, lexicon included', async () => {
    const pool = createSegmenter();
    const own: Segmenter = { cut: (t) => pool.cut(t), tag: (t) => pool.tag(t), insertWords: (w) => pool.insertWords(w), dispose: () => pool.dispose() };
    const lexicon = { version: 1 as const, entries: [{ text: '北辰星海', label: 'COMPANY' }], rejected: [] };
    const text = seeds()[0] + '\n北辰星海发布新品。';
    engine = createEngine({ lexicon });
    const inWorker = await engine.annotate(text);
    await engine.dispose();
    engine = createEngine(own);
    await engine.setLexicon(lexicon);
    const here = await engine.annotate(text);
    assert.ok(here.some((s) => s.source === 'lexicon'));
    assert.deepEqual(here, inWorker);
  });
});

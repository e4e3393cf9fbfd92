import * as assert from 'node:assert/strict';
import { recognizeOfficials } from '../../../src/engine/recognizers/official/official';
import { withOffsets } from '../../../src/engine/segmenter/segmenter';
import { names as companies, tag } from './companyHelpers';

function officials(text: string) {
  return recognizeOfficials({ text, tokens: withOffsets(tag(text)) })
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ name: text.slice(c.start, c.end), title: c.attrs?.title, org: c.attrs?.org, source: c.source }));
}
const names = (text: string) => officials(text).map((o) => o.name);

describe('OFFICIAL recognizer', () => {
  describe('a title before the name', () => {
    it('takes the name only, with the title and its organization as attributes', () => {
      assert.deepEqual(officials('济南市委书记刘强会见了客人'), [{ name: '刘强', title: '市委书记', org: '济南市', source: 'rule:official-title' }]);
      // (a given name's last character the segmenter left alone before signing: 何国/r 栋/zg 签约)
      assert.deepEqual(names('由集团董事长何国栋签约。何国栋说，宏远新材选择叙州'), ['何国栋', '何国栋']);
      // (…a fund's trade glued onto the name's last character is no part of it: 陈默加/x 仓; but 发 before 表示 is a name's: 陈永发表示)
      assert.deepEqual(names('基金经理陈默加仓港股科技。集团董事经理陈永发表示'), ['陈默', '陈永发']);
      // (a squad's 队长, a post of its unit)
      assert.deepEqual(officials('刑警大队队长王强介绍').map((o) => [o.name, o.title, o.org]), [['王强', '队长', '刑警大队']]);
      // (Taiwan's 协理, an assistant vice-president)
      assert.deepEqual(names('元大投顾协理林昶宏分析'), ['林昶宏']);
      // (…and its 副理, a deputy manager)
      assert.deepEqual(names('永庆房产集团研展中心副理陈柏翰则提醒'), ['陈柏翰']);
      // (Malaysia's and Singapore's 首席执行员)
      assert.deepEqual(names('集团首席执行员黄碧玲将于明年退休'), ['黄碧玲']);
      // (a zone's Party working committee and administrative committee: the unit is the title's, as 市委 is, the zone the organization)
      assert.deepEqual(officials('苏州工业园区党工委委员、管委会副主任陈晓燕表示。长沙经开区管委会主任杨卫出席').map((o) => [o.name, o.title, o.org]), [
        ['陈晓燕', '党工委委员、管委会副主任', '苏州工业园区'],
        ['杨卫', '管委会主任', '长沙经开区'],
      ]);
      // (an organization's role at an event is no part of it: 主办单位…同业公会理事长)
      assert.deepEqual(officials('主办单位台北市旅行商业同业公会理事长吴政达致词').map((o) => [o.name, o.org]), [['吴政达', '台北市旅行商业同业公会']]);
      // (a minister's assistant, a post of its own)
      assert.deepEqual(officials('商务部部长助理钱晓东先后会见').map((o) => [o.name, o.title, o.org]), [['钱晓东', '部长助理', '商务部']]);
      // (a diplomat's or a minister's field or rank is the title's: 经济公使, 高级政务部长)
      assert.deepEqual(officials('日本驻华大使馆经济公使田中一郎指出。新加坡贸工部高级政务部长陈文杰出席').map((o) => [o.name, o.title, o.org]), [['田中一郎', '经济公使', '日本驻华大使馆'], ['陈文杰', '高级政务部长', '新加坡贸工部']]);
      // (a regulator's chief counsel and a company's chief legal adviser)
      assert.deepEqual(officials('金融监管总局首席律师方振宇解读称。华谊兄弟首席法律顾问孙健红表示').map((o) => [o.name, o.title, o.org]), [
        ['方振宇', '首席律师', '金融监管总局'],
        ['孙健红', '首席法律顾问', '华谊兄弟'],
      ]);
    });

    it('joins titles of one person and finds the company before them', () => {
      assert.deepEqual(officials('会见了百度集团创始人、董事长兼CEO李彦宏一行'), [
        { name: '李彦宏', title: '创始人、董事长兼CEO', org: '百度集团', source: 'rule:official-title' },
      ]);
      assert.deepEqual(officials('会见了华为公司董事、轮值董事长徐直军一行'), [
        { name: '徐直军', title: '董事、轮值董事长', org: '华为公司', source: 'rule:official-title' },
      ]);
      // A unit between two titles of one person: the organization is the one before the first.
      // (…its name perhaps starting with words the walk stops at: 政务/一网通/i 军团; not a name and 和 before it: 钱国栋和力拓集团铁矿石业务首席执行官)
      assert.deepEqual(officials('华为公司高级副总裁、政务一网通军团CEO杨瑞凯一行。中国宝武党委书记、董事长钱国栋和力拓集团铁矿石业务首席执行官西蒙·特罗特出席').map((o) => [o.name, o.title, o.org]), [
        ['杨瑞凯', '高级副总裁、政务一网通军团CEO', '华为公司'],
        ['钱国栋', '党委书记、董事长', '中国宝武'],
        ['西蒙·特罗特', '首席执行官', '力拓集团铁矿石业务'], // (the pipeline moves the line of business to the title, companyOrganizations.ts)
      ]);
      assert.deepEqual(officials('腾讯公司高级执行副总裁、云与智慧产业事业群CEO汤道生一行'), [
        { name: '汤道生', title: '高级执行副总裁、云与智慧产业事业群CEO', org: '腾讯公司', source: 'rule:official-title' },
      ]);
      // …an office too (新闻发言人、办公室主任)
      assert.deepEqual(officials('国家邮政局新闻发言人、办公室主任侯延波介绍').map((o) => [o.name, o.title, o.org]), [['侯延波', '新闻发言人、办公室主任', '国家邮政局']]);
      // …a region too (广东区域总裁)
      assert.deepEqual(officials('碧桂园服务副总裁、广东区域总裁吴建斌表示').map((o) => [o.name, o.title, o.org]), [['吴建斌', '副总裁、广东区域总裁', '碧桂园服务']]);
      // …or a development zone's 管委 (管委会)
      assert.deepEqual(officials('青岛西海岸新区工委副书记、管委主任周安出席活动').map((o) => [o.name, o.title, o.org]), [['周安', '工委副书记、管委主任', '青岛西海岸新区']]);
      // Posts at two organizations: the first post's organization, the title running from it.
      assert.deepEqual(officials('国家统计局新闻发言人、国民经济综合统计司司长付凌晖表示').map((o) => [o.name, o.title, o.org]), [['付凌晖', '新闻发言人、国民经济综合统计司司长', '国家统计局']]);
      assert.deepEqual(officials('长城汽车副总裁、海外营销公司总经理刘艳钊介绍').map((o) => [o.name, o.title, o.org]), [['刘艳钊', '副总裁、海外营销公司总经理', '长城汽车']]);
      assert.deepEqual(officials('济南市公安局副局长兼交警支队支队长李长水说').map((o) => [o.name, o.title, o.org]), [['李长水', '副局长兼交警支队支队长', '济南市公安局']]);
      // …the second written with its place short (市公安局 of 上海市): the place is the organization
      assert.deepEqual(officials('上海市副市长、市公安局局长张亚宏强调').map((o) => [o.name, o.title, o.org]), [['张亚宏', '副市长、市公安局局长', '上海市']]);
      // …not where the first post has no organization, or the words before it are another person's name.
      assert.deepEqual(officials('全国人大代表、圆通速递董事长喻渭蛟建议').map((o) => [o.name, o.title, o.org]), [['喻渭蛟', '董事长', '圆通速递']]);
      assert.deepEqual(
        officials('中国房地产指数系统副总经理王广善总经理、中房指数研究院总经理上官建华致辞').map((o) => [o.name, o.title]),
        [['王广善', '副总经理'], ['上官建华', '总经理']],
      );
      assert.deepEqual(officials('王广善总经理、中房指数研究院总经理上官建华致辞').map((o) => [o.name, o.title]), [['王广善', '总经理'], ['上官建华', '总经理']]);
      // A former mark before the first post is the title's; a post of another time is not joined to it.
      assert.deepEqual(officials('前百度总裁、微软全球执行副总裁陆奇现任奇绩创坛创始人').map((o) => [o.name, o.title, o.org]), [['陆奇', '前总裁、微软全球执行副总裁', '百度']]);
      assert.deepEqual(officials('原工商银行行长、现任农业银行董事长的谷澍此前表示').map((o) => [o.name, o.title, o.org]), [['谷澍', '董事长', '农业银行']]);
      // The board is the title's, not the organization's.
      assert.deepEqual(officials('与海尔集团董事局主席、首席执行官周云杰座谈'), [
        { name: '周云杰', title: '董事局主席、首席执行官', org: '海尔集团', source: 'rule:official-title' },
      ]);
    });

    it('reads each name of a list of titled officials, the organization carried over', () => {
      assert.deepEqual(officials('济南市委书记刘强和市委副书记、市长于海田在山东大厦会见'), [
        { name: '刘强', title: '市委书记', org: '济南市', source: 'rule:official-title' },
        { name: '于海田', title: '市委副书记、市长', org: '济南市', source: 'rule:official-title' },
      ]);
      assert.deepEqual(names('市委书记刘强，市委副书记、市长于海田再次率队前往北京'), ['刘强', '于海田']);
    });

    it('reads a name the segmenter glued to the verb after it (王凤朝作/x 报告)', () => {
      assert.deepEqual(names('会上，市长王凤朝作政府工作报告'), ['王凤朝']);
      assert.deepEqual(names('军委副主席李作成出席'), ['李作成']);
      // A two-character name the segmenter knows, and the verb after it (李娜/nr 作/v).
      assert.deepEqual(names('区委书记张伟主持会议，区长李娜作政府工作报告'), ['张伟', '李娜']);
      assert.deepEqual(names('国务院总理李强作政府工作报告，李强表示'), ['李强', '李强']);
      // 王清/x 宪作/x, 王强作/x, 马兴田因/x: the verb or conjunction glued on is not the name's.
      assert.deepEqual(names('省长王清宪作政府工作报告'), ['王清宪']);
      assert.deepEqual(names('董事长王强作重要讲话'), ['王强']);
      assert.deepEqual(names('公司原董事长马兴田因违规披露被罚'), ['马兴田']);
    });

    it('reads a name the segmenter cut across or took for words, after a title only', () => {
      assert.deepEqual(names('会议主持人：公司董事长曾从钦先生。'), ['曾从钦']);
      // …or glued to 分 before a number of instalments (吴德明分/x 两次收受)
      assert.deepEqual(names('上海市分行原副行长吴德明分两次收受财物'), ['吴德明']);
      // …or before what follows names, the last character taken for a name's (曾/d 从/p 钦/nr 在); not 曾 (once) before a verb
      assert.deepEqual(names('五粮液（000858）董事长曾从钦在经销商大会上说。总经理曾向记者表示'), ['曾从钦']);
      assert.deepEqual(names('同程旅行CEO马和平也称'), ['马和平']);
      assert.deepEqual(names('副省长高兴夫、卢山出席会议'), ['高兴夫', '卢山']);
      assert.deepEqual(names('生态环境部部长黄润秋表示'), ['黄润秋']);
      // a name taken for a common noun, before attending as before meeting (金融/n 出席)
      assert.deepEqual(names('县长金融出席了会议。县长金融会见了客人'), ['金融', '金融']);
      // a given name taken for a time word that names no time (李/东来/t)
      assert.deepEqual(names('顾家家居总裁李东来表示。市长张东来出席了会议。董事长王东来在许昌调研'), ['李东来', '张东来', '王东来']);
      // …before a time said of the person (贾/东来/t 此前/t 表示)
      assert.deepEqual(names('公司董事长贾东来此前表示。总经理王东来此后表示'), ['贾东来', '王东来']);
      // …nor 明月 (the moon; next month is 下月), after a surname that is a preposition too (向/p 明月/t)
      assert.deepEqual(names('县委书记刘振华，副县长向明月等出席开工仪式'), ['刘振华', '向明月']);
      // …or for a number, a month or a sum (刘/三月/m, 陈/万元/m), not a delegation (王/一行)
      assert.deepEqual(names('县长刘三月在会上讲话。财务总监陈万元表示。市长王一行抵达'), ['刘三月', '陈万元']);
      for (const text of ['市长高兴地说', '局长高兴了', '市长于近日表示', '董事长于未来表示', '大家都很高兴地说']) assert.deepEqual(names(text), [], text);
    });

    it('reads a village\'s posts: its accountant, its clerk (村会计, 村文书)', () => {
      assert.deepEqual(officials('村党支部副书记、村会计张桂芳介绍，村文书李强说').map((o) => o.name), ['张桂芳', '李强']);
    });

    it('reads posts of a train, a plane, a ward, a shop and an embassy (列车长, 机长, 护士长, 店长, 公参)', () => {
      assert.deepEqual(officials('重庆客运段列车长杨晓燕介绍，东航机长刘传健表示，大使馆经济商务处公参王卫东说').map((o) => [o.name, o.title]), [
        ['杨晓燕', '列车长'],
        ['刘传健', '机长'],
        ['王卫东', '公参'],
      ]);
      assert.deepEqual(names('他是一名船长，也当过店长'), []);
    });

    it('does not read a word with a locative as a name (任上)', () => {
      assert.deepEqual(names('赵文阁从义乌市委常委、副市长任上调任商城集团掌舵人'), []);
      assert.deepEqual(names('他在董事长任上病逝'), []);
    });

    it('reads the holders of a post a table column is headed by, the organization from the row (序号｜当事人名称｜法定代表人（负责人）｜…)', () => {
      const table = '序号｜当事人名称｜法定代表人（负责人）｜主要违法事实｜处罚内容\n１｜杭州味之源餐饮管理有限公司｜赵强｜经营超过保质期的食品原料｜罚款人民币５万元\n２｜拱墅区李记烧烤店（个体工商户）｜李国平｜未按规定对餐具进行清洗消毒｜警告\n３｜杭州鲜町网络科技有限公司｜—｜销售标签不符合规定的预包装食品｜罚款\n\n以上３起案件';
      assert.deepEqual(officials(table).map((o) => [o.name, o.title, o.org]), [
        ['赵强', '法定代表人', '杭州味之源餐饮管理有限公司'],
        ['李国平', '法定代表人', '拱墅区李记烧烤店（个体工商户）'],
      ]);
      // (…not names in rows after the table has ended)
      assert.deepEqual(names('名称｜负责人｜地址\n\n李明｜刘洋｜张伟\n'), []);
      // …and the people of a table of names and posts (序号｜姓名｜企业｜职务), each with its row's post and company, its sex noted or not
      const people = '序号｜姓名｜企业｜职务\n1｜王鹏｜昆山金宇电子有限公司｜董事长、总经理\n2｜江慧敏（女）｜苏州东吴生物医药股份有限公司（688312.SH）｜董事长\n3｜罗晓峰｜苏州英飞智能装备有限公司｜创始人、首席执行官\n';
      assert.deepEqual(officials(people).map((o) => [o.name, o.title, o.org]), [
        ['王鹏', '董事长、总经理', '昆山金宇电子有限公司'],
        ['江慧敏', '董事长', '苏州东吴生物医药股份有限公司'],
        ['罗晓峰', '创始人、首席执行官', '苏州英飞智能装备有限公司'],
      ]);
    });

    it('reads the names on the line under a post that has a line of its own (a congress\'s list, a notice\'s signature)', () => {
      const list = '临江市人民政府副市长\n　　周平　何立新　韩雪莹（女）\n\n临江市中级人民法院院长\n　　冯晓东\n';
      assert.deepEqual(officials(list).map((o) => [o.name, o.title, o.org]), [
        ['周平', '副市长', '临江市人民政府'],
        ['何立新', '副市长', '临江市人民政府'],
        ['韩雪莹', '副市长', '临江市人民政府'],
        ['冯晓东', '院长', '临江市中级人民法院'],
      ]);
      assert.deepEqual(names('承董事会命\n鸿晟地产集团控股有限公司\n公司秘书\n吴嘉欣\n\n香港'), ['吴嘉欣']);
      // (…not a line that is no list of names alone)
      assert.deepEqual(names('公司秘书\n吴嘉欣等人负责此事\n'), []);
    });

    it('does not read 由 (by) glued to the company that fills a post as a name (总经理/由鼎泰/x 控股副总裁马静兼任)', () => {
      assert.deepEqual(names('俱乐部新任总经理由鼎泰控股副总裁马静兼任'), ['马静']);
    });

    it('does not read a body whose first character is a surname as a name before its head\'s title (区/n 政协主席)', () => {
      assert.deepEqual(names('区政协主席黄立新出席，区人大主任王刚讲话'), ['黄立新', '王刚']);
    });

    it('does not read the last word of a longer title as a name (董事长/顾问/nr is the post 董事长顾问)', () => {
      assert.deepEqual(names('沈亚楠卸任总裁一职，转任董事长顾问，由首席运营官马东辉接任'), ['沈亚楠', '马东辉']);
      assert.deepEqual(names('董事长顾问王刚表示'), ['王刚']);
    });

    it('ends a list of names at a place that has a title of its own (唐冶街道办事处主任)', () => {
      assert.deepEqual(officials('华山街道党工委书记马玉兰、唐冶街道办事处主任孔祥伟出席').map((o) => [o.name, o.org]), [
        ['马玉兰', '华山街道'],
        ['孔祥伟', '唐冶街道办事处'],
      ]);
      assert.deepEqual(names('副市长陈建国、刘红梅出席'), ['陈建国', '刘红梅']);
    });

    it('reads an adverb-tagged third character after an unknown first part (孙业/x 才/d), not a word that follows names (陈剑/代表)', () => {
      assert.deepEqual(names('济南能源集团党委书记、董事长孙业才出席'), ['孙业才']);
      assert.deepEqual(names('华侨城文旅事业部总经理陈剑代表双方签约'), ['陈剑']);
      assert.deepEqual(names('总经理王刚也出席了'), ['王刚']);
      // or after a first part it took for a place it does not know (苏建/ns 刚/d), not after a city (黄山/ns)
      assert.deepEqual(names('华住集团总裁苏建刚表示'), ['苏建刚']);
      assert.deepEqual(names('市长黄山刚表示'), ['黄山']);
      // or after a word it took for a name, before what follows names (王子/nr 越/d 介绍), not an adverb that is no given name (王强也表示)
      assert.deepEqual(names('副总经理兼财务总监王子越介绍'), ['王子越']);
      assert.deepEqual(names('董事长王强也表示'), ['王强']);
      // a married woman's name as Hong Kong writes it, two surnames and a given name of two; not a name of three before a word (王卫此前, 劉強東更, 熊国安案)
      assert.deepEqual(names('行政长官林郑月娥表示。香港零售管理协会主席谢邱安仪表示'), ['林郑月娥', '谢邱安仪']);
      // (…the surnames glued, the given name one word: 周何/x 美玲/nr, 陈林/x 咏诗/n; before a form of address, a space or 接任)
      assert.deepEqual(names('独立非执行董事周何美玲女士、黄子轩博士。副主席陈林咏诗接任。执行董事兼行政总裁 郑梁家慧 香港'), ['周何美玲', '黄子轩', '陈林咏诗', '郑梁家慧']);
      // (…or the four one unknown word, re-elected: 重选陈黄秀兰/x 女士为执行董事)
      assert.deepEqual(officials('股东周年大会重选陈黄秀兰女士为执行董事').map((o) => [o.name, o.title]), [['陈黄秀兰', '执行董事']]);
      assert.deepEqual(names('董事长王卫此前表示。董事局主席刘强东更曾亲自送外卖。原副总经理熊国安案作出判决'), ['王卫', '刘强东', '熊国安']);
      // (…nor a name of two before what follows names, which the segmenter tagged a given name: 李强/nrfg 汇报/nz)
      assert.deepEqual(names('瓦店镇党委书记李强汇报，全镇今年种植小麦5.8万亩'), ['李强']);
    });

    it('ends a two-character name before a word whose last character follows names (周斌/赶到, 周斌/第一时间)', () => {
      assert.deepEqual(names('市长周斌赶到现场，周斌强调救治伤员。县长张伟第一时间赶赴现场'), ['周斌', '周斌', '张伟']);
      // a third character glued to speech is still the name's (陆晓/x 明说)
      assert.deepEqual(names('副市长陆晓明说'), ['陆晓明']);
    });

    it('reads a joining character as the name\'s own before a pause (张明/和/，), not before a name', () => {
      assert.deepEqual(names('总经理张明会、副总经理李红出席。市长张明会见了客人'), ['张明会', '李红', '张明']);
      // 未 after a name is its negation (王卫未出席)
      assert.deepEqual(names('董事长王卫未出席'), ['王卫']);
      // not a street and its number after a city (铜陵市/长江西路355号)
      assert.deepEqual(names('地址：安徽省铜陵市长江西路355号'), []);
      // a word of kin after a name: the name is as long as it can be (张/q 红/a 甫/d 兄弟)
      assert.deepEqual(names('创始人张红超、张红甫兄弟现身敲钟仪式'), ['张红超', '张红甫']);
      // 一 as the third character of an unknown word of three before speech (刘洪一/x 表示)
      assert.deepEqual(names('总经理刘洪一表示。王强一行到访'), ['刘洪一']);
      // a word and a third character before attending (黄河/ns 清/t 出席会议), not a name the segmenter knew before 等
      assert.deepEqual(names('副市长黄河清出席会议。副所长刘琦等指出'), ['黄河清', '刘琦']);
      // …not a verb and a pronoun, a fund report's boilerplate (董事保证/本/r 报告)
      assert.deepEqual(names('基金管理人的董事会及董事保证本报告所载资料不存在虚假记载'), []);
      // a full-width space around the name
      assert.deepEqual(names('济南市副市长　陈平　出席活动'), ['陈平']);
      assert.deepEqual(names('合肥市委书记张明和,合肥市委副书记、市长罗东会见了客人'), ['张明和', '罗东']);
      // …and the last of a list after 和, a word of two that a surname starts between the joiners (方可/n)
      assert.deepEqual(names('副市长陈建国、刘红梅和王强出席。副总裁邵庆、方可和曹晓雯分管运营'), ['陈建国', '刘红梅', '王强', '邵庆', '方可', '曹晓雯']);
      // …and as the list's last before what follows names (、华源/nz 出席); not a company the dictionary knows (、华为)
      assert.deepEqual(names('副市长陈杰、华源出席。总经理陈杰、华为出席'), ['陈杰', '华源', '陈杰']);
      // …and names before a count of their holders and the title, as many as it says (两位副总裁), not where more are listed
      assert.deepEqual(officials('潍柴动力公告，孔德鑫、蒋文婷两位副总裁因工作调整辞职').map((o) => [o.name, o.title]), [['孔德鑫', '副总裁'], ['蒋文婷', '副总裁']]);
      assert.deepEqual(names('会上，张伟、孔德鑫、蒋文婷两位副总裁出席'), []);
      // …or before what ends a list (分别, 等), the segmenter's tag whatever it is (高洁/a)
      assert.deepEqual(names('副县长石磊、高洁分别带队走访企业。副市长陈杰、华为等出席'), ['石磊', '高洁', '陈杰']);
      // …and a name of three in pieces before what ends a list, a title later in the clause being no one's of them (、唐/nr 绍/ns 杰/nr 因…担任公司董事, 、周/nr 行云/n 等高管)
      assert.deepEqual(names('董事胡国斌、李刚、唐绍杰因任期届满不再担任公司董事。高级副总裁沈斐、周行云等高管走访经销商。副市长孙立成、赵婷、马建国分别联系'), ['胡国斌', '李刚', '唐绍杰', '沈斐', '周行云', '孙立成', '赵婷', '马建国']);
      // …its surname and first given character taken for a word (、何方/r 明/a ，)
      assert.deepEqual(names('济南市副市长孙立、何方明，市政府秘书长刘振出席'), ['孙立', '何方明', '刘振']);
      // …and after a deputy's title, 和 alone (副局长何志刚和郑凯), not after a post one person holds (市长王强和李明)
      assert.deepEqual(names('副局长何志刚和郑凯出席。市长王强和李明出席'), ['何志刚', '郑凯', '王强']);
      // …two dotted names joined by 和 after a title two hold are two, not one (戴维·津斯纳和米歇尔·约翰斯顿·霍尔索斯)
      assert.deepEqual(names('临时联席首席执行官戴维·津斯纳和米歇尔·约翰斯顿·霍尔索斯表示'), ['戴维·津斯纳', '米歇尔·约翰斯顿·霍尔索斯']);
      // (…nor takes a name before 和 into a dotted one after it: 周静怡/和/安德鲁·史密斯; nor 则 glued to a name of three: 李在镕则/x)
      assert.deepEqual(names('副总经理孙立平、周静怡和安德鲁·史密斯出席。三星电子会长李在镕则多次强调'), ['孙立平', '周静怡', '安德鲁·史密斯', '李在镕']);
      // a dotted name with a hyphen before its first dot (阿卜杜勒-阿齐兹·本·萨勒曼), and criticism before the organization (公开批评/n 美联储)
      assert.deepEqual(officials('沙特能源大臣阿卜杜勒-阿齐兹·本·萨勒曼表示。特朗普公开批评美联储主席杰罗姆·鲍威尔').map((o) => [o.name, o.org]), [
        ['阿卜杜勒-阿齐兹·本·萨勒曼', '沙特'],
        ['杰罗姆·鲍威尔', '美联储'],
      ]);
      // …a name in Latin letters among them
      assert.deepEqual(names('委任董事总经理黄咏诗、Edward Middleton为共同清盘人'), ['黄咏诗', 'Edward Middleton']);
      // …and after 及 where 、 listed one before, as a board's notice writes it
      assert.deepEqual(names('独立非执行董事林志强先生、何咏诗女士及张家豪先生。董事长王强及公司员工'), ['林志强', '何咏诗', '张家豪', '王强']);
    });

    it('reads a given name the segmenter takes for an adverb after a lone surname (何/r 立新/d)', () => {
      assert.deepEqual(names('董事长何立新及其团队出席'), ['何立新']);
      assert.deepEqual(names('总工程师周立新介绍了项目进展'), ['周立新']);
      assert.deepEqual(names('董事长王大为主持会议'), ['王大为']);
      assert.deepEqual(names('市长王总是很忙'), []);
      assert.deepEqual(names('局长何必这样'), []);
      // a name a penalty notice masks (韩某某, 王某), not 于某种
      assert.deepEqual(names('公司法定代表人、董事长韩某某及矿长王某已被公安机关控制。市长王某在会上'), ['韩某某', '王某', '王某']);
      // …before any word where the segmenter kept it whole (高某/x 收受, 汪某/x 伙同), not a preposition before 某 (向/p 某/r 银行)
      assert.deepEqual(names('副总经理高某收受好处。原行长汪某伙同其表弟。董事长向某银行借款'), ['高某', '汪某']);
      // …before an adverb of all, the last of a list too; 某某 after a surname the segmenter took for a word (季/n 某某/r), not a unit's (张某某公司);
      // not the verb the segmenter glued after it (吴某/x 获刑/x。)
      assert.deepEqual(names('董事王某、李某、赵某均被警告。前总经理季某某出庭受审。原总经理吴某获刑。董事长张某某公司'), ['王某', '李某', '赵某', '季某某', '吴某']);
      // …before what is done to them (罚款, 分别给予), in a list too; a locative after a verb is no name's (任职/前)
      assert.deepEqual(officials('对时任副总经理刘某某罚款人民币壹万伍仟元。对时任支行行长李某某、客户经理赵某某分别给予警告。在新任总经理任职前，由副总经理陈强代为履行').map((o) => [o.name, o.org]), [
        ['刘某某', undefined],
        ['李某某', undefined], // (支行 alone names no organization)
        ['赵某某', undefined],
        ['陈强', undefined],
      ]);
      // 均 (all) before what the listed did, 承诺 too (吴涛均承诺)
      assert.deepEqual(names('总经理陈雅琴及财务总监吴涛均承诺不减持'), ['陈雅琴', '吴涛']);
      // 等 closing a list after a name the segmenter cut up (黄/a 志/n 刚/d 等/u)
      assert.deepEqual(names('出席会议的有副市长王强、黄志刚等。'), ['王强', '黄志刚']);
    });

    it('reads Tibetan and Mongolian names after a title, whole, and in a list', () => {
      assert.deepEqual(names('林芝市市长旺堆介绍。市委书记次仁表示，主席洛桑江村表示'), ['旺堆', '次仁', '洛桑江村']);
      assert.deepEqual(names('盟长孟克巴雅尔表示，市长那仁高娃说'), ['孟克巴雅尔', '那仁高娃']);
      assert.deepEqual(names('鄂尔多斯市委副书记、市长阿拉腾敖其尔出席签约仪式'), ['阿拉腾敖其尔']);
      assert.deepEqual(names('自治区党委常委、副主席乌云格日勒出席签约仪式'), ['乌云格日勒']);
      assert.deepEqual(names('副主席多吉、旺堆次仁出席'), ['多吉', '旺堆次仁']);
      assert.deepEqual(names('州长尼玛旦真表示'), ['尼玛旦真']);
      // not without a title, nor before what no name is followed by
      assert.deepEqual(names('扎西说，格桑花开了'), []);
    });

    it('reads a name the segmenter keeps whole after a title: rare surnames, Japanese names', () => {
      assert.deepEqual(names('教育部部长怀进鹏在会上强调'), ['怀进鹏']);
      assert.deepEqual(names('总经理庹宗康表示'), ['庹宗康']);
      // (…the Naxi surname 和 too, whole before a list's pause; not 和 joining two titles or a title and a name)
      assert.deepEqual(names('文化和旅游厅副厅长和丽萍、杨建国出席。和丽萍表示'), ['和丽萍', '杨建国', '和丽萍']);
      assert.deepEqual(names('市长和副市长出席，董事长和总经理表示'), []);
      assert.deepEqual(names('新加坡国务资政李显龙访问中国'), ['李显龙']);
      // 均 (all) after the last of listed names, not after one (王建均 is a name); a Japanese name before a day
      assert.deepEqual(names('美国总统特朗普和俄罗斯总统普京均未出席会议。局长王建均表示'), ['特朗普', '普京', '王建均']);
      // a foreign name the segmenter knew whole ends before the word after it, whose first characters are transliteration's too (特朗普/nr 多次/m)
      assert.deepEqual(names('美国总统特朗普多次声称'), ['特朗普']);
      // …or ending a clause after a verb the segmenter took for a noun (会见/n 齐普策/x 。)
      assert.deepEqual(names('宝马集团董事长齐普策访问沈阳。省长王新伟会见齐普策。'), ['齐普策', '王新伟', '齐普策']);
      // a Japanese family name of a president (社长河合利树), a rare surname (闪辉)
      assert.deepEqual(names('东京电子社长河合利树称。高盛首席中国经济学家闪辉预计'), ['河合利树', '闪辉']);
      // a later mention the segmenter glued to the verb after it (刘运来/nr 到)
      assert.deepEqual(names('潍坊市委书记刘运调研。随后，刘运来到歌尔股份有限公司'), ['刘运', '刘运']);
      // …nor the adverb the segmenter cut off before a verb (汪涛/x 均/d 预计/vn: both expect)
      assert.deepEqual(names('瑞银中国首席经济学家汪涛均预计，四季度增速回升'), ['汪涛']);
      // …and 当 of 当日 the segmenter glued on (龚/nr 正当/a 日/m)
      assert.deepEqual(names('上海市市长龚正当日会见了丰田汽车社长'), ['龚正']);
      assert.deepEqual(names('执行董事兼副总裁韩冬表示。现年47岁的韩冬自2016年加入集团'), ['韩冬', '韩冬']); // 韩冬自/x
      assert.deepEqual(names('日本央行行长植田和男31日表示'), ['植田和男']);
      // (…before 也, or before 于 and a date the segmenter glued onto the given name: 小久保/宪一于/x 2025年)
      assert.deepEqual(names('松下电器(中国)有限公司总裁本间哲朗也出席了会议。日立(中国)有限公司董事长兼总裁小久保宪一于2025年2月26日拜访'), ['本间哲朗', '小久保宪一']);
      // a Japanese family name that is also a Chinese surname and a word (吉/野/隆/一: not 吉野隆)
      assert.deepEqual(names('吉野海运社长吉野隆一表示'), ['吉野隆一']);
      assert.deepEqual(names('吉野家控股社长河村泰贵表示'), ['河村泰贵']);
      // a rarer surname (束)
      assert.deepEqual(names('老乡鸡董事长束从轩表示，总裁束小龙说'), ['束从轩', '束小龙']);
      // a post taken, with 已 or 将 between (宋昌明已出任)
      assert.deepEqual(officials('宋昌明已出任南山铝业董事长').map((o) => [o.name, o.title, o.org]), [['宋昌明', '董事长', '南山铝业']]);
      assert.deepEqual(officials('公司董事、高级管理人员刘强先生辞职').map((o) => [o.name, o.title]), [['刘强', '董事、高级管理人员']]);
      // 利 is a surname too, but not in a word (利用, 利润)
      assert.deepEqual(names('中国人寿总裁利明光表示。董事长利用这次机会，总经理利润分配'), ['利明光']);
      assert.deepEqual(names('日本前首相岸田文雄表示'), ['岸田文雄']);
      assert.deepEqual(names('日本前首相安倍晋三遇刺'), ['安倍晋三']);
      assert.deepEqual(names('市长高度重视此事'), []);
      assert.deepEqual(names('客户经理黄先生每天打电话'), []);
    });

    it('reads several names after one title', () => {
      assert.deepEqual(names('独立董事赵晋荣先生、黄培女士发表意见'), ['赵晋荣', '黄培']);
      assert.deepEqual(names('出席会议的有副市长陈建国、刘红梅，以及各区负责人'), ['陈建国', '刘红梅']);
      assert.deepEqual(names('省领导王忠林、陈平、宋军继参加活动'), ['王忠林', '陈平', '宋军继']);
      assert.deepEqual(names('在省领导的关心下'), []);
      // A name followed by a title of its own is the next official's organization, not a name of the list.
      assert.deepEqual(officials('宁德时代董事长曾毓群、比亚迪董事长王传福共同出席论坛').map((o) => [o.name, o.org]), [
        ['曾毓群', '宁德时代'],
        ['王传福', '比亚迪'],
      ]);
    });

    it('sizes a name by segmenter boundaries and the words that follow names', () => {
      assert.deepEqual(names('常州市长费高云在会见百度副总裁王劲时说'), ['费高云', '王劲']);
      assert.deepEqual(names('小米集团董事长兼CEO雷军便在个人微博晒出订单。今年56岁的雷军一向被称为劳模'), ['雷军', '雷军']); // 雷军/x 便/d
      assert.deepEqual(names('董事长张勇不同意。总经理王强却表示反对'), ['张勇', '王强']);
      // surnames of Shandong, and their characters' words refused (初步, 展会)
      assert.deepEqual(names('潍坊市市长矫伟在会上讲话。烟台市副市长衣振说。董事长綦超称。总经理贲敏称。市长初步表示。展会开幕'), ['矫伟', '衣振', '綦超', '贲敏']);
      assert.deepEqual(names('秦淮数据集团首席执行官居静认为，居民收入增长'), ['居静']);
      // 和 is the name's before a one-character word that follows names, or speech; not before another name or a word
      assert.deepEqual(names('总裁周文和将出席会议。南通市长曹永和在上海。局长郑永和此前透露。市长王强和李明出席。董事长刘强和将军会面'), ['周文和', '曹永和', '郑永和', '王强', '刘强']);
      // …拟 (intends to), glued or not (段会/x 明拟/x), 于 after a Korean name (李在镕于/x), and 发表 whole (王宁/发表)
      assert.deepEqual(names('公司副总经理彭震拟减持。公司总裁段会明拟增持。会长李在镕于3月访华。董事长王宁发表演讲'), ['彭震', '段会明', '李在镕', '王宁']);
      assert.deepEqual(names('对时任总经理王芊处以800万元罚款。生产部经理刘振东处罚款8.5万元'), ['王芊', '刘振东']);
      // a transliterated name the segmenter cut after a surname's character (冯德/x 莱恩/nrt)
      assert.deepEqual(names('欧盟委员会主席冯德莱恩宣布。由董事长王强代为履行'), ['冯德莱恩', '王强']);
      assert.deepEqual(names('由首席会计官瓦伊巴夫·塔内贾接任'), ['瓦伊巴夫·塔内贾']);
      // (…a transliterated name glued to the title's last character: 首席财务/官津斯纳/x 和)
      assert.deepEqual(names('由首席财务官津斯纳和产品部门负责人霍尔索斯担任'), ['津斯纳', '霍尔索斯']);
      // a given character glued to the 代 of 代为 or 代行 (孙/明代/t 为履行)
      assert.deepEqual(names('由副行长孙明代为履行行长职责。由副总经理张明代行总经理职责'), ['孙明', '张明']);
      // …or after the title's last character glued to its first (部/长卢特/x 尼克/nrt); a Japanese family name a company bears, before a given name and 会长 (丰田章男)
      assert.deepEqual(officials('美国商务部长卢特尼克表示。股份，丰田章男会长未出席').map((o) => [o.name, o.title]), [['卢特尼克', '部长'], ['丰田章男', '会长']]);
      // a given name the segmenter took for a holiday, before a title of address (李/国庆/t 局长)
      assert.deepEqual(officials('李国庆局长说，项目进展顺利').map((o) => [o.name, o.title]), [['李国庆', '局长']]);
      // …or for dynasties, after a title (李/明清/t)
      assert.deepEqual(officials('局长李明清出席会议').map((o) => [o.name, o.title]), [['李明清', '局长']]);
      // …or for a time, though it names none (邵/明晓/t; not 于/近日)
      assert.deepEqual(names('首席财务官邵明晓透露。局长于近日表示'), ['邵明晓']);
      // the Party's committee of a city is the city's (中共济南市委书记)
      assert.deepEqual(officials('中共济南市委书记刘强出席').map((o) => [o.name, o.org]), [['刘强', '济南市']]);
      // a district before its deputy head's title is the organization, no name (章丘/nr 区/n 副区长)
      assert.deepEqual(officials('任命王强为章丘区副区长').map((o) => [o.name, o.org]), [['王强', '章丘区']]);
      // a quoted company before the title, not a quoted phrase
      assert.deepEqual(officials('「腾讯」总裁刘炽平表示。他说“我们要做好”董事长王强表示').map((o) => [o.name, o.org]), [['刘炽平', '腾讯'], ['王强', undefined]]);
      assert.deepEqual(names('中兴通讯股份有限公司总裁徐子阳一行'), ['徐子阳']);
      assert.deepEqual(names('宏达集团董事长王建林先生出席'), ['王建林']);
      assert.deepEqual(names('培训中心总监赵敏赵女士介绍'), ['赵敏']);
      assert.deepEqual(names('国家统计局副局长周建均透露'), ['周建均']);
      assert.deepEqual(names('董事长刘振志为大家介绍'), ['刘振志']);
    });

    it('takes the organization before the title whole: a registered name with a bracket (without its stock code), a zone, an office', () => {
      const orgs = (text: string) => officials(text).map((o) => o.org);
      assert.deepEqual(orgs('雪花啤酒(济南)有限公司董事长张伟表示'), ['雪花啤酒(济南)有限公司']);
      // a zone the segmenter does not take for a place (前海/f) starts the organization
      assert.deepEqual(orgs('前海管理局局长黄敏介绍'), ['前海管理局']);
      // …and a preposition glued to its unit (据市/x 财政局) does not; an office of a task the segmenter does not know (网信/x 办)
      assert.deepEqual(orgs('据市财政局副局长陈建宏介绍'), ['市财政局']);
      // …the 由 of who chairs a meeting too (由省/x 能源局), the province named before
      assert.deepEqual(orgs('山西省能源局召开会议。会议由省能源局副局长马建宏主持'), ['山西省能源局']);
      // nor does a stop word glued to it (另据市/x), nor a conjunction or adverb before it (此外/c, 随后/d 市/n 税务局)
      assert.deepEqual(orgs('另据市财政局预算处处长张晓燕介绍。此外市税务局副局长赵红梅表示。随后市税务局局长徐海波介绍'), ['市财政局预算处', '市税务局', '市税务局']);
      // an office named by its task the segmenter tags as a verb (支付/v 中心, 预算/v 司)
      assert.deepEqual(orgs('财政部国库支付中心副主任杨晓明表示。预算司司长刘伟表示'), ['财政部国库支付中心', '预算司']);
      assert.deepEqual(orgs('日本贸易振兴机构理事长王强说。中国农业科学院育种研究中心主任王守才说。海珠区改造指挥部总指挥陈汉杰说'), ['日本贸易振兴机构', '中国农业科学院育种研究中心', '海珠区改造指挥部']);
      assert.deepEqual(orgs('省疾病预防控制中心主任徐爱强介绍。中国造纸协会理事长赵伟认为'), ['省疾病预防控制中心', '中国造纸协会']);
      // a place's 的 before the title (济南市的市长), not a common noun's (市场的总监)
      assert.deepEqual(orgs('济南市的市长于海田出席。市场的总监王强说'), ['济南市', undefined]);
      // a numbered bureau of a state-owned group (中铁/十一/m 局) before its branch
      assert.deepEqual(orgs('中铁十一局福建分公司总经理赵勇介绍'), ['中铁十一局福建分公司']);
      // a stock name keeps its star; an office of audiovisual content (视听/v 司)
      assert.deepEqual(officials('*ST高鸿现任董事长付义伟表示。国家广播电视总局视听司司长冯胜勇表示').filter((o) => o.title !== undefined && o.org).map((o) => [o.name, o.org]), [
        ['付义伟', '*ST高鸿'],
        ['冯胜勇', '国家广播电视总局视听司'],
      ]);
      // a project is no organization (项目党支部书记, 项目总监)
      assert.deepEqual(officials('项目党支部书记刘建国介绍。项目总监李春阳介绍').map((o) => [o.name, o.title, o.org]), [['刘建国', '党支部书记', undefined], ['李春阳', '项目总监', undefined]]);
      assert.deepEqual(orgs('国家网信办副主任牛一兵表示'), ['国家网信办']);
      // a court's act before it is not the organization's; a registered name before a former title is
      assert.deepEqual(orgs('法院宣判浙江省原副省长刘杰受贿案'), ['浙江省']);
      assert.deepEqual(orgs('法院公开宣判原副省长刘杰受贿案'), [undefined]);
      assert.deepEqual(orgs('山东能投水电开发有限公司原董事长刘晓东被查'), ['山东能投水电开发有限公司']);
      // a former official listed after another shares the organization
      assert.deepEqual(orgs('华能集团原总经理孙立、原副总经理陈明被查'), ['华能集团', '华能集团']);
      // and before 前任, 时任, 现任 as before 原, and before 前 (日本前首相)
      assert.deepEqual(orgs('中国银行前任行长刘金表示，红星集团现任董事长张国强说'), ['中国银行', '红星集团']);
      // …and before which holder of it one is (第三任)
      assert.deepEqual(orgs('宏达纸业第三任董事长钱卫国说'), ['宏达纸业']);
      assert.deepEqual(orgs('孟庆伟辞职，现由副董事长、总裁杜宏亮主持工作'), [undefined]);
      assert.deepEqual(orgs('日本前首相岸田文雄说。美国前总统奥巴马表示。日本外相林芳正表示'), ['日本', '美国', '日本']);
      // a town's or street's name the segmenter cut into words (七里/m 山/n 街道, 大/a 集/镇党委书记, 人/n 和/c 街道)
      assert.deepEqual(orgs('七里山街道党工委书记黄建军调研。大集镇党委书记刘振华说。人和街道党工委书记李明说'), ['七里山街道', '大集镇', '人和街道']);
      // …and a district's or a new area's (增/v 城区/n, 贵/a 安/v 新区, 临港/ns 新/a 片区); a county's may be of one character (曹县)
      assert.deepEqual(orgs('增城区副区长陈舒说。贵安新区党工委副书记娄世杰说。临港新片区党工委书记周卫东说。据曹县县委书记朱玉玉介绍'), ['增城区', '贵安新区', '临港新片区', '曹县']);
      // …its first character tagged as a name, after a pause where no person's name stands (刘红、麦/nr 积/v 区/n 副区长)
      assert.deepEqual(orgs('秦州区区长刘红、麦积区副区长马俊等8位区县负责人也轮流上台'), ['秦州区', '麦积区']);
      assert.deepEqual(orgs('中国平安保险（集团）股份有限公司董事长马明哲说'), ['中国平安保险（集团）股份有限公司']);
      assert.deepEqual(orgs('紫金矿业集团股份有限公司(601899)董事长陈景河称'), ['紫金矿业集团股份有限公司']);
      assert.deepEqual(orgs('盛达新材（６０３８８８）董事会秘书王刚表示'), ['盛达新材']);
      assert.deepEqual(orgs('香港交易及结算所有限公司（00388）行政总裁陈翊庭表示'), ['香港交易及结算所有限公司']);
      assert.deepEqual(orgs('建设银行湖南省分行党委书记、行长刘伟表示'), ['建设银行湖南省分行']);
    });

    it('reads a unit or a region between two titles as the second title\'s, the organization before the first', () => {
      const titled = (text: string) => officials(text).map((o) => [o.title, o.org]);
      assert.deepEqual(titled('腾讯游戏副总裁、天美工作室群总裁姚晓光透露'), [['副总裁、天美工作室群总裁', '腾讯游戏']]);
      assert.deepEqual(titled('阿斯利康执行副总裁、中国总裁王磊出席'), [['执行副总裁、中国总裁', '阿斯利康']]);
      assert.deepEqual(titled('阿斯利康全球执行副总裁、国际业务总裁林骁表示'), [['全球执行副总裁、国际业务总裁', '阿斯利康']]);
      // (…and two units under one title, joined by 及: 国际业务及中国总裁)
      assert.deepEqual(titled('阿斯利康全球执行副总裁、国际业务及中国总裁孙启航表示'), [['全球执行副总裁、国际业务及中国总裁', '阿斯利康']]);
      assert.deepEqual(titled('三明中院副院长、审判委员会委员郭明华出席'), [['副院长、审判委员会委员', '三明中院']]);
      assert.deepEqual(titled('济钢集团工会副主席、女工委主任李娜说'), [['副主席、女工委主任', '济钢集团工会']]);
      assert.deepEqual(titled('金管会副主委陈彦良补充指出'), [['副主委', '金管会']]);
      assert.deepEqual(titled('合全药业副总经理兼法务负责人刘强表示'), [['副总经理兼法务负责人', '合全药业']]);
      // a platform's city manager, a chief IP officer
      assert.deepEqual(titled('饿了么青岛城市经理孙海涛介绍。爱立信首席知识产权官李娜表示'), [['城市经理', '饿了么青岛'], ['首席知识产权官', '爱立信']]);
      assert.deepEqual(titled('OpenAI首席研究官Mark Chen负责研究'), [['首席研究官', 'OpenAI']]);
      // (an adjective of one character the segmenter cut off an unknown name: 新/a 发地/x 市场统计部)
      assert.deepEqual(titled('据新发地市场统计部经理刘国栋介绍'), [['经理', '新发地市场统计部']]);
      // …or after a province that starts the body's name (贵州省/大/a 数据…), and a body's task 集中 (集中/v 采购)
      assert.deepEqual(titled('贵州省大数据发展管理局局长吴晓燕，湖北省药械集中采购服务中心主任吴建新出席'), [['局长', '贵州省大数据发展管理局'], ['主任', '湖北省药械集中采购服务中心']]);
      // a name the segmenter made a word and a character of, before a list's pause (副局长/方向/n 东/ns、周颖)
      assert.deepEqual(officials('浙江省能源局局长黄建平，副局长方向东、周颖出席。方向东介绍').map((o) => [o.name, o.title]), [
        ['黄建平', '局长'],
        ['方向东', '副局长'],
        ['周颖', '副局长'],
        ['方向东', '副局长'],
      ]);
      // a surname glued to the title's last character, not with the speech after the name (官钟/x 铮/a 称/v)
      assert.deepEqual(names('美的集团副总裁兼首席财务官钟铮称，库卡将保持独立运营'), ['钟铮']);
      // not over the last character of the previous official's name glued to 及 (胡楚/x 天及/x)
      assert.deepEqual(titled('武汉优品科技有限公司董事长胡楚天及武汉市东湖高新区管委会副主任李红共同敲响开市宝钟'), [['董事长', '武汉优品科技有限公司'], ['副主任', '武汉市东湖高新区管委会']]);
      // a mine's and a plant's heads, and units of a plant named by their task whatever its tag (冷轧/v 车间主任)
      assert.deepEqual(titled('南屯煤矿矿长赵文博说。焊接车间工段长张敏说。装配车间班组长赵磊说'), [['矿长', '南屯煤矿'], ['工段长', '焊接车间'], ['班组长', '装配车间']]);
      assert.deepEqual(titled('南山铝业冷轧车间主任孙志强说。南山铝业冷轧厂总经理王刚说'), [['主任', '南山铝业冷轧车间'], ['总经理', '南山铝业冷轧厂']]);
      // not where the place is (公司所在地)
      assert.deepEqual(titled('公司所在地聊城市副市长张明表示'), [['副市长', '聊城市']]);
      // nor a word of reporting (另据/x 市长)
      assert.deepEqual(titled('另据市长李明介绍'), [['市长', undefined]]);
      // a district's standing committee member, as a city's and a county's
      assert.deepEqual(titled('历城区委常委、常务副区长马立军表示'), [['区委常委、常务副区长', '历城区']]);
      assert.deepEqual(titled('市统计局总统计师王建国表示'), [['总统计师', '市统计局']]);
      // acting (代) and a prefecture's deputy commissioner; not the 代 of 宁德时代
      assert.deepEqual(titled('凯乐科技代董事长黄忠表示，和田地区副专员李明说，宁德时代董事长兼CEO曾毓群出席'), [['代董事长', '凯乐科技'], ['副专员', '和田地区'], ['董事长兼CEO', '宁德时代']]);
      // a unit alone before a title is the one the text named last (市政协委员 after 济南市市长)
      assert.deepEqual(titled('济南市市长于海田出席。市政协委员王建国表示'), [['市长', '济南市'], ['政协委员', '济南市']]);
      // a board's and a supervisory board's seats, a chief analyst
      assert.deepEqual(titled('会议还选举吕向阳为非独立董事'), [['非独立董事', undefined]]);
      assert.deepEqual(titled('股东大会选举刘道君为公司第九届监事会非职工代表监事'), [['非职工代表监事', '监事会']]);
      assert.deepEqual(titled('中信证券首席策略分析师张明表示'), [['首席策略分析师', '中信证券']]);
      assert.deepEqual(titled('中信证券首席金融分析师陈启明认为'), [['首席金融分析师', '中信证券']]);
      assert.deepEqual(titled('高盛首席中国股票策略师刘劲津表示'), [['首席中国股票策略师', '高盛']]);
      assert.deepEqual(titled('库迪咖啡首席策略官李颖波表示'), [['首席策略官', '库迪咖啡']]);
      assert.deepEqual(titled('泰山队主帅崔康熙表示'), [['主帅', '泰山队']]);
      // river and forest chiefs, with the level of their office
      assert.deepEqual(titled('河长孙修炜主持会议。齐河县委书记、县级总河长王刚出席'), [['河长', undefined], ['县委书记、县级总河长', '齐河县']]);
      // …but no 林长 inside a name right after another title: 副省长林长海 (not 海率省 with org 副省长, nor nothing)
      assert.deepEqual(titled('省委常委、副省长林长海率省应急管理厅调研，副总林长刘强出席'), [['省委常委、副省长', undefined], ['副总林长', undefined]]);
      assert.deepEqual(names('副省长林长海出席。副省长林长表示'), ['林长海']);
      // 会同 joins two officials: the second's organization is not the first
      assert.deepEqual(titled('区委书记王兴会同区长李勇考察'), [['区委书记', undefined], ['区长', undefined]]);
      // a given name the segmenter took for an adjective after the title's glued last character (首席财务/官孙/x 宏伟/a)
      assert.deepEqual(titled('潍柴动力股份有限公司首席财务官孙宏伟说'), [['首席财务官', '潍柴动力股份有限公司']]);
      // …or for an adverb, before what follows names (代理首席财务/官王/x 刚/d 介绍)
      assert.deepEqual(officials('君实生物代理首席财务官王刚介绍').map((o) => [o.name, o.title]), [['王刚', '代理首席财务官']]);
      // …or before a form of address (首席财务/官钟/x 薇/g 女士)
      assert.deepEqual(officials('出席的有副总裁兼首席财务官钟薇女士，董事会秘书许明辉先生').map((o) => [o.name, o.title]), [['钟薇', '副总裁兼首席财务官'], ['许明辉', '董事会秘书']]);
      assert.deepEqual(titled('潍柴动力物流总监孙宏伟说'), [['物流总监', '潍柴动力']]);
      assert.deepEqual(names('会议选举梁稳根为董事长'), ['梁稳根']);
      // …and one whose surname and first given character the segmenter took for a noun (王家/n 阅为/x), or with the rare surname 淦
      assert.deepEqual(names('公司任命王家阅为总裁。公告任命淦家阅为行政总裁'), ['王家阅', '淦家阅']);
      // …or on one whose last character it glued to the 为 (王道/nr 明为/v)
      assert.deepEqual(names('决定任命王道明为济南市副市长、代理市长。王道明此前任淄博市委书记'), ['王道明', '王道明']);
      // …or read as a company with it (委任周正/nr 华为公司/nt 首席财务官)
      assert.deepEqual(names('董事会同意委任周正华为公司首席财务官。公告显示，周正华现年48岁'), ['周正华', '周正华']);
      assert.deepEqual(names('公司任命王家为总裁'), []);
      // names the segmenter cut oddly after a title: the title's last character and the name's first two as a word (董事/长程力/n 军/n),
      // a name taken for a place word (林中/s, in the woods) before what a person does, the last character glued to an adverb (许家/m 印已/x)
      assert.deepEqual(names('党委书记、董事长程力军表示。旭辉集团董事长林中当日未出席。原董事局主席许家印已被采取强制措施'), ['程力军', '林中', '许家印']);
      assert.deepEqual(names('董事长林中散步'), []);
      // the names a heading of removals lists, one a line, the verb alone on its line after the item's number (二、免去⏎…)
      assert.deepEqual(names('二、免去\n张伟的省文化和旅游厅资源开发处处长职务（另有任用）；\n孙建军的省文化馆副馆长职务（到龄退休）。'), ['张伟', '孙建军']);
      // (…with 决定 before it, the name's given name a holiday's: 赵/nr 国庆/t)
      assert.deepEqual(officials('三、决定免去\n赵国庆的江州市人民政府副市长职务。').map((o) => [o.name, o.title, o.org]), [['赵国庆', '副市长', '江州市人民政府']]);
      // (…not a verb ending a line of prose: 会议决定免去⏎…)
      assert.deepEqual(names('这次会议没有免去\n张伟的职务。'), []);
      // a surname the segmenter made a word with the title's 官 (首席执行/官方/n 睿/nrt)
      assert.deepEqual(names('声浪音乐首席执行官方睿在接受记者采访时表示'), ['方睿']);
      // a compound surname the segmenter took for a place, removed from a post (免去欧阳/ns 志远的…厅长职务)
      assert.deepEqual(names('免去欧阳志远的湖南省自然资源厅厅长职务'), ['欧阳志远']);
      // 原 and a verb before a title are no name of address when the title's holder is named after it (原执行副总经理佐藤健一)
      assert.deepEqual(names('接替任期届满的原执行副总经理佐藤健一。王海书记批示'), ['佐藤健一', '王海']);
      // a name listed before 及 and the next person's title keeps the list's title (潘政民、吴春媛及独立非执行董事张宏江)
      assert.deepEqual(officials('执行董事潘政民、吴春媛及独立非执行董事张宏江将离任').map((o) => [o.name, o.title]), [['潘政民', '执行董事'], ['吴春媛', '执行董事'], ['张宏江', '独立非执行董事']]);
      // 由 (by) the segmenter glued onto the name of who takes the post (代表/由林小芸/x 担任, 董事长/由凌忠/x 嫄/zg 接任)
      assert.deepEqual(names('证券事务代表由林小芸担任。董事长由凌忠嫄接任'), ['林小芸', '凌忠嫄']);
      // …and before 和 or 与 (副局长刘洋、王建华和代理总畜牧师赵明)
      assert.deepEqual(officials('副局长刘洋、王建华和代理总畜牧师赵明到场').map((o) => [o.name, o.title]), [['刘洋', '副局长'], ['王建华', '副局长'], ['赵明', '代理总畜牧师']]);
      // (…but not a bureau's first words, its name going on over 和: 区教育和体育局局长)
      assert.deepEqual(officials('副区长王丽娟、区教育和体育局局长赵志刚回答了提问').map((o) => [o.name, o.title]), [['王丽娟', '副区长'], ['赵志刚', '局长']]);
      // (a title's characters inside a word after the last name are none: 在主席台/n 就座)
      assert.deepEqual(names('大会执行主席罗志坚、谢雨晴、欧阳明德在主席台前排就座'), ['罗志坚', '谢雨晴', '欧阳明德']);
      // a given name's 人 the segmenter took with the speech after it (官周靖/x 人称/n ，)
      assert.deepEqual(names('阿里云首席技术官周靖人称，通义千问将开源'), ['周靖人']);
      // an adverb of all glued onto the name's last character (黄调/x 贵均/x, 陈佳文均/x), not a compound surname's fourth (欧阳建平)
      assert.deepEqual(names('董事长黄调贵均表示。总经理陈佳文均出席。董事长欧阳建平表示'), ['黄调贵', '陈佳文', '欧阳建平']);
      // (…a third glued to 均 before any verb: 周群/x 飞均/x 谈到)
      assert.deepEqual(names('蓝思科技董事长周群飞均谈到关税的影响'), ['周群飞']);
      // (…or the first character of staying in the post: 陈泰铭续/x 任; Taiwan's 投资长)
      assert.deepEqual(names('国巨董事长陈泰铭续任。凯基证券投资长陈建宏预期'), ['陈泰铭', '陈建宏']);
      // (…a dotted name after the 的 of a describing title and a nationality: 的乔·克里德, 的英国人戴维·米勒)
      assert.deepEqual(names('今年5月接任首席执行官的乔·克里德表示。亚太区总裁的英国人戴维·米勒说'), ['乔·克里德', '戴维·米勒']);
      // (…and a Malaysian honorific between the title and the name: 丹斯里, 拿督)
      assert.deepEqual(names('首席执行官丹斯里阿兹曼·拉希德在内部讲话。阿兹曼·拉希德表示'), ['阿兹曼·拉希德', '阿兹曼·拉希德']);
      // (…and before a transliterated name without its dot: 拿督斯里阿兹曼说; 司长助理; a name of three ending in 则 before speech is two: 金秉则表示)
      assert.deepEqual(officials('首席执行官拿督斯里阿兹曼说，国家能源局电力司司长助理韩雪松表示，首席财务官金秉则表示').map((o) => [o.name, o.title]), [
        ['阿兹曼', '首席执行官'],
        ['韩雪松', '司长助理'],
        ['金秉', '首席财务官'],
      ]);
      // (…and a dotted name's last character before 与, which the segmenter read as a verb: 哈马德·苏/j 莱/ns 提/v 与)
      assert.deepEqual(names('首席执行官哈马德·苏莱提与中国石化集团签约'), ['哈马德·苏莱提']);
      // (…and 未, not: 李在镕未/x 出席)
      assert.deepEqual(names('会长李在镕未出席当天的说明会'), ['李在镕']);
      // a compound surname the segmenter took for a place, listed after the first name (、欧阳/ns 建平/n)
      assert.deepEqual(names('副市长王刚、欧阳建平出席'), ['王刚', '欧阳建平']);
      // two titles joined by a 兼 the segmenter glued onto the first (副/总裁兼/j 首席财务官)
      assert.deepEqual(officials('海航控股聘任李维艰为副总裁兼首席财务官').map((o) => [o.name, o.title]), [['李维艰', '副总裁兼首席财务官']]);
    });

    it('reads chief officers of every kind and co- titles (首席医学官, 联席首席执行官)', () => {
      assert.deepEqual(officials('首席医学官郑晓明介绍').map((o) => [o.name, o.title]), [['郑晓明', '首席医学官']]);
      assert.deepEqual(officials('联席首席执行官杨青表示').map((o) => [o.name, o.title]), [['杨青', '联席首席执行官']]);
      assert.deepEqual(officials('高盛首席中国经济学家单辉指出').map((o) => [o.name, o.title, o.org]), [['单辉', '首席中国经济学家', '高盛']]);
      // Coined ones no lexicon lists, the assistant to any post, and a chief justice (no 法官 of 首席大).
      assert.deepEqual(officials('公司副总经理、首席低碳官赵文华在交流中表示').map((o) => [o.name, o.title]), [['赵文华', '副总经理、首席低碳官']]);
      assert.deepEqual(officials('中信证券首席经济学家助理王晓蕾则认为').map((o) => [o.name, o.title, o.org]), [['王晓蕾', '首席经济学家助理', '中信证券']]);
      assert.deepEqual(officials('美国首席大法官约翰·罗伯茨表示').map((o) => [o.name, o.title, o.org]), [['约翰·罗伯茨', '首席大法官', '美国']]);
      assert.deepEqual(officials('首席官员表示，助理王晓蕾说'), []);
    });

    it('reads a given name that doubles its surname before speech (明明/t 认为), not an adverb (常常/d 说)', () => {
      assert.deepEqual(names('中信证券首席经济学家明明认为，董事长常常说'), ['明明']);
      // (…or an analyst's forecast: 明明/t 预计)
      assert.deepEqual(names('首席经济学家明明预计，降息仍有空间'), ['明明']);
      assert.deepEqual(names('首席经济学家明明分别就信用债配置发表观点'), ['明明']);
      // (…and its later mention before what it forecasts: 明明预计)
      assert.deepEqual(names('首席经济学家明明表示。年报季愈发明显，明明预计上半年板块'), ['明明', '明明']);
      // a given name the segmenter took for an adverb after the title's last character glued to the surname (武汉/市/长钱/x 立新/d)
      assert.deepEqual(officials('武汉市长钱立新5月6日调研东风公司').map((o) => [o.name, o.title, o.org]), [['钱立新', '市长', '武汉市']]);
      // (…or an adverb of all between: 明明/t 则/d 认为, not 明明则)
      assert.deepEqual(names('首席经济学家明明则认为，降息仍有空间'), ['明明']);
      assert.deepEqual(names('首席经济学家明明此前表示，降息仍有空间'), ['明明']);
    });

    it('keeps what a title is in charge of in the title, not the organization (分管副市长, 安全副总经理, 主要负责人, 首任厂长)', () => {
      const read = (text: string) => officials(text).map((o) => [o.name, o.title, o.org]);
      assert.deepEqual(read('醴陵市人民政府分管副市长易红受到处分'), [['易红', '分管副市长', '醴陵市人民政府']]);
      assert.deepEqual(read('金泰煤业安全副总经理冯立群负有直接责任'), [['冯立群', '安全副总经理', '金泰煤业']]);
      assert.deepEqual(read('对企业主要负责人赵建军罚款。首任厂长李振华说'), [
        ['赵建军', '主要负责人', undefined],
        ['李振华', '首任厂长', undefined],
      ]);
      // a bare 医院 is no organization, as a bare 公司 is none
      assert.deepEqual(read('医院院长王健表示'), [['王健', '院长', undefined]]);
    });

    it('keeps adjectives and verbs of a body\'s name in the organization (国家卫生/an 健康/a 委员会, 中国演出/v 行业协会)', () => {
      assert.deepEqual(officials('国家卫生健康委员会主任雷海潮表示').map((o) => o.org), ['国家卫生健康委员会']);
      assert.deepEqual(officials('中国演出行业协会会长冯浩然说').map((o) => o.org), ['中国演出行业协会']);
      // what a utility supplies, a press or a farm does (供水/n 排水/v 协会, 数字/n 出版/v 协会, 水稻/n 种植/v 专业合作社)
      assert.deepEqual(officials('中国城镇供水排水协会秘书长刘国华指出').map((o) => o.org), ['中国城镇供水排水协会']);
      assert.deepEqual(officials('五常市兴农水稻种植专业合作社理事长李春生介绍').map((o) => o.org), ['五常市兴农水稻种植专业合作社']);
      assert.deepEqual(officials('中国音像与数字出版协会游戏出版工作委员会秘书长郑锦华称').map((o) => o.org), ['中国音像与数字出版协会游戏出版工作委员会']);
      // and a bureau's name joined with 和 after a verb or a phrase (住房保障/v 和, 自然资源/l 和)
      assert.deepEqual(officials('郑州市住房保障和房地产管理局局长张建伟说').map((o) => o.org), ['郑州市住房保障和房地产管理局']);
      assert.deepEqual(officials('郑州市自然资源和规划局局长孙立新说').map((o) => o.org), ['郑州市自然资源和规划局']);
      assert.deepEqual(officials('深圳市科技创新局局长张林表示').map((o) => o.org), ['深圳市科技创新局']);
      // an ordinal, and 和 before a department (司) after a word the segmenter tags nz
      assert.deepEqual(officials('济南市第一中学校长刘海涛说').map((o) => o.org), ['济南市第一中学']);
      // a Japanese company's representative director (代表取缔役副社长), and a committee's field before it whatever its tag (澳电/执行/v 委员会)
      assert.deepEqual(officials('东丽株式会社代表取缔役副社长田中浩司致辞。澳电执行委员会主席梁振辉表示').map((o) => [o.name, o.title, o.org]), [
        ['田中浩司', '代表取缔役副社长', '东丽株式会社'],
        ['梁振辉', '主席', '澳电执行委员会'],
      ]);
      // (a Hong Kong school's supervisor, 校监, beside its principal)
      assert.deepEqual(officials('仁爱书院校监陈国辉及校长罗志强出席').map((o) => [o.name, o.title, o.org]), [['陈国辉', '校监', '仁爱书院'], ['罗志强', '校长', '仁爱书院']]);
      assert.deepEqual(officials('济南市公共就业服务中心主任赵丽娟说').map((o) => o.org), ['济南市公共就业服务中心']);
      assert.deepEqual(officials('生态环境部应对气候变化司司长夏应显说').map((o) => o.org), ['生态环境部应对气候变化司']);
      // and the words of a promotion society, a review centre, a bureau's tasks and an expressway's police the segmenter tags as verbs
      assert.deepEqual(officials('中国医药创新促进会执行会长宋瑞霖表示，国家药监局药品审评中心主任李明说').map((o) => o.org), ['中国医药创新促进会', '国家药监局药品审评中心']);
      assert.deepEqual(officials('工业和信息化部运行监测协调局局长王强说，金华高速交警支队副支队长陈立新说').map((o) => o.org), ['工业和信息化部运行监测协调局', '金华高速交警支队']);
      assert.deepEqual(officials('洛阳市文化广电和旅游局局长李哲说').map((o) => o.org), ['洛阳市文化广电和旅游局']);
      // a resort hotel's 度假, which the segmenter tags a verb
      assert.deepEqual(officials('三亚海棠湾万豪度假酒店总经理李文涛介绍').map((o) => o.org), ['三亚海棠湾万豪度假酒店']);
      // …and an auction house's 拍卖; but a task alone, where the walk stopped at a name before it, is no organization
      assert.deepEqual(officials('张益修（保利香港拍卖总经理）出席。韩国首尔拍卖执行董事沈美成说').map((o) => o.org), ['保利香港拍卖', undefined]);
      assert.deepEqual(officials('文化和旅游部市场管理司司长刘克智说').map((o) => o.org), ['文化和旅游部市场管理司']);
    });

    it('reads the chief agronomist, the accounting signatories of a report and a trade negotiator', () => {
      assert.deepEqual(officials('主任助理李明介绍。贝壳研究院首席市场分析师许小乐表示。村党总支书记王振华介绍').map((o) => [o.name, o.title]), [
        ['李明', '主任助理'],
        ['许小乐', '首席市场分析师'],
        ['王振华', '党总支书记'],
      ]);
      assert.deepEqual(officials('四川省农业农村厅总农艺师刘永红介绍。主管会计工作负责人林世伟保证。国际贸易谈判副代表凌激出席').map((o) => [o.name, o.title]), [
        ['刘永红', '总农艺师'],
        ['林世伟', '主管会计工作负责人'],
        ['凌激', '国际贸易谈判副代表'],
      ]);
    });

    it('reads a position given after the name: by a copula glued on (李明系/x), 现为, 作为, or after a comma with its organization (济南/市委书记, 该公司)', () => {
      assert.deepEqual(officials('李明系浪潮集团董事长。王强现为浪潮集团董事长。赵刚作为浪潮集团总裁出席').map((o) => [o.name, o.title, o.org]), [
        ['李明', '董事长', '浪潮集团'],
        ['王强', '董事长', '浪潮集团'],
        ['赵刚', '总裁', '浪潮集团'],
      ]);
      // Taiwan's neighbourhood chief (里长) holds a post; a length in 公里 before 长 is none
      assert.deepEqual(officials('台中市南屯区春社里里长林美玉自掏腰包。这条路有10公里长张家口方向').map((o) => [o.name, o.title]), [['林美玉', '里长']]);
      assert.deepEqual(officials('刘强，济南市委书记。陈刚，该公司董事长，出席会议。王长顺，该村村主任，出席会议').map((o) => [o.name, o.title, o.org]), [
        ['刘强', '市委书记', '济南市'],
        ['陈刚', '董事长', undefined],
        ['王长顺', '村主任', undefined],
      ]);
      // …after a dash too
      assert.deepEqual(officials('王健林——大连万达集团股份有限公司董事长，近日被限制消费').map((o) => [o.name, o.title, o.org]), [['王健林', '董事长', '大连万达集团股份有限公司']]);
      // …and between two dashes
      assert.deepEqual(officials('黄仁勋——英伟达创始人兼首席执行官——10月28日在大会上透露').map((o) => [o.name, o.title, o.org]), [['黄仁勋', '创始人兼首席执行官', '英伟达']]);
      // a dotted foreign name, longer than four, the last of a list after 以及 too
      assert.deepEqual(officials('托马斯·格林，曼联首席执行官，周二在发布会上说').map((o) => [o.name, o.title, o.org]), [['托马斯·格林', '首席执行官', '曼联']]);
      assert.deepEqual(officials('外方嘉宾包括：罗伯特·韦恩，陶氏公司亚太区总裁；以及卡尔·海因茨，拜耳中国总经理。').map((o) => o.name), ['罗伯特·韦恩', '卡尔·海因茨']);
      // …after a closing quote too
      assert.deepEqual(officials('“变成看演出。”梁建章，携程集团联合创始人、董事局主席，2025年6月18日在论坛上表示').map((o) => [o.name, o.title, o.org]), [
        ['梁建章', '联合创始人、董事局主席', '携程集团'],
      ]);
      assert.deepEqual(officials('我们将其作为重点。公司作为龙头企业'), []);
      // a post held then or before (时任, 曾任)
      assert.deepEqual(officials('张宏伟时任东方集团董事长，李明曾任济南市副市长').map((o) => [o.name, o.title, o.org]), [
        ['张宏伟', '董事长', '东方集团'],
        ['李明', '副市长', '济南市'],
      ]);
    });

    it('reads the heads of a project headquarters (指挥长, 常务副指挥长)', () => {
      assert.deepEqual(officials('指挥长刘建国介绍。指挥部常务副指挥长吉林在合龙现场说').map((o) => [o.name, o.title, o.org]), [
        ['刘建国', '指挥长', undefined],
        ['吉林', '常务副指挥长', '指挥部'],
      ]);
    });

    it('joins two titles of one person across a project (董事长兼AG600项目总指挥)', () => {
      assert.deepEqual(officials('航空工业通飞董事长兼AG600项目总指挥黄领才说').map((o) => [o.name, o.title, o.org]), [['黄领才', '董事长兼AG600项目总指挥', '航空工业通飞']]);
    });

    it('joins two titles of one person with 兼 glued to the first (副/总裁兼/j 跑步事业部总经理)', () => {
      assert.deepEqual(officials('特步集团副总裁兼跑步事业部总经理林志远表示').map((o) => [o.name, o.title, o.org]), [['林志远', '副总裁兼跑步事业部总经理', '特步集团']]);
    });

    it('reads the office before an academic or medical title of the same person (院长、中国科学院院士王伟林)', () => {
      assert.deepEqual(officials('该院院长、中国科学院院士王伟林表示').map((o) => [o.name, o.title]), [['王伟林', '院长']]);
      assert.deepEqual(officials('兰州大学经济学院副院长、教授王必达说').map((o) => [o.name, o.title]), [['王必达', '副院长']]);
      // but an academic title alone is no office, and a verb glued to a name of three is not the name's (樊富珉任/x)
      assert.deepEqual(names('中国工程院院士李四说'), []);
      assert.deepEqual(names('清华大学心理学系副主任、博士生导师樊富珉任项目负责人'), ['樊富珉']);
      // nor is owning the company (、实际控制人): the office before it names the person
      assert.deepEqual(officials('公司时任董事长、实际控制人周国平被罚款').map((o) => [o.name, o.title]), [['周国平', '董事长']]);
      assert.deepEqual(officials('华晟集团董事长、公司实际控制人邵振华被限制高消费').map((o) => [o.name, o.title, o.org]), [['邵振华', '董事长', '华晟集团']]);
      assert.deepEqual(names('实际控制人周国平'), []);
    });

    it('reads a name\'s own 和 before speech or a pause (植田和男表示, 十仓雅和称), not 和 between two people', () => {
      assert.deepEqual(names('日本央行行长植田和男表示。经团联会长十仓雅和称'), ['植田和男', '十仓雅和']);
      // …or its form of address (主席吕志和博士表示)
      assert.deepEqual(names('同比增长41%。主席吕志和博士表示'), ['吕志和']);
      // …or before what may follow a foreign name (植田/和/男 随后表示)
      assert.deepEqual(names('行长植田和男随后表示将关注关税影响'), ['植田和男']);
      // …and before the day one did something, not before a count (王强和3位专家)
      assert.deepEqual(names('科技部副部长程立和5月15日在合肥出席。副部长王强和3位专家出席'), ['程立和', '王强']);
      assert.deepEqual(names('副局长徐景和出席会议'), ['徐景和']);
      assert.deepEqual(names('市长张明和副市长李强出席'), ['张明', '李强']);
    });

    it('reads a surname glued to a title\'s last character as a place (董事/长江/ns 毅/nr), not a place\'s bridge (万州/长江/ns 二桥)', () => {
      assert.deepEqual(names('党组书记、董事长江毅表示，江毅透露'), ['江毅', '江毅']);
      // a given name cut into two characters before speech (董事/长江/ns 淦/zg 钧/q 表示)
      assert.deepEqual(names('索菲亚董事长江淦钧表示'), ['江淦钧']);
      assert.deepEqual(names('万州长江二桥上发生事故'), []);
    });

    it('reads 副总队长 and a title glued to a compound surname (审判/长孙/ns 慧敏/x), not a name made anonymous (法定代表/人肖某/x)', () => {
      assert.deepEqual(officials('经侦总队副总队长钱永明介绍').map((o) => [o.name, o.title, o.org]), [['钱永明', '副总队长', '经侦总队']]);
      assert.deepEqual(names('审判长孙慧敏宣读判决'), ['孙慧敏']);
      assert.deepEqual(names('该公司法定代表人肖某已被采取刑事强制措施'), []);
    });

    it('reads a name whose surname the segmenter glued to the title\'s last character as an adverb (济南市/长于/d 海田)', () => {
      assert.deepEqual(officials('济南市长于海田会见客人').map((o) => [o.name, o.title, o.org]), [['于海田', '市长', '济南市']]);
      assert.deepEqual(names('董事长于近日退休'), []);
    });

    it('shares the previous official\'s organization only within one unit (济阳区委书记王健，副市长张晓峰)', () => {
      assert.deepEqual(officials('济阳区委书记王健，副市长张晓峰出席').map((o) => o.org), ['济阳区', undefined]);
    });

    it('takes the place of a bare unit title\'s unit from the paragraph when no title named it (平度市召开…，市委书记刘宏)', () => {
      assert.deepEqual(officials('平度市召开一季度经济运行分析会，市委书记刘宏、市长丁国华出席。').map((o) => [o.name, o.org]), [['刘宏', '平度市'], ['丁国华', '平度市']]);
      // the segmenter's 马陆/nr 镇, and the unit before a Party title (镇党委副书记)
      assert.deepEqual(officials('去年，马陆镇实现工业总产值300亿元。镇党委副书记、镇长顾文杰说').map((o) => [o.name, o.org]), [['顾文杰', '马陆镇']]);
      // a city's bureau named without its city is of the city named before (济南市人民政府…，市体育局局长 → 济南市体育局); not 市场监管局
      assert.deepEqual(officials('济南市人民政府副市长陈宏伟，市体育局党组书记、局长李振国出席。市场监管局局长王强表示').map((o) => [o.name, o.org]), [
        ['陈宏伟', '济南市人民政府'],
        ['李振国', '济南市体育局'],
        ['王强', '市场监管局'],
      ]);
      // …and a province's (省文化广电和旅游厅 after 浙江省…; not 省级, 省内)
      assert.deepEqual(officials('浙江省文化和旅游厅发布数据。省文化广电和旅游厅厅长陈广胜介绍').map((o) => o.org), ['浙江省文化广电和旅游厅']);
      // …and so is its government (市政府副秘书长 → 济南市政府)
      assert.deepEqual(officials('济南市人民政府召开发布会，市政府副秘书长张强介绍').map((o) => o.org), ['济南市政府']);
      // a town whose name's first character follows its county's name is no 县长 (肥东县/长/a 临河/ns 镇)
      assert.deepEqual(officials('肥东县长临河镇党委书记陈立新在庆祝活动上介绍').map((o) => [o.name, o.title, o.org]), [['陈立新', '镇党委书记', '长临河镇']]);
      // a district known by name, though it reads as a word (历城区, 钢城区/n 委, 市中区); not 主城区, the urban area
      assert.deepEqual(officials('历城区与山东高速集团签约。区委书记魏东出席').map((o) => o.org), ['历城区']);
      assert.deepEqual(officials('钢城区委召开全会。区委书记王平、区长李志强出席').map((o) => o.org), ['钢城区', '钢城区']);
      assert.deepEqual(officials('市中区举行签约活动，区委副书记、代区长沈丽出席').map((o) => o.org), ['市中区']);
      // a district's name the segmenter cut before its unit (新/a 吴/nr 区委书记)
      assert.deepEqual(officials('无锡市委常委、新吴区委书记蒋敏出席').map((o) => o.org), ['新吴区']);
      assert.deepEqual(officials('主城区项目加快。区委书记王平出席').map((o) => o.org), [undefined]);
      // not a word of the unit's character (城市, 开发区, 全县); in another paragraph, only the one place of that unit the article names
      assert.deepEqual(officials('城市更新加快，开发区扩容，全县提速。县长李强说').map((o) => o.org), [undefined]);
      assert.deepEqual(officials('宝应县、高邮县新增企业120家。\n县长李强说').map((o) => o.org), [undefined]);
      assert.deepEqual(officials('临沂市人民政府门户网站\n首页 > 新闻中心\n\n5月19日下午，市委副书记、市长王立新带领市住建局调研').map((o) => [o.name, o.org]), [['王立新', '临沂市']]);
      // (…named by its government, in one word or with a name the segmenter took for another word: 深圳市政府/nt, 磐石/n 县/zg 人民政府)
      assert.deepEqual(officials('深圳市政府举行颁证仪式。市委副书记、市长覃卫国出席，副市长罗晓鸣主持').map((o) => [o.name, o.org]), [['覃卫国', '深圳市'], ['罗晓鸣', '深圳市']]);
      assert.deepEqual(officials('磐石县人民政府关于调整工作分工的通知\n\n县长陈吉林：主持县政府全面工作').map((o) => [o.name, o.org]), [['陈吉林', '磐石县']]);
      // (…and a name before its title, an executive deputy's too, or on a line of its own with a note on the post)
      assert.deepEqual(officials('江州市人民政府关于调整工作分工的通知\n\n陶建中常务副市长：负责市政府常务工作。\n\n林思远　副市长（挂职）\n负责科技工作。').map((o) => [o.name, o.title, o.org]), [
        ['陶建中', '常务副市长', '江州市'],
        ['林思远', '副市长', '江州市'],
      ]);
      // …and an autonomous region's, 自治区 the title's as 省 of 省委书记 is, the region the article names the organization
      assert.deepEqual(officials('节前，自治区党委书记覃立新先后到柳州调研。自治区主席韦振东在广西柳工机械股份有限公司调研').map((o) => [o.name, o.title, o.org]), [
        ['覃立新', '自治区党委书记', '广西壮族自治区'],
        ['韦振东', '自治区主席', '广西壮族自治区'],
      ]);
      // …and a county-level city's name the segmenter took for another word (五常/t 市委书记), and a city's paper's (周口日报 … 市委书记)
      assert.deepEqual(officials('9月下旬，五常市委书记张立军、市长刘晓明带领市直有关部门负责人深入调研').map((o) => [o.name, o.org]), [['张立军', '五常市'], ['刘晓明', '五常市']]);
      assert.deepEqual(officials('来源：周口日报 10月9日，市委书记程一鸣，市委副书记、市长邵卫华带领市直有关部门负责人调研').map((o) => [o.name, o.org]), [['程一鸣', '周口市'], ['邵卫华', '周口市']]);
      // …and a province's, where none is named, that of the provincial paper the article is from (not a city's paper: 北京日报 names a municipality)
      assert.deepEqual(officials('云南日报讯（记者杨帆）3月18日，全省文化和旅游发展大会在昆明召开。省委书记王宁远出席会议并讲话，省委副书记、省长李春华主持会议').map((o) => [o.name, o.org]), [['王宁远', '云南省'], ['李春华', '云南省']]);
    });

    it('reads 长官 and 官房长官, and no single letter before a title as a name', () => {
      assert.deepEqual(officials('日本官房长官林芳正表示').map((o) => [o.name, o.title]), [['林芳正', '官房长官']]);
      assert.ok(!names('[天合光能股份有限公司]C董事长[高纪凡]O一行').includes('C'));
    });

    it('reads a later mention after a list\'s bullet (·莫迪：), not inside another dotted name', () => {
      assert.deepEqual(names('印度总理莫迪表示。\n相关新闻：\n·莫迪：印度经济增长'), ['莫迪', '莫迪']);
    });

    it('reads the names the regional news of stop 52 showed', () => {
      // a Malaysian honorific between the title and the name (Datuk Seri, Datin, Tan Sri)
      assert.deepEqual(officials('贸易及工业部长拿督斯里曾志豪指出。集团财务总监拿汀黄丽萍表示，董事经理丹斯里陈永发说').map((o) => [o.name, o.title]), [['曾志豪', '部长'], ['黄丽萍', '财务总监'], ['陈永发', '董事经理']]);
      // …glued to the surname (会长丹斯里/苏/j 俊杰/nr), after a field's colon too (执行董事：拿督斯里陈国雄), and 敦 before a transliterated name (主席敦/莫哈末); not 伦敦
      assert.deepEqual(names('马来西亚中华总商会会长丹斯里苏俊杰。'), ['苏俊杰']);
      assert.deepEqual(officials('执行董事：拿督斯里陈国雄\n接替已服务１２年的主席敦莫哈末。伦敦市长萨迪克·汗表示').map((o) => [o.name, o.title]), [['陈国雄', '执行董事'], ['莫哈末', '主席'], ['萨迪克·汗', '市长']]);
      // the title's 师 glued to the surname as 师范/nr; a name's last character glued to 则
      assert.deepEqual(names('汇丰首席经济师范婉芝指出。高雄市长苏立群则表示'), ['范婉芝', '苏立群']);
      // Taiwan's and Malaysia's posts: a caucus's convener, a chief executive (总执行长), a bank's economist
      assert.deepEqual(names('国民党立法院党团总召曾文龙则强调。国家能源总执行长张伟表示。恒生银行经济师陈子辉表示'), ['曾文龙', '张伟', '陈子辉']);
      // Hong Kong's appointments: 委任 and the surname 何 read as 任何 after 已; a council's members (理事会成员) as a post
      assert.deepEqual(officials('行政长官已委任何家骏为香港贸易发展局主席，并新委任陈嘉欣及冯浩然为理事会成员').map((o) => [o.name, o.title]), [['何家骏', '主席'], ['陈嘉欣', '理事会成员'], ['冯浩然', '理事会成员']]);
      // a county bureau's section chief (股长)
      assert.deepEqual(names('县市场监管局登记注册股股长周雅琴介绍。他长期持股长达十年'), ['周雅琴']);
      // a broker's analyst after its research department and a field with Latin letters; a given name glued to 则 after 师范/nr
      assert.deepEqual(names('中信证券研究部首席A股策略师屠文钊指出。兴业证券首席消费分析师范可欣则认为。某证券公司研究部首席海外策略分析师金仲衡认为'), ['屠文钊', '范可欣', '金仲衡']);
    });

    it('reads the names the finance, transport, local economy and consumer news of stop 53 showed', () => {
      // a board listed by its posts, each with the count of its holders before the colon
      assert.deepEqual(officials('其中执行董事3名：沈国栋、钱卫明；独立董事4名：顾明哲、孙雅琴。').map((o) => [o.name, o.title]), [['沈国栋', '执行董事'], ['钱卫明', '执行董事'], ['顾明哲', '独立董事'], ['孙雅琴', '独立董事']]);
      // a notice's members under its heading, a name with its form of address on each line, and those who leave, listed after 为
      const notice = '政府今日宣布委任董事局成员。\n　　新委任的成员如下：\n\n陈志杰先生\n何丽珊女士\n李家豪教授\n\n　　卸任的成员为李志明先生、吴德华先生及黄珮琪女士。';
      assert.deepEqual(officials(notice).map((o) => [o.name, o.title]), [['陈志杰', '成员'], ['何丽珊', '成员'], ['李家豪', '成员'], ['李志明', '成员'], ['吴德华', '成员'], ['黄珮琪', '成员']]);
      // (…not a line without a form of address, nor a list of people who hold no post)
      assert.deepEqual(names('新委任的成员如下：\n\n陈志杰\n何丽珊'), []);
      assert.deepEqual(names('获奖的学生如下：\n\n陈志杰先生\n何丽珊女士'), []);
      // 时 after a title is "when", not a surname before a word that follows names; a name of 时 stays one
      assert.deepEqual(names('市委书记李启明在会见企业负责人时强调，要坚持。记者采访该行行长时介绍'), ['李启明']);
      assert.deepEqual(names('市委书记时光辉表示'), ['时光辉']);
      // names the segmenter glued to what follows: 在 (官何/x 嘉祺在/x), the 因 of a reason (官钟立/x 平因/x), the 出 of 出生 (苏哲出/x 生于/v)
      assert.deepEqual(names('公司首席财务官何嘉祺在接受采访时补充。原首席财务官钟立平因工作调整不再担任该职务。此次出任总经理的苏哲出生于1986年'), ['何嘉祺', '钟立平', '苏哲']);
      assert.deepEqual(names('市长王志强调研'), ['王志强']);
      // a notice's numbered résumés (一、王磊，男，…现任), a representative office's deputy, a partner who is also a lawyer
      assert.deepEqual(names('现将拟任人选情况公示如下：\n一、王磊，男，汉族，1976年3月生，现任省卫生健康委员会医政处处长。\n二、刘芳，女，汉族，现任省卫生健康委员会规划处处长。'), ['王磊', '刘芳']);
      assert.deepEqual(officials('华为江苏代表处副代表何炜则表示。律师事务所合伙人、律师彭志远表示').map((o) => [o.name, o.title]), [['何炜', '代表处副代表'], ['彭志远', '合伙人']]);
      // Hong Kong's magistrates and a works section's chief
      assert.deepEqual(officials('主任裁判官陈志恒于9月30日判处。台东工务段段长陈俊贤说。这一阶段长达三年').map((o) => [o.name, o.title]), [['陈志恒', '主任裁判官'], ['陈俊贤', '段长']]);
      // a word the segmenter knows whole after a title and its 的 is no name, its first character a surname (任命)
      assert.deepEqual(names('数码港董事局成员的任命为非公职人员的委任。担任董事长的雷军表示'), ['雷军']);
    });

    it('reads no later mention in a byline, where a writer of the same name signs (编辑：赵敏, 记者 赵敏)', () => {
      assert.deepEqual(names('副市长赵敏表示，赵敏说。\n编辑：赵敏　审核：刘凯\n记者 赵敏'), ['赵敏', '赵敏']);
    });

    it('reads court posts: a judge (审判员) and a people\'s assessor (人民陪审员), appointed to the court for a term', () => {
      assert.deepEqual(names('由副院长付晓东担任审判长，与审判员许丽、人民陪审员杨春生组成合议庭'), ['付晓东', '许丽', '杨春生']);
      // …and a procuratorate's prosecutor appointed (检察员)
      assert.deepEqual(officials('任命何洁为市人民检察院检察员。').map((o) => [o.name, o.title]), [['何洁', '检察员']]);
      assert.deepEqual(officials('检察院第三检察部主任检察官何敏出庭').map((o) => [o.name, o.title, o.org]), [['何敏', '主任检察官', '检察院第三检察部']]);
      // a business group's name the segmenter cut with an adverb (腾讯/互动/d 娱乐事业群)
      assert.deepEqual(officials('腾讯互动娱乐事业群总裁马晓轶此前透露').map((o) => [o.name, o.org]), [['马晓轶', '腾讯互动娱乐事业群']]);
      // a judge's rank is a title (二级高级法官), not an organization
      assert.deepEqual(officials('上海金融法院副院长、二级高级法官吴峻雯担任审判长').map((o) => [o.name, o.title, o.org]), [['吴峻雯', '副院长、二级高级法官', '上海金融法院']]);
      // a meeting's agenda before a bureau is no part of it (听取和审查省财政厅厅长)
      assert.deepEqual(officials('会议听取和审查省财政厅厅长钱志豪所作的报告').map((o) => [o.name, o.org]), [['钱志豪', '省财政厅']]);
    });

    it("leaves a related-news list's bullet out of the organization (·山东省省长)", () => {
      assert.deepEqual(officials('·山东省省长周乃翔调研').map((o) => o.org), ['山东省']);
    });

    it("names a diplomat's mission by the country, the place and the title (中国驻美国大使 → 中国驻美国大使馆)", () => {
      assert.deepEqual(officials('中国驻美国大使谢锋表示，韩国驻青岛总领事金庆美出席，驻米兰总领事刘侃致辞').map((o) => [o.name, o.org]), [
        ['谢锋', '中国驻美国大使馆'],
        ['金庆美', '韩国驻青岛总领事馆'],
        ['刘侃', '驻米兰总领事馆'],
      ]);
      // a mission or its office the text names whole stays as written; 驻华大使 is a title of its own
      assert.deepEqual(officials('匈牙利驻上海总领事馆总领事包拓达致辞，中国驻德国大使馆经济商务处参赞王卫东说，英国驻华大使吴若兰说').map((o) => [o.name, o.title, o.org]), [
        ['包拓达', '总领事', '匈牙利驻上海总领事馆'],
        ['王卫东', '参赞', '中国驻德国大使馆经济商务处'],
        ['吴若兰', '驻华大使', '英国'],
      ]);
      // …and the central government's office stationed in a region, the government's name with it
      assert.deepEqual(officials('中央人民政府驻澳门特区联络办公室副主任张立军出席').map((o) => [o.name, o.org]), [['张立军', '中央人民政府驻澳门特区联络办公室']]);
    });

    it('keeps 原 (former) out of the organization and in the title (a hover never shows a former post as held), and a government body whole', () => {
      const orgs = (text: string) => officials(text).map((o) => [o.name, o.title, o.org]);
      assert.deepEqual(orgs('株洲市人民政府原副市长刘卫东接受审查'), [['刘卫东', '原副市长', '株洲市人民政府']]);
      // (…the segmenter gluing 原 onto the office's name: 工业和信息化/部原/x 部长, 国家能源局原副局长)
      assert.deepEqual(orgs('工业和信息化部原部长苗圩表示。国家能源局原副局长史玉波指出'), [['苗圩', '原部长', '工业和信息化部'], ['史玉波', '原副局长', '国家能源局']]);
      assert.deepEqual(orgs('负责人调整，原国网山东省电力公司总经理林海调任'), [['林海', '原总经理', '国网山东省电力公司']]); // 原国网/x
      assert.deepEqual(orgs('顺丰控股副总经理兼顺丰国际CEO王卫东称'), [['王卫东', '副总经理兼顺丰国际CEO', '顺丰控股']]); // 兼顺丰/x: a second post, no one surnamed 兼
      assert.deepEqual(orgs('贵州省政协原副主席李再勇被查'), [['李再勇', '原副主席', '贵州省政协']]);
      assert.deepEqual(orgs('济南原市委书记王敏'), [['王敏', '原市委书记', '济南市']]);
      assert.deepEqual(orgs('中原董事长王刚'), [['王刚', '董事长', '中原']]);
      // a judge's role in a case is the title's (主审法官), not an organization
      assert.deepEqual(orgs('香港高等法院主审法官陈静芬表示。由主审法官林明审理'), [['陈静芬', '主审法官', '香港高等法院'], ['林明', '主审法官', undefined]]);
      assert.deepEqual(orgs('非执行董事欧阳辉先生、独立非执行董事李华出席').map((o) => o[1]), ['非执行董事', '独立非执行董事']);
      // A former post of another organization after a present one: the present post is the person's.
      assert.deepEqual(orgs('中国围棋协会名誉主席、国家围棋队原总教练、“棋圣”聂卫平病逝'), [['聂卫平', '名誉主席', '中国围棋协会']]);
      assert.deepEqual(orgs('国家围棋队原总教练、中国围棋协会名誉主席聂卫平'), [['聂卫平', '名誉主席', '中国围棋协会']]);
      // (…not a former post of the same organization, which the title keeps beside the present one.)
      assert.deepEqual(orgs('百度创始人、原董事长李彦宏说'), [['李彦宏', '创始人、原董事长', '百度']]);
    });

    it('takes a body of a kind named alone (协会会长) as the one of that kind the text named last', () => {
      const orgs = (text: string) => officials(text).map((o) => [o.name, o.org]);
      assert.deepEqual(orgs('中国上市公司协会发布报告。协会会长宋志平表示。商会会长张伟说'), [['宋志平', '中国上市公司协会'], ['张伟', '商会']]);
      // …and an administration or a zone's committee (管理局局长 after 经济部产业园区管理局)
      assert.deepEqual(orgs('经济部产业园区管理局今天宣布招商完成。管理局局长林振豪表示，工程已完成约85%'), [['林振豪', '经济部产业园区管理局']]);
      // …and 该局 the bureau the paragraph named last, not a title's 局 (代理局长), nor one in a paragraph before
      assert.deepEqual(orgs('无锡市科技局代理局长钱卫东表示。该局副局长顾晓丽补充说'), [['钱卫东', '无锡市科技局'], ['顾晓丽', '无锡市科技局']]);
      assert.deepEqual(orgs('无锡市科技局发布通知。\n该局副局长顾晓丽表示'), [['顾晓丽', undefined]]);
      // …and so is a bureau's, a ministry's or a department's title alone, with the place of a bureau named without it
      assert.deepEqual(orgs('记者从市人社局获悉，局长王海燕介绍'), [['王海燕', '市人社局']]);
      assert.deepEqual(orgs('国家邮政局12日发布数据。副局长赵民说'), [['赵民', '国家邮政局']]);
      assert.deepEqual(orgs('杭州市文化广电旅游局召开座谈会。市文化广电旅游局党委书记张明，副局长王磊出席'), [['张明', '杭州市文化广电旅游局'], ['王磊', '杭州市文化广电旅游局']]);
      assert.deepEqual(orgs('国家邮政局发布数据。\n副局长赵民说'), [['赵民', undefined]]);
      // …and an office named by its kind alone (厅党组书记)
      assert.deepEqual(orgs('江西省交通运输厅召开会议。厅党组书记、代厅长周国华说'), [['周国华', '江西省交通运输厅']]);
      // an association's abbreviation the segmenter cut after its first character is the organization whole
      assert.deepEqual(orgs('乘联会秘书长崔东树表示，中钢协副会长骆铁军说'), [['崔东树', '乘联会'], ['骆铁军', '中钢协']]);
      // …or a society whose 会 the segmenter took for a verb before its 会长
      assert.deepEqual(orgs('苏州大学教授、苏州市经济学会会长王俊建议'), [['王俊', '苏州市经济学会']]);
      // …over the note of its short name (（以下简称“中钢协”）), and shared by the list's next title after a name the segmenter glued to it (副/主/任何/r 平/n)
      assert.deepEqual(orgs('中国钢铁工业协会（以下简称“中钢协”）副会长兼秘书长姜维表示'), [['姜维', '中国钢铁工业协会']]);
      assert.deepEqual(orgs('国家电网科技部主任孙宇、副主任何平出席'), [['孙宇', '国家电网科技部'], ['何平', '国家电网科技部']]);
      // …and a society's field the segmenter took for a verb (中国/烹饪/v 协会)
      assert.deepEqual(orgs('中国烹饪协会副会长周建民说'), [['周建民', '中国烹饪协会']]);
      // a broker before the sector its analyst covers, its Latin name between
      assert.deepEqual(orgs('摩根士丹利（Morgan Stanley）中国互联网行业首席分析师陈昊认为'), [['陈昊', '摩根士丹利']]);
      // a city's standing committee named without the city, after it
      assert.deepEqual(orgs('苏州市委书记刘小涛，市人大常委会主任王庆华等出席'), [['刘小涛', '苏州市'], ['王庆华', '苏州市人大常委会']]);
    });

    it('takes a company the dictionary knows whole as the organization, however the segmenter cut it', () => {
      const orgs = (text: string) => officials(text).map((o) => o.org);
      assert.deepEqual(orgs('南方航空董事长马须伦在年会上透露'), ['南方航空']);
      assert.deepEqual(orgs('台积电董事长魏哲家表示'), ['台积电']);
    });

    it('keeps the 和 inside a ministry or commission name in the organization, not a 和 between names', () => {
      const orgs = (text: string) => officials(text).map((o) => [o.name, o.org]);
      assert.deepEqual(orgs('住房和城乡建设部部长倪虹表示'), [['倪虹', '住房和城乡建设部']]);
      assert.deepEqual(orgs('工业和信息化部部长李乐成说'), [['李乐成', '工业和信息化部']]);
      assert.deepEqual(orgs('王刚和财政部部长蓝佛安会谈'), [['蓝佛安', '财政部']]);
      assert.deepEqual(orgs('济南市口岸和物流办公室主任高建军表示'), [['高建军', '济南市口岸和物流办公室']]);
      // An analyst's sector is the title's, not the firm's (not a unit of the firm: 研究所)
      assert.deepEqual(officials('华创证券医药首席分析师郑辰认为，中信证券研究所首席分析师王明表示').map((o) => [o.name, o.title, o.org]), [
        ['郑辰', '医药首席分析师', '华创证券'],
        ['王明', '首席分析师', '中信证券研究所'],
      ]);
      // …a sector of seven characters too (中金公司/传媒互联网行业/分析师)
      assert.deepEqual(officials('中金公司传媒互联网行业分析师周子健在研报中指出').map((o) => [o.name, o.title, o.org]), [['周子健', '传媒互联网行业分析师', '中金公司']]);
      // an appointee to a post of a company that declares its short name before the title
      assert.deepEqual(officials('任命钱立群为丰川能源投资集团有限公司（以下简称“丰川能投”）董事长').map((o) => [o.name, o.title]), [['钱立群', '董事长']]);
      // who a post passes from and to, with a form of address, where the post is said elsewhere (接替…的张德辉先生, 由李家豪先生接任); not 由于
      assert.deepEqual(officials('何亮将于7月31日退任，由李家豪先生接任。委任张丽芬女士为公司秘书，接替即将退休的张德辉先生。由于先生接任，接替他的位置').map((o) => o.name), ['李家豪', '张丽芬', '张德辉']);
      // a name before the crime it committed (邵永年犯欺诈发行证券罪), after a title and the holder's role
      assert.deepEqual(officials('公司原董事长、实际控制人邵永年犯欺诈发行证券罪').map((o) => [o.name, o.title]), [['邵永年', '原董事长']]);
      // A name of three the segmenter glued to a title's last character and a function character after it (首席技术/官吕承泽在/x)
      assert.deepEqual(officials('宁德时代首席技术官吕承泽在发布会上表示').map((o) => [o.name, o.title]), [['吕承泽', '首席技术官']]);
      // A firm's analyst, economist or strategist holds a post there, a field perhaps between; the role alone, or a trade's, is none
      assert.deepEqual(officials('摩根士丹利分析师埃里克·沃森在研报中指出。沃森说。三菱UFJ银行外汇分析师小林美穗指出').map((o) => [o.name, o.title, o.org]), [
        ['埃里克·沃森', '分析师', '摩根士丹利'],
        ['沃森', '分析师', '摩根士丹利'],
        ['小林美穗', '外汇分析师', '三菱UFJ银行'],
      ]);
      assert.deepEqual(officials('摩根士丹利首席新兴市场经济学家艾琳·卡特认为，荷兰国际集团经济学家彼得·范登伯格表示').map((o) => [o.name, o.title, o.org]), [
        ['艾琳·卡特', '首席新兴市场经济学家', '摩根士丹利'],
        ['彼得·范登伯格', '经济学家', '荷兰国际集团'],
      ]);
      assert.deepEqual(officials('分析师王海涛认为，经济学家张伟表示，资深证券分析师王刚说，高盛分析师认为'), []);
      // …and a firm's researcher, not an institute's (a rank, as a professor's is)
      assert.deepEqual(officials('北辰期货生猪研究员张可认为。中科院物理研究所研究员王明表示').map((o) => [o.name, o.title, o.org]), [['张可', '生猪研究员', '北辰期货']]);
      // …a research centre's analyst, and a bank's research arm's (汇丰环球研究)
      assert.deepEqual(officials('上海国际航运研究中心分析师吴晗认为。汇丰环球研究分析师郑柏林表示').map((o) => [o.name, o.org]), [['吴晗', '上海国际航运研究中心'], ['郑柏林', '汇丰']]);
      // …a broker the dictionary does not know too, by its kind (华鑫证券)
      assert.deepEqual(officials('华鑫证券纺织服装首席分析师周雨桐认为').map((o) => [o.name, o.title, o.org]), [['周雨桐', '纺织服装首席分析师', '华鑫证券']]);
      // …a data and research house by its kind too (隆众资讯), and no legal form for a sector (有限公司首席研究员)
      assert.deepEqual(officials('隆众资讯原油首席分析师鲁佳认为。北京体坛智库咨询有限公司首席研究员孙逸飞说').map((o) => [o.name, o.title, o.org]), [
        ['鲁佳', '原油首席分析师', '隆众资讯'],
        ['孙逸飞', '首席研究员', '北京体坛智库咨询有限公司'],
      ]);
      // …the firm before its Latin name in brackets (华泰证券（HTSC）/固定收益首席分析师)
      assert.deepEqual(officials('华泰证券（HTSC）固定收益首席分析师张继强说').map((o) => [o.name, o.title, o.org]), [['张继强', '固定收益首席分析师', '华泰证券']]);
      // 原, former, glued to a function character before the title is no organization (受原/x 党委书记)
      assert.deepEqual(orgs('受原党委书记、董事长许家明接受审查调查影响'), [['许家明', undefined]]);
      // not the verb of contacting before 公司 (可联系/n 公司董事会秘书吴勇)
      assert.deepEqual(orgs('投资者可联系公司董事会秘书吴勇'), [['吴勇', undefined]]);
      // …and a ministry's department of two tasks, with the ministry (国家医保局/医药价格和招/v 采司/x 司长)
      assert.deepEqual(orgs('国家医保局医药价格和招采司司长丁一磊称。国家能源局新能源和可再生能源司副司长潘慧敏介绍'), [
        ['丁一磊', '国家医保局医药价格和招采司'],
        ['潘慧敏', '国家能源局新能源和可再生能源司'],
      ]);
      // …and a society named by two tasks, whole (中国企业/改革与发展研究会)
      assert.deepEqual(orgs('中国企业改革与发展研究会副会长李锦说'), [['李锦', '中国企业改革与发展研究会']]);
      // the unit may be the title's first character (a ministry's 部长)
      assert.deepEqual(orgs('匈牙利外交与对外经济部长西雅尔多出席'), [['西雅尔多', '匈牙利外交与对外经济部']]);
      // verbs of a body's task in its name (劳动保障, 消费者保护, 缺陷产品召回)
      assert.deepEqual(orgs('市劳动保障监察支队支队长张华表示。四川省消费者保护委员会主任吴永刚表示'), [['张华', '市劳动保障监察支队'], ['吴永刚', '四川省消费者保护委员会']]);
      assert.deepEqual(orgs('市场监管总局缺陷产品召回中心主任刘振宇表示'), [['刘振宇', '市场监管总局缺陷产品召回中心']]);
      assert.deepEqual(orgs('市审批服务局副局长刘建新出席'), [['刘建新', '市审批服务局']]);
      // a district's name whatever its tag (即墨/v 区/n 区长), and not another person glued to 与 (王永与/x)
      assert.deepEqual(orgs('即墨区区长王波说'), [['王波', '即墨区']]);
      // inside the organization too, where the district's name starts it or follows a place (沾化/v 区/n 富源街道), not after a verb
      assert.deepEqual(orgs('沾化区富源街道党工委书记王刚考察。滨州市沾化区富源街道党工委书记邢卫东说'), [['王刚', '沾化区富源街道'], ['邢卫东', '滨州市沾化区富源街道']]);
      assert.deepEqual(orgs('会后来到区住建局，局长王刚介绍'), [['王刚', '区住建局']]);
      // a court's division with 与 in its name; not a party's role in the case before the organization (管理/人)
      assert.deepEqual(orgs('重庆五中院清算与破产审判庭副庭长张莉介绍情况'), [['张莉', '重庆五中院清算与破产审判庭']]);
      assert.deepEqual(orgs('破产管理人江苏金禾律师事务所负责人王立平作报告'), [['王立平', '江苏金禾律师事务所']]);
      assert.deepEqual(orgs('市长王永与胜利油田执行董事牛栓文会谈'), [['王永', undefined], ['牛栓文', '胜利油田']]);
    });

    it('starts the organization after the body it belongs to (所属, 旗下)', () => {
      const orgs = (text: string) => officials(text).map((o) => [o.name, o.org]);
      assert.deepEqual(orgs('济南海关所属济南机场海关副关长刘振宇表示'), [['刘振宇', '济南机场海关']]);
      assert.deepEqual(orgs('华为旗下哈勃投资总经理张明表示'), [['张明', '哈勃投资']]);
    });

    it('takes an office named by its task and 办 as the organization (口岸办, 住房保障办)', () => {
      const orgs = (text: string) => officials(text).map((o) => [o.name, o.org]);
      assert.deepEqual(orgs('日照市口岸办主任张德军表示'), [['张德军', '日照市口岸办']]);
      assert.deepEqual(orgs('市住房保障办副主任黄信敬表示'), [['黄信敬', '市住房保障办']]);
      // and a division's 处 the segmenter glued to the title (抽检/v 处处长/v)
      assert.deepEqual(orgs('市场监管局抽检处处长蒋文华表示'), [['蒋文华', '市场监管局抽检处']]);
      // and a ministry's department the segmenter left alone before its 司长, whatever its task's words (投资/vn 审议/v 司/nr 司长)
      assert.deepEqual(orgs('经济部投资审议司司长陈思颖表示。中国民航局适航审定司副司长唐宏伟说'), [['陈思颖', '经济部投资审议司'], ['唐宏伟', '中国民航局适航审定司']]);
      // and a bureau's 局 after a task the segmenter cut into characters (区住/x 建/v 局局长, 区/发/v 改/v 局局长)
      assert.deepEqual(orgs('区住建局局长赵强说。副区长、区发改局局长刘强出席'), [['赵强', '区住建局'], ['刘强', '区发改局']]);
    });

    it('reads a name glued to the last character of its title (首席财务/官宫伟/x)', () => {
      assert.deepEqual(officials('副总裁、首席财务官宫伟参加了签约仪式').map((o) => [o.name, o.title]), [['宫伟', '副总裁、首席财务官']]);
      // or only its surname, the given name the next token (官王/x 海峰/n)
      assert.deepEqual(names('首席技术官王海峰表示，公司将加大研发投入'), ['王海峰']);
      // (…a given name's last character alone, the segmenter's name character, before what follows names: 官凌子/x 谦/nr 在)
      assert.deepEqual(names('安踏体育首席财务官凌子谦在业绩会上表示'), ['凌子谦']);
      // a surname the segmenter joined to 主任 as 任何 (主/任何/r 光明/n), not the pronoun (主任何时)
      assert.deepEqual(officials('省人大常委会主任何光明主持闭幕会').map((o) => [o.name, o.title, o.org]), [['何光明', '主任', '省人大常委会']]);
      assert.deepEqual(names('办公室主任何时回来？市长任何时候都要听取意见'), []);
      // (…a given name of one before 在 where the segmenter took it for a name: 何/静/nr 在)
      assert.deepEqual(names('贵州省国资委党委委员、副主任何静在茅台集团调研。办公室主任何在调研'), ['何静']);
      assert.deepEqual(names('居委会主任何莉说。居委会主任何平说'), ['何莉', '何平']);
      // …and a function character the segmenter glued to 主 (由主/x 任何/r) names no organization
      assert.deepEqual(officials('会议由主任何东晓主持').map((o) => [o.name, o.title, o.org]), [['何东晓', '主任', undefined]]);
      // 长孙 after 理事 is 理事长 and 孙 (理事/长孙/ns 寿山/ns), not the compound surname
      assert.deepEqual(officials('中国期刊协会理事长孙寿山表示').map((o) => [o.name, o.title]), [['孙寿山', '理事长']]);
      // 官方 of the title's 官 and the surname 方, a given name taken for a verb before a form of address (官方/n 启明/v 博士); not 方面, the CEO's side
      assert.deepEqual(names('嘉泓生物董事长兼首席执行官方启明博士表示。首席执行官方面表示'), ['方启明']);
    });

    it('knows functional and chief titles (总法律顾问, 首席统计师, 财务总监)', () => {
      assert.deepEqual(officials('集团副总经理、总法律顾问黄斌出席').map((o) => [o.name, o.title]), [['黄斌', '副总经理、总法律顾问']]);
      assert.deepEqual(officials('国家统计局城市司首席统计师董莉娟解读称').map((o) => [o.name, o.title]), [['董莉娟', '首席统计师']]);
      assert.deepEqual(officials('汇丰控股财务总监范智廉表示').map((o) => [o.name, o.title, o.org]), [['范智廉', '财务总监', '汇丰控股']]);
      assert.deepEqual(officials('瑞丰重工法务总监孙悦说').map((o) => [o.name, o.title, o.org]), [['孙悦', '法务总监', '瑞丰重工']]);
      assert.deepEqual(names('总精算师叶小兵说。首席精算师王强说'), ['叶小兵', '王强']);
      assert.deepEqual(officials('林达海渔广场销售经理田源说').map((o) => [o.name, o.title, o.org]), [['田源', '销售经理', '林达海渔广场']]);
      // marketing, product, design and project posts (营销总监, 專案經理); 暨 joins two posts of one person
      assert.deepEqual(officials('上海龙湖置业发展有限公司营销总监何佳怡表示').map((o) => [o.name, o.title, o.org]), [['何佳怡', '营销总监', '上海龙湖置业发展有限公司']]);
      assert.deepEqual(officials('信义房屋企研室专案经理周祖德分析').map((o) => [o.name, o.title, o.org]), [['周祖德', '专案经理', '信义房屋企研室']]);
      assert.deepEqual(officials('该作的执行制作人暨创意总监乔纳森·奈特表示').map((o) => [o.name, o.title, o.org]), [['乔纳森·奈特', '创意总监', undefined]]);
      // a chief digital marketing officer; posts abroad: a Thai province's governor (府尹), a Malaysian state's chief minister (州务大臣), Indonesia's 总裁董事
      assert.deepEqual(officials('欧莱雅中国首席数字营销官吴佳琪透露。罗勇府府尹威猜·本亚拉、霹雳州州务大臣奥斯曼·卡西姆出席').map((o) => [o.name, o.title, o.org]), [
        ['吴佳琪', '首席数字营销官', '欧莱雅中国'],
        ['威猜·本亚拉', '府尹', '罗勇府'],
        ['奥斯曼·卡西姆', '州务大臣', '霹雳州'],
      ]);
      assert.deepEqual(officials('下坪村驻村第一书记张三说。加工厂厂长许文军说。公司财务负责人李淑芬表示').map((o) => [o.name, o.title, o.org]), [
        ['张三', '驻村第一书记', '下坪村'],
        ['许文军', '厂长', '加工厂'],
        ['李淑芬', '财务负责人', undefined],
      ]);
      assert.deepEqual(officials('由副总经理兼投资总监陈蕾接任,公司证券事务代表吴佳表示').map((o) => [o.name, o.title]), [
        ['陈蕾', '副总经理兼投资总监'],
        ['吴佳', '证券事务代表'],
      ]);
      assert.deepEqual(officials('公告称,基金经理赵一鸣离任').map((o) => [o.name, o.title, o.org]), [['赵一鸣', '基金经理', undefined]]);
      assert.deepEqual(officials('中铁八局集团有限公司劳务经理王刚赶来').map((o) => [o.name, o.title, o.org]), [['王刚', '劳务经理', '中铁八局集团有限公司']]);
      assert.deepEqual(officials('区长助理刘强出席').map((o) => [o.name, o.title]), [['刘强', '区长助理']]);
      assert.deepEqual(officials('纪委书记、监察专员赵光明，总会计师马向东出席会议。工会主席王强说。微软全球资深副总裁沈向洋').map((o) => [o.name, o.title, o.org]), [
        ['赵光明', '纪委书记、监察专员', undefined],
        ['马向东', '总会计师', undefined],
        ['王强', '工会主席', undefined],
        ['沈向洋', '全球资深副总裁', '微软'],
      ]);
      assert.deepEqual(officials('星展银行首席经济师黄伟说').map((o) => [o.name, o.title]), [['黄伟', '首席经济师']]);
      assert.deepEqual(officials('嘉实基金督察长郭松表示。明星基金经理张坤表示').map((o) => [o.name, o.title, o.org]), [
        ['郭松', '督察长', '嘉实基金'],
        ['张坤', '基金经理', undefined],
      ]);
      assert.deepEqual(officials('合肥市低空经济工作专班常务副组长罗云峰表示。德勤中国主管合伙人汪建华预计。大疆创新公共关系总监王大伟介绍').map((o) => [o.name, o.title]), [
        ['罗云峰', '常务副组长'],
        ['汪建华', '主管合伙人'],
        ['王大伟', '公共关系总监'],
      ]);
      // a project's and a kindergarten's heads; a field's value closed by 。
      assert.deepEqual(officials('项目负责人：张伟。设计负责人：李强。幼儿园园长刘芳介绍').map((o) => [o.name, o.title]), [
        ['张伟', '项目负责人'],
        ['李强', '设计负责人'],
        ['刘芳', '园长'],
      ]);
      // a venture-capital firm's investment ranks, the firm whole as the organization
      assert.deepEqual(officials('经纬创投投资副总裁徐静说。元禾原点投资经理李华说').map((o) => [o.name, o.title, o.org]), [
        ['徐静', '投资副总裁', '经纬创投'],
        ['李华', '投资经理', '元禾原点'],
      ]);
      // a word ending in 为 says what someone is: the organization starts after it
      assert.deepEqual(officials('实际控制人为董事长兼总经理沈立群').map((o) => [o.name, o.title, o.org]), [['沈立群', '董事长兼总经理', undefined]]);
    });

    it('reads the name after honours or a bracketed note between the title and the name (、泰山学者, （CTO）)', () => {
      assert.deepEqual(names('研究所所长、泰山学者陶绪堂出席。山东大学副校长、教授、博士生导师张三出席'), ['陶绪堂', '张三']);
      assert.deepEqual(names('浪潮信息首席技术官（CTO）赵帅出席。威海银行副行长（主持工作）宋明表示'), ['赵帅', '宋明']);
    });

    it('reads a name after a quoted epithet, and foreign names', () => {
      assert.deepEqual(names('中国围棋协会名誉主席、“棋圣”聂卫平在北京离世'), ['聂卫平']);
      assert.deepEqual(names('美国共和党籍众议员唐·贝肯就格陵兰岛问题发言'), ['唐·贝肯']);
      assert.deepEqual(names('俄罗斯总理米哈伊尔特意出席'), ['米哈伊尔']);
      assert.deepEqual(names('国防部长安德烈·彼得罗夫当天表示'), ['安德烈·彼得罗夫']);
      assert.deepEqual(names('俄罗斯外交部发言人扎哈罗娃当天表示'), ['扎哈罗娃']);
      assert.deepEqual(names('德国外长瓦德富尔表示'), ['瓦德富尔']);
      assert.deepEqual(names('阿格乡党委书记吐尔逊·买买提说'), ['吐尔逊·买买提']);
      // a long part after the dot; a verb glued to the name's end; another person's dotted name is no mention
      assert.deepEqual(names('生产董事米兰·内德尔奇科维奇一行'), ['米兰·内德尔奇科维奇']);
      assert.deepEqual(names('市长艾尔肯·买买提明在市委会见'), ['艾尔肯·买买提明']);
      // (…a transliteration's last character the segmenter left alone after a word of it: 买买提/n 明/a 表示)
      assert.deepEqual(names('地委副书记、行署专员阿不都热依木·买买提明表示'), ['阿不都热依木·买买提明']);
      assert.deepEqual(names('金风科技副总裁买买提·吐尔逊表示。（记者 阿依努尔·吐尔逊）'), ['买买提·吐尔逊']);
      // Mongolian, Tibetan and Uyghur names, undotted and with a long first part
      assert.deepEqual(names('伊金霍洛旗委书记额尔德木图，旗委副书记'), ['额尔德木图']);
      assert.deepEqual(names('海西州委书记多杰加措，格尔木市委书记王强出席'), ['多杰加措', '王强']);
      assert.deepEqual(names('克拉玛依市委书记阿不都热依木·吐尔逊会见了客人'), ['阿不都热依木·吐尔逊']);
      // two characters the segmenter did not know, and their later mention
      assert.deepEqual(names('德国联邦总理默茨周二在总理府会见来宾。默茨表示'), ['默茨', '默茨']);
      // …and a later mention after a function character inside a piece the segmenter did not know (方志/n 航和杜/x 德安/ns)
      assert.deepEqual(names('保乐力加中国区总裁杜德安表示，需求提高。方志航和杜德安均认为'), ['杜德安', '杜德安']);
      // a foreign name is cited by its last part too, before and after the titled mention; a verb glued on is no part of it
      assert.deepEqual(names('库克预计假日季创纪录\n苹果CEO蒂姆·库克表示，销量增长。库克称'), ['库克', '蒂姆·库克', '库克']);
      // …by its first part before speech, as Thai names are cited, not elsewhere; its last part before 此访 the segmenter glued on (莫拉莱/nr 斯此访/x)
      assert.deepEqual(names('泰国投资促进委员会秘书长纳丽妮·颂帕出席。纳丽妮表示，数据显示。纳丽妮的丈夫'), ['纳丽妮·颂帕', '纳丽妮']);
      assert.deepEqual(names('西班牙首相哈维尔·莫拉莱斯访华。据悉，莫拉莱斯此访还将前往上海'), ['哈维尔·莫拉莱斯', '莫拉莱斯']);
      // a name the headline's reading cut short, whole where the article gives it whole (阿尔克/nrt 明/a ：)
      assert.deepEqual(names('巴西副总统阿尔克明：欢迎中国车企\n巴西副总统兼工业部部长热拉尔多·阿尔克明会见了客人'), ['阿尔克明', '热拉尔多·阿尔克明']);
      // …and a Latin one by its family name (Daniel Reyes … Reyes称), not a word of a longer Latin name
      assert.deepEqual(officials('公司首席执行官Daniel Reyes表示，营收增长。Reyes称，公司将投资Reyes Holdings').map((o) => [o.name, o.source]), [
        ['Daniel Reyes', 'rule:official-title'],
        ['Reyes', 'rule:official-mention'],
      ]);
      assert.deepEqual(names('公司CEO达里奥·阿莫代伊说，模型很强'), ['达里奥·阿莫代伊']);
      // the first character of a word after the name glued to its end (卢特/x 尼克会/nr 面/n); a residence is no name (官邸)
      assert.deepEqual(names('美国商务部长霍华德·卢特尼克会面。双方在首相官邸会见客人'), ['霍华德·卢特尼克']);
      // a dotted name whose first part the segmenter glued to the title's last character (官科/n 莱特·克雷斯, 长吉娜/x·雷蒙多)
      assert.deepEqual(names('首席财务官科莱特·克雷斯说。美国商务部长吉娜·雷蒙多表示。雷蒙多说'), ['科莱特·克雷斯', '吉娜·雷蒙多', '雷蒙多']);
      // a foreign name the segmenter took for words (拉加/v 德/ns), trade titles
      assert.deepEqual(officials('欧洲央行行长拉加德表示。美国贸易代表格里尔说').map((o) => [o.name, o.title, o.org]), [
        ['拉加德', '行长', '欧洲央行'],
        ['格里尔', '贸易代表', '美国'],
      ]);
      // a Japanese name of two unknown words, and 和 inside one before 在; a third character glued to speech (郭谨/x 一称/x)
      assert.deepEqual(names('日本首相高市早苗表示。日本央行行长植田和男在会上说。董事长郭谨一称，不收费'), ['高市早苗', '植田和男', '郭谨一']);
      // a Japanese family name and its given name, however the segmenter cut them (佐藤/nrt 恒治/x, 丰田/nz 章/q 男/n), or the family name alone
      assert.deepEqual(names('丰田汽车公司社长佐藤恒治表示。社长丰田章男表示。索尼集团社长高桥健一表示。董事长田中说'), ['佐藤恒治', '丰田章男', '高桥健一', '田中']);
      // (…before 和 or 及, joining the next official: 松本/ns 英明/nz 和; a given name ending in 和 before speech: 田中雅和表示)
      assert.deepEqual(names('日产中国董事长松本英明和东风汽车集团总经理王强出席。社长田中雅和表示'), ['松本英明', '王强', '田中雅和']);
      // before what a visitor does too, with a given name of three characters
      assert.deepEqual(names('社长佐藤恒治在北京会见代表团。社长丰田章男当天出席。会长吉田宪一郎一行。社长楠见雄规表示。社长佐藤宣布'), ['佐藤恒治', '丰田章男', '吉田宪一郎', '楠见雄规', '佐藤']);
      // …and before a forecast or 则
      assert.deepEqual(names('社长佐藤恒治预计，关税将增加。任天堂社长古川俊太郎则在说明会上表示'), ['佐藤恒治', '古川俊太郎']);
      // …and before a post's change, its term or an acting one (本间哲朗转任, 小川真一任期届满, 田中雅人代理行长)
      assert.deepEqual(names('现任总裁本间哲朗转任顾问。原行长小川真一任期届满回国，由副行长田中雅人代理行长职务'), ['本间哲朗', '小川真一', '田中雅人']);
      // (the given name's last character glued to 为: 赤泽亮/x 正为/x; the family name alone before 为)
      assert.deepEqual(names('担当大臣赤泽亮正为对美谈判代表。社长佐藤为公司带来变化'), ['赤泽亮正', '佐藤']);
      // (…nor a given name ending in 在 before a date: 内田诚/x 在/p 2月13日; and 等 glued on in a list: 、佐藤/nrt 健/a 一等/m)
      assert.deepEqual(names('日产社长内田诚在2月13日回应称。执行副总经理陈伟、佐藤健一等出席'), ['内田诚', '陈伟', '佐藤健一']);
      assert.deepEqual(names('索尼互动娱乐（SIE）总裁兼CEO西野秀明称'), ['西野秀明']);
      // (a name's last character glued to the 为 of an appointment: 首席财务/官艾桥/x 智为/x)
      assert.deepEqual(names('任命首席财务官艾桥智为集团行政总裁'), ['艾桥智']);
      assert.deepEqual(names('会长丰田章男曾表示。社长佐藤恒治此前表示。首席财务官冈崎健表示。总裁本间哲朗表示'), ['丰田章男', '佐藤恒治', '冈崎健', '本间哲朗']);
      // …before what an executive does (通过视频致辞, 将卸任, 在), after titles joined by 兼 the segmenter glued (社长兼/l)
      assert.deepEqual(names('社长兼首席执行官佐藤恒治通过视频致辞。会长兼CEO吉田宪一郎将卸任。总裁佐野敏之在2月上旬表示。社长朝日智司表示'), ['佐藤恒治', '吉田宪一郎', '佐野敏之', '朝日智司']);
      // …a given name of three ending in 夫 or 之助 (御手洗富士夫, 林新之助, a family name of one the segmenter read as Chinese), before 今年 or 计划;
      // a family name before a title of address (小早川/nr 智明/x 社长)
      assert.deepEqual(names('会长有马浩二、社长林新之助日前接受采访。董事长兼社长御手洗富士夫今年89岁。社长兼CEO藤原宪太郎计划裁员'), ['有马浩二', '林新之助', '御手洗富士夫', '藤原宪太郎']);
      // a Chinese given name's last 之 the segmenter read as the particle, before a pause, and its mentions as a Q&A's speaker
      assert.deepEqual(names('创始合伙人、董事长周牧之。\n记者：为何退出？\n周牧之：估值合适。'), ['周牧之', '周牧之']);
      assert.deepEqual(names('东京电力控股公司小早川智明社长在股东大会上致辞'), ['小早川智明']);
      // …not a company named for its founder's family, its trade after (星野/精机/x 社长)
      assert.deepEqual(names('星野精机社长星野健太郎在东京举行的记者会上表示'), ['星野健太郎']);
      assert.deepEqual(names('瑞萨电子社长兼CEO柴田英利接受采访时称。铠侠社长早坂伸夫（现年63岁）称'), ['柴田英利', '早坂伸夫']);
      // (…and one whose family name's first character the segmenter glued to the title's last: 首席财务/官中/x 村浩二/x)
      assert.deepEqual(names('由现任首席财务官中村浩二接任社长'), ['中村浩二']);
      // (…the given name's last character left alone: 社/长坂/ns 本雄/x 一/m 在)
      assert.deepEqual(names('东洋物产代表董事、社长坂本雄一在当日的说明会上表示'), ['坂本雄一']);
      // (a name's last character the segmenter made 明早 with 早前: 主席/李兆/x 明早/t 前 表示)
      assert.deepEqual(names('主席李兆明早前表示'), ['李兆明']);
      // (a surname and a given name the segmenter read as a weekday: 总经理/周一/t 凡称/x)
      assert.deepEqual(names('景顺长城基金总经理周一凡称，市场回暖'), ['周一凡']);
      // (…or a name of two it did not know, its third character glued to speech: 郭谨/x 一称/x; not an adverb before speech: 王强也称)
      assert.deepEqual(names('公司董事长兼CEO郭谨一称今年还将开店。董事长王强也称'), ['郭谨一', '王强']);
      // (…and a transliterated name so glued, whatever its first part's tag: 行长/拉加/v 德称/x)
      assert.deepEqual(names('欧洲央行行长拉加德称通胀已接近目标'), ['拉加德']);
      // (a given name the segmenter took for a verb, before speech: 首席策略/官陈/x 远航/v 表示)
      assert.deepEqual(names('中信建投证券首席策略官陈远航表示，市场将震荡'), ['陈远航']);
      // (a transliterated name the segmenter took for words, before 与: 行长/拉加/v 德/ns 与)
      assert.deepEqual(names('欧洲央行行长拉加德与欧盟委员会委员会晤'), ['拉加德']);
      // a member of a bank's executive board (执委), whom no company of the same name makes a company (施耐德)
      assert.deepEqual(officials('欧洲央行执委施耐德随后表示').map((o) => [o.name, o.title, o.org]), [['施耐德', '执委', '欧洲央行']]);
      assert.deepEqual(names('松下电器（中国）有限公司总裁本间哲朗日前表示。总裁本间哲朗专程出席。社长佐藤恒治率团访华'), ['本间哲朗', '本间哲朗', '佐藤恒治']);
      assert.deepEqual(names('投资有限公司总经理小野寺健太（Kenta Onodera）将于9月1日卸任'), ['小野寺健太', 'Kenta Onodera']);
      // …a family name with a Scottish or Irish prefix too (McMillon, O'Brien)
      assert.deepEqual(names("沃尔玛总裁兼首席执行官董明伦（Doug McMillon）表示。执行董事奥布赖恩（Sean O'Brien）出席"), ['董明伦', 'Doug McMillon', '奥布赖恩', "Sean O'Brien"]);
      // a Japanese given name ending in 正 (赤泽亮/x 正/d)
      assert.deepEqual(names('经济再生大臣赤泽亮正赴美谈判'), ['赤泽亮正']);
      // family names of three characters too; a minister and a counsellor of an embassy
      assert.deepEqual(names('日本驻青岛总领事佐佐木贤出席。总领事西川浩出席。德国驻华公使孔浩德、商务参赞王磊参加'), ['佐佐木贤', '西川浩', '孔浩德', '王磊']);
      assert.deepEqual(names('总经理三枝富博说。小松社长今吉琢也在会上表示'), ['三枝富博', '今吉琢也']);
      assert.deepEqual(names('任天堂社长古川俊太郎。'), ['古川俊太郎']);
      // a verb of leaving a post after a name is no part of it (黄峥/x 辞任/x)
      assert.deepEqual(names('拼多多董事长黄峥辞任。'), ['黄峥']);
      // a one-character given name the segmenter glued to 在 or to speech (柳井/正在/t, 柳井/正称/x)
      assert.deepEqual(names('董事长柳井正在东京表示。董事长柳井正称，中国市场重要'), ['柳井正', '柳井正']);
      assert.deepEqual(names('丰田汽车社长佐藤表示'), ['佐藤']);
      assert.deepEqual(names('本田社长三部敏宏说。铃木公司社长铃木俊宏说'), ['三部敏宏', '铃木俊宏']);
      // names joined by a hyphen or of four dotted parts
      assert.deepEqual(names('州长萨诺-奥卢出席。董事长让-皮埃尔·杜邦出席。巴西总统路易斯·伊纳西奥·卢拉·达席尔瓦表示'), ['萨诺-奥卢', '让-皮埃尔·杜邦', '路易斯·伊纳西奥·卢拉·达席尔瓦']);
      // (a hyphenated given name before a dot and a surname of any characters: 玛丽-克莱尔·方丹, and its later surname alone)
      assert.deepEqual(names('首席执行官玛丽-克莱尔·方丹、首席财务官鲁道夫·霍夫曼出席。方丹表示'), ['玛丽-克莱尔·方丹', '鲁道夫·霍夫曼', '方丹']);
      // 一 as a name's third character before speech, not 一行
      assert.deepEqual(names('董事长郭谨一在会上说。总经理王建一表示。市长王强一行到访'), ['郭谨一', '王建一', '王强']);
      // a holiday as a given name after a title (李/国庆/t)
      assert.deepEqual(names('董事长李国庆表示。总经理马立冬说'), ['李国庆', '马立冬']);
    });

    it('reads a name made anonymous after a post the segmenter glued its surname to, not after a legal representative', () => {
      // 首席风险/官焦/x 某某/r, 首席财务/官肖某/x; 法定代表/人肖某/x is no post's
      assert.deepEqual(names('华泰证券首席风险官焦某某被记入诚信档案。公司首席财务官肖某表示'), ['焦某某', '肖某']);
      assert.deepEqual(names('公司法定代表人肖某被处罚'), []);
    });

    it('reads the parties to an agreement as no organization, each holding the title, 和 joining their names', () => {
      assert.deepEqual(officials('双方首席执行官安德烈亚斯·贝格和杨宏宇出席签约仪式').map((o) => [o.name, o.title, o.org]), [
        ['安德烈亚斯·贝格', '首席执行官', undefined],
        ['杨宏宇', '首席执行官', undefined],
      ]);
      // one mayor: 和 joins no second name
      assert.deepEqual(names('市长王强和李明会面'), ['王强']);
    });

    it('reads a Japanese given name of two by how it ends, whatever verb follows, and of three ending in 子', () => {
      // 佐藤/健太/x 共同, 井阪/隆一/x 将, 成濑/哲/也/d 表示 (也 is the name's, not "also"), 冰见/野良/三/m 和 (the given name ends before 和)
      assert.deepEqual(names('地区总监佐藤健太共同为新车揭幕。7&i控股社长井阪隆一将于5月27日卸任。吉野家社长成濑哲也表示，'), ['佐藤健太', '井阪隆一', '成濑哲也']);
      assert.deepEqual(names('大成建设社长相川善郎表示'), ['相川善郎']);
      assert.deepEqual(names('日本央行副行长冰见野良三和内田真一分别发表讲话。日本航空社长鸟取三津子在东京出席'), ['冰见野良三', '内田真一', '鸟取三津子']);
      assert.deepEqual(names('亚瑟士会长兼首席执行官富永满之表示。三菱日联金融集团总裁龟泽宏规此前表示'), ['富永满之', '龟泽宏规']);
      // a family name the segmenter took for a place, before the given name and a title of address (河合/ns 利树/x 社长)
      assert.deepEqual(officials('东京电子的河合利树社长在上月表示').map((o) => [o.name, o.title, o.org]), [['河合利树', '社长', '东京电子']]);
      // a day and 随 the segmenter glued together are no organization's (9月2日随/x 日本经济产业大臣)
      assert.deepEqual(officials('社长佐藤恒治9月2日随日本经济产业大臣武藤容治访问越南').map((o) => [o.name, o.title, o.org]), [
        ['佐藤恒治', '社长', undefined],
        ['武藤容治', '经济产业大臣', '日本'],
      ]);
      // …nor a company's line of work alone, which is the title's (运营高级副总裁, 产品副总裁)
      assert.deepEqual(officials('苹果公司宣布，运营高级副总裁萨比·汗将接任。小米宣布，产品副总裁黄韬表示').map((o) => [o.name, o.title, o.org]), [
        ['萨比·汗', '运营高级副总裁', undefined],
        ['黄韬', '产品副总裁', undefined],
      ]);
      // no word for people or verb a surname starts, which the segmenter took for a name (明星/nr 所长, 官宣/x 新任研究所所长)
      assert.deepEqual(names('少数明星所长可达千万元级，两家券商先后官宣新任研究所所长'), []);
      // (…nor a preposition a surname's character writes and the people addressed: 县长向群众拜年; but 副县长向东 is a name)
      assert.deepEqual(names('县长向群众拜年，市长为大家介绍。副县长向东表示'), ['向东']);
      // (…nor a post's term or duties after its 的: 主席的/任期)
      assert.deepEqual(names('战略发展委员会主席的任期自2025年6月3日起，主席的任务是'), []);
      // (…nor a sector's word for its firms or a plant before a title: 又一房企董事长, 日月光半导体高雄厂总经理)
      assert.deepEqual(names('又一房企董事长被限高。陈文杰，日月光半导体高雄厂总经理，表示'), ['陈文杰']);
      // (a name of three ending in 称 before a pause, glued to the title's last character: 首席财务/官罗毅/x 称/v ，)
      assert.deepEqual(names('总裁兼首席财务官罗毅称，营收增长'), ['罗毅']);
      // (…and a name whose last character is glued to the speech after it: 首席财务/官王颂/x 文称/x ，)
      assert.deepEqual(names('首席财务官王颂文称，公司已回购'), ['王颂文']);
      // (…or to the adverb after it, a character between: 首席科学/官何/x 咏/n 恩则/x 于)
      assert.deepEqual(names('首席科学官何咏恩则于2019年加入公司。何咏恩称'), ['何咏恩', '何咏恩']);
      // (…and a name of three the segmenter cut before the day it was said: 何国/r 栋/zg 17/m 日)
      assert.deepEqual(names('商务部发言人何国栋17日表示'), ['何国栋']);
      // (…nor a tenure after a seat, 独立董事满六年; and a name run into the post's term is the name, 何明任期)
      assert.deepEqual(names('鉴于公司独立董事满六年。公告：独立董事何明任期已满六年'), ['何明']);
      // a zone's body named alone after an official of the zone is the zone's, the body the title's (三江新区党工委书记李自强、管委会主任何明亮)
      assert.deepEqual(officials('三江新区党工委书记李自强、管委会主任何明亮出席').map((o) => [o.name, o.title, o.org]), [
        ['李自强', '党工委书记', '三江新区'],
        ['何明亮', '管委会主任', '三江新区'],
      ]);
      // a title describing the name with 的, before what the person says (董事长兼总经理的郑浩坦言), not before what the title's holder gives (总理的祝福。)
      assert.deepEqual(names('现任公司董事长兼总经理的郑浩坦言，压力很大。反应印证了总理的祝福。'), ['郑浩']);
      // the duties the holder acts in between the title and the name (副总裁、代行董事会秘书职责的沈晓炜)
      assert.deepEqual(officials('公司副总裁、代行董事会秘书职责的沈晓炜表示').map((o) => [o.name, o.title]), [['沈晓炜', '副总裁']]);
      // …nor what is left of a date that starts a time (自２０２５年１月６日起/总经理)
      assert.deepEqual(officials('自２０２５年１月６日起总经理李明远主持工作').map((o) => [o.name, o.title, o.org]), [['李明远', '总经理', undefined]]);
      // an adverb of all glued on (木内/登英则/x 指出), but not a given name's own last character (片山/正则/称)
      assert.deepEqual(names('野村证券首席经济学家木内登英则指出，近期。日本汽车工业协会会长片山正则称'), ['木内登英', '片山正则']);
      assert.deepEqual(names('日本邮船社长曾我贵也则表示'), ['曾我贵也']);
      // not a one-character given name and the title after it (首相石破茂), nor a two-character word after the family name (田中表示)
      assert.deepEqual(names('日本首相石破茂表示。社长田中表示将加大投资'), ['石破茂', '田中']);
    });

    it('reads a three-character name whose last character the segmenter glued to the next word (黄循/财会, 陆晓/x 明说)', () => {
      assert.deepEqual(names('新加坡总理黄循财会见了外宾'), ['黄循财']);
      // …after a first part taken for a place that is none (苏建/ns 平等/a 参加)
      assert.deepEqual(names('副局长苏建平等参加会议'), ['苏建平']);
      // (not before a word that follows names whole: 杨林/x 参与/v)
      assert.deepEqual(names('财务总监杨林参与了说明'), ['杨林']);
      assert.deepEqual(names('董事长陆晓明说'), ['陆晓明']);
      // glued into an unknown piece of three (贺海/ns 东在市/x)
      assert.deepEqual(names('市委书记包钢、市长贺海东在市行政中心会见'), ['包钢', '贺海东']);
      // a surname glued onto the whole title before it (董秘程/x 建华/nz 回复), a holiday as the given name (国庆/t)
      assert.deepEqual(names('董秘程建华回复：感谢关注。董秘程国庆表示'), ['程建华', '程国庆']);
      // a Latin name with accented letters
      assert.deepEqual(names('总裁José Silva称，CEO Müller表示'), ['José Silva', 'Müller']);
      // (not an English phrase after the title: CEO of Tesla)
      assert.deepEqual(names('特斯拉CEO of Tesla马斯克表示。The CEO of Tesla, Elon Musk, said'), []);
      // a given name taken for a number (王/五一/m) or ending in a particle (肖云/x 兮/y), before a reply; not the verb 答
      assert.deepEqual(names('证券事务代表王五一回复：感谢关注。董秘肖云兮回复。证券事务代表张颖答：感谢关注。市长王强一行抵达'), ['王五一', '肖云兮', '张颖', '王强']);
      // glued into 日前 (张国/x 平日/t 前), not into 平日 before 前来 (usually comes)
      assert.deepEqual(names('洛阳市副市长张国平日前表示。市长王强平日前来调研'), ['张国平', '王强']);
      // a known name of three whose last character and 日前 read as 明日 (赵启明/nr 日前)
      assert.deepEqual(names('比亚迪海外事业部总经理赵启明日前在接受媒体采访时表示'), ['赵启明']);
      // 正在 after a name is no third character of it; rare surnames
      assert.deepEqual(names('总裁金鑫正在审阅文件。金鑫说'), ['金鑫', '金鑫']);
      assert.deepEqual(names('副市长隗红梅、李强出席，董事长兼总经理仉明先生'), ['隗红梅', '李强', '仉明']);
      // 赴 (goes to) follows names in headlines
      assert.deepEqual(names('烟台市副市长李刚赴中集来福士调研'), ['李刚']);
      // 中 tagged a locative after an unknown first part (胡成/x 中/f)
      assert.deepEqual(names('德力西集团董事局主席胡成中,人民电器董事局主席郑元豹出席'), ['胡成中', '郑元豹']);
      // …and after a surname and a character the segmenter cut apart, before what follows names (王/nr 莆/ns 中/f 表示)
      assert.deepEqual(names('美团副总裁王莆中表示，公司将推行补贴'), ['王莆中']);
      // …and a measure word's tag on the third character before a pause (谭/zg 作/v 钧/q ，), the later title of the list keeping the organization
      assert.deepEqual(officials('国务院国资委副主任苟坪、谭作钧，秘书长彭华岗出席会议').map((o) => [o.name, o.org]), [['苟坪', '国务院国资委'], ['谭作钧', '国务院国资委'], ['彭华岗', '国务院国资委']]);
      // a rare surname taken for a morpheme (淦/zg 家阅/x)
      assert.deepEqual(names('吉利汽车首席执行官淦家阅表示'), ['淦家阅']);
    });

    it('reads the titles of Taiwan and Hong Kong (执行长, 行政院长, 立法委员, 行政总裁) and their organizations', () => {
      const titles = (text: string) => officials(text).map((o) => [o.name, o.title, o.org]);
      assert.deepEqual(titles('联发科执行长蔡力行表示'), [['蔡力行', '执行长', '联发科']]);
      assert.deepEqual(titles('台积电董事长暨总裁魏哲家表示'), [['魏哲家', '董事长暨总裁', '台积电']]);
      assert.deepEqual(titles('行政院长卓荣泰今日表示'), [['卓荣泰', '行政院长', undefined]]);
      assert.deepEqual(titles('恒生银行行政总裁施颖茵说'), [['施颖茵', '行政总裁', '恒生银行']]);
      assert.deepEqual(titles('澳门特区政府文化体育及旅游局局长何丹表示'), [['何丹', '局长', '澳门特区政府文化体育及旅游局']]);
      assert.deepEqual(names('中信金控董事长陈佳文表示'), ['陈佳文']);
    });

    it('reads the titles of acting, Party-committee, state and foreign offices', () => {
      const titles = (text: string) => officials(text).map((o) => [o.name, o.title, o.org]);
      assert.deepEqual(titles('市委副书记、代市长王新宇表示'), [['王新宇', '市委副书记、代市长', undefined]]);
      // Hong Kong's 署理 (acting) before the organization, 副 and 临时 (interim) before any title
      assert.deepEqual(titles('中银香港副总裁、署理总裁孙煜表示'), [['孙煜', '副总裁、署理总裁', '中银香港']]);
      assert.deepEqual(titles('京东物流财务副总裁邱敏暂代首席财务官'), [['邱敏', '财务副总裁', '京东物流']]);
      // 前 glued onto the company's last character (台积/x 电前/x 董事长)
      assert.deepEqual(titles('台积电前董事长刘德音表示'), [['刘德音', '前董事长', '台积电']]);
      // …or after a function character glued onto it (对原/x 董事长, 因原/x 行长)
      assert.deepEqual(titles('证监会对原董事长马兴田罚款，因原行长刘信义辞职').map(([name, title]) => [name, title]), [['马兴田', '原董事长'], ['刘信义', '原行长']]);
      // …and before an organization that shares its last character with the title (前经济部长: 经济部's 部长)
      assert.deepEqual(titles('前经济部长王美花则在脸书发文'), [['王美花', '前部长', '经济部']]);
      // a company the dictionary knows before 的 and the name of a title of address is its organization (泸州老窖的刘淼董事长)
      assert.deepEqual(titles('泸州老窖的刘淼董事长表示'), [['刘淼', '董事长', '泸州老窖']]);
      assert.deepEqual(titles('腾讯控股（00700.HK）刘炽平总裁表示'), [['刘炽平', '总裁', '腾讯控股']]);
      // a buyer's and an operator's director (采购总监, 营运总监); a ministry named with 和 before a former title (工业和信息化部原副部长)
      assert.deepEqual(titles('海天味业（603288）采购总监梁嘉豪说。营运总监郑家豪表示。工业和信息化部原副部长刘建民说'), [['梁嘉豪', '采购总监', '海天味业'], ['郑家豪', '营运总监', undefined], ['刘建民', '原副部长', '工业和信息化部']]);
      // 代 (acting) opening a title is the title's, not after a word it ends (宁德时代董事长)
      assert.deepEqual(titles('代财务总监孙倩表示。宁德时代董事长曾毓群说'), [['孙倩', '代财务总监', undefined], ['曾毓群', '董事长', '宁德时代']]);
      // a department's, an institute's and a publisher's head too (郑立群司长, 王强所长, 李明社长)
      assert.deepEqual(titles('医疗器械监督管理司郑立群司长表示。王强所长介绍'), [['郑立群', '司长', '医疗器械监督管理司'], ['王强', '所长', undefined]]);
      // an acting one too (李红梅代董事长), no company in the name
      assert.deepEqual(titles('董事长王建国已辞职，李红梅代董事长表示'), [['王建国', '董事长', undefined], ['李红梅', '代董事长', undefined]]);
      // a nationality or a party's membership is no organization (德国籍高管, 美国共和党籍众议员: the country); 国务总理 is a title whole
      assert.deepEqual(titles('德国籍高管韦伯表示。美国共和党籍众议员唐·贝肯说。韩国国务总理、代总统韩德洙称'), [
        ['韦伯', '高管', undefined],
        ['唐·贝肯', '众议员', '美国'],
        ['韩德洙', '国务总理、代总统', '韩国'],
      ]);
      // a given name the segmenter took for an adverb after a compound surname it made of the title's last character (行/长孙/ns 立新/d)
      assert.deepEqual(titles('招商银行济南分行行长孙立新，副行长周敏出席'), [['孙立新', '行长', '招商银行济南分行'], ['周敏', '副行长', '招商银行济南分行']]);
      // the post another left, before 由 after a comma (辞任首席执行官，由李瑜接任)
      assert.deepEqual(titles('苟轶群辞任首席执行官，由李瑜接任'), [['苟轶群', '首席执行官', undefined], ['李瑜', '首席执行官', undefined]]);
      // (…a post of two titles with its organization, and one left as 职务: 不再担任首开集团党委书记、董事长, 辞去公司董事长职务)
      assert.deepEqual(titles('李明不再担任首开集团党委书记、董事长，由谢永强接任。'), [['李明', '党委书记、董事长', '首开集团'], ['谢永强', '党委书记、董事长', '首开集团']]);
      assert.deepEqual(titles('王刚辞去公司董事长职务，由孙伟接任。'), [['王刚', '董事长', undefined], ['孙伟', '董事长', undefined]]);
      // (…a post in Latin letters too: 不再担任公司CEO，由许宁接任)
      assert.deepEqual(titles('张伟不再担任公司CEO，由许宁接任'), [['张伟', 'CEO', undefined], ['许宁', 'CEO', undefined]]);
      assert.deepEqual(titles('署理财政司司长黄伟纶表示。恒生银行副行政总裁方兆文称。Intel临时联席首席执行官津斯纳说'), [
        ['黄伟纶', '署理司长', '财政司'],
        ['方兆文', '副行政总裁', '恒生银行'],
        ['津斯纳', '临时联席首席执行官', 'Intel'],
      ]);
      assert.deepEqual(titles('街道党工委书记陈建国说'), [['陈建国', '党工委书记', '街道']]);
      assert.deepEqual(titles('中国国家主席习近平指出'), [['习近平', '国家主席', '中国']]);
      assert.deepEqual(titles('英国财政大臣里夫斯表示'), [['里夫斯', '财政大臣', '英国']]);
      assert.deepEqual(titles('沙特能源大臣阿卜杜勒会后表示'), [['阿卜杜勒', '能源大臣', '沙特']]);
      // a minister's or a commissioner's portfolio is the title's (日本/经济产业大臣, 西班牙/工业和旅游大臣, 前欧盟/竞争事务专员); a federal one's 联邦 too
      assert.deepEqual(titles('日本经济产业大臣武藤容治表示。西班牙工业和旅游大臣埃雷乌说。前欧盟竞争事务专员维斯塔格称。宾夕法尼亚州联邦参议员费特曼说'), [
        ['武藤容治', '经济产业大臣', '日本'],
        ['埃雷乌', '工业和旅游大臣', '西班牙'],
        ['维斯塔格', '前竞争事务专员', '欧盟'],
        ['费特曼', '联邦参议员', '宾夕法尼亚州'],
      ]);
      // …two tasks joined by 和 before a title the positions list reads with the last word of the portfolio (欧盟贸易和经济/安全专员)
      assert.deepEqual(titles('欧盟贸易和经济安全专员马罗什·谢夫乔维奇表示'), [['马罗什·谢夫乔维奇', '贸易和经济安全专员', '欧盟']]);
      // a multinational's chief representative for a region (中国区总代表), a Japanese name after it
      assert.deepEqual(titles('日医学馆中国区总代表田中健一表示'), [['田中健一', '中国区总代表', '日医学馆']]);
      assert.deepEqual(names('中东问题特使威特科夫陪同'), ['威特科夫']);
      assert.deepEqual(names('易方达基金副总经理、首席投资官陈皓表示'), ['陈皓']);
      // a unit between two titles of one person: 管委会
      assert.deepEqual(titles('东湖高新区党工委书记、管委会主任吴祖云会见客人'), [['吴祖云', '党工委书记、管委会主任', '东湖高新区']]);
      // a county's name the segmenter took for a verb after its province (江西省/修水/v 县委常委), not a word after any place
      assert.deepEqual(titles('江西省修水县委常委、副县长方志勇说'), [['方志勇', '县委常委、副县长', '江西省修水县']]);
      assert.deepEqual(titles('江西省召开县委书记座谈会，县委书记方志勇说'), [['方志勇', '县委书记', undefined]]);
      // a title right after the previous official's name shares its organization
      assert.deepEqual(titles('云南白药集团董事长张文学、总裁董明一行来访').map((o) => o[2]), ['云南白药集团', '云南白药集团']);
      // the sector an analyst covers or a manager heads is no part of the organization (中信证券交通运输行业首席分析师)
      assert.deepEqual(titles('中信证券交通运输行业首席分析师邱景明认为。作为淘宝天猫集团消费电子行业总经理，韩立峰透露').map((o) => o[2]), ['中信证券', '淘宝天猫集团']);
      assert.deepEqual(titles('中信建投证券非银金融首席分析师赵子健认为，华泰证券宏观首席分析师易峘表示').map((o) => o[2]), ['中信建投证券', '华泰证券']);
      // …it is the analyst's title's, as 医药首席分析师 is
      assert.deepEqual(titles('中信证券交通运输行业首席分析师邱景明认为。中信建投证券非银金融首席分析师赵子健表示').map((o) => o[1]), ['交通运输行业首席分析师', '非银金融首席分析师']);
      // …nor the function one heads after a registered name (科技有限公司/技术/副总裁)
      assert.deepEqual(titles('北京字节跳动科技有限公司技术副总裁杨震原说').map((o) => o[2]), ['北京字节跳动科技有限公司']);
      // a firm's name the segmenter cut into single characters (、天/q 册/q 律师事务所)
      assert.deepEqual(titles('管理人负责人、天册律师事务所合伙人沈立群介绍').map((o) => o[2]), ['天册律师事务所']);
      // a pronoun or function character glued onto the organization is not part of it (其前/x, 后星澜/x)
      assert.deepEqual(titles('和解后，其前首席执行官钱治亚辞职。交易完成后星澜通信创始人、董事长郑嘉树表示').map((o) => o[2]), [undefined, '星澜通信']);
      // a court's clerk and an assistant to a head (书记员, 所长助理)
      assert.deepEqual(names('书记员徐婷担任记录。国信证券研究所所长助理林嘉怡认为'), ['徐婷', '林嘉怡']);
      // …after a comma and 及 too (总经理季川，及首席经济学家万颖)
      assert.deepEqual(titles('嘉实基金董事长骆文涛、总经理季川，及首席经济学家万颖出席').map((o) => o[2]), ['嘉实基金', '嘉实基金', '嘉实基金']);
      // the kind at the end of a fund's name is no organization (易方达蓝筹精选混合/基金经理)
      assert.deepEqual(titles('易方达蓝筹精选混合基金经理张坤'), [['张坤', '基金经理', undefined]]);
      // …and so do the names listed after it (副局长陈敏、赵国栋)
      assert.deepEqual(titles('西安市文化和旅游局局长李晓峰、副局长陈敏、赵国栋一行到大唐不夜城调研').map((o) => o[2]), ['西安市文化和旅游局', '西安市文化和旅游局', '西安市文化和旅游局']);
      // …and after 和 or 与, unless the second names its own (华为董事长王强与腾讯总裁李明)
      assert.deepEqual(titles('万科集团董事会主席郁亮和总裁祝九胜出席。华为董事长王强与腾讯总裁李明会面').map((o) => o[2]), ['万科集团', '万科集团', '华为', '腾讯']);
      assert.deepEqual(titles('中芯国际联合首席执行官赵海军表示'), [['赵海军', '联合首席执行官', '中芯国际']]);
      assert.deepEqual(titles('上海电气集团总裁助理周海峰会谈时'), [['周海峰', '总裁助理', '上海电气集团']]);
      assert.deepEqual(titles('玉皇庙镇党委书记陈刚说'), [['陈刚', '镇党委书记', '玉皇庙镇']]);
      // the banners (旗) of Inner Mongolia are counties; a Party group member is a post
      assert.deepEqual(titles('伊金霍洛旗委书记额尔德木图，旗委副书记、旗长苏日娜出席'), [
        ['额尔德木图', '旗委书记', '伊金霍洛旗'],
        ['苏日娜', '旗委副书记、旗长', '伊金霍洛旗'],
      ]);
      assert.deepEqual(titles('会见了中国石油天然气集团有限公司党组成员、副总经理张立铭一行'), [['张立铭', '党组成员、副总经理', '中国石油天然气集团有限公司']]);
      assert.deepEqual(titles('贵安新区党工委副书记、管委会主任娄世杰参加会见'), [['娄世杰', '党工委副书记、管委会主任', '贵安新区']]);
      // a village's Party secretary and committee head
      assert.deepEqual(titles('长泾村党支部书记兼村委会主任钱志明说'), [['钱志明', '村党支部书记兼村委会主任', '长泾村']]);
      assert.deepEqual(titles('霄边社区党委书记、居委会主任李志坚介绍'), [['李志坚', '党委书记、居委会主任', '霄边社区']]);
      // banks and multinationals: 原 before the titles is no organization; a region before an executive title is the title's
      assert.deepEqual(titles('工商银行山东省分行原党委书记、行长梁振宇另有任用'), [['梁振宇', '原党委书记、行长', '工商银行山东省分行']]);
      assert.deepEqual(titles('兰陵农商银行客户经理庞雪说,管理局二级调研员单立华表示'), [
        ['庞雪', '客户经理', '兰陵农商银行'],
        ['单立华', '二级调研员', '管理局'],
      ]);
      // a bureau's chief secretary (Taiwan's 主任秘書)
      assert.deepEqual(titles('证期局主任秘书黄怡表示，该公司'), [['黄怡', '主任秘书', '证期局']]);
      // a civil servant's rank of 主任科员 or 科员
      assert.deepEqual(titles('县市场监督管理局一级主任科员杨志勇违规操办婚宴，县统计局二级科员王珂'), [
        ['杨志勇', '一级主任科员', '县市场监督管理局'],
        ['王珂', '二级科员', '县统计局'],
      ]);
      assert.deepEqual(titles('特斯拉公司全球副总裁陶琳表示'), [['陶琳', '全球副总裁', '特斯拉公司']]);
      assert.deepEqual(titles('富士康科技集团副总裁、中央总部总经理李军旗说'), [['李军旗', '副总裁、中央总部总经理', '富士康科技集团']]);
      assert.deepEqual(titles('洛阳栾川钼业集团股份有限公司（洛阳钼业）董事长刘建锋说'), [['刘建锋', '董事长', '洛阳栾川钼业集团股份有限公司']]);
      assert.deepEqual(titles('大众汽车集团（中国）董事长贝瑞德表示'), [['贝瑞德', '董事长', '大众汽车集团（中国）']]);
      // a Party committee's department between two titles of one person
      assert.deepEqual(titles('市委常委、组织部部长刘子峰说').map((o) => o[1]), ['市委常委、组织部部长']);
      assert.deepEqual(names('宝马集团董事会成员米兰·内德尔科维奇表示'), ['米兰·内德尔科维奇']);
      // a name with its position in brackets after it, as press conferences introduce speakers
      assert.deepEqual(titles('邀请了王立新（市文化和旅游局党组书记、局长）、陈雪梅（淄川区副区长）。\n王立新：今年以来'), [
        ['王立新', '党组书记、局长', '市文化和旅游局'],
        ['陈雪梅', '副区长', '淄川区'],
        ['王立新', '党组书记、局长', '市文化和旅游局'],
      ]);
      // …a post held then or before (时任, 原), whatever unit it is of
      assert.deepEqual(titles('相关责任人何志勇（时任支行行长）被警告，被告人王强（原县交通局局长）受贿'), [
        ['何志勇', '行长', undefined],
        ['王强', '原局长', '县交通局'],
      ]);
      assert.deepEqual(names('华为（中国）有限公司,张三（男）说'), []);
      // or after a space or comma in a guest list, and their later turns
      assert.deepEqual(titles('圆桌嘉宾：\n李明 蔚蓝汽车集团有限公司副总裁；\n赵国栋，中国汽车工业协会副秘书长\n李明：我们认为'), [
        ['李明', '副总裁', '蔚蓝汽车集团有限公司'],
        ['赵国栋', '副秘书长', '中国汽车工业协会'],
        ['李明', '副总裁', '蔚蓝汽车集团有限公司'],
      ]);
      assert.deepEqual(names('我和李四，一位董事长'), []);
      // an office before its head's title is no name (宣传部/nr 副部长); a company's Party committee post
      assert.deepEqual(titles('历下区委宣传部副部长 张晓燕主持'), [['张晓燕', '副部长', '历下区委宣传部']]);
      // a dash between two places inside a body's name (中国—东盟), not a dash before a byline
      assert.deepEqual(titles('广西大学中国—东盟研究院副院长杨卓娟表示，中国-中亚合作论坛秘书长王刚说'), [
        ['杨卓娟', '副院长', '广西大学中国—东盟研究院'],
        ['王刚', '秘书长', '中国-中亚合作论坛'],
      ]);
      // nor a bureau's field before its head's title (县级文旅局长), while a name before one is (王海局长)
      assert.deepEqual(names('县级文旅局长直播带货，住建局长到场。地方文旅营销。王海局长说'), ['王海']);
      assert.deepEqual(titles('中国宝武钢铁集团有限公司党委常委、副总经理侯安贵说'), [['侯安贵', '党委常委、副总经理', '中国宝武钢铁集团有限公司']]);
      // a form's field: the name after the title's colon is its whole value
      assert.deepEqual(titles('中标公告\n项目经理：孙浩然（一级建造师）\n董事长：我们认为').map((o) => [o[0], o[1]]), [['孙浩然', '项目经理']]);
      // (…its 姓名 between too: 主要负责人姓名：刘洋)
      assert.deepEqual(titles('当事人名称：鲁信商业银行股份有限公司济南历下支行\n主要负责人姓名：刘洋\n联系人姓名：李四').map((o) => [o[0], o[1]]), [['刘洋', '主要负责人']]);
      // …and a field in brackets ends at its closing bracket (（法定代表人：钱志刚）, which the engine reads folded to half width)
      assert.deepEqual(titles('绍兴市恒达纺织印染有限公司(法定代表人:钱志刚)拒不履行').map((o) => [o[0], o[1]]), [['钱志刚', '法定代表人']]);
      // a clause of 作为 gives the position before the comma and the name (作为…总经理，覃建新); a title before a comma alone does not
      assert.deepEqual(titles('作为鑫源矿业总经理，覃建新已递交检查。作为董事长，他表示'), [['覃建新', '总经理', '鑫源矿业']]);
      // (…not a company's name after the comma, the segmenter's first piece of it no name: 作为全国人大代表，盛远/x 控股集团有限公司党委书记)
      assert.deepEqual(titles('作为全国人大代表，盛远控股集团有限公司党委书记、董事长蒋丽华带来了建议'), [['蒋丽华', '党委书记、董事长', '盛远控股集团有限公司']]);
      assert.deepEqual(names('会议由总经理主持，王强出席'), []);
      // a page's credits name its staff
      assert.deepEqual(names('监制：王海军　主编：李娜'), []);
      // a role word is no given name: 副行长向/记者透露; nor is 姓 (a man surnamed Wang)
      assert.deepEqual(names('一位王姓董事长说,张姓副市长表示'), []);
      // a former deputy (原副部长) and a form of address (王大姐) are no names
      assert.deepEqual(names('商务部原副部长、中国国际经济交流中心副理事长魏建国说'), ['魏建国']);
      assert.deepEqual(names('老字号店铺负责人王大姐告诉记者'), []);
      // a verb phrase the segmenter tags as a name (应邀出席/nr); 在 inside a name cut in two (李在/x 武/n)
      assert.deepEqual(names('青岛啤酒股份有限公司负责人应邀出席签约仪式'), []);
      assert.deepEqual(names('日照市委书记李在武出席，李在武强调'), ['李在武', '李在武']);
      assert.deepEqual(names('一位分行副行长向记者透露'), []);
      // a caption's 图为 is no part of the organization; a provincial leader's second post
      assert.deepEqual(titles('图为无锡市委书记杜小刚（左二）'), [['杜小刚', '市委书记', '无锡市']]);
      assert.deepEqual(titles('山东省委书记、省人大常委会主任林武，省委副书记、省长周乃翔出席'), [
        ['林武', '省委书记、省人大常委会主任', '山东省'],
        ['周乃翔', '省委副书记、省长', '山东省'],
      ]);
      assert.deepEqual(titles('市投资促进局局长王海涛说'), [['王海涛', '局长', '市投资促进局']]);
      assert.deepEqual(titles('济南海关副关长 冯晓东出席'), [['冯晓东', '副关长', '济南海关']]);
    });
  });

  it('reads a name before a title of address', () => {
    assert.deepEqual(officials('这是去年得到王海书记批示的项目'), [{ name: '王海', title: '书记', org: undefined, source: 'rule:official-address' }]);
    // …a head of state's or government's too, a transliterated name's (not before the office the title names: 总统府)
    assert.deepEqual(officials('特朗普总统周三签署行政令。石破茂首相表示。王刚总统府发言人').map((o) => [o.name, o.title]), [['特朗普', '总统'], ['石破茂', '首相']]);
    // …nor an office's last character and 原 before a former post (欧亚/司原/副司长)
    assert.deepEqual(names('申晓岚是外交部欧亚司原副司长。'), ['申晓岚']);
    // a known company right before the name is its organization
    assert.deepEqual(officials('海尔集团周云杰董事长表示').map((o) => [o.name, o.title, o.org]), [['周云杰', '董事长', '海尔集团']]);
    // …and a public office right before the name (广东省商务厅张国华厅长), not a word that names none (记者王强主任)
    assert.deepEqual(officials('广东省商务厅张国华厅长表示。山西省能源局刘明远副局长指出。记者王强主任表示').map((o) => [o.name, o.title, o.org]), [
      ['张国华', '厅长', '广东省商务厅'],
      ['刘明远', '副局长', '山西省能源局'],
      ['王强', '主任', undefined],
    ]);
    // a government title's place, the one the article named last
    assert.deepEqual(officials('青岛市人民代表大会开幕。赵豪志市长代表市政府作报告').map((o) => [o.name, o.title, o.org]), [['赵豪志', '市长', '青岛市']]);
    assert.deepEqual(names('习近平总书记强调'), ['习近平']);
    assert.deepEqual(names('张敏副总经理表示'), ['张敏']);
    // a deputy's title of address (江涛/x 副主任)
    assert.deepEqual(officials('会上，江涛副主任补充介绍。刘洋副秘书长指出').map((o) => [o.name, o.title]), [['江涛', '副主任'], ['刘洋', '副秘书长']]);
    assert.deepEqual(names('李明副市长指出，孙杰市委书记强调，于海田市长说'), ['李明', '孙杰', '于海田']);
    // not a county before its committee's secretary (高唐/nr 县委书记)
    assert.deepEqual(names('高唐县委书记表示，要加强巡河'), []);
    // 任/r is 'serves as' here
    assert.deepEqual(names('国家级贫困县丹寨县任科技副县长1年多来'), []);
    // A company before its executive's joined titles is no person addressed by them.
    assert.deepEqual(officials('比亚迪董事长兼总裁王传福表示').map((o) => [o.name, o.org]), [['王传福', '比亚迪']]);
    // …but a name before joined titles and what follows a name is the name addressed (蔡力行副董事长暨执行长表示)
    assert.deepEqual(officials('联发科召开法说会，蔡力行副董事长暨执行长表示').map((o) => [o.name, o.title]), [['蔡力行', '副董事长暨执行长']]);
    assert.deepEqual(names('蔚来董事长兼总裁李斌表示'), ['李斌']);
  });

  it('completes a ministry or bureau named without its unit', () => {
    assert.equal(officials('英国财政部长约翰·史密斯表示')[0]!.org, '英国财政部');
    assert.equal(officials('水利部部长李国强主持')[0]!.org, '水利部');
  });

  it('keeps organization words the segmenter tags as verbs, and drops a bare 公司', () => {
    const [ma] = officials('腾讯控股董事会主席兼首席执行官马化腾表示');
    assert.deepEqual([ma!.org, ma!.title], ['腾讯控股', '董事会主席兼首席执行官']);
    // 破产/v, 执法/v, 采购/v, 审计/v
    assert.deepEqual(officials('南京中院破产审判庭庭长李明辉，反垄断执法二司司长吴京，国家医保局采购司司长丁一磊，省审计厅厅长赵刚').map((o) => o.org), [
      '南京中院破产审判庭',
      '反垄断执法二司',
      '国家医保局采购司',
      '省审计厅',
    ]);
    // a direction a name starts with (南方/f 科技大学), 与 inside a school's name, 住/v 建局, 口岸/s
    assert.deepEqual(officials('南方科技大学校长李四说。郑州大学水利与交通学院院长王五说。成都市住建局副局长张宏、成都市口岸物流办公室副主任李晓林').map((o) => o.org), [
      '南方科技大学',
      '郑州大学水利与交通学院',
      '成都市住建局',
      '成都市口岸物流办公室',
    ]);
    // but not a scope (国内市场总监)
    assert.equal(officials('公司的国内市场总监曹红说')[0]!.org, undefined);
    assert.equal(officials('该公司董事长王传福表示')[0]!.org, undefined);
  });

  it('marks every other mention of a known official in the article', () => {
    const found = officials('常州市长费高云在会见百度副总裁王劲时说，合作很好。王劲表示，首选常州。王劲对费高云表示感谢。');
    assert.deepEqual(
      found.map((o) => [o.name, o.source, o.title]),
      [
        ['费高云', 'rule:official-title', '市长'],
        ['王劲', 'rule:official-title', '副总裁'],
        ['王劲', 'rule:official-mention', '副总裁'],
        ['王劲', 'rule:official-mention', '副总裁'],
        ['费高云', 'rule:official-mention', '市长'],
      ],
    );
    assert.deepEqual(names('市委书记刘强、市长于海田率队。在深圳期间，刘强、于海田先后走访了比亚迪。'), ['刘强', '于海田', '刘强', '于海田']);
    // after a year the segmenter glued to it (2012/年林国荣/x)
    assert.deepEqual(names('董事长林国荣说。2012年林国荣退休'), ['林国荣', '林国荣']);
    // …or a character glued onto it after (王刚搞/x, 王刚案/x), not a third given character (王刚毅, another man)
    assert.deepEqual(names('原董事长王刚涉嫌受贿罪。通报指出，王刚搞“一言堂”，要深刻汲取王刚案教训。王刚毅表示'), ['王刚', '王刚', '王刚']);
    // a name that is also a word is the person again before speech or an act, not as the word (金融是经济的血脉)
    assert.deepEqual(names('副市长金融表示，金融是经济的血脉。金融指出，高峰、王者一同前往'), ['金融', '金融']);
    // (…nor one that ends a clause after a common noun, as its compound's head: 用电/n 高峰。)
    assert.deepEqual(names('大会执行主席高峰主持会议。全省电网平稳度过用电高峰。高峰说'), ['高峰', '高峰']);
    assert.deepEqual(names('党委书记、主任高峰介绍。确保用电高峰期间电煤库存不低于15天'), ['高峰']);
    // (…but not a name the segmenter tagged a numeral, with no numeral in it: 许立群/m, whose 许 is "about" to it)
    assert.deepEqual(names('花漾生物科技股份有限公司董事长许立群走进直播间。许立群在直播中宣布'), ['许立群', '许立群']);
    // a founder named like the company: its shares, profit or brand are the company's
    assert.deepEqual(names('李宁公司创始人李宁表示看好。李宁股价上涨，李宁净利润下降。李宁说，李宁品牌将扩张'), ['李宁', '李宁']);
    // (…nor a product line of the name: 李宁YOUNG销售点)
    assert.deepEqual(names('执行主席李宁表示。李宁YOUNG销售点数量增加'), ['李宁']);
    // …nor its annual report or a quote of its shares (李宁年报, 李宁报17.92港元)
    assert.deepEqual(names('李宁公司创始人李宁表示看好。安踏、李宁年报出炉，李宁报17.92港元'), ['李宁']);
    // …nor before its stock code, ahead of the founder's titled mention (李宁（02331）)
    assert.deepEqual(names('李宁（02331）今日急挫9.8%。董事长兼联席行政总裁李宁在业绩会上称'), ['李宁']);
    // …nor a foundation named after the person (保尔森基金会)
    assert.deepEqual(names('美国前财政部长保尔森表示，保尔森基金会将捐资'), ['保尔森']);
    // before a verb the segmenter glued to the name's last character (张明出/x 生于)
    assert.deepEqual(names('中国石化董事长张明出席会议。张明出生于1964年'), ['张明', '张明']);
    // …and a name the segmenter read as a weekday and a verb (周一/t 鸣/v), no Monday
    assert.deepEqual(names('周一鸣同志不再担任国家电投董事长。会议肯定了周一鸣任职期间的工作'), ['周一鸣', '周一鸣']);
    // …and 续称, 又指 after it (谭志伟续/x 称)
    assert.deepEqual(names('新世界发展行政总裁谭志伟表示，集团将出售资产。谭志伟续称，业务稳定'), ['谭志伟', '谭志伟']);
    // …and 现为, 现任, 现年 after it (郑家/nrfg 豪现/x 为)
    assert.deepEqual(names('行政长官已委任郑家豪为商务及经济发展局副局长。郑家豪现为香港上海汇丰银行有限公司董事总经理'), ['郑家豪', '郑家豪']);
    // a district before its unit's title is no name in address (章丘区委书记), a name is (于海田市长)
    assert.deepEqual(names('章丘区委书记带队调研。章丘区区长带队。于海田市长主持会议'), ['于海田']);
    // …nor a county-level city the segmenter took for a name (诸城/nr 市委书记), later mentions of it neither
    assert.deepEqual(names('时任诸城市委书记的陈立华决定改制，诸城的做法值得借鉴'), ['陈立华']);
  });

  describe('an appointment or removal', () => {
    it('reads the post someone already holds (张毅已任/x 该行党委副书记) or has held since a date (自去年2月底起任/x)', () => {
      assert.deepEqual(officials('据中国建设银行官网消息，张毅已任该行党委副书记，拟任行长。').map((o) => [o.name, o.title]), [['张毅', '党委副书记']]);
      assert.deepEqual(officials('北京首都创业集团有限公司（以下简称“首创集团”）宣布，何平自去年2月底起任首创集团总经理').map((o) => [o.name, o.title, o.org]), [['何平', '总经理', '首创集团']]);
    });

    it('reads a biography: the name opening a paragraph before the sex, with the last post it names after 任', () => {
      const bio = '杨庆华，男，汉族，1966年3月生，2016年12月至2021年6月任江西省赣州市委书记；2021年6月起任江西省副省长。今年8月，杨庆华主动投案。';
      assert.deepEqual(officials(bio).map((o) => [o.name, o.title, o.org]), [
        ['杨庆华', '副省长', '江西省'],
        ['杨庆华', '副省长', '江西省'],
      ]);
      // …a post with a note in brackets after it (副县长（挂职）), taken on secondment (挂任), whose 挂 is no name's
      assert.deepEqual(officials('王磊，男，汉族，1983年11月生，省农业农村厅种植业管理处副处长，拟挂任清江县人民政府副县长（挂职），协助分管农业农村工作。').map((o) => [o.name, o.title, o.org]), [['王磊', '副县长', '清江县人民政府']]);
      assert.deepEqual(names('孙建平（原挂任清江县人民政府副县长）等8名同志挂职期满'), ['孙建平']);
      // (…nor the 常 of a permanent secretary, 常任秘书长, a post of its own; and 挂职, on secondment, takes a post as 任 does)
      assert.deepEqual(officials('政府公布主要官员任命及常任秘书长职位调动。现任环境及生态局常任秘书长（环境）何咏思将调任').map((o) => [o.name, o.title, o.org]), [['何咏思', '常任秘书长', '环境及生态局']]);
      assert.deepEqual(officials('心内科主任医师梁晓婷挂职云岭县人民医院副院长。副市长简况').map((o) => [o.name, o.title, o.org]), [['梁晓婷', '副院长', '云岭县人民医院']]);
      // not without a post
      assert.deepEqual(names('李娜，女，28岁，是一名教师。'), []);
    });

    it('reads a regulator\'s approval: names run into the organization before the title (核准…的任职资格)', () => {
      assert.deepEqual(officials('北京金融监管局核准王立群中国人民人寿保险股份有限公司北京市分公司总经理的任职资格。王立群应当遵守'), [
        { name: '王立群', title: '总经理', org: '中国人民人寿保险股份有限公司北京市分公司', source: 'rule:official-appointed' },
        { name: '王立群', title: '总经理', org: '中国人民人寿保险股份有限公司北京市分公司', source: 'rule:official-mention' },
      ]);
      // a list, a compound surname, a bracket in the organization, and a given name of one character where only then a company starts
      assert.deepEqual(
        officials('核准何静怡、欧阳明远中信保诚人寿保险有限公司独立董事的任职资格，核准陈嘉禾安联(中国)保险控股有限公司董事长的任职资格，核准王伟中国银行股份有限公司副行长任职资格').map((o) => [o.name, o.title, o.org]),
        [
          ['何静怡', '独立董事', '中信保诚人寿保险有限公司'],
          ['欧阳明远', '独立董事', '中信保诚人寿保险有限公司'],
          ['陈嘉禾', '董事长', '安联(中国)保险控股有限公司'],
          ['王伟', '副行长', '中国银行股份有限公司'],
        ],
      );
      // …approvals listed after one 核准
      assert.deepEqual(officials('核准马国强河南伊川农村商业银行股份有限公司董事长任职资格、冯静河南新郑农村商业银行股份有限公司行长任职资格').map((o) => [o.name, o.org]), [
        ['马国强', '河南伊川农村商业银行股份有限公司'],
        ['冯静', '河南新郑农村商业银行股份有限公司'],
      ]);
      // …the short name it is called by after it no part of the organization
      assert.deepEqual(officials('核准王立新济南农村商业银行股份有限公司（以下简称“济南农商银行”）董事长任职资格').map((o) => [o.name, o.org]), [['王立新', '济南农村商业银行股份有限公司']]);
      // …with a list of titles
      assert.deepEqual(officials('核准刘珺中国工商银行董事、行长的任职资格').map((o) => [o.name, o.title, o.org]), [['刘珺', '董事、行长', '中国工商银行']]);
      // …and a name before 的 and the title, with no organization
      assert.deepEqual(officials('金融监管总局已核准江文博的董事长任职资格').map((o) => [o.name, o.title, o.org]), [['江文博', '董事长', undefined]]);
      // (…or right after the last name of a list, no 的: 核准陈静、赵国栋副行长任职资格)
      assert.deepEqual(names('监管局核准陈静、赵国栋副行长任职资格'), ['陈静', '赵国栋']);
      // (no name in a kind of firm approved for: 核准保险公司总公司层面高管)
      assert.deepEqual(names('金融监管总局共核准保险公司总公司层面高管任职资格126人'), []);
      // …or 任 or 的 between the name and the organization
      assert.deepEqual(officials('金融监管总局核准葛海蛟的中国银行董事长任职资格').map((o) => [o.name, o.title, o.org]), [['葛海蛟', '董事长', '中国银行']]);
      assert.deepEqual(officials('江苏监管局核准周立平任苏南农村商业银行代理行长的任职资格').map((o) => [o.name, o.title, o.org]), [['周立平', '代理行长', '苏南农村商业银行']]);
      // (…a given name of one before 担任: 张辉, not 张辉担)
      assert.deepEqual(officials('中国银行股份有限公司公告：核准张辉担任本行副行长的任职资格。').map((o) => [o.name, o.title]), [['张辉', '副行长']]);
      assert.deepEqual(officials('关于核准陈立群为中国太平洋财产保险股份有限公司董事长任职资格的批复').map((o) => [o.name, o.title, o.org]), [['陈立群', '董事长', '中国太平洋财产保险股份有限公司']]);
      // (…the name ending where a company the dictionary knows starts: 王涛/大家人寿保险…)
      assert.deepEqual(officials('关于核准王涛大家人寿保险股份有限公司上海分公司总经理任职资格的批复').map((o) => [o.name, o.org]), [['王涛', '大家人寿保险股份有限公司上海分公司']]);
      // …a list given its posts in order (分别担任), the titles joined by 和 too; 该行 names the bank elsewhere
      assert.deepEqual(officials('核准陆敏、谢立群、何琳分别担任该行副行长、首席审计官和董事会秘书的任职资格').map((o) => [o.name, o.title, o.org]), [
        ['陆敏', '副行长', undefined],
        ['谢立群', '首席审计官', undefined],
        ['何琳', '董事会秘书', undefined],
      ]);
      // …and a notice's 先生 before 担任, or before the organization alone
      assert.deepEqual(officials('已核准周立群先生担任本公司副总裁的任职资格').map((o) => [o.name, o.title, o.org]), [['周立群', '副总裁', undefined]]);
      assert.deepEqual(officials('核准刘卫平先生本公司副总裁的任职资格').map((o) => [o.name, o.title, o.org]), [['刘卫平', '副总裁', undefined]]);
      // not without a surname, nor a title
      assert.deepEqual(names('核准该行董事长的任职资格，核准其担任职务的任职资格'), []);
    });

    it('reads the names appointed to a position, with its title and organization', () => {
      assert.deepEqual(officials('经研究决定，任命张晓东为济南市副市长'), [{ name: '张晓东', title: '副市长', org: '济南市', source: 'rule:official-appointed' }]);
      assert.deepEqual(officials('决定任命王强同志为市政府秘书长'), [{ name: '王强', title: '秘书长', org: '市政府', source: 'rule:official-appointed' }]);
      assert.deepEqual(names('任命张三、李四为济南市副市长'), ['张三', '李四']);
      assert.deepEqual(names('董事会同意聘任陈志明为公司总裁，任期三年'), ['陈志明']);
      assert.deepEqual(names('同意聘任孙立华先生为公司副总裁，王芳女士任公司财务总监'), ['孙立华', '王芳']);
      assert.deepEqual(names('选举王芳为区人大常委会主任'), ['王芳']);
      // each clause of the sentence that names someone and a position; not a clause with no position
      assert.deepEqual(officials('决定任命孙晓东为副市长、李建华为市教育局局长').map((o) => [o.name, o.title, o.org]), [
        ['孙晓东', '副市长', undefined],
        ['李建华', '局长', '市教育局'],
      ]);
      assert.deepEqual(names('任命张三、李四为副市长，王五出席会议'), ['张三', '李四']);
      // a transliterated name and its Latin form in brackets
      assert.deepEqual(officials('西门子宣布，任命克劳斯·韦伯（Klaus Weber）为西门子大中华区总裁').map((o) => [o.name, o.title, o.org]), [
        ['克劳斯·韦伯', '大中华区总裁', '西门子'],
        ['Klaus Weber', '大中华区总裁', '西门子'],
      ]);
      // …and a Chinese name's (周霆（Ting Zhou）: neither was read, nor the later mentions)
      assert.deepEqual(officials('诺和诺德宣布，任命周霆（Ting Zhou）为公司全球高级副总裁。周霆在内部信中表示').map((o) => [o.name, o.title]), [
        ['周霆', '全球高级副总裁'],
        ['Ting Zhou', '全球高级副总裁'],
        ['周霆', '全球高级副总裁'],
      ]);
    });

    it('reads a name removed from the position it held', () => {
      assert.deepEqual(officials('会议决定免去赵刚的市交通运输局局长职务'), [{ name: '赵刚', title: '局长', org: '市交通运输局', source: 'rule:official-appointed' }]);
      assert.deepEqual(names('免去李红梅的济南市副市长职务'), ['李红梅']);
      // (…职务 the segmenter glued onto the title: 水利部/部长职务/n)
      assert.deepEqual(officials('会议决定，免去陈立峰的水利部部长职务').map((o) => [o.name, o.title, o.org]), [['陈立峰', '部长', '水利部']]);
      // a given name the segmenter took for an adverb (王/立新/d)
      assert.deepEqual(names('省政府决定免去王立新的厅长职务'), ['王立新']);
      assert.deepEqual(officials('任命王建军为省发展和改革委员会主任').map((o) => o.org), ['省发展和改革委员会']);
      assert.deepEqual(officials('因工作调整，丁雄军辞去公司董事长职务').map((o) => [o.name, o.title]), [['丁雄军', '董事长']]);
      assert.deepEqual(officials('覃志勇不再担任南岭市工业和信息化局局长').map((o) => [o.name, o.title, o.org]), [['覃志勇', '局长', '南岭市工业和信息化局']]);
      assert.deepEqual(officials('宗馥莉辞任娃哈哈集团董事长').map((o) => [o.name, o.title, o.org]), [['宗馥莉', '董事长', '娃哈哈集团']]);
      // the position before 由 (院长由朱晓担任), and a name the title is (董事长是沈定刚。), not 市长是王强的朋友
      assert.deepEqual(names('院长由朱晓担任。董事长由刘尔卓出任。公司的董事长是沈定刚。市长是王强的朋友'), ['朱晓', '刘尔卓', '沈定刚']);
      // (…an adverb between the post and 由: 校长仍由韩涛担任, 总裁一职将由王珂出任; not a task's 由: 此事仍由韩涛负责)
      assert.deepEqual(officials('校长仍由韩涛担任。总裁一职将由王珂出任。此事仍由韩涛负责').map((o) => [o.name, o.title]), [['韩涛', '校长'], ['王珂', '总裁'], ['韩涛', '校长']]);
      // (…two holders of it joined by 与 or 和: 共同执行长由许家豪与沈佩琪担任)
      assert.deepEqual(officials('共同执行长由许家豪与沈佩琪担任。联席总裁由王强和李明担任').map((o) => [o.name, o.title]), [
        ['许家豪', '共同执行长'],
        ['沈佩琪', '共同执行长'],
        ['王强', '联席总裁'],
        ['李明', '联席总裁'],
      ]);
      // …the 由 glued onto the surname (由孙/x 明亮/a 接任), and a former post after 由, the post taken before it (一职由原副总经理蒋海峰出任)
      assert.deepEqual(officials('苏豪控股集团董事长由孙明亮接任，徐工集团总经理一职由原副总经理蒋海峰出任').map((o) => [o.name, o.title]), [
        ['孙明亮', '董事长'],
        ['蒋海峰', '原副总经理'],
      ]);
      // 聘任 or 委任 and the surname 何 the segmenter read as 任何 (聘/v 任何/r 颖/nr), with the names listed after it
      assert.deepEqual(officials('董事会聘任何颖为总经理。董事会委任何志强、李慧雯及苏家俊为独立非执行董事。').map((o) => [o.name, o.title]), [
        ['何颖', '总经理'],
        ['何志强', '独立非执行董事'],
        ['李慧雯', '独立非执行董事'],
        ['苏家俊', '独立非执行董事'],
      ]);
      // (…the given name glued to 为: 聘/v 任何/r 捷为/x)
      assert.deepEqual(officials('董事会同意聘任何捷为公司总经理。').map((o) => [o.name, o.title]), [['何捷', '总经理']]);
      // a founding partner's title whole, with its firm (创始主管合伙人, 创始合伙人)
      assert.deepEqual(officials('启明创投创始主管合伙人邝立行表示。元禾原点创始合伙人华明轩认为').map((o) => [o.name, o.title, o.org]), [
        ['邝立行', '创始主管合伙人', '启明创投'],
        ['华明轩', '创始合伙人', '元禾原点'],
      ]);
      // (…or taken for an adverb before 为: 聘/v 任何/r 立新/d 为)
      assert.deepEqual(officials('董事会聘任何立新为总经理。').map((o) => [o.name, o.title]), [['何立新', '总经理']]);
      // (…and the count of those elected after 等: 选举邵明辉等9名董事)
      assert.deepEqual(officials('股东大会选举邵明辉等9名董事组成第九届董事会').map((o) => [o.name, o.title]), [['邵明辉', '董事']]);
      // (…and a bare 任 after this year's start: 赵德胜今年起任青岛市委书记)
      assert.deepEqual(officials('现年58岁的赵德胜今年起任青岛市委书记').map((o) => [o.name, o.title, o.org]), [['赵德胜', '市委书记', '青岛市']]);
      // appointed, 获委任 (获/v 委任/n 为)
      assert.deepEqual(officials('自2025年1月1日起，卢振宇获委任为集团总裁').map((o) => [o.name, o.title]), [['卢振宇', '总裁']]);
      // …已获委任 (已获/x 委任/n), and a dotted name appointed whatever the segmenter tagged its first part (任命/大卫/n ·莫里斯)
      assert.deepEqual(names('公告，林志成先生已获委任为公司总裁。苹果公司宣布任命大卫·莫里斯为首席运营官。'), ['林志成', '大卫·莫里斯']);
      // …被任命为, 被委任为: the passive (刘文娟/x 被/p 任命/n: no name was read)
      assert.deepEqual(officials('星巴克中国宣布，刘文娟被任命为星巴克中国首席执行官。张伟已被委任为公司财务总监').map((o) => [o.name, o.title]), [['刘文娟', '首席执行官'], ['张伟', '财务总监']]);
      // a list over a bracketed sex (刘建华（女）、陈建军)
      assert.deepEqual(names('副省长王桂芳、刘建华（女）、陈建军、李振国。'), ['王桂芳', '刘建华', '陈建军', '李振国']);
      assert.deepEqual(names('首任总经理为夏瑞芳。市长为民办实事'), ['夏瑞芳']);
      // …a name the surname rules miss, read as after a title (宋/nr 立新/d)
      assert.deepEqual(officials('学院党委书记为宋立新，校长为韩涛。').map((o) => [o.name, o.title]), [['宋立新', '党委书记'], ['韩涛', '校长']]);
      // …before the name in Latin letters, which is the same official's
      assert.deepEqual(names('董事总经理为陈国华（Tan Kok Wah）。'), ['陈国华', 'Tan Kok Wah']);
      // …or names, joined as a list is (保荐代表人为孙立和赵一鸣。), not a name and what follows (董事长为王强和公司)
      assert.deepEqual(officials('保荐机构为华泰联合证券有限责任公司，保荐代表人为孙立和赵一鸣，项目协办人为马超。').map((o) => [o.name, o.title]), [
        ['孙立', '保荐代表人'],
        ['赵一鸣', '保荐代表人'],
        ['马超', '项目协办人'],
      ]);
      assert.deepEqual(names('董事长为王强和公司的事操心'), []);
      // one post a count of holders has, its names after 分别为 (三名独立非执行董事，分别为周慕白、陈以宁); an alumnus's résumé by class (张明远，1982级…，现任…);
      // a Hong Kong licensed firm's responsible officer (前行政總裁兼負責人員)
      // (…the count after the post: 独立董事3名，分别为…)
      assert.deepEqual(officials('其中独立董事3名，分别为吴明哲、林淑贞、胡建国；总经理为陈立峰').map((o) => [o.name, o.title]), [
        ['吴明哲', '独立董事'],
        ['林淑贞', '独立董事'],
        ['胡建国', '独立董事'],
        ['陈立峰', '总经理'],
      ]);
      assert.deepEqual(officials('公司有三名独立非执行董事，分别为周慕白、陈以宁。\n张明远，1982级机械制造专业校友，现任江淮重工集团有限公司董事长。证监会对汇信证券前行政总裁兼负责人员梁家豪罚款').map((o) => [o.name, o.title]), [
        ['周慕白', '独立非执行董事'],
        ['陈以宁', '独立非执行董事'],
        ['张明远', '董事长'],
        ['梁家豪', '前行政总裁兼负责人员'],
      ]);
      // …each the post in the same place after 分别为, a unit before a post too (安全总监、生产部主任分别为郑国强、唐小军)
      assert.deepEqual(officials('该公司安全总监、生产部主任分别为郑国强、唐小军。').map((o) => [o.name, o.title]), [
        ['郑国强', '安全总监'],
        ['唐小军', '生产部主任'],
      ]);
      // a list after a title over each name's form of address and bracketed post (梁启鸿先生（主席）、梁嘉仪女士及邓志坚先生)
      assert.deepEqual(names('执行董事梁启鸿先生（主席）、梁嘉仪女士及邓志坚先生'), ['梁启鸿', '梁嘉仪', '邓志坚']);
      // …going on after a member's post noted in brackets, that member titled by the note, the others by the list's title
      assert.deepEqual(officials('1、非独立董事：王刚（董事长）、李娜（副董事长）、陈建华、赵磊').map((o) => [o.name, o.title]), [
        ['王刚', '非独立董事'],
        ['李娜', '副董事长'],
        ['陈建华', '非独立董事'],
        ['赵磊', '非独立董事'],
      ]);
      // …each with its form of address, as an announcement lists its board (林中/s 先生, 及葛明/x 先生)
      assert.deepEqual(names('执行董事为李书福先生（主席）、陈志坚先生及何文涛先生。'), ['李书福', '陈志坚', '何文涛']);
      assert.deepEqual(officials('于本公告日期，执行董事为林中先生、杨欣女士及葛明先生；独立非执行董事为刘志明先生及王蕾女士。').map((o) => [o.name, o.title]), [
        ['林中', '执行董事'],
        ['杨欣', '执行董事'],
        ['葛明', '执行董事'],
        ['刘志明', '独立非执行董事'],
        ['王蕾', '独立非执行董事'],
      ]);
      // …a Japanese name whole before its form of address (高/a 坂/nr 武/n 史/nr 先生)
      assert.deepEqual(names('执行董事为李宁先生、高坂武史先生及钱炜女士。'), ['李宁', '高坂武史', '钱炜']);
      // …the copula glued onto the first surname (独立非执行董事/为何/r 志恒/x 先生)
      assert.deepEqual(names('独立非执行董事为何志恒先生、梁家宝先生及苏美芬女士。'), ['何志恒', '梁家宝', '苏美芬']);
      // (…the last a professor, its surname glued to 及: 黄美玲女士及周/x 德文/nz 教授)
      assert.deepEqual(names('以及独立非执行董事曾庆林先生、黄美玲女士及周德文教授。'), ['曾庆林', '黄美玲', '周德文']);
      // (…and two joined by 及 or 和 after a seat a board has several of, not after a post one holds: 市长王强和李明)
      assert.deepEqual(names('審核委員會由獨立非執行董事梁家豪及黃慧玲組成。独立董事张伟和李娜发表意见'), ['梁家豪', '黃慧玲', '张伟', '李娜']);
      assert.deepEqual(names('市长王强和李明出席'), ['王强']);
      // a list after a name the segmenter glued to the title (两/m 国外/s 长王毅/x 、拉夫罗夫), countries no organization;
      // and one a title after 以及 ends (赵立峰以及首席财务官徐悦)
      assert.deepEqual(officials('中俄两国外长王毅、拉夫罗夫7月10日会晤').map((o) => [o.name, o.title, o.org]), [['王毅', '外长', undefined], ['拉夫罗夫', '外长', undefined]]);
      assert.deepEqual(names('永达汽车副总裁陈光、刘敏、赵立峰以及首席财务官徐悦出席'), ['陈光', '刘敏', '赵立峰', '徐悦']);
      // a transliterated name and an adverb of all glued on (耶伦均/x 未/d)
      assert.deepEqual(names('美国前总统拜登、前财长耶伦均未出席。财长耶伦也表示'), ['拜登', '耶伦', '耶伦']);
      // …nor a preposition the segmenter took alone (金恩林/x 因/p): a name that reads as transliterated ends before it
      assert.deepEqual(names('执行董事兼首席执行官金恩林因个人原因辞任'), ['金恩林']);
      // …nor a name of two take the first character of 终于 after it (俞浩/x 终于/d)
      assert.deepEqual(names('追觅科技创始人俞浩终于等来IPO窗口。俞浩说'), ['俞浩', '俞浩']);
      // Hong Kong's chief operating officer (首席营运官) is a title
      assert.deepEqual(officials('汇丰控股宣布，委任马克·泰勒为集团首席营运官。').map((o) => [o.name, o.title]), [['马克·泰勒', '首席营运官']]);
      // …with 祖 or 舒 in the name (哈祖斯则/x 预计: Hatzius; 舒尔茨)
      assert.deepEqual(names('高盛首席经济学家哈祖斯则预计今年还将降息，德国总理舒尔茨则表示'), ['哈祖斯', '舒尔茨']);
      // …or a list the title's holders are, one each (新任行长分别为刘伟、孙明、赵磊。)
      assert.deepEqual(officials('三家分行的新任行长分别为刘伟、孙明、赵磊。').map((o) => [o.name, o.title]), [['刘伟', '行长'], ['孙明', '行长'], ['赵磊', '行长']]);
      // (…the last of a list not glued to what it got: 马/n 骁/n 获/v 核准; 王获 alone is a name)
      assert.deepEqual(names('副总裁孙磊、何静、马骁获核准任职资格。副总裁王获表示'), ['孙磊', '何静', '马骁', '王获']);
      // …and before who grants it, 获 the segmenter's verb of its own (蒋伟/x 获/v 上海…)
      assert.deepEqual(names('新任总经理蒋伟获上海金融监管局核准任职资格'), ['蒋伟']);
      assert.deepEqual(names('副总裁肖华获委任为执行董事。创始人斯科特·贝森特获提名'), ['肖华', '斯科特·贝森特']);
      assert.deepEqual(names('外籍董事彼得·华莱士获连任提名'), ['彼得·华莱士']);
      // a given name doubling its surname before a list's next name (首席经济学家/明明/t 、); a Latin name of four words; Japanese family name 小池
      assert.deepEqual(names('中信证券首席经济学家明明、华泰证券研究所所长易峘表示。非执行董事Charles St Leger Searle已辞任。社长小池淳义表示'), ['明明', '易峘', 'Charles St Leger Searle', '小池淳义']);
      // a copula's position may be a registered name's (孙立平是丰禾县鑫源农业发展有限公司总经理，)
      assert.deepEqual(officials('孙立平是丰禾县鑫源农业发展有限公司总经理，他说').map((o) => [o.name, o.title, o.org]), [['孙立平', '总经理', '丰禾县鑫源农业发展有限公司']]);
      // a name the title describes with 的, before what the person does (not 董事长的儿子, 总理的祝福); a former title's 曾任 is no organization's
      assert.deepEqual(officials('京东方董事长的陈炎顺宣布投资。担任董事长的雷军出席会议。曾任长江医药集团副总裁的何建明宣布辞职').map((o) => [o.name, o.title, o.org]), [
        ['陈炎顺', '董事长', '京东方'],
        ['雷军', '董事长', undefined],
        ['何建明', '副总裁', '长江医药集团'],
      ]);
      assert.deepEqual(names('董事长的儿子出席。完全印证了总理的祝福。'), []);
      assert.deepEqual(names('比亚迪董事长的王传福3月26日表示'), ['王传福']);
      // …one the segmenter cut in pieces, and one who then leaves office (曾任…局长的郭/明远 回忆, 曾任…副市长的陈海涛卸任公职后), but not one who moves to a post (已转任)
      assert.deepEqual(officials('曾任县农业局局长的郭明远回忆。曾任温州市副市长的陈海涛卸任公职后经商。曾任总经理的郑立坤已转任副董事长').map((o) => [o.name, o.title]), [['郭明远', '局长'], ['陈海涛', '副市长'], ['郑立坤', '副董事长']]);
      // kin after a name is no given name (王勇/x 之子/x)
      assert.deepEqual(names('创始人王勇之子，2018年起出任董事长'), ['王勇']);
      // …but a third character glued to kin is the name's (孙立/x 明之女/x), as is one the segmenter made a word with 均 (刘炽/x 平均/a 未回应)
      assert.deepEqual(names('董事长孙立明之女孙晓岚不再担任副董事长。腾讯总裁刘炽平均未回应'), ['孙立明', '孙晓岚', '刘炽平']);
      // …and a transliterated name before what is said of it (拉加/v 德/ns 宣布)
      assert.deepEqual(names('欧洲央行行长拉加德宣布，自6月12日起下调利率'), ['拉加德']);
      // …but a post the person takes next is theirs now
      assert.deepEqual(officials('曾任长江医药集团副总裁的何建明出任同仁制药董事长').map((o) => [o.name, o.title, o.org]), [['何建明', '董事长', '同仁制药']]);
      assert.deepEqual(names('海底捞董事会主席由杨利娟继续担任'), ['杨利娟']);
    });

    it('reads the last name of an appointed list after 及, 和 or 与', () => {
      assert.deepEqual(names('宣布，委任李明、王芳及赵刚为独立非执行董事。任命张三和李四为副总经理。'), ['李明', '王芳', '赵刚', '张三', '李四']);
      // …names in Latin letters among them
      assert.deepEqual(names('公司委任郑启航、Michael Tan为独立非执行董事。'), ['郑启航', 'Michael Tan']);
      // …and its Chinese form in brackets after the form of address (委任Michael Chen先生（陈明哲）为…)
      assert.deepEqual(names('董事会宣布委任Michael Chen先生（陈明哲）为公司首席商务官'), ['Michael Chen', '陈明哲']);
      // …a dotted transliteration in brackets after a Latin name too
      assert.deepEqual(names('OpenAI首席执行官Sam Altman（山姆·奥尔特曼）此前表示'), ['Sam Altman', '山姆·奥尔特曼']);
      // …and a name whose first word the segmenter tagged a numeral (许家/m 豪)
      assert.deepEqual(names('选举许家豪、邓晓燕、韩冰为独立非执行董事。'), ['许家豪', '邓晓燕', '韩冰']);
    });

    it('reads a list of appointments after a colon, one to a clause', () => {
      assert.deepEqual(officials('会议决定任命：刘卫平为省科学技术厅厅长；赵刚为省审计厅厅长。').map((o) => [o.name, o.title, o.org]), [
        ['刘卫平', '厅长', '省科学技术厅'],
        ['赵刚', '厅长', '省审计厅'],
      ]);
      assert.deepEqual(names('会议决定免去：张宏伟的省科学技术厅厅长职务；李建设的省自然资源厅厅长职务。'), ['张宏伟', '李建设']);
      // not past the sentence
      assert.deepEqual(names('会议决定任命：刘卫平为省科学技术厅厅长。会上，李建设的发言；'), ['刘卫平']);
      // a government's counsellors (参事) are appointed to a post; 新聘 (newly engaged) is no organization
      assert.deepEqual(officials('聘任黎晓东、吴美华为深圳市人民政府参事。新聘参事黎晓东现任教授。新聘总经理张三表示').map((o) => [o.name, o.title, o.org]), [
        ['黎晓东', '参事', '深圳市人民政府'],
        ['吴美华', '参事', '深圳市人民政府'],
        ['黎晓东', '参事', undefined],
        ['张三', '总经理', undefined],
      ]);
      // one to a line, or after a space, as notices list and align them
      assert.deepEqual(names('一、决定免去：\n张宏伟的省科学技术厅厅长职务；\n李建设的省自然资源厅厅长职务。\n二、任命： 刘卫平为省科学技术厅厅长； 赵刚为省审计厅厅长。'), ['张宏伟', '李建设', '刘卫平', '赵刚']);
    });

    it('reads a name before 现任 and the position it holds, and a candidate\'s résumé', () => {
      assert.deepEqual(officials('会上，张玉卓介绍了情况。张玉卓现任国务院国资委党委书记、主任').map((o) => [o.name, o.title, o.org]), [
        ['张玉卓', '党委书记、主任', '国务院国资委'],
        ['张玉卓', '党委书记、主任', '国务院国资委'],
      ]);
      assert.deepEqual(names('张伟先生现任浙江吉利控股集团有限公司副总裁'), ['张伟']);
      // (not a company whose name may read as a person's, before its current chairman's name: 鲁信达现任董事长孙海峰)
      assert.deepEqual(names('鲁信达现任董事长孙海峰当日表示'), ['孙海峰']);
      // …the résumé opening a notice after its heading, or with the sex in brackets after the name
      assert.deepEqual(officials('【任前公示】李晓东，男，汉族，1971年8月生，现任烟台市委常委、常务副市长。【公示】周红波（女），出生年月1975.03，现任青岛港集团副总经理').map((o) => [o.name, o.title, o.org]), [
        ['李晓东', '市委常委、常务副市长', '烟台市'],
        ['周红波', '副总经理', '青岛港集团'],
      ]);
    });

    it('reads a name before the verb that gives its new position', () => {
      // after the reason for leaving, a comma too (因年龄原因，不再担任; 因到龄退休辞去)
      assert.deepEqual(officials('刘志强同志因年龄原因，不再担任中国华能董事长职务。陈宏宇因到龄退休辞去公司董事长职务').map((o) => [o.name, o.title]), [
        ['刘志强', '董事长'],
        ['陈宏宇', '董事长'],
      ]);
      // a name the segmenter took for other words before 任 glued to the organization (汤/n 建国/ns 任上/x 港集团)
      assert.deepEqual(officials('宣布市委决定：汤建国任上港集团党委书记').map((o) => [o.name, o.title, o.org]), [['汤建国', '党委书记', '上港集团']]);
      // the whole of a dotted name, not its last part, after what it follows (委派的托马斯·贝克, 经监管批准，马克·霍尔自…起)
      assert.deepEqual(names('安联集团委派的托马斯·贝克将出任首席执行官。经监管批准，马克·霍尔自2025年3月1日起出任行长'), ['托马斯·贝克', '马克·霍尔']);
      // 获 and its verb the segmenter glued onto the name's last characters (李俊/nr 辉获任/x, 李卫获/x 聘为/v)
      assert.deepEqual(officials('中国人保公告，李俊辉获任公司副总裁。唐军辞任执行董事，李卫获聘为公司执行副总裁').map((o) => [o.name, o.title]), [
        ['李俊辉', '副总裁'],
        ['唐军', '执行董事'],
        ['李卫', '执行副总裁'],
      ]);
      // …當选为: the verb's 为, no copula of its own (刘/zg 畅/a 当选/v 为: not 畅当选); the board's term is no organization (新一届董事)
      assert.deepEqual(officials('王海峰、陈蕾、刘畅当选为新一届董事').map((o) => [o.name, o.title, o.org]), [
        ['王海峰', '董事', undefined],
        ['陈蕾', '董事', undefined],
        ['刘畅', '董事', undefined],
      ]);
      // …after an approval (已获批出任)
      assert.deepEqual(officials('现年58岁的王海鹰已获批出任交通银行副行长').map((o) => [o.name, o.title]), [['王海鹰', '副行长']]);
      // a compound surname the segmenter tagged a place (欧阳/ns 宏伟/a 任)
      assert.deepEqual(officials('另有任用，欧阳宏伟任北京市经济和信息化局局长').map((o) => [o.name, o.title]), [['欧阳宏伟', '局长']]);
      // a Japanese name opening its clause (，内田诚/x 将于…卸任, ，山本/ns 浩二将/x 接任)
      assert.deepEqual(names('日产汽车宣布，内田诚将于4月1日卸任社长兼CEO。索尼宣布，山本浩二将接任社长'), ['内田诚', '山本浩二']);
      // …a verb the segmenter glued to the day before it, after the date it took effect (于2025年5月28/日辞任/x), 於 too
      assert.deepEqual(names('唐振宇先生已于2025年5月28日辞任本行执行董事。'), ['唐振宇']);
      assert.deepEqual(names('唐振宇先生已於2025年5月28日辞任本行执行董事。'), ['唐振宇']);
      // …not from a title's last character, a surname too (首席财务/官/n 徐宏/x 将兼任)
      assert.deepEqual(names('首席财务官徐宏将兼任阿里云智能集团财务负责人'), ['徐宏']);
      // …or after 由 or 前任 (由十时裕树/x 出任, 前任吉田宪/x 一郎/x 转任)
      assert.deepEqual(names('索尼集团宣布，4月1日起由十时裕树出任社长兼首席执行官，前任吉田宪一郎转任会长。'), ['十时裕树', '吉田宪一郎']);
      assert.deepEqual(officials('王红梅同志任济南市委常委、副市长'), [{ name: '王红梅', title: '市委常委、副市长', org: '济南市', source: 'rule:official-appointed' }]);
      assert.deepEqual(names('陈志明当选为公司董事长，周小平出任集团总裁'), ['陈志明', '周小平']);
      assert.deepEqual(names('李红梅升任济南市副市长'), ['李红梅']);
      // …over an adverb the segmenter glued onto the name's last character (林子/nr 涵将/x 接任)
      assert.deepEqual(officials('自7月1日起，林子涵将接任集团董事局主席兼总裁').map((o) => [o.name, o.title]), [['林子涵', '董事局主席兼总裁']]);
      // 分别: each the position in the same place in its list; a listed name whose surname is a surname again inside it (宋/nr 海/n 良/a)
      assert.deepEqual(officials('会议宣布王彤宙、宋海良、刘翔分别任集团董事长、总经理、副总经理').map((o) => [o.name, o.title]), [
        ['王彤宙', '董事长'],
        ['宋海良', '总经理'],
        ['刘翔', '副总经理'],
      ]);
      // …names joined by 及, the segmenter gluing it onto the last surname (陈志明及何/x 美仪/x 将分别出任)
      assert.deepEqual(officials('公司宣布，陈志明及何美仪将分别出任公司总裁及财务总监。').map((o) => [o.name, o.title]), [
        ['陈志明', '总裁'],
        ['何美仪', '财务总监'],
      ]);
      // …each post with its own organization
      assert.deepEqual(officials('陈志远、何晓燕、梁国栋分别任广州市委常委、肇庆市委副书记、广东省能源集团有限公司党委书记。').map((o) => [o.name, o.title, o.org]), [
        ['陈志远', '市委常委', '广州市'],
        ['何晓燕', '市委副书记', '肇庆市'],
        ['梁国栋', '党委书记', '广东省能源集团有限公司'],
      ]);
      // …the last joined by 和, a listed name the segmenter took for other words too (王/nr 立新/d)
      assert.deepEqual(officials('经查，王立新、陈芳分别担任北京华远数码科技有限公司董事长和财务负责人').map((o) => [o.name, o.title]), [
        ['王立新', '董事长'],
        ['陈芳', '财务负责人'],
      ]);
      // …a listed name the segmenter took for a place and a character (马东/ns 辉), and so a name taken for a sea (黄海/ns 明)
      assert.deepEqual(officials('公告称，王伟、马东辉分别担任董事长、总裁。任命黄海明为水利部部长').map((o) => [o.name, o.title]), [
        ['王伟', '董事长'],
        ['马东辉', '总裁'],
        ['黄海明', '部长'],
      ]);
      // …and posts before 分别由 the names after it take in order (总裁、副总裁分别由赵东明、李刚担任; 董事长及总经理分别由…出任)
      // (…续任 the segmenter cut in two: 蔡立群/续/v 任/r)
      assert.deepEqual(officials('公司董事长、执行长分别由蔡明华、蔡立群续任').map((o) => [o.name, o.title]), [
        ['蔡明华', '董事长'],
        ['蔡立群', '执行长'],
      ]);
      // (…or glued its first character onto the name: 林茂松续/x 任/r; not 张三续 a name)
      assert.deepEqual(officials('董事会随后推选林茂松续任董事长，张三续任总经理').map((o) => [o.name, o.title]), [['林茂松', '董事长'], ['张三', '总经理']]);
      assert.deepEqual(officials('公司总裁、副总裁分别由赵东明、李刚担任。新公司董事长及总经理分别由吴东亮、林维俊出任').map((o) => [o.name, o.title]), [
        ['赵东明', '总裁'],
        ['李刚', '副总裁'],
        ['吴东亮', '董事长'],
        ['林维俊', '总经理'],
      ]);
      // …after 分别获委任为, the first title's 官 glued to 及 (首席财务/官及/x 首席供应链官)
      assert.deepEqual(officials('林嘉颖、周子豪分别获委任为公司首席财务官及首席供应链官').map((o) => [o.name, o.title]), [
        ['林嘉颖', '首席财务官'],
        ['周子豪', '首席供应链官'],
      ]);
      // …and after the names of an appointment (聘任…分别为), where 聘任方 is no word (方/n 洪涛/nr)
      assert.deepEqual(officials('审议通过聘任李明远、赵佳音分别为公司总经理、副总经理的议案').map((o) => [o.name, o.title]), [
        ['李明远', '总经理'],
        ['赵佳音', '副总经理'],
      ]);
      assert.deepEqual(officials('董事会决议：聘任方洪涛、陆思琪分别担任公司总裁、董事会秘书').map((o) => [o.name, o.title]), [
        ['方洪涛', '总裁'],
        ['陆思琪', '董事会秘书'],
      ]);
      // the unit of the position glued onto 任 (任县/r 商务局), which starts the organization
      assert.deepEqual(officials('刘洋同志任县商务局副局长（试用期一年）').map((o) => [o.name, o.title, o.org]), [['刘洋', '副局长', '县商务局']]);
      // the post held when something was done, after 在 or 利用 (在担任…期间, 利用担任…的职务便利)
      assert.deepEqual(officials('经查，李建新在担任华夏锦程建设集团有限公司董事长期间。被告人吴晓东利用担任鑫源置业（集团）有限公司总经理的职务便利').map((o) => [o.name, o.title]), [
        ['李建新', '董事长'],
        ['吴晓东', '总经理'],
      ]);
      // …after 先后 too, past a long organization, and the posts held in turn after 历任
      assert.deepEqual(officials('被告人王春林先后利用担任中国第一重型机械集团公司副总经理等职务便利。被告人郭海涛在担任华润(集团)有限公司下属华润置地（武汉）有限公司总经理期间。王振海历任天津钢管集团股份有限公司董事、副总经理。').map((o) => [o.name, o.title, o.org]), [
        ['王春林', '副总经理', '中国第一重型机械集团公司'],
        ['郭海涛', '总经理', '华润置地（武汉）有限公司'],
        ['王振海', '董事、副总经理', '天津钢管集团股份有限公司'],
      ]);
      // …and a request between (黄志刚申请辞去公司总裁职务)
      assert.deepEqual(officials('因工作安排原因，黄志刚申请辞去公司总裁职务').map((o) => [o.name, o.title]), [['黄志刚', '总裁']]);
      // …after a reason too, and the form of address before it (黄志远先生因工作原因申请辞去)
      assert.deepEqual(officials('黄志远先生因工作原因申请辞去公司独立董事职务').map((o) => [o.name, o.title]), [['黄志远', '独立董事']]);
      // (…a company secretary's post, 已 glued to the verb, and 其他 before the reason: 何淑芬女士因其他工作安排已辞任/x 联席公司秘书)
      assert.deepEqual(officials('何淑芬女士因其他工作安排已辞任联席公司秘书及授权代表。董事会对何淑芬女士的贡献表示感谢').map((o) => [o.name, o.title]), [
        ['何淑芬', '联席公司秘书'],
        ['何淑芬', '联席公司秘书'],
      ]);
      // (…the age an announcement notes between the name and the verb: 赵明远先生（58岁）获委任, 霍建邦先生，六十岁，获委任)
      assert.deepEqual(names('赵明远先生（58岁）获委任为执行董事。霍建邦先生，六十岁，获委任为非执行董事'), ['赵明远', '霍建邦']);
      // (…not a post's pay: 每年董事袍金为36万港元)
      assert.deepEqual(names('每年董事袍金为36万港元'), []);
      // (…and a name with its post after it, an age between: 李家诚，现年53岁，本公司主席; 李家诚（53岁），本公司董事)
      assert.deepEqual(officials('有限公司公告，李家诚，现年53岁，本公司主席兼总经理，将退任。').map((o) => [o.name, o.title]), [['李家诚', '主席兼总经理']]);
      // (…and one before 同志 ending a sentence whose first clause is the post, honours between, as an obituary opens; not where the clause says more than the post)
      assert.deepEqual(officials('讣　告\n\n北方航空动力有限责任公司原副总经理、总设计师，中国工程院院士，我国著名航空发动机设计专家吴致远同志，因病医治无效。\n他曾任公司总经理，老同事张明同志说。').map((o) => [o.name, o.title, o.org]), [
        ['吴致远', '原副总经理、总设计师', '北方航空动力有限责任公司'],
      ]);
      // (…or a party membership; a list's number before the name: an accident report's lists of those held responsible)
      assert.deepEqual(officials('（一）建议移送司法机关处理人员\n3.钱明亮，华泰公司硝化车间主任，负有直接责任。\n1.刘志刚，中共党员，临港化工园区管委会副主任，建议给予处分。').map((o) => [o.name, o.title]), [
        ['钱明亮', '主任'],
        ['刘志刚', '副主任'],
      ]);
      // (…a name after an item's number and a space, before an organization the walk back does not take whole: 泓/q 泰新材/x; not one with no post)
      assert.deepEqual(officials('1. 李强，泓泰新材安全总监，已被依法逮捕；\n2. 刘小兵，泓泰新材外包检修作业人员，已被取保候审。').map((o) => [o.name, o.title, o.org]), [['李强', '安全总监', '泓泰新材']]);
      // (…an age reached as the reason: 林志坚因年满65岁辞去董事长职务)
      assert.deepEqual(names('紫金矿业公告，林志坚因年满65岁辞去董事长职务；林志坚去年薪酬为580万元'), ['林志坚', '林志坚']);
      // (…辞任 the segmenter cut across two words: 黄志强先生已辞/x 任本/x 公司)
      assert.deepEqual(officials('黄志强先生已辞任本公司独立非执行董事。董事会谨此感谢黄志强在任内的贡献').map((o) => [o.name, o.title]), [
        ['黄志强', '独立非执行董事'],
        ['黄志强', '独立非执行董事'],
      ]);
      // (…or across the name's last character and the organization's first: 董少/x 华辞/nz 任本/x 公司)
      assert.deepEqual(officials('因工作调整，董少华辞任本公司执行董事兼总经理。').map((o) => [o.name, o.title]), [['董少华', '执行董事兼总经理']]);
      // (…a comma between the reason and the request: 周爱玲女士因到龄退休，申请辞去)
      assert.deepEqual(officials('中国中免公告，周爱玲女士因到龄退休，申请辞去公司第五届董事会副董事长职务').map((o) => [o.name, o.title]), [['周爱玲', '副董事长']]);
      // (证代, as notices shorten 证券事务代表)
      assert.deepEqual(officials('公司董秘谢立新、证代马晓丽同日提交辞呈').map((o) => [o.name, o.title]), [['谢立新', '董秘'], ['马晓丽', '证代']]);
      // a post held before (此前任) names one nothing else names, but no title for one named with a post now
      assert.deepEqual(officials('现年56岁的陈立新此前任工商银行副行长。会议决定任命黄志刚为分公司总经理。黄志刚此前任太平人寿湖南分公司副总经理').map((o) => [o.name, o.title]), [
        ['陈立新', '副行长'],
        ['黄志刚', '总经理'],
        ['黄志刚', '总经理'],
      ]);
      // (…and 将挂职任, a post on secondment, after a name the segmenter did not know and 的)
      assert.deepEqual(officials('中国电信集团有限公司的张晨将挂职任滨海县委常委、副县长。').map((o) => [o.name, o.title]), [['张晨', '县委常委、副县长']]);
      // (高级统计师, as the statistics bureau's commentators sign)
      assert.deepEqual(officials('国家统计局服务业调查中心高级统计师卢静怡表示').map((o) => [o.name, o.title]), [['卢静怡', '高级统计师']]);
      // not where one served, after 在
      assert.deepEqual(names('布朗此前曾在苏伊士担任亚洲区总裁'), []);
      // the post one left (卸任后盒马CEO: 盒马's, the 后 glued to it no part of it)
      assert.deepEqual(officials('侯毅卸任后盒马CEO').map((o) => [o.name, o.title, o.org]), [['侯毅', 'CEO', '盒马']]);
      // no organization of the verb that appoints before a title (董事会委任现任总裁…)
      assert.deepEqual(officials('董事会同日委任现任总裁兼首席医学官刘凯琳为新任首席执行官').map((o) => [o.name, o.org]), [['刘凯琳', undefined]]);
      // the new post after a former one before the name (原副总裁马骁升任总裁), not a role one acts in (原副省长朱国强作为特邀人员)
      assert.deepEqual(officials('青鸾航空宣布，原副总裁兼首席运营官马骁升任总裁。马骁说').map((o) => [o.name, o.title]), [['马骁', '总裁'], ['马骁', '总裁']]);
      assert.deepEqual(officials('浙江省原副省长朱国强作为特邀人员列席会议').map((o) => [o.name, o.title, o.org]), [['朱国强', '原副省长', '浙江省']]);
      // …and the former post where the verb names no new one (由原董事长柯瑞文接任。)
      assert.deepEqual(officials('董事长一职由中国电信集团原董事长柯瑞文接任。').map((o) => [o.name, o.title, o.org]), [['柯瑞文', '原董事长', '中国电信集团']]);
      // …and where the new one after the verb is no post read (调任集团全球战略室室长)
      assert.deepEqual(officials('公司任命金敏浩为中国区总裁，原中国区总裁李东旭调任集团全球战略室室长。').map((o) => [o.name, o.title]), [['金敏浩', '中国区总裁'], ['李东旭', '原中国区总裁']]);
      // a copula gives the position that ends its clause: 于涛是海信视像总经理; not 张三是市长的秘书
      assert.deepEqual(officials('于涛是海信视像总经理。于涛说').map((o) => [o.name, o.title, o.org]), [
        ['于涛', '总经理', '海信视像'],
        ['于涛', '总经理', '海信视像'],
      ]);
      assert.deepEqual(names('张三是市长的秘书。这是董事长王刚的办公室'), ['王刚']);
      // and 为 in a note (（王晓东为广州工控集团总经理）), not 以张三为组长的
      assert.deepEqual(officials('（王晓东为广州工控集团总经理）').map((o) => [o.name, o.title, o.org]), [['王晓东', '总经理', '广州工控集团']]);
      assert.deepEqual(names('以张三为组长的工作组'), []);
      // glued onto a name the segmenter did not know (张伟为/x), not after a nomination (提名…为: not yet held)
      assert.deepEqual(officials('格力电器公告，张伟为公司新任副总裁。协会成立于2001年，范保文为创会会长').map((o) => [o.name, o.title]), [['张伟', '副总裁'], ['范保文', '创会会长']]);
      assert.deepEqual(names('提名张伟为公司新任副总裁。张伟为公司发展作出贡献'), []);
      assert.deepEqual(officials('这是董事长王刚的办公室').map((o) => o.org), [undefined]);
      // and its later mentions
      assert.deepEqual(names('张晓东任济南市副市长。张晓东表示，将尽快熟悉工作'), ['张晓东', '张晓东']);
      // a list of names before it, and 先后 or 分别 between them and the verb
      assert.deepEqual(names('王海涛、李东和赵明先后担任公司总经理'), ['王海涛', '李东', '赵明']);
      assert.deepEqual(names('李四不再担任公司董事'), ['李四']);
      // how the vote went; the federation's 工会 is its name, the title 主席
      assert.deepEqual(officials('会上，赵刚同志全票当选为市总工会主席').map((o) => [o.name, o.title, o.org]), [['赵刚', '主席', '市总工会']]);
      assert.deepEqual(officials('市总工会主席赵刚出席，公司工会主席李强说').map((o) => [o.name, o.title, o.org]), [['赵刚', '主席', '市总工会'], ['李强', '工会主席', undefined]]);
      // the longest name before the verb (赵/卫东/任), a name glued to 任 as one unknown word (刘培民任/x), an adverb-tagged given name in a résumé
      assert.deepEqual(names('赵卫东任济南市商务局局长。周海燕同志任济南大学副校长。刘培民任济南市商务局局长'), ['赵卫东', '周海燕', '刘培民']);
      assert.deepEqual(names('王立新，现任济南市商务局局长'), ['王立新']);
      // a résumé over its sentences (…，中共党员。现任…)
      assert.deepEqual(names('张建国，男，汉族，1971年3月生，54岁，在职研究生学历，中共党员。现任淄博市委副书记、市长，拟任市委书记'), ['张建国']);
      // a bracket inside the organization of the position
      assert.deepEqual(officials('任命郑海波为青岛国信发展（集团）有限责任公司董事长').map((o) => [o.name, o.org]), [['郑海波', '青岛国信发展（集团）有限责任公司']]);
    });

    it('reads the name before the reason or the time of its change of post, and names after their age', () => {
      assert.deepEqual(officials('大商股份公告称，牛钢因个人原因辞去总经理职务').map((o) => [o.name, o.title]), [['牛钢', '总经理']]);
      // …whose given name the segmenter took for an adverb (韩/j 立新/d 辞去)
      assert.deepEqual(officials('因年龄原因，韩立新辞去公司董事长职务').map((o) => [o.name, o.title]), [['韩立新', '董事长']]);
      assert.deepEqual(names('赵伟国自2022年7月起不再担任公司董事长。卢伟冰自即日起出任集团总裁'), ['赵伟国', '卢伟冰']);
      // …a span of time it was held, before a bare 任 too; a year it was taken from; a post abused (利用其担任)
      assert.deepEqual(officials('宋国华曾于2003年2月至2011年8月任中国远洋运输（集团）总公司财务部总经理').map((o) => [o.name, o.title]), [['宋国华', '总经理']]);
      assert.deepEqual(names('宋国华2011年8月起任中远海运发展副总经理'), ['宋国华']);
      // …one post after another (先后任, 任 tagged a pronoun)
      assert.deepEqual(officials('2023年3月至2025年5月，崔建业先后任北京首都创业集团有限公司总经理、董事长').map((o) => [o.name, o.title]), [['崔建业', '总经理、董事长']]);
      assert.deepEqual(officials('张卫华利用其担任北京首都创业集团有限公司副总经理的职务便利').map((o) => [o.name, o.title]), [['张卫华', '副总经理']]);
      // (…but no bare 任 after an undated phrase: 公司于近期任)
      assert.deepEqual(names('王伟曾在杭州任教'), []);
      assert.deepEqual(officials('何建锋连任董事长，徐子阳续聘为总裁').map((o) => [o.name, o.title]), [['何建锋', '董事长'], ['徐子阳', '总裁']]);
      // (a reason with no name before it names no one: 公司因业务调整)
      assert.deepEqual(names('公司因业务调整辞去该项目'), []);
      assert.deepEqual(officials('选举现年52岁的张建国为职工董事，聘任58岁的赵刚为总经理').map((o) => [o.name, o.title]), [['张建国', '职工董事'], ['赵刚', '总经理']]);
      // …or year of birth; promoted (晋升) or added (增补) as appointed, a count of the names before 为
      assert.deepEqual(officials('任命1985年出生的梁晨为副总裁。京东宣布晋升周文博为集团首席执行官。会议增补陆文斌、曹雅琴两人为省委委员').map((o) => [o.name, o.title]), [
        ['梁晨', '副总裁'],
        ['周文博', '首席执行官'],
        ['陆文斌', '委员'],
        ['曹雅琴', '委员'],
      ]);
      // …or after it in brackets (聘任刘德（48岁）为公司总裁)
      assert.deepEqual(officials('董事会审议通过，聘任刘德（48岁）为公司总裁').map((o) => [o.name, o.title]), [['刘德', '总裁']]);
      assert.deepEqual(officials('成都蓉新数智科技有限公司总经理、38岁的赵明阳表示').map((o) => [o.name, o.title, o.org]), [['赵明阳', '总经理', '成都蓉新数智科技有限公司']]);
    });

    it('reads a name before two adverbs of its post (将/继续/担任, 同时/担任), 仍为, and one the segmenter did not know after 由 or a pause', () => {
      assert.deepEqual(officials('刘炽平将继续担任公司总裁，马化腾仍为董事会主席兼首席执行官').map((o) => [o.name, o.title]), [
        ['刘炽平', '总裁'],
        ['马化腾', '董事会主席兼首席执行官'],
      ]);
      assert.deepEqual(officials('总裁一职由张伟接任。网友称').map((o) => [o.name, o.title]), [['张伟', '总裁']]);
      // …or acts in it (暂代, 代行)
      assert.deepEqual(officials('③新华资产董事长一职由李卫暂代。王强代行总经理职责').map((o) => [o.name, o.title]), [['李卫', '董事长'], ['王强', '总经理']]);
      // …a Latin name too, the post after the verb (由Roman Sokolowski接任大中华区董事长)
      assert.deepEqual(officials('由Roman Sokolowski接任大中华区董事长兼首席执行官。').map((o) => [o.name, o.title]), [['Roman Sokolowski', '董事长兼首席执行官']]);
      // …and a transliterated one the segmenter cut in pieces, after the title it held (原首席规划官埃斯皮/nr 诺萨/x 接任)
      assert.deepEqual(officials('日产汽车宣布，原首席规划官埃斯皮诺萨接任社长兼首席执行官。').map((o) => [o.name, o.title]), [['埃斯皮诺萨', '社长兼首席执行官']]);
      // …past the name in Latin letters after it, which is the same official's
      assert.deepEqual(officials('英特尔宣布，陈立武（Lip-Bu Tan）正式出任首席执行官').map((o) => [o.name, o.title]), [
        ['陈立武', '首席执行官'],
        ['Lip-Bu Tan', '首席执行官'],
      ]);
      // …and a Latin name opening the clause with its Chinese form in brackets after it (Vivian Zhao（赵慧文）将出任)
      assert.deepEqual(officials('渣打集团宣布，Vivian Zhao（赵慧文）将出任渣打银行中国区行政总裁').map((o) => [o.name, o.title]), [
        ['Vivian Zhao', '行政总裁'],
        ['赵慧文', '行政总裁'],
      ]);
      // a state secretary (国务秘书), and a dotted name before two function characters the segmenter glued on (法西/诺会以/x)
      assert.deepEqual(names('经济部国务秘书托比亚斯·戈特哈特出席并致辞。戈特哈特表示'), ['托比亚斯·戈特哈特', '戈特哈特']);
      assert.deepEqual(names('意大利外交部国务秘书皮埃罗·法西诺会以“德国最好不要充当裁判”回应'), ['皮埃罗·法西诺']);
      // …and a Korean name's hyphened given name in Latin letters after the title's name (金在烈（Kim Jae-yeol）)
      assert.deepEqual(names('三星电子首席执行官金在烈（Kim Jae-yeol）表示'), ['金在烈', 'Kim Jae-yeol']);
      // (not a word that is no name before such an adverb: 公司将继续担任)
      assert.deepEqual(names('该公司将继续担任主承销商'), []);
    });

    it('ends a name the segmenter did not know before 报告, as before 表示 (省长赵龙/x 报告/n), and before a weekday (李健/x 周一/t)', () => {
      assert.deepEqual(names('大会开幕。省长赵龙报告，全省GDP增长5.5%'), ['赵龙']);
      assert.deepEqual(names('荣耀终端股份有限公司CEO李健周一在深圳表示'), ['李健']);
    });

    it('reads a name whose surname the segmenter made a place with the title\'s last character, its given name a place too (行/长葛/ns 建国/ns 透露)', () => {
      assert.deepEqual(officials('中国人民银行苏州市分行行长葛建国透露，出游人数增加').map((o) => [o.name, o.title]), [['葛建国', '行长']]);
    });

    it('reads a Japanese name before its Latin form in brackets, and no organization of 经 (by way of) before a title', () => {
      assert.deepEqual(officials('丰田汽车公司总裁佐藤恒治（Koji Sato）则通过视频致辞。经董事长项兴初先生提名').map((o) => [o.name, o.org]), [
        ['佐藤恒治', '丰田汽车公司'],
        ['Koji Sato', '丰田汽车公司'],
        ['项兴初', undefined],
      ]);
    });

    it('ends a foreign name before the time said after it (拉加德周四, 加藤胜信周一, 乔恩·格雷上月)', () => {
      assert.deepEqual(names('欧洲央行行长拉加德周四宣布。日本财务大臣加藤胜信周一表示。黑石集团总裁乔恩·格雷上月曾表示'), ['拉加德', '加藤胜信', '乔恩·格雷']);
    });

    it('reads a surname the segmenter took for a verb after a pause before a title of address (，盛/v 纪纲/nr 董事长)', () => {
      assert.deepEqual(names('中国船舶方面，盛纪纲董事长在会上表示'), ['盛纪纲']);
    });

    it('keeps 关联 (related) in a director\'s title, and reads 董秘 after a name as a title of address', () => {
      assert.deepEqual(officials('关联董事刘少康回避表决。对于贸易摩擦风险，林晓燕董秘回应称').map((o) => [o.name, o.title, o.org]), [
        ['刘少康', '关联董事', undefined],
        ['林晓燕', '董秘', undefined],
      ]);
    });

    it("reads a dotted name whose first part the segmenter glued to the title's last character, with a first name the transliteration list lacks (官凯文/nr ·帕雷克)", () => {
      assert.deepEqual(officials('苹果公司首席财务官凯文·帕雷克在7月31日表示').map((o) => [o.name, o.title]), [['凯文·帕雷克', '首席财务官']]);
      // (…ending before 致, writing to someone: 拉里·芬克致股东信)
      assert.deepEqual(officials('贝莱德董事长兼CEO拉里·芬克致股东信称').map((o) => [o.name, o.title]), [['拉里·芬克', '董事长兼CEO']]);
    });

    it('reads a dotted or Japanese name before its position in brackets, whole', () => {
      assert.deepEqual(officials('桑达尔·皮查伊（谷歌首席执行官）表示。本间哲朗（松下控股集团副总裁）发布新品').map((o) => [o.name, o.title, o.org]), [
        ['桑达尔·皮查伊', '首席执行官', '谷歌'],
        ['本间哲朗', '副总裁', '松下控股集团'],
      ]);
      // …and a Chinese name whole from the pause that opens it, whatever the segmenter made of it (，赵/nr 海燕/nr（副总裁）)
      assert.deepEqual(names('公告显示，赵海燕（副总裁）、钱海涛（时任董事会秘书）拟减持'), ['赵海燕', '钱海涛']);
      // …or a party's part in a case (被告人/n 马/n 卫东/nr)
      assert.deepEqual(officials('被告人马卫东（原中国化学工程集团有限公司副总经理）受贿案一审宣判').map((o) => [o.name, o.title, o.org]), [['马卫东', '原副总经理', '中国化学工程集团有限公司']]);
      // …the mark of a post held before between the organization and the title
      assert.deepEqual(officials('名单：刘启明（中国邮政集团有限公司原副总经理）、范蕾（中国邮政储蓄银行原副行长）、王晓东（个体经营者）').map((o) => [o.name, o.title, o.org]), [
        ['刘启明', '原副总经理', '中国邮政集团有限公司'],
        ['范蕾', '原副行长', '中国邮政储蓄银行'],
      ]);
      // …of several posts, each with its own organization, the present one before a former one
      assert.deepEqual(officials('张亚勤（清华大学智能产业研究院院长、百度前总裁）表示').map((o) => [o.name, o.title, o.org]), [['张亚勤', '院长', '清华大学智能产业研究院']]);
      assert.deepEqual(names('李明（教授、分公司总经理）在会上表示'), []);
      // …and a form of address between the name and the brackets (梁咏芝女士（行政总裁）), the list going on after it (及何志聪先生)
      assert.deepEqual(officials('执行董事陈嘉泓先生（主席）、梁咏芝女士（行政总裁）及何志聪先生').map((o) => [o.name, o.title]), [
        ['陈嘉泓', '执行董事'],
        ['梁咏芝', '行政总裁'],
        ['何志聪', '执行董事'],
      ]);
      // …the company the article is about before the position, by its kind (公司首席财务官), but no other unit
      assert.deepEqual(officials('股价收于18.92港元。周立新（公司首席财务官）在业绩会上表示').map((o) => [o.name, o.title]), [['周立新', '首席财务官']]);
      // (…a city's title after the city's name, as a committee's list writes it: 徐志坚（景德镇市委副书记、市长）)
      assert.deepEqual(officials('副主任：周海涛（省文化和旅游厅党组书记、厅长）\n　　　　徐志坚（景德镇市委副书记、市长）').map((o) => [o.name, o.title, o.org]), [
        ['周海涛', '副主任', undefined],
        ['徐志坚', '市委副书记、市长', '景德镇市'],
      ]);
      assert.deepEqual(names('王立新（分公司总经理）在会上表示'), []);
    });

    it('reads Japanese family names the press writes (五十岚, 松冈), a given name taken for an adverb before a title of address, and a last character glued to the verb of the post', () => {
      assert.deepEqual(names('本田中国总经理五十岚雅行表示，东宝社长松冈宏泰称'), ['五十岚雅行', '松冈宏泰']);
      assert.deepEqual(officials('会议获悉，王立新县长在会上通报').map((o) => [o.name, o.title]), [['王立新', '县长']]);
      // an adverb alone after a name glued to the title's last character is no part of it (首席医学/官汪来/x 将/d 介绍)
      assert.deepEqual(names('代理首席医学官汪来将介绍研发进展。董事长程力军表示'), ['汪来', '程力军']);
      // (…before other acts that follow a name: 解释, 毕业)
      assert.deepEqual(names('华为首席财务官孟晚舟解释称。联合创始人兼首席技术官周子宸毕业于上海交通大学'), ['孟晚舟', '周子宸']);
      // (…a given name the segmenter took for a verb before what follows a name, 财务/长黄/x 启明/v 在; a surname glued into a noun, 副/关/长方/n 卫东/nr)
      assert.deepEqual(names('台积电财务长黄启明在法人说明会上表示。杭州海关党委委员、副关长方卫东在发布会上表示'), ['黄启明', '方卫东']);
      // A form's field before ideographic spaces (公司秘书：刘伟健　　　证券事务代表：沈琳).
      assert.deepEqual(names('公司秘书：刘伟健　　　证券事务代表：沈琳'), ['刘伟健', '沈琳']);
      // An office before an associate professor's title or an expertise, which are no office (、郑州大学农学院副教授, 、棉花专家).
      assert.deepEqual(officials('项目负责人、郑州大学农学院副教授李卫东介绍。新疆农业大学农学院院长、棉花专家努尔兰·库尔班别克教授说').map((o) => [o.name, o.title]), [['李卫东', '项目负责人'], ['努尔兰·库尔班别克', '院长']]);
      // an organization's Latin abbreviation in brackets between it and the title (国际货币基金组织（IMF）总裁)
      assert.deepEqual(officials('国际货币基金组织（IMF）总裁格奥尔基耶娃表示').map((o) => [o.name, o.org]), [['格奥尔基耶娃', '国际货币基金组织']]);
      // a foreign name's last character the segmenter made a word with 此 (贝/森/特此/d 前一天), and a time zone after a name (拉加德北京时间)
      assert.deepEqual(names('美国财政部长斯科特·贝森特此前一天表示。欧洲央行行长克里斯蒂娜·拉加德北京时间周四表示'), ['斯科特·贝森特', '克里斯蒂娜·拉加德']);
      // a double-barrelled part after a hyphen (萨努沃-奥卢); a later mention before a verb of leaving a post (交棒)
      assert.deepEqual(names('拉各斯州州长巴巴吉德·萨努沃-奥卢表示。董事长李兆昌说。李兆昌交棒后'), ['巴巴吉德·萨努沃-奥卢', '李兆昌', '李兆昌']);
      // a transliterated name the segmenter cut, an adverb of all glued onto its last character (拉加/v 德则/x 表示)
      assert.deepEqual(names('欧洲央行行长拉加德则表示，通胀回落'), ['拉加德']);
      // a verb of crime glued onto a name of three (马兴田犯/x 操纵证券市场罪)
      assert.deepEqual(names('总经理马兴田犯操纵证券市场罪'), ['马兴田']);
      // no name of the verb 任 and the organization glued to it (赵长鹏曾/任币安/x 首席执行官)
      assert.deepEqual(names('赵长鹏曾任币安首席执行官'), []);
      // a Latin abbreviation is the organization, no 局 added (前FDA局长)
      assert.deepEqual(officials('前FDA局长斯科特·戈特利布表示').map((o) => [o.name, o.title, o.org]), [['斯科特·戈特利布', '前局长', 'FDA']]);
      assert.deepEqual(names('总经理张东离任 副总经理王德英代任 '), ['张东', '王德英']);
    });

    it('reads 任 glued onto the organization after a name and its form of address, and no name in the rest of that organization', () => {
      // 王珊珊/x 女士/n 任晋/x 银/ng 理财/v 总经理: not 银理财, a name before a title of address
      assert.deepEqual(officials('王珊珊女士任晋银理财总经理，刘芳女士任晋银理财副总经理。').map((o) => [o.name, o.title]), [
        ['王珊珊', '总经理'],
        ['刘芳', '副总经理'],
      ]);
      // …and the names listed before, each with its form of address
      assert.deepEqual(names('王海涛先生、刘芳女士任晋银理财副总经理。李明先生、赵刚先生当选公司董事。'), ['王海涛', '刘芳', '李明', '赵刚']);
      // …and after a name, the whole taken for another name (郑/ns 海涛/nr 任中华/nr 联合…)
      assert.deepEqual(officials('郑海涛任中华联合财产保险股份有限公司总精算师').map((o) => [o.name, o.title, o.org]), [['郑海涛', '总精算师', '中华联合财产保险股份有限公司']]);
    });

    it('keeps the company and its Latin name in brackets in the organization before a unit and a title', () => {
      assert.deepEqual(officials('巴斯夫（BASF）大中华区董事长兼总裁楼剑锋表示，霍尼韦尔（Honeywell）中国总裁余锋说').map((o) => [o.name, o.org]), [
        ['楼剑锋', '巴斯夫（BASF）大中华区'],
        ['余锋', '霍尼韦尔（Honeywell）中国'],
      ]);
    });

    it('reads the legal representatives a business register reports changed, whatever the segmenter made of the names', () => {
      assert.deepEqual(officials('小米科技有限责任公司法定代表人由雷军变更为林斌。').map((o) => [o.name, o.title, o.org]), [
        ['雷军', '法定代表人', '小米科技有限责任公司'],
        ['林斌', '法定代表人', '小米科技有限责任公司'],
      ]);
      assert.deepEqual(names('法定代表人由汪建平变更为沈晓红，沈晓红同时担任公司董事长'), ['汪建平', '沈晓红', '沈晓红']);
      // …or only the new one (南京城建集团董事长变更为陈志远)
      assert.deepEqual(officials('南京城建集团董事长变更为陈志远 ◆ 其他').map((o) => [o.name, o.title]), [['陈志远', '董事长']]);
      // (…and any post changed so: 党委书记由李伟调整为王志坚)
      assert.deepEqual(officials('山东能源集团党委书记由李伟调整为王志坚。').map((o) => [o.name, o.title, o.org]), [['李伟', '党委书记', '山东能源集团'], ['王志坚', '党委书记', '山东能源集团']]);
      // (not a body that is no person: 由有限公司变更为股份公司)
      assert.deepEqual(names('企业类型由有限公司变更为股份公司'), []);
    });

    it('reads a name the segmenter glued to the verb 任 (张伟任/x, 林国/荣任/n), and no company in it', () => {
      assert.deepEqual(officials('张伟任董事长。林国荣任公司董事长，周长海任副总经理').map((o) => [o.name, o.title]), [
        ['张伟', '董事长'],
        ['林国荣', '董事长'],
        ['周长海', '副总经理'],
      ]);
      assert.deepEqual(companies('1998年，林国荣任公司董事长'), []);
      // a word of its own that ends in 任 is no name and a verb (主任, 现任, 聘任)
      assert.deepEqual(names('金鑫现任青岛市委副秘书长'), ['金鑫']);
      // …nor an adverb before 任 (雷军/x 仍任/x: still holds)
      assert.deepEqual(officials('雷军仍任董事长兼CEO').map((o) => [o.name, o.title]), [['雷军', '董事长兼CEO']]);
    });

    it('reads names of a list the segmenter cut into single characters before the verb (、赵/一/m 凡/d 当选), and a worker-elected director', () => {
      assert.deepEqual(officials('王建国、陈雪松、赵一凡当选非独立董事，与职工代表董事马晓东共同组成董事会').map((o) => [o.name, o.title]), [
        ['王建国', '非独立董事'],
        ['陈雪松', '非独立董事'],
        ['赵一凡', '非独立董事'],
        ['马晓东', '职工代表董事'],
      ]);
    });

    it('reads a doubled given name before 在, a transliteration cut into a verb and a place before a date, and a Uyghur name part of function characters', () => {
      assert.deepEqual(names('中信证券首席经济学家明明在接受采访时表示。欧洲央行行长拉加德6月5日宣布降息'), ['明明', '拉加德']);
      // (nor a character that follows names, where the article names the two alone: 付欣在业绩会上 … 付欣称)
      assert.deepEqual(names('首席财务官付欣在业绩会上回答了提问。付欣称，增长34.5%'), ['付欣', '付欣']);
      // (a date's 于 after a name of two is no third character: 副总经理李立于2024年9月3日签署)
      assert.deepEqual(names('副总经理李立于2024年9月3日签署协议'), ['李立']);
      // (nor 尚 before 未 or 不, yet: 总经理赵伟尚未回应; but 高尚 is a name)
      assert.deepEqual(names('童心幼教总经理赵伟尚未就判决结果作出回应。总经理高尚表示'), ['赵伟', '高尚']);
      // (…nor speech glued on before a pause: 官付/x 欣称/x ，; a place-tagged given name after the title's glued surname: 官张/x 连山/ns 表示;
      // a transliterated name before where it is: 拉加/v 德/ns 在; and a listed given name taken for an adverb: 、程/n 立新/d 及)
      assert.deepEqual(names('首席财务官付欣称，业绩稳定。副总经理、首席医学官张连山表示。欧洲央行行长拉加德在法兰克福宣布。执行董事杨敏、程立新及王海涛出席'), ['付欣', '张连山', '拉加德', '杨敏', '程立新', '王海涛']);
      // …and the name's last character glued to the 自 of a date (代理行/长冀光/x 恒自/x 10月8日起)
      assert.deepEqual(names('平安银行代理行长冀光恒自10月8日起不再代为履职'), ['冀光恒']);
      // (…and speech glued on before what is said: 官付/x 欣称/x 派息总额)
      assert.deepEqual(names('首席财务官付欣称派息总额将达到300亿元'), ['付欣']);
      // (…and that given name before 届时, at that time: 首席财务官/王/海利/ns 届时将出席)
      assert.deepEqual(names('首席执行官孙洁、首席财务官王海利届时将出席电话会'), ['孙洁', '王海利']);
      // (…nor speech or 将 glued on with the name: 官王鼎称/x ，, 官付/x 欣将/x 出席会议; and the third character alone before the day: 黄润/n 秋/t 12日表示)
      assert.deepEqual(names('代理首席财务官王鼎称，公司稳定。首席财务官付欣将出席会议。生态环境部部长黄润秋12日表示'), ['王鼎', '付欣', '黄润秋']);
      // (…a transliterated pair and a third character before speech: 局长/阿德/nrt 志/n 表示; not the speech itself: 总统/普京/nrt 说)
      assert.deepEqual(names('博监局局长阿德志表示。总统普京说'), ['阿德志', '普京']);
      // a deputy's title before two names joined by 与, as by 和 (副行长郭建与项有志); not one mayor's (市长王强与李明)
      assert.deepEqual(names('副行长郭建与项有志出席。市长王强与李明会谈'), ['郭建', '项有志', '王强']);
      // …or by 及, a co-title's too (副總裁阮國恆及劉應彬, 聯席行政總裁李民斌及李民橋); not one mayor's (市长王强及李明)
      assert.deepEqual(names('副总裁阮国恒及刘应彬出席记者会。联席行政总裁李民斌及李民桥则预期。市长王强及李明会谈'), ['阮国恒', '刘应彬', '李民斌', '李民桥', '王强']);
      // (…nor the first character of a time word: 首席执行官张鹏本/x 月初; 本月初 is a date)
      assert.deepEqual(names('首席执行官张鹏本月初宣布完成融资'), ['张鹏']);
      assert.deepEqual(names('三星电子会长李在镕上月访问美国'), ['李在镕']); // 李在镕上/x 月
      // an honorary post's mark is no name (以荣誉/nr 董事长身份); Taiwan's 战略长
      assert.deepEqual(names('施振荣则以荣誉董事长身份出席。鸿海首席战略长关润受访'), ['关润']);
      // an assistant's post whole (助理总经理), not 总经理 of an organization ending in 助理
      assert.deepEqual(officials('新鸿基地产助理总经理胡致远透露').map((o) => [o.name, o.title, o.org]), [['胡致远', '助理总经理', '新鸿基地产']]);
      assert.deepEqual(officials('和田地委副书记、行署专员买买提江·阿不都现场调度。').map((o) => o.name), ['买买提江·阿不都']);
    });

    it('reads a name after a title whose last character the segmenter made a word with the surname (执行/官方/n 以宁/x)', () => {
      assert.deepEqual(names('董事长顾明轩、首席执行官方以宁分别介绍了合作情况。方以宁说'), ['顾明轩', '方以宁', '方以宁']);
    });

    it('reads 任 glued onto the organization after a name (吴志刚/任国网/x), and a list of names before a glued 任, a compound surname too', () => {
      assert.deepEqual(officials('吴志刚任国网山东省电力公司董事长、党委书记。').map((o) => [o.name, o.title, o.org]), [['吴志刚', '董事长、党委书记', '国网山东省电力公司']]);
      assert.deepEqual(names('吴志刚任国网董事长'), ['吴志刚']);
      assert.deepEqual(officials('孙丽、郭建平、欧阳明辉任浪潮集团有限公司外部董事').map((o) => [o.name, o.title, o.org]), [
        ['孙丽', '外部董事', '浪潮集团有限公司'],
        ['郭建平', '外部董事', '浪潮集团有限公司'],
        ['欧阳明辉', '外部董事', '浪潮集团有限公司'],
      ]);
    });

    it('reads 新任 after a name as taking the post, or 新 as the name\'s last character where the article names it so', () => {
      assert.deepEqual(officials('李明新任公司总经理，王芳任集团副总裁。').map((o) => [o.name, o.title]), [['李明', '总经理'], ['王芳', '副总裁']]);
      assert.deepEqual(companies('李明新任公司总经理'), []);
      assert.deepEqual(officials('宣布孙立新任山东大学党委书记。孙立新，1966年11月生，曾任青岛大学校长。').map((o) => [o.name, o.title, o.org]), [
        ['孙立新', '党委书记', '山东大学'],
        ['孙立新', '党委书记', '山东大学'],
      ]);
    });

    it('reads names with a form of address, a continued post, and a candidate\'s résumé', () => {
      assert.deepEqual(officials('董事会同意聘任赵海军博士、梁孟松博士继续担任公司联席首席执行官').map((o) => [o.name, o.title]), [
        ['赵海军', '联席首席执行官'],
        ['梁孟松', '联席首席执行官'],
      ]);
      // (…with the birth month first: 吴海涛，1972年3月生，现任…)
      assert.deepEqual(officials('公示对象包括：吴海涛，1972年3月生，现任浙江省能源集团有限公司副总经理；许丽，1975年10月生，现任杭州市副市长。').map((o) => [o.name, o.title, o.org]), [
        ['吴海涛', '副总经理', '浙江省能源集团有限公司'],
        ['许丽', '副市长', '杭州市'],
      ]);
      assert.deepEqual(officials('李明，男，1972年6月生，汉族，研究生，现任郑州市委常委、秘书长，拟任市级政府副职；').map((o) => [o.name, o.title, o.org]), [
        ['李明', '市委常委、秘书长', '郑州市'],
      ]);
      // or its name alone before the comma, and a registered name as its organization whatever the segmenter made of it
      assert.deepEqual(officials('方晨，现任江南新材料股份有限公司副总裁。').map((o) => [o.name, o.title, o.org]), [['方晨', '副总裁', '江南新材料股份有限公司']]);
      // a penalty notice's party, after its label, with the post held then (时任)
      assert.deepEqual(officials('当事人：刘建华，男，1969年4月出生，时任广东粤峰实业股份有限公司董事长；陈静，女，1982年7月出生，时任粤峰实业财务总监。').map((o) => [o.name, o.title, o.org]), [
        ['刘建华', '董事长', '广东粤峰实业股份有限公司'],
        ['陈静', '财务总监', '粤峰实业'],
      ]);
      assert.deepEqual(names('他现任公司总经理'), []);
      assert.deepEqual(names('据介绍，现任公司总经理'), []);
    });

    for (const text of ['提名刘伟为济南市市长候选人', '任命书已经下发', '他担任过多个职务', '学校聘请专家为顾问', '总统已任命南非驻中国研究中心主任', '李明担任了这次活动的主持人']) {
      it(`finds no appointed official in ${text}`, () => assert.deepEqual(names(text), []));
    }
  });

  describe('what is not an official', () => {
    for (const text of [
      '(济南日报·爱济南记者:张静)',
      '华为高层就频频来访济南',
      '济南书记市长再次一起南下',
      '市长表示欢迎',
      '市长高度重视此事',
      '市长于近日表示',
      '王小明认为，这个模式不同',
      '远大集团副总经理方总，',
      '活动主办方的项目总经理、销售总监',
      '书记和市长都来了',
      '主持人：谢谢高会长',
      '33岁的队长武磊续约至2026年底', // a team's captain is a player (athletes are no officials); 刑警大队队长 stays a post
      '在书记任期内完成',
      '三年级二班班主任张丽华老师说',
      '公司总经理任命书已下发',
      '董事会审议通过副总经理任命 2024年04月24日',
      '阿根廷卡塔马卡省长会见紫金矿业代表团',
      // a kind of bank whose first character is a surname (农/zg 商行/n)
      '两家农商行董事长同日辞职',
      '董事任期三年',
      '局长高兴地说',
      '局长于某种程度上认可',
      // an unknown word that opens with a function character (之日止/x), a preposition before a verb the segmenter knew (因/p 达到/v)
      '直至聘任新任总经理之日止',
      '公司总经理因达到法定退休年龄申请辞职',
    ]) {
      it(`finds none in ${text}`, () => assert.deepEqual(names(text), []));
    }
  });

  it('keeps offsets exact over a BOM and CRLF line ends', () => {
    const text = '\uFEFF济南市委书记刘强\r\n市委副书记、市长于海田\r\n于海田说';
    const found = recognizeOfficials({ text, tokens: withOffsets(tag(text)) }).sort((a, b) => a.start - b.start);
    assert.deepEqual(
      found.map((c) => [c.start, text.slice(c.start, c.end)]),
      [
        [7, '刘强'],
        [19, '于海田'],
        [24, '于海田'],
      ],
    );
  });

  it('reads full-width Latin titles', () => {
    assert.deepEqual(officials('百度ＣＥＯ李彦宏说'), [{ name: '李彦宏', title: 'ＣＥＯ', org: '百度', source: 'rule:official-title' }]);
  });

  it('finds nothing in empty or degenerate text', () => {
    for (const text of ['', '。', '😀', '董事长', '有限公司', '(集团)有限公司', '等公司', 'ST', '市长、', '张·', '总裁 ']) {
      assert.deepEqual(recognizeOfficials({ text, tokens: withOffsets(text ? tag(text) : []) }), [], text);
    }
  });

  it('gives UTF-16 offsets that slice the original text, after emoji and 𠮷', () => {
    const text = '😀𠮷济南市委书记刘强说';
    const found = recognizeOfficials({ text, tokens: withOffsets(tag(text)) });
    assert.deepEqual(
      found.map((c) => [c.start, c.end, text.slice(c.start, c.end)]),
      [[10, 12, '刘强']],
    );
  });
});

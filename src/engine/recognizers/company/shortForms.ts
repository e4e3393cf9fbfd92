import { lookupName, NOT_COMPANIES } from '../../dict/companies';
import { COUNTY_NAMES, DISTRICT_NAMES, isProvinceOrCity, PLACE_NAMES } from '../../dict/places';
import { isCJKWord } from '../official/names';
import { COUNTRY_LIKE, foreignCountryLength, isForeignCountry, GENERIC, isDescriptor, isDistinctive, isGeneric, isNameAdverb, isRegisteredWord, PUBLIC_OR_CRIME_WORDS } from './nameWords';
import { BRACKETED, SUFFIXES } from './registeredName';
import type { TokenIndex } from '../text/tokenIndex';
import type { Token } from '../../segmenter/segmenter';

// The short forms a registered name is cited by later in the same article, derived from the name
// itself: its legal and trade words stripped (华为技术有限公司 → 华为技术, 华为), its place dropped
// (宜宾五粮液股份有限公司 → 五粮液), its trade contracted (济南城市投资集团有限公司 → 济南城投).

/** A name ending in a facility or a project: the airport, port, line, park or works a company is named after (首都机场集团, 南州理工科技园发展有限公司, 广西桂中水资源配置工程建设管理有限公司), not the company. */
const FACILITY_END = /(?:机场|港|码头|高铁|铁路|地铁|轨道交通|车站|站|口岸|景区|公园|科技园|产业园|工业园|大桥|隧道|大世界|乐园|欢乐谷|度假区|游乐园|工程|项目)$/;

/** A mountain, a lake, an island or a river by its name: 云岭山, 千岛湖. */
const NAMED_NATURE = /^[\u4e00-\u9fff]{1,2}[山湖岛江河]$/;

/** A name ending in a foreign country or a continent after two characters or more: 长城汽车巴西, 宁德时代欧洲. */
const armAbroad = (f: string): boolean => [2, 3, 4].some((n) => f.length - n >= 2 && (isForeignCountry(f.slice(-n)) || CONTINENT.test(f.slice(-n))));
const CONTINENT = /^(?:欧洲|亚洲|非洲|美洲|北美|南美|拉美)$/;

/** What a bank, a broker, an insurer or a consumer-finance company is named as, before its legal form. */
const FINANCIAL_END = /(?:银行|证券|保险|信托|期货|租赁|消费金融)$/;
/** The legal forms a registered name ends with. */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '股份公司'];

/** Legal and group words stripped from a full name to find the short forms it is cited by. */
const TAIL_WORDS = [...LEGAL_FORMS, '会计师事务所', '律师事务所', '集团公司', '株式会社', '公司', '集团', '控股', '股份', '技术', '科技', '通讯', '通信', '信息', '网络', '软件', '微电子', '电子', '实业', '产业', '工业', '投资', '发展', '国际'];

/** What follows a zone's name in its investment platform's name: 北京亦庄/投资控股有限公司 is not cited as 亦庄 (the zone). */
const ZONE_PLATFORM = /^(?:投资控股|投资发展|开发建设)/;

/** Short forms a full name is cited by later: 华为技术有限公司 → 华为技术, 华为; 江铃汽车集团有限公司 → 江铃汽车, 江铃; 宜宾五粮液股份有限公司 → 宜宾五粮液, 五粮液; 济南城市投资集团有限公司 → 济南城投. */
export function shortForms(full: string, start: number, idx: TokenIndex): string[] {
  // Stripped of its legal and trade words one by one: 华为技术有限公司 → 华为技术 → 华为.
  const rests: string[] = [];
  let rest = full.replace(BRACKETED, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of TAIL_WORDS) {
      if (rest.endsWith(w) && rest.length - w.length >= 2) {
        rest = rest.slice(0, -w.length).replace(BRACKETED, '');
        if (rest !== full) rests.push(rest);
        // (A chip designer is cited with its 微 too: 芯研微电子 → 芯研微, 芯研.)
        if (w === '微电子') rests.push(rest + '微');
        changed = true;
        break;
      }
    }
    // A trade written as its own word at the end: 江铃汽车 → 江铃, 蜂巢能源 → 蜂巢.
    const last = changed ? undefined : idx.at(start + rest.length - 1);
    // A word of a trade and a generic word the segmenter made one (鑫源/五金制品): cited without the generic word (鑫源五金).
    if (last && last.start > start + 1 && last.end === start + rest.length && last.word.length >= 4 && !isGeneric(last.word)) {
      const k = last.word.length - 2;
      if (GENERIC.has(last.word.slice(k)) && !isGeneric(last.word.slice(0, k))) rests.push(rest.slice(0, last.start - start + k));
    }
    // (…or its trade and the group word stripped before, which the segmenter made one: 天士力/医药集团.)
    const word = last && last.start > start + 1 && last.end > start + rest.length && TAIL_WORDS.includes(last.word.slice(start + rest.length - last.start)) ? last.word.slice(0, start + rest.length - last.start) : last?.word;
    if (last && word && last.start > start + 1 && last.start + word.length === start + rest.length && (isGeneric(word) || SUFFIXES.get(word) === 'trade')) {
      // Two generic words the segmenter made one (君实/生物医药): the name is cited with the first too (君实生物).
      for (let k = 2; k <= word.length - 2; k++) {
        if (GENERIC.has(word.slice(0, k)) && isGeneric(word.slice(k))) rests.push(rest.slice(0, last.start - start + k));
      }
      // The generic word may have lost its first character to the word before (康宁/堂大/x 药房: 大药房).
      const cut = last.start - start - (isGeneric(rest.slice(last.start - start - 1)) ? 1 : 0);
      const head = rest.slice(0, cut);
      rest = head.replace(BRACKETED, ''); // 锦泰康达（天津）生物 → 锦泰康达
      // A brand the dictionary knows before a bracketed place names a subsidiary (三星(中国)半导体): the brand is not its short name.
      const known = lookupName(rest);
      if (!known?.ambiguous && !(known && rest !== head)) rests.push(rest);
      changed = true;
    }
  }
  // Each also without the province or city it is registered in: 宜宾五粮液股份有限公司 → 五粮液 (not 中科/ns 宇航),
  // or the foreign country written before it: 韩国汉阳新材料株式会社 → 汉阳新材料.
  const placed = registeredPlaceLength(full, idx, start) || foreignCountryLength(full);
  // Not a place (常州市钟楼区产投公司 → 钟楼区, 济南章丘控股集团 → 章丘), a trade (山东省融资担保集团 → 融资担保) or a facility the company runs (首都机场集团 → 首都机场, 京沪高铁公司 → 京沪高铁).
  // Nor a public body a company is named after (中国科学院控股有限公司 → not 中国科学院, 清华控股 → not 清华, 江苏省政府投资基金管理有限公司 → not 政府),
  // nor the site or paper a company runs, a medium (重庆华龙网集团股份有限公司 → not 华龙网).
  // (Nor a company and the foreign country of its arm there: 长城汽车巴西公司 → not 长城汽车巴西, which before 工厂 is 长城汽车's plant.)
  // (Nor a mountain or a water a company is named after: 云岭山 of 云岭山旅游发展股份有限公司, the place in 云岭山风景名胜区.)
  const usable = (f: string, at: number) =>
    f.length >= 2 && !isGeneric(f) && !NAMED_NATURE.test(f) && !armAbroad(f) && !NOT_COMPANIES.has(f) && (!PUBLIC_OR_CRIME_WORDS.test(f) || knownUnit(f)) && !REGION_NAMES.has(f) && isProperForm(f, at, idx) && !/[省市县区镇乡村州网报]$/.test(f) && !DISTRICT_NAMES.has(f) && !FACILITY_END.test(f) && !INSTITUTION_END.test(f) && !UNIVERSITY_SHORT.has(f);
  // (A group's name without its legal words is cited as it is, whatever its words: 河南投资集团有限公司 → 河南投资集团.)
  const group = (f: string) => f.length >= 4 && f.endsWith('集团') && !BRACKETED.test(full);
  // (A form its place is cited with is one wherever it is one without: 西安/高新/d 控股 as 高新控股.)
  const forms = rests.filter((f) => usable(f, start) || (group(f) && full.startsWith(f)) || (placed > 0 && f.length - placed >= 2 && usable(f.slice(placed), start + placed)));
  // Not a zone its investment platform is named after (北京亦庄投资控股有限公司 → not 亦庄).
  // (…and without its place, unless a generic word is left: 广东宏远集团有限公司 → 宏远集团, 宏远/a being an adjective.)
  const unplaced = placed ? rests.map((f) => f.slice(placed)).filter((f, i, all) => (usable(f, start + placed) || (group(f) && !isGeneric(f.slice(0, -2)))) && all.indexOf(f) === i && !ZONE_PLATFORM.test(full.slice(placed + f.length))) : [];
  // A listed company is cited with 股份 too: 浙江巨化股份有限公司 → 巨化股份.
  const shares = full.endsWith('股份有限公司') ? [...forms, ...unplaced].filter((f) => !f.endsWith('股份')).map((f) => f + '股份') : [];
  // …and a group registered with its 集团 in brackets is cited with it: 上海东浩兰生（集团）有限公司 → 东浩兰生集团.
  const grouped = /[(（]集团[)）]/.test(full) ? [...forms, ...unplaced].filter((f) => !f.endsWith('集团')).map((f) => f + '集团') : [];
  // A bank, broker or insurer is cited by its name before the legal form, a place and its kind as it may be: 成都银行股份有限公司 → 成都银行.
  const financial = rests.filter((f) => f.length >= 4 && FINANCIAL_END.test(f) && full.startsWith(f) && LEGAL_FORMS.includes(full.slice(f.length)) && !NOT_COMPANIES.has(f) && !forms.includes(f));
  // A Japanese company is cited by its whole name before 株式会社, whatever the segmenter made of its words: 大成/v 建设/vn 株式会社 → 大成建设.
  const japanese = full.endsWith('株式会社') ? [full.slice(placed, -4)].filter((f) => f.length >= 2 && !isGeneric(f) && !forms.includes(f) && !unplaced.includes(f)) : [];
  // A company named after its founder is cited by the family name: 罗伯特·博世有限公司 → 博世, 约翰·霍兰德集团 → 霍兰德.
  const family = rests.map((f) => f.slice(f.search(/[·•・][^·•・]*$/) + 1)).filter((f, i) => f !== rests[i] && f.length >= 2 && !isGeneric(f));
  // A province's or a city's group is cited by 省 or 市 and its group's name: 江西省旅游集团股份有限公司 → 省旅游集团.
  const unit = placed > 0 && /[省市]$/.test(full.slice(0, placed)) ? rests.filter((f) => f.length - placed >= 4 && f.startsWith(full.slice(0, placed)) && f.endsWith('集团')).map((f) => full[placed - 1]! + f.slice(placed)) : [];
  return [...forms, ...financial, ...unplaced, ...japanese, ...shares, ...grouped, ...family, ...unit, ...contractedForms(full), ...cityTradeForm(full, placed), ...cooperativeForm(full, start, placed, idx)];
}

/**
 * A farmers' cooperative by its own name and 合作社, without its place, township and trade: 桐河县金穗粮食种植专业合作社 → 金穗合作社,
 * 安溪县龙涓乡云顶茶叶专业合作社 → 云顶合作社; its own name being the segmenter's first word after the places.
 */
function cooperativeForm(full: string, start: number, placed: number, idx: TokenIndex): string[] {
  if (!full.endsWith('专业合作社')) return [];
  const at = placed + (TOWNSHIP.exec(full.slice(placed))?.[0].length ?? 0);
  const own = idx.at(start + at);
  if (!own || own.start !== start + at || own.end - own.start < 2 || own.end - own.start > 3 || own.end >= start + full.length - 5) return [];
  return isGeneric(own.word) || isPlace(own.word) || !isCJKWord(own.word) ? [] : [own.word + '合作社'];
}
/** A township or town before a cooperative's own name: 龙涓乡, 城关镇. */
const TOWNSHIP = /^[\u4e00-\u9fff]{2,3}?[乡镇](?=[\u4e00-\u9fff]{4})/;

/**
 * A city's or province's group or company by its place and its one trade: 济南重工集团有限公司 →
 * 济南重工, 济南财金投资控股集团有限公司 → 济南财金, 淮南矿业（集团）有限责任公司 → 淮南矿业, 铜川矿业有限公司 → 铜川矿业,
 * 青岛航空股份有限公司 → 青岛航空, 重庆机电控股（集团）公司 → 重庆机电; only after the article has given the full name. A place and a generic word is no short name otherwise.
 */
function cityTradeForm(full: string, placed: number): string[] {
  const place = full.slice(0, placed).replace(/[省市]$/, '');
  const m = placed && place.length >= 2 && PLACE_NAMES.has(place) ? CITY_TRADE.exec(full.slice(placed)) : null;
  return m && (isGeneric(m[1]!) || SUFFIXES.get(m[1]!) === 'trade') ? [place + m[1]] : [];
}
const CITY_TRADE = /^([\u4e00-\u9fff]{2})(?:(?:投资)?(?:控股)?(?:集团|[（(]集团[)）])(?:(?:股份)?有限(?:责任)?公司|公司)?|(?:股份)?有限(?:责任)?公司)$/;

/**
 * Length of the places a registered name starts with (深圳市, 黑龙江省, 宜宾, 江苏省南通市, 杭州市萧山区, 顺德区), 0 if none;
 * where the name's tokens are known, no token crosses a place's end from inside it (山东/新/北洋: not 新北).
 */
export function registeredPlaceLength(full: string, idx?: TokenIndex, start = 0): number {
  let at = 0;
  for (let level = 0; level < 2; level++) {
    const rest = full.slice(at);
    const n = [3, 2].find((k) => (PLACE_NAMES.has(rest.slice(0, k)) || REGIONS.has(rest.slice(0, k)) || (COUNTY_NAMES.has(rest.slice(0, k)) && !!idx && countyWord(idx, start + at, k))) && !(idx && crosses(idx.at(start + at + k - 1), start + at, start + at + k)));
    const district = n ? undefined : DISTRICT.exec(rest);
    const length = n ? n + (/[省市]/.test(rest[n] ?? '') ? 1 : 0) : (district?.[0].length ?? 0);
    if (!length || full.length - at - length < 4) break;
    at += length;
  }
  return at;
}
/** A county's name the segmenter read as a place word of its own, before a word it did not know (汉阴/ns 秦凤/x 茶业). */
const countyWord = (idx: TokenIndex, at: number, k: number) => idx.at(at)?.start === at && idx.at(at)!.end === at + k && idx.at(at)!.tag === 'ns' && idx.at(at + k)?.tag === 'x';
/** A place word that starts inside a place's characters and ends after them: the place is none (新/北洋/ns, not 新北; but 唐/山瑞/nr 丰 is 唐山). */
const crosses = (t: Token | undefined, from: number, to: number) => t !== undefined && t.tag === 'ns' && t.start > from && t.end > to;
/** A district or county by its name (萧山区, 顺德区, 长清县; not 社区, 园区, 区块链). */
const DISTRICT = /^[\u4e00-\u9fff]{1,2}(?<![社园景厂小营专片校矿街城])[区县](?![块域间])/;
const REGIONS = new Set(['香港', '澳门', '台湾']);

/** Old and regional names of provinces and regions, and mountain ranges, which many companies start with (齐鲁制药, 中原银行, 秦岭果业): no short name alone. */
const REGION_NAMES = new Set(['齐鲁', '中原', '华北', '华东', '华南', '华中', '华西', '西南', '西北', '东北', '江南', '岭南', '燕赵', '巴蜀', '三秦', '荆楚', '八闽', '江淮', '关中', '塞北', '秦岭', '太行']);

/** A public body a company is named after: a university, an academy, an institute, a hospital. */
const INSTITUTION_END = /(?:大学|学院|研究院|研究所|医院|学校)$/;
/** Universities and academies by the short names the press uses, which their companies carry (清华控股, 北大方正, 中科院创投). */
const UNIVERSITY_SHORT = new Set(['清华', '北大', '复旦', '浙大', '交大', '上交大', '西交大', '南大', '武大', '川大', '山大', '中大', '人大', '南开', '同济', '厦大', '哈工大', '北航', '中科院', '中科大', '国科大']);

/** The contracted trades of a city's investment group: 青岛城投, 云南交投, 济南产投 (not 文旅: 山西文旅 is its tourism too). */
export const CITY_INVESTOR = /(?:城投|交投|产投|建投|金控|国投|城建)$/;

/** Trades that local state-owned investment companies are cited by in two characters. */
const CONTRACTED: Record<string, string> = { 产业发展控股: '产控', 产业控股: '产控', 城市投资: '城投', 城市建设投资: '城投', 城建投资管理: '城投', 城建投资: '城投', 城市基础设施建设投资: '城投', 交通投资: '交投', 产业投资: '产投', 建设投资: '建投', 金融控股: '金控', 文化旅游: '文旅', 城市发展: '城发', 产业发展: '产发' };
const CONTRACTIBLE = new RegExp(`^([\\u4e00-\\u9fff]{2,6}?)[省市县区]?(${Object.keys(CONTRACTED).join('|')})(?:发展)?(?:投资)?(?:控股)?(?:集团|[（(]集团[)）])?(?:股份)?有限(?:责任)?公司$`);

/** Trades a company's short name contracts: 华源新材料股份有限公司 → 华源新材, 鼎芯新材料（武汉）有限公司 → 鼎芯新材, 合肥晶芯集成电路有限公司 → 晶芯集成, 平安国际融资租赁有限公司 → 平安租赁, 清曜新能源科技有限公司 → 清曜新能, 浙江萧山农村商业银行股份有限公司 → 萧山农商银行. */
const TRADE_CONTRACTED: Record<string, string> = { 集成电路: '集成', 新材料: '新材', 新能源: '新能', 融资租赁: '租赁', 融资担保: '担保', 生物科技: '生物', 生物医药: '生物', 生物技术: '生物', 农村商业银行: '农商银行', 财产保险: '财险', 炼油化工: '炼化', 消费金融: '消金' };
const TRADE_CONTRACTIBLE = new RegExp(`^([\\u4e00-\\u9fff]{2,6}?)(?:国际)?(${Object.keys(TRADE_CONTRACTED).join('|')})(?:科技)?(?:集团)?(?:[（(][\\u4e00-\\u9fff]{2,4}[)）])?(?:股份)?有限(?:责任)?公司$`);

/** The contracted forms of a local investment company (济南城市投资集团有限公司 → 济南城投, 济南城投集团) or of a trade (华源新材). */
function contractedForms(full: string): string[] {
  const m = CONTRACTIBLE.exec(full);
  const t = m ? null : TRADE_CONTRACTIBLE.exec(full);
  const name = m?.[1] ?? t?.[1];
  if (!name) return [];
  const short = name + (m ? CONTRACTED[m[2]!]! : TRADE_CONTRACTED[t![2]!]!);
  // Each also without its place (西安曲江文化旅游股份有限公司 → 曲江文旅, 四川和邦生物科技股份有限公司 → 和邦生物), a trade's
  // without its parent's name too (中国石化青岛炼油化工有限责任公司 → 青岛炼化).
  const placed = registeredPlaceLength(full) || (t ? knownPrefixLength(name, 2, 4) : 0);
  const unplaced = placed && name.length - placed >= 2 ? [short.slice(placed)] : [];
  // (…a group's with 集团 too: 山东省港航建设投资集团有限公司 → 港航建投集团.)
  return m ? [short, short + '集团', ...unplaced, ...unplaced.map((f) => f + '集团')] : [short, ...unplaced];
}

/** A word that names a place: a province or city, a country, or a name ending like a place or a river. */
function isPlace(word: string): boolean {
  return isProvinceOrCity(word) || COUNTRY_LIKE.has(word) || /[市县区州镇乡村江河湖海山口湾岛峡]$/.test(word);
}

/** The length of the longest name of a known company `name` starts with, of at most `max` characters and leaving `rest`; 0 if none. */
function knownPrefixLength(name: string, rest: number, max = name.length): number {
  for (let k = Math.min(max, name.length - rest); k >= 2; k--) if (lookupName(name.slice(0, k))?.ambiguous === false) return k;
  return 0;
}

/** A known company's name and more: its unit, whatever the segmenter made of the two (中/f 铁一局/nt: 中铁 and its first bureau, no public one). */
const knownUnit = (form: string): boolean => knownPrefixLength(form, 1) > 0;

/**
 * A short form is usable when it has a distinctive piece that is not a place (济南城市, 广州), or,
 * four characters or more, starts with a word that is not generic (宏图/n 控股; not 宏图 alone).
 */
function isProperForm(form: string, start: number, idx: TokenIndex): boolean {
  // A place does not name a company, but the segmenter tags names a place that are none (瑞康/ns 生物):
  // those count at the start of a form and before more of it (not 菏泽/牡丹/ns, a district after its city, nor 牡丹 alone).
  // A name the segmenter did not know comes apart in single characters (特/d 步/n 国际控股…): it is one.
  // A word the segmenter knows with its suffix (北大方正集团/nt) names the form without it.
  if (knownUnit(form)) return true;
  // A coined first word the segmenter took for a verb or a distinguishing word, and the trade (远航/v 科技 of 浙江远航科技股份有限公司).
  const head = idx.at(start);
  if (head?.start === start && head.end - start === 2 && (head.tag === 'v' || head.tag === 'b') && SUFFIXES.get(form.slice(2)) === 'trade' && !isGeneric(head.word) && !isDescriptor(head.word)) return true;
  let singles = true;
  let nouns = true;
  let pieces = 0;
  const end = start + form.length;
  for (let k = start; k < end; ) {
    const t = idx.at(k);
    const suffixed = t && t.end > end && t.start === start && SUFFIXES.has(t.word.slice(end - t.start));
    if (!t || (t.end > end && !suffixed)) return false;
    const piece = { word: suffixed ? form : t.word, tag: t.tag ?? '', start: t.start };
    // (…and after one character that starts the name: 新/a 北洋/ns of 山东新北洋信息技术股份有限公司.)
    if (t.tag === 'ns' && k === start + 1 && t.end === end && !isPlace(t.word) && isCJKWord(form)) return true;
    if ((t.tag !== 'ns' || (k === start && t.end < end && !isPlace(t.word))) && (isDistinctive(piece) || (k === start && form.length >= 4 && (isRegisteredWord(piece) || isNameAdverb(piece))))) return true;
    singles &&= t.end - t.start === 1 && isCJKWord(t.word);
    nouns &&= NOUN_PIECE_TAGS.has(t.tag ?? '') && !isGeneric(t.word);
    pieces++;
    k = t.end;
  }
  // So does a name of three characters or more the segmenter made of plain nouns and numbers, no
  // word of its own (三只/m 羊/n of 合肥三只羊网络科技有限公司, 蝉/n 妈妈/n).
  return singles || (nouns && pieces >= 2 && form.length >= 3);
}
/** Tags of the plain pieces a coined name is made of: nouns, numbers and measure words. */
const NOUN_PIECE_TAGS = new Set(['n', 'ng', 'm', 'q', 'nr']);

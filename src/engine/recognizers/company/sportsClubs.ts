import { PLACE_NAMES } from '../../dict/places';
import type { Found } from './registeredName';
import type { TokenIndex } from '../text/tokenIndex';

// A professional football or basketball club is a company, registered or not under that name
// (山东泰山足球俱乐部, 北京国安足球俱乐部, 辽宁本钢篮球俱乐部): the club's name is its place and its
// own name, usually one word the segmenter tags as a place (山东泰山/ns), or a name of its own
// (赣江足球俱乐部). A kind of club is none
// (职业足球俱乐部, 中超俱乐部, 一家篮球俱乐部), nor is a place's alone (北京足球俱乐部 may be any).

const CLUB = /(?:足球|篮球)俱乐部/g;
/** Words that make the head a kind of club, not a name: 职业, 业余, 中资 (owned by whom), 青少年, 校园, 中超, 一家, 本地. */
const KIND_HEAD = /(?:职业|业余|中资|外资|国资|国有|民营|私人|青少年|青训|少儿|校园|社区|中超|中甲|中乙|英超|西甲|[一两几多各某该这那本][家个支所]?|本地|当地|省内|国内|海外|知名|多家)$/;

/** The clubs named in the text: the word before 足球俱乐部 of four characters or more, or a place and a word. */
export function sportsClubs(text: string, idx: TokenIndex): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(CLUB)) {
    const at = m.index!;
    // (A registered name is the suffix rule's: 上海申花足球俱乐部有限公司.)
    if (/^(?:有限|股份)/.test(text.slice(at + m[0].length, at + m[0].length + 2))) continue;
    const word = idx.at(at - 1);
    if (!word || word.end !== at || !/^[\u4e00-\u9fff]+$/.test(word.word)) continue;
    const place = idx.at(word.start - 1);
    // (山东泰山/ns; 武汉/ns 三镇/x; a name of its own that is no place, 赣江/ns after a pause.)
    const own = word.end - word.start >= 2 && !PLACE_NAMES.has(word.word) && (!place || place.end !== word.start || !/^[\u4e00-\u9fff]+$/.test(place.word));
    const start = word.end - word.start >= 4 ? word.start : place && place.end === word.start && PLACE_NAMES.has(place.word) ? place.start : own ? word.start : -1;
    const name = text.slice(start, at);
    if (start < 0 || KIND_HEAD.test(name) || PLACE_NAMES.has(name)) continue;
    out.push({ start, end: at + m[0].length, label: 'COMPANY', source: 'rule:company-club' });
  }
  return out;
}

import { TokenIndex } from '../text/tokenIndex';
import type { Mention } from './appointments';
import { titleAndOrg } from './officialPosts';
import { titleBefore } from './officialTitles';
import { orgStart } from './titleOrg';
import { cutNameAt } from './names';
import { nameAt } from './titledNames';

// The members of a board or committee a notice lists under a heading, each name with its form of
// address, as Hong Kong's government notices list appointees: 新委任的成员如下：⏎陈志杰先生⏎何丽珊女士,
// and those who leave: 卸任的成员为李志明先生、吴德华先生及黄珮琪女士. A member holds a post.

/** The heading of such a list: who (newly appointed, reappointed, leaving) and the word for a member. */
const HEADING = /(?:委任|任命|卸任|离任|退任|留任)的(成员|委员|董事|理事)(?:名单)?(?:如下[：:]|[为是](?=[\u4e00-\u9fff]))/g;
/** A form of address after a listed name. */
const ADDRESS = /^(?:先生|女士|教授|博士|医生|工程师|议员|律师|太平绅士)/;
/** What may stand between the items: a line break and the indent of a line, or a list's pause. */
const BETWEEN = /^(?:\s*\n[ \u3000]*|[、，,]|及|和|与)/;

export function listedMembers(text: string, idx: TokenIndex): Mention[] {
  const out: Mention[] = [];
  for (const h of text.matchAll(HEADING)) {
    // (The list under a heading starts after it or on its next line, past blank lines and the indent.)
    let p = h.index + h[0].length + /^\s*/.exec(text.slice(h.index + h[0].length, h.index + h[0].length + 40))![0].length;
    for (;;) {
      const end = nameAt(text, p, idx);
      const address = end > p ? ADDRESS.exec(text.slice(end, end + 4)) : null;
      if (!address) break;
      out.push({ start: p, end, title: h[1]!, org: '', source: 'rule:official-list' });
      const gap = BETWEEN.exec(text.slice(end + address[0].length));
      if (!gap) break;
      p = end + address[0].length + gap[0].length;
    }
  }
  return out;
}

/**
 * The names on the line under a post that has a line of its own, as a congress's list of those it
 * elected prints them: 临江市人民政府副市长⏎　　周平　何立新　韩雪莹（女）. Every item of the line must be
 * a name (perhaps with a note in brackets: （女）, （满族）), or the line is no list.
 */
export function namesUnderPosts(text: string, idx: TokenIndex, lastOrgByUnit: Map<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const line of text.matchAll(POST_LINE)) {
    const end = line.index + line[0].length;
    const opens = end - line[0].trimStart().length; // past the indent
    const titled = titleBefore(text, end);
    if (!titled || titled.end !== end || orgStart(text, titled.start, idx) > opens) continue;
    const names: Array<[number, number]> = [];
    let p = end + 1;
    while (p < text.length && (text[p] === ' ' || text[p] === '\u3000')) p++;
    for (;;) {
      // (…a name the segmenter cut into words too, where names are all the line holds: 何/r 立新/d.)
      const named = nameAt(text, p, idx);
      const e = named > p ? named : cutNameAt(text, p, idx);
      if (e <= p) break;
      names.push([p, e]);
      p = e + (NOTE.exec(text.slice(e, e + 6))?.[0].length ?? 0);
      const gap = NAME_GAP.exec(text.slice(p, p + 4))?.[0].length ?? 0;
      if (!gap) break;
      p += gap;
    }
    // (The whole line, to its end: not a sentence that opens with a name.)
    if (!names.length || !(p >= text.length || text[p] === '\n')) continue;
    const held = titleAndOrg(text, titled, idx, lastOrgByUnit);
    for (const [start, e] of names) out.push({ start, end: e, ...held, source: 'rule:official-list' });
  }
  return out;
}
/** A line of an organization and a post alone, no pause in it: 临江市人民代表大会常务委员会副主任. */
const POST_LINE = /(?<=^|\n)[ \u3000]*[\u4e00-\u9fff]{2,30}(?=\n)/g;
/** A note after a listed name: its sex or its nationality, in brackets. */
const NOTE = /^[（(](?:女|男|[\u4e00-\u9fff]{1,4}族)[)）]/;
/** What parts the names of such a line: spaces, a pause. */
const NAME_GAP = /^(?:[ \u3000]+|[、，,])/;

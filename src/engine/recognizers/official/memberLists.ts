import { TokenIndex } from '../text/tokenIndex';
import type { Mention } from './appointments';
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

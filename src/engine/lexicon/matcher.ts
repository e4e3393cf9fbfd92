import { mentionsCompanyAt } from '../recognizers/company/company';
import { mentionsOfficialAt } from '../recognizers/official/official';
import type { Candidate, RecognizerInput } from '../recognizers/types';
import type { Token } from '../segmenter/segmenter';
import type { Lexicon, LexiconEntry, LexiconRejection } from './lexicon';

export const LEXICON_SOURCE = 'lexicon';

/**
 * jieba often leaves the last character of a three-character name apart (刘强东 → 刘强/x 东/ns):
 * a known name followed by a lone Chinese character with a name-like tag is likely a longer name.
 */
const NAME_TAIL_TAGS = new Set(['ns', 'nr', 'nrfg', 'nrt', 'nz', 'ng', 'x']);
const isNameTail = (t: Token | undefined) => t !== undefined && t.end - t.start === 1 && /[\u4e00-\u9fff]/.test(t.word) && NAME_TAIL_TAGS.has(t.tag ?? '');

/** The lexicon compiled for matching: entries by first character, rejections by label and text. */
export class LexiconMatcher {
  private readonly byFirst = new Map<string, LexiconEntry[]>();
  private readonly rejected = new Map<string, Array<LexiconRejection['context']>>();

  constructor(lexicon: Lexicon) {
    for (const e of lexicon.entries) {
      const list = this.byFirst.get(e.text[0]) ?? [];
      list.push(e);
      this.byFirst.set(e.text[0], list);
    }
    for (const r of lexicon.rejected) {
      const key = `${r.label}\u0000${r.text}`;
      this.rejected.set(key, [...(this.rejected.get(key) ?? []), r.context]);
    }
  }

  /**
   * Every whole occurrence of an accepted entry: it must start and end on token boundaries, so
   * 中兴 is not found in 高中/兴趣 (the entries are also in the segmenter's dictionary, so a real
   * occurrence is cut as a word of its own), and a person's name not before a name-like lone
   * character (刘强 in 刘强东) nor in a byline (mentionsOfficialAt), and a company not where the company recognizer reads the name as
   * something else (a product, an app, the start of a phrase: mentionsCompanyAt).
   */
  recognize({ text, tokens }: RecognizerInput): Candidate[] {
    if (!this.byFirst.size) return [];
    const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
    const out: Candidate[] = [];
    for (const t of tokens) {
      for (const e of this.byFirst.get(text[t.start]) ?? []) {
        const end = t.start + e.text.length;
        const last = byEnd.get(end);
        if (last === undefined || !text.startsWith(e.text, t.start)) continue;
        if (e.label === 'OFFICIAL' && (isNameTail(tokens[last + 1]) || !mentionsOfficialAt(text, t.start))) continue;
        if (e.label === 'COMPANY' && !mentionsCompanyAt(text, tokens, t.start, end)) continue;
        out.push({ start: t.start, end, label: e.label, source: LEXICON_SOURCE, ...(e.attrs ? { attrs: { ...e.attrs } } : {}) });
      }
    }
    return out;
  }

  /** Whether the annotator rejected this text under this label with the same characters around it. */
  isRejected(text: string, c: Candidate): boolean {
    const contexts = this.rejected.get(`${c.label}\u0000${text.slice(c.start, c.end)}`);
    if (!contexts) return false;
    // Contexts are counted in code points; 2 UTF-16 units each covers any of them.
    const before = text.slice(Math.max(0, c.start - 8), c.start);
    return contexts.some(([b, a]) => before.endsWith(b) && text.startsWith(a, c.end));
  }
}

import { numberedLines } from './lines';
import { LabelName } from '../core/span';
import type { ExportDoc, ImportedDoc, ImportedSpan, Parsed } from './records';
import { tagSentences, type Scheme } from './sequence';

// CoNLL, one character a line: "CHAR TAG", a blank line after each sentence, and each article
// opened by "-DOCSTART- O" and a blank line (the CoNLL-2003 document marker, which readers skip).
// One line per code point; whitespace is not written (see sequence.ts).

export const DOCSTART = '-DOCSTART- O';

export function toConll(docs: readonly ExportDoc[], scheme: Scheme): string {
  const out: string[] = [];
  for (const d of docs) {
    out.push(`${DOCSTART}\n\n`);
    for (const sentence of tagSentences(d.text, d.spans, scheme)) {
      out.push(sentence.map((t) => `${t.text} ${t.tag}\n`).join('') + '\n');
    }
  }
  return out.join('');
}

const TAG = /^(?:O|([BIES])-(.+))$/;

/**
 * Reads CoNLL documents (split at -DOCSTART- lines; a file without them is one document). The
 * token is the first column and the tag the last, so CoNLL-2003's four columns also read. A
 * document's text is its tokens joined without spaces: it is matched to an article by its
 * non-whitespace characters. BIO and BIOES tags are both read; an I- or E- tag that does not
 * continue a span of its label is an error naming the line.
 */
export function parseConll(file: string, content: string): Parsed {
  const docs: ImportedDoc[] = [];
  const problems: string[] = [];
  let doc: ImportedDoc | undefined;
  let pos = 0;
  let open: { start: number; label: string; where: string } | undefined;
  const closeSpan = (end: number) => {
    if (open && doc) doc.spans.push({ start: open.start, end, label: open.label, where: open.where } satisfies ImportedSpan);
    open = undefined;
  };
  const newDoc = (n: number) => {
    closeSpan(pos);
    if (doc && doc.text) docs.push(doc);
    doc = { where: `${file}:${n}`, text: '', whitespaceFree: true, spans: [] };
    pos = 0;
  };
  for (const { line, n } of numberedLines(content)) {
    const where = `${file}:${n}`;
    if (line.startsWith('-DOCSTART-')) {
      newDoc(n);
      continue;
    }
    if (!doc) newDoc(n);
    if (!line.trim()) {
      closeSpan(pos);
      continue;
    }
    const cols = line.trim().split(/[ \t]+/);
    const m = cols.length >= 2 ? TAG.exec(cols[cols.length - 1]) : null;
    if (!m) {
      problems.push(`${where}: expected "TOKEN TAG" with TAG O, B-X, I-X, E-X or S-X, got ${JSON.stringify(line)}`);
      closeSpan(pos);
      continue;
    }
    const [, prefix, label] = m;
    if (label !== undefined && !LabelName.safeParse(label).success) {
      problems.push(`${where}: label ${JSON.stringify(label)} is not an upper-case name like COMPANY`);
    }
    const token = cols[0];
    const length = Array.from(token).length;
    const continues = open?.label === label && (prefix === 'I' || prefix === 'E');
    if ((prefix === 'I' || prefix === 'E') && !continues) {
      problems.push(`${where}: ${prefix}-${label} does not continue a ${label} span (expected B-${label} first)`);
    }
    if (!continues) closeSpan(pos);
    if (prefix === 'B' || prefix === 'S') open = { start: pos, label, where };
    doc!.text += token;
    pos += length;
    if (prefix === 'E' || prefix === 'S') closeSpan(pos);
  }
  newDoc(0);
  return { docs, problems };
}

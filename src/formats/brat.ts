import { OffsetMap } from '../core/offsets';
import { SpanAttrs } from '../core/span';
import { numberedLines } from './lines';
import { checkImportedSpan, type ExportDoc, type ImportedDoc, type Parsed } from './records';

// brat standoff: X.txt (the article text, UTF-8, no BOM) and X.ann. Offsets are character offsets
// from 0, end exclusive, as the brat server (Python) indexes the .txt: code points. brat's own
// browser client mis-draws text after characters outside the BMP (nlplab/brat#1115); the file is right.

/** Fragments of a span around line breaks: a brat T line holds one line of text. */
function fragments(start: number, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = start;
  for (const part of text.split(/(\r\n|\r|\n)/)) {
    const len = Array.from(part).length;
    if (part && !/^[\r\n]+$/.test(part)) out.push([pos, pos + len]);
    pos += len;
  }
  return out;
}

export function toBratAnn(doc: ExportDoc): string {
  const lines: string[] = [];
  let notes = 0;
  doc.spans.forEach((s, i) => {
    const t = `T${i + 1}`;
    const frags = fragments(s.start, s.text);
    lines.push(`${t}\t${s.label} ${frags.map(([a, b]) => `${a} ${b}`).join(';')}\t${s.text.replace(/\r\n|\r|\n/g, ' ')}`);
    lines.push(`A${i + 1}\tStatus ${t} ${s.status}`);
    if (s.attrs && Object.keys(s.attrs).length) {
      const sorted = Object.fromEntries(Object.entries(s.attrs).sort(([a], [b]) => (a < b ? -1 : 1)));
      lines.push(`#${++notes}\tAnnotatorNotes ${t}\t${JSON.stringify(sorted)}`);
    }
  });
  return lines.map((l) => l + '\n').join('');
}

/** annotation.conf declaring the labels and the Status attribute; <OVERLAP> lets brat show overlapping spans. */
export function bratConf(labels: readonly string[]): string {
  return [
    '[entities]',
    ...labels,
    '',
    '[relations]',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    'Status\tArg:<ENTITY>, Value:accepted|suggested',
    '',
  ].join('\n');
}

const T_LINE = /^(T\d+)\t([^\t ]+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;

/**
 * Reads the T lines of an .ann file against its .txt text. Fragments separated only by line
 * breaks or spaces are joined into one span; other discontinuous spans are refused. Our
 * AnnotatorNotes (a JSON object of normalized values) come back as the span's attrs; relations,
 * events, attributes and other notes are not spans and are skipped.
 */
export function parseBrat(annFile: string, ann: string, text: string, hint: string): Parsed {
  const map = new OffsetMap(text);
  const doc: ImportedDoc = { where: annFile, text, spans: [], hint };
  const problems: string[] = [];
  const lines = numberedLines(ann);
  const notes = new Map<string, SpanAttrs>();
  for (const { line } of lines) {
    const m = /^#\d+\tAnnotatorNotes (T\d+)\t(\{.*\})$/.exec(line);
    const attrs = m && SpanAttrs.safeParse(safeJson(m[2]));
    if (m && attrs?.success) notes.set(m[1], attrs.data);
  }
  for (const { line, n } of lines) {
    const where = `${annFile}:${n}`;
    if (!line.trim() || /^([RE*AMN#]\d*)\t/.test(line)) continue;
    const m = T_LINE.exec(line);
    if (!m) {
      problems.push(`${where}: not a brat annotation line (expected "T1<TAB>LABEL START END<TAB>TEXT")`);
      continue;
    }
    const frags = m[3].split(';').map((f) => f.split(' ').map(Number));
    const start = frags[0][0];
    const end = frags[frags.length - 1][1];
    const problem =
      checkImportedSpan({ start, end, label: m[2] }, map, frags.length === 1 ? m[4] : undefined) ??
      (frags.length > 1 ? checkFragments(frags, map, m[4]) : undefined);
    if (problem) problems.push(`${where}: ${problem}`);
    else doc.spans.push({ start, end, label: m[2], where, ...(notes.has(m[1]) ? { attrs: notes.get(m[1]) } : {}) });
  }
  return { docs: [doc], problems };
}

/** A discontinuous span is taken whole when only whitespace separates its fragments. */
function checkFragments(frags: number[][], map: OffsetMap, stated: string): string | undefined {
  if (frags.some(([a, b]) => !(b > a))) return `fragment offsets must be START END with START < END`;
  for (let i = 1; i < frags.length; i++) {
    const [a, b] = [frags[i - 1][1], frags[i][0]];
    if (b < a || !/^\s*$/.test(map.slice(a, b))) return `discontinuous span is not supported (only line breaks may separate fragments)`;
  }
  const joined = frags.map(([a, b]) => map.slice(a, b)).join(' ');
  return joined === stated ? undefined : `text ${JSON.stringify(stated)} does not match ${JSON.stringify(joined)} (offsets must count Unicode code points)`;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined; // a free-text note, not ours
  }
}

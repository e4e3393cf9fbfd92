import { OffsetMap } from '../core/offsets';
import { checkImportedSpan, type ImportedDoc, type Parsed } from './records';

/** Lines of a text file with their 1-based numbers, line ends (LF or CRLF) removed. */
export function numberedLines(content: string): Array<{ line: string; n: number }> {
  const lines = content.replace(/^\ufeff/, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => ({ line: line.endsWith('\r') ? line.slice(0, -1) : line, n: i + 1 }));
}

/**
 * Reads a JSONL file of records, one document each: `read` pulls the text and the spans out of a
 * parsed record or throws an Error saying what is wrong. Every problem names the file and line.
 */
export function parseJsonl(
  file: string,
  content: string,
  read: (record: Record<string, unknown>) => { text: string; spans: Array<{ start: unknown; end: unknown; label: unknown }> },
): Parsed {
  const docs: ImportedDoc[] = [];
  const problems: string[] = [];
  for (const { line, n } of numberedLines(content)) {
    if (!line.trim()) continue;
    const where = `${file}:${n}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      problems.push(`${where}: invalid JSON (${(err as Error).message})`);
      continue;
    }
    try {
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Error('expected a JSON object');
      const { text, spans } = read(record as Record<string, unknown>);
      const map = new OffsetMap(text);
      const doc: ImportedDoc = { where, text, spans: [] };
      spans.forEach((s, i) => {
        const problem = checkImportedSpan(s, map);
        if (problem) problems.push(`${where}: span ${i + 1}: ${problem}`);
        else doc.spans.push({ start: s.start as number, end: s.end as number, label: s.label as string, where });
      });
      docs.push(doc);
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message}`);
    }
  }
  return { docs, problems };
}

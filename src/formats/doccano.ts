import { OffsetMap } from '../core/offsets';
import { parseJsonl } from './lines';
import { toJsonl, type ExportDoc, type Parsed } from './records';

// doccano sequence labelling JSONL: {"text": ..., "label": [[start, end, "LABEL"], ...]}, end
// exclusive. Offsets count code points (Python's str indices, what scripts reading the JSONL
// expect). doccano's own web UI counts UTF-16 code units (doccano/doccano#2290): for a file meant
// for doccano's UI, 'utf16' writes and reads offsets its way.

export type DoccanoOffsets = 'codepoint' | 'utf16';

export function toDoccano(docs: readonly ExportDoc[], offsets: DoccanoOffsets = 'codepoint'): string {
  return toJsonl(
    docs.map((d) => {
      const map = offsets === 'utf16' ? new OffsetMap(d.text) : undefined;
      const at = (cp: number) => (map ? map.toUtf16(cp) : cp);
      return { text: d.text, label: d.spans.map((s) => [at(s.start), at(s.end), s.label]) };
    }),
  );
}

export function parseDoccano(file: string, content: string, offsets: DoccanoOffsets = 'codepoint'): Parsed {
  return parseJsonl(file, content, (record) => {
    if (typeof record.text !== 'string') throw new Error('expected a string "text"');
    // doccano itself has written the spans under "label", and in older versions "labels" or "entities".
    const key = ['label', 'labels', 'entities'].find((k) => k in record) ?? 'label';
    const list = record[key] ?? [];
    if (!Array.isArray(list)) throw new Error(`"${key}" must be a list of [start, end, "LABEL"]`);
    const map = offsets === 'utf16' ? new OffsetMap(record.text) : undefined;
    // Out-of-range values are left for the span check to report.
    const at = (u: unknown) => (map && Number.isInteger(u) && (u as number) >= 0 && (u as number) <= map.utf16Length ? map.toCodePoint(u as number) : u);
    return {
      text: record.text,
      spans: list.map((item, i) => {
        if (!Array.isArray(item) || item.length !== 3) throw new Error(`"${key}"[${i}] must be [start, end, "LABEL"], got ${JSON.stringify(item)}`);
        return { start: at(item[0]), end: at(item[1]), label: item[2] };
      }),
    };
  });
}

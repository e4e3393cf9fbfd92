import { parseJsonl } from './lines';
import { toJsonl, type ExportDoc, type Parsed } from './records';

// doccano sequence labelling JSONL: {"text": ..., "label": [[start, end, "LABEL"], ...]}, offsets in
// code points, end exclusive (what Python slicing and doccano's importer read).

export function toDoccano(docs: readonly ExportDoc[]): string {
  return toJsonl(docs.map((d) => ({ text: d.text, label: d.spans.map((s) => [s.start, s.end, s.label]) })));
}

export function parseDoccano(file: string, content: string): Parsed {
  return parseJsonl(file, content, (record) => {
    if (typeof record.text !== 'string') throw new Error('expected a string "text"');
    // doccano itself has written the spans under "label", and in older versions "labels" or "entities".
    const key = ['label', 'labels', 'entities'].find((k) => k in record) ?? 'label';
    const list = record[key] ?? [];
    if (!Array.isArray(list)) throw new Error(`"${key}" must be a list of [start, end, "LABEL"]`);
    return {
      text: record.text,
      spans: list.map((item, i) => {
        if (!Array.isArray(item) || item.length !== 3) throw new Error(`"${key}"[${i}] must be [start, end, "LABEL"], got ${JSON.stringify(item)}`);
        return { start: item[0], end: item[1], label: item[2] };
      }),
    };
  });
}

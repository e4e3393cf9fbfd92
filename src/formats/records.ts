import { LabelName, type Span, type SpanAttrs } from '../core/span';
import type { OffsetMap } from '../core/offsets';

/** One article as the exporters see it: spans already filtered, offsets in code points. */
export interface ExportDoc {
  /** Path relative to the export root, with '/' separators: names files and records. */
  path: string;
  text: string;
  spans: Span[];
}

/** A file an exporter produces, relative to the output location. */
export interface OutputFile {
  path: string;
  content: string;
}

/** What an exporter returns: files plus what the user must be told (spans it could not write as they are). */
export interface Rendered {
  files: OutputFile[];
  warnings: string[];
}

export interface ImportedSpan {
  start: number;
  end: number;
  label: string;
  /** Where the span was read, `file:line` or `file: task[2]...`, for reports. */
  where: string;
  /** Normalized values, where the format carries ours back (brat notes). */
  attrs?: SpanAttrs;
}

/** One document read from an import file. */
export interface ImportedDoc {
  where: string;
  /** The document text; for CoNLL, its tokens concatenated (whitespace is not in CoNLL). */
  text: string;
  /** True when `text` lacks the article's whitespace, so offsets must be aligned (CoNLL). */
  whitespaceFree?: boolean;
  /** A relative path suggested by the file (brat file name, Label Studio data.path), for --create-articles. */
  hint?: string;
  spans: ImportedSpan[];
}

/** Parse result: documents plus every problem found, each naming its file and line. */
export interface Parsed {
  docs: ImportedDoc[];
  problems: string[];
}

export function toJsonl(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r) + '\n').join('');
}

/**
 * Checks one imported span against its document text; returns the problem or undefined.
 * `stated`, when the format carries the span's text, must equal the text at the offsets.
 */
export function checkImportedSpan(s: { start: unknown; end: unknown; label: unknown }, map: OffsetMap, stated?: unknown): string | undefined {
  const length = map.length;
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `offsets must be integers (got ${JSON.stringify(s.start)}, ${JSON.stringify(s.end)})`;
  const start = s.start as number;
  const end = s.end as number;
  if (start < 0 || end > length || start >= end) return `offsets ${start}-${end} are not a span inside the text (0-${length} code points)`;
  const label = LabelName.safeParse(s.label);
  if (!label.success) return `label ${JSON.stringify(s.label)}: ${label.error.issues[0].message}`;
  if (stated !== undefined) {
    const actual = map.slice(start, end);
    if (stated !== actual) {
      return `text ${JSON.stringify(stated)} does not match ${JSON.stringify(actual)} at ${start}-${end} (offsets must count Unicode code points)`;
    }
  }
  return undefined;
}

/** Labels for a label list or config: the requested ones, else the defaults then any others seen, sorted. */
export function labelSet(docs: readonly ExportDoc[], requested: readonly string[] | undefined, defaults: readonly string[]): string[] {
  if (requested?.length) return [...requested];
  const seen = new Set(docs.flatMap((d) => d.spans.map((s) => s.label)));
  return [...defaults, ...[...seen].filter((l) => !defaults.includes(l)).sort()];
}

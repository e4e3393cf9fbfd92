import { DEFAULT_LABELS, type Span } from '../core/span';
import { bratConf, toBratAnn } from './brat';
import { toConll } from './conll';
import { toDoccano, type DoccanoOffsets } from './doccano';
import { hfLabels, toHfRows } from './hf';
import { toLabelStudio } from './labelStudio';
import { labelSet, type ExportDoc, type OutputFile, type Rendered } from './records';
import { resolveOverlaps, type Scheme } from './sequence';
import { toSpacyLine, type CharRange } from './spacy';
import { assignSplits, SPLIT_NAMES, type SplitSpec } from './split';

export const EXPORT_FORMATS = ['doccano', 'label-studio', 'spacy', 'brat', 'conll', 'hf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension of the single-file formats (brat and hf write folders). */
export const EXTENSION: Partial<Record<ExportFormat, string>> = { doccano: 'jsonl', 'label-studio': 'json', spacy: 'jsonl', conll: 'conll' };

export function writesFolder(format: ExportFormat, split: boolean): boolean {
  return split || !(format in EXTENSION);
}

export interface SpanFilter {
  /** 'accepted' (default) or 'all', which adds open suggestions. Rejected and stale spans never count. */
  status?: 'accepted' | 'all';
  labels?: readonly string[];
}

export function selectSpans(spans: readonly Span[], filter: SpanFilter): Span[] {
  return spans.filter(
    (s) =>
      !s.stale &&
      (s.status === 'accepted' || (filter.status === 'all' && s.status === 'suggested')) &&
      (!filter.labels?.length || filter.labels.includes(s.label)),
  );
}

export interface RenderOptions {
  scheme?: Scheme;
  split?: SplitSpec;
  labels?: readonly string[];
  /** doccano only: 'utf16' for doccano's web UI (default 'codepoint'). */
  offsets?: DoccanoOffsets;
  /** Segmenter tokens (code points) by document path: needed for spacy. */
  tokens?: ReadonlyMap<string, readonly CharRange[]>;
}

/**
 * The export of `docs` (spans already selected) as files relative to the output: '' is the
 * output file itself for a single-file format without a split. Same input, same bytes.
 */
export function renderExport(format: ExportFormat, docs: readonly ExportDoc[], opts: RenderOptions = {}): Rendered {
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const scheme = opts.scheme ?? 'bio';
  const labels = labelSet(sorted, opts.labels, DEFAULT_LABELS);
  const warnings: string[] = [];
  let groups: Array<{ name?: string; docs: ExportDoc[] }> = [{ docs: sorted }];
  if (opts.split) {
    const parts = assignSplits(sorted.map((d) => d.path), opts.split);
    groups = SPLIT_NAMES[opts.split.parts.length].map((name) => ({ name, docs: sorted.filter((d) => parts.get(d.path) === name) }));
  }
  if (format === 'conll' || format === 'hf') {
    // Tags hold one label per character: overlapping spans cannot all be written.
    groups = groups.map((g) => ({
      ...g,
      docs: g.docs.map((d) => {
        const { kept, dropped } = resolveOverlaps(d.spans);
        for (const s of dropped) warnings.push(`${d.path}: ${s.label} ${s.start}-${s.end} ${JSON.stringify(s.text)} overlaps another span and is not written`);
        return { ...d, spans: kept };
      }),
    }));
  }
  const single = (name: string | undefined, content: string): OutputFile => ({ path: name ? `${name}.${EXTENSION[format]}` : '', content });
  const files: OutputFile[] = [];
  for (const g of groups) {
    switch (format) {
      case 'doccano':
        files.push(single(g.name, toDoccano(g.docs, opts.offsets)));
        break;
      case 'label-studio':
        files.push(single(g.name, toLabelStudio(g.docs)));
        break;
      case 'conll':
        files.push(single(g.name, toConll(g.docs, scheme)));
        break;
      case 'spacy': {
        const lines = g.docs.map((d) => {
          const tokens = opts.tokens?.get(d.path);
          if (!tokens) throw new Error(`${d.path}: no segmenter tokens for the spacy export`);
          const { line, misaligned } = toSpacyLine(d, tokens);
          for (const s of misaligned) warnings.push(`${d.path}: ${s.label} ${s.start}-${s.end} ${JSON.stringify(s.text)} is not on segmenter token boundaries; its tokens were split at the span's edges`);
          return line;
        });
        files.push(single(g.name, lines.join('')));
        break;
      }
      case 'hf':
        files.push({ path: `${g.name ?? 'data'}.jsonl`, content: toHfRows(g.docs, labels, scheme) });
        break;
      case 'brat':
        for (const d of g.docs) {
          const base = (g.name ? `${g.name}/` : '') + d.path.replace(/\.[^./]*$/, '');
          files.push({ path: `${base}.txt`, content: d.text }, { path: `${base}.ann`, content: toBratAnn(d) });
        }
        break;
    }
  }
  if (format === 'hf') files.push({ path: 'labels.json', content: hfLabels(labels, scheme) });
  if (format === 'brat') files.push({ path: 'annotation.conf', content: bratConf(labels) });
  return { files, warnings };
}

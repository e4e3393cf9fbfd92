import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readArticle } from '../core/article';
import { writeFileAtomic } from '../core/atomicWrite';
import { OffsetMap } from '../core/offsets';
import { anchorSpans } from '../core/reanchor';
import { readSidecar, sidecarPath } from '../core/sidecar';
import { createSegmenter, type Segmenter } from '../engine/segmenter/segmenter';
import type { DoccanoOffsets } from '../formats/doccano';
import type { ExportDoc } from '../formats/records';
import { renderExport, selectSpans, writesFolder, type ExportFormat, type SpanFilter } from '../formats/render';
import type { Scheme } from '../formats/sequence';
import { checkTokens, type CharRange } from '../formats/spacy';
import { assignSplits, type SplitSpec } from '../formats/split';
import type { CorpusProgress } from './annotateCorpus';
import { findArticles } from './files';
import { commonRoot, relativePath } from './relativePaths';

export interface ExportOptions extends SpanFilter {
  format: ExportFormat;
  /** Article files or folders. */
  paths: readonly string[];
  /** Output file (single-file formats without a split) or folder. */
  out: string;
  ext?: string;
  /** Only articles whose sidecar says "reviewed": true. */
  reviewedOnly?: boolean;
  split?: SplitSpec;
  scheme?: Scheme;
  offsets?: DoccanoOffsets;
  /** Segmenter for the spacy tokens; one is created and disposed when not given. */
  segmenter?: Segmenter;
}

export interface ExportReport {
  /** Articles written and the spans in them. */
  articles: number;
  spans: number;
  /** Articles left out by design: no sidecar, or not reviewed with --reviewed-only. */
  skipped: Array<{ file: string; reason: string }>;
  /** Articles that could not be read (bad UTF-8, invalid sidecar ...). */
  failed: Array<{ file: string; error: string }>;
  /** Spans that could not be written as they are (overlaps in conll/hf, token splits in spacy). */
  warnings: string[];
  /** Files written, absolute. */
  written: string[];
  /** Articles per split part. */
  splits?: Record<string, number>;
}

/** Reads the articles under `paths` with their selected spans; articles that cannot be read are reported. */
export async function loadExportDocs(
  opts: Pick<ExportOptions, 'paths' | 'ext' | 'status' | 'labels' | 'reviewedOnly'>,
  onProgress?: (p: CorpusProgress) => void,
  signal?: AbortSignal,
): Promise<{ docs: ExportDoc[]; files: string[]; skipped: ExportReport['skipped']; failed: ExportReport['failed'] }> {
  const files = await findArticles(opts.paths, opts.ext ?? '.txt');
  const root = commonRoot(files);
  const docs: ExportDoc[] = [];
  const skipped: ExportReport['skipped'] = [];
  const failed: ExportReport['failed'] = [];
  for (const [i, file] of files.entries()) {
    signal?.throwIfAborted();
    try {
      const sidecar = await readSidecar(sidecarPath(file));
      if (!sidecar) skipped.push({ file, reason: 'no sidecar (not annotated)' });
      else if (opts.reviewedOnly && !sidecar.reviewed) skipped.push({ file, reason: 'not reviewed' });
      else {
        const { text } = await readArticle(file);
        const spans = selectSpans(anchorSpans(sidecar, text).spans, opts);
        docs.push({ path: relativePath(root, file), text, spans });
      }
    } catch (err) {
      failed.push({ file, error: (err as Error).message });
    }
    onProgress?.({ done: i + 1, total: files.length, file });
  }
  return { docs, files, skipped, failed };
}

/** Segmenter tokens of each document in code points, for the spacy export. */
async function tokenize(docs: readonly ExportDoc[], segmenter: Segmenter, signal?: AbortSignal): Promise<Map<string, CharRange[]>> {
  const out = new Map<string, CharRange[]>();
  for (const d of docs) {
    signal?.throwIfAborted();
    const map = new OffsetMap(d.text);
    const tokens = (await segmenter.cut(d.text)).map((t) => ({ start: map.toCodePoint(t.start), end: map.toCodePoint(t.end) }));
    checkTokens(tokens, map.length, d.path);
    out.set(d.path, tokens);
  }
  return out;
}

/**
 * Exports the annotated articles under `opts.paths` in `opts.format` to `opts.out`. Progress is
 * reported per article read; `signal` stops before anything is written. Every output file is
 * written atomically; an output path that is one of the articles is refused.
 */
export async function exportCorpus(opts: ExportOptions, onProgress?: (p: CorpusProgress) => void, signal?: AbortSignal): Promise<ExportReport> {
  const { docs, files, skipped, failed } = await loadExportDocs(opts, onProgress, signal);
  let tokens: Map<string, CharRange[]> | undefined;
  if (opts.format === 'spacy') {
    const segmenter = opts.segmenter ?? createSegmenter();
    try {
      tokens = await tokenize(docs, segmenter, signal);
    } finally {
      if (!opts.segmenter) await segmenter.dispose();
    }
  }
  const { files: outputs, warnings } = renderExport(opts.format, docs, { scheme: opts.scheme, split: opts.split, labels: opts.labels, offsets: opts.offsets, tokens });
  signal?.throwIfAborted();
  const inputs = new Set(files.flatMap((f) => [path.resolve(f), path.resolve(sidecarPath(f))]));
  const targets = outputs.map((f) => ({ target: path.resolve(opts.out, f.path), content: f.content }));
  const clash = targets.find((t) => inputs.has(t.target));
  if (clash) throw new Error(`${clash.target}: the export would overwrite an article or sidecar; choose another -o`);
  const folder = writesFolder(opts.format, !!opts.split);
  const existing = await fs.stat(opts.out).catch(() => undefined);
  if (existing && existing.isDirectory() !== folder) {
    throw new Error(`${opts.out}: is ${folder ? 'a file' : 'a folder'}; this export writes ${folder ? 'a folder' : 'one file (a folder with --split)'}`);
  }
  if (folder) await fs.mkdir(opts.out, { recursive: true });
  for (const t of targets) {
    await fs.mkdir(path.dirname(t.target), { recursive: true });
    await writeFileAtomic(t.target, t.content);
  }
  const report: ExportReport = {
    articles: docs.length,
    spans: docs.reduce((n, d) => n + d.spans.length, 0),
    skipped,
    failed,
    warnings,
    written: targets.map((t) => t.target),
  };
  if (opts.split) {
    const counts: Record<string, number> = {};
    for (const part of assignSplits(docs.map((d) => d.path), opts.split).values()) counts[part] = (counts[part] ?? 0) + 1;
    report.splits = counts;
  }
  return report;
}

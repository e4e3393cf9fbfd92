import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { MAX_ARTICLE_BYTES } from '../../core/article';
import { OffsetMap } from '../../core/offsets';
import { annotateCorpus } from '../../corpus/annotateCorpus';
import { findArticles } from '../../corpus/files';
import { findCorpusRoot, learnFromCorpus } from '../../corpus/learn';
import { countSpans, formatCounts } from '../../corpus/summary';
import { activePatterns, labelNames } from '../../core/labels';
import { withPatterns } from '../../corpus/patternEngine';
import { createEngine, type Engine } from '../../engine/engine';
import { LexiconError, lexiconPath, loadLexicon, saveLexicon } from '../../engine/lexicon/lexicon';
import { configFor } from '../corpusConfig';
import { parse, UsageError, type Command } from '../usage';

/** Above this many files, progress goes to stderr. */
const PROGRESS_FROM = 20;
/**
 * A worker annotates about 2 M chars/s, faster than this thread reads, merges and writes sidecars
 * (fsync'd): a second worker only pays for its load (~1-1.5 s, ~250 MB) on a large corpus, and
 * only with a core of its own besides this thread's.
 */
const SECOND_WORKER_FROM_BYTES = 8_000_000;
/** Files in flight per worker: reads and fsync'd writes overlap with segmentation. */
const FILES_PER_WORKER = 4;

export const annotate: Command = {
  name: 'annotate',
  summary: 'pre-annotate articles, creating or merging their sidecars',
  help: `Usage: biaozhu annotate [--ext .txt] [--workers N] [--config FILE] PATH...
       biaozhu annotate [--config FILE] --jsonl < in.jsonl > out.jsonl

Pre-annotates every article under PATH (files ending in --ext, default .txt) and writes
its sidecar ARTICLE.ann.json beside it. Accepted and rejected spans are kept as they are;
suggestions are refreshed. Unreadable files (not UTF-8, binary, too large, invalid sidecar)
are reported and skipped; the exit code is then 1.

The corpus lexicon .biaozhu/lexicon.json (in the nearest folder above PATH that has a
.biaozhu/ folder, else the folder common to the PATHs) first learns what the sidecars hold:
accepted and hand-made spans are suggested wherever their text recurs, rejected ones are
no longer suggested in the same context. An invalid lexicon stops the run, untouched.

--workers N   segmenter worker threads (default: 2 on a corpus over 8 MB with 3 or more
              cores, else 1)

With --jsonl, reads {"id": ..., "text": ...} lines on stdin and writes each line back
with "spans" added (offsets in Unicode code points, end exclusive; no lexicon). A line that
is not such an object, has a "text" over 20 MB or cannot be annotated is reported with its
number on stderr and left out; the exit code is then 1.

Labels come from --config, else from the nearest .biaozhu/config.json at or above the first
PATH (the current folder with --jsonl), else the defaults. Label patterns in it add
suggestions where the engine has none.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { jsonl: { type: 'boolean' }, ext: { type: 'string' }, workers: { type: 'string' }, config: { type: 'string' } });
    if (values.help) return (console.log(this.help), 0);
    const config = await configFor(positionals[0] ?? process.cwd(), values.config);
    if (!config) return 1;
    // The CLI runs on files the user pointed it at: their patterns are trusted (and still time-bounded).
    const withLabelPatterns = (engine: Engine) => withPatterns(engine, activePatterns(config.labels, true), (m) => console.error(`warning: ${m}`));
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) {
      throw new UsageError(`--workers must be a whole number from 1 to 64, not '${values.workers}'`);
    }
    if (values.jsonl) {
      if (positionals.length) throw new UsageError('--jsonl reads stdin and takes no PATH');
      const engine = withLabelPatterns(createEngine({ workers }));
      try {
        return await annotateJsonl(engine);
      } finally {
        await engine.dispose();
      }
    }
    if (!positionals.length) throw new UsageError('no PATH given');
    const files = await findArticles(positionals, values.ext ?? '.txt').catch((err: Error) => {
      throw new UsageError(err.message);
    });
    const size = workers ?? (await defaultWorkers(files));
    const projectEngine = createEngine({ workers: size });
    const engine = withLabelPatterns(projectEngine);
    // nodejieba loads in the workers while the sidecars are read for the lexicon; a load
    // failure surfaces with the first article.
    void projectEngine.warm().catch(() => undefined);
    try {
      const root = await findCorpusRoot(positionals);
      try {
        const lexicon = await learnFromCorpus(await loadLexicon(root), files);
        if (await saveLexicon(root, lexicon)) console.log(`lexicon ${displayPath(lexiconPath(root))} updated: ${lexicon.entries.length} entries, ${lexicon.rejected.length} rejections`);
        await projectEngine.setLexicon(lexicon);
      } catch (err) {
        if (!(err instanceof LexiconError)) throw err;
        console.error(`${err.message}\nFix or remove the lexicon file; nothing was annotated.`);
        return 1;
      }
      const showProgress = files.length >= PROGRESS_FROM;
      const results = await annotateCorpus(
        files,
        engine,
        (p) => {
          if (showProgress) process.stderr.write(`\rannotating ${p.done}/${p.total}`);
        },
        undefined,
        size * FILES_PER_WORKER,
      );
      if (showProgress) process.stderr.write('\n');
      const failed = results.filter((r) => r.error);
      for (const f of failed) console.error(`skipped ${f.error}`);
      const done = results.filter((r) => r.spans);
      const written = done.filter((r) => r.written).length;
      console.log(`${done.length} articles annotated, ${written} sidecars written, ${done.length - written} unchanged, ${failed.length} skipped`);
      console.log(formatCounts(countSpans(done.flatMap((r) => r.spans ?? []), labelNames(config.labels))));
      return failed.length ? 1 : 0;
    } finally {
      await engine.dispose();
    }
  },
};

/** Two workers on a large corpus when there are cores for them and for this thread, else one. */
async function defaultWorkers(files: readonly string[]): Promise<number> {
  if (os.availableParallelism() < 3) return 1;
  let bytes = 0;
  for (const f of files) {
    bytes += (await fs.stat(f)).size;
    if (bytes >= SECOND_WORKER_FROM_BYTES) return 2;
  }
  return 1;
}

async function annotateJsonl(engine: Engine): Promise<number> {
  let lineNo = 0;
  let failed = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    // A bad line or an engine failure on one text is reported with its line number; the rest go on.
    try {
      process.stdout.write(JSON.stringify(await annotateRecord(line, engine)) + '\n');
    } catch (err) {
      console.error(`stdin line ${lineNo}: ${(err as Error).message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

async function annotateRecord(line: string, engine: Engine): Promise<Record<string, unknown>> {
  const record: unknown = JSON.parse(line);
  if (typeof record !== 'object' || record === null || typeof (record as { text?: unknown }).text !== 'string') throw new Error('expected an object with a string "text"');
  const text = (record as { text: string }).text;
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_ARTICLE_BYTES) throw new Error(`"text" too large (${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
  const map = new OffsetMap(text);
  const spans = (await engine.annotate(text)).map((d) => ({
    start: d.start,
    end: d.end,
    label: d.label,
    text: map.slice(d.start, d.end),
    source: d.source,
    ...(d.attrs ? { attrs: d.attrs } : {}),
  }));
  return { ...record, spans };
}

/** Relative to the working folder when inside it, else absolute. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

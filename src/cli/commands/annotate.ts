import { createInterface } from 'node:readline';
import { OffsetMap } from '../../core/offsets';
import { annotateCorpus } from '../../corpus/annotateCorpus';
import { findArticles } from '../../corpus/files';
import { countSpans, formatCounts } from '../../corpus/summary';
import { activePatterns, labelNames } from '../../core/labels';
import { withPatterns } from '../../corpus/patternEngine';
import { createEngine, type Engine } from '../../engine/engine';
import { configFor } from '../corpusConfig';
import { parse, UsageError, type Command } from '../usage';

/** Above this many files, progress goes to stderr. */
const PROGRESS_FROM = 20;

export const annotate: Command = {
  name: 'annotate',
  summary: 'pre-annotate articles, creating or merging their sidecars',
  help: `Usage: biaozhu annotate [--ext .txt] [--config FILE] PATH...
       biaozhu annotate [--config FILE] --jsonl < in.jsonl > out.jsonl

Pre-annotates every article under PATH (files ending in --ext, default .txt) and writes
its sidecar ARTICLE.ann.json beside it. Accepted and rejected spans are kept as they are;
suggestions are refreshed. Unreadable files (not UTF-8, binary, too large, invalid sidecar)
are reported and skipped; the exit code is then 1.

With --jsonl, reads {"id": ..., "text": ...} lines on stdin and writes each line back
with "spans" added (offsets in Unicode code points, end exclusive).

Labels come from --config, else from the nearest .biaozhu/config.json at or above the first
PATH (the current folder with --jsonl), else the defaults. Label patterns in it add
suggestions where the engine has none.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { jsonl: { type: 'boolean' }, ext: { type: 'string' }, config: { type: 'string' } });
    if (values.help) return (console.log(this.help), 0);
    const config = await configFor(positionals[0] ?? process.cwd(), values.config);
    if (!config) return 1;
    // The CLI runs on files the user pointed it at: their patterns are trusted (and still time-bounded).
    const engine = withPatterns(createEngine(), activePatterns(config.labels, true), (m) => console.error(`warning: ${m}`));
    try {
      if (values.jsonl) {
        if (positionals.length) throw new UsageError('--jsonl reads stdin and takes no PATH');
        return await annotateJsonl(engine);
      }
      if (!positionals.length) throw new UsageError('no PATH given');
      const files = await findArticles(positionals, values.ext ?? '.txt').catch((err: Error) => {
        throw new UsageError(err.message);
      });
      const showProgress = files.length >= PROGRESS_FROM;
      const results = await annotateCorpus(files, engine, (p) => {
        if (showProgress) process.stderr.write(`\rannotating ${p.done}/${p.total}`);
      });
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

async function annotateJsonl(engine: Engine): Promise<number> {
  let lineNo = 0;
  let failed = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line);
      if (typeof record !== 'object' || record === null || typeof record.text !== 'string') throw new Error('expected an object with a string "text"');
    } catch (err) {
      console.error(`stdin line ${lineNo}: ${(err as Error).message}`);
      failed++;
      continue;
    }
    const text = record.text as string;
    const map = new OffsetMap(text);
    const spans = (await engine.annotate(text)).map((d) => ({
      start: d.start,
      end: d.end,
      label: d.label,
      text: map.slice(d.start, d.end),
      source: d.source,
      ...(d.attrs ? { attrs: d.attrs } : {}),
    }));
    process.stdout.write(JSON.stringify({ ...record, spans }) + '\n');
  }
  return failed ? 1 : 0;
}

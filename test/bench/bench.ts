// npm run bench: the engine's throughput beside bare nodejieba on the same text, in one run.
// The text is the seed articles repeated to at least 5 MB; every call is one article. Each case
// runs in a fresh process of its own, so its memory figures are its own.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine } from '../../src/engine/engine';
import type { Jieba } from '../../src/engine/segmenter/jieba';
import { SegmenterPool } from '../../src/engine/segmenter/pool';
import { benchCorpus as corpus, SEEDS } from './corpus';
import { formatTable, num } from './table';

const ROOT = path.join(__dirname, '../../..');
/** Each figure is the best of this many timed passes (the machine may be shared). */
const PASSES = Number(process.env.BENCH_PASSES ?? 2);
/** Fresh processes per case, the best kept. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

interface CaseResult {
  charsPerSec: number;
  /** The very first pass: cold JIT and, for the engine, an empty word-tag memo. */
  firstPassCharsPerSec: number;
  /** Until the segmenter could answer: worker start and nodejieba load. */
  readyMs: number;
  /** nodejieba's load itself (in the worker for the engine). */
  loadMs: number;
  rss: number;
  mainHeap: number;
  workerHeaps: number[];
}

type CaseName = 'engine-1' | 'engine-2' | 'segment-1' | 'cut' | 'tag';

/** Best throughput over `passes` runs of `pass`, in chars/s. */
async function best(chars: number, pass: () => unknown, passes = PASSES): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < passes; i++) {
    const t = performance.now();
    await pass();
    fastest = Math.min(fastest, performance.now() - t);
  }
  return chars / (fastest / 1000);
}

/** Annotates all articles with `inFlight` calls outstanding, as `biaozhu annotate` does. */
async function annotateAll(annotate: (text: string) => Promise<unknown>, articles: readonly string[], inFlight: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < articles.length) await annotate(articles[next++]);
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
}

async function runCase(name: CaseName): Promise<CaseResult> {
  const articles = corpus();
  const chars = articles.reduce((n, a) => n + a.length, 0);
  if (name === 'engine-1' || name === 'engine-2' || name === 'segment-1') {
    const workers = name === 'engine-2' ? 2 : 1;
    // The worker the extension and the CLI ship: one bundle, no getters between modules.
    const pool = new SegmenterPool({ size: workers, workerFile: path.join(ROOT, 'dist', 'segmenterWorker.js') });
    const engine = createEngine(pool);
    // segment-1: the same worker's tagged tokens alone, to show what the recognizers cost.
    const run = name === 'segment-1' ? (text: string) => pool.tag(text) : engine.annotate;
    const started = performance.now();
    await engine.warm();
    const readyMs = performance.now() - started;
    const firstPassCharsPerSec = await best(chars, () => annotateAll(run, articles, workers * 2), 1);
    const charsPerSec = await best(chars, () => annotateAll(run, articles, workers * 2));
    const stats = await engine.stats();
    const { rss, heapUsed } = process.memoryUsage();
    await engine.dispose();
    return { charsPerSec, firstPassCharsPerSec, readyMs, loadMs: Math.max(...stats.map((s) => s.loadMs ?? 0)), rss, mainHeap: heapUsed, workerHeaps: stats.map((s) => s.heapUsed) };
  }
  const started = performance.now();
  const jieba = require('nodejieba') as Jieba;
  const dicts = path.join(ROOT, 'media', 'jieba');
  jieba.load({ idfDict: path.join(dicts, 'idf.utf8'), stopWordDict: path.join(dicts, 'stop_words.utf8') });
  const loadMs = performance.now() - started;
  const call = name === 'cut' ? (a: string) => jieba.cut(a, true) : (a: string) => jieba.tag(a);
  const firstPassCharsPerSec = await best(chars, () => articles.forEach(call), 1);
  const charsPerSec = await best(chars, () => articles.forEach(call));
  const { rss, heapUsed } = process.memoryUsage();
  return { charsPerSec, firstPassCharsPerSec, readyMs: loadMs, loadMs, rss, mainHeap: heapUsed, workerHeaps: [] };
}

const mb = (bytes: number) => num(bytes / 1024 / 1024) + ' MB';

function main(): void {
  const articles = corpus();
  const chars = articles.reduce((n, a) => n + a.length, 0);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length;
  console.log(`biaozhu bench: ${articles.length} articles (the ${seeds} seeds repeated), ${num(chars)} chars, ${mb(bytes)}`);
  console.log(`node ${process.version}, ${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, best of ${PASSES} passes x ${ROUNDS} rounds (BENCH_PASSES, BENCH_ROUNDS)\n`);

  const cases: Array<[CaseName, string]> = [
    ['tag', 'nodejieba tag(s)'],
    ['cut', 'nodejieba cut(s, true)'],
    ['segment-1', 'tagged tokens, 1 worker'],
    ['engine-1', 'engine, 1 worker'],
    ['engine-2', 'engine, 2 workers'],
  ];
  // Rounds alternate the cases so that a busy spell on a shared machine does not hit one case only.
  const results = new Map<CaseName, CaseResult>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name] of cases) {
      const out = execFileSync(process.execPath, [__filename, '--case', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      const result: CaseResult = JSON.parse(out);
      if (result.charsPerSec > (results.get(name)?.charsPerSec ?? 0)) results.set(name, result);
    }
  }
  const tag = results.get('tag')!.charsPerSec;
  console.log(
    formatTable(
      ['per-article calls', 'chars/s', 'vs tag', 'first pass', 'nodejieba load', 'ready after', 'RSS', 'main heap', 'worker heaps'],
      cases.map(([name, label]) => {
        const r = results.get(name)!;
        return [label, num(r.charsPerSec), `${(r.charsPerSec / tag).toFixed(2)}x`, num(r.firstPassCharsPerSec), `${num(r.loadMs)} ms`, `${num(r.readyMs)} ms`, mb(r.rss), mb(r.mainHeap), r.workerHeaps.map(mb).join(' + ') || '-'];
      }),
    ),
  );
  console.log(`
chars/s: best of ${PASSES * ROUNDS} passes over the whole text after a first pass (cold JIT; for the engine also an
empty word-tag memo, see JiebaTagger) shown apart. engine: segmentation, the four recognizers,
the lexicon and overlap resolution, all inside the worker(s); tagged tokens: the same worker's
segmentation alone, returned as lengths and tags, to show what recognition costs. Worker rows run
dist/segmenterWorker.js, the bundle the extension and the CLI ship; nodejieba load is measured
inside the worker, keyword-extraction dictionaries skipped. Each row is a fresh process.`);
}

if (process.argv[2] === '--case') {
  runCase(process.argv[3] as CaseName).then(
    (r) => process.stdout.write(JSON.stringify(r)),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
} else {
  main();
}

// A segmenter worker: nodejieba and the whole recognition pipeline run here, so the thread that
// serves the user (the extension host, the CLI's event loop) only posts text and gets spans back.
import { parentPort, workerData } from 'node:worker_threads';
import { LexiconMatcher } from '../lexicon/matcher';
import { recognize } from '../pipeline';
import { JiebaTagger, loadJieba, segment, TokenPool } from './jieba';
import type { EncodedTokens, Reply, Request, Results, WorkerInit, WorkerStats } from './protocol';

const init = workerData as WorkerInit;
const words = [...init.words];
let matcher = init.lexicon ? new LexiconMatcher(init.lexicon) : undefined;
let loaded: { jieba: JiebaTagger; loadMs: number } | undefined;
const stopped = () => Atomics.load(init.stop, 0) !== 0;
/** Requests are handled one at a time, and none keeps its tokens past its reply. */
const pool = new TokenPool();

/** nodejieba, loaded on first use with every word inserted so far (a load forgets inserted words). */
function jieba(): JiebaTagger {
  if (!loaded) {
    const { jieba, loadMs } = loadJieba();
    loaded = { jieba: new JiebaTagger(jieba), loadMs };
    for (const w of words) loaded.jieba.insertWord(w.word, w.tag);
  }
  return loaded.jieba;
}

function encode(tokens: ReturnType<typeof segment>, tagged: boolean): EncodedTokens {
  const lengths = Uint32Array.from(tokens, (t) => t.end - t.start);
  return tagged ? { lengths, tags: tokens.map((t) => t.tag ?? '') } : { lengths };
}

const stats = (): WorkerStats => ({ loadMs: loaded?.loadMs, heapUsed: process.memoryUsage().heapUsed });

function handle(req: Request): Results[keyof Results] {
  switch (req.op) {
    case 'cut':
    case 'tag':
      return encode(segment(jieba(), pool, req.text, req.op === 'tag', stopped), req.op === 'tag');
    case 'annotate':
      return recognize(req.text, segment(jieba(), pool, req.text, true, stopped), matcher);
    case 'load':
      jieba();
      return stats();
    case 'stats':
      return stats();
    case 'words':
      words.push(...req.words);
      if (loaded) for (const w of req.words) loaded.jieba.insertWord(w.word, w.tag);
      return null;
    case 'lexicon':
      matcher = new LexiconMatcher(req.lexicon);
      return null;
    case 'close':
      // Ends the thread once this handler returns. Never terminate() a worker from outside:
      // stopping it inside a nodejieba call aborts the whole process (Napi::Error, exit 134).
      parentPort!.close();
      return null;
  }
}

parentPort!.on('message', (req: Request) => {
  let reply: Reply;
  try {
    reply = { id: req.id, ok: true, result: handle(req) };
  } catch (err) {
    reply = { id: req.id, ok: false, error: (err as Error).message };
  }
  const transfer = reply.ok && reply.result && 'lengths' in reply.result ? [reply.result.lengths.buffer as ArrayBuffer] : [];
  try {
    parentPort!.postMessage(reply, transfer);
  } catch (err) {
    // A result that cannot be cloned (a recognizer put a function in attrs) fails this call only.
    parentPort!.postMessage({ id: req.id, ok: false, error: `result not sendable: ${(err as Error).message}` } satisfies Reply);
  }
});

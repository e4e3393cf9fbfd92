import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SpanDraft } from '../../core/span';
import type { Lexicon } from '../lexicon/lexicon';
import type { EncodedTokens, Reply, Request, WordEntry, WorkerInit, WorkerStats } from './protocol';
import type { Segmenter, Token } from './segmenter';

/** Beside this file both in the dist bundle and in the file-by-file build under out/. */
const WORKER_FILE = path.join(__dirname, 'segmenterWorker.js');

/** Requests handed to one worker at a time: one running, one waiting, so it never idles between them. */
const PER_WORKER = 2;

export interface PoolOptions {
  /** Worker threads, started on demand (default 1: the extension host; the CLI uses up to 2). */
  size?: number;
  /** The worker script, when it is not segmenterWorker.js beside this module. */
  workerFile?: string;
  /** Words and lexicon every worker starts with. */
  words?: readonly WordEntry[];
  lexicon?: Lexicon;
}

/** A request before it has an id. */
type Body = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Job {
  body: Body;
  resolve(result: unknown): void;
  reject(err: Error): void;
  /** A text job, counted as load (broadcasts are not). */
  counts?: boolean;
}

interface Slot {
  worker?: Worker;
  pending: Map<number, Job>;
  /** Text jobs among the pending (broadcasts do not count as load). */
  busy: number;
  error?: Error;
}

export class SegmenterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SegmenterError';
  }
}

/**
 * nodejieba in a small pool of worker threads with a queue. Nothing loads until the first
 * request, and then only inside a worker: no caller ever blocks on the ~1.4 s load. Words and
 * the lexicon reach every running worker and every worker started later. A worker that crashes
 * rejects the calls it held, with the reason, and is replaced on the next request.
 */
export class SegmenterPool implements Segmenter {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  /** Every word inserted so far (word → tag), handed to workers as they start. */
  private readonly words = new Map<string, string>();
  private lexicon?: Lexicon;
  private nextId = 1;
  private disposed = false;
  /** Set on dispose; workers check it between chunks (see WorkerInit.stop). */
  private readonly stop = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly options: PoolOptions = {}) {
    const size = Math.max(1, Math.floor(options.size ?? 1));
    this.slots = Array.from({ length: size }, () => ({ pending: new Map(), busy: 0 }));
    for (const { word, tag } of options.words ?? []) this.words.set(word, tag);
    this.lexicon = options.lexicon;
  }

  async cut(text: string): Promise<Token[]> {
    return decodeTokens(text, await this.submit<EncodedTokens>({ op: 'cut', text }));
  }

  async tag(text: string): Promise<Token[]> {
    return decodeTokens(text, await this.submit<EncodedTokens>({ op: 'tag', text }));
  }

  /** The recognition pipeline (pipeline.ts) run inside a worker: suggestions in code points, sorted. */
  recognize(text: string): Promise<SpanDraft[]> {
    return this.submit<SpanDraft[]>({ op: 'annotate', text });
  }

  /** Inserts the words not inserted yet (or with another tag) into every worker. */
  async insertWords(words: ReadonlyArray<WordEntry>): Promise<void> {
    const fresh = words.filter(({ word, tag }) => this.words.get(word) !== tag).map(({ word, tag }) => ({ word, tag }));
    if (!fresh.length) return;
    for (const { word, tag } of fresh) this.words.set(word, tag);
    await this.broadcast({ op: 'words', words: fresh });
  }

  /**
   * Makes `words` all the words the pool adds to jieba's dictionary. New ones are inserted; where
   * one inserted before is gone (the lexicon file was edited or reverted), jieba cannot remove it,
   * so the workers are replaced by fresh ones that start with `words`. A replaced worker answers
   * the calls it already holds, then closes.
   */
  async setWords(words: ReadonlyArray<WordEntry>): Promise<void> {
    const next = new Set(words.map((w) => w.word));
    if (![...this.words.keys()].some((w) => !next.has(w))) return this.insertWords(words);
    this.words.clear();
    for (const { word, tag } of words) this.words.set(word, tag);
    this.slots.forEach((slot, i) => {
      if (!slot.worker) return;
      this.slots[i] = { pending: new Map(), busy: 0 };
      // Messages are handled in order: the close comes after the calls the worker holds.
      slot.worker.postMessage({ op: 'close', id: 0 } satisfies Request);
    });
  }

  async setLexicon(lexicon: Lexicon): Promise<void> {
    this.lexicon = lexicon;
    await this.broadcast({ op: 'lexicon', lexicon });
  }

  /** Starts every worker and loads nodejieba in it, so later calls do not wait for the load. */
  async warm(): Promise<WorkerStats[]> {
    for (const slot of this.slots) this.start(slot);
    return this.broadcast<WorkerStats>({ op: 'load' });
  }

  /** Load time and heap of each running worker. */
  stats(): Promise<WorkerStats[]> {
    return this.broadcast<WorkerStats>({ op: 'stats' });
  }

  /**
   * Rejects what is queued and closes the workers. They are asked to stop, never terminated:
   * terminating a thread inside a nodejieba call aborts the whole process.
   */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    Atomics.store(this.stop, 0, 1);
    for (const job of this.queue.splice(0)) job.reject(new SegmenterError('segmenter disposed before the call ran'));
    await Promise.all(
      this.slots.map(({ worker }) => {
        if (!worker) return undefined;
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        worker.ref(); // an idle worker is unref'd: keep the process alive until it has closed
        worker.postMessage({ op: 'close', id: 0 } satisfies Request);
        return exited;
      }),
    );
  }

  private submit<T>(body: Body): Promise<T> {
    if (this.disposed) return Promise.reject(new SegmenterError('segmenter disposed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ body, resolve: resolve as (r: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Hands queued jobs to the least busy workers (starting idle slots first). */
  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.reduce((best, s) => (s.busy < best.busy ? s : best));
      if (slot.busy >= PER_WORKER) return;
      this.post(slot, { ...this.queue.shift()!, counts: true });
    }
  }

  /** Sends a message to every running worker; resolves with their answers. */
  private broadcast<T>(body: Body): Promise<T[]> {
    if (this.disposed) return Promise.reject(new SegmenterError('segmenter disposed'));
    const running = this.slots.filter((s) => s.worker);
    return Promise.all(
      running.map((slot) => new Promise<T>((resolve, reject) => this.post(slot, { body, resolve: resolve as (r: unknown) => void, reject }))),
    );
  }

  private post(slot: Slot, job: Job): void {
    const worker = this.start(slot);
    const id = this.nextId++;
    slot.pending.set(id, job);
    if (job.counts) slot.busy++;
    worker.ref();
    worker.postMessage({ ...job.body, id } as Request);
  }

  private start(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const words = [...this.words].map(([word, tag]) => ({ word, tag }));
    const workerData: WorkerInit = { words, lexicon: this.lexicon, stop: this.stop };
    const worker = new Worker(this.options.workerFile ?? WORKER_FILE, { workerData });
    slot.worker = worker;
    slot.error = undefined;
    worker.on('message', (reply: Reply) => this.settle(slot, reply));
    worker.on('error', (err) => (slot.error = err));
    worker.on('exit', (code) => this.lost(slot, worker, code));
    return worker;
  }

  private settle(slot: Slot, reply: Reply): void {
    const job = slot.pending.get(reply.id);
    if (!job) return;
    this.forget(slot, reply.id, job);
    if (reply.ok) job.resolve(reply.result);
    else job.reject(new SegmenterError(`segmenter: ${reply.error}`));
    this.dispatch();
  }

  /** A worker ended: its calls fail with the reason; the next request starts a fresh worker. */
  private lost(slot: Slot, worker: Worker, code: number): void {
    if (slot.worker !== worker) return;
    slot.worker = undefined;
    const reason = this.disposed
      ? 'segmenter disposed before the call finished'
      : `segmenter worker stopped (exit code ${code}${slot.error ? `: ${slot.error.message}` : ''}); the call was abandoned and a new worker takes the next one`;
    for (const [id, job] of slot.pending) {
      this.forget(slot, id, job);
      job.reject(new SegmenterError(reason));
    }
    if (!this.disposed) this.dispatch();
  }

  private forget(slot: Slot, id: number, job: Job): void {
    slot.pending.delete(id);
    if (job.counts) slot.busy--;
    // An idle pool does not keep the process alive; a closing one does, until its workers exit.
    if (!slot.pending.size && !this.disposed) slot.worker?.unref();
  }
}

function decodeTokens(text: string, { lengths, tags }: EncodedTokens): Token[] {
  const tokens: Token[] = new Array(lengths.length);
  let pos = 0;
  for (let i = 0; i < lengths.length; i++) {
    const start = pos;
    pos += lengths[i];
    tokens[i] = tags ? { word: text.slice(start, pos), start, end: pos, tag: tags[i] } : { word: text.slice(start, pos), start, end: pos };
  }
  return tokens;
}

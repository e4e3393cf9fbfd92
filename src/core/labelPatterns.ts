// User-supplied label patterns are regular expressions from a config file: a careless one such as
// (a+)+$ backtracks exponentially and would freeze the extension host. Two layers keep that out:
// 1. checkPattern rejects, statically and conservatively, the shapes that backtrack
//    catastrophically (nested repetition, repeated alternation, backreferences) and caps the
//    pattern's length and its number of unbounded quantifiers;
// 2. PatternRunner runs the patterns in a worker thread, one line at a time with a line-length cap,
//    and terminates the worker when a document takes longer than its time budget. JavaScript
//    cannot interrupt a running RegExp in the same thread, so only a worker gives a hard bound.
import { Worker } from 'node:worker_threads';
import { OffsetMap } from './offsets';
import type { SpanDraft } from './span';

export const MAX_PATTERN_LENGTH = 200;
export const MAX_PATTERNS_PER_LABEL = 20;
/** `*`, `+` and `{n,}` in one pattern; each one multiplies the work on a line that fails to match. */
export const MAX_UNBOUNDED_QUANTIFIERS = 4;

interface Frame {
  quantified: boolean;
  alternation: boolean;
}

/**
 * Why `source` may not be used as a pattern, or undefined when it may. Compiled with the `u` flag,
 * so JavaScript's stricter Unicode syntax applies.
 */
export function checkPattern(source: string): string | undefined {
  if (source.length === 0) return 'is empty';
  if (source.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, 'u');
  } catch (err) {
    return `is not a valid regular expression: ${(err as Error).message}`;
  }
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  // What a following quantifier would repeat: a plain atom, or a group with what it contains.
  let last: Frame | 'atom' | undefined;
  let unbounded = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      const next = source[i + 1];
      if (/[1-9]/.test(next) || next === 'k') return 'uses a backreference, which can backtrack catastrophically';
      if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') i = source.indexOf('}', i);
      else i++;
      last = 'atom';
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      last = 'atom';
    } else if (c === '(') {
      stack.push({ quantified: false, alternation: false });
      if (source[i + 1] === '?') i += source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? source.indexOf('>', i) - i : source[i + 2] === '<' ? 3 : 2;
      last = undefined;
    } else if (c === ')') {
      const group = stack.pop()!;
      stack[stack.length - 1].quantified ||= group.quantified;
      last = group;
    } else if (c === '|') {
      top.alternation = true;
      last = undefined;
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)))) {
      const quantifier = c === '{' ? source.slice(i, source.indexOf('}', i) + 1) : c;
      i += quantifier.length - 1;
      if (source[i + 1] === '?') i++; // lazy: the same backtracking in another order
      const max = quantifier === '?' ? 1 : quantifier === '*' || quantifier === '+' ? Infinity : boundedMax(quantifier);
      if (max > 1 && last !== undefined && last !== 'atom') {
        if (last.quantified) return 'repeats a group that itself contains a quantifier (nested quantifiers, catastrophic backtracking)';
        if (last.alternation) return 'repeats a group with alternatives (can backtrack catastrophically)';
      }
      // Even `?` counts: (a?a?)* splits a run of a's in exponentially many ways.
      top.quantified = true;
      if (max === Infinity && ++unbounded > MAX_UNBOUNDED_QUANTIFIERS) return `has more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers (*, +, {n,})`;
      last = undefined;
    } else {
      last = 'atom';
    }
  }
  return undefined;
}

function boundedMax(quantifier: string): number {
  const [, min, comma, max] = /^\{(\d+)(,?)(\d*)\}$/.exec(quantifier)!;
  return !comma ? Number(min) : max ? Number(max) : Infinity;
}

export interface PatternInput {
  label: string;
  source: string;
}

export interface PatternMatches {
  /** Matches as suggestions (code-point offsets, source `pattern`), in text order. */
  drafts: SpanDraft[];
  /** Lines longer than the cap, not searched. */
  skippedLines: number;
  /** The match cap was reached: later matches are missing. */
  truncated: boolean;
  /** The time budget ran out: no matches for this text. */
  timedOut: boolean;
}

export interface PatternRunnerOptions {
  /** Time budget of one text, in milliseconds. */
  timeoutMs?: number;
  /** Lines longer than this (UTF-16 code units) are not searched. */
  maxLineLength?: number;
  maxMatches?: number;
}

// Runs in the worker: plain JavaScript so the bundle needs no extra entry point. Matches are
// reported as [pattern index, UTF-16 start, UTF-16 end]; the main thread converts offsets.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const patterns = workerData.patterns.map((p) => new RegExp(p, 'gu'));
parentPort.on('message', ({ id, text, maxLineLength, maxMatches }) => {
  const matches = [];
  let skippedLines = 0;
  let truncated = false;
  for (let start = 0; start <= text.length && !truncated; ) {
    const nl = text.indexOf('\\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, text[end - 1] === '\\r' ? end - 1 : end);
    if (line.length > maxLineLength) skippedLines++;
    else
      patterns.forEach((re, p) => {
        re.lastIndex = 0;
        for (let m; !truncated && (m = re.exec(line)) !== null; ) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          matches.push([p, start + m.index, start + m.index + m[0].length]);
          truncated = matches.length >= maxMatches;
        }
      });
    if (nl === -1) break;
    start = nl + 1;
  }
  parentPort.postMessage({ id, matches, skippedLines, truncated });
});`;

interface WorkerReply {
  id: number;
  matches: Array<[number, number, number]>;
  skippedLines: number;
  truncated: boolean;
}

/**
 * Matches validated patterns against texts in a worker thread, one text at a time. A text that
 * exceeds the time budget terminates the worker (a new one starts for the next text) and comes
 * back with `timedOut` and no matches.
 */
export class PatternRunner {
  /** The worker once it runs: its start-up does not count against a text's time budget. */
  private worker: Promise<Worker> | undefined;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly timeoutMs: number;
  private readonly maxLineLength: number;
  private readonly maxMatches: number;

  constructor(
    private readonly patterns: readonly PatternInput[],
    options: PatternRunnerOptions = {},
  ) {
    for (const p of patterns) {
      const problem = checkPattern(p.source);
      if (problem) throw new Error(`label ${p.label}: pattern ${JSON.stringify(p.source)} ${problem}`);
    }
    this.timeoutMs = options.timeoutMs ?? 1000;
    this.maxLineLength = options.maxLineLength ?? 2000;
    this.maxMatches = options.maxMatches ?? 10000;
  }

  match(text: string): Promise<PatternMatches> {
    const run = this.queue.then(() => this.run(text));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await (await worker?.catch(() => undefined))?.terminate();
  }

  private async run(text: string): Promise<PatternMatches> {
    if (this.patterns.length === 0 || text.length === 0) return { drafts: [], skippedLines: 0, truncated: false, timedOut: false };
    const worker = await (this.worker ??= this.spawn());
    const id = this.nextId++;
    const reply = await new Promise<WorkerReply | 'timeout'>((resolve, reject) => {
      const timer = setTimeout(() => done('timeout'), this.timeoutMs);
      const done = (value: WorkerReply | 'timeout' | Error) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).unref();
        if (value instanceof Error) reject(value);
        else resolve(value);
      };
      const onMessage = (m: WorkerReply) => m.id === id && done(m);
      const onError = (err: Error) => done(err);
      worker.on('message', onMessage).on('error', onError);
      worker.ref(); // busy: the reply is awaited
      worker.postMessage({ id, text, maxLineLength: this.maxLineLength, maxMatches: this.maxMatches });
    }).catch(async (err: Error) => {
      await this.dispose();
      throw err;
    });
    if (reply === 'timeout') {
      await this.dispose();
      return { drafts: [], skippedLines: 0, truncated: false, timedOut: true };
    }
    const map = new OffsetMap(text);
    const drafts = reply.matches.map(([p, start, end]) => ({
      start: map.toCodePoint(start),
      end: map.toCodePoint(end),
      label: this.patterns[p].label,
      source: 'pattern',
    }));
    return { drafts, skippedLines: reply.skippedLines, truncated: reply.truncated, timedOut: false };
  }

  private spawn(): Promise<Worker> {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { patterns: this.patterns.map((p) => p.source) } });
    return new Promise((resolve, reject) => {
      worker
        .once('online', () => {
          worker.unref(); // idle, a forgotten dispose() must not keep the CLI alive
          resolve(worker);
        })
        .once('error', reject);
    });
  }
}

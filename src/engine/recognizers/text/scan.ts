import { CharSet } from './charSet';
import { startFilter, type StartFilter, unitsOf } from './regexPrefix';

/**
 * Characters that start no match right after certain others: every alternative that can start
 * with one of `first` has a lookbehind refusing each of `after` (a digit inside a number).
 */
export interface StartGuard {
  first: string;
  after: string;
}

/**
 * The longest source V8 optimizes (its kRegExpTooLargeToOptimize), counted as RegExp's `source`
 * writes it, with each / escaped. Measured on the amounts' pattern: 20,480 characters 103 ms, 20,481 648 ms.
 */
export const MAX_OPTIMIZED_SOURCE = 20 * 1024;

/**
 * A regex for scan(): alternatives tried in order, only where the text starts as one of them can
 * (read from their sources, regexPrefix.ts) and `guard` does not refuse. V8 tries a global regex
 * at every position of the text; a table lookup skips the positions that cannot start a match
 * (most of a Chinese text) and a sticky regex is tried at the others: the same matches in about
 * half the time. Alternatives too long together for V8 to optimize are split into several
 * regexes, each with the table of its own alternatives, and at each position the first regex that
 * matches wins, as the first alternative does.
 */
export class ScanPattern {
  private readonly parts: Part[];
  private readonly guarded: CharSet;
  private readonly refusing: CharSet;

  constructor(alternatives: string | readonly string[], guard?: StartGuard) {
    const sources = typeof alternatives === 'string' ? [alternatives] : alternatives;
    this.parts = pack(sources).map((part) => ({ re: new RegExp(part.join('|'), 'y'), starts: startFilter(part), text: undefined, from: 0, next: null }));
    this.guarded = guard ? unitsOf(guard.first) : new CharSet();
    this.refusing = guard ? unitsOf(guard.after) : new CharSet();
  }

  /** The first match that starts at `from` or after, or null. */
  execFrom(text: string, from: number): RegExpExecArray | null {
    if (this.parts.length === 1) return this.partFrom(this.parts[0]!, text, from);
    let best: RegExpExecArray | null = null;
    for (const part of this.parts) {
      // A part's last match is still its first from here while it starts at `from` or after.
      if (part.text !== text || part.from > from || (part.next && part.next.index < from)) {
        part.text = text;
        part.from = from;
        part.next = this.partFrom(part, text, from);
      }
      if (part.next && (!best || part.next.index < best.index)) best = part.next;
    }
    return best;
  }

  private partFrom({ re, starts }: Part, text: string, from: number): RegExpExecArray | null {
    for (let i = from; i < text.length; i++) {
      if (!starts.mayStart(text, i) || (this.guarded.at(text, i) && this.refusing.at(text, i - 1))) continue;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m) return m;
    }
    return null;
  }
}

interface Part {
  re: RegExp;
  starts: StartFilter;
  /** The text and position of the last search, and the match it found. */
  text: string | undefined;
  from: number;
  next: RegExpExecArray | null;
}

/** The alternatives in order, in as few groups as keep each group's regex short enough for V8 to optimize. */
function pack(alternatives: readonly string[]): string[][] {
  const parts: { alternatives: string[]; length: number }[] = [];
  for (const alt of alternatives) {
    const length = new RegExp(alt).source.length;
    if (length > MAX_OPTIMIZED_SOURCE) throw new Error(`scan alternative of ${length} characters: V8 optimizes no pattern over ${MAX_OPTIMIZED_SOURCE}`);
    const last = parts.at(-1);
    if (last && last.length + 1 + length <= MAX_OPTIMIZED_SOURCE) {
      last.alternatives.push(alt);
      last.length += 1 + length;
    } else parts.push({ alternatives: [alt], length });
  }
  return parts.map((p) => p.alternatives);
}

/** Whether the text has `word` somewhere `ok` accepts (孙立新， where 孙立/新任 might be read, 顺德区 where 顺德 might be a short form). */
export function writtenWhere(text: string, word: string, ok: (at: number) => boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (ok(at)) return true;
  return false;
}

/**
 * The matches of `pattern` in `text`, left to right, each search starting where the last match
 * ended, as a global regex's. The pattern's regex object is reused: String.matchAll clones a
 * regex on every call, and V8 runs each fresh clone in its slow regexp interpreter until it warms up.
 */
export function* scan(pattern: ScanPattern, text: string): Generator<RegExpExecArray> {
  // (No match is empty, ScanPattern refusing alternatives that may match nothing; were one, the search would move on by one, as a global regex does, never loop.)
  for (let m = pattern.execFrom(text, 0); m; m = pattern.execFrom(text, m.index + (m[0].length || 1))) yield m;
}

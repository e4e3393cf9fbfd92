import { CharSet } from './charSet';

/**
 * Characters that start no match right after certain others: every alternative that can start
 * with one of `first` has a lookbehind refusing each of `after` (a digit inside a number).
 */
export interface StartGuard {
  first: string;
  after: string;
}

/** The longest source V8 still optimizes, as measured on Node 20 (the amounts' pattern: optimized at 20,286 characters, 4-5 times slower at 20,321). */
export const MAX_OPTIMIZED_SOURCE = 20_300;

/**
 * A regex for scan(): `source`, tried only where the text has a character of `first`, a character
 * class that every match starts with, and that `guard` does not refuse. V8 tries a global regex at
 * every position of the text; a table lookup skips the positions that cannot start a match (most
 * of a Chinese text) and a sticky regex is tried at the others: the same matches in about half the time.
 */
export class ScanPattern {
  private readonly re: RegExp;
  private readonly first: CharSet;
  private readonly guarded: CharSet;
  private readonly refusing: CharSet;

  constructor(first: string, source: string, guard?: StartGuard) {
    // The amounts' pattern ran 6-10 times slower past it: one that grows so far must be shortened or split.
    if (source.length > MAX_OPTIMIZED_SOURCE) throw new Error(`scan pattern of ${source.length} characters: V8 optimizes no pattern over ${MAX_OPTIMIZED_SOURCE}`);
    this.re = new RegExp(source, 'y');
    this.first = charClass(first);
    this.guarded = guard ? charClass(guard.first) : new CharSet();
    this.refusing = guard ? charClass(guard.after) : new CharSet();
  }

  /** The first match that starts at `from` or after, or null. */
  execFrom(text: string, from: number): RegExpExecArray | null {
    for (let i = from; i < text.length; i++) {
      if (!this.first.at(text, i) || (this.guarded.at(text, i) && this.refusing.at(text, i - 1))) continue;
      this.re.lastIndex = i;
      const m = this.re.exec(text);
      if (m) return m;
    }
    return null;
  }
}

/** Every UTF-16 unit in order (lone surrogates too), so that a unit's code is its index. */
const ALL_UNITS = allUnits();

function allUnits(): string {
  const bytes = Buffer.alloc(0x20000);
  for (let c = 0; c < 0x10000; c++) bytes.writeUInt16LE(c, 2 * c);
  return bytes.toString('utf16le');
}

/** The UTF-16 units a one-character regex class matches: one search, not a test per unit. */
function charClass(source: string): CharSet {
  const set = new CharSet();
  const re = new RegExp(source, 'g');
  for (let m = re.exec(ALL_UNITS); m; m = re.exec(ALL_UNITS)) set.add(m.index);
  return set;
}

/**
 * The matches of `pattern` in `text`, left to right, each search starting where the last match
 * ended, as a global regex's. The pattern's regex object is reused: String.matchAll clones a
 * regex on every call, and V8 runs each fresh clone in its slow regexp interpreter until it warms up.
 */
export function* scan(pattern: ScanPattern, text: string): Generator<RegExpExecArray> {
  // An empty match moves on by one, as a global regex does.
  for (let m = pattern.execFrom(text, 0); m; m = pattern.execFrom(text, m.index + (m[0].length || 1))) yield m;
}

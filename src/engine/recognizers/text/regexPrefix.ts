import { CharSet } from './charSet';

/**
 * Where a regex can start a match, read from its source: the first units of its matches, and a
 * table of their first two or three units together (StartFilter). ScanPattern tries its regex only
 * where the text starts like one of them, so that no alternative can be left out of a hand-kept
 * list, and a position whose first unit an alternative starts with but whose next ones none
 * continues with (中国, where only 中国农民丰收节 and 中秋 could start a date) costs a few bit
 * tests, not a run of the whole regex.
 */

/** How many units of a match's start are read. */
const K = 3;

/**
 * A set of ways a match can start: units the first, second … position can be (each a set), and
 * whether the match may end there (`ends`, only below K units; at K units the rest is not read).
 */
interface Start {
  sets: CharSet[];
  ends: boolean;
  /** The sets' ids and `ends`: equal starts have equal keys. */
  key: string;
}

const ids = new WeakMap<CharSet, number>();
let lastId = 0;
const idOf = (set: CharSet): number => ids.get(set) ?? (ids.set(set, ++lastId), lastId);

/** A start of these sets, with its key. */
function startOf(sets: CharSet[], ends: boolean): Start {
  return { sets, ends, key: `${ends}:${sets.map(idOf).join(',')}` };
}

/** A part that matches nothing (a lookaround, an anchor), or a match that has not started. */
const EMPTY: readonly Start[] = [startOf([], true)];
/** Every unit: what a backreference may match. */
const ALL = new CharSet();
for (let c = 0; c < 0x10000; c++) ALL.add(c);
/** A backreference matches any text, or none. */
const ANYTHING: readonly Start[] = [...EMPTY, startOf([ALL], true), startOf([ALL, ALL], true), startOf([ALL, ALL, ALL], false)];
/** More starts than this in one part are merged, position by position (a larger set, never a match refused). */
const MAX_STARTS = 4000;

/**
 * The filter of the alternatives `sources` (regexes without the u flag). One that may match
 * nothing or start with a backreference could start anywhere, and is refused.
 */
export function startFilter(sources: readonly string[]): StartFilter {
  const starts = sources.flatMap((source) => {
    const parser = new StartParser(source);
    const parsed = parser.alternation(true);
    if (parser.at < source.length) throw new Error(`unbalanced ) at ${parser.at} of ${source}`);
    if (parsed.some((s) => s.sets.length === 0 || s.sets[0] === ALL)) throw new Error(`scan alternative that may match nothing or start anywhere: ${source}`);
    return parsed;
  });
  return new StartFilter(starts);
}

/** More combinations than this in one start are not listed: its first units (or first two) let anything follow. */
const MAX_LISTED = 4096;
/** Fewer for three units: a start of many is listed by its first two (a small table keeps in the CPU caches). */
const MAX_LISTED_THREE = 256;

/**
 * Whether a position of a text starts as a match may: a bit per unit that can come first, a set
 * of those a match may follow with anything (a one-unit match, or a start too wide to list), and
 * a hashed bit per listed two- or three-unit start. False positives only cost a regex run.
 */
export class StartFilter {
  readonly first = new CharSet();
  private readonly open = new CharSet();
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(starts: readonly Start[]) {
    // A start is listed with as many of its units as stay few enough: all of them, or its first two.
    const listed: number[][][] = [];
    let count = 0;
    const firsts = new Set<CharSet>();
    const opens = new Set<CharSet>();
    for (const { sets } of starts) {
      firsts.add(sets[0]!);
      const units = sets.map(listedUnits);
      const some = sets.length < 2 ? undefined : [units, units.slice(0, 2)].find((u) => combinations(u) <= (u.length === 3 ? MAX_LISTED_THREE : MAX_LISTED));
      if (some) {
        listed.push(some as number[][]);
        count += combinations(some);
      } else opens.add(sets[0]!);
    }
    for (const set of firsts) this.first.addAll(set);
    for (const set of opens) this.open.addAll(set);
    const size = Math.min(1 << 19, Math.max(1 << 10, 2 ** Math.ceil(Math.log2(16 * count + 1))));
    this.bits = new Uint32Array(size >> 5);
    this.shift = 32 - Math.log2(size);
    for (const [a, b, c] of listed) {
      for (const x of a!) {
        for (const y of b!) {
          if (!c) this.set(this.hash2(x, y));
          else for (const z of c) this.set(this.hash3(x, y, z));
        }
      }
    }
  }

  /** Whether a match may start at `i` of `text`, as far as its first units tell. */
  mayStart(text: string, i: number): boolean {
    if (!this.first.at(text, i)) return false;
    if (this.open.at(text, i)) return true;
    if (i + 1 >= text.length) return false;
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    if (this.has(this.hash2(c, d))) return true;
    return i + 2 < text.length && this.has(this.hash3(c, d, text.charCodeAt(i + 2)));
  }

  private hash2(c: number, d: number): number {
    return (Math.imul(c, 0x9e3779b1) ^ Math.imul(d, 0x85ebca6b)) >>> this.shift;
  }

  private hash3(c: number, d: number, e: number): number {
    return (Math.imul(c, 0x27d4eb2f) ^ Math.imul(d, 0x165667b1) ^ Math.imul(e, 0xc2b2ae3d)) >>> this.shift;
  }

  private set(h: number): void {
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  private has(h: number): boolean {
    return ((this.bits[h >>> 5]! >>> (h & 31)) & 1) === 1;
  }
}

const listedMemo = new WeakMap<CharSet, number[] | undefined>();
/** The units of a set of a start, if few enough to list. */
function listedUnits(set: CharSet): number[] | undefined {
  if (!listedMemo.has(set)) listedMemo.set(set, set.units(MAX_LISTED));
  return listedMemo.get(set);
}

/** How many ways there are to choose one unit per position (infinite where a position has too many to list). */
function combinations(units: ReadonlyArray<number[] | undefined>): number {
  return units.reduce((n, u) => (u ? n * u.length : Infinity), 1);
}

const QUANTIFIER = /[*+?]|\{(\d+)(,(\d*))?\}/y;
const ESCAPE = /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[1-9]\d*|k<[^>]+>|[\s\S])/y;
const GROUP_OPEN = /\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;
const LOOKAROUND = /^\(\?(?:=|!|<=|<!)$/;

/**
 * A recursive descent over the regex grammar. A part's starts are worked out only where they can
 * begin the first K units of a match (`need`): the rest of a long alternative is only parsed.
 */
class StartParser {
  at = 0;

  constructor(private readonly s: string) {}

  alternation(need: boolean): Start[] {
    const whole = this.sequence(need);
    while (this.s[this.at] === '|') {
      this.at++;
      const branch = this.sequence(need);
      if (need) whole.push(...branch);
    }
    return need ? deduplicated(whole) : whole;
  }

  private sequence(need: boolean): Start[] {
    let whole = [...EMPTY];
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      const open = need && whole.some((s) => s.ends);
      const atom = this.quantified(open);
      if (open) whole = followedBy(whole, atom);
    }
    return whole;
  }

  private quantified(need: boolean): readonly Start[] {
    const atom = this.atom(need);
    QUANTIFIER.lastIndex = this.at;
    const q = QUANTIFIER.exec(this.s);
    if (!q) return atom;
    this.at = QUANTIFIER.lastIndex;
    if (this.s[this.at] === '?') this.at++; // lazy
    if (!need) return atom;
    const min = q[0] === '+' ? 1 : q[1] === undefined ? 0 : Number(q[1]);
    const max = q[0] === '?' ? 1 : q[1] === undefined || q[3] === '' ? Infinity : Number(q[3] ?? q[1]);
    // Only the first K units are read: K repetitions say all that more of them would.
    let whole = EMPTY;
    for (let k = 0; k < Math.min(min, K); k++) whole = followedBy(whole, atom);
    const optional = deduplicated([...EMPTY, ...atom]);
    for (let k = 0; k < Math.min(max - min, K); k++) whole = followedBy(whole, optional);
    return whole;
  }

  private atom(need: boolean): readonly Start[] {
    const c = this.s[this.at]!;
    if (c === '(') {
      GROUP_OPEN.lastIndex = this.at;
      const open = GROUP_OPEN.exec(this.s)![0];
      this.at = GROUP_OPEN.lastIndex;
      const lookaround = LOOKAROUND.test(open);
      const inner = this.alternation(need && !lookaround);
      if (this.s[this.at] !== ')') throw new Error(`unclosed ( in ${this.s}`);
      this.at++;
      // A lookaround matches no character: the match goes on with what follows it.
      return lookaround ? EMPTY : inner;
    }
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    const from = this.at;
    if (c === '[') this.at = classEnd(this.s, this.at);
    else if (c === '\\') {
      ESCAPE.lastIndex = this.at;
      if (!ESCAPE.exec(this.s)) throw new Error(`bad escape at ${this.at} of ${this.s}`);
      this.at = ESCAPE.lastIndex;
      const escape = this.s.slice(from, this.at);
      if (escape === '\\b' || escape === '\\B') return EMPTY;
      if (/^\\(?:[1-9]|k<)/.test(escape)) return ANYTHING;
    } else this.at++;
    if (!need) return EMPTY;
    // A character stands for itself (the unit, no search of all units), but for . (any but a line's end).
    return [startOf([c !== '[' && c !== '\\' && c !== '.' ? unitOf(c) : unitsOf(this.s.slice(from, this.at))], true)];
  }
}

/** The starts of a match of `before` and then `after`, up to K units. */
function followedBy(before: readonly Start[], after: readonly Start[]): Start[] {
  const out: Start[] = [];
  for (const b of before) {
    if (!b.ends) {
      out.push(b);
      continue;
    }
    for (const a of after) {
      const sets = [...b.sets, ...a.sets];
      out.push(sets.length >= K ? startOf(sets.slice(0, K), false) : startOf(sets, a.ends));
    }
  }
  // (Only several starts after can make more starts than before.)
  return after.length > 1 ? deduplicated(out) : out;
}

/** Starts without repeats (the same sets, the same end); merged by length where too many. */
function deduplicated(starts: Start[]): Start[] {
  const seen = new Map<string, Start>();
  for (const s of starts) seen.set(s.key, s);
  if (seen.size <= MAX_STARTS) return [...seen.values()];
  const merged = new Map<string, { sets: CharSet[]; ends: boolean }>();
  for (const s of seen.values()) {
    const key = `${s.ends}:${s.sets.length}`;
    const m = merged.get(key);
    if (!m) merged.set(key, { sets: s.sets.map(copy), ends: s.ends });
    else s.sets.forEach((set, i) => m.sets[i]!.addAll(set));
  }
  return [...merged.values()].map((m) => startOf(m.sets, m.ends));
}

function copy(set: CharSet): CharSet {
  const out = new CharSet();
  out.addAll(set);
  return out;
}

/** Where the character class opening at `at` ends (after its ]). */
function classEnd(s: string, at: number): number {
  let i = at + 1;
  if (s[i] === '^') i++;
  for (; i < s.length && s[i] !== ']'; i++) if (s[i] === '\\') i++;
  if (i >= s.length) throw new Error(`unclosed [ in ${s}`);
  return i + 1;
}

/** Every UTF-16 unit in order (lone surrogates too), so that a unit's code is its index. */
const ALL_UNITS = allUnits();

function allUnits(): string {
  const bytes = Buffer.alloc(0x20000);
  for (let c = 0; c < 0x10000; c++) bytes.writeUInt16LE(c, 2 * c);
  return bytes.toString('utf16le');
}

const unitsMemo = new Map<string, CharSet>();

/** The set of one character. */
function unitOf(c: string): CharSet {
  let set = unitsMemo.get(c);
  if (!set) unitsMemo.set(c, (set = new CharSet(c)));
  return set;
}

/** The UTF-16 units a one-character regex (a class, an escape, a character) matches: one search, not a test per unit. */
export function unitsOf(source: string): CharSet {
  let set = unitsMemo.get(source);
  if (!set) {
    set = new CharSet();
    const re = new RegExp(source, 'g');
    for (let m = re.exec(ALL_UNITS); m; m = re.exec(ALL_UNITS)) set.add(m.index);
    unitsMemo.set(source, set);
  }
  return set;
}

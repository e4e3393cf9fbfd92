import { CharSet } from './charSet';

/**
 * The UTF-16 units a match of `source` (a regex without the u flag) can start with, read from its
 * first characters: lookarounds and anchors match none, so the first atom that must match one
 * decides, and an optional atom lets the next one start the match too. Undefined where a match may
 * be empty or start with a backreference, and so may start anywhere. ScanPattern tries its regex only
 * where these units are, so that no alternative can be left out of a hand-kept list of them.
 */
export function regexStart(source: string): CharSet | undefined {
  const parser = new StartParser(source);
  const start = parser.alternation(true);
  if (parser.at < source.length) throw new Error(`unbalanced ) at ${parser.at} of ${source}`);
  return start.empty || start.anywhere ? undefined : (start.units ?? new CharSet());
}

interface Start {
  /** None where the part can start with no character (a lookaround) or its start was not needed. */
  units?: CharSet;
  /** The part may match nothing, and what follows it may start the match. */
  empty: boolean;
  anywhere: boolean;
}

const nothing = (): Start => ({ empty: true, anywhere: false });

const QUANTIFIER = /[*+?]|\{(\d+)(?:,\d*)?\}/y;
const ESCAPE = /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[1-9]\d*|k<[^>]+>|[\s\S])/y;
const GROUP_OPEN = /\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;
const LOOKAROUND = /^\(\?(?:=|!|<=|<!)$/;

/** A recursive descent over the regex grammar; a part's units are worked out only where they can start the whole (`need`). */
class StartParser {
  at = 0;

  constructor(private readonly s: string) {}

  alternation(need: boolean): Start {
    const whole = this.sequence(need);
    while (this.s[this.at] === '|') {
      this.at++;
      const branch = this.sequence(need);
      if (need) union(whole, branch);
    }
    return whole;
  }

  private sequence(need: boolean): Start {
    const whole = nothing();
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      const open = need && whole.empty && !whole.anywhere;
      const atom = this.quantified(open);
      if (!open) continue;
      union(whole, atom);
      whole.empty = atom.empty;
    }
    return whole;
  }

  private quantified(need: boolean): Start {
    const atom = this.atom(need);
    QUANTIFIER.lastIndex = this.at;
    const q = QUANTIFIER.exec(this.s);
    if (!q) return atom;
    this.at = QUANTIFIER.lastIndex;
    if (this.s[this.at] === '?') this.at++; // lazy
    if (q[0] === '*' || q[0] === '?' || q[1] === '0') atom.empty = true;
    return atom;
  }

  private atom(need: boolean): Start {
    const c = this.s[this.at]!;
    if (c === '(') {
      GROUP_OPEN.lastIndex = this.at;
      const open = GROUP_OPEN.exec(this.s)![0];
      this.at = GROUP_OPEN.lastIndex;
      const lookaround = LOOKAROUND.test(open);
      const inner = this.alternation(need && !lookaround);
      if (this.s[this.at] !== ')') throw new Error(`unclosed ( in ${this.s}`);
      this.at++;
      // A lookaround matches no character: the match starts with what follows it.
      return lookaround ? nothing() : inner;
    }
    if (c === '^' || c === '$') {
      this.at++;
      return nothing();
    }
    const from = this.at;
    if (c === '[') this.at = classEnd(this.s, this.at);
    else if (c === '\\') {
      ESCAPE.lastIndex = this.at;
      if (!ESCAPE.exec(this.s)) throw new Error(`bad escape at ${this.at} of ${this.s}`);
      this.at = ESCAPE.lastIndex;
      const escape = this.s.slice(from, this.at);
      if (escape === '\\b' || escape === '\\B') return nothing();
      if (/^\\(?:[1-9]|k<)/.test(escape)) return { empty: false, anywhere: true };
    } else {
      // A character stands for itself (the unit, no search of all units), but for . (any but a line's end).
      this.at++;
      if (c !== '.') return { units: need ? unitOf(c) : undefined, empty: false, anywhere: false };
    }
    return { units: need ? unitsOf(this.s.slice(from, this.at)) : undefined, empty: false, anywhere: false };
  }
}

function union(into: Start, part: Start): void {
  // (Sets are made only where units are added: a set of all units is 8 KB, and a pattern has thousands of parts.)
  if (part.units) (into.units ??= new CharSet()).addAll(part.units);
  into.anywhere ||= part.anywhere;
  into.empty ||= part.empty;
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

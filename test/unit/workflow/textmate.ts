// A small TextMate tokenizer for tests: enough of the model VS Code uses (match, begin/end,
// captures with patterns, includes from the repository, \A on the first line only) to run the
// news-article grammar over real lines with JavaScript regexes. Not a full implementation:
// no back-references in end patterns, no while rules, no injections.

export interface RawRule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Record<string, RawCapture>;
  beginCaptures?: Record<string, RawCapture>;
  endCaptures?: Record<string, RawCapture>;
  patterns?: RawRule[];
  include?: string;
  comment?: string;
}
interface RawCapture {
  name?: string;
  patterns?: RawRule[];
}
export interface RawGrammar {
  scopeName: string;
  patterns: RawRule[];
  repository: Record<string, RawRule>;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Every regex source in the grammar, with where it is. */
export function regexSources(grammar: RawGrammar): Array<{ where: string; source: string }> {
  const out: Array<{ where: string; source: string }> = [];
  const visit = (rule: RawRule, where: string) => {
    for (const key of ['match', 'begin', 'end'] as const) if (rule[key]) out.push({ where: `${where}.${key}`, source: rule[key]! });
    rule.patterns?.forEach((r, i) => visit(r, `${where}.patterns[${i}]`));
    for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) {
      for (const [n, c] of Object.entries(rule[key] ?? {})) c.patterns?.forEach((r, i) => visit(r, `${where}.${key}.${n}[${i}]`));
    }
  };
  grammar.patterns.forEach((r, i) => visit(r, `patterns[${i}]`));
  for (const [name, r] of Object.entries(grammar.repository)) visit(r, `repository.${name}`);
  return out;
}

/** Compiles a TextMate (Oniguruma) regex as JavaScript; \A matches only on the first line. */
export function compile(source: string, firstLine: boolean): RegExp {
  return new RegExp(source.replace(/\\A/g, firstLine ? '^' : '(?!)'), 'gd');
}

export class Tokenizer {
  constructor(private readonly grammar: RawGrammar) {}

  /** Tokens of each line of `text` (\n line ends). */
  tokenize(text: string): Token[][] {
    const stack: Array<{ rule: RawRule; scopes: string[] }> = [];
    return text.split('\n').map((line, i) => {
      const tokens: Token[] = [];
      let pos = 0;
      const firstLine = i === 0;
      for (let steps = 0; pos <= line.length; steps++) {
        if (steps > 10 * (line.length + 10)) throw new Error(`tokenizer loops on line ${i + 1}`);
        const top = stack[stack.length - 1];
        const scopes = top ? top.scopes : [this.grammar.scopeName];
        const candidates = this.expand(top ? top.rule.patterns ?? [] : this.grammar.patterns);
        let best: { m: RegExpExecArray; rule: RawRule | 'end' } | undefined;
        if (top) {
          const m = exec(compile(top.rule.end!, firstLine), line, pos);
          if (m) best = { m, rule: 'end' };
        }
        for (const rule of candidates) {
          const m = exec(compile(rule.match ?? rule.begin!, firstLine), line, pos);
          if (m && (!best || m.index < best.m.index)) best = { m, rule };
        }
        if (!best) {
          push(tokens, line.slice(pos), scopes);
          break;
        }
        const { m, rule } = best;
        push(tokens, line.slice(pos, m.index), scopes);
        if (rule === 'end') {
          this.emit(tokens, m, top!.rule.endCaptures, top!.scopes);
          stack.pop();
        } else if (rule.begin) {
          const inner = rule.name ? [...scopes, rule.name] : scopes;
          this.emit(tokens, m, rule.beginCaptures ?? rule.captures, inner);
          stack.push({ rule, scopes: inner });
        } else {
          this.emit(tokens, m, rule.captures, rule.name ? [...scopes, rule.name] : scopes);
        }
        const next = m.index + m[0].length;
        const opened = rule !== 'end' && rule.begin !== undefined;
        if (next === pos && !opened) {
          // A zero-width match that opens nothing: take one character as is and move on.
          push(tokens, line.slice(pos, pos + 1), scopes);
          pos++;
        } else pos = next;
        if (pos >= line.length) {
          // At the end of the line only end patterns can still match (zero width, like `$`).
          for (let t = stack[stack.length - 1]; t && exec(compile(t.rule.end!, firstLine), line, line.length)?.index === line.length; t = stack[stack.length - 1]) {
            stack.pop();
          }
          break;
        }
      }
      return tokens;
    });
  }

  private expand(rules: readonly RawRule[]): RawRule[] {
    return rules.flatMap((r) => {
      if (r.include) {
        const target = this.grammar.repository[r.include.replace(/^#/, '')];
        if (!target) throw new Error(`include ${r.include} not in the repository`);
        return target.match || target.begin ? [target] : this.expand(target.patterns ?? []);
      }
      return [r];
    });
  }

  /** Tokens for a match: capture groups get their names (or are tokenized by their patterns). */
  private emit(tokens: Token[], m: RegExpExecArray, captures: Record<string, RawCapture> | undefined, scopes: string[]): void {
    const whole = captures?.['0'];
    const base = whole?.name ? [...scopes, whole.name] : scopes;
    const groups = Object.keys(captures ?? {})
      .filter((k) => k !== '0' && m[Number(k)] !== undefined)
      .map((k) => ({ k, start: m.indices![Number(k)]![0], text: m[Number(k)] }))
      .sort((a, b) => a.start - b.start);
    let pos = m.index;
    for (const g of groups) {
      if (g.start < pos) continue;
      push(tokens, m.input.slice(pos, g.start), base);
      const c = captures![g.k];
      if (c.patterns) {
        const sub = new Tokenizer({ ...this.grammar, patterns: c.patterns }).tokenize(g.text)[0];
        for (const t of sub) push(tokens, t.text, [...base, ...(c.name ? [c.name] : []), ...t.scopes.slice(1)]);
      } else push(tokens, g.text, c.name ? [...base, c.name] : base);
      pos = g.start + g.text.length;
    }
    push(tokens, m.input.slice(pos, m.index + m[0].length), base);
  }
}

function exec(re: RegExp, line: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(line);
}

function push(tokens: Token[], text: string, scopes: string[]): void {
  if (text) tokens.push({ text, scopes });
}

/** Texts of the runs of tokens whose innermost scopes include one starting with `scope`. */
export function spansWithScope(tokens: readonly Token[], scope: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const t of tokens) {
    if (t.scopes.some((s) => s.startsWith(scope))) run += t.text;
    else if (run) {
      out.push(run);
      run = '';
    }
  }
  if (run) out.push(run);
  return out;
}

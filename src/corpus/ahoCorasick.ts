/** A match of pattern `pattern` at UTF-16 offsets [start, end). */
export interface StringMatch {
  pattern: number;
  start: number;
  end: number;
}

/**
 * Aho-Corasick automaton over UTF-16 code units: finds every occurrence of thousands of strings
 * in one pass over a text, where indexOf per string would rescan the text once per string.
 */
export class AhoCorasick {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ending at the node itself (-1 if none). */
  private readonly own: number[] = [-1];
  /** Nearest node on the fail chain that ends a pattern (-1 if none). */
  private readonly outLink: number[] = [-1];

  constructor(readonly patterns: readonly string[]) {
    patterns.forEach((p, i) => {
      if (!p) return;
      let node = 0;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        let child = this.next[node].get(c);
        if (child === undefined) {
          child = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.own.push(-1);
          this.outLink.push(-1);
          this.next[node].set(c, child);
        }
        node = child;
      }
      if (this.own[node] === -1) this.own[node] = i;
    });
    // Breadth-first: a node's fail link is the longest proper suffix that is also a prefix.
    const queue = [...this.next[0].values()];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      for (const [c, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.fail[child];
        this.outLink[child] = this.own[fc] !== -1 ? fc : this.outLink[fc];
        queue.push(child);
      }
    }
  }

  /** Every match (overlapping ones included), ordered by end offset. */
  search(text: string): StringMatch[] {
    const out: StringMatch[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (node !== 0 && !this.next[node].has(c)) node = this.fail[node];
      node = this.next[node].get(c) ?? 0;
      for (let n = this.own[node] !== -1 ? node : this.outLink[node]; n !== -1; n = this.outLink[n]) {
        const pattern = this.own[n];
        out.push({ pattern, start: i + 1 - this.patterns[pattern].length, end: i + 1 });
      }
    }
    return out;
  }
}

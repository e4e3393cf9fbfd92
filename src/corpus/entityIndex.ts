import { OffsetMap } from '../core/offsets';
import { checkSpanAgainstText, sortSpans, type Span } from '../core/span';

/** One article as the index receives it: its current text and its spans (code points). */
export interface IndexedDocument {
  /** How the caller names the article (a path or a URI string); used as given. */
  path: string;
  text: string;
  spans: readonly Span[];
  /** The annotator marked the article reviewed (sidecar `reviewed`). */
  reviewed?: boolean;
}

/** An article held by the index, with what it derived from it. */
export interface StoredDocument extends IndexedDocument {
  map: OffsetMap;
  /** Code-point offset where each line starts (line breaks: \n, \r\n, \r). */
  lineStarts: number[];
  /** Live spans still suggested (neither accepted nor rejected). */
  open: number;
  mentions: Mention[];
}

/** A live span seen from the entities view. Lines and characters are 0-based, in code points. */
export interface Mention {
  path: string;
  spanId: string;
  label: string;
  /** The entity this mention belongs to: attrs.canonical, else attrs.value (+ unit), else the text. */
  key: string;
  text: string;
  start: number;
  end: number;
  line: number;
  character: number;
  status: 'suggested' | 'accepted';
}

export interface EntitySummary {
  label: string;
  key: string;
  /** The surface text used most often (ties: the first in code-unit order). */
  name: string;
  mentions: number;
  accepted: number;
  documents: number;
}

export interface Occurrence {
  path: string;
  start: number;
  end: number;
  line: number;
  character: number;
}

export interface Progress {
  /** Articles marked reviewed with no suggestion left open. */
  reviewed: number;
  total: number;
  /** Articles with at least one open suggestion. */
  withOpenSuggestions: number;
  /** Open suggestions in the whole corpus. */
  openSuggestions: number;
}

/** What an update touched, so a view refreshes only that. */
export interface IndexChange {
  labels: string[];
  /** The accepted strings, their labels or their counts changed: corpus-wide checks must rerun. */
  acceptedChanged: boolean;
}

/** Mentions grouped by article, so replacing one article's mentions touches only its own. */
type Bucket = Map<string, Mention[]>;

/** The entity key of a span: what makes two mentions the same entity. */
export function entityKey(span: Pick<Span, 'text' | 'attrs'>): string {
  const a = span.attrs;
  if (a?.canonical) return a.canonical;
  if (a?.value !== undefined) return a.unit ? `${a.value} ${a.unit}` : String(a.value);
  return span.text;
}

/** Code-point offsets where lines start; a line break is \n, \r\n or a lone \r. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(cp + 1);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return starts;
}

/** 0-based line and character (code points) of code-point offset `cp`. */
export function positionAt(starts: readonly number[], cp: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: cp - starts[lo] };
}

/**
 * Labels → entities → mentions over a corpus, updated one article at a time: `update` removes the
 * article's previous mentions and adds the new ones, without looking at any other article.
 * Rejected spans, stale spans and spans whose text no longer matches the article are not mentions.
 */
export class EntityIndex {
  private readonly docs = new Map<string, StoredDocument>();
  /** label → entity key → mentions by article. */
  private readonly byLabel = new Map<string, Map<string, Bucket>>();
  /** surface text → label → number of accepted mentions. */
  private readonly accepted = new Map<string, Map<string, number>>();
  private version = 0;

  /** Bumped whenever the accepted strings, their labels or how often each is accepted change. */
  get acceptedVersion(): number {
    return this.version;
  }

  /** Adds or replaces an article. */
  update(doc: IndexedDocument): IndexChange {
    const old = this.docs.get(doc.path)?.mentions ?? [];
    const touched = new Set(old.filter((m) => m.status === 'accepted').map((m) => m.text));
    for (const s of doc.spans) if (s.status === 'accepted') touched.add(s.text);
    const signature = this.acceptedSignature(touched);
    const removed = this.removeMentions(doc.path);
    const map = new OffsetMap(doc.text);
    const starts = lineStarts(doc.text);
    const live = sortSpans(doc.spans).filter((s) => s.status !== 'rejected' && !s.stale && !checkSpanAgainstText(s, map));
    const mentions: Mention[] = live.map((s) => ({
      path: doc.path,
      spanId: s.id,
      label: s.label,
      key: entityKey(s),
      text: s.text,
      start: s.start,
      end: s.end,
      ...positionAt(starts, s.start),
      status: s.status as Mention['status'],
    }));
    const stored: StoredDocument = {
      path: doc.path,
      text: doc.text,
      spans: [...doc.spans],
      reviewed: doc.reviewed ?? false,
      map,
      lineStarts: starts,
      open: live.filter((s) => s.status === 'suggested').length,
      mentions,
    };
    this.docs.set(doc.path, stored);
    const added = this.addMentions(mentions);
    return { labels: union(removed, added), acceptedChanged: this.settle(signature, touched) };
  }

  /** Drops an article (deleted or closed without a sidecar). */
  remove(path: string): IndexChange {
    const touched = new Set((this.docs.get(path)?.mentions ?? []).filter((m) => m.status === 'accepted').map((m) => m.text));
    const signature = this.acceptedSignature(touched);
    const labels = this.removeMentions(path);
    this.docs.delete(path);
    return { labels, acceptedChanged: this.settle(signature, touched) };
  }

  document(path: string): StoredDocument | undefined {
    return this.docs.get(path);
  }

  /** Articles in path order. */
  documents(): StoredDocument[] {
    return [...this.docs.values()].sort((a, b) => cmp(a.path, b.path));
  }

  /** Labels that have at least one mention, sorted. */
  labels(): string[] {
    return [...this.byLabel.keys()].sort(cmp);
  }

  /** Entities of a label, most mentioned first. */
  entities(label: string): EntitySummary[] {
    const entities = [...(this.byLabel.get(label) ?? [])].map(([key, bucket]) => summarize(label, key, bucket));
    return entities.sort((a, b) => b.mentions - a.mentions || cmp(a.key, b.key));
  }

  /** Mentions of one entity in article and offset order. */
  mentions(label: string, key: string): Mention[] {
    const bucket = this.byLabel.get(label)?.get(key);
    if (!bucket) return [];
    return [...bucket.keys()].sort(cmp).flatMap((p) => bucket.get(p)!);
  }

  /** Accepted mentions of `text` by label, across the corpus. */
  acceptedLabels(text: string): ReadonlyMap<string, number> {
    return this.accepted.get(text) ?? new Map();
  }

  /** Every string with at least one accepted mention, with its labels and their counts. */
  acceptedTexts(): ReadonlyMap<string, ReadonlyMap<string, number>> {
    return this.accepted;
  }

  /** Every occurrence of `needle` in the corpus text, labeled or not (for hover counts). */
  occurrences(needle: string): Occurrence[] {
    if (!needle) return [];
    const out: Occurrence[] = [];
    const length = [...needle].length;
    for (const doc of this.documents()) {
      for (let u = doc.text.indexOf(needle); u !== -1; u = doc.text.indexOf(needle, u + 1)) {
        if (doc.map.splitsPair(u)) continue;
        const start = doc.map.toCodePoint(u);
        out.push({ path: doc.path, start, end: start + length, ...positionAt(doc.lineStarts, start) });
      }
    }
    return out;
  }

  progress(): Progress {
    let reviewed = 0;
    let withOpen = 0;
    let open = 0;
    for (const d of this.docs.values()) {
      if (d.reviewed && d.open === 0) reviewed++;
      if (d.open) withOpen++;
      open += d.open;
    }
    return { reviewed, total: this.docs.size, withOpenSuggestions: withOpen, openSuggestions: open };
  }

  /** The next article (in path order, wrapping around) after `path` that has open suggestions. */
  nextWithOpenSuggestions(path?: string): string | undefined {
    const docs = this.documents();
    const from = path === undefined ? -1 : docs.findIndex((d) => d.path === path);
    for (let k = 1; k <= docs.length; k++) {
      const d = docs[(from + k + docs.length) % docs.length];
      if (d.open) return d.path;
    }
    return undefined;
  }

  /** Which labels the given strings are accepted with, how often, as one comparable string. */
  private acceptedSignature(texts: ReadonlySet<string>): string {
    const labels = (t: string) => [...(this.accepted.get(t) ?? [])].sort((a, b) => cmp(a[0], b[0])).join(',');
    return [...texts].map((t) => `${t}\u0000${labels(t)}`).join('\u0001');
  }

  /** Bumps the version when the accepted labels (or their counts) of `texts` differ from `signature`. */
  private settle(signature: string, texts: ReadonlySet<string>): boolean {
    const changed = this.acceptedSignature(texts) !== signature;
    if (changed) this.version++;
    return changed;
  }

  /** Takes an article's mentions out of the maps; returns their labels. */
  private removeMentions(path: string): string[] {
    const labels = new Set<string>();
    for (const m of this.docs.get(path)?.mentions ?? []) {
      if (m.status === 'accepted') this.countAccepted(m, -1);
      const entities = this.byLabel.get(m.label);
      const bucket = entities?.get(m.key);
      if (!entities || !bucket?.delete(path)) continue; // the article's list went with an earlier mention
      labels.add(m.label);
      if (bucket.size === 0) entities.delete(m.key);
      if (entities.size === 0) this.byLabel.delete(m.label);
    }
    return [...labels];
  }

  private addMentions(mentions: readonly Mention[]): string[] {
    const labels = new Set<string>();
    for (const m of mentions) {
      labels.add(m.label);
      let entities = this.byLabel.get(m.label);
      if (!entities) this.byLabel.set(m.label, (entities = new Map()));
      let bucket = entities.get(m.key);
      if (!bucket) entities.set(m.key, (bucket = new Map()));
      let list = bucket.get(m.path);
      if (!list) bucket.set(m.path, (list = []));
      list.push(m);
      if (m.status === 'accepted') this.countAccepted(m, +1);
    }
    return [...labels];
  }

  private countAccepted(m: Mention, delta: 1 | -1): void {
    let labels = this.accepted.get(m.text);
    if (!labels) this.accepted.set(m.text, (labels = new Map()));
    const n = (labels.get(m.label) ?? 0) + delta;
    if (n > 0) labels.set(m.label, n);
    else labels.delete(m.label);
    if (labels.size === 0) this.accepted.delete(m.text);
  }
}

function summarize(label: string, key: string, bucket: Bucket): EntitySummary {
  const names = new Map<string, number>();
  let mentions = 0;
  let accepted = 0;
  for (const list of bucket.values()) {
    for (const m of list) {
      mentions++;
      if (m.status === 'accepted') accepted++;
      names.set(m.text, (names.get(m.text) ?? 0) + 1);
    }
  }
  const name = [...names].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
  return { label, key, name, mentions, accepted, documents: bucket.size };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort(cmp);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Consistency diagnostics over a corpus held in an EntityIndex. Typical use in the editor:
//   const change = index.update(doc);            // on each (debounced) edit or sidecar change
//   const mine = checkDocument(index, doc.path, options);
//   if (change.acceptedChanged) checkCorpus(index, options);   // other articles may change too
// Findings carry English text plus a template and arguments for vscode.l10n.t, and fixes as data.
import { checkSpanAgainstText, findOverlaps, overlaps, type Span } from '../core/span';
import { AhoCorasick } from './ahoCorasick';
import { positionAt, type EntityIndex, type StoredDocument } from './entityIndex';

export type FindingCode =
  | 'biaozhu.conflictingLabel'
  | 'biaozhu.unlabeledOccurrence'
  | 'biaozhu.overlappingSpans'
  | 'biaozhu.staleSpan'
  | 'biaozhu.unknownLabel';

/** The names of VS Code's DiagnosticSeverity members. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A quick fix as data; the extension turns it into a WorkspaceEdit on the sidecar. */
export type Fix =
  | { kind: 'relabel'; spanId: string; label: string }
  | { kind: 'label'; start: number; end: number; label: string }
  | { kind: 'remove'; spanId: string }
  | { kind: 'reanchor'; spanId: string; start: number; end: number };

/**
 * English message templates, `{0}`-style like vscode.l10n.t: the extension passes the template and
 * `args` to l10n.t, so a translation bundle keyed by these strings localizes them.
 */
export const MESSAGES: Readonly<Record<FindingCode, string>> = {
  'biaozhu.conflictingLabel': '"{0}" is labeled {1} here but {2} in {3} of its {4} accepted mentions',
  'biaozhu.unlabeledOccurrence': '"{0}" is labeled {1} elsewhere in the corpus but not here',
  'biaozhu.overlappingSpans': '{0} "{1}" overlaps {2} "{3}"',
  'biaozhu.staleSpan': '{0} "{1}" no longer matches the article text (the article changed)',
  'biaozhu.unknownLabel': 'Unknown label {0}; the configured labels are {1}',
};

/** Quick-fix titles, translated the same way as MESSAGES. */
export const FIX_TITLES: Readonly<Record<Fix['kind'], string>> = {
  relabel: 'Relabel as {0}',
  label: 'Label as {0}',
  remove: 'Remove the span "{0}"',
  reanchor: 'Move the span to "{0}" at {1}',
};

export interface Finding {
  /** The article, as the index names it. */
  file: string;
  /** Code points, end exclusive. */
  start: number;
  end: number;
  severity: Severity;
  code: FindingCode;
  /** English text: `template` with `args` filled in. */
  message: string;
  template: string;
  args: string[];
  /** The span the finding is about, if it is about one. */
  spanId?: string;
  /** Candidate fixes, the most likely first. */
  fixes: Fix[];
}

export interface CheckOptions {
  /** The configured label names; spans with any other label are reported. */
  labels: readonly string[];
  /** Accepted strings shorter than this (code points) are not searched for unlabeled occurrences. */
  minLength?: number;
}

/** Fills `{0}`, `{1}` ... in a template. */
export function formatMessage(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
}

/** Title of a fix: the template and its arguments, for l10n.t (positions 1-based, line:character). */
export function fixTitle(fix: Fix, doc: Pick<StoredDocument, 'spans' | 'map' | 'lineStarts'>): { template: string; args: string[] } {
  const template = FIX_TITLES[fix.kind];
  switch (fix.kind) {
    case 'relabel':
    case 'label':
      return { template, args: [fix.label] };
    case 'remove':
      return { template, args: [doc.spans.find((s) => s.id === fix.spanId)?.text ?? fix.spanId] };
    case 'reanchor': {
      const { line, character } = positionAt(doc.lineStarts, fix.start);
      return { template, args: [doc.map.slice(fix.start, fix.end), `${line + 1}:${character + 1}`] };
    }
  }
}

/** Findings for every article in the index, in article and offset order. */
export function checkCorpus(index: EntityIndex, options: CheckOptions): Finding[] {
  return index.documents().flatMap((d) => checkDocument(index, d.path, options));
}

/**
 * Findings for one article against the rest of the corpus. Per-article checks (overlaps, stale
 * spans, unknown labels) read only the article; the corpus checks read the index's accepted
 * strings, whose search automaton is rebuilt only when `index.acceptedVersion` changes.
 */
export function checkDocument(index: EntityIndex, path: string, options: CheckOptions): Finding[] {
  const doc = index.document(path);
  if (!doc) return [];
  const known = new Set(options.labels);
  const findings: Finding[] = [];
  const sound: Span[] = [];
  for (const s of doc.spans) {
    if (s.status === 'rejected') continue;
    if (!known.has(s.label)) findings.push(unknownLabel(doc, s, options.labels));
    if (s.stale || checkSpanAgainstText(s, doc.map)) findings.push(staleSpan(doc, s));
    else sound.push(s);
  }
  for (const [a, b] of findOverlaps(sound)) findings.push(overlapping(doc, a, b));
  for (const s of sound) {
    const conflict = conflictOf(index.acceptedLabels(s.text), s.label);
    if (conflict) findings.push(conflicting(doc, s, conflict));
  }
  findings.push(...unlabeled(index, doc, sound, options.minLength ?? 2));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function finding(doc: StoredDocument, start: number, end: number, severity: Severity, code: FindingCode, args: string[], fixes: Fix[], spanId?: string): Finding {
  const template = MESSAGES[code];
  return { file: doc.path, start, end, severity, code, message: formatMessage(template, args), template, args, ...(spanId ? { spanId } : {}), fixes };
}

function unknownLabel(doc: StoredDocument, s: Span, labels: readonly string[]): Finding {
  const near = labels.filter((l) => editDistance(l, s.label) <= 2);
  const fixes: Fix[] = [...near.map((label) => ({ kind: 'relabel' as const, spanId: s.id, label })), { kind: 'remove', spanId: s.id }];
  const [start, end] = clamp(doc, s);
  return finding(doc, start, end, 'error', 'biaozhu.unknownLabel', [s.label, labels.join(', ')], fixes, s.id);
}

/** A span whose text is no longer at its offsets; the fix moves it to the nearest occurrence. */
function staleSpan(doc: StoredDocument, s: Span): Finding {
  const fixes: Fix[] = [];
  const length = s.end - s.start;
  let best: number | undefined;
  for (let u = doc.text.indexOf(s.text); u !== -1; u = doc.text.indexOf(s.text, u + 1)) {
    if (doc.map.splitsPair(u)) continue;
    const cp = doc.map.toCodePoint(u);
    if (best === undefined || Math.abs(cp - s.start) < Math.abs(best - s.start)) best = cp;
  }
  if (best !== undefined) fixes.push({ kind: 'reanchor', spanId: s.id, start: best, end: best + length });
  fixes.push({ kind: 'remove', spanId: s.id });
  const [start, end] = clamp(doc, s);
  return finding(doc, start, end, 'warning', 'biaozhu.staleSpan', [s.label, s.text], fixes, s.id);
}

/** Two visible spans over the same text: an error once the annotator accepted both. */
function overlapping(doc: StoredDocument, a: Span, b: Span): Finding {
  // Suggestions are the engine's guesses and go first; then the shorter span.
  const order = [a, b].sort((x, y) => Number(x.status === 'accepted') - Number(y.status === 'accepted') || x.end - x.start - (y.end - y.start));
  const severity = a.status === 'accepted' && b.status === 'accepted' ? 'error' : 'warning';
  const fixes: Fix[] = order.map((s) => ({ kind: 'remove', spanId: s.id }));
  return finding(doc, Math.max(a.start, b.start), Math.min(a.end, b.end), severity, 'biaozhu.overlappingSpans', [a.label, a.text, b.label, b.text], fixes, order[0].id);
}

interface Conflict {
  /** The labels to offer, the most accepted first. */
  labels: string[];
  /** Accepted mentions with labels[0], and with any label. */
  count: number;
  total: number;
}

/**
 * Whether a span labeled `label` disagrees with how its text is accepted across the corpus. The
 * majority wins: only mentions labeled otherwise are flagged, so one slip does not flag every
 * correct mention. On a tie every side is flagged, as there is no majority to point to.
 */
function conflictOf(accepted: ReadonlyMap<string, number>, label: string): Conflict | undefined {
  const all = ranked(accepted);
  const total = all.reduce((n, [, c]) => n + c, 0);
  const others = all.filter(([l]) => l !== label);
  if (!others.length) return undefined;
  const mine = accepted.get(label) ?? 0;
  if (mine > others[0][1]) return undefined;
  return { labels: others.map(([l]) => l), count: others[0][1], total };
}

/** Labels by how often they are accepted, most first (ties by name). */
function ranked(accepted: ReadonlyMap<string, number>): Array<[string, number]> {
  return [...accepted].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function conflicting(doc: StoredDocument, s: Span, c: Conflict): Finding {
  const fixes: Fix[] = c.labels.map((label) => ({ kind: 'relabel', spanId: s.id, label }));
  return finding(doc, s.start, s.end, 'warning', 'biaozhu.conflictingLabel', [s.text, s.label, c.labels[0], String(c.count), String(c.total)], fixes, s.id);
}

interface Matcher {
  version: number;
  texts: string[];
  automaton: AhoCorasick;
}

const matchers = new WeakMap<EntityIndex, Map<number, Matcher>>();

function matcherFor(index: EntityIndex, minLength: number): Matcher {
  let byLength = matchers.get(index);
  if (!byLength) matchers.set(index, (byLength = new Map()));
  const cached = byLength.get(minLength);
  if (cached?.version === index.acceptedVersion) return cached;
  const texts = [...index.acceptedTexts().keys()].filter((t) => [...t].length >= minLength).sort();
  const matcher = { version: index.acceptedVersion, texts, automaton: new AhoCorasick(texts) };
  byLength.set(minLength, matcher);
  return matcher;
}

/** Latin letters and digits (half- and full-width) continue a word: 50亿元 is not inside 150亿元. */
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * Occurrences of accepted strings that no visible span covers. Leftmost-longest: a shorter accepted
 * string inside a longer unlabeled one is not reported on its own. An occurrence the annotator
 * rejected (a rejected span at exactly its offsets) is not reported.
 */
function unlabeled(index: EntityIndex, doc: StoredDocument, sound: readonly Span[], minLength: number): Finding[] {
  const { texts, automaton } = matcherFor(index, minLength);
  if (!texts.length) return [];
  const rejected = new Set(doc.spans.filter((s) => s.status === 'rejected').map((s) => `${s.start}:${s.end}`));
  const text = doc.text;
  const candidates = automaton
    .search(text)
    .filter((m) => !doc.map.splitsPair(m.start) && !doc.map.splitsPair(m.end))
    .filter((m) => !(continuesWord(text, m.start - 1, m.start) || continuesWord(text, m.end - 1, m.end)))
    .map((m) => ({ text: texts[m.pattern], start: doc.map.toCodePoint(m.start), end: doc.map.toCodePoint(m.end) }))
    .filter((m) => !rejected.has(`${m.start}:${m.end}`) && !sound.some((s) => overlaps(s, m)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  let covered = -1;
  for (const m of candidates) {
    if (m.start < covered) continue;
    covered = m.end;
    const labels = ranked(index.acceptedLabels(m.text)).map(([l]) => l);
    const fixes: Fix[] = labels.map((label) => ({ kind: 'label', start: m.start, end: m.end, label }));
    findings.push(finding(doc, m.start, m.end, 'information', 'biaozhu.unlabeledOccurrence', [m.text, labels.join(', ')], fixes));
  }
  return findings;
}

/** True when the UTF-16 units at `i` and `j` are both word characters (a match boundary inside a word). */
function continuesWord(text: string, i: number, j: number): boolean {
  if (i < 0 || j >= text.length) return false;
  return WORD_CHAR.test(text[i]) && WORD_CHAR.test(text[j]);
}

/** The span's range clamped to the text, for a span whose offsets may be past the end. */
function clamp(doc: StoredDocument, s: Span): [number, number] {
  const length = doc.map.length;
  return [Math.min(s.start, length), Math.min(s.end, length)];
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

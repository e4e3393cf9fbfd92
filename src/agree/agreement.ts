// Agreement between two annotators over the same articles, A taken as the reference: span-level
// precision/recall/F1 per label (a match is the same label and the same offsets) and Cohen's kappa
// over characters, each code point labelled with the label of the span covering it or O.

export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
  text: string;
}

export interface Disagreement {
  file: string;
  /** A's span and B's span where they overlap; one side missing where only one annotated. */
  a?: LabelledSpan;
  b?: LabelledSpan;
}

export interface DocComparison {
  /** Per label: spans in A, in B, and in both. */
  counts: Map<string, { a: number; b: number; both: number }>;
  /** Character label pairs (A's label, B's label) → count. */
  chars: Map<string, number>;
  disagreements: Disagreement[];
}

const key = (s: LabelledSpan) => `${s.label}\u0000${s.start}\u0000${s.end}`;
const order = (x: LabelledSpan, y: LabelledSpan) => x.start - y.start || x.end - y.end || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0);
const overlap = (x: LabelledSpan, y: LabelledSpan) => x.start < y.end && y.start < x.end;

/** Each code point's label: the covering span that starts first (then the longest), else O. */
function charLabels(length: number, spans: readonly LabelledSpan[]): string[] {
  const labels: string[] = new Array(length).fill('O');
  for (const s of [...spans].sort((x, y) => y.start - x.start || x.end - y.end)) {
    for (let i = s.start; i < s.end && i < length; i++) labels[i] = s.label;
  }
  return labels;
}

export function compareDoc(file: string, length: number, aSpans: readonly LabelledSpan[], bSpans: readonly LabelledSpan[]): DocComparison {
  const counts: DocComparison['counts'] = new Map();
  const row = (label: string) => {
    let r = counts.get(label);
    if (!r) counts.set(label, (r = { a: 0, b: 0, both: 0 }));
    return r;
  };
  const bKeys = new Set(bSpans.map(key));
  const aKeys = new Set(aSpans.map(key));
  for (const s of aSpans) {
    row(s.label).a++;
    if (bKeys.has(key(s))) row(s.label).both++;
  }
  for (const s of bSpans) row(s.label).b++;

  // Unmatched spans pair up with the first unmatched span of the other side they overlap.
  const aLeft = aSpans.filter((s) => !bKeys.has(key(s))).sort(order);
  const bLeft = bSpans.filter((s) => !aKeys.has(key(s))).sort(order);
  const paired = new Set<LabelledSpan>();
  const disagreements: Disagreement[] = [];
  for (const a of aLeft) {
    const b = bLeft.find((x) => !paired.has(x) && overlap(a, x));
    if (b) paired.add(b);
    disagreements.push({ file, a, ...(b ? { b } : {}) });
  }
  for (const b of bLeft) if (!paired.has(b)) disagreements.push({ file, b });
  disagreements.sort((x, y) => order((x.a ?? x.b)!, (y.a ?? y.b)!));

  const chars = new Map<string, number>();
  const la = charLabels(length, aSpans);
  const lb = charLabels(length, bSpans);
  for (let i = 0; i < length; i++) {
    const k = `${la[i]}\u0000${lb[i]}`;
    chars.set(k, (chars.get(k) ?? 0) + 1);
  }
  return { counts, chars, disagreements };
}

export interface LabelScore {
  label: string;
  a: number;
  b: number;
  both: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Agreement {
  labels: LabelScore[];
  overall: LabelScore;
  kappa: number | null;
  characters: number;
  disagreements: Disagreement[];
}

const ratio = (n: number, d: number) => (d ? n / d : null);

function score(label: string, a: number, b: number, both: number): LabelScore {
  const precision = ratio(both, b);
  const recall = ratio(both, a);
  const f1 = ratio(2 * both, a + b);
  return { label, a, b, both, precision, recall, f1 };
}

/** Sums the comparisons of all articles; kappa is null when chance agreement is total (one label only). */
export function summarize(docs: readonly DocComparison[], labelOrder: readonly string[] = []): Agreement {
  const totals = new Map<string, { a: number; b: number; both: number }>(labelOrder.map((l) => [l, { a: 0, b: 0, both: 0 }]));
  const chars = new Map<string, number>();
  for (const d of docs) {
    for (const [l, c] of d.counts) {
      const t = totals.get(l) ?? { a: 0, b: 0, both: 0 };
      totals.set(l, { a: t.a + c.a, b: t.b + c.b, both: t.both + c.both });
    }
    for (const [k, n] of d.chars) chars.set(k, (chars.get(k) ?? 0) + n);
  }
  const extra = [...totals.keys()].filter((l) => !labelOrder.includes(l)).sort();
  const labels = [...labelOrder, ...extra].map((l) => {
    const t = totals.get(l)!;
    return score(l, t.a, t.b, t.both);
  });
  const sum = (f: (s: LabelScore) => number) => labels.reduce((n, s) => n + f(s), 0);
  const overall = score('overall', sum((s) => s.a), sum((s) => s.b), sum((s) => s.both));

  let n = 0;
  let agree = 0;
  const rowA = new Map<string, number>();
  const colB = new Map<string, number>();
  for (const [k, c] of chars) {
    const [a, b] = k.split('\u0000');
    n += c;
    if (a === b) agree += c;
    rowA.set(a, (rowA.get(a) ?? 0) + c);
    colB.set(b, (colB.get(b) ?? 0) + c);
  }
  const po = n ? agree / n : 0;
  const pe = n ? [...rowA].reduce((s, [l, c]) => s + (c / n) * ((colB.get(l) ?? 0) / n), 0) : 1;
  const kappa = pe === 1 ? null : (po - pe) / (1 - pe);
  return { labels, overall, kappa, characters: n, disagreements: docs.flatMap((d) => d.disagreements) };
}

import { existsSync, statSync } from 'node:fs';
import { agreeCorpus } from '../../agree/agreeCorpus';
import type { LabelledSpan } from '../../agree/agreement';
import { choice, labelList } from '../options';
import { parse, UsageError, type Command } from '../usage';

const pct = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
const show = (s?: LabelledSpan) => (s ? `${s.label} ${s.start}-${s.end} ${JSON.stringify(s.text)}` : '—');

export const agree: Command = {
  name: 'agree',
  summary: "agreement between two annotators' sidecars: span F1 per label, character kappa",
  help: `Usage: biaozhu agree [--json] [--status accepted|all] [--labels A,B] [--ext .txt] DIR_A DIR_B

Compares the sidecars of the articles found in both folders (matched by path relative to
each folder), with A as the reference: per label, spans in A and B, exact matches (same
label and offsets), precision, recall and F1; Cohen's kappa over characters (each code point
labelled with its span's label or O); and every disagreement (file, offsets, text, A's span vs
B's). Articles in one folder only, or whose texts differ, are listed and not compared.

Options:
  --json                 print the result as JSON
  --status accepted|all  accepted spans only (default), or open suggestions too
  --labels A,B           only these labels
  --ext .txt             article file extension`,
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, status: { type: 'string' }, labels: { type: 'string' }, ext: { type: 'string' } });
    if (values.help) return (console.log(this.help), 0);
    if (positionals.length !== 2) throw new UsageError(`expected two folders DIR_A DIR_B, got ${positionals.length}`);
    for (const d of positionals) if (!existsSync(d) || !statSync(d).isDirectory()) throw new UsageError(`${d}: not a folder`);
    const result = await agreeCorpus(positionals[0], positionals[1], {
      status: choice('--status', values.status, ['accepted', 'all'] as const, 'accepted'),
      labels: labelList(values.labels),
      ext: values.ext,
    });
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    const lines = [
      `${result.compared.length} articles compared` +
        (result.onlyInA.length ? `; only in A: ${result.onlyInA.join(', ')}` : '') +
        (result.onlyInB.length ? `; only in B: ${result.onlyInB.join(', ')}` : ''),
      ...result.skipped.map((s) => `skipped ${s.file}: ${s.reason}`),
      ['label', 'A', 'B', 'match', 'P', 'R', 'F1'].map((c, i) => (i ? c.padStart(8) : c.padEnd(10))).join(''),
      ...[...result.labels, result.overall].map((s) =>
        [s.label.padEnd(10), ...[s.a, s.b, s.both].map((n) => String(n).padStart(8)), ...[s.precision, s.recall, s.f1].map((x) => pct(x).padStart(8))].join(''),
      ),
      `character kappa: ${pct(result.kappa)} over ${result.characters} characters`,
      `disagreements (${result.disagreements.length}):`,
      ...result.disagreements.map((d) => `  ${d.file}  A: ${show(d.a)}  B: ${show(d.b)}`),
    ];
    console.log(lines.join('\n'));
    return 0;
  },
};

import { existsSync } from 'node:fs';
import { exportCorpus } from '../../corpus/exportCorpus';
import { EXPORT_FORMATS } from '../../formats/render';
import { parseSplit } from '../../formats/split';
import { choice, labelList } from '../options';
import { parse, UsageError, type Command } from '../usage';

const PROGRESS_FROM = 20;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write annotated articles as training data (doccano, label-studio, spacy, brat, conll, hf)',
  help: `Usage: biaozhu export --format FORMAT -o OUT [options] PATH...

Writes the annotated articles under PATH (files ending in --ext, default .txt) in FORMAT:
  doccano       JSONL {"text", "label": [[start, end, "LABEL"], ...]}     -> file
  label-studio  JSON task list: data.text, annotations[].result[] labels -> file
  spacy         Prodigy/spaCy JSONL: text, tokens (segmenter), spans    -> file
  brat          X.txt + X.ann per article, annotation.conf              -> folder
  conll         "CHAR TAG" a line, blank line between sentences         -> file
  hf            token-classification JSONL + labels.json                -> folder
Offsets count Unicode code points, end exclusive. Same input, same bytes.

Options:
  -o, --out OUT          output file or folder (a folder whenever --split is given)
  --status accepted|all  accepted spans only (default), or open suggestions too;
                         rejected and stale spans are never exported
  --reviewed-only        only articles whose sidecar is marked reviewed
  --labels A,B           only these labels (also the label list of brat and hf)
  --split 80/10/10       split by article into train/dev/test (or 80/20: train/test),
  --seed N               deterministically from the seed and each article's path (seed default 0)
  --scheme bio|bioes     tag scheme for conll and hf (default bio)
  --offsets codepoint|utf16
                         doccano only: utf16 counts UTF-16 code units, as doccano's web UI
                         does (characters outside the BMP, e.g. 𠮷 or emoji, count 2)
  --ext .txt             article file extension

Articles without a sidecar are left out and counted. Spans a format cannot hold as they are
(overlapping spans in conll/hf; spans inside a segmenter token in spacy, whose tokens are then
split) are listed on stderr. Exit code 1 when an article could not be read.`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      status: { type: 'string' },
      'reviewed-only': { type: 'boolean' },
      labels: { type: 'string' },
      split: { type: 'string' },
      seed: { type: 'string' },
      scheme: { type: 'string' },
      ext: { type: 'string' },
      offsets: { type: 'string' },
    });
    if (values.help) return (console.log(this.help), 0);
    if (values.offsets !== undefined && values.format !== 'doccano') throw new UsageError('--offsets applies to doccano only');
    const format = choice('--format', values.format, EXPORT_FORMATS);
    if (!values.out) throw new UsageError('-o OUT is required');
    if (!positionals.length) throw new UsageError('no PATH given');
    if (values.seed !== undefined && !values.split) throw new UsageError('--seed needs --split');
    if (values.scheme !== undefined && format !== 'conll' && format !== 'hf') throw new UsageError('--scheme applies to conll and hf only');
    let split;
    try {
      split = values.split ? { parts: parseSplit(values.split), seed: values.seed ?? '0' } : undefined;
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const options = {
      format,
      paths: positionals,
      out: values.out,
      ext: values.ext,
      status: choice('--status', values.status, ['accepted', 'all'] as const, 'accepted'),
      reviewedOnly: values['reviewed-only'],
      labels: labelList(values.labels),
      split,
      scheme: choice('--scheme', values.scheme, ['bio', 'bioes'] as const, 'bio'),
      offsets: choice('--offsets', values.offsets, ['codepoint', 'utf16'] as const, 'codepoint'),
    };
    for (const p of positionals) if (!existsSync(p)) throw new UsageError(`${p}: no such file or folder`);
    let shown = false;
    let report;
    try {
      report = await exportCorpus(options, (p) => {
        if (p.total < PROGRESS_FROM) return;
        shown = true;
        process.stderr.write(`\rreading ${p.done}/${p.total}`);
      });
    } catch (err) {
      console.error(`${shown ? '\n' : ''}biaozhu export: ${(err as Error).message}`);
      return 1;
    }
    if (shown) process.stderr.write('\n');
    for (const w of report.warnings) console.error(`warning: ${w}`);
    for (const f of report.failed) console.error(`skipped ${f.error}`);
    const reasons = new Map<string, number>();
    for (const s of report.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    const left = [...reasons].map(([r, n]) => `${n} ${r}`).join(', ');
    console.log(`${report.articles} articles, ${report.spans} spans exported as ${format} to ${values.out}` + (left ? `; left out: ${left}` : ''));
    if (report.splits) console.log(`split: ${Object.entries(report.splits).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    if (report.warnings.length) console.log(`${report.warnings.length} spans reported on stderr`);
    return report.failed.length ? 1 : 0;
  },
};

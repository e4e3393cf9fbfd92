import { ArticleError } from '../../core/article';
import { SidecarError } from '../../core/sidecar';
import { createEngine } from '../../engine/engine';
import { pairDocs } from '../../eval/evaluate';
import { EvalInputError, readDocs, type SourceDoc } from '../../eval/readDocs';
import { formatAttributes, formatErrors, formatScores } from '../../eval/report';
import { scoreDocs } from '../../eval/score';
import { parse, UsageError, type Command } from '../usage';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score predictions (or the engine) against gold annotations',
  help: `Usage: biaozhu eval --gold GOLD [--labels L1,L2] [--json] [--errors N] [--ext .txt] [PRED]

Scores exact-match and overlap precision, recall and F1 per label, and all labels pooled.

GOLD and PRED are each either
  a JSONL file, one {"id", "text", "labels", "spans", "neutral"} object a line (only "id" and
    "spans" are needed in PRED; 'biaozhu annotate --jsonl' prints it), or
  a folder of annotated articles (X.txt beside X.txt.ann.json): as gold its accepted spans,
    as predictions its suggested and accepted spans.
Documents are paired by id (in a folder, the article's path relative to it). Without PRED,
the engine annotates the gold texts.

A gold document scores only the labels in its "labels"; a prediction overlapping a neutral
span of its label counts neither way. Where gold spans carry "attrs" (a sidecar's accepted
spans do), each attribute they give is checked on the prediction at the same offsets, and the
agreement printed under the table (value and unit of amounts, dates' values, title and org).

  --labels L1,L2  score only these labels
  --json          print the scores (and errors) as JSON
  --errors N      list up to N false positives and negatives, and N attribute disagreements, with context
  --ext .txt      article file extension in folders`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      gold: { type: 'string' },
      labels: { type: 'string' },
      json: { type: 'boolean' },
      errors: { type: 'string' },
      ext: { type: 'string' },
    });
    if (values.help) return (console.log(this.help), 0);
    if (!values.gold) throw new UsageError('--gold GOLD is required');
    if (positionals.length > 1) throw new UsageError(`one PRED at most, got ${positionals.length}`);
    const errorLimit = values.errors === undefined ? 0 : Number(values.errors);
    if (!Number.isInteger(errorLimit) || errorLimit < 0) throw new UsageError(`--errors takes a count, got '${values.errors}'`);
    const labels = values.labels?.split(',').map((l) => l.trim()).filter(Boolean);
    if (labels && !labels.length) throw new UsageError('--labels is empty');

    let gold: SourceDoc[];
    let pred: SourceDoc[] | undefined;
    try {
      gold = await readDocs(values.gold, 'gold', values.ext);
      if (positionals.length) pred = await readDocs(positionals[0], 'pred', values.ext);
    } catch (err) {
      if (!(err instanceof EvalInputError || err instanceof SidecarError || err instanceof ArticleError)) throw err;
      console.error(`biaozhu eval: ${err.message}`);
      return 1;
    }
    let paired;
    if (pred) {
      paired = await pairDocs(gold, pred);
    } else {
      const engine = createEngine();
      try {
        paired = await pairDocs(gold, engine);
      } finally {
        await engine.dispose();
      }
    }
    const result = scoreDocs(paired.docs, labels);
    const some = (ids: string[]) => ids.slice(0, 5).join(', ') + (ids.length > 5 ? ' ...' : '');
    if (paired.unmatched.length) console.error(`${paired.unmatched.length} gold documents have no prediction (scored as predicting nothing): ${some(paired.unmatched)}`);
    if (paired.extra.length) console.error(`${paired.extra.length} predicted documents have no gold (not scored): ${some(paired.extra)}`);
    if (values.json) {
      const { errors, attrErrors, ...scores } = result;
      console.log(JSON.stringify(errorLimit ? { ...scores, errors: errors.slice(0, errorLimit), attrErrors: attrErrors.slice(0, errorLimit) } : scores, null, 2));
    } else {
      console.log(`${result.docs} document${result.docs === 1 ? '' : 's'}`);
      console.log(formatScores(result));
      const attributes = formatAttributes(result.attributes);
      if (attributes) console.log('\n' + attributes);
      if (errorLimit) console.log('\n' + formatErrors(result, paired.docs, errorLimit));
    }
    return 0;
  },
};

import * as path from 'node:path';
import { readArticle } from '../../core/article';
import { labelNames } from '../../core/labels';
import { anchorSpans } from '../../core/reanchor';
import { readSidecar, sidecarPath } from '../../core/sidecar';
import { checkCorpus, type Finding } from '../../corpus/consistency';
import { EntityIndex, positionAt } from '../../corpus/entityIndex';
import { findArticles } from '../../corpus/files';
import { configFor } from '../corpusConfig';
import { parse, UsageError, type Command } from '../usage';

export const check: Command = {
  name: 'check',
  summary: 'report inconsistent annotations across a corpus',
  help: `Usage: biaozhu check [--ext .txt] [--config FILE] [--json] PATH...

Checks the annotations of the articles under PATH against each other and prints one line per
finding, FILE:LINE:COLUMN (1-based, columns in characters), severity, code and message:
  error        overlapping accepted spans; a label that is not configured
  warning      the same string labeled differently; a span whose text changed (stale);
               overlapping spans involving a suggestion
  information  a string accepted elsewhere but left unlabeled here
Labels come from --config, else from the nearest .biaozhu/config.json at or above the first
PATH, else the defaults (COMPANY, OFFICIAL, DATE, AMOUNT). With --json, prints one finding a
line as JSON (offsets in Unicode code points, end exclusive).

Exit code: 1 when there is an error-level finding or an unreadable file, else 0.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { ext: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' } });
    if (values.help) return (console.log(this.help), 0);
    if (!positionals.length) throw new UsageError('no PATH given');
    const files = await findArticles(positionals, values.ext ?? '.txt').catch((err: Error) => {
      throw new UsageError(err.message);
    });
    const config = await configFor(positionals[0], values.config);
    if (!config) return 1;
    const index = new EntityIndex();
    let failed = 0;
    for (const file of files) {
      try {
        const { text } = await readArticle(file);
        const sidecar = await readSidecar(sidecarPath(file));
        index.update({ path: file, text, spans: sidecar ? anchorSpans(sidecar, text).spans : [], reviewed: sidecar?.reviewed });
      } catch (err) {
        console.error((err as Error).message);
        failed++;
      }
    }
    const findings = checkCorpus(index, { labels: labelNames(config.labels) });
    for (const f of findings) console.log(values.json ? JSON.stringify(f) : formatFinding(f, index));
    const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
    const errors = count('error');
    if (!values.json) {
      const source = config.file ? path.relative(process.cwd(), config.file) : 'default labels';
      console.log(`${files.length} articles checked (${source}): ${errors} error(s), ${count('warning')} warning(s), ${count('information')} note(s)`);
    }
    return errors || failed ? 1 : 0;
  },
};

function formatFinding(f: Finding, index: EntityIndex): string {
  const { line, character } = positionAt(index.document(f.file)!.lineStarts, f.start);
  return `${f.file}:${line + 1}:${character + 1}: ${f.severity} ${f.code}: ${f.message}`;
}

import { anchorSpans } from '../../core/reanchor';
import { readArticle } from '../../core/article';
import { readSidecar, sidecarPath } from '../../core/sidecar';
import { labelNames } from '../../core/labels';
import type { Span } from '../../core/span';
import { findArticles } from '../../corpus/files';
import { countSpans, formatCounts } from '../../corpus/summary';
import { configFor } from '../corpusConfig';
import { parse, UsageError, type Command } from '../usage';

export const stats: Command = {
  name: 'stats',
  summary: 'spans by label and status, and articles with open suggestions',
  help: `Usage: biaozhu stats [--ext .txt] [--config FILE] PATH...

Counts the spans in the sidecars of the articles under PATH by label and status, and
lists the articles that still have open suggestions or no sidecar.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { ext: { type: 'string' }, config: { type: 'string' } });
    if (values.help) return (console.log(this.help), 0);
    if (!positionals.length) throw new UsageError('no PATH given');
    const config = await configFor(positionals[0], values.config);
    if (!config) return 1;
    const files = await findArticles(positionals, values.ext ?? '.txt').catch((err: Error) => {
      throw new UsageError(err.message);
    });
    const all: Span[] = [];
    const open: string[] = [];
    const missing: string[] = [];
    let reviewed = 0;
    let failed = 0;
    for (const file of files) {
      try {
        const sidecar = await readSidecar(sidecarPath(file));
        if (!sidecar) {
          missing.push(file);
          continue;
        }
        const { spans } = anchorSpans(sidecar, (await readArticle(file)).text);
        all.push(...spans);
        if (sidecar.reviewed) reviewed++;
        const n = spans.filter((s) => s.status === 'suggested' && !s.stale).length;
        if (n) open.push(`  ${file}  ${n} open`);
      } catch (err) {
        console.error((err as Error).message);
        failed++;
      }
    }
    console.log(`${files.length} articles, ${files.length - missing.length - failed} annotated, ${reviewed} reviewed`);
    console.log(formatCounts(countSpans(all, labelNames(config.labels))));
    if (open.length) console.log(`articles with open suggestions (${open.length}):\n${open.join('\n')}`);
    if (missing.length) console.log(`articles without a sidecar (${missing.length}):\n${missing.map((f) => '  ' + f).join('\n')}`);
    return failed ? 1 : 0;
  },
};

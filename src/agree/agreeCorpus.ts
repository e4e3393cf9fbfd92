import * as path from 'node:path';
import { readArticle } from '../core/article';
import { anchorSpans } from '../core/reanchor';
import { readSidecar, sidecarPath } from '../core/sidecar';
import { DEFAULT_LABELS } from '../core/span';
import { relativePath } from '../corpus/relativePaths';
import { findArticles } from '../corpus/files';
import { selectSpans, type SpanFilter } from '../formats/render';
import { compareDoc, summarize, type Agreement, type DocComparison } from './agreement';

export interface CorpusAgreement extends Agreement {
  /** Articles compared, by relative path. */
  compared: string[];
  onlyInA: string[];
  onlyInB: string[];
  /** Articles present in both that could not be compared, with the reason. */
  skipped: Array<{ file: string; reason: string }>;
}

const relativeFiles = async (dir: string, ext: string) =>
  new Map((await findArticles([dir], ext)).map((f) => [relativePath(path.resolve(dir), f), f]));

/**
 * Compares the sidecars of the articles two annotators share (matched by path relative to each
 * folder). Articles whose texts differ, or that lack a sidecar on one side, are skipped and named.
 */
export async function agreeCorpus(dirA: string, dirB: string, filter: SpanFilter & { ext?: string } = {}): Promise<CorpusAgreement> {
  const ext = filter.ext ?? '.txt';
  const [a, b] = await Promise.all([relativeFiles(dirA, ext), relativeFiles(dirB, ext)]);
  const compared: string[] = [];
  const skipped: CorpusAgreement['skipped'] = [];
  const docs: DocComparison[] = [];
  for (const rel of [...a.keys()].filter((r) => b.has(r)).sort()) {
    try {
      const [ta, tb] = await Promise.all([readArticle(a.get(rel)!), readArticle(b.get(rel)!)]);
      if (ta.text !== tb.text) {
        skipped.push({ file: rel, reason: 'the article texts differ' });
        continue;
      }
      const [sa, sb] = await Promise.all([readSidecar(sidecarPath(a.get(rel)!)), readSidecar(sidecarPath(b.get(rel)!))]);
      if (!sa || !sb) {
        skipped.push({ file: rel, reason: `no sidecar in ${!sa ? 'A' : 'B'}` });
        continue;
      }
      const spans = (sidecar: typeof sa) =>
        selectSpans(anchorSpans(sidecar, ta.text).spans, filter).map(({ start, end, label, text }) => ({ start, end, label, text }));
      const length = Array.from(ta.text).length;
      docs.push(compareDoc(rel, length, spans(sa), spans(sb)));
      compared.push(rel);
    } catch (err) {
      skipped.push({ file: rel, reason: (err as Error).message });
    }
  }
  return {
    ...summarize(docs, filter.labels?.length ? filter.labels : DEFAULT_LABELS),
    compared,
    onlyInA: [...a.keys()].filter((r) => !b.has(r)).sort(),
    onlyInB: [...b.keys()].filter((r) => !a.has(r)).sort(),
    skipped,
  };
}

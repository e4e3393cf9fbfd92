import { readArticle } from '../core/article';
import { mergeSuggestions } from '../core/merge';
import { anchorSpans } from '../core/reanchor';
import { buildSidecar, readSidecar, serializeSidecar, sidecarPath, writeSidecar } from '../core/sidecar';
import type { Span } from '../core/span';
import type { Engine } from '../engine/engine';

export interface FileResult {
  file: string;
  spans?: Span[];
  /** Whether the sidecar's bytes changed. */
  written?: boolean;
  error?: string;
}

/**
 * Pre-annotates one article: loads and re-anchors its sidecar, merges fresh suggestions, and
 * writes the sidecar only when its bytes change. Errors come back as the result, naming the file.
 */
export async function annotateFile(file: string, engine: Engine): Promise<FileResult> {
  try {
    const { text } = await readArticle(file);
    const scPath = sidecarPath(file);
    const existing = await readSidecar(scPath);
    const anchored = existing ? anchorSpans(existing, text) : undefined;
    const spans = mergeSuggestions(anchored?.spans ?? [], await engine.annotate(text), text);
    const next = buildSidecar(file, text, spans, existing?.reviewed);
    const changed = !existing || serializeSidecar(existing) !== serializeSidecar(next);
    if (changed) await writeSidecar(scPath, next);
    return { file, spans, written: changed };
  } catch (err) {
    return { file, error: (err as Error).message };
  }
}

export interface CorpusProgress {
  done: number;
  total: number;
  file: string;
}

/**
 * Annotates files, `concurrency` at a time (enough to keep every segmenter worker busy),
 * reporting progress as each finishes; `signal` stops starting new files. Results come back in
 * the order of `files` whatever the order of completion, so output stays deterministic.
 */
export async function annotateCorpus(
  files: readonly string[],
  engine: Engine,
  onProgress?: (p: CorpusProgress) => void,
  signal?: AbortSignal,
  concurrency = 1,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < files.length && !signal?.aborted) {
      const i = next++;
      results[i] = await annotateFile(files[i], engine);
      onProgress?.({ done: ++done, total: files.length, file: files[i] });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return results.filter(() => true); // drops the files never started after an abort
}

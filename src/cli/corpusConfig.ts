import { LabelConfigError } from '../core/labels';
import { loadCorpusConfig, readCorpusConfig, type CorpusConfig } from '../corpus/config';

/**
 * The configuration for a command: `file` when given, else the nearest .biaozhu/config.json at or
 * above `start`, else the defaults. An invalid file is reported on stderr (naming the file and the
 * field) and gives undefined; the command then exits 1.
 */
export async function configFor(start: string, file?: string): Promise<CorpusConfig | undefined> {
  try {
    return file ? await readCorpusConfig(file) : await loadCorpusConfig(start);
  } catch (err) {
    if (!(err instanceof LabelConfigError)) throw err;
    console.error(err.message);
    return undefined;
  }
}

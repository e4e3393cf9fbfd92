import * as fs from 'node:fs';
import * as path from 'node:path';

export const SEEDS = path.join(__dirname, '../../../seeds');
const MIN_BYTES = 5 * 1024 * 1024;

/** The bench text: the seed articles, in order, repeated until they make at least 5 MB of UTF-8. */
export function benchCorpus(): string[] {
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  const articles: string[] = [];
  for (let bytes = 0; bytes < MIN_BYTES; ) {
    for (const s of seeds) {
      articles.push(s);
      bytes += Buffer.byteLength(s);
    }
  }
  return articles;
}

import { FileError } from './fileError';
import { promises as fs } from 'node:fs';

/** Files larger than this are refused: a news article is kilobytes, a 50 MB file is a mistake. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export class ArticleError extends FileError {}

export interface Article {
  /** The text that offsets index: the file decoded as UTF-8, BOM removed, line ends kept. */
  text: string;
  hadBom: boolean;
}

/** Decodes article bytes, rejecting binary and non-UTF-8 content with a message naming the file. */
export function decodeArticle(file: string, bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): Article {
  if (bytes.length > maxBytes) {
    throw new ArticleError(file, `too large (${bytes.length} bytes; the limit is ${maxBytes})`);
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new ArticleError(file, 'binary file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, `not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); convert it, e.g. iconv -f GBK -t UTF-8`);
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { text: hadBom ? text.slice(1) : text, hadBom };
}

export async function readArticle(file: string, maxBytes = MAX_ARTICLE_BYTES): Promise<Article> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    throw new ArticleError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (!stat.isFile()) throw new ArticleError(file, 'not a regular file');
  if (stat.size > maxBytes) throw new ArticleError(file, `too large (${stat.size} bytes; the limit is ${maxBytes})`);
  return decodeArticle(file, await fs.readFile(file), maxBytes);
}

/** Byte offset of the first malformed UTF-8 sequence (for the error message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    for (let k = 1; k <= n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

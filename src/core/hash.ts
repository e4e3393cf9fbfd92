import { createHash } from 'node:crypto';

/** Hex SHA-256 of the UTF-8 bytes of `text` (the article text, BOM already removed). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

import { createHash } from 'node:crypto';

export interface SplitSpec {
  /** Percentages summing to 100: train/test, or train/dev/test. */
  parts: number[];
  seed: string;
}

export const SPLIT_NAMES: Record<number, string[]> = { 2: ['train', 'test'], 3: ['train', 'dev', 'test'] };

/** "80/10/10" → [80, 10, 10]; throws an Error saying what is wrong. */
export function parseSplit(spec: string): number[] {
  const parts = spec.split('/').map((p) => (/^\d+(\.\d+)?$/.test(p.trim()) ? Number(p) : NaN));
  if (!(parts.length in SPLIT_NAMES) || parts.some((p) => Number.isNaN(p))) {
    throw new Error(`--split ${spec}: expected TRAIN/TEST or TRAIN/DEV/TEST percentages, e.g. 80/10/10`);
  }
  if (Math.abs(parts.reduce((a, b) => a + b, 0) - 100) > 1e-9) throw new Error(`--split ${spec}: the parts must add up to 100`);
  return parts;
}

/**
 * Assigns each article (by relative path) to a part. Articles are ordered by SHA-256 of the seed
 * and the path, and the parts take consecutive runs of that order sized by largest remainder, so
 * the split is exact in proportion, the same for the same seed and paths, and independent of the
 * order the paths come in. Adding an article moves at most a few others across a boundary.
 */
export function assignSplits(paths: readonly string[], split: SplitSpec): Map<string, string> {
  const names = SPLIT_NAMES[split.parts.length];
  const order = [...new Set(paths)]
    .map((p) => ({ p, h: createHash('sha256').update(`${split.seed}\u0000${p}`).digest('hex') }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const n = order.length;
  const exact = split.parts.map((p) => (p * n) / 100);
  const sizes = exact.map(Math.floor);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const missing = n - sizes.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) sizes[byRemainder[k].i]++;
  const out = new Map<string, string>();
  let at = 0;
  sizes.forEach((size, i) => {
    for (const { p } of order.slice(at, at + size)) out.set(p, names[i]);
    at += size;
  });
  return out;
}

import { LabelName } from '../core/span';
import { UsageError } from './usage';

/** One of `allowed`, or a UsageError naming the option and the choices. */
export function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`${option} is required (${allowed.join(', ')})`);
  }
  if (!allowed.includes(value as T)) throw new UsageError(`${option} ${value}: expected one of ${allowed.join(', ')}`);
  return value as T;
}

/** --labels A,B as a list of valid label names. */
export function labelList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const labels = value.split(',').map((l) => l.trim()).filter(Boolean);
  for (const l of labels) if (!LabelName.safeParse(l).success) throw new UsageError(`--labels: ${JSON.stringify(l)} is not an upper-case label name like COMPANY`);
  if (!labels.length) throw new UsageError('--labels: no label given');
  return labels;
}

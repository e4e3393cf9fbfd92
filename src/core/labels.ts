import { z } from 'zod';
import { checkPattern, MAX_PATTERNS_PER_LABEL, type PatternInput } from './labelPatterns';
import { DEFAULT_LABELS, LabelName } from './span';

/** A label as the user defines it (settings or .biaozhu/config.json). */
export const LabelDefinition = z
  .object({
    name: LabelName,
    /** Highlight color; optional only when the entry overrides one of the default labels. */
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'a color is #rrggbb, e.g. #4e79a7')
      .optional(),
    /** Digit key that applies the label in the editor. */
    key: z.number().int().min(1, 'a key is a digit 1-9').max(9, 'a key is a digit 1-9').optional(),
    description: z.string().max(500).optional(),
    /** Regular expressions (JavaScript, `u` flag) whose matches are suggested with this label. */
    patterns: z.array(z.string()).max(MAX_PATTERNS_PER_LABEL).optional(),
  })
  .strict()
  .superRefine((label, ctx) => {
    label.patterns?.forEach((source, i) => {
      const problem = checkPattern(source);
      if (problem) ctx.addIssue({ code: 'custom', path: ['patterns', i], message: `label ${label.name}: pattern ${JSON.stringify(source)} ${problem}` });
    });
  });
export type LabelDefinition = z.infer<typeof LabelDefinition>;

/** A label with every field filled in: what the editor, the CLI and the checks use. */
export interface Label {
  name: string;
  color: string;
  key?: number;
  description: string;
  patterns: string[];
}

type DefaultName = (typeof DEFAULT_LABELS)[number];

/** The four labels of the annotation guidelines, available without any configuration. */
export const DEFAULT_LABEL_DEFINITIONS: Readonly<Record<DefaultName, Label>> = {
  COMPANY: { name: 'COMPANY', color: '#4e79a7', key: 1, description: 'Business enterprise, corporate group or listed company', patterns: [] },
  OFFICIAL: { name: 'OFFICIAL', color: '#e15759', key: 2, description: 'Personal name of an official or executive whose position the text gives', patterns: [] },
  DATE: { name: 'DATE', color: '#59a14f', key: 3, description: 'Point or period on the calendar or the clock', patterns: [] },
  AMOUNT: { name: 'AMOUNT', color: '#f28e2b', key: 4, description: 'Money, percentage or measured quantity', patterns: [] },
};

export const LabelList = z.array(LabelDefinition).superRefine((labels, ctx) => {
  const names = new Map<string, number>();
  const keys = new Map<number, string>();
  labels.forEach((l, i) => {
    if (names.has(l.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `label ${l.name} is defined twice (entries ${names.get(l.name)} and ${i})` });
    names.set(l.name, i);
    if (!l.color && !(l.name in DEFAULT_LABEL_DEFINITIONS)) {
      ctx.addIssue({ code: 'custom', path: [i, 'color'], message: `label ${l.name} needs a color (#rrggbb): only the default labels have one already` });
    }
    if (l.key !== undefined) {
      const other = keys.get(l.key);
      if (other) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `key ${l.key} of label ${l.name} is already used by ${other}` });
      keys.set(l.key, l.name);
    }
  });
});

/**
 * The defaults followed by the user's labels. A user entry named like a default replaces the
 * fields it gives and keeps the others; a default's key gives way to a user label that claims it.
 */
export function resolveLabels(user: readonly LabelDefinition[] = []): Label[] {
  const claimedKeys = new Set(user.map((l) => l.key));
  const byName = new Map<string, Label>(Object.values(DEFAULT_LABEL_DEFINITIONS).map((d) => [d.name, withKey(d, claimedKeys.has(d.key) ? undefined : d.key)]));
  for (const l of user) {
    const base = byName.get(l.name);
    const label: Label = {
      name: l.name,
      color: l.color ?? base!.color, // LabelList guarantees a color for non-default names
      description: l.description ?? base?.description ?? '',
      patterns: l.patterns ?? [],
    };
    byName.set(l.name, withKey(label, l.key ?? base?.key));
  }
  return [...byName.values()];
}

function withKey({ key: _old, ...label }: Label, key: number | undefined): Label {
  return key === undefined ? label : { ...label, key };
}

/** Names of `labels`, for the checks and the CLI tables. */
export function labelNames(labels: readonly Label[]): string[] {
  return labels.map((l) => l.name);
}

/**
 * The user patterns that may run. Patterns are code the workspace supplies: in an untrusted
 * workspace (VS Code Workspace Trust) none run.
 */
export function activePatterns(labels: readonly Label[], trusted: boolean): PatternInput[] {
  if (!trusted) return [];
  return labels.flatMap((l) => l.patterns.map((source) => ({ label: l.name, source })));
}

/** Bad label configuration; names where it came from (a file or a setting) and the field. */
export class LabelConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.join('; ')}`);
    this.name = 'LabelConfigError';
  }
}

/** zod issues as `field: message` lines, the field written as labels[2].color. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root = ''): string[] {
  return issues.map((i) => {
    const field = i.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), root);
    return `${field || '(root)'}: ${i.message}`;
  });
}

/** Validates a label list from a setting (e.g. `biaozhu.labels`) and resolves it with the defaults. */
export function parseLabels(raw: unknown, source: string): Label[] {
  const result = LabelList.safeParse(raw ?? []);
  if (!result.success) throw new LabelConfigError(source, describeIssues(result.error.issues, 'labels'));
  return resolveLabels(result.data);
}

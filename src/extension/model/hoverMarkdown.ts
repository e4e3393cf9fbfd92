import type { Span } from '../../core/span';

/** What the hover card says about a span besides the span itself. */
export interface HoverFacts {
  /** Shown spans with the same label and text in this article / in the workspace's sidecars. */
  inArticle: number;
  inWorkspace?: number;
  /** COMPANY: other names seen for the same canonical company. */
  aliases?: readonly string[];
  /** Command links, already encoded: `command:biaozhu.accept?...`. */
  links: ReadonlyArray<{ title: string; target: string }>;
  /** Localized field names. */
  words: Record<'status' | 'source' | 'value' | 'occurrences' | 'article' | 'workspace' | 'aliases', string>;
  /** Localized status name. */
  status: string;
}

/**
 * Escapes text for Markdown so that it shows as itself: every ASCII punctuation character that
 * Markdown or HTML could read is backslash-escaped (CommonMark allows it for all of them), and
 * line breaks become spaces. Article text never becomes a link, an image, HTML or a command.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&:"'$%=@^;/?,]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

/** The normalized value of a span as one line: ISO date, amount and unit, title and organization, company name. */
export function normalizedValue(span: Span): string | undefined {
  const a = span.attrs;
  if (!a) return undefined;
  const parts = [a.value, a.unit, a.title, a.org, a.canonical].filter((v) => v !== undefined && v !== '');
  return parts.length ? parts.join(' ') : undefined;
}

/** The hover card in Markdown; all article text escaped. */
export function hoverMarkdown(span: Span, facts: HoverFacts): string {
  const w = facts.words;
  const lines = [`**${escapeMarkdown(span.label)}** \u00b7 ${escapeMarkdown(span.text)}`, ''];
  lines.push(`${w.status}: ${escapeMarkdown(facts.status)} \u00b7 ${w.source}: ${escapeMarkdown(span.source)}`);
  const value = normalizedValue(span);
  if (value) lines.push('', `${w.value}: ${escapeMarkdown(value)}`);
  if (facts.aliases?.length) lines.push('', `${w.aliases}: ${facts.aliases.map(escapeMarkdown).join(', ')}`);
  const counts = [`${w.article} ${facts.inArticle}`];
  if (facts.inWorkspace !== undefined) counts.push(`${w.workspace} ${facts.inWorkspace}`);
  lines.push('', `${w.occurrences}: ${counts.join(' \u00b7 ')}`);
  if (facts.links.length) lines.push('', facts.links.map((l) => `[${escapeMarkdown(l.title)}](${l.target})`).join(' \u00b7 '));
  return lines.join('\n');
}

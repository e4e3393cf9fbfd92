/**
 * The smallest range made of whole tokens that covers [start, end) (all offsets in one unit;
 * tokens sorted and contiguous, as the segmenter returns them). Undefined when it is already
 * on word boundaries or lies outside the tokens.
 */
export function snapToTokens(tokens: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): { start: number; end: number } | undefined {
  const first = tokens.find((t) => t.start <= start && start < t.end);
  const last = tokens.find((t) => t.start < end && end <= t.end);
  if (!first || !last) return undefined;
  const snapped = { start: first.start, end: last.end };
  return snapped.start === start && snapped.end === end ? undefined : snapped;
}

import { OffsetMap } from '../../../src/core/offsets';
import { makeSpan, type Span, type SpanAttrs, type SpanStatus } from '../../../src/core/span';

export interface Mark {
  text: string;
  label: string;
  status?: SpanStatus;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
  attrs?: SpanAttrs;
}

/** Spans over `text` placed by searching for each mark's string, offsets in code points. */
export function spansFor(text: string, marks: readonly Mark[]): Span[] {
  const map = new OffsetMap(text);
  return marks.map((m) => {
    let u = -1;
    for (let k = 0; k <= (m.nth ?? 0); k++) {
      u = text.indexOf(m.text, u + 1);
      if (u === -1) throw new Error(`fixture: occurrence ${m.nth ?? 0} of ${m.text} not in text`);
    }
    const start = map.toCodePoint(u);
    const end = map.toCodePoint(u + m.text.length);
    return makeSpan({ start, end, label: m.label, source: 'test', ...(m.attrs ? { attrs: m.attrs } : {}) }, map, m.status ?? 'accepted');
  });
}

import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/offsets';
import { anchorSpans } from '../../../src/core/reanchor';
import { buildSidecar } from '../../../src/core/sidecar';
import { makeSpan, sortSpans, type Span } from '../../../src/core/span';

/** Spans on every occurrence of each needle in `text`. */
function annotate(text: string, needles: Array<[string, string]>): Span[] {
  const map = new OffsetMap(text);
  const cps = [...text];
  const out: Span[] = [];
  for (const [needle, label] of needles) {
    const n = [...needle].length;
    for (let i = 0; i + n <= cps.length; i++) {
      if (cps.slice(i, i + n).join('') === needle) out.push(makeSpan({ start: i, end: i + n, label, source: 'manual' }, map, 'accepted'));
    }
  }
  return sortSpans(out);
}

function check(spans: Span[], text: string): void {
  const map = new OffsetMap(text);
  for (const s of spans.filter((x) => !x.stale)) assert.equal(map.slice(s.start, s.end), s.text, `span ${s.id} sits on its own text`);
}

const OLD = '济南市委书记刘强会见了华为公司董事徐直军。\n徐直军表示，华为将加大投资。\n刘强说，欢迎华为。';

describe('re-anchoring spans after the article changed', () => {
  it('leaves spans alone when the text is the one they were saved for', () => {
    const spans = annotate(OLD, [['华为', 'COMPANY'], ['刘强', 'OFFICIAL']]);
    const r = anchorSpans(buildSidecar('a.txt', OLD, spans), OLD);
    assert.deepEqual(r, { spans, moved: 0, stale: 0 });
  });

  it('moves every span by the length of text inserted before it, even across 𠮷 and emoji', () => {
    const spans = annotate(OLD, [['华为', 'COMPANY'], ['刘强', 'OFFICIAL'], ['徐直军', 'OFFICIAL']]);
    const inserted = '【独家😀𠮷】\r\n';
    const NEW = inserted + OLD;
    const r = anchorSpans(buildSidecar('a.txt', OLD, spans), NEW);
    const shift = [...inserted].length;
    assert.equal(r.stale, 0);
    assert.equal(r.moved, spans.length);
    assert.deepEqual(r.spans.map((s) => [s.id, s.start]), spans.map((s) => [s.id, s.start + shift]));
    check(r.spans, NEW);
  });

  it('flags a span whose text was deleted as stale, keeps it, and moves no other span onto different text', () => {
    const spans = annotate(OLD, [['华为', 'COMPANY'], ['徐直军', 'OFFICIAL']]);
    const NEW = OLD.replace('徐直军表示，华为将加大投资。\n', '');
    const r = anchorSpans(buildSidecar('a.txt', OLD, spans), NEW);
    assert.equal(r.spans.length, spans.length, 'nothing is dropped');
    const stale = r.spans.filter((s) => s.stale);
    assert.deepEqual(stale.map((s) => [s.text, s.start]), [
      ['徐直军', OLD.indexOf('徐直军表示')],
      ['华为', OLD.indexOf('华为将')],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
    const live = r.spans.filter((s) => !s.stale);
    assert.deepEqual(live.map((s) => s.start), [NEW.indexOf('华为公司'), NEW.indexOf('徐直军。'), NEW.indexOf('华为。')]);
    check(r.spans, NEW);
  });

  it('keeps each occurrence of a repeated string on its own occurrence when the text around them changes', () => {
    const spans = annotate(OLD, [['华为', 'COMPANY']]);
    // An edit between the occurrences shifts only the later ones; each finds its own context.
    const NEW = OLD.replace('徐直军表示，', '徐直军在会上表示，今年');
    const r = anchorSpans(buildSidecar('a.txt', OLD, spans), NEW);
    const starts = [...NEW.matchAll(/华为/g)].map((m) => m.index);
    assert.deepEqual(r.spans.map((s) => s.start), starts);
    assert.deepEqual(r.spans.map((s) => s.id), spans.map((s) => s.id), 'the first stays first, the last stays last');
    assert.equal(r.stale, 0);
  });

  it('does not move a span onto another mention whose context does not match', () => {
    const text = '甲公司宣布：华为将在济南建设研究院。';
    const spans = annotate(text, [['华为', 'COMPANY']]);
    const NEW = '乙方称：与华为无关的传闻不实，双方无合作。';
    const r = anchorSpans(buildSidecar('a.txt', text, spans), NEW);
    assert.equal(r.stale, 1);
    assert.equal(r.spans[0].start, spans[0].start, 'a stale span keeps its old offsets');
  });

  it('keeps a span in a short text on its own text where it was, when that is its only occurrence', () => {
    const text = '华为与百度签约。';
    const spans = annotate(text, [['华为', 'COMPANY'], ['百度', 'COMPANY']]);
    const r = anchorSpans(buildSidecar('a.txt', text, spans), '华为与京东签约。');
    const byText = new Map(r.spans.map((s) => [s.text, s]));
    assert.deepEqual([byText.get('华为')?.start, byText.get('华为')?.stale], [0, undefined], '华为 is still there, at the same place');
    assert.equal(byText.get('百度')?.stale, true, '百度 is gone: stale, not moved');
  });

  it('does not trust the same place when the text occurs there among others', () => {
    const text = '华为与百度签约。';
    const spans = annotate(text, [['华为', 'COMPANY']]);
    const r = anchorSpans(buildSidecar('a.txt', text, spans), '华为称，京东华为均无此事。');
    assert.equal(r.stale, 1);
  });
});

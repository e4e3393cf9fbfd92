import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/offsets';
import { makeSpan, type Span } from '../../../src/core/span';
import { AnnotationStore } from '../../../src/extension/model/annotationStore';
import { seeded } from './liveOffsets.test';

function storeFor(text: string, spans: Span[]) {
  const doc = { text };
  const store = new AnnotationStore(text, spans, (s, e) => new OffsetMap(doc.text).slice(s, e));
  /** Edits in code points, like a user typing; keeps doc.text in step. */
  const edit = (start: number, end: number, ins: string) => {
    const map = new OffsetMap(doc.text);
    const u = map.toUtf16(start);
    const ue = map.toUtf16(end);
    doc.text = doc.text.slice(0, u) + ins + doc.text.slice(ue);
    return store.applyTextEdit(u, ue - u, ins);
  };
  return { doc, store, edit };
}

const span = (text: string, s: number, e: number, label: string, status: Span['status'] = 'accepted') =>
  makeSpan({ start: s, end: e, label, source: 'test' }, new OffsetMap(text), status);

describe('AnnotationStore following edits', () => {
  const text = '𠮷野家宣布，百度集团与京东在2025年5月15日签约';
  // 百度集团 at 6-10, 京东 at 11-13, 2025年5月15日 at 14-24 (code points; 𠮷 is one)
  const base = () => [span(text, 6, 10, 'COMPANY'), span(text, 11, 13, 'COMPANY', 'suggested'), span(text, 14, 24, 'DATE')];

  it('shifts later spans by an insertion before them, counting 𠮷 and emoji as one', () => {
    const { doc, store, edit } = storeFor(text, base());
    edit(0, 0, '😀新闻：');
    for (const s of store.live()) assert.equal(new OffsetMap(doc.text).slice(s.start, s.end), s.text, s.label);
    assert.deepEqual(store.live().map((s) => s.start), [10, 15, 18]);
  });

  it('does not grow a span when typing right after it, and pushes it when typing right before it', () => {
    const { store, edit } = storeFor(text, base());
    edit(10, 10, '的');
    assert.deepEqual([store.live()[0].start, store.live()[0].end], [6, 10]);
    edit(6, 6, '和');
    assert.deepEqual([store.live()[0].start, store.live()[0].end], [7, 11]);
  });

  it('grows an accepted span typed inside and refreshes its text; drops a suggestion typed inside', () => {
    const { store, edit } = storeFor(text, base());
    edit(8, 8, '控股');
    const company = store.live().find((s) => s.start === 6)!;
    assert.equal(company.text, '百度控股集团');
    edit(14, 14, 'X'); // inside 京东 (now at 13-15)
    assert.ok(!store.live().some((s) => s.status === 'suggested'), 'the suggestion should be dropped');
  });

  it('cuts deleted text out of a span and makes an accepted span deleted entirely stale', () => {
    const { store, edit } = storeFor(text, base());
    edit(8, 12, ''); // deletes 集团与京
    assert.equal(store.live()[0].text, '百度');
    edit(6, 8, ''); // deletes 百度
    assert.ok(!store.live().some((s) => s.label === 'COMPANY' && s.status === 'accepted'));
    assert.equal(store.all().filter((s) => s.stale).length, 1);
  });

  it('keeps every span on its text through 300 random edits in a CRLF text with astral characters', () => {
    const rnd = seeded(11);
    const t = '第一段：百度集团\r\n第二段：𠮷野家与京东\r\n😀第三段：2025年5月15日';
    const spans = [span(t, 4, 8, 'COMPANY'), span(t, 14, 17, 'COMPANY', 'suggested'), span(t, 18, 20, 'COMPANY', 'rejected'), span(t, 27, 37, 'DATE')];
    const { doc, store, edit } = storeFor(t, spans);
    for (let i = 0; i < 300; i++) {
      const n = [...doc.text].length;
      const a = Math.floor(rnd() * (n + 1));
      const b = Math.min(n, a + (rnd() < 0.3 ? Math.floor(rnd() * 3) : 0));
      edit(a, b, ['', '字', '𠮷', '\r\n', '😀a'][Math.floor(rnd() * 5)]);
      const map = new OffsetMap(doc.text);
      for (const s of store.live()) {
        assert.ok(s.start < s.end, `empty span after edit ${i}`);
        assert.equal(map.slice(s.start, s.end), s.text, `span text after edit ${i}`);
      }
    }
  });
});

describe('AnnotationStore annotation changes', () => {
  const text = '百度与百度集团合作，京东也在。百度';

  it('accepts, relabels and undoes in reverse order', () => {
    const { store } = storeFor(text, [span(text, 0, 2, 'COMPANY', 'suggested')]);
    const id = store.live()[0].id;
    store.setStatus([id], 'accepted');
    store.setLabel(id, 'OFFICIAL');
    assert.equal(store.byId(id)?.label, 'OFFICIAL');
    assert.ok(store.undo());
    assert.deepEqual([store.byId(id)?.label, store.byId(id)?.status], ['COMPANY', 'accepted']);
    assert.ok(store.undo());
    assert.equal(store.byId(id)?.status, 'suggested');
    assert.equal(store.undo(), false);
  });

  it('undo keeps the offsets a span moved to since the change', () => {
    const { store, edit } = storeFor(text, [span(text, 3, 7, 'COMPANY', 'suggested')]);
    const id = store.live()[0].id;
    store.setStatus([id], 'accepted');
    edit(0, 0, '今天');
    store.undo();
    assert.deepEqual([store.byId(id)?.start, store.byId(id)?.status, store.byId(id)?.text], [5, 'suggested', '百度集团']);
  });

  it('labels a selection over a suggestion it cuts across, and undo brings the suggestion back', () => {
    const { store } = storeFor(text, [span(text, 3, 5, 'COMPANY', 'suggested')]);
    assert.equal(store.label([{ start: 3, end: 7 }], 'COMPANY', 'annotator'), 1);
    assert.deepEqual(store.live().map((s) => [s.text, s.status]), [['百度集团', 'accepted']]);
    store.undo();
    assert.deepEqual(store.live().map((s) => [s.text, s.status]), [['百度', 'suggested']]);
  });

  it('replacing suggestions keeps accepted and rejected spans and never repeats a rejection', () => {
    const { store } = storeFor(text, [span(text, 0, 2, 'COMPANY', 'rejected'), span(text, 10, 12, 'COMPANY')]);
    const fresh = [span(text, 0, 2, 'COMPANY', 'suggested'), span(text, 10, 12, 'COMPANY', 'suggested'), span(text, 15, 17, 'COMPANY', 'suggested')];
    store.replaceSuggestions(0, [...text].length, fresh);
    assert.deepEqual(store.live().map((s) => [s.start, s.status]), [[0, 'rejected'], [10, 'accepted'], [15, 'suggested']]);
    assert.equal(new Set(store.all().map((s) => s.id)).size, store.all().length, 'ids must stay unique');
  });

  it('replacing the suggestions of one paragraph leaves the other paragraphs alone', () => {
    const t = '百度\n京东\n华为\n';
    const { store } = storeFor(t, [span(t, 0, 2, 'COMPANY', 'suggested'), span(t, 3, 5, 'COMPANY', 'suggested'), span(t, 6, 8, 'COMPANY', 'suggested')]);
    store.replaceSuggestions(3, 5, []);
    assert.deepEqual(store.live().map((s) => s.text), ['百度', '华为']);
    store.replaceSuggestions(3, 5, [span(t, 3, 5, 'DATE', 'suggested')]);
    assert.deepEqual(store.live().map((s) => `${s.text}:${s.label}`), ['百度:COMPANY', '京东:DATE', '华为:COMPANY']);
  });
});

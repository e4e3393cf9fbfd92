// The editor suggests a long article's first lines on their own, then the whole article, whose
// suggestions replace them (documentState.ts). With the real engine in its worker and the store
// the editor merges into, the two passes must end where one run over the whole text does.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OffsetMap } from '../../../src/core/offsets';
import { makeSpan, spanId, type Span, type SpanDraft } from '../../../src/core/span';
import { createEngine, type ProjectEngine } from '../../../src/engine/engine';
import { AnnotationStore } from '../../../src/extension/model/annotationStore';

const SEEDS = path.join(__dirname, '../../../../seeds');

/** Suggestions as the editor stores them: code points, ids from what they cover. */
function suggestions(drafts: readonly SpanDraft[], text: string): Span[] {
  const map = new OffsetMap(text);
  return drafts.map((d) => {
    const s = makeSpan(d, map);
    return { ...s, id: spanId(s.label, s.start, s.end, s.text) };
  });
}

describe('a long article suggested in two passes', function () {
  this.timeout(60_000);
  let engine: ProjectEngine | undefined;
  after(() => engine?.dispose());

  it("ends with exactly the suggestions of one run over the whole text, none of the first pass's left", async () => {
    const lines = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8').split('\n').filter((l) => l.trim()));
    let text = '';
    for (let i = 0; text.length < 12_000; i++) text += lines[i % lines.length] + '\n';
    let first = '';
    for (const line of text.split('\n')) {
      if (first.length + line.length >= 2_000) break;
      first += line + '\n';
    }
    const map = new OffsetMap(text);
    const store = new AnnotationStore(text, [], (s, e) => map.slice(s, e));
    engine = createEngine();
    const firstLook = suggestions(await engine.annotate(first), first);
    store.replaceSuggestions(0, new OffsetMap(first).length, firstLook);
    assert.ok(firstLook.length > 10 && store.all().length === firstLook.length, 'the first pass suggested the first lines');
    const whole = suggestions(await engine.annotate(text), text);
    store.replaceSuggestions(0, map.length, whole);
    const key = (s: Span) => `${s.label} ${s.start}-${s.end} ${s.text}`;
    assert.deepEqual(store.all().map(key), whole.map(key));
    assert.ok(whole.some((s) => s.start > map.length / 2), 'the whole pass reached the second half');
  });
});

// Pure parts of the editor's corpus workflow: bringing back or dropping a stale span (the
// consistency quick fixes), and the manifest and translations the corpus features rely on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OffsetMap } from '../../../src/core/offsets';
import { LabelName, makeSpan, type Span } from '../../../src/core/span';
import { FIX_TITLES, MESSAGES } from '../../../src/corpus/consistency';
import { AnnotationStore } from '../../../src/extension/model/annotationStore';

const repo = path.resolve(__dirname, '../../../..'); // out/test/unit/extension -> repo root
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(repo, f), 'utf8'));

describe('AnnotationStore.resolveStale', () => {
  const text = '𠮷报：华为与百度签约。';
  const map = new OffsetMap(text);
  const stale = (): Span => ({ ...makeSpan({ start: 3, end: 5, label: 'COMPANY', source: 'test' }, map, 'accepted'), start: 40, end: 42, stale: true });
  const store = () => new AnnotationStore(text, [stale()], (s, e) => map.slice(s, e));

  it('brings a stale span back where its text is found again, with that text', () => {
    const s = store();
    let changes = 0;
    s.onDidChange(() => changes++);
    assert.equal(s.live().length, 0);
    assert.ok(s.resolveStale(stale().id, { start: 3, end: 5 }));
    assert.deepEqual(s.live().map((x) => [x.start, x.end, x.text, x.stale]), [[3, 5, '华为', undefined]]);
    assert.equal(s.all().filter((x) => x.stale).length, 0);
    assert.equal(changes, 1);
  });

  it('drops a stale span when no place is given, and refuses an id that is not stale', () => {
    const s = store();
    assert.ok(s.resolveStale(stale().id));
    assert.deepEqual(s.all(), []);
    assert.equal(s.resolveStale(stale().id), false);
  });
});

describe('corpus workflow manifest and translations', () => {
  const manifest = readJson('package.json');
  const zh = readJson('media/l10n/bundle.l10n.zh-cn.json');

  it('translates every consistency message and quick-fix title into Simplified Chinese, keeping the placeholders', () => {
    for (const template of [...Object.values(MESSAGES), ...Object.values(FIX_TITLES)]) {
      assert.ok(zh[template], `media/l10n/bundle.l10n.zh-cn.json lacks "${template}"`);
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(zh[template]), placeholders(template), template);
    }
  });

  it('declares biaozhu.labels with a schema that agrees with the zod label definition', () => {
    const labels = manifest.contributes.configuration.properties['biaozhu.labels'];
    const item = labels.items;
    assert.deepEqual(item.required, ['name']);
    assert.deepEqual(Object.keys(item.properties).sort(), ['color', 'description', 'key', 'name', 'patterns']);
    const name = new RegExp(item.properties.name.pattern);
    for (const n of ['COMPANY', 'PRODUCT_2', 'X']) assert.equal(name.test(n), LabelName.safeParse(n).success, n);
    for (const n of ['company', '2X', 'A-B', '']) assert.equal(name.test(n), LabelName.safeParse(n).success, n);
  });

  it('limits untrusted workspaces to no label patterns, and activates on news-article documents', () => {
    const u = manifest.capabilities.untrustedWorkspaces;
    assert.equal(u.supported, 'limited');
    assert.deepEqual(u.restrictedConfigurations, ['biaozhu.labels']);
    assert.ok(manifest.activationEvents.includes('onLanguage:news-article'));
  });

  it('has an activity-bar view container with an icon from media/ and the entities view in it', () => {
    const [container] = manifest.contributes.viewsContainers.activitybar;
    assert.ok(fs.existsSync(path.join(repo, container.icon)), container.icon);
    assert.ok(container.icon.startsWith('media/'));
    assert.deepEqual(manifest.contributes.views[container.id].map((v: { id: string }) => v.id), ['biaozhu.entities']);
  });
});

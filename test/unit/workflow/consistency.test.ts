import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/offsets';
import { DEFAULT_LABELS } from '../../../src/core/span';
import { checkCorpus, checkDocument, fixTitle, formatMessage, MESSAGES, type Finding } from '../../../src/corpus/consistency';
import { EntityIndex } from '../../../src/corpus/entityIndex';
import { planLabelAll } from '../../../src/corpus/labelAll';
import { spansFor, type Mark } from './fixtures';

const options = { labels: DEFAULT_LABELS };

function indexOf(docs: Record<string, [string, Mark[]]>): EntityIndex {
  const index = new EntityIndex();
  for (const [path, [text, marks]] of Object.entries(docs)) index.update({ path, text, spans: spansFor(text, marks) });
  return index;
}

/** Findings as [file, code, covered text, severity] for compact assertions. */
function summary(index: EntityIndex, findings: Finding[]): Array<[string, string, string, string]> {
  return findings.map((f) => [f.file, f.code.replace('biaozhu.', ''), new OffsetMap(index.document(f.file)!.text).slice(f.start, f.end), f.severity]);
}

describe('consistency checks', () => {
  it('flags a minority label against the corpus majority, with a relabel fix', () => {
    const index = indexOf({
      'a.txt': ['华为与济南签约。', [{ text: '华为', label: 'COMPANY' }]],
      'b.txt': ['华为发布新品。', [{ text: '华为', label: 'COMPANY' }]],
      'c.txt': ['华为说。', [{ text: '华为', label: 'OFFICIAL' }]],
      'd.txt': ['华为来了。', [{ text: '华为', label: 'OFFICIAL', status: 'suggested' }]],
    });
    const findings = checkCorpus(index, options);
    assert.deepEqual(summary(index, findings), [
      ['c.txt', 'conflictingLabel', '华为', 'warning'],
      ['d.txt', 'conflictingLabel', '华为', 'warning'],
    ]);
    assert.equal(findings[0].message, '"华为" is labeled OFFICIAL here but COMPANY in 2 of its 3 accepted mentions');
    assert.deepEqual(findings[0].fixes, [
      { kind: 'relabel', spanId: index.document('c.txt')!.spans[0].id, label: 'COMPANY' },
    ]);
    assert.equal(findings[0].spanId, index.document('c.txt')!.spans[0].id);
  });

  it('flags both sides of a tie', () => {
    const index = indexOf({
      'a.txt': ['小米发布。', [{ text: '小米', label: 'COMPANY' }]],
      'b.txt': ['小米说。', [{ text: '小米', label: 'OFFICIAL' }]],
    });
    assert.deepEqual(
      checkCorpus(index, options).map((f) => [f.file, f.fixes]),
      [
        ['a.txt', [{ kind: 'relabel', spanId: index.document('a.txt')!.spans[0].id, label: 'OFFICIAL' }]],
        ['b.txt', [{ kind: 'relabel', spanId: index.document('b.txt')!.spans[0].id, label: 'COMPANY' }]],
      ],
    );
  });

  it('finds whole unlabeled occurrences of accepted strings, longest first, not inside labeled spans', () => {
    const index = indexOf({
      'a.txt': [
        '华为技术有限公司董事徐直军宣布投资50亿元。华为很忙。',
        [
          { text: '华为技术有限公司', label: 'COMPANY' },
          { text: '徐直军', label: 'OFFICIAL' },
          { text: '50亿元', label: 'AMOUNT' },
          { text: '华为', label: 'COMPANY', nth: 1 },
        ],
      ],
      'b.txt': [
        // 华为技术有限公司 unlabeled (one finding, not one more for the 华为 inside it);
        // 150亿元 is not 50亿元; 华为 at the end is labeled; 徐直军说 has 徐直军 unlabeled.
        '华为技术有限公司将投资150亿元,另投50亿元。徐直军说,华为',
        [{ text: '华为', label: 'COMPANY', nth: 1 }],
      ],
    });
    const findings = checkDocument(index, 'b.txt', options);
    assert.deepEqual(summary(index, findings), [
      ['b.txt', 'unlabeledOccurrence', '华为技术有限公司', 'information'],
      ['b.txt', 'unlabeledOccurrence', '50亿元', 'information'],
      ['b.txt', 'unlabeledOccurrence', '徐直军', 'information'],
    ]);
    assert.deepEqual(findings[1].fixes, [{ kind: 'label', start: 19, end: 23, label: 'AMOUNT' }]);
    assert.deepEqual(checkDocument(index, 'a.txt', options), [], 'the article that defines them is consistent');
  });

  it('does not report an occurrence the annotator rejected, or strings below the minimum length', () => {
    const index = indexOf({
      'a.txt': ['京东和百度。', [{ text: '京东', label: 'COMPANY' }, { text: '百', label: 'AMOUNT' }]],
      'b.txt': ['京东商城里的京东。百', [{ text: '京东', label: 'COMPANY', status: 'rejected' }]],
    });
    assert.deepEqual(summary(index, checkDocument(index, 'b.txt', options)), [['b.txt', 'unlabeledOccurrence', '京东', 'information']]);
    assert.equal(checkDocument(index, 'b.txt', { ...options, minLength: 3 }).length, 0);
    assert.equal(checkDocument(index, 'b.txt', { ...options, minLength: 1 }).length, 2);
  });

  it('picks up a newly accepted string without rebuilding anything by hand', () => {
    const index = indexOf({
      'a.txt': ['比亚迪发布。', []],
      'b.txt': ['比亚迪和京东。', []],
    });
    assert.deepEqual(checkCorpus(index, options), []);
    const text = '比亚迪发布。';
    index.update({ path: 'a.txt', text, spans: spansFor(text, [{ text: '比亚迪', label: 'COMPANY' }]) });
    assert.deepEqual(summary(index, checkCorpus(index, options)), [['b.txt', 'unlabeledOccurrence', '比亚迪', 'information']]);
  });

  it('reports overlapping spans: an error between accepted spans, a warning with a suggestion', () => {
    const text = '百度集团创始人李彦宏';
    const index = indexOf({
      'a.txt': [
        text,
        [
          { text: '百度集团', label: 'COMPANY' },
          { text: '集团创始人', label: 'OFFICIAL' },
        ],
      ],
      'b.txt': [
        text,
        [
          { text: '百度集团', label: 'COMPANY' },
          { text: '百度', label: 'COMPANY', status: 'suggested' },
        ],
      ],
    });
    const findings = checkCorpus(index, options).filter((f) => f.code === 'biaozhu.overlappingSpans');
    assert.deepEqual(summary(index, findings), [
      ['a.txt', 'overlappingSpans', '集团', 'error'],
      ['b.txt', 'overlappingSpans', '百度', 'warning'],
    ]);
    const b = index.document('b.txt')!.spans;
    const suggested = b.find((s) => s.status === 'suggested')!;
    assert.deepEqual(findings[1].fixes[0], { kind: 'remove', spanId: suggested.id }, 'the suggestion is removed first');
    assert.equal(findings[1].fixes.length, 2);
  });

  it('reports stale spans with a fix that re-anchors to the nearest occurrence, in code points', () => {
    const old = '𠮷刘强会见徐子阳。';
    const [liu, xu] = spansFor(old, [
      { text: '刘强', label: 'OFFICIAL' },
      { text: '徐子阳', label: 'OFFICIAL' },
    ]);
    const text = '😀😀据报道,刘强会见。'; // 刘强 moved, 徐子阳 gone
    const index = new EntityIndex();
    index.update({ path: 'a.txt', text, spans: [liu, { ...xu, stale: true }] });
    const findings = checkDocument(index, 'a.txt', options);
    assert.deepEqual(
      findings.map((f) => [f.code, f.start, f.end, f.fixes]),
      [
        ['biaozhu.staleSpan', 1, 3, [{ kind: 'reanchor', spanId: liu.id, start: 6, end: 8 }, { kind: 'remove', spanId: liu.id }]],
        ['biaozhu.staleSpan', 5, 8, [{ kind: 'remove', spanId: xu.id }]],
      ],
    );
    const title = fixTitle(findings[0].fixes[0], index.document('a.txt')!);
    assert.equal(formatMessage(title.template, title.args), 'Move the span to "刘强" at 1:7');
  });

  it('reports labels that are not configured, suggesting a near name', () => {
    const text = '华为与百度';
    const index = indexOf({
      'a.txt': [
        text,
        [
          { text: '华为', label: 'COMPNAY' },
          { text: '百度', label: 'BRAND' },
        ],
      ],
    });
    const findings = checkDocument(index, 'a.txt', options).filter((f) => f.code === 'biaozhu.unknownLabel');
    assert.equal(findings.length, 2);
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].message, 'Unknown label COMPNAY; the configured labels are COMPANY, OFFICIAL, DATE, AMOUNT');
    assert.deepEqual(findings[0].fixes.map((f) => (f.kind === 'relabel' ? f.label : f.kind)), ['COMPANY', 'remove']);
    assert.deepEqual(findings[1].fixes.map((f) => f.kind), ['remove']);
    assert.deepEqual(checkDocument(index, 'a.txt', { labels: [...DEFAULT_LABELS, 'BRAND', 'COMPNAY'] }), []);
  });

  it('gives every message as an l10n template with arguments', () => {
    const index = indexOf({ 'a.txt': ['华为', [{ text: '华为', label: 'X' }]] });
    const [f] = checkDocument(index, 'a.txt', options);
    assert.equal(f.template, MESSAGES['biaozhu.unknownLabel']);
    assert.equal(formatMessage(f.template, f.args), f.message);
    assert.ok(Object.values(MESSAGES).every((m) => /\{0\}/.test(m)));
  });

  it('scales to hundreds of articles with thousands of accepted strings', () => {
    // 400 articles; each accepts 10 of 3000 distinct names and mentions 5 more without labels.
    const names = Array.from({ length: 3000 }, (_, i) => `名${String.fromCharCode(0x4e00 + (i % 500))}${String.fromCharCode(0x5000 + Math.floor(i / 500))}司`);
    const index = new EntityIndex();
    let planted = 0;
    for (let d = 0; d < 400; d++) {
      const labeled = Array.from({ length: 10 }, (_, k) => names[(d * 10 + k) % 3000]);
      const unlabeled = Array.from({ length: 5 }, (_, k) => names[(d * 7 + k * 13 + 1500) % 3000]).filter((n) => !labeled.includes(n));
      planted += unlabeled.length;
      const text = [...labeled, ...unlabeled].map((n) => `今天${n}发布公告。`).join('\n');
      index.update({ path: `doc${String(d).padStart(3, '0')}.txt`, text, spans: spansFor(text, labeled.map((n) => ({ text: n, label: 'COMPANY' }))) });
    }
    assert.equal(index.acceptedTexts().size, 3000);
    const findings = checkCorpus(index, options);
    assert.equal(findings.length, planted);
    assert.ok(findings.every((f) => f.code === 'biaozhu.unlabeledOccurrence'));
  });
});

describe('label all occurrences', () => {
  it('plans spans for unlabeled occurrences only, across articles, in code points', () => {
    const index = indexOf({
      'a.txt': ['𠮷华为与华为技术有限公司', [{ text: '华为技术有限公司', label: 'COMPANY' }]],
      'b.txt': ['华为,华为。', [{ text: '华为', label: 'COMPANY', status: 'rejected' }]],
      'c.txt': ['没有', []],
    });
    const plan = planLabelAll(index, '华为', 'COMPANY');
    assert.deepEqual([...plan], [
      ['a.txt', [{ start: 1, end: 3, label: 'COMPANY', source: 'label-all' }]],
      ['b.txt', [{ start: 3, end: 5, label: 'COMPANY', source: 'label-all' }]],
    ]);
    assert.equal(planLabelAll(index, '华为', 'OFFICIAL').get('b.txt')!.length, 2, 'rejected as COMPANY, not as OFFICIAL');
  });
});

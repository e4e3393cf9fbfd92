import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkPattern, PatternRunner } from '../../../src/core/labelPatterns';
import { activePatterns, DEFAULT_LABEL_DEFINITIONS, LabelConfigError, labelNames, parseLabels, resolveLabels } from '../../../src/core/labels';
import { withPatterns } from '../../../src/corpus/patternEngine';
import { CONFIG_PATH, findCorpusConfig, loadCorpusConfig, parseCorpusConfig, readCorpusConfig } from '../../../src/corpus/config';

describe('labels', () => {
  it('has the four default labels with colors and keys out of the box', () => {
    const labels = resolveLabels();
    assert.deepEqual(labelNames(labels), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT']);
    assert.deepEqual(labels.map((l) => [l.color, l.key]), [
      ['#4e79a7', 1],
      ['#e15759', 2],
      ['#59a14f', 3],
      ['#f28e2b', 4],
    ]);
  });

  it('adds user labels and lets an entry override fields of a default', () => {
    const labels = parseLabels(
      [
        { name: 'PRODUCT', color: '#aabbcc', key: 5, description: 'Products' },
        { name: 'DATE', color: '#000000' },
        { name: 'GOV', color: '#123456', key: 1 },
      ],
      'settings: biaozhu.labels',
    );
    assert.deepEqual(labelNames(labels), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT', 'PRODUCT', 'GOV']);
    const by = Object.fromEntries(labels.map((l) => [l.name, l]));
    assert.equal(by.DATE.color, '#000000');
    assert.equal(by.DATE.key, 3, 'unchanged fields are kept');
    assert.equal(by.DATE.description, DEFAULT_LABEL_DEFINITIONS.DATE.description);
    assert.equal(by.GOV.key, 1);
    assert.equal(by.COMPANY.key, undefined, 'a default gives its key to the user label that claims it');
    assert.equal(by.PRODUCT.key, 5);
  });

  it('reports bad entries naming the source and the field', () => {
    const bad = (raw: unknown) => {
      try {
        parseLabels(raw, 'settings: biaozhu.labels');
      } catch (err) {
        assert.ok(err instanceof LabelConfigError);
        return err.message;
      }
      assert.fail('expected an error');
    };
    assert.match(bad([{ name: 'product', color: '#aabbcc' }]), /^settings: biaozhu.labels: labels\[0\]\.name: a label is an upper-case name/);
    assert.match(bad([{ name: 'PRODUCT', color: 'red' }]), /labels\[0\]\.color: a color is #rrggbb/);
    assert.match(bad([{ name: 'PRODUCT' }]), /labels\[0\]\.color: label PRODUCT needs a color/);
    assert.match(bad([{ name: 'PRODUCT', color: '#aabbcc', key: 12 }]), /labels\[0\]\.key: a key is a digit 1-9/);
    assert.match(bad([{ name: 'A', color: '#aabbcc', key: 5 }, { name: 'B', color: '#aabbcc', key: 5 }]), /labels\[1\]\.key: key 5 of label B is already used by A/);
    assert.match(bad([{ name: 'A', color: '#aabbcc' }, { name: 'A', color: '#aabbcc' }]), /labels\[1\]\.name: label A is defined twice/);
    assert.match(bad([{ name: 'A', color: '#aabbcc', colour: '#aabbcc' }]), /labels\[0\]: Unrecognized key: "colour"/);
  });

  it('runs user patterns only in a trusted workspace', () => {
    const labels = parseLabels([{ name: 'STOCK', color: '#aabbcc', patterns: ['\\d{6}'] }], 'test');
    assert.deepEqual(activePatterns(labels, true), [{ label: 'STOCK', source: '\\d{6}' }]);
    assert.deepEqual(activePatterns(labels, false), []);
  });
});

describe('label pattern safety', () => {
  it('rejects patterns that backtrack catastrophically', () => {
    for (const p of ['(a+)+$', '(a*)*b', '(?:\\d+)*x', '(a|aa)+', '([a-z]+\\s?)*$', '(?<n>a+){2,}', '(\\w)\\1', '\\k<x>(?<x>a)', 'a*b*c*d*e*f', '(a?a?)*', '(?:(?:ab)+c)+']) {
      assert.ok(checkPattern(p), `${p} should be rejected`);
    }
    assert.match(checkPattern('(a+)+$')!, /nested quantifiers/);
    assert.match(checkPattern('(\\w)\\1')!, /backreference/);
  });

  it('accepts ordinary patterns', () => {
    for (const p of ['\\d+(?:\\.\\d+)?亿元', '[A-Z]{2,5}', '(?:股份|集团)有限公司', '\\p{Script=Han}{2,4}公司', '(ab){3}', '[(+*]+', 'a\\+b+']) {
      assert.equal(checkPattern(p), undefined, p);
    }
  });

  it('reports an invalid or oversized pattern', () => {
    assert.match(checkPattern('(abc')!, /not a valid regular expression/);
    assert.match(checkPattern('a'.repeat(201))!, /longer than 200/);
    assert.match(checkPattern('')!, /empty/);
  });

  it('finds matches per line, in code points, with CRLF line ends', async () => {
    const runner = new PatternRunner([
      { label: 'STOCK', source: '\\d{6}' },
      { label: 'AMOUNT', source: '\\d+亿元$' },
    ]);
    try {
      const text = '𠮷ST曙光(600303)\r\n投资50亿元\r\n😀'; // $ matches before \r\n
      const result = await runner.match(text);
      assert.deepEqual(
        result.drafts.map((d) => [d.label, d.start, d.end, [...text].slice(d.start, d.end).join('')]),
        [
          ['STOCK', 6, 12, '600303'],
          ['AMOUNT', 17, 21, '50亿元'],
        ],
      );
      assert.equal(result.timedOut, false);
    } finally {
      await runner.dispose();
    }
  });

  it('stops a pattern that exceeds its time budget and keeps working afterwards', async () => {
    // Four unbounded quantifiers pass the static check but are O(n^5) on a failing line.
    const runner = new PatternRunner([{ label: 'X', source: '\\d*\\d*\\d*\\d*x' }], { timeoutMs: 200, maxLineLength: 5000 });
    try {
      const started = Date.now();
      const slow = await runner.match('1'.repeat(3000));
      assert.equal(slow.timedOut, true);
      assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
      const fast = await runner.match('12x');
      assert.deepEqual(fast.drafts.map((d) => [d.start, d.end]), [[0, 3]]);
    } finally {
      await runner.dispose();
    }
  });

  it('skips lines over the length cap', async () => {
    const runner = new PatternRunner([{ label: 'X', source: 'ab' }], { maxLineLength: 10 });
    try {
      const result = await runner.match(`${'ab'.repeat(10)}\nab`);
      assert.equal(result.skippedLines, 1);
      assert.deepEqual(result.drafts.map((d) => d.start), [21]);
    } finally {
      await runner.dispose();
    }
  });

  it('refuses to run an unchecked catastrophic pattern', () => {
    assert.throws(() => new PatternRunner([{ label: 'X', source: '(a+)+$' }]), /label X: pattern "\(a\+\)\+\$" repeats a group that itself contains a quantifier/);
  });
});

describe('corpus config file', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'biaozhu-config-'));
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  async function writeConfig(json: string): Promise<string> {
    const file = path.join(root, CONFIG_PATH);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, json);
    return file;
  }

  it('is found from any folder or file below the corpus root', async () => {
    const file = await writeConfig(JSON.stringify({ labels: [{ name: 'PRODUCT', color: '#aabbcc' }] }));
    await fs.mkdir(path.join(root, 'a', 'b'), { recursive: true });
    await fs.writeFile(path.join(root, 'a', 'b', 'x.txt'), '华为');
    assert.equal(await findCorpusConfig(path.join(root, 'a', 'b')), file);
    assert.equal(await findCorpusConfig(path.join(root, 'a', 'b', 'x.txt')), file);
    const config = await loadCorpusConfig(path.join(root, 'a'));
    assert.equal(config.file, file);
    assert.deepEqual(labelNames(config.labels), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT', 'PRODUCT']);
  });

  it('gives the default labels when there is no config file', async () => {
    const config = await loadCorpusConfig(root);
    assert.equal(config.file, undefined);
    assert.deepEqual(labelNames(config.labels), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT']);
    const missing = path.join(root, 'missing.json');
    await assert.rejects(readCorpusConfig(missing), { message: `${missing}: no such file` }, 'a file named explicitly must exist');
  });

  it('reports a catastrophic or invalid pattern with the file and the label name', async () => {
    const file = await writeConfig(JSON.stringify({ labels: [{ name: 'STOCK', color: '#aabbcc', patterns: ['\\d{6}', '(a+)+$'] }, { name: 'TICKER', color: '#aabbcc', patterns: ['[A-Z'] }] }));
    await assert.rejects(readCorpusConfig(file), (err: Error) => {
      assert.ok(err instanceof LabelConfigError);
      assert.ok(err.message.startsWith(`${file}: `), err.message);
      assert.match(err.message, /labels\[0\]\.patterns\[1\]: label STOCK: pattern "\(a\+\)\+\$" repeats a group that itself contains a quantifier/);
      assert.match(err.message, /labels\[1\]\.patterns\[0\]: label TICKER: pattern "\[A-Z" is not a valid regular expression/);
      return true;
    });
  });

  it('reports invalid JSON and unknown fields naming the file', () => {
    assert.throws(() => parseCorpusConfig('/c/.biaozhu/config.json', '{ labels: [] }'), /^LabelConfigError: \/c\/.biaozhu\/config.json: invalid JSON/);
    assert.throws(() => parseCorpusConfig('/c/.biaozhu/config.json', '{"lables": []}'), /\/c\/.biaozhu\/config.json: \(root\): Unrecognized key: "lables"/);
  });
});

describe('engine with label patterns', () => {
  it('adds pattern matches where the engine has no suggestion, and warns when patterns time out', async () => {
    const engine = { annotate: async () => [{ start: 0, end: 2, label: 'COMPANY', source: 'dict' }], dispose: async () => undefined };
    const warnings: string[] = [];
    const combined = withPatterns(engine, [{ label: 'CODE', source: '[A-Z]{2}[0-9]+' }], (m) => warnings.push(m));
    try {
      const drafts = await combined.annotate('华为AB12与CD34');
      assert.deepEqual(drafts.map((d) => [d.label, d.start, d.end, d.source]), [
        ['COMPANY', 0, 2, 'dict'],
        ['CODE', 2, 6, 'pattern'],
        ['CODE', 7, 11, 'pattern'],
      ]);
      const overlapping = await combined.annotate('AB12');
      assert.deepEqual(overlapping.map((d) => d.label), ['COMPANY'], 'the engine wins over an overlapping match');
      assert.equal(warnings.length, 0);
    } finally {
      await combined.dispose();
    }
    const slow = withPatterns(engine, [{ label: 'X', source: '\\d*\\d*\\d*\\d*x' }], (m) => warnings.push(m), { timeoutMs: 100, maxLineLength: 5000 });
    try {
      assert.deepEqual((await slow.annotate('1'.repeat(3000))).map((d) => d.source), ['dict']);
      assert.match(warnings[0], /ran out of time/);
    } finally {
      await slow.dispose();
    }
    assert.equal(withPatterns(engine, [], () => undefined), engine, 'no patterns, no worker');
  });
});

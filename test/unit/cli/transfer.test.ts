import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copySeeds, runCli, tempDir } from '../formats/corpusFixture';

// Exit codes of export, import and agree: 0 done, 1 data problems, 2 usage errors.

describe('CLI: export, import, agree exit codes', () => {
  const seeds = copySeeds();
  const out = path.join(tempDir(), 'x');

  const usage: Array<[string, string[], RegExp]> = [
    ['export without --format', ['export', seeds, '-o', out], /--format is required/],
    ['export with an unknown format', ['export', '--format', 'xml', seeds, '-o', out], /--format xml: expected one of doccano, label-studio, spacy, brat, conll, hf/],
    ['export without -o', ['export', '--format', 'doccano', seeds], /-o OUT is required/],
    ['export without PATH', ['export', '--format', 'doccano', '-o', out], /no PATH given/],
    ['export of a missing path', ['export', '--format', 'doccano', '-o', out, '/no/such/dir'], /no such file or folder/],
    ['export with a bad --split', ['export', '--format', 'doccano', seeds, '-o', out, '--split', '80/30'], /add up to 100/],
    ['export --seed without --split', ['export', '--format', 'doccano', seeds, '-o', out, '--seed', '3'], /--seed needs --split/],
    ['export --scheme for doccano', ['export', '--format', 'doccano', seeds, '-o', out, '--scheme', 'bioes'], /--scheme applies to conll and hf only/],
    ['export with a bad --status', ['export', '--format', 'doccano', seeds, '-o', out, '--status', 'some'], /--status some: expected one of accepted, all/],
    ['export with a lower-case label', ['export', '--format', 'doccano', seeds, '-o', out, '--labels', 'company'], /not an upper-case label name/],
    ['export with an unknown option', ['export', '--format', 'doccano', seeds, '-o', out, '--frobnicate'], /Unknown option '--frobnicate'/],
    ['export --offsets for conll', ['export', '--format', 'conll', seeds, '-o', out, '--offsets', 'utf16'], /--offsets applies to doccano only/],
    ['export --offsets with a bad value', ['export', '--format', 'doccano', seeds, '-o', out, '--offsets', 'bytes'], /--offsets bytes: expected one of codepoint, utf16/],
    ['import of spacy (not importable)', ['import', '--format', 'spacy', seeds], /expected one of doccano, label-studio, brat, conll/],
    ['import without PATH', ['import', '--format', 'doccano'], /no PATH given/],
    ['import into a missing folder', ['import', '--format', 'doccano', '--into', '/no/such/dir', seeds], /--into \/no\/such\/dir: no such folder/],
    ['agree with one folder', ['agree', seeds], /expected two folders DIR_A DIR_B, got 1/],
    ['agree with a file', ['agree', seeds, path.join(seeds, '000_fc6b42334b8616f8.txt')], /not a folder/],
  ];
  for (const [what, args, message] of usage) {
    it(`${what} → exit 2 with a message`, () => {
      const r = runCli(args);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, new RegExp(`Run 'biaozhu ${args[0]} --help'`));
    });
  }

  for (const command of ['export', 'import', 'agree']) {
    it(`${command} --help → exit 0 with the usage`, () => {
      const r = runCli([command, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: biaozhu ${command} `));
    });
  }

  it('the command list names export, import and agree', () => {
    const r = runCli(['--help']);
    for (const c of ['export', 'import', 'agree']) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
  });

  it('export of articles without sidecars exits 0 and says they were left out', () => {
    const r = runCli(['export', '--format', 'doccano', seeds, '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^0 articles, 0 spans exported as doccano .* left out: 5 no sidecar \(not annotated\)/);
  });

  it('export that would overwrite an article is refused', () => {
    const r = runCli(['export', '--format', 'doccano', seeds, '-o', path.join(seeds, '000_fc6b42334b8616f8.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /would overwrite an article or sidecar/);
  });
});

describe('CLI: output and corpus checks', () => {
  it('export of a single-file format to an existing folder is refused with a message', () => {
    const r = runCli(['export', '--format', 'doccano', copySeeds(), '-o', tempDir()]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /is a folder; this export writes one file \(a folder with --split\)/);
  });

  it('import reports an unreadable article in the corpus and still imports into the others', () => {
    const dir = copySeeds();
    writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const text = readFileSync(path.join(dir, '000_fc6b42334b8616f8.txt'), 'utf8');
    const input = path.join(tempDir(), 'in.jsonl');
    writeFileSync(input, JSON.stringify({ text, label: [[0, 2, 'COMPANY']] }) + '\n');
    const r = runCli(['import', '--format', 'doccano', '--into', dir, input]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /skipped .*broken\.txt: binary file/);
    assert.match(r.stdout, /1 spans imported/);
  });
});

// The manifest facts the integration smoke test and the packaged extension rely on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../..'); // out/test/unit -> repo root
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));

describe('package.json manifest', () => {
  it('activates on plaintext documents', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
  });

  it('points main at the built bundle', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(fs.existsSync(path.join(repo, manifest.main)), 'dist/extension.js missing: run node esbuild.js');
  });
});

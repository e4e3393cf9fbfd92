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

describe('package.json contributions', () => {
  const nls = JSON.parse(fs.readFileSync(path.join(repo, 'package.nls.json'), 'utf8'));
  const zh = JSON.parse(fs.readFileSync(path.join(repo, 'package.nls.zh-cn.json'), 'utf8'));
  const placeholders = JSON.stringify(manifest.contributes).match(/%[\w.]+%/g) ?? [];

  it('has an English and a Simplified Chinese string for every %placeholder%', () => {
    for (const p of placeholders) {
      const key = p.slice(1, -1);
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(zh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
  });

  it('puts every command in category Biaozhu and binds only declared commands', () => {
    const ids = new Set(manifest.contributes.commands.map((c: { command: string; category: string }) => (assert.equal(c.category, 'Biaozhu'), c.command)));
    for (const k of manifest.contributes.keybindings) assert.ok(ids.has(k.command), `keybinding for undeclared ${k.command}`);
    for (const m of manifest.contributes.menus['editor/context']) assert.ok(ids.has(m.command), `menu item for undeclared ${m.command}`);
  });

  it('translates every runtime string of src/extension into Simplified Chinese', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(repo, 'media', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
    const dir = path.join(repo, 'src', 'extension');
    const strings = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]));
    assert.ok(strings.length > 20);
    for (const s of strings) assert.ok(bundle[s], `media/l10n/bundle.l10n.zh-cn.json lacks "${s}"`);
  });
});

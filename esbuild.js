// Builds the extension, the CLI and the segmenter worker into dist/ (bundled), and with
// --tests transpiles src/ and test/ file by file into out/ for mocha and the VS Code suite.
// nodejieba is native (and assigns undeclared globals), so it is never bundled.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: ['vscode', 'nodejieba'],
  logLevel: 'warning',
};

const bundles = [
  { entryPoints: { extension: 'src/extension/extension.ts' } },
  { entryPoints: { cli: 'src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { segmenterWorker: 'src/engine/segmenter/segmenterWorker.ts' } },
];

function tsFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

async function main() {
  const builds = bundles.map((b) => ({ ...common, ...b, outdir: 'dist' }));
  if (tests) {
    builds.push({
      entryPoints: [...tsFiles('src'), ...tsFiles('test')],
      outdir: 'out',
      outbase: '.',
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true,
      logLevel: 'warning',
    });
  }
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// Entry point VS Code calls inside the extension host (extensionTestsPath), both under
// @vscode/test-electron (runTest.ts) and under the offline code-server harness
// (test/harness/run-vscode-tests.js). Runs every out/test/integration/**/*.test.js with mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return e.name.endsWith('.test.js') ? [p] : [];
  });
}

export async function run(): Promise<void> {
  // No colours: the output travels through the workbench log to the harness and CI logs.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  // Tagged tests are opt-in: @zh-cn needs the display language zh-cn (BIAOZHU_LOCALE=zh-cn, npm
  // run test:vscode:zh-cn), @bench measures latencies (BIAOZHU_ONLY=bench, npm run bench). A
  // tagged run takes only its tests; the default run leaves all tagged ones out.
  const only = process.env.BIAOZHU_LOCALE || process.env.BIAOZHU_ONLY;
  mocha.grep(only ? `@${only}` : /@(zh-cn|bench)\b/);
  if (!only) mocha.invert();
  const root = path.resolve(__dirname, '..'); // out/test/integration
  const files = testFiles(root).sort();
  if (files.length === 0) throw new Error(`no *.test.js under ${root}`);
  for (const f of files) mocha.addFile(f);
  // mocha.run() takes a callback; mocha 10+ also loads files asynchronously first.
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((n) => resolve(n));
    runner.on('end', () => {
      const s = runner.stats;
      // The harness repeats this line as the last line of `npm test`.
      console.log(`[integration] ${s?.passes ?? 0} passed, ${s?.failures ?? 0} failed, ${s?.pending ?? 0} pending`);
    });
  });
  // Rejecting is how run() tells VS Code the suite failed (exit code 1).
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}

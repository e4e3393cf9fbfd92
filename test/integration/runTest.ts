// The standard way to run the integration suite, for machines with internet: @vscode/test-electron
// downloads VS Code and runs suite/index.ts inside its extension host. CI here is offline and uses
// test/harness/run-vscode-tests.js (code-server) instead; both load the same suite.
// Run: node esbuild.js --tests && npm run test:electron   (xvfb-run -a on a headless Linux box)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '../../..'); // out/test/integration -> repo root
  // A throwaway copy of the seed articles: a stray keystroke in the test window must not edit them.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'biaozhu-ws-'));
  fs.cpSync(path.join(repo, 'seeds'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out/test/integration/suite/index.js'),
      // A real folder so the smoke test can open a seed file; no other extensions interfere.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { BIAOZHU_TEST: '1' },
    });
  } catch (err) {
    console.error('integration tests failed:', err);
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();

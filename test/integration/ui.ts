// Lets a test in the extension host ask the harness for browser-level actions on the workbench
// it runs in (open a file from the Explorer, press keys, show hover / quick fix, screenshot).
// The request travels as a console line (the workbench forwards extension-host logs to the
// harness); the answer comes back as a file in BIAOZHU_UI_DIR. Only the code-server harness
// sets BIAOZHU_UI_DIR: under @vscode/test-electron, tests using this should skip (uiAvailable).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface UiRequest {
  open?: string; // file name to click in the Explorer
  expectText?: string; // wait until the active editor renders this text
  focus?: boolean;
  keys?: string[]; // playwright key names, e.g. 'Control+K'
  hover?: boolean; // Ctrl+K Ctrl+I at the cursor
  quickFix?: boolean; // Ctrl+.
  waitFor?: string; // CSS selector
  screenshot?: string; // name of out/screenshots/<name>.png
  readText?: string; // CSS selector: its rendered text comes back as `text`
}

export interface UiResult {
  ok: boolean;
  error?: string;
  screenshot?: string; // absolute path of the PNG
  hover?: string | null; // text of the hover widget, null if none showed
  quickFix?: string | null; // text of the quick-fix menu, null if none showed
  text?: string; // rendered text of readText's element
}

export const uiAvailable = !!process.env.BIAOZHU_UI_DIR;
let counter = 0;

export async function requestUi(req: UiRequest, timeoutMs = 45_000): Promise<UiResult> {
  const dir = process.env.BIAOZHU_UI_DIR;
  if (!dir) throw new Error('BIAOZHU_UI_DIR is not set: UI requests need the code-server harness');
  const id = `${process.pid}-${++counter}`;
  const answer = path.join(dir, `${id}.json`);
  console.log(`[biaozhu-ui] ${JSON.stringify({ id, ...req })}`);
  const end = Date.now() + timeoutMs;
  while (!fs.existsSync(answer)) {
    if (Date.now() > end) throw new Error(`no answer from the harness to UI request ${id} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return JSON.parse(fs.readFileSync(answer, 'utf8')) as UiResult;
}

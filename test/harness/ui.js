// Browser-level actions on a VS Code workbench page (playwright-core), i.e. what a person sees.
// Used by run-vscode-tests.js to serve UI requests from the integration suite (see
// test/integration/ui.ts), and reusable from any other playwright script.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const EDITOR_LINES = '.editor-group-container.active .monaco-editor .view-lines';

/** Clicks a file in the Explorer (Ctrl+P was unreliable here) and waits for its editor tab. */
async function openInExplorer(page, fileName, timeout = 15_000) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileName}"], ` +
    `.explorer-folders-view .monaco-list-row:has(.label-name:text-is("${fileName}"))`).first();
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"], .tabs-container .tab.active:has-text("${fileName}")`)
    .first().waitFor({ state: 'visible', timeout });
  await page.locator(EDITOR_LINES).first().waitFor({ state: 'visible', timeout });
}

/** Waits until the active editor shows `text` (rendered lines, not the model). */
async function waitForEditorText(page, text, timeout = 15_000) {
  await page.waitForFunction(
    ([sel, t]) => [...document.querySelectorAll(sel)].some((e) => e.textContent.replace(/\u00a0/g, ' ').includes(t)),
    [EDITOR_LINES, text],
    { timeout },
  );
}

/** Focuses the active editor without clicking (a click would move the cursor the suite set). */
async function focusEditor(page) {
  // Chromium editors take input through an EditContext div; older ones through a textarea.
  await page.locator('.editor-group-container.active .monaco-editor :is(.native-edit-context, textarea.inputarea)').first().focus();
}

/** Presses key chords in order, e.g. ['Control+K', 'Control+I'] (show hover at the cursor). */
async function pressKeys(page, keys) {
  for (const k of keys) {
    await page.keyboard.press(k);
    await page.waitForTimeout(150); // chords need the first key to be seen before the second
  }
}

/** Ctrl+K Ctrl+I: hover at the cursor. Resolves to the hover's text, or null if none showed. */
async function showHover(page, timeout = 5_000) {
  await pressKeys(page, ['Control+K', 'Control+I']);
  return visibleText(page, '.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden)', timeout);
}

/** Ctrl+.: quick-fix menu. Resolves to the menu's text, or null if no menu showed. */
async function openQuickFix(page, timeout = 5_000) {
  await pressKeys(page, ['Control+.']);
  const text = await visibleText(page, '.action-widget', timeout);
  if (text) return text;
  // Now and then the widget opens before the editor has its actions and stays empty: once more, as a user would.
  await page.keyboard.press('Escape');
  await pressKeys(page, ['Control+.']);
  return visibleText(page, '.action-widget', timeout);
}

async function visibleText(page, selector, timeout) {
  const el = page.locator(selector).first();
  const shown = await el.waitFor({ state: 'visible', timeout }).then(() => true, () => false);
  if (!shown) return null;
  // A widget shows before its items arrive (code actions are computed after Ctrl+.): wait for them.
  const deadline = Date.now() + timeout;
  let text = (await el.innerText()).trim();
  while (!text && Date.now() < deadline) {
    await page.waitForTimeout(100);
    text = (await el.innerText().catch(() => '')).trim();
  }
  return text;
}

/** Saves a PNG of the whole workbench under `dir`; returns its path. */
async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.waitForTimeout(300); // let the last paint (hover fade-in, cursor) settle
  await page.screenshot({ path: file });
  return file;
}

/**
 * Runs one request from the suite. Steps run in order; any failing step fails the request.
 *   { open?: 'file.txt', expectText?: '...', focus?: true, keys?: ['Control+.'],
 *     hover?: true, quickFix?: true, waitFor?: 'css selector', screenshot?: 'name' }
 * Returns { ok: true, screenshot?, hover?: text|null, quickFix?: text|null } or throws.
 */
async function perform(page, req, screenshotDir) {
  const res = { ok: true };
  if (req.open) await openInExplorer(page, req.open);
  if (req.expectText) await waitForEditorText(page, req.expectText);
  if (req.focus || req.keys || req.hover || req.quickFix) await focusEditor(page);
  if (req.keys) await pressKeys(page, req.keys);
  if (req.hover) res.hover = await showHover(page);
  if (req.quickFix) res.quickFix = await openQuickFix(page);
  if (req.waitFor) await page.locator(req.waitFor).first().waitFor({ state: 'visible', timeout: 10_000 });
  if (req.readText) res.text = await page.locator(req.readText).first().innerText({ timeout: 10_000 });
  res.focused = await page.evaluate(() => document.activeElement && document.activeElement.className);
  if (req.screenshot) res.screenshot = await screenshot(page, screenshotDir, req.screenshot);
  if (req.hover || req.quickFix) await page.keyboard.press('Escape'); // leave no widget open
  return res;
}

module.exports = { openInExplorer, waitForEditorText, focusEditor, pressKeys, showHover, openQuickFix, screenshot, perform };

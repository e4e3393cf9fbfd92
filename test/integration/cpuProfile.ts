// Who used the extension host's thread while the bench typed: a V8 CPU profile taken in-process
// (node:inspector), its samples attributed to Biaozhu's bundle, VS Code's own code, other
// extensions, GC and idle, plus the longest stretch of consecutive busy samples and what was
// in it. This separates the latency Biaozhu causes from everything else sharing the host.
import * as inspector from 'node:inspector';

type Profile = {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string } }>;
  samples: number[];
  timeDeltas: number[];
};

export type Attribution = Record<'biaozhu' | 'vscode' | 'otherExtensions' | 'gc' | 'idle' | 'other', number>;

export class CpuProfile {
  private readonly session = new inspector.Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 500 });
    await this.post('Profiler.start');
  }

  /** Stops and attributes: total ms per category, and the longest busy stretch (ms) by category. */
  async stop(ours: string): Promise<{ total: Attribution; longestBusyMs: number; longestBusy: Attribution; longestBusyOurs: Record<string, number> }> {
    const { profile } = (await this.post('Profiler.stop')) as { profile: Profile };
    this.session.disconnect();
    const kind = new Map(profile.nodes.map((n) => [n.id, classify(n.callFrame, ours)]));
    const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || '(anonymous)']));
    const total = empty();
    let run = empty();
    let runMs = 0;
    // Our functions' own time within the stretch: where to look when it is long.
    let ownRun = new Map<string, number>();
    let best = { ms: 0, by: empty(), ours: ownRun };
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000; // the delta after a sample is the time it stands for
      const k = kind.get(id) ?? 'other';
      total[k] += ms;
      if (k === 'idle') {
        run = empty();
        runMs = 0;
        ownRun = new Map();
        return;
      }
      run[k] += ms;
      runMs += ms;
      if (k === 'biaozhu') ownRun.set(name.get(id)!, (ownRun.get(name.get(id)!) ?? 0) + ms);
      if (runMs > best.ms) best = { ms: runMs, by: { ...run }, ours: new Map(ownRun) };
    });
    const top = [...best.ours].sort((a, b) => b[1] - a[1]).slice(0, 5);
    return {
      total: rounded(total),
      longestBusyMs: Math.round(best.ms * 10) / 10,
      longestBusy: rounded(best.by),
      longestBusyOurs: Object.fromEntries(top.map(([f, ms]) => [f, Math.round(ms * 10) / 10])),
    };
  }

  private post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) => this.session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  }
}

function classify(frame: { url: string; functionName: string }, ours: string): keyof Attribution {
  if (frame.functionName === '(idle)') return 'idle';
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (frame.url.startsWith(ours) || frame.url.includes('/dist/extension.js')) return 'biaozhu';
  if (/extensions[/\\]/.test(frame.url)) return 'otherExtensions';
  if (frame.url.includes('/out/vs/') || frame.url.includes('extensionHostProcess')) return 'vscode';
  return 'other';
}

function empty(): Attribution {
  return { biaozhu: 0, vscode: 0, otherExtensions: 0, gc: 0, idle: 0, other: 0 };
}

function rounded(a: Attribution): Attribution {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Math.round(v * 10) / 10])) as Attribution;
}

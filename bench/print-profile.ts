// Prints a V8 CPU profile (CDP Profiler.stop) as a 250 ms timeline of the busiest call chains
// and the functions with the most self time: enough to see where a page's seconds go.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export function printProfile(profile: CpuProfile): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const buckets = new Map<number, Map<string, number>>();
  let t = profile.startTime;
  samples.forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    t += deltas[i] ?? 0;
    const node = nodes.get(id)!;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const chain: string[] = [];
    for (let at: number | undefined = id; at !== undefined && chain.length < 4; at = parentOf.get(at)) {
      const name = nodes.get(at)!.callFrame.functionName;
      if (name) chain.push(name);
    }
    const b = Math.floor((t - profile.startTime) / 250_000);
    const bucket = buckets.get(b) ?? new Map<string, number>();
    bucket.set(chain.join(' < '), (bucket.get(chain.join(' < ')) ?? 0) + ms);
    buckets.set(b, bucket);
  });
  console.log('timeline (250 ms steps, busiest call chains):');
  for (const [b, m] of [...buckets].sort((x, y) => x[0] - y[0])) {
    const top = [...m].sort((x, y) => y[1] - x[1]).slice(0, 3);
    console.log(`${String(b * 250).padStart(6)} ms  ${top.map(([k, v]) => `${v.toFixed(0)} ${k.slice(0, 80)}`).join(' | ')}`);
  }
  console.log('\ntop self time:');
  for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
}

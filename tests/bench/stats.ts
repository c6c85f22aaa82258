/** Timing with warm-up, p50/p95, CPU time beside wall time, and the machine's load. */
import os from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Sample {
  p50: number;
  p95: number;
  /** CPU time of this process (user + system) per run, median, in ms. */
  cpu: number;
  runs: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

/** Runs `fn` `warmup` times untimed, then `runs` times; wall and CPU per run. */
export async function sample(fn: () => unknown, runs = 20, warmup = 3): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { p50: quantile(wall, 0.5), p95: quantile(wall, 0.95), cpu: quantile(cpu, 0.5), runs };
}

/** Several samplers run round-robin (A B A B …) so that load from other programs falls on all alike. */
export async function interleaved(fns: Record<string, () => unknown>, runs = 20, warmup = 3): Promise<Record<string, Sample>> {
  const names = Object.keys(fns);
  for (let i = 0; i < warmup; i++) for (const n of names) await fns[n]!();
  const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      const c = process.cpuUsage();
      const t = performance.now();
      await fns[n]!();
      wall[n]!.push(performance.now() - t);
      const d = process.cpuUsage(c);
      cpu[n]!.push((d.user + d.system) / 1000);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { p50: quantile(wall[n]!, 0.5), p95: quantile(wall[n]!, 0.95), cpu: quantile(cpu[n]!, 0.5), runs }]));
}

export function machine() {
  return { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', load: os.loadavg().map((x) => Math.round(x * 100) / 100), node: process.version, freeMemMb: Math.round(os.freemem() / 1048576) };
}

import { performance } from 'node:perf_hooks';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Each case run `runs` times through the host as a screen would call it; the median in ms, by "label (ms)". */
export async function timeCases(
  call: (name: string, input: unknown) => Promise<unknown>,
  cases: readonly [label: string, name: string, input: unknown][],
  runs = 15,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [label, name, input] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await call(name, input);
      times.push(performance.now() - t);
    }
    out[`${label} (ms)`] = median(times);
  }
  return out;
}

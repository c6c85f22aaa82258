import { describe, expect, it } from 'vitest';
import { contractFixture, packageFixture, runContractProperty, runPackageProperty } from './property';

// Fixed seed, modest counts; `npm run fuzz` runs the same properties longer and prints counts.
describe('properties (fast-check, seed 16)', () => {
  it('a mutated package, re-signed or not, never crashes, never writes when refused, never touches records its signer does not own', async () => {
    const fx = await packageFixture();
    const counts = await runPackageProperty(fx, { seed: 16, numRuns: 60 });
    expect(counts.runs).toBe(60);
    // Both sides were exercised: some mutations are refused, and the property still held.
    expect(counts.refused).toBeGreaterThan(10);
  }, 60_000);

  it('a random input to every contract call never crashes, never shows a stack trace, never writes when refused', async () => {
    const fx = await contractFixture();
    const counts = await runContractProperty(fx, { seed: 16, runsPerCall: 2 });
    expect(counts.runs).toBeGreaterThan(200);
  }, 120_000);
});

// `npm run fuzz [-- --runs N --seed S]`: the unit suite's properties (tests/unit/exchange/property.ts)
// with more runs and a chosen seed; prints what was tried and how it ended. Exit 1 on a violation.
process.env.TZ = 'Asia/Ho_Chi_Minh';
import { parseArgs } from 'node:util';
import { contractFixture, packageFixture, runContractProperty, runPackageProperty, type Counts } from '../unit/exchange/property';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1000' }, seed: { type: 'string', default: String(Date.now() % 1_000_000) } } });
const runs = Number(values.runs);
const seed = Number(values.seed);

const show = (label: string, c: Counts, ms: number) => {
  const codes = Object.entries(c.byCode).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`${label}: ${c.runs} runs in ${(ms / 1000).toFixed(1)} s; ${c.accepted} accepted, ${c.refused} refused (${codes || 'none'})`);
};

async function main() {
  console.log(`fuzz: seed ${seed}, ${runs} package mutations, ${Math.max(1, Math.round(runs / 50))} inputs per contract call`);
  let t = Date.now();
  show('packages', await runPackageProperty(await packageFixture(), { seed, numRuns: runs }), Date.now() - t);
  t = Date.now();
  show('contract calls', await runContractProperty(await contractFixture(), { seed, runsPerCall: Math.max(1, Math.round(runs / 50)) }), Date.now() - t);
  console.log('no crash, no stack trace, no write on refusal, no record changed by a signer that does not own it');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  const cause = (e as { cause?: unknown }).cause;
  if (cause) console.error(`cause: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exit(1);
});

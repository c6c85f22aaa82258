// Property runs shared by the unit suite (fixed seed, modest counts: property.test.ts) and the
// larger `npm run fuzz` (tests/fuzz/run.ts). No vitest import: a violated property throws.
// Properties: a mutated package (bytes or fields, re-signed by a trusted sender or not) and a
// random input to any contract call never crash (no INTERNAL error), never show a stack trace,
// never write when refused; and a trusted commune's package never changes a record it does not own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { api, type ApiErrorShape } from '../../../src-shared/api';
import { PACKAGE_KINDS, type Envelope, type ExchangeRecord } from '../../../src-shared/exchange/envelope';
import { RECORD_TYPES } from '../../../src-shared/records';
import { tempDir } from '../helpers';
import { dump, exportFrom, pair, read, resign, site, trust, type Site } from './pair';

export interface Counts {
  runs: number;
  accepted: number;
  refused: number;
  byCode: Record<string, number>;
}

const STACK = /\n\s+at |\bat [\w.<>]+ \(|\.[cm]?[jt]s:\d+|\b(?:Type|Range|Reference|Syntax)Error\b|undefined is not|Cannot read prop/;

function check(label: string, r: { ok: boolean; error?: ApiErrorShape }, before: string, after: () => string, counts: Counts): void {
  counts.runs++;
  if (r.ok) {
    counts.accepted++;
    return;
  }
  const e = r.error!;
  counts.refused++;
  counts.byCode[e.code] = (counts.byCode[e.code] ?? 0) + 1;
  if (e.code === 'INTERNAL') throw new Error(`${label}: crashed (INTERNAL)`);
  if (typeof e.message !== 'string' || !e.message.trim() || STACK.test(e.message)) throw new Error(`${label}: message not fit for a clerk: ${JSON.stringify(e.message)}`);
  if (after() !== before) throw new Error(`${label}: refused (${e.code}) but the database changed`);
}

const digest = (h: Site) => crypto.createHash('sha256').update(dump(h)).digest('hex');

/** Rows at the province owned by anyone but the signer: a package from XA-TP must never touch them. */
function othersRows(h: Site, signer: string): string {
  const db = h.context().sqlite;
  const tables = ['people', 'collectives', 'movements', 'registrations', 'dossiers', 'initiatives', 'inspection_plans', 'inspections', 'decisions'];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}" WHERE origin <> ? ORDER BY rowid`).all(signer)));
}

// ---- mutations of a valid package -------------------------------------------------------

const tricky = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  fc.constantFrom('', '2026-02-30', '2099-01-01', '15/03/1980', 'Nguy\u202Eễn', 'a\u0000b', 'T12', 'XA-TP', 'XA-B', 'x'.repeat(5000), '__proto__', 'đ'.normalize('NFD')),
  { weight: 2, arbitrary: fc.integer() },
  fc.constantFrom(0, -1, 2 ** 53 - 1, 1.5, 1e300),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

/** Every path to a value in `v` (objects and arrays), up to a few thousand. */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length > 3000) return out;
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...prefix, i]); paths(x, [...prefix, i], out); });
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push([...prefix, k]); paths(x, [...prefix, k], out); }
  return out;
}

function setAt(root: unknown, p: (string | number)[], value: unknown, remove: boolean): void {
  let cur = root as Record<string | number, unknown>;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = p[p.length - 1]!;
  if (remove) {
    if (Array.isArray(cur)) cur.splice(Number(last), 1);
    else delete cur[last];
  } else cur[last] = value;
}

type FieldOp =
  | { op: 'set'; pick: number; value: unknown; remove: boolean }
  | { op: 'origin'; rec: number; origin: string }
  | { op: 'type'; rec: number; type: string }
  | { op: 'kind'; kind: string }
  | { op: 'rev'; rec: number; rev: number; deleted: boolean }
  | { op: 'dupRecord'; rec: number }
  | { op: 'steal'; rec: number; rev: number; deleted: boolean; fresh: boolean; name: string }
  | { op: 'newId'; rec: number };

const fieldOp: fc.Arbitrary<FieldOp> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: tricky, remove: fc.boolean() }),
  fc.record({ op: fc.constant('origin' as const), rec: fc.nat(), origin: fc.constantFrom('XA-TP', 'T12', 'XA-B', 'XA-LA') }),
  fc.record({ op: fc.constant('type' as const), rec: fc.nat(), type: fc.constantFrom(...Object.keys(RECORD_TYPES), 'khong-co') }),
  fc.record({ op: fc.constant('kind' as const), kind: fc.constantFrom(...PACKAGE_KINDS) }),
  fc.record({ op: fc.constant('rev' as const), rec: fc.nat(), rev: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 2 ** 53 - 1)), deleted: fc.boolean() }),
  fc.record({ op: fc.constant('dupRecord' as const), rec: fc.nat() }),
  // The rogue's move: another commune's record (as the province holds it) put in this package.
  fc.record({ op: fc.constant('steal' as const), rec: fc.nat(), rev: fc.integer({ min: 1, max: 9 }), deleted: fc.boolean(), fresh: fc.boolean(), name: fc.constantFrom('Giả', 'Páo') }),
  fc.record({ op: fc.constant('newId' as const), rec: fc.nat() }),
);

function applyOp(env: Envelope, o: FieldOp, others: readonly ExchangeRecord[]): void {
  const recs = env.body.records;
  const r = recs.length ? recs[('rec' in o ? o.rec : 0) % recs.length]! : null;
  switch (o.op) {
    case 'set': {
      const all = paths(env);
      if (all.length) setAt(env, all[o.pick % all.length]!, structuredClone(o.value), o.remove);
      break;
    }
    case 'origin': if (r) r.origin = o.origin; break;
    case 'type': if (r) r.type = o.type; break;
    case 'kind': env.header.kind = o.kind as Envelope['header']['kind']; break;
    case 'rev': if (r) { r.rev = o.rev; r.deleted = o.deleted; } break;
    case 'dupRecord': if (r) { recs.push(structuredClone(r)); env.header.counts.records++; } break;
    case 'newId': if (r) r.id = crypto.randomUUID(); break;
    case 'steal': {
      const s = structuredClone(others[o.rec % others.length]!);
      if (o.fresh) s.id = crypto.randomUUID();
      Object.assign(s, { rev: o.rev, deleted: o.deleted });
      if (s.type === 'person') (s.data as { givenName: string }).givenName = o.name;
      recs.unshift(s);
      env.header.counts.records++;
      break;
    }
  }
}

type ByteOp = { op: 'flip' | 'insert' | 'delete' | 'truncate'; at: number; bytes: Uint8Array } | { op: 'dupMember'; at: number } | { op: 'surrogate'; at: number };
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constantFrom('flip' as const, 'insert' as const, 'delete' as const, 'truncate' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant('dupMember' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('surrogate' as const), at: fc.nat() }),
);

function applyBytes(text: string, o: ByteOp): Buffer {
  const b = Buffer.from(text, 'utf8');
  const at = o.at % Math.max(b.length, 1);
  switch (o.op) {
    case 'flip': { const c = Buffer.from(b); o.bytes.forEach((x, i) => { if (at + i < c.length) c[at + i] = x; }); return c; }
    case 'insert': return Buffer.concat([b.subarray(0, at), Buffer.from(o.bytes), b.subarray(at)]);
    case 'delete': return Buffer.concat([b.subarray(0, at), b.subarray(at + o.bytes.length)]);
    case 'truncate': return b.subarray(0, at);
    case 'dupMember': {
      // Repeat one "name":"value" member right after itself.
      const members = [...text.matchAll(/"[A-Za-z]+":("[^"\\]*"|\d+|true|false|null)/g)];
      const m = members[at % Math.max(members.length, 1)];
      return m ? Buffer.from(text.slice(0, m.index! + m[0].length) + ',' + m[0] + text.slice(m.index! + m[0].length)) : b;
    }
    case 'surrogate': {
      const q = text.indexOf('":"', at % text.length);
      return q < 0 ? b : Buffer.from(`${text.slice(0, q + 3)}\\udc00${text.slice(q + 3)}`);
    }
  }
}

export interface PackageFixture {
  prov: Site;
  xa: Site;
  envelope: Envelope;
  /** Records of a second commune, XA-B, already at the province. */
  others: ExchangeRecord[];
  dir: string;
}

/** A province that trusts a commune, the commune's first package already imported there. */
export async function packageFixture(): Promise<PackageFixture> {
  const { clock, prov, xa } = await pair();
  const [file] = await exportFrom(xa, 'T12');
  const envelope = read(file!.file);
  await prov.call('exchange.import', { path: file!.file });
  const xb = await site('XA-B', 'Xã Bình Lư', 'commune', { code: 'T12', name: 'Tỉnh Lai Châu' }, clock);
  await trust(prov, xb);
  await trust(xb, prov);
  await xb.call('people.create', { familyName: 'Lò', middleName: 'Văn', givenName: 'Páo', gender: 'male' });
  const [theirs] = await exportFrom(xb, 'T12');
  await prov.call('exchange.import', { path: theirs!.file });
  return { prov, xa, envelope, others: read(theirs!.file).body.records, dir: tempDir('tdkt-fuzz-') };
}

export async function runPackageProperty(fx: PackageFixture, opts: { seed: number; numRuns: number }): Promise<Counts> {
  const counts: Counts = { runs: 0, accepted: 0, refused: 0, byCode: {} };
  let n = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fieldOp, { minLength: 0, maxLength: 3 }),
      fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
      fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, byteOp),
      async (ops, resigned, bytes) => {
      const env = structuredClone(fx.envelope);
      env.header.packageId = crypto.randomUUID();
      for (const o of ops) {
        try {
          applyOp(env, o, fx.others);
        } catch {
          // An earlier mutation removed what this one would change: skip it.
        }
      }
      let text: string;
      try {
        text = resigned ? resign(fx.xa, env) : JSON.stringify(env);
      } catch {
        text = JSON.stringify(env); // a mutation JCS cannot sign (e.g. a number it refuses): sent unsigned
      }
      const content = bytes ? applyBytes(text, bytes) : Buffer.from(text);
      const file = path.join(fx.dir, `goi-${n++}.tdkt`);
      fs.writeFileSync(file, content);
      const before = digest(fx.prov);
      const others = othersRows(fx.prov, 'XA-TP');
      const r = await fx.prov.invoke('exchange.import', { path: file });
      check('exchange.import', r as never, before, () => digest(fx.prov), counts);
      if (othersRows(fx.prov, 'XA-TP') !== others) throw new Error('a package signed by XA-TP changed a record XA-TP does not own');
      fs.rmSync(file, { force: true });
    }),
    { seed: opts.seed, numRuns: opts.numRuns, endOnFailure: true },
  );
  return counts;
}

// ---- random inputs to every contract call -----------------------------------------------

type AnyZod = z.ZodType & { def?: { type?: string; innerType?: AnyZod; in?: AnyZod; options?: AnyZod[] }; shape?: Record<string, AnyZod>; options?: unknown[] };

/** The object shapes a call's input accepts (through defaults, pipes and unions). */
function shapesOf(s: AnyZod, depth = 0): Record<string, AnyZod>[] {
  if (depth > 6 || !s) return [];
  if (s instanceof z.ZodObject) return [s.shape as Record<string, AnyZod>];
  const d = s.def;
  if (d?.type === 'union' && d.options) return d.options.flatMap((o) => shapesOf(o, depth + 1));
  if (d?.innerType) return shapesOf(d.innerType, depth + 1);
  if (d?.in) return shapesOf(d.in, depth + 1);
  return [];
}

function enumOptions(s: AnyZod, depth = 0): unknown[] | null {
  if (depth > 6 || !s) return null;
  if (s instanceof z.ZodEnum) return s.options as unknown[];
  const d = s.def;
  if (d?.innerType) return enumOptions(d.innerType, depth + 1);
  return null;
}

export interface ContractFixture {
  h: Site;
  ids: string[];
  dir: string;
}

export async function contractFixture(): Promise<ContractFixture> {
  const { xa, an, dung, collective } = await pair();
  const unitId = (await xa.call('setup.status', {})).installation!.unitId;
  return { h: xa, ids: [an.id, dung.id, collective.id, unitId], dir: tempDir('tdkt-fuzz-calls-') };
}

const PATH_KEYS = /^(outDir|path|dir|folder|file)$/i;

export async function runContractProperty(fx: ContractFixture, opts: { seed: number; runsPerCall: number; names?: string[] }): Promise<Counts> {
  const counts: Counts = { runs: 0, accepted: 0, refused: 0, byCode: {} };
  const names = opts.names ?? Object.keys(api);
  const value = fc.oneof(tricky, fc.constantFrom(...fx.ids), fc.uuid(), fc.constantFrom('/dev/zero', '/khong/co', fx.dir));
  for (const [i, name] of names.entries()) {
    const schema = (api as unknown as Record<string, { input: AnyZod }>)[name]!.input;
    const shapes = shapesOf(schema);
    const input = fc.oneof(
      { weight: 1, arbitrary: fc.oneof(tricky, fc.constant(undefined)) },
      { weight: 4, arbitrary: fc.nat().chain((k) => {
        const shape = shapes.length ? shapes[k % shapes.length]! : {};
        const fields = Object.fromEntries(Object.entries(shape).map(([key, s]) => {
          const opts = enumOptions(s);
          const arb = PATH_KEYS.test(key) ? fc.constant(fx.dir) : opts ? fc.oneof(fc.constantFrom(...opts), value) : value;
          return [key, fc.option(arb, { freq: 6, nil: undefined })];
        }));
        return fc.record(fields as Record<string, fc.Arbitrary<unknown>>);
      }) },
    );
    await fc.assert(
      fc.asyncProperty(input, async (inp) => {
        const before = digest(fx.h);
        const r = await fx.h.invoke(name, inp);
        check(name, r as never, before, () => digest(fx.h), counts);
      }),
      { seed: opts.seed + i, numRuns: opts.runsPerCall, endOnFailure: true },
    );
  }
  return counts;
}

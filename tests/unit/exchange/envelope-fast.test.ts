import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envelope, parseEnvelope } from '../../../src-shared/exchange/envelope';

/** Key order of every object, so results equal but ordered differently do not pass. */
const keyOrder = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.entries(x) : x));

const record = (i: number) => ({
  data: { familyName: 'Nguyễn', givenName: `Bench ${i}`, unit: { code: 'XA-B' } },
  deleted: false,
  id: `0000000${i % 10}-aaaa-4bbb-8ccc-${String(i).padStart(12, '0')}`,
  origin: 'XA-B',
  rev: 1 + i,
  type: 'person',
  updatedAt: '2026-03-15T08:00:00.000Z',
});

const valid = (n: number) => ({
  body: { attachments: [], records: Array.from({ length: n }, (_, i) => record(i)) },
  header: {
    app: { name: 'TĐKT Desktop', version: '0.1.0' }, counts: { attachments: 0, records: n }, createdAt: '2026-03-15T08:00:00.000Z', kind: 'submission',
    packageId: '11111111-2222-4333-8444-555555555555', recipient: { unitCode: 'T99' }, schema: 'tdkt.records/1',
    sender: { keyId: '0123456789abcdef0123456789abcdef', unitCode: 'XA-B', unitName: 'Xã Bench' }, sequence: 1,
  },
  signature: { alg: 'Ed25519', keyId: '0123456789abcdef0123456789abcdef', value: 'abc_-' },
  tdkt: 1,
});

/** The same answer as zod: success, the data with its members in the same order, or the same first problem. */
function expectSame(raw: unknown) {
  const ours = parseEnvelope(raw);
  const zods = envelope.safeParse(raw);
  expect(ours.success).toBe(zods.success);
  if (zods.success) expect(keyOrder(ours.data)).toBe(keyOrder(zods.data));
  else expect(ours.error!.issues[0]?.path).toEqual(zods.error.issues[0]?.path);
}

const BAD_VALUES = [undefined, null, 0, -1, 1.5, 2 ** 53, '', 'x'.repeat(50), 'x'.repeat(51), 'A'.repeat(32), 'A'.repeat(33), 'XA B', 'person', '2026-03-15', '11111111-2222-4333-8444-55555555555G', true, [], {}];
const FIELDS = ['type', 'id', 'rev', 'updatedAt', 'origin', 'deleted', 'data', 'extra'];

describe('parseEnvelope', () => {
  it('gives zod’s answer on a valid package, members in the schema’s order, extra members dropped', () => {
    expectSame(valid(3));
    const withExtra = valid(2);
    (withExtra.body.records[1] as Record<string, unknown>).extra = 'x';
    (withExtra as Record<string, unknown>).extra = 1;
    expectSame(withExtra);
    expect(Object.keys(parseEnvelope(withExtra).data!.body.records[1]!)).toEqual(['type', 'id', 'rev', 'updatedAt', 'origin', 'deleted', 'data']);
  });

  it.each<[string, (e: ReturnType<typeof valid>) => void]>([
    ['records not an array', (e) => void ((e.body as Record<string, unknown>).records = {})],
    ['body not an object', (e) => void ((e as Record<string, unknown>).body = [])],
    ['a record null', (e) => void ((e.body.records as unknown[])[1] = null)],
    ['data missing', (e) => void delete (e.body.records[1] as Record<string, unknown>).data],
    ['rev 0', (e) => void (e.body.records[1]!.rev = 0)],
    ['an id not a uuid', (e) => void (e.body.records[0]!.id = 'x')],
    ['a bad header and a bad record: the header first', (e) => {
      e.header.sequence = 0;
      e.body.records[1]!.rev = 0;
    }],
    ['a bad signature member and a bad record', (e) => void ((e.signature as Record<string, unknown>).alg = 'RSA', (e.body.records[0]!.origin = ''))],
  ])('gives zod’s first problem: %s', (_name, spoil) => {
    const e = valid(3);
    spoil(e);
    expectSame(e);
  });

  it('agrees with zod on packages with spoiled records (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FIELDS), fc.oneof(fc.constantFrom(...BAD_VALUES), fc.jsonValue())), { maxLength: 3 }),
        (n, spoils) => {
          const e = valid(n);
          for (const [at, field, value] of spoils) {
            const r = e.body.records[at % Math.max(1, n)] as Record<string, unknown> | undefined;
            if (!r) continue;
            if (value === undefined) delete r[field];
            else r[field] = value;
          }
          expectSame(e);
        },
      ),
      { seed: 18, numRuns: 1000 },
    );
  });
});

describe('record ids checked by hand as UUID_LIKE checks them', () => {
  const GOOD = 'c85269df-6f31-4150-af98-25c954c5133e';
  it.each([
    ['lowercase', GOOD],
    ['uppercase', GOOD.toUpperCase()],
    ['mixed case', 'C85269DF-6f31-4150-AF98-25c954c5133e'],
    ['a dash moved', 'c85269d-f6f31-4150-af98-25c954c5133e'],
    ['no dashes', `${GOOD.replace(/-/g, '')}abcd`],
    ['one short', GOOD.slice(1)],
    ['one long', `${GOOD}0`],
    ['a trailing newline', `${GOOD.slice(1)}\n`],
    ['g is not hex', GOOD.replace('c', 'g')],
    ['G is not hex', GOOD.replace('c', 'G')],
    ['a letter just past f and F', GOOD.replace('c', '`').replace('d', '@')],
    ['a colon, just past 9', GOOD.replace('8', ':')],
    ['a slash, just before 0', GOOD.replace('8', '/')],
    ['a full-width digit', GOOD.replace('8', '８')],
    ['ｃ with its high bits', GOOD.replace('c', '\u0143')],
  ])('%s', (_name, id) => {
    const e = valid(2);
    e.body.records[1]!.id = id;
    expectSame(e);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../../../src-shared/exchange/envelope';
import { signEnvelope } from '../../../src-main/exchange/crypto';
import { loadPrivateKey } from '../../../src-main/keys/keystore';
import { FIXED_NOW, person, tempDir, testHost, type TestHost } from '../helpers';

export interface Site extends TestHost {
  code: string;
  keyFile: string;
  fingerprint: string;
}

/** An installation with a clock the test can move. */
export async function site(code: string, name: string, level: 'province' | 'commune', parent: { code: string; name: string } | null, clock: { now: Date }): Promise<Site> {
  const h = testHost({ now: () => clock.now });
  const inst = await h.call('setup.init', {
    unit: { code, name, level },
    parent: parent ? { ...parent, level: 'province' } : null,
    clerkName: `Cán bộ ${name}`,
  });
  const exported = await h.call('keys.exportPublic', {});
  const keyFile = path.join(h.dataDir, exported.fileName);
  fs.writeFileSync(keyFile, exported.content);
  return Object.assign(h, { code, keyFile, fingerprint: inst.fingerprint });
}

export async function trust(a: Site, b: Site): Promise<void> {
  await a.call('trust.add', { content: fs.readFileSync(b.keyFile, 'utf8'), fingerprint: b.fingerprint });
}

/** A province and a commune that trust each other, the commune with two people and a collective. */
export async function pair() {
  const clock = { now: new Date(FIXED_NOW) };
  const prov = await site('T12', 'Tỉnh Lai Châu', 'province', null, clock);
  const xa = await site('XA-TP', 'Xã Tân Phong', 'commune', { code: 'T12', name: 'Tỉnh Lai Châu' }, clock);
  await trust(prov, xa);
  await trust(xa, prov);
  const unitId = (await xa.call('setup.status', {})).installation!.unitId;
  const c = await xa.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId, memberCount: 120 });
  const an = await xa.call('people.create', person({ unitId, collectiveId: c.id }));
  const dung = await xa.call('people.create', person({ familyName: 'Đặng', middleName: 'Văn', givenName: 'Dũng', unitId }));
  return { clock, prov, xa, an, dung, collective: c };
}

export const tick = (clock: { now: Date }, ms = 60_000) => {
  clock.now = new Date(clock.now.getTime() + ms);
};

export async function exportFrom(from: Site, to: string, opts: { all?: boolean; maxSizeMb?: number } = {}) {
  const out = tempDir('tdkt-usb-');
  const r = await from.call('exchange.export', { to, outDir: out, all: opts.all ?? false, maxSizeMb: opts.maxSizeMb ?? 20, selection: null });
  return r.files;
}

/** Every row of every table: what "the database is unchanged" means in these tests. */
export function dump(h: TestHost): string {
  const db = h.context().sqlite;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name`).all() as { name: string }[];
  return JSON.stringify(tables.map((t) => [t.name, db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all()]), (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v));
}

/** Re-signs a changed envelope with the sender's real key: a trusted sender sending something bad. */
export function resign(sender: Site, env: Envelope): string {
  const { signature: _s, ...unsigned } = env;
  return JSON.stringify(signEnvelope(unsigned, loadPrivateKey(sender.dataDir), env.signature.keyId));
}

export const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Envelope;

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNERSHIP, ownershipRefusal, type OwnershipFacts } from '../../../src-shared/exchange/ownership';
import { PACKAGE_KINDS } from '../../../src-shared/exchange/envelope';
import { RECORD_TYPES } from '../../../src-shared/records';
import { recordProblem } from '../../../src-shared/records/checks';
import { tempDir } from '../helpers';
import { exportFrom, pair, read, resign, site } from './pair';

const TODAY = '2026-03-15';
const person = (over: Record<string, unknown> = {}) => ({
  familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthDate: '1980-05-01', birthYear: null, ethnicity: '01',
  position: '', unit: null, collectiveId: null, directLabor: false, phone: null, ...over,
});

describe('recordProblem: what a form would refuse in an imported record', () => {
  it.each<[string, string, unknown, RegExp | null]>([
    ['a valid person', 'person', person(), null],
    ['30/02 as a birth date', 'person', person({ birthDate: '1980-02-30' }), /trường "birthDate" không phải ngày có thật/],
    ['a month 13', 'person', person({ birthDate: '1980-13-01' }), /trường "birthDate"/],
    ['a birth date tomorrow', 'person', person({ birthDate: '2026-03-16' }), /^Ngày sinh ở tương lai$/],
    ['a birth date today', 'person', person({ birthDate: TODAY }), null],
    ['a birth year next year', 'person', person({ birthDate: null, birthYear: 2027 }), /^Năm sinh ở tương lai$/],
    ['a right-to-left override in a name', 'person', person({ givenName: 'An\u202Efdp.exe' }), /trường "givenName" chứa ký tự điều khiển hoặc ký tự đảo chiều/],
    ['a bidi isolate', 'person', person({ position: 'x\u2066y' }), /trường "position"/],
    ['a NUL byte', 'person', person({ familyName: 'Ng\u0000uyễn' }), /trường "familyName" chứa ký tự điều khiển/],
    ['an escape character', 'person', person({ middleName: '\u001b[31m' }), /trường "middleName"/],
    ['a C1 control', 'person', person({ middleName: 'a\u0085b' }), /trường "middleName"/],
    ['a name longer than the form takes', 'person', person({ givenName: 'A'.repeat(41) }), /trường "givenName"/],
    ['a gender outside the list', 'person', person({ gender: 'x' }), /trường "gender"/],
    ['an ethnicity outside the catalogue', 'person', person({ ethnicity: '99' }), /trường "ethnicity"/],
    ['a phone with letters', 'person', person({ phone: 'gọi tôi' }), /trường "phone"/],
    ['a decision dated in the future', 'decision', {
      subject: { type: 'dossier', id: crypto.randomUUID(), origin: 'XA-TP' }, status: 'decided', reasons: [],
      decision: { number: '1/QĐ', date: '2026-04-01', issuer: 'UBND tỉnh', award: 'Bằng khen' }, note: '',
    }, /^Ngày quyết định ở tương lai$/],
    ['newlines and tabs in long text are fine', 'collective', { name: 'Thôn Đông', kind: 'village', unit: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' }, memberCount: 3 }, null],
  ])('%s', (_name, type, data, expected) => {
    const p = recordProblem(type, data, TODAY);
    if (expected) expect(p).toMatch(expected);
    else expect(p).toBeNull();
  });
});

describe('the ownership table', () => {
  it('covers every record type the format knows, in the package kinds it may travel in', () => {
    for (const [type, def] of Object.entries(RECORD_TYPES)) {
      for (const kind of def.kinds) expect(OWNERSHIP.some((r) => r.kind === kind && r.type === type), `${kind} × ${type}`).toBe(true);
    }
    for (const r of OWNERSHIP) expect(RECORD_TYPES[r.type]!.kinds).toContain(r.kind);
  });

  const facts = (over: Partial<OwnershipFacts>): OwnershipFacts => ({
    kind: 'submission', kindLabel: 'Gói gửi lên', type: 'person', typeLabel: 'Cá nhân', origin: 'XA-A',
    sender: { unitCode: 'XA-A', unitName: 'Xã A' }, senderIsUpper: false, me: 'T12', ...over,
  });
  it.each<[string, Partial<OwnershipFacts>, RegExp | null]>([
    ['a unit sends its own person up', {}, null],
    ['a unit sends another unit’s person', { origin: 'XA-B' }, /^Bản ghi thuộc đơn vị XA-B, nhưng gói do Xã A \(XA-A\) ký/],
    ['the upper level sends its person in a submission', { senderIsUpper: true }, /Gói gửi lên chỉ đi từ đơn vị cấp dưới lên/],
    ['a decision from the upper level about my record', { kind: 'feedback', type: 'decision', typeLabel: 'Quyết định, phản hồi', senderIsUpper: true, subjectOrigin: 'T12' }, null],
    ['a decision from below', { kind: 'feedback', type: 'decision', typeLabel: 'Quyết định, phản hồi', subjectOrigin: 'T12' }, /^Quyết định, phản hồi chỉ đi từ cấp trên xuống/],
    ['a decision about someone else’s record', { kind: 'feedback', type: 'decision', typeLabel: 'Quyết định, phản hồi', senderIsUpper: true, subjectOrigin: 'XA-C' }, /nói về hồ sơ của đơn vị XA-C/],
    ['a unit directory from the upper level', { kind: 'reference', type: 'unit-directory', typeLabel: 'Danh mục đơn vị', senderIsUpper: true }, null],
    ['a unit directory from below', { kind: 'reference', type: 'unit-directory', typeLabel: 'Danh mục đơn vị' }, /^Danh mục đơn vị chỉ được nhận từ cấp trên/],
    ['a movement sent down by its owner', { kind: 'reference', type: 'movement', typeLabel: 'Phong trào thi đua', senderIsUpper: true }, null],
    ['a movement sent down for another unit', { kind: 'reference', type: 'movement', typeLabel: 'Phong trào thi đua', senderIsUpper: true, origin: 'T99' }, /^Bản ghi thuộc đơn vị T99/],
    ['a receipt either way', { kind: 'ack', type: 'receipt', typeLabel: 'Giấy báo đã nhận', senderIsUpper: true }, null],
    ['a person in a feedback package', { kind: 'feedback', kindLabel: 'Gói phản hồi' }, /^Cá nhân không được phép có trong gói phản hồi\.$/],
  ])('%s', (_name, over, expected) => {
    const r = ownershipRefusal(facts(over));
    if (expected) expect(r).toMatch(expected);
    else expect(r).toBeNull();
  });

  it('names only known package kinds', () => {
    for (const r of OWNERSHIP) expect(PACKAGE_KINDS).toContain(r.kind);
  });
});

describe('an imported record that breaks a form rule is rejected by name; the others land', () => {
  it('30/02, a future birth date and a right-to-left override, each refused on its own', async () => {
    const { prov, xa } = await pair();
    const [file] = await exportFrom(xa, 'T12');
    const env = read(file!.file);
    const base = env.body.records.find((r) => r.type === 'person')!;
    const bad = [
      { birthDate: '1990-02-30', givenName: 'Ba' },
      { birthDate: '2030-01-01', givenName: 'Bốn' },
      { givenName: 'Năm\u202Egnp.exe' },
    ].map((change) => ({ ...structuredClone(base), id: crypto.randomUUID(), data: { ...(base.data as object), ...change } }));
    env.body.records.push(...bad);
    env.header.counts.records = env.body.records.length;
    const f = path.join(tempDir(), 'goi.tdkt');
    fs.writeFileSync(f, resign(xa, env));
    const r = await prov.call('exchange.import', { path: f });
    expect(r.counts).toMatchObject({ new: 3, rejected: 3 });
    expect(r.rows.slice(3).map((x) => [x.action, x.reason])).toEqual([
      ['rejected', 'Cá nhân "Nguyễn Văn Ba" bị từ chối: không đúng mẫu dữ liệu: trường "birthDate" không phải ngày có thật.'],
      ['rejected', 'Cá nhân "Nguyễn Văn Bốn" bị từ chối: Ngày sinh ở tương lai.'],
      ['rejected', expect.stringMatching(/^Cá nhân "Nguyễn Văn Năm\?gnp\.exe" bị từ chối: trường "givenName" chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản ẩn\.$/)],
    ]);
    const stored = prov.context().sqlite.prepare('SELECT given_name g FROM people ORDER BY given_name').all();
    expect(stored).toEqual([{ g: 'An' }, { g: 'Dũng' }]);
  });
});

describe('a key file is read as strictly as a package', () => {
  it('a repeated "publicKey" member is refused, nothing trusted', async () => {
    const { clock, prov } = await pair();
    const other = await site('XA-K', 'Xã K', 'commune', null, clock);
    const text = fs.readFileSync(other.keyFile, 'utf8');
    const twice = text.replace(/("publicKey": "[^"]+")/, '"publicKey": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",\n  $1');
    expect(JSON.parse(twice)).toEqual(JSON.parse(text));
    const before = prov.snapshot();
    const e = await prov.fail('trust.add', { content: twice, fingerprint: other.fingerprint });
    expect(e).toMatchObject({ code: 'KEY_FILE', message: 'Tệp khóa không đọc được (không phải JSON hợp lệ). Hãy chọn tệp .tdkt-key.json do đơn vị kia xuất ra.' });
    expect(prov.snapshot()).toBe(before);
    expect((await prov.call('trust.add', { content: text, fingerprint: other.fingerprint })).unitCode).toBe('XA-K');
  });
});

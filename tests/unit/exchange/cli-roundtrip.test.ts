import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir } from '../helpers';

function cli(dataDir: string, ...args: string[]) {
  const r = cliIn(dataDir)(...args);
  return { code: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}
const ok = (r: ReturnType<typeof cli>) => {
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
  return r;
};

describe('CLI round trip between two data folders', () => {
  it('commune exports, province verifies, previews, imports, answers; commune imports the feedback carrying the receipt', () => {
    const root = tempDir('tdkt-cli-rt-');
    const prov = path.join(root, 'tinh');
    const xa = path.join(root, 'xa');
    const usb = path.join(root, 'usb');
    ok(cli(prov, 'init', '--unit-code', 'T12', '--unit-name', 'Tỉnh Lai Châu', '--level', 'tinh', '--clerk', 'Lò Thị Mai'));
    ok(cli(xa, 'init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu', '--parent-level', 'tinh'));
    ok(cli(xa, 'demo', '--people', '12'));

    // Keys travel as files; each side confirms the other's fingerprint.
    ok(cli(prov, 'key', 'export-public', '--out', path.join(root, 'T12.tdkt-key.json')));
    ok(cli(xa, 'key', 'export-public', '--out', path.join(root, 'XA-TP.tdkt-key.json')));
    const fpProv = ok(cli(prov, 'key', 'show', '--json')).json().fingerprint as string;
    const fpXa = ok(cli(xa, 'key', 'show', '--json')).json().fingerprint as string;
    expect(cli(prov, 'trust', 'add', path.join(root, 'XA-TP.tdkt-key.json'), '--fingerprint', fpProv).err).toMatch(/Dấu vân tay không khớp/);
    ok(cli(prov, 'trust', 'add', path.join(root, 'XA-TP.tdkt-key.json'), '--fingerprint', fpXa.toUpperCase().replace(/ /g, '-')));
    ok(cli(xa, 'trust', 'add', path.join(root, 'T12.tdkt-key.json'), '--fingerprint', fpProv));

    const files = ok(cli(xa, 'export', '--to', 'T12', '--out', usb, '--json')).json().files as { file: string; records: number }[];
    expect(files).toHaveLength(1);
    expect(files[0]!.records).toBe(44); // 20 collectives, 12 people, a movement, 2 registrations, 2 dossiers (one the demo has returned), an inspection plan and its 2 inspections, 4 typical examples
    const sub = files[0]!.file;

    expect(ok(cli(prov, 'verify', sub)).out).toMatch(/Hợp lệ/);
    const preview = ok(cli(prov, 'import', sub, '--dry-run', '--json')).json();
    expect(preview).toMatchObject({ applied: false, counts: { new: 44 } });
    expect(ok(cli(prov, 'import', sub, '--json')).json()).toMatchObject({ applied: true });
    expect(ok(cli(prov, 'import', sub, '--json')).json()).toMatchObject({ duplicate: true, applied: false });

    const person = (ok(cli(prov, 'records', 'list', 'person', '--json')).json().items as { id: string; title: string }[])[0]!;
    ok(cli(prov, 'decide', 'person', person.id, '--status', 'returned', '--reason', 'Thiếu bản sao giấy khai sinh'));
    ok(cli(prov, 'decide', 'person', person.id, '--status', 'decided', '--number', '125/QĐ-UBND', '--date', '20/11/2026', '--issuer', 'UBND tỉnh Lai Châu', '--award', 'Bằng khen'));
    const back = ok(cli(prov, 'export', '--to', 'XA-TP', '--out', usb, '--json')).json().files as { file: string; kind: string }[];
    // One file back: the feedback carries the receipt, so there is nothing left to acknowledge.
    expect(back.map((f) => f.kind)).toEqual(['feedback']);
    expect(cli(prov, 'ack', '--to', 'XA-TP', '--out', usb).err).toMatch(/Không có gói nào của đơn vị XA-TP cần báo đã nhận/);

    expect(ok(cli(xa, 'import', back[0]!.file, '--json')).json()).toMatchObject({ applied: true, story: [expect.stringMatching(/^Tỉnh Lai Châu đã nhận gói số 1 ngày/), expect.any(String)] });
    const mine = ok(cli(xa, 'records', 'list', 'person', '--json')).json().items as { id: string; status: string }[];
    expect(mine.find((p) => p.id === person.id)?.status).toBe('decided');
    expect(mine.filter((p) => p.status === 'sent')).toHaveLength(11);
    expect(ok(cli(xa, 'import', back[0]!.file, '--json')).json().duplicate).toBe(true);
    expect(cli(xa, 'export', '--to', 'T12', '--out', usb).err).toMatch(/Không có gì mới để gửi/);

    // A tampered copy is refused with exit code 1 and the reason.
    const bad = path.join(root, 'bad.tdkt');
    fs.writeFileSync(bad, fs.readFileSync(sub, 'utf8').replace('Thôn Đông', 'Thôn Đong'));
    const refused = cli(prov, 'verify', bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Chữ ký không hợp lệ: gói đã bị sửa sau khi ký/);
    expect(ok(cli(xa, 'packages', 'list')).out).toMatch(/NHẬN feedback/);
    // Some forty CLI processes: about 110 s on an idle two-core machine, far more on a busy one.
  }, 300_000);
});

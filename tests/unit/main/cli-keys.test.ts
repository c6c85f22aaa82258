import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src-shared/exchange/envelope';
import { signEnvelope } from '../../../src-main/exchange/crypto';
import { loadPrivateKey } from '../../../src-main/keys/keystore';
import { projectRoot } from '../../../src-main/paths';
import { tempDir } from '../helpers';

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
function cli(dataDir: string, ...args: string[]) {
  const r = spawnSync(tsx, ['src-main/cli.ts', ...args, '--data-dir', dataDir], { cwd: projectRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = <T>(r: { code: number | null; stdout: string; stderr: string }): T => {
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
};
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

describe('CLI key life cycle', () => {
  it('key rotate end to end with a province installation', () => {
    const prov = tempDir('tdkt-prov-');
    const xa = tempDir('tdkt-xa-');
    const usb = tempDir('tdkt-usb-');
    const p = json<{ fingerprint: string }>(cli(prov, 'init', '--unit-code', 'T12', '--unit-name', 'Tỉnh Lai Châu', '--level', 'tinh', '--json'));
    const x = json<{ fingerprint: string; keyId: string }>(cli(xa, 'init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa',
      '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu', '--parent-level', 'tinh', '--json'));
    json(cli(prov, 'key', 'export-public', '--out', path.join(usb, 'T12.tdkt-key.json'), '--json'));
    json(cli(xa, 'key', 'export-public', '--out', path.join(usb, 'XA-TP.tdkt-key.json'), '--json'));
    json(cli(prov, 'trust', 'add', path.join(usb, 'XA-TP.tdkt-key.json'), '--fingerprint', x.fingerprint, '--json'));
    json(cli(xa, 'trust', 'add', path.join(usb, 'T12.tdkt-key.json'), '--fingerprint', p.fingerprint, '--json'));
    const oldKey = loadPrivateKey(xa);
    json(cli(xa, 'demo', '--people', '3', '--json'));

    // The commune rotates: announcement, new key file and registration form on the stick.
    const rotateDir = path.join(usb, 'doi-khoa');
    const rot = cli(xa, 'key', 'rotate', '--out', rotateDir);
    expect(rot.code).toBe(0);
    expect(rot.stdout).toMatch(/Đã tạo khóa mới .* và thông báo đổi khóa ký bằng khóa cũ/);
    const files = fs.readdirSync(rotateDir).sort();
    expect(files).toEqual(['XA-TP.tdkt-key.json', 'XA-TP_phieu-dang-ky-khoa.docx', expect.stringMatching(/^XA-TP_submission_\d{8}_1\.tdkt$/)]);
    const announcement = path.join(rotateDir, files.find((f) => f.endsWith('.tdkt'))!);
    const newKey = JSON.parse(fs.readFileSync(path.join(rotateDir, 'XA-TP.tdkt-key.json'), 'utf8')) as { keyId: string };
    expect(newKey.keyId).not.toBe(x.keyId);
    const shown = json<{ keyId: string; problem: null }>(cli(xa, 'key', 'show', '--json'));
    expect(shown).toMatchObject({ keyId: newKey.keyId, problem: null });

    // The province imports it, lists it, and confirms the fingerprint read from the form.
    expect(cli(prov, 'import', announcement).stdout).toMatch(/Khóa mới của Xã Tân Phong/);
    const [pending] = json<{ id: string; keyId: string }[]>(cli(prov, 'trust', 'announcements', '--json'));
    expect(pending!.keyId).toBe(newKey.keyId);
    // Listed without the new fingerprint: the clerk reads it from the paper form, not from here.
    const listed = cli(prov, 'trust', 'announcements').stdout;
    expect(listed).toMatch(/Xã Tân Phong \(XA-TP\) {2}khóa mới thay khóa /);
    expect(listed).not.toContain(`${newKey.keyId.slice(0, 4)} ${newKey.keyId.slice(4, 8)}`);
    const wrong = cli(prov, 'trust', 'accept', pending!.id, '--fingerprint', x.fingerprint);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Dấu vân tay không khớp/);
    const accepted = cli(prov, 'trust', 'accept', pending!.id, '--fingerprint', newKey.keyId.match(/.{4}/g)!.join(' '));
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/Đã thu hồi khóa cũ/);

    // The commune's next package (new key) is accepted ...
    const out = path.join(usb, 'gui');
    const exported = json<{ files: { file: string }[] }>(cli(xa, 'export', '--to', 'T12', '--out', out, '--json'));
    const imported = cli(prov, 'import', exported.files[0]!.file);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Đã nhập/);

    // ... and one signed with the old key is refused.
    const env = JSON.parse(fs.readFileSync(exported.files[0]!.file, 'utf8')) as Envelope;
    const { signature: _s, ...unsigned } = env;
    const forged = signEnvelope({ ...unsigned, header: { ...unsigned.header, packageId: '41111111-2222-4333-8444-555555555555', sequence: 50, createdAt: new Date(Date.now() + 60_000).toISOString(), sender: { ...unsigned.header.sender, keyId: x.keyId } } }, oldKey, x.keyId);
    const forgedFile = path.join(usb, 'cu.tdkt');
    fs.writeFileSync(forgedFile, JSON.stringify(forged));
    const refused = cli(prov, 'verify', forgedFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/đã bị thu hồi/);
    noStack(refused.stderr);
  }, 240_000);

  it('init refuses on a data folder holding a key; a garbage key file gives a Vietnamese message, no stack trace', () => {
    const dir = tempDir();
    json(cli(dir, 'init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--json'));
    const keyFile = path.join(dir, 'keys', 'installation-key.json');
    const key = fs.readFileSync(keyFile);
    for (const f of ['tdkt.sqlite', 'tdkt.sqlite-wal', 'tdkt.sqlite-shm']) fs.rmSync(path.join(dir, f), { force: true });
    const again = cli(dir, 'init', '--unit-code', 'XA-KHAC', '--unit-name', 'Xã Khác', '--level', 'xa');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Đây không phải cài đặt mới: hãy khôi phục dữ liệu từ bản sao lưu/);
    expect(fs.readFileSync(keyFile)).toEqual(key);

    const other = tempDir();
    json(cli(other, 'init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--json'));
    fs.writeFileSync(path.join(other, 'keys', 'installation-key.json'), '{"tdktPrivateKey":1,"protection":"file","privateKey":');
    const show = cli(other, 'key', 'show');
    expect(show.code).toBe(1);
    expect(show.stdout).toMatch(/CẢNH BÁO: Tệp khóa ký keys\/installation-key.json bị hỏng/);
    const exp = cli(other, 'export', '--to', 'T12', '--out', tempDir());
    expect(exp.code).toBe(1);
    noStack(exp.stderr);
    noStack(show.stderr);
  }, 120_000);
});

// The program the drill kills: `node --import tsx child.ts DATA_DIR import PACKAGE` imports a
// package (after its quick_check and backup), `… edit TAG` imports lists of 25 units, one
// transaction each, until it is killed. Prints "GO" when the writing starts.
import { createHost } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';

async function main() {
  const [dataDir, role, arg] = process.argv.slice(2);
  const host = createHost({ dataDir: dataDir!, migrationsDir: migrationsDir(), program: `drill ${role}`, noDailyBackup: true });
  await host.invoke('setup.status', {});
  process.stdout.write('GO\n');
  if (role === 'import') {
    const r = await host.invoke('exchange.import', { path: arg });
    process.stdout.write(`${JSON.stringify(r.ok ? { ok: true } : r.error)}\n`);
    return;
  }
  for (let i = 0; ; i++) {
    const rows = Array.from({ length: 25 }, (_, k) => `${arg}-${i}-${k};Thôn ${arg} ${i}-${k};Xã;;có;`);
    const r = await host.invoke('units.import', { format: 'csv', content: ['Mã;Tên;Cấp;Mã cấp trên;Hoạt động;Sáp nhập vào', ...rows].join('\r\n'), dryRun: false });
    if (!r.ok) process.stdout.write(`${JSON.stringify(r.error)}\n`);
  }
}

void main();

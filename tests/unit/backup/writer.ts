// A second program writing to the same data folder, for the concurrency test and the drill:
// `node --import tsx writer.ts DATA_DIR ROLE COUNT TAG`. Prints one JSON line with its counts.
import { createHost } from '../../../src-main/host';
import { migrationsDir } from '../../../src-main/paths';

async function main() {
  const [dataDir, role, countArg, tag] = process.argv.slice(2);
  const count = Number(countArg);
  const host = createHost({ dataDir: dataDir!, migrationsDir: migrationsDir(), program: `writer ${role} ${tag}`, noDailyBackup: true });
  const out = { role, ok: 0, failed: 0, errors: [] as string[] };
  const call = async (name: string, input: unknown) => {
    const r = await host.invoke(name, input);
    if (r.ok) out.ok++;
    else {
      out.failed++;
      if (out.errors.length < 5) out.errors.push(`${name}: ${r.error.code} ${r.error.message}`);
    }
    return r;
  };
  for (let i = 0; i < count; i++) {
    if (role === 'people') {
      // A clerk's edits: create a person, and every third one corrected right after.
      const r = await call('people.create', { familyName: 'Trần', middleName: tag, givenName: `Số ${i}`, gender: 'female', birthYear: 1980 });
      if (r.ok && i % 3 === 0) {
        const p = r.result as { id: string; rev: number };
        await call('people.update', { id: p.id, rev: p.rev, familyName: 'Trần', middleName: tag, givenName: `Số ${i} (sửa)`, gender: 'female', birthYear: 1981 });
      }
    } else if (role === 'units') {
      // A list import: 25 units in one transaction, each call.
      const rows = Array.from({ length: 25 }, (_, k) => `${tag}-${i}-${k};Thôn ${tag} ${i}-${k};Xã;;có;`);
      await call('units.import', { format: 'csv', content: ['Mã;Tên;Cấp;Mã cấp trên;Hoạt động;Sáp nhập vào', ...rows].join('\r\n'), dryRun: false });
    }
  }
  host.close();
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

void main();

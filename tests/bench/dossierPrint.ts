/**
 * A dossier's printed set (issue 18): 50 and 200 nominees, each with a report and award history,
 * built through "print.dossierSet" (one read of the data, then every document). Figures only:
 * the time should grow about linearly with the nominees (ratio ≈ 4 for 4× nominees).
 * Run alone: `npx tsx tests/bench/dossierPrint.ts`.
 */
import { performance } from 'node:perf_hooks';
import { createHost } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';
import { tempDir } from '../unit/helpers';

export async function measureDossierPrint(n: number): Promise<number> {
  const host = createHost({ dataDir: tempDir('tdkt-bench-'), migrationsDir: migrationsDir(), now: () => new Date('2026-03-15T08:00:00+07:00') });
  const call = async (name: string, input: unknown) => {
    const r = await host.invoke(name, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.result as Record<string, unknown> & { id: string };
  };
  const inst = await call('setup.init', { unit: { code: 'XA-B', name: 'Xã Bench', level: 'commune' }, parent: { code: 'T-B', name: 'Tỉnh Bench', level: 'province' }, clerkName: 'Bench' }) as unknown as { unitId: string };
  const d = await call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Bench' });
  await call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 10, councilWritten: 0 });
  for (let i = 0; i < n; i++) {
    const p = await call('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: `Bench ${i}`, gender: 'male', unitId: inst.unitId, position: 'Công chức' });
    await call('awards.addHistory', { subjectType: 'person', subjectId: p.id, year: 2024, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionNumber: `${i}/QĐ-UBND`, decisionDate: '2024-12-20', issuer: 'UBND xã' });
    await call('evaluations.set', { personId: p.id, year: 2025, level: 'HTXS', note: '' });
    const nominee = await call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: 'Hoàn thành xuất sắc nhiệm vụ' });
    await call('dossiers.updateNominee', { dossierId: d.id, nomineeId: nominee.id, summary: 'Hoàn thành xuất sắc nhiệm vụ', report: 'Báo cáo.\nThành tích.', voteYes: i % 5 === 0 ? 6 : 9, collectiveFacts: null });
  }
  const t = performance.now();
  const files = (await call('print.dossierSet', { id: d.id })) as unknown as unknown[];
  const ms = performance.now() - t;
  if (files.length < n + 3) throw new Error(`expected ${n + 3} files, got ${files.length}`);
  host.close();
  return ms;
}

if (process.argv[1]?.endsWith('dossierPrint.ts')) {
  void (async () => {
    const [a, b] = [await measureDossierPrint(50), await measureDossierPrint(200)];
    console.table([{ measure: 'print a dossier set (ms)', '50 nominees': a.toFixed(0), '200 nominees': b.toFixed(0), 'ratio (4× nominees)': (b / a).toFixed(2) }]);
  })();
}

import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/api';

type Invoke = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

/**
 * Last year's province-level awards in the award history, decided in December of that year, so
 * the statistics form 0603.N (số khen thưởng cấp bộ, ban, ngành, tỉnh) of that year has figures:
 * Bằng khen của Chủ tịch UBND tỉnh for two of the unit's own people (a leader and a direct
 * worker when the demo has them, never the dossier's nominees) and for a thôn, Cờ thi đua của UBND tỉnh for a school. Added
 * after the typical examples, whose award choices stay as they were.
 */
export async function demoProvinceAwards(
  invoke: Invoke, today: string, home: { id: string }, village: { id: string }, school: { id: string },
): Promise<number> {
  const year = Number(today.slice(0, 4)) - 1;
  // Not the last-year dossier's four nominees (from the 31st on, or the last four): their reports stay as they were.
  const found = await invoke('people.search', { query: '', offset: 0, limit: 30, unitId: home.id });
  const own = found.items.slice(0, Math.max(0, Math.min(30, found.total - 4)));
  const leader = own.find((p) => /^(Phó )?Chủ tịch UBND/u.test(p.position)) ?? own[0];
  const worker = own.find((p) => p.directLabor && p.id !== leader?.id) ?? own.find((p) => p.id !== leader?.id);
  const decision = { category: 'cong-trang' as const, decisionNumber: `2150/QĐ-UBND`, decisionDate: `${year}-12-10`, issuer: 'Chủ tịch UBND tỉnh' };
  let added = 0;
  for (const p of [leader, worker]) {
    if (!p) continue;
    await invoke('awards.addHistory', { subjectType: 'person', subjectId: p.id, year, awardCode: 'BK_CT_TINH', awardName: 'Bằng khen của Chủ tịch UBND tỉnh', ...decision });
    added++;
  }
  await invoke('awards.addHistory', { subjectType: 'collective', subjectId: village.id, year, awardCode: 'BK_CT_TINH_TT', awardName: 'Bằng khen của Chủ tịch UBND tỉnh', ...decision });
  await invoke('awards.addHistory', {
    subjectType: 'collective', subjectId: school.id, year, awardCode: 'CO_TD_TINH', awardName: 'Cờ thi đua của UBND tỉnh', category: 'cong-trang',
    decisionNumber: '2151/QĐ-UBND', decisionDate: `${year}-12-10`, issuer: 'UBND tỉnh',
  });
  return added + 2;
}

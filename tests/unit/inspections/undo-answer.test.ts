import { describe, expect, it } from 'vitest';
import { inspectionSetup } from './fixture';

// "Bỏ kết quả" in the checklist clears an item through inspections.answer, and "Hoàn tác" sends
// the previous answer back through the same call: each step one transaction with an audit row.
describe('taking back an inspection answer and undoing it', () => {
  it('clears the result keeping the findings, and the previous answer comes back, audited both ways', async () => {
    const { h, ia } = await inspectionSetup();
    const answer = { inspectionId: ia.id, itemCode: '1.2', result: 'chua-dat' as const, score: null, findings: 'Quy chế năm 2019', documentsSeen: 'Quyết định 05/QĐ' };
    await h.call('inspections.answer', answer);
    const cleared = await h.call('inspections.answer', { ...answer, result: null });
    expect(cleared).toMatchObject({ progress: { answered: 0 }, answer: { result: null, findings: 'Quy chế năm 2019' } });
    expect((await h.call('inspections.get', { id: ia.id })).inspection.notMet).toBe(0);
    const undone = await h.call('inspections.answer', answer);
    expect(undone).toMatchObject({ progress: { answered: 1 }, answer: { result: 'chua-dat', findings: 'Quy chế năm 2019', documentsSeen: 'Quyết định 05/QĐ' } });
    expect((await h.call('inspections.get', { id: ia.id })).inspection.notMet).toBe(1);
    const trail = h.context().sqlite
      .prepare(`SELECT json_extract(before, '$.result') b, json_extract(after, '$.result') a FROM audit WHERE entity = 'inspection-answer' ORDER BY seq`)
      .all();
    expect(trail).toEqual([{ b: null, a: 'chua-dat' }, { b: 'chua-dat', a: null }, { b: null, a: 'chua-dat' }]);
  });
});

import { initializedHost } from '../helpers';

/** A commune installation with two agencies under it to inspect, and a 2026 plan over both. */
export async function inspectionSetup() {
  const { h, inst } = await initializedHost();
  const a = await h.call('units.create', { code: 'TH-TP', name: 'Trường Tiểu học Tân Phong', level: 'agency', parentId: inst.unitId });
  const b = await h.call('units.create', { code: 'TYT-TP', name: 'Trạm Y tế xã Tân Phong', level: 'agency', parentId: inst.unitId });
  const [template] = await h.call('inspections.templates', {});
  const planInput = (over: Record<string, unknown> = {}) => ({
    year: 2026, inspectingBody: 'UBND xã Tân Phong', planNumber: '12/KH-UBND', planDate: '2026-03-01',
    team: [
      { name: 'Lê Văn Trưởng', position: 'Phó Chủ tịch UBND xã', role: 'truong-doan' as const },
      { name: 'Phạm Thị Thư', position: 'Công chức Văn phòng', role: 'thu-ky' as const },
    ],
    units: [{ unitId: a.id, plannedFrom: '2026-04-01', plannedTo: '2026-04-02' }, { unitId: b.id, plannedFrom: '2026-04-10', plannedTo: null }],
    ...over,
  });
  const plan = await h.call('inspections.createPlan', planInput());
  return { h, inst, a, b, template: template!, plan, planInput, ia: plan.units[0]!, ib: plan.units[1]! };
}

export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

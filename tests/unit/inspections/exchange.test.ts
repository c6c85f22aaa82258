import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { dump, exportFrom, pair, read, resign } from '../exchange/pair';
import { PNG } from './fixture';

/** The commune inspects one of its agencies with an edited checklist, with evidence, and finishes. */
async function communeInspects() {
  const s = await pair();
  const { xa } = s;
  const home = (await xa.call('setup.status', {})).installation!.unitId;
  const school = await xa.call('units.create', { code: 'XA-TP.TH', name: 'Trường Tiểu học Tân Phong', level: 'agency', parentId: home });
  const [v1] = await xa.call('inspections.templates', {});
  const t = await xa.call('inspections.template', { id: v1!.id });
  const v2 = await xa.call('inspections.saveTemplate', { basedOnId: t.id, name: 'Phiếu kiểm tra của xã', sections: t.sections.slice(0, 2) });
  const plan = await xa.call('inspections.createPlan', {
    year: 2026, inspectingBody: 'UBND xã Tân Phong', templateId: v2.id, team: [{ name: 'Lê Văn Trưởng', role: 'truong-doan' }],
    units: [{ unitId: school.id, plannedFrom: '2026-04-01' }], recommendations: 'Sửa đổi Quy chế.',
  });
  const insp = plan.units[0]!;
  await xa.call('inspections.selfAssess', { inspectionId: insp.id, answers: [{ itemCode: '1.1', result: 'dat', note: 'Có kế hoạch' }] });
  await xa.call('inspections.answer', { inspectionId: insp.id, itemCode: '1.2', result: 'chua-dat', findings: 'Quy chế năm 2019' });
  await xa.call('inspections.attach', { inspectionId: insp.id, itemCode: '1.2', fileName: 'quy-che.png', contentBase64: PNG.toString('base64') });
  await xa.call('inspections.finish', { id: insp.id, reason: 'Kiểm tra chuyên đề phần I' });
  return { ...s, plan, insp, v2 };
}

describe('inspections between a commune and the province', () => {
  it('a plan with its checklist version and the results with evidence travel up; the copies are read-only', async () => {
    const { prov, xa, plan, insp, v2 } = await communeInspects();
    const [pkg] = await exportFrom(xa, 'T12');
    const env = read(pkg!.file);
    const types = env.body.records.map((r) => r.type);
    expect(types.indexOf('inspection-plan')).toBeLessThan(types.indexOf('inspection'));
    expect(env.body.records.find((r) => r.type === 'inspection')!.data).toMatchObject({
      status: 'finished', finishReason: 'Kiểm tra chuyên đề phần I', unit: { code: 'XA-TP.TH', level: 'agency' },
      answers: [{ itemCode: '1.1', result: 'dat', source: 'unit', self: { note: 'Có kế hoạch' } }, { itemCode: '1.2', result: 'chua-dat', source: 'team' }],
      evidence: [{ itemCode: '1.2', mime: 'image/png' }],
    });
    expect(env.body.attachments).toHaveLength(1);

    await prov.call('exchange.import', { path: pkg!.file });
    const copy = await prov.call('inspections.get', { id: insp.id });
    expect(copy.inspection).toMatchObject({ origin: 'XA-TP', editable: false, status: 'finished', unitName: 'Trường Tiểu học Tân Phong', notMet: 1 });
    expect(copy.template).toMatchObject({ id: v2.id, version: 2, source: 'received', name: 'Phiếu kiểm tra của xã' });
    expect(copy.progress).toMatchObject({ answered: 2, total: 8 });
    expect((await prov.call('inspections.evidence', { evidenceId: copy.evidence[0]!.id })).contentBase64).toBe(PNG.toString('base64'));
    expect(await prov.call('inspections.getPlan', { id: plan.id })).toMatchObject({ editable: false, recommendations: 'Sửa đổi Quy chế.', templateVersion: 2 });
    expect((await prov.call('inspections.summary', { year: 2026 })).mostNotMet).toEqual([{ code: '1.2', text: expect.any(String), count: 1 }]);

    const before = dump(prov);
    expect((await prov.fail('inspections.answer', { inspectionId: insp.id, itemCode: '1.1', result: 'chua-dat' })).message).toMatch(/bản sao nhận từ đơn vị XA-TP/);
    expect((await prov.fail('inspections.deletePlan', { id: plan.id })).code).toBe('READ_ONLY');
    expect(await prov.call('exchange.import', { path: pkg!.file })).toMatchObject({ duplicate: true, applied: false });
    expect(dump(prov)).toBe(before);
  });

  it('the province’s plan goes down with the reference package; the commune sees its inspection coming', async () => {
    const { prov, xa } = await pair();
    const xaUnit = (await prov.call('units.list', { query: 'Tân Phong' })).items.find((u) => u.code === 'XA-TP');
    const unitId = xaUnit?.id ?? (await prov.call('units.create', { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parentId: (await prov.call('setup.status', {})).installation!.unitId })).id;
    const plan = await prov.call('inspections.createPlan', {
      year: 2026, inspectingBody: 'Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu', planNumber: '45/KH-HĐTĐKT', units: [{ unitId, plannedFrom: '2026-09-15', plannedTo: '2026-09-16' }],
    });
    const issued = await prov.call('reference.issue', { outDir: tempDir(), expiresDays: 365 });
    expect((await xa.call('exchange.import', { path: issued.files[0]!.file })).applied).toBe(true);
    const mine = await xa.call('inspections.list', { year: 2026 });
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ planId: plan.id, unitCode: 'XA-TP', plannedFrom: '2026-09-15', status: 'planned', total: 16, origin: 'T12' });
    expect(await xa.call('inspections.getPlan', { id: plan.id })).toMatchObject({ planNumber: '45/KH-HĐTĐKT', editable: false, deadline: '2026-11-30' });
  });

  it('the commune fills its own self-assessment of the province’s plan and sends it up; it pre-fills the inspection as the unit’s', async () => {
    const { prov, xa } = await pair();
    const xaUnit = (await prov.call('units.list', { query: 'Tân Phong' })).items.find((u) => u.code === 'XA-TP');
    const unitId = xaUnit?.id ?? (await prov.call('units.create', { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parentId: (await prov.call('setup.status', {})).installation!.unitId })).id;
    const plan = await prov.call('inspections.createPlan', { year: 2026, inspectingBody: 'Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu', units: [{ unitId }] });
    const inspectionId = plan.units[0]!.id;
    await prov.call('inspections.answer', { inspectionId, itemCode: '1.2', result: 'chua-dat', findings: 'Quy chế năm 2019' });
    const issued = await prov.call('reference.issue', { outDir: tempDir(), expiresDays: 365 });
    await xa.call('exchange.import', { path: issued.files[0]!.file });

    // On the commune: empty at first, then saved item by item (merged), on its own record.
    expect(await xa.call('inspections.selfAssessment', { planId: plan.id })).toMatchObject({ id: null, inspectionId, answers: [], rev: 0 });
    await xa.call('inspections.saveSelfAssessment', { planId: plan.id, answers: [{ itemCode: '1.1', result: 'dat', note: 'Có kế hoạch năm' }] });
    const saved = await xa.call('inspections.saveSelfAssessment', { planId: plan.id, answers: [{ itemCode: '1.2', result: 'dat', note: 'Đã sửa Quy chế' }] });
    expect(saved).toMatchObject({ rev: 2, answers: [{ itemCode: '1.1', result: 'dat' }, { itemCode: '1.2', result: 'dat' }] });
    expect((await xa.fail('inspections.saveSelfAssessment', { planId: plan.id, answers: [{ itemCode: 'Z.9', result: 'dat' }] })).message).toMatch(/không có nội dung mã "Z.9"/);
    // The province's inspection itself stays read-only on the commune.
    expect((await xa.fail('inspections.selfAssess', { inspectionId, answers: [{ itemCode: '1.1', result: 'dat' }] })).code).toBe('READ_ONLY');

    expect((await xa.call('records.list', { type: 'inspection-self-assessment', includeDeleted: false, offset: 0, limit: 10 })).items[0]).toMatchObject({ title: 'Tự đánh giá của Xã Tân Phong', rev: 2 });

    const [pkg] = await exportFrom(xa, 'T12');
    const env = read(pkg!.file);
    const rec = env.body.records.find((r) => r.type === 'inspection-self-assessment')!;
    expect(rec).toMatchObject({ origin: 'XA-TP', rev: 2, data: { inspectionId, planId: plan.id, unit: { code: 'XA-TP' } } });

    // An item the plan's checklist does not have: that record is rejected in the preview with
    // the reason, the rest of the package lands, the inspection is untouched and nothing is acked
    // for it (so the commune sends it again once corrected).
    const answersBefore = prov.context().sqlite.prepare('SELECT * FROM inspection_answers ORDER BY item_code').all();
    const tamper = structuredClone(env);
    tamper.header.packageId = crypto.randomUUID();
    (tamper.body.records.find((r) => r.type === 'inspection-self-assessment')!.data as { answers: { itemCode: string }[] }).answers[0]!.itemCode = 'Z.9';
    const bad = path.join(tempDir(), 'bad.tdkt');
    fs.writeFileSync(bad, resign(xa, tamper));
    const tampered = await prov.call('exchange.import', { path: bad });
    expect(tampered.applied).toBe(true);
    expect(tampered.rows.find((r) => r.type === 'inspection-self-assessment')).toMatchObject({
      action: 'rejected', reason: expect.stringMatching(/không có trong mẫu phiếu của kế hoạch kiểm tra \(mã Z\.9\)/),
    });
    expect(prov.context().sqlite.prepare('SELECT count(*) n FROM inspection_self_assessments').get()).toEqual({ n: 0 });
    expect(prov.context().sqlite.prepare('SELECT * FROM inspection_answers ORDER BY item_code').all()).toEqual(answersBefore);

    await prov.call('exchange.import', { path: pkg!.file });
    const got = await prov.call('inspections.get', { id: inspectionId });
    expect(got.answers.find((a) => a.itemCode === '1.1')).toMatchObject({ result: 'dat', source: 'unit', self: { result: 'dat', note: 'Có kế hoạch năm' } });
    expect(got.answers.find((a) => a.itemCode === '1.2')).toMatchObject({ result: 'chua-dat', source: 'team', findings: 'Quy chế năm 2019', self: { result: 'dat', note: 'Đã sửa Quy chế' } });
    expect(got.inspection.editable).toBe(true);

    // The unit takes back its answer on 1.1 and sends again: the province's copy says no more
    // than the unit does (the pre-filled 1.1 goes; the team's own 1.2 stays with the new note).
    await xa.call('inspections.saveSelfAssessment', { planId: plan.id, answers: [{ itemCode: '1.1', result: null, score: null, note: '' }, { itemCode: '1.2', result: 'dat', note: 'Quy chế mới ban hành' }] });
    const [again] = await exportFrom(xa, 'T12');
    expect(read(again!.file).body.records.filter((r) => r.type === 'inspection-self-assessment')).toMatchObject([{ rev: 3, data: { answers: [{ itemCode: '1.2' }] } }]);
    await prov.call('exchange.import', { path: again!.file });
    const after = await prov.call('inspections.get', { id: inspectionId });
    expect(after.answers.find((a) => a.itemCode === '1.1') ?? null).toMatchObject({ result: null, self: null });
    expect(after.answers.find((a) => a.itemCode === '1.2')).toMatchObject({ result: 'chua-dat', source: 'team', self: { result: 'dat', note: 'Quy chế mới ban hành' } });
    expect(after.progress.answered).toBe(1);
  });

  it('a checklist version the province publishes without a plan reaches the commune in the reference package and becomes its default', async () => {
    const { prov, xa } = await pair();
    const [v1] = await prov.call('inspections.templates', { key: null });
    const t1 = await prov.call('inspections.template', { id: v1!.id });
    const sections = [...t1.sections, { code: '7', title: 'Chuyển đổi số trong công tác thi đua, khen thưởng', items: [{ ...t1.sections[0]!.items[0]!, code: '7.1', text: 'Cập nhật hồ sơ khen thưởng trên phần mềm' }] }];
    const v2 = await prov.call('inspections.saveTemplate', { basedOnId: t1.id, name: 'Phiếu kiểm tra năm 2026 của tỉnh', description: 'Thêm nội dung chuyển đổi số', sections });
    const issued = await prov.call('reference.issue', { outDir: tempDir(), expiresDays: 365 });
    const env = read(issued.files[0]!.file);
    expect(env.body.records.filter((r) => r.type === 'checklist-template')).toMatchObject([{ id: v2.id, rev: 1, origin: 'T12', data: { version: 2, name: 'Phiếu kiểm tra năm 2026 của tỉnh' } }]);

    const preview = await xa.call('exchange.preview', { path: issued.files[0]!.file });
    expect(preview.rows.find((r) => r.type === 'checklist-template')).toMatchObject({ action: 'new', title: 'Phiếu kiểm tra năm 2026 của tỉnh - phiên bản 2', typeLabel: 'Mẫu phiếu kiểm tra công tác thi đua, khen thưởng' });
    await xa.call('exchange.import', { path: issued.files[0]!.file });
    expect(await xa.call('inspections.template', { id: v2.id })).toMatchObject({ version: 2, source: 'received', origin: 'T12', latest: true, items: 17 });
    // The commune's own plan (of its school) now uses the province's version unless told otherwise.
    const home = (await xa.call('setup.status', {})).installation!.unitId;
    const school = await xa.call('units.create', { code: 'XA-TP.TH', name: 'Trường Tiểu học Tân Phong', level: 'agency', parentId: home });
    const plan = await xa.call('inspections.createPlan', { year: 2026, inspectingBody: 'UBND xã Tân Phong', units: [{ unitId: school.id }] });
    expect(plan).toMatchObject({ templateId: v2.id, templateVersion: 2 });
    // The commune's own edit after it is version 3; exactly one version is the newest.
    const mineV3 = await xa.call('inspections.saveTemplate', { basedOnId: v2.id, name: 'Phiếu kiểm tra của xã', description: '', sections });
    expect(mineV3).toMatchObject({ version: 3, source: 'local' });
    expect((await xa.call('inspections.templates', { key: null })).filter((t) => t.latest).map((t) => t.id)).toEqual([mineV3.id]);
    // Versions never change: the next reference package leaves the copy as it is.
    const next = await prov.call('reference.issue', { outDir: tempDir(), expiresDays: 365 });
    const re = await xa.call('exchange.import', { path: next.files[0]!.file });
    expect(re.rows.find((r) => r.type === 'checklist-template')).toMatchObject({ action: 'unchanged' });
  });

  it('results that arrive before their plan are rejected on their own, with the reason; the rest of the package lands', async () => {
    const { prov, xa, insp } = await communeInspects();
    const [pkg] = await exportFrom(xa, 'T12');
    const env = read(pkg!.file);
    env.header.packageId = crypto.randomUUID();
    env.body.records = env.body.records.filter((r) => r.type !== 'inspection-plan');
    env.header.counts.records = env.body.records.length;
    const alone = path.join(tempDir(), 'alone.tdkt');
    fs.writeFileSync(alone, resign(xa, env));
    const got = await prov.call('exchange.import', { path: alone });
    expect(got.applied).toBe(true);
    expect(got.rows.find((r) => r.type === 'inspection')).toMatchObject({
      action: 'rejected', reason: 'Kết quả kiểm tra Trường Tiểu học Tân Phong năm 2026 đến trước kế hoạch kiểm tra của nó; hãy đề nghị đơn vị XA-TP gửi lại tất cả (gửi kèm kế hoạch).',
    });
    expect(got.rows.find((r) => r.type === 'person')).toMatchObject({ action: 'new' });
    expect(prov.context().sqlite.prepare('SELECT count(*) n FROM inspections WHERE id = ?').get(insp.id)).toEqual({ n: 0 });
    // Nothing acked for the rejected result: the commune's next package carries it again, with its plan.
    await prov.call('exchange.import', { path: pkg!.file });
    expect((await prov.call('inspections.get', { id: insp.id })).inspection).toMatchObject({ status: 'finished', origin: 'XA-TP' });
  });
});

import { describe, expect, it } from 'vitest';
import { dump } from '../exchange/pair';
import { inspectionSetup, PNG } from './fixture';

describe('inspection plans and fieldwork', () => {
  it('loads the shipped checklist on first use and makes a plan with a default deadline', async () => {
    const { h, template, plan } = await inspectionSetup();
    expect(template).toMatchObject({ key: 'kiem-tra-tdkt', version: 1, source: 'shipped', latest: true, items: 16 });
    expect(plan).toMatchObject({
      year: 2026, deadline: '2026-11-30', title: 'Kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2026', templateVersion: 1, finished: 0, editable: true,
      due: { state: 'ok', daysLeft: 260 }, // 15/03 to 30/11
    });
    expect(plan.units.map((u) => [u.unitName, u.status, u.answered, u.total])).toEqual([
      ['Trường Tiểu học Tân Phong', 'planned', 0, 16], ['Trạm Y tế xã Tân Phong', 'planned', 0, 16],
    ]);
    expect(await h.call('inspections.plans', { year: 2026 })).toMatchObject([{ units: 2, finished: 0, templateVersion: 1, due: { state: 'ok', daysLeft: 260 } }]);
  });

  it('saves each answer at once, counts progress and starts the fieldwork', async () => {
    const { h, ia } = await inspectionSetup();
    const r = await h.call('inspections.answer', { inspectionId: ia.id, itemCode: '1.1', result: 'dat', findings: 'Có Kế hoạch số 05/KH-UBND' });
    expect(r).toMatchObject({ status: 'in-progress', progress: { answered: 1, total: 16 }, answer: { result: 'dat', source: 'team' } });
    await h.call('inspections.answer', { inspectionId: ia.id, itemCode: '1.2', result: 'chua-dat', findings: 'Quy chế ban hành năm 2019,\nchưa sửa theo Luật 2022' });
    const d = await h.call('inspections.get', { id: ia.id });
    expect(d.progress.answered).toBe(2);
    expect(d.answers[1]!.findings).toBe('Quy chế ban hành năm 2019,\nchưa sửa theo Luật 2022');
    expect(d.inspection).toMatchObject({ notMet: 1, status: 'in-progress', inspectingBody: 'UBND xã Tân Phong' });
  });

  it('refuses to finish with unanswered items unless a reason is given, and reopens', async () => {
    const { h, ia, template } = await inspectionSetup();
    const t = await h.call('inspections.template', { id: template.id });
    const codes = t.sections.flatMap((s) => s.items.map((i) => i.code));
    for (const c of codes.slice(0, -2)) await h.call('inspections.answer', { inspectionId: ia.id, itemCode: c, result: 'dat' });
    const before = dump(h);
    const err = await h.fail('inspections.finish', { id: ia.id });
    expect(err.code).toBe('UNANSWERED_ITEMS');
    expect(err.message).toContain('Còn 2 nội dung chưa đánh giá: 5.2, 6.1.');
    expect(dump(h)).toBe(before);
    const done = await h.call('inspections.finish', { id: ia.id, reason: 'Đơn vị chưa cung cấp chứng từ quỹ', conclusion: 'Cơ bản thực hiện tốt.' });
    expect(done).toMatchObject({ status: 'finished', finishReason: 'Đơn vị chưa cung cấp chứng từ quỹ', unansweredAtFinish: ['5.2', '6.1'], conclusion: 'Cơ bản thực hiện tốt.' });
    expect((await h.fail('inspections.answer', { inspectionId: ia.id, itemCode: '6.1', result: 'dat' })).message).toMatch(/mở lại/);
    const again = await h.call('inspections.reopen', { id: ia.id });
    expect(again).toMatchObject({ status: 'in-progress', finishReason: null, finishedAt: null });
    await h.call('inspections.answer', { inspectionId: ia.id, itemCode: '5.2', result: 'kad' });
    await h.call('inspections.answer', { inspectionId: ia.id, itemCode: '6.1', result: 'dat' });
    expect(await h.call('inspections.finish', { id: ia.id })).toMatchObject({ status: 'finished', finishReason: null, unansweredAtFinish: [] });
  });

  it('keeps the version an open inspection used when the checklist is edited', async () => {
    const { h, ia, ib, template, plan, planInput } = await inspectionSetup();
    await h.call('inspections.answer', { inspectionId: ia.id, itemCode: '1.1', result: 'dat' });
    const t = await h.call('inspections.template', { id: template.id });
    const sections = [...t.sections, { code: 'VII', title: 'Chuyển đổi số trong công tác thi đua', items: [{ code: '7.1', text: 'Dùng phần mềm quản lý thi đua, khen thưởng', scale: 'score' as const, max: 10, weight: 2 }] }];
    const v2 = await h.call('inspections.saveTemplate', { basedOnId: t.id, name: 'Phiếu kiểm tra năm 2026 (sửa)', sections });
    expect(v2).toMatchObject({ version: 2, source: 'local', basedOnId: t.id, items: 17, latest: true });
    expect((await h.call('inspections.template', { id: t.id })).items).toBe(16);
    await h.call('inspections.updatePlan', { ...planInput({ templateId: v2.id }), id: plan.id });
    const a = await h.call('inspections.get', { id: ia.id });
    const b = await h.call('inspections.get', { id: ib.id });
    expect([a.template.version, a.progress.total]).toEqual([1, 16]);
    expect([b.template.version, b.progress.total]).toEqual([2, 17]);
    const list = await h.call('inspections.templates', {});
    expect(list.map((x) => [x.version, x.latest, x.usedBy])).toEqual([[2, true, 2], [1, false, 1]]);
  });

  it('takes the unit self-assessment as a pre-fill the team can overrule', async () => {
    const { h, ib } = await inspectionSetup();
    await h.call('inspections.answer', { inspectionId: ib.id, itemCode: '1.1', result: 'chua-dat', findings: 'Chưa có kế hoạch' });
    const d = await h.call('inspections.selfAssess', {
      inspectionId: ib.id,
      answers: [{ itemCode: '1.1', result: 'dat', note: 'Đã có' }, { itemCode: '1.2', result: 'dat', note: 'Quy chế 2023' }],
    });
    const [one, two] = d.answers;
    expect(one).toMatchObject({ itemCode: '1.1', result: 'chua-dat', source: 'team', self: { result: 'dat', note: 'Đã có' } });
    expect(two).toMatchObject({ itemCode: '1.2', result: 'dat', source: 'unit', self: { result: 'dat' } });
    expect(d.progress.answered).toBe(2);
    const r = await h.call('inspections.answer', { inspectionId: ib.id, itemCode: '1.2', result: 'chua-dat' });
    expect(r.answer).toMatchObject({ source: 'team', result: 'chua-dat', self: { result: 'dat' } });
  });

  it('stores evidence by content and refuses a file that is not a photo or PDF', async () => {
    const { h, ia } = await inspectionSetup();
    const ev = await h.call('inspections.attach', { inspectionId: ia.id, itemCode: '3.1', fileName: 'qd-hoi-dong.png', contentBase64: PNG.toString('base64') });
    expect(ev).toMatchObject({ itemCode: '3.1', mime: 'image/png', size: PNG.length });
    await h.call('inspections.attach', { inspectionId: ia.id, itemCode: '3.2', fileName: 'ban-sao.png', contentBase64: PNG.toString('base64') });
    expect((h.context().sqlite.prepare('SELECT count(*) n FROM attachments').get() as { n: number }).n).toBe(1);
    expect((await h.call('inspections.evidence', { evidenceId: ev.id })).contentBase64).toBe(PNG.toString('base64'));
    const before = dump(h);
    const err = await h.fail('inspections.attach', { inspectionId: ia.id, itemCode: '3.1', fileName: 'bao-cao.docx', contentBase64: Buffer.from('PK\u0003\u0004word').toString('base64') });
    expect(err.message).toMatch(/"bao-cao.docx" không phải ảnh JPEG, PNG hay tệp PDF thật/);
    const big = await h.fail('inspections.attach', { inspectionId: ia.id, itemCode: '3.1', fileName: 'to.pdf', contentBase64: 'A'.repeat(41_943_100) });
    expect(big.message).toMatch(/tối đa 30 MB/);
    expect(dump(h)).toBe(before);
    await h.call('inspections.detach', { inspectionId: ia.id, evidenceId: ev.id });
    expect((await h.call('inspections.get', { id: ia.id })).evidence.map((e) => e.itemCode)).toEqual(['3.2']);
  });

  it.each([
    ['an unknown item', { itemCode: '9.9', result: 'dat' }, /không có nội dung mã "9.9"/],
    ['a score on a Đạt / Chưa đạt item', { itemCode: '1.1', score: 5 }, /không chấm điểm/],
    ['a result that does not exist', { itemCode: '1.1', result: 'tot' }, /Chọn kết quả: Đạt, Chưa đạt hoặc Không áp dụng/],
  ])('refuses %s and changes nothing', async (_l, change, message) => {
    const { h, ia } = await inspectionSetup();
    const before = dump(h);
    expect((await h.fail('inspections.answer', { inspectionId: ia.id, ...change })).message).toMatch(message);
    expect(dump(h)).toBe(before);
  });

  it('refuses bad plans with clear messages and stores nothing', async () => {
    const { h, a, planInput, plan } = await inspectionSetup();
    const before = dump(h);
    expect((await h.fail('inspections.createPlan', planInput({ inspectingBody: '' }))).message).toMatch(/Vui lòng nhập cơ quan kiểm tra/);
    expect((await h.fail('inspections.createPlan', planInput({ units: [{ unitId: a.id }, { unitId: a.id }] }))).message).toMatch(/có hai lần trong kế hoạch/);
    expect((await h.fail('inspections.createPlan', planInput({ units: [{ unitId: a.id, plannedFrom: '2026-05-02', plannedTo: '2026-05-01' }] }))).message).toMatch(/trước ngày bắt đầu/);
    expect((await h.fail('inspections.createPlan', planInput({ team: [{ name: 'A', role: 'truong-doan' }, { name: 'B', role: 'truong-doan' }] }))).message).toMatch(/chỉ có một Trưởng đoàn/);
    expect(dump(h)).toBe(before);
    await h.call('inspections.answer', { inspectionId: plan.units[0]!.id, itemCode: '1.1', result: 'dat' });
    expect((await h.fail('inspections.updatePlan', { ...planInput({ units: [] }), id: plan.id })).message).toMatch(/đã được kiểm tra/);
    expect((await h.fail('inspections.deletePlan', { id: plan.id })).code).toBe('PLAN_IN_USE');
  });

  it('adds up the year in summary figures with the team recommendations', async () => {
    const { h, ia, ib, plan } = await inspectionSetup();
    await h.call('inspections.answer', { inspectionId: ia.id, itemCode: '1.2', result: 'chua-dat' });
    await h.call('inspections.answer', { inspectionId: ib.id, itemCode: '1.2', result: 'chua-dat' });
    await h.call('inspections.answer', { inspectionId: ib.id, itemCode: '6.1', result: 'chua-dat' });
    await h.call('inspections.answer', { inspectionId: ib.id, itemCode: '1.1', result: 'dat' });
    await h.call('inspections.finish', { id: ib.id, reason: 'Kiểm tra theo chuyên đề' });
    await h.call('inspections.setRecommendations', { planId: plan.id, recommendations: 'Sửa đổi Quy chế thi đua, khen thưởng.' });
    const s = await h.call('inspections.summary', { year: 2026 });
    expect(s).toMatchObject({
      plans: 1, units: { total: 2, inspected: 2, finished: 1, inProgress: 1, planned: 0 }, results: { dat: 1, chuaDat: 3, kad: 0, unanswered: 28 },
      progress: { answered: 4, total: 32 },
      mostNotMet: [{ code: '1.2', count: 2 }, { code: '6.1', count: 1 }],
      recommendations: [{ planId: plan.id, text: 'Sửa đổi Quy chế thi đua, khen thưởng.' }],
    });
    expect(s.items.find((i) => i.code === '1.2')?.notMetUnits).toEqual(['Trường Tiểu học Tân Phong', 'Trạm Y tế xã Tân Phong']);
    expect((await h.call('inspections.list', { year: 2026, status: 'finished' })).items.map((i) => i.unitName)).toEqual(['Trạm Y tế xã Tân Phong']);
  });
});

describe('inspections in the record list and the demo', () => {
  it('lists inspections and plans as record types', async () => {
    const { h } = await inspectionSetup();
    const r = await h.call('records.list', { type: 'inspection', includeDeleted: false, offset: 0, limit: 10 });
    expect(r.items.map((x) => x.title).sort()).toEqual(['Trường Tiểu học Tân Phong - kiểm tra năm 2026', 'Trạm Y tế xã Tân Phong - kiểm tra năm 2026']);
    expect((await h.call('records.list', { type: 'inspection-plan', includeDeleted: false, offset: 0, limit: 10 })).items[0]!.title).toBe('Kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2026');
  });
});

import { describe, expect, it } from 'vitest';
import { dump } from '../exchange/pair';
import { initiativeSetup, sheet } from './fixture';

describe('initiative applications', () => {
  it('records an application with authors, issues the receipt and counts three months from it', async () => {
    const { h, application } = await initiativeSetup();
    const i = await h.call('initiatives.create', application({ trialParticipants: [{ name: 'Vũ Thị Mai', position: 'Công chức Tư pháp', workplace: 'UBND xã' }] }));
    expect(i).toMatchObject({ status: 'draft', addressedTo: 'Xã Tân Phong', roundName: 'Đợt I năm 2026', dueOn: null, dueState: 'none', rev: 1 });
    expect(i.authors.map((a) => [a.fullName, a.share])).toEqual([['Nguyễn Văn An', 70], ['Trần Thị Bình', 30]]);
    expect(i.trialParticipants[0]).toMatchObject({ name: 'Vũ Thị Mai', part: '' });
    const r = await h.call('initiatives.receive', { id: i.id, receivedOn: '2026-03-10' });
    expect(r).toMatchObject({ status: 'received', receiptNumber: '01/BN-SK', dueOn: '2026-06-10', dueState: 'ok', daysLeft: 87, rev: 2 });
    const d = await h.call('initiatives.deadlines', { year: 2026 });
    expect(d).toMatchObject({ waiting: 1, soon: 0, overdue: 0 });
    expect(d.items[0]).toMatchObject({ title: i.title, authors: 'Nguyễn Văn An, Trần Thị Bình' });
    const list = await h.call('initiatives.list', { year: 2026, query: 'tich HO so hoa' });
    expect(list.total).toBe(1);
  });

  it('warns when the answer is late', async () => {
    const { h, application } = await initiativeSetup();
    const i = await h.call('initiatives.create', application());
    await h.call('initiatives.receive', { id: i.id, receivedOn: '2025-12-01' });
    const late = await h.call('initiatives.get', { id: i.id });
    expect(late.initiative).toMatchObject({ dueOn: '2026-03-01', dueState: 'overdue', daysLeft: -14 });
    expect(await h.call('initiatives.deadlines', { year: null })).toMatchObject({ overdue: 1 });
  });

  it.each([
    ['shares not totalling 100 %', (a: ReturnType<Awaited<ReturnType<typeof initiativeSetup>>['application']>) => ({ ...a, authors: a.authors.map((x) => ({ ...x, share: 40 })) }), /Tổng tỷ lệ đóng góp của các tác giả là 80%, phải bằng đúng 100%/],
    ['an author twice', (a: ReturnType<Awaited<ReturnType<typeof initiativeSetup>>['application']>) => ({ ...a, authors: [a.authors[0], a.authors[0]] }), /chỉ ghi một lần/],
    ['no author', (a: ReturnType<Awaited<ReturnType<typeof initiativeSetup>>['application']>) => ({ ...a, authors: [] }), /ít nhất một tác giả/],
    ['a first application in the future', (a: ReturnType<Awaited<ReturnType<typeof initiativeSetup>>['application']>) => ({ ...a, firstAppliedOn: '2026-12-01' }), /tương lai/],
    ['a title of 600 characters', (a: ReturnType<Awaited<ReturnType<typeof initiativeSetup>>['application']>) => ({ ...a, title: 'x'.repeat(600) }), /tối đa 500 ký tự/],
    ['a round of another year', (a: ReturnType<Awaited<ReturnType<typeof initiativeSetup>>['application']>) => ({ ...a, year: 2025 }), /thuộc năm 2026/],
  ])('refuses %s and stores nothing', async (_l, change, message) => {
    const { h, application } = await initiativeSetup();
    const before = dump(h);
    const err = await h.fail('initiatives.create', change(application()));
    expect(err.message).toMatch(message);
    expect(dump(h)).toBe(before);
  });

  it('keeps an application in a closed round', async () => {
    const { h, application, dot1, dot2 } = await initiativeSetup();
    const i = await h.call('initiatives.create', application());
    await h.call('initiatives.setRoundStatus', { id: dot1.id, status: 'closed' });
    const before = dump(h);
    expect((await h.fail('initiatives.assignRound', { id: i.id, roundId: dot2.id })).message).toMatch(/Đợt I năm 2026 đã khóa; không chuyển đơn ra khỏi đợt này/);
    expect((await h.fail('initiatives.update', { ...application({ roundId: null }), id: i.id })).message).toMatch(/đã khóa/);
    expect((await h.fail('initiatives.create', application())).message).toMatch(/đã khóa; không thêm hay chuyển đơn vào đợt này/);
    expect((await h.fail('initiatives.delete', { id: i.id })).message).toMatch(/đã khóa/);
    expect(dump(h)).toBe(before);
    await h.call('initiatives.setRoundStatus', { id: dot1.id, status: 'open' });
    expect((await h.call('initiatives.assignRound', { id: i.id, roundId: dot2.id })).roundName).toBe('Đợt II năm 2026');
  });

  it('makes rounds with the default sheet, once per number a year', async () => {
    const { h, dot1 } = await initiativeSetup();
    expect(dot1).toMatchObject({ name: 'Đợt I', deadline: '2026-06-30', passMark: 50, status: 'open' });
    expect(dot1.criteria.map((c) => c.max)).toEqual([40, 30, 30]);
    expect(await h.call('initiatives.createDefaultRounds', { year: 2026 })).toHaveLength(2);
    expect((await h.fail('initiatives.createRound', { year: 2026, number: 2 })).message).toMatch(/đã có Đợt II/);
    const dot3 = await h.call('initiatives.createRound', { year: 2026, number: 3, criteria: [{ code: 'tinh-moi', name: 'Tính mới', max: 10 }], passMark: 5 });
    expect(dot3).toMatchObject({ name: 'Đợt III', passMark: 5 });
    expect((await h.fail('initiatives.updateRound', { id: dot3.id, year: 2026, number: 3, passMark: 11 })).message).toMatch(/không quá tổng điểm tối đa \(10\)/);
  });
});

describe('council scoring and the decision', () => {
  async function scored(scores: [number, number, number][]) {
    const s = await initiativeSetup();
    const i = await s.h.call('initiatives.create', s.application());
    await s.h.call('initiatives.receive', { id: i.id, receivedOn: '2026-03-10' });
    const members = [s.chu, s.thu, s.uy];
    for (const [k, sc] of scores.entries()) await s.h.call('initiatives.score', { initiativeId: i.id, memberId: members[k]!.id, scores: sheet(...sc) });
    return { ...s, i };
  }

  it('three members score; the average decides; recognition gives a certificate number and the scope', async () => {
    const { h, i, dot1 } = await scored([[30, 20, 20], [25, 20, 15], [35, 25, 25]]);
    const got = await h.call('initiatives.get', { id: i.id });
    expect(got.summary).toMatchObject({ members: 3, scored: 3, average: 71.67, proposal: 'recognise' });
    expect(got.sheets.map((s) => [s.memberName, s.total])).toEqual([['Lê Văn Chủ', 70], ['Phạm Thị Thư', 60], ['Hoàng Văn Ủy', 85]]);
    const r = await h.call('initiatives.decide', { id: i.id, outcome: 'recognised', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionNumber: '45/QĐ-UBND', decisionDate: '2026-03-14' });
    expect(r).toMatchObject({ status: 'recognised', scope: 'co-so', certificateNumber: '01/GCN-SK', recognisedOn: '2026-03-14', dueState: 'answered' });
    expect((await h.call('initiatives.rounds', { year: 2026 }))[0]).toMatchObject({ id: dot1.id, applications: 1, recognised: 1 });
    expect((await h.call('initiatives.ofPerson', { personId: r.authors[1]!.personId }))[0]).toMatchObject({ title: i.title, scope: 'co-so' });
  });

  it.each([
    ['a score outside the scale', async (s: Awaited<ReturnType<typeof scored>>) => s.h.fail('initiatives.score', { initiativeId: s.i.id, memberId: s.uy.id, scores: sheet(45, 10, 10) }), /phải từ 0 đến 40; đã nhập 45/],
    ['the same member scoring twice', async (s: Awaited<ReturnType<typeof scored>>) => s.h.fail('initiatives.score', { initiativeId: s.i.id, memberId: s.chu.id, scores: sheet(10, 10, 10) }), /Lê Văn Chủ đã chấm sáng kiến này; mỗi thành viên chỉ có một phiếu/],
    ['a sheet missing a criterion', async (s: Awaited<ReturnType<typeof scored>>) => s.h.fail('initiatives.score', { initiativeId: s.i.id, memberId: s.uy.id, scores: { 'tinh-moi': 10 } }), /Chưa chấm tiêu chí/],
    ['recognition below the pass mark', async (s: Awaited<ReturnType<typeof scored>>) => {
      await s.h.call('initiatives.score', { initiativeId: s.i.id, memberId: s.uy.id, scores: sheet(5, 5, 5) });
      return s.h.fail('initiatives.decide', { id: s.i.id, outcome: 'recognised', recognisingBody: 'UBND xã', decisionNumber: '1/QĐ', decisionDate: '2026-03-14' });
    }, /Không công nhận được: Điểm trung bình 35\/100, dưới mức công nhận \(50 điểm\)/],
    ['recognition with one sheet of three', async (s: Awaited<ReturnType<typeof scored>>) => {
      await s.h.call('initiatives.removeScore', { sheetId: (await s.h.call('initiatives.get', { id: s.i.id })).sheets[1]!.id });
      return s.h.fail('initiatives.decide', { id: s.i.id, outcome: 'recognised', recognisingBody: 'UBND xã', decisionNumber: '1/QĐ', decisionDate: '2026-03-14' });
    }, /Mới có 1\/3 thành viên chấm/],
    ['a provincial scope decided by a commune', async (s: Awaited<ReturnType<typeof scored>>) => {
      await s.h.call('initiatives.score', { initiativeId: s.i.id, memberId: s.uy.id, scores: sheet(40, 30, 30) });
      return s.h.fail('initiatives.decide', { id: s.i.id, outcome: 'recognised', scope: 'tinh', recognisingBody: 'UBND xã', decisionNumber: '1/QĐ', decisionDate: '2026-03-14' });
    }, /chỉ công nhận sáng kiến trong phạm vi cơ sở/],
    ['a decision before the application was received', async (s: Awaited<ReturnType<typeof scored>>) =>
      s.h.fail('initiatives.decide', { id: s.i.id, outcome: 'refused', recognisingBody: 'UBND xã', decisionDate: '2026-03-01', refusalReason: 'Không mới' }), /từ ngày tiếp nhận đơn \(10\/03\/2026\)/],
    ['a refusal without reasons', async (s: Awaited<ReturnType<typeof scored>>) =>
      s.h.fail('initiatives.decide', { id: s.i.id, outcome: 'refused', recognisingBody: 'UBND xã', decisionDate: '2026-03-14', refusalReason: '' }), /lý do không công nhận/],
    ['taking a member who scored off the council', async (s: Awaited<ReturnType<typeof scored>>) =>
      s.h.fail('initiatives.setCouncil', { roundId: s.dot1.id, members: [{ id: s.uy.id, name: s.uy.name, role: 'uy-vien' }] }), /Lê Văn Chủ đã chấm điểm; không thể đưa ra khỏi Hội đồng/],
    ['changing the criteria once scored', async (s: Awaited<ReturnType<typeof scored>>) =>
      s.h.fail('initiatives.updateRound', { id: s.dot1.id, year: 2026, number: 1, passMark: 60 }), /đã chấm điểm trong Đợt I/],
    ['scoring in a closed round', async (s: Awaited<ReturnType<typeof scored>>) => {
      await s.h.call('initiatives.setRoundStatus', { id: s.dot1.id, status: 'closed' });
      return s.h.fail('initiatives.score', { initiativeId: s.i.id, memberId: s.uy.id, scores: sheet(10, 10, 10) });
    }, /đã khóa; không chấm hay sửa điểm được nữa/],
  ])('refuses %s, leaving everything as it was', async (_l, act, message) => {
    const s = await scored([[30, 20, 20], [10, 5, 5]]);
    const err = await act(s);
    expect(err.message).toMatch(message);
  });

  it('a refused call writes nothing', async () => {
    const s = await scored([[30, 20, 20]]);
    const before = dump(s.h);
    await s.h.fail('initiatives.score', { initiativeId: s.i.id, memberId: s.chu.id, scores: sheet(1, 1, 1) });
    await s.h.fail('initiatives.score', { initiativeId: s.i.id, memberId: s.thu.id, scores: sheet(1, 1, 31) });
    expect(dump(s.h)).toBe(before);
  });

  it('refuses in writing with reasons, and a mistaken decision can be taken back', async () => {
    const { h, i } = await scored([[5, 5, 5], [10, 5, 5]]);
    const r = await h.call('initiatives.decide', { id: i.id, outcome: 'refused', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionNumber: '46/UBND', decisionDate: '2026-03-14', refusalReason: 'Giải pháp đã được áp dụng phổ biến tại xã trước khi nộp đơn.' });
    expect(r).toMatchObject({ status: 'refused', scope: null, refusalReason: 'Giải pháp đã được áp dụng phổ biến tại xã trước khi nộp đơn.' });
    expect((await h.fail('initiatives.score', { initiativeId: i.id, memberId: r.id, scores: sheet(1, 1, 1) })).message).toMatch(/Mã bản ghi|đã có quyết định|không thuộc/);
    expect((await h.call('initiatives.undoDecision', { id: i.id })).status).toBe('received');
  });

  it('never gives two initiatives the same certificate number, even after a decision is taken back', async () => {
    const { h, application, chu, thu } = await initiativeSetup();
    const recognise = async (title: string) => {
      const i = await h.call('initiatives.create', application({ title }));
      await h.call('initiatives.receive', { id: i.id, receivedOn: '2026-03-10' });
      for (const m of [chu, thu]) await h.call('initiatives.score', { initiativeId: i.id, memberId: m.id, scores: sheet(30, 20, 20) });
      return h.call('initiatives.decide', { id: i.id, outcome: 'recognised', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionNumber: '45/QĐ-UBND', decisionDate: '2026-03-14' });
    };
    const a = await recognise('Sáng kiến A');
    const b = await recognise('Sáng kiến B');
    expect([a.certificateNumber, b.certificateNumber]).toEqual(['01/GCN-SK', '02/GCN-SK']);
    await h.call('initiatives.undoDecision', { id: a.id });
    const c = await recognise('Sáng kiến C');
    expect(c.certificateNumber).toBe('03/GCN-SK');
    const again = await h.call('initiatives.decide', { id: a.id, outcome: 'recognised', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionNumber: '46/QĐ-UBND', decisionDate: '2026-03-14' });
    expect(again.certificateNumber).toBe('04/GCN-SK');
  });

  it('edits a member’s sheet instead of adding a second one', async () => {
    const { h, i } = await scored([[30, 20, 20]]);
    const [s1] = (await h.call('initiatives.get', { id: i.id })).sheets;
    const s = await h.call('initiatives.updateScore', { sheetId: s1!.id, scores: sheet(31.5, 20, 20), comment: 'Sửa theo biên bản' });
    expect(s).toMatchObject({ total: 71.5, comment: 'Sửa theo biên bản' });
  });
});

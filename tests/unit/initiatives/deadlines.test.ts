import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

// Đợt I of 2026 takes applications until 30/06/2026. The clock is moved across the deadline.

async function setup(at: string) {
  let now = new Date(`${at}T09:00:00+07:00`);
  const { h, inst } = await initializedHost({ now: () => now });
  const an = await h.call('people.create', person({ unitId: inst.unitId }));
  const [dot1, dot2] = await h.call('initiatives.createDefaultRounds', { year: 2026 });
  const create = (title: string, roundId = dot1!.id) =>
    h.call('initiatives.create', { title, year: 2026, roundId, authors: [{ personId: an.id, share: 100 }] });
  const setClock = (d: string) => {
    now = new Date(`${d}T09:00:00+07:00`);
  };
  const rows = () => JSON.stringify(['initiatives', 'initiative_rounds', 'audit'].map((t) => h.context().sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  return { h, an, dot1: dot1!, dot2: dot2!, create, setClock, rows };
}

describe('initiative round deadlines', () => {
  it.each([
    ['2026-06-29', 'open', 'Đang mở'],
    ['2026-06-30', 'open', 'Đang mở'],
    ['2026-07-01', 'expired', 'Đã hết hạn nhận hồ sơ'],
  ])('on %s the round is %s (%s), from the clock', async (day, state, text) => {
    const { h, dot1 } = await setup(day);
    const [r] = await h.call('initiatives.rounds', { year: 2026 });
    expect(r).toMatchObject({ id: dot1.id, status: 'open', state, stateText: text, keepOpen: null, late: 0 });
  });

  it('refuses a receipt dated after the deadline and writes nothing; one dated within it is taken', async () => {
    const { h, create, rows } = await setup('2026-07-03');
    const a = await create('Sổ theo dõi công văn điện tử');
    const before = rows();
    const err = await h.fail('initiatives.receive', { id: a.id, receivedOn: '2026-07-02' });
    expect(err.fields?.[0]).toEqual({
      path: 'receivedOn',
      message: 'Ngày tiếp nhận 02/07/2026 sau hạn nhận hồ sơ của Đợt I năm 2026 (30/06/2026); hãy chọn đợt sau, hoặc bấm “Vẫn nhận hồ sơ” trên thẻ của đợt và ghi lý do.',
    });
    expect(rows()).toBe(before);
    // The paper came in on the last day and is entered now: on time.
    const r = await h.call('initiatives.receive', { id: a.id, receivedOn: '2026-06-30' });
    expect(r).toMatchObject({ status: 'received', receivedLate: false });
  });

  it('keeps an expired round receiving with a recorded reason; a late receipt is marked and counted', async () => {
    const { h, dot1, create } = await setup('2026-07-03');
    expect((await h.fail('initiatives.keepRoundOpen', { id: dot1.id, reason: '   ' })).message).toMatch(/^Vui lòng ghi lý do vẫn nhận hồ sơ sau hạn/);
    const reason = 'Trường Tiểu học xã gửi đơn chậm do nghỉ hè; Chủ tịch UBND xã đồng ý nhận thêm đến 15/07.';
    const kept = await h.call('initiatives.keepRoundOpen', { id: dot1.id, reason });
    expect(kept).toMatchObject({ state: 'kept-open', stateText: 'Hết hạn, vẫn nhận hồ sơ', keepOpen: { reason, by: 'Nguyễn Thị Hoa' } });
    expect(kept.keepOpen!.at).toMatch(/^2026-07-03T/);
    const audit = h.context().sqlite.prepare(`SELECT after FROM audit WHERE entity = 'initiative-round' AND entity_id = ? ORDER BY seq DESC LIMIT 1`).get(dot1.id) as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ change: 'keep open', keepOpenReason: reason, keepOpenBy: 'Nguyễn Thị Hoa' });

    const a = await create('Sổ theo dõi công văn điện tử');
    const r = await h.call('initiatives.receive', { id: a.id, receivedOn: '2026-07-02' });
    expect(r).toMatchObject({ status: 'received', receivedLate: true, receivedLateReason: reason });
    const list = await h.call('initiatives.list', { year: 2026 });
    expect(list.items[0]).toMatchObject({ title: 'Sổ theo dõi công văn điện tử', receivedLate: true });
    expect((await h.call('initiatives.rounds', { year: 2026 }))[0]).toMatchObject({ applications: 1, late: 1 });
    const row = h.context().sqlite.prepare('SELECT received_late FROM initiatives WHERE id = ?').get(a.id) as { received_late: number };
    expect(row.received_late).toBe(1);

    // The giấy biên nhận says it was received late, and why the round kept receiving.
    const doc = await h.call('print.document', { kind: 'initiative-receipt', id: a.id });
    const text = strFromU8(unzipSync(Buffer.from(doc.contentBase64, 'base64'))['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toContain(`Ghi chú: Đơn nhận sau hạn nhận đơn của Đợt I năm 2026 (30/06/2026); đơn vị vẫn nhận hồ sơ vì: ${reason.slice(0, -1)}.`);
    if (process.env.KEEP_DOCX) fs.writeFileSync(process.env.KEEP_DOCX, Buffer.from(doc.contentBase64, 'base64'));

    // Withdrawn: the round is expired again and refuses the next late receipt.
    expect(await h.call('initiatives.keepRoundOpen', { id: dot1.id, reason: null })).toMatchObject({ state: 'expired', keepOpen: null });
    const b = await create('Bảng tính thu phí chợ');
    expect((await h.fail('initiatives.receive', { id: b.id, receivedOn: '2026-07-03' })).message).toMatch(/sau hạn nhận hồ sơ của Đợt I năm 2026/);
    // The application keeps the reason it was received under; its receipt still says why.
    expect((await h.call('initiatives.get', { id: a.id })).initiative).toMatchObject({ receivedLate: true, receivedLateReason: reason });
    const again = await h.call('print.document', { kind: 'initiative-receipt', id: a.id });
    expect(strFromU8(unzipSync(Buffer.from(again.contentBase64, 'base64'))['word/document.xml']!).replace(/<[^>]+>/g, '')).toContain(`vẫn nhận hồ sơ vì: ${reason.slice(0, -1)}.`);
  });

  it('before the deadline a receipt is on time and the round stays open as the clock reaches the deadline day', async () => {
    const { h, create, setClock } = await setup('2026-06-20');
    const a = await create('Sổ theo dõi công văn điện tử');
    expect(await h.call('initiatives.receive', { id: a.id, receivedOn: '2026-06-20' })).toMatchObject({ receivedLate: false });
    setClock('2026-06-30');
    expect((await h.call('initiatives.rounds', { year: 2026 }))[0]!.state).toBe('open');
    setClock('2026-07-01');
    expect((await h.call('initiatives.rounds', { year: 2026 }))[0]!.state).toBe('expired');
  });

  it('a locked round refuses new applications; a round without a deadline needs no reason', async () => {
    const { h, an, dot1 } = await setup('2026-07-03');
    await h.call('initiatives.setRoundStatus', { id: dot1.id, status: 'closed' });
    expect((await h.fail('initiatives.keepRoundOpen', { id: dot1.id, reason: 'Lý do' })).message).toMatch(/đã khóa; mở lại đợt/);
    const err = await h.fail('initiatives.create', { title: 'X', year: 2026, roundId: dot1.id, authors: [{ personId: an.id, share: 100 }] });
    expect(err.message).toBe('Đợt I năm 2026 đã khóa; không thêm hay chuyển đơn vào đợt này được.');
    const open = await h.call('initiatives.createRound', { year: 2026, number: 3, name: '', deadline: null, meetingDate: null });
    expect(open.state).toBe('open');
    expect((await h.fail('initiatives.keepRoundOpen', { id: open.id, reason: 'Lý do' })).message).toMatch(/chưa có hạn nhận đơn/);
  });
});

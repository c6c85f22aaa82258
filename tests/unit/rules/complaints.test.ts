import { describe, expect, it } from 'vitest';
import { COMPLAINT_HOLD_CITATION, complaintHold, complaintTimeLimit, type ComplaintKind } from '../../../src-shared/rules/complaints';

describe('complaintTimeLimit', () => {
  it.each<[ComplaintKind, string, boolean, number | null, string | null, RegExp]>([
    ['khieu-nai', '2026-03-01', false, 30, '2026-03-31', /Luật Khiếu nại 2011, Điều 28.*UNCONFIRMED/],
    ['to-cao', '2026-03-01', false, 30, '2026-03-31', /Luật Tố cáo 2018, Điều 30.*UNCONFIRMED/],
    ['to-cao', '2026-12-15', false, 30, '2027-01-14', /Luật Tố cáo 2018/],
    ['to-cao', '2026-03-01', true, null, null, /nặc danh.*không thụ lý.*vẫn tạm dừng xét khen thưởng/],
    ['khieu-nai', '2024-02-10', true, 30, '2024-03-11', /Luật Khiếu nại/], // an unnamed complainant still has a limit counted
    ['phan-anh', '2026-03-01', false, null, null, /phản ánh \(UNCONFIRMED\)/],
    ['kien-nghi', '2026-03-01', false, null, null, /kiến nghị \(UNCONFIRMED\)/],
  ])('%s received %s (anonymous %s): %s days, due %s', (kind, received, anonymous, days, due, basis) => {
    const l = complaintTimeLimit(kind, received, anonymous);
    expect(l.days).toBe(days);
    expect(l.dueOn).toBe(due);
    expect(l.basis).toMatch(basis);
    expect(l.confirmed).toBe(false); // nothing in the domain reference confirms these figures
  });
});

describe('complaintHold', () => {
  it('no open entry: no hold', () => {
    expect(complaintHold([])).toBeNull();
  });

  it('names every open entry, oldest first, with the NĐ 152 citation', () => {
    const h = complaintHold([
      { id: 'bbbbbbbb-0000-4000-8000-000000000002', kind: 'khieu-nai', receivedOn: '2026-03-05', handler: '' },
      { id: 'aaaaaaaa-0000-4000-8000-000000000001', kind: 'to-cao', receivedOn: '2026-03-01', handler: 'Lê Văn Tâm' },
    ]);
    expect(h).toMatchObject({ id: 'complaint', result: 'fail', citation: COMPLAINT_HOLD_CITATION });
    expect(h?.citation).toBe('NĐ 152/2025/NĐ-CP, Điều 4');
    expect(h?.reason).toBe(
      'Đang xác minh đơn thư: Tố cáo nhận ngày 01/03/2026 (sổ đơn thư, mã aaaaaaaa; người xử lý: Lê Văn Tâm); ' +
        'Khiếu nại nhận ngày 05/03/2026 (sổ đơn thư, mã bbbbbbbb). Chưa xét khen thưởng cho đến khi có kết luận.',
    );
  });
});

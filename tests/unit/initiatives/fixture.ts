import { initializedHost, person } from '../helpers';

/** A commune with two people, the default rounds of 2026 and a three-member council in đợt I. */
export async function initiativeSetup() {
  const { h, inst } = await initializedHost();
  const an = await h.call('people.create', person({ unitId: inst.unitId, position: 'Công chức Văn phòng - Thống kê' }));
  const binh = await h.call('people.create', person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', unitId: inst.unitId }));
  const [dot1, dot2] = await h.call('initiatives.createDefaultRounds', { year: 2026 });
  const round = await h.call('initiatives.setCouncil', {
    roundId: dot1!.id,
    members: [
      { name: 'Lê Văn Chủ', position: 'Chủ tịch UBND xã', role: 'chu-tich' },
      { name: 'Phạm Thị Thư', position: 'Công chức Văn phòng', role: 'thu-ky' },
      { name: 'Hoàng Văn Ủy', position: 'Phó Chủ tịch UBND xã', role: 'uy-vien' },
    ],
  });
  const [chu, thu, uy] = round.members;
  const application = (over: Record<string, unknown> = {}) => ({
    title: 'Số hóa sổ hộ tịch bằng bảng tính dùng chung', year: 2026, roundId: dot1!.id, investor: 'UBND xã Tân Phong',
    field: 'Hộ tịch', problem: 'Tra cứu sổ hộ tịch giấy chậm', description: 'Lập bảng tính…', firstAppliedOn: '2026-01-05',
    authors: [{ personId: an.id, share: 70 }, { personId: binh.id, share: 30 }], ...over,
  });
  return { h, inst, an, binh, dot1: round, dot2: dot2!, chu: chu!, thu: thu!, uy: uy!, application };
}

export const sheet = (a: number, b: number, c: number) => ({ 'tinh-moi': a, 'kha-nang-ap-dung': b, 'hieu-qua': c });

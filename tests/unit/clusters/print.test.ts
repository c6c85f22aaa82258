// The giao ước and the ranking printed from the demo's cluster, read back as the province's reviewer reads them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/api';
import { generateDemo } from '../../../src-main/services/demo';
import { initializedHost } from '../helpers';
import { readDocx, type Doc } from '../print/checker/nd30';

let pledge: Doc;
let ranking: Doc;
let minutes: Doc;
const fileNames: string[] = [];

beforeAll(async () => {
  const { h } = await initializedHost();
  const invoke = <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => h.call(name, input);
  await generateDemo(invoke, { people: 20 });
  const [c] = await h.call('clusters.list', { year: 2025 });
  const print = async (kind: string) => {
    const d = await h.call('print.document', { kind, id: c!.id });
    fileNames.push(d.fileName);
    return readDocx(kind, d.fileName, Buffer.from(d.contentBase64, 'base64'));
  };
  pledge = await print('cluster-pledge');
  ranking = await print('cluster-ranking');
  minutes = await print('cluster-minutes');
}, 120_000);

describe('cluster documents', () => {
  it('file names say what and which year', () => {
    expect(fileNames).toEqual(['giao-uoc-thi-dua-2025_cum-thi-dua-so-1.docx', 'xep-hang-thi-dua-2025_cum-thi-dua-so-1.docx', 'bien-ban-suy-ton-2025_cum-thi-dua-so-1.docx']);
  });

  it('the pledge names every member and has one signature block per member with its head', () => {
    expect(pledge.lines).toContain('Hôm nay, ngày 20/02/2025, tại Xã Tân Phong, các đơn vị thành viên Cụm thi đua số 1 gồm 5 đơn vị:');
    expect(pledge.lines).toContain('1. Xã Tân Phong (cụm trưởng), do Chủ tịch UBND xã Lò Văn Páo làm đại diện;');
    const heads = [['XÃ TÂN PHONG', 'Lò Văn Páo'], ['XÃ ĐÔNG HƯNG', 'Nguyễn Văn Hùng'], ['XÃ PHÚC THỌ', 'Lường Văn Chiến'], ['XÃ MƯỜNG TÈ', 'Vàng A Sử'], ['XÃ BÌNH LƯ', 'Tao Văn Minh']];
    const start = pledge.lines.indexOf('ĐẠI DIỆN CÁC ĐƠN VỊ THÀNH VIÊN KÝ GIAO ƯỚC');
    expect(start).toBeGreaterThan(0);
    const blocks = pledge.lines.slice(start);
    expect(blocks.filter((l) => l === 'TM. ỦY BAN NHÂN DÂN')).toHaveLength(5);
    for (const [unit, name] of heads) {
      expect(blocks, unit).toContain(unit);
      expect(blocks, name).toContain(name);
    }
    // The commitments default to the criteria table, with points.
    expect(pledge.lines).toContain('- Quốc phòng, an ninh, trật tự an toàn xã hội (tối đa 10 điểm);');
  });

  it('the ranking lists the members by rank with the tie rule and the suy tôn result', () => {
    const order = ['Xã Mường Tè', 'Xã Đông Hưng', 'Xã Phúc Thọ', 'Xã Tân Phong', 'Xã Bình Lư'].map((n) => ranking.lines.indexOf(n));
    expect(order.every((x, k) => x > 0 && (k === 0 || x > order[k - 1]!))).toBe(true);
    expect(ranking.text).toContain('99,5');
    expect(ranking.text).toMatch(/Cách xếp hạng: Đơn vị có tổng điểm cao hơn xếp trên; bằng tổng điểm thì xét lần lượt/u);
    expect(ranking.lines).toContain('- Xã Mường Tè: 5/5 phiếu, đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh.');
    expect(ranking.lines).toContain('- Xã Phúc Thọ: 3/5 phiếu, đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(ranking.lines.slice(-8)).toEqual(expect.arrayContaining(['ĐƠN VỊ CỤM TRƯỞNG', 'CHỦ TỊCH', 'Lò Văn Páo']));
  });

  it('the suy tôn minutes: who voted, each unit’s votes with the share, the conclusion', () => {
    expect(minutes.lines).toContain('Thành phần: đại diện 5/5 đơn vị thành viên cụm thi đua có mặt và bỏ phiếu.');
    expect(minutes.lines).toContain('- Xã Mường Tè: 99,5/100 điểm, xếp thứ 1;');
    expect(minutes.text).toMatch(/Xã Mường Tè \(xếp thứ 1\)\s*5\s*100%\s*Cờ thi đua của Ủy ban nhân dân tỉnh/u);
    expect(minutes.lines).toContain('- Đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua cho Xã Mường Tè, đơn vị dẫn đầu Cụm thi đua số 1 năm 2025;');
    expect(minutes.lines).toContain('- Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho Xã Đông Hưng, Xã Phúc Thọ;');
  });
});

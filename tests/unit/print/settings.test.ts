import { describe, expect, it } from 'vitest';
import type { DocumentSettingsInput } from '../../../src-shared/api';
import { initializedHost } from '../helpers';

const VALID: DocumentSettingsInput = {
  agencyName: 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG',
  managingAgency: null,
  placeName: 'Tân Phong',
  signers: [
    { position: 'Chủ tịch', fullName: 'Lò Văn Páo', signsFor: null },
    { position: 'Phó Chủ tịch', fullName: 'Điêu Chính Tâm', signsFor: 'Chủ tịch' },
  ],
  defaultSigner: 'Chủ tịch',
  symbols: { 'to-trinh': 'TTr-UBND' },
  archiveAbbreviation: 'VP',
  upperBody: 'Sở Nội vụ tỉnh Lai Châu',
  regulation: { number: '12/2024/QĐ-UBND', date: '2024-05-10', issuer: 'Ủy ban nhân dân tỉnh Lai Châu', summary: 'ban hành Quy chế công tác thi đua, khen thưởng' },
  council: { name: 'Hội đồng Thi đua - Khen thưởng xã Tân Phong', chairName: 'Lò Văn Páo', viceChairName: 'Điêu Chính Tâm', secretaryName: 'Lường Thị Hiền', voteThreshold: null },
  certificatePaper: 'blank',
};

/** What a refused call must leave untouched. */
const state = (h: Awaited<ReturnType<typeof initializedHost>>['h']) => {
  const db = h.context().sqlite;
  return JSON.stringify([db.prepare('SELECT * FROM settings ORDER BY key').all(), db.prepare('SELECT * FROM outgoing_numbers ORDER BY id').all(), db.prepare('SELECT count(*) n FROM audit').get()]);
};

describe('document settings (Thiết lập văn bản)', () => {
  it('derives a commune\'s settings from the unit until saved: UBND heading, địa danh, ký hiệu, the law\'s vote threshold with its citation', async () => {
    const { h } = await initializedHost();
    const s = await h.call('settings.get', {});
    expect(s).toMatchObject({
      agencyName: 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG', managingAgency: null, placeName: 'Tân Phong', defaultSigner: 'Chủ tịch', archiveAbbreviation: 'VP',
      upperBody: 'Sở Nội vụ tỉnh Lai Châu', regulation: null, saved: false, certificatePaper: 'preprinted',
      symbols: { 'to-trinh': 'TTr-UBND', 'to-trinh-hd': 'TTr-HĐTĐKT', 'quyet-dinh': 'QĐ-UBND', 'ke-hoach': 'KH-UBND', 'bao-cao': 'BC-UBND', 'bien-ban': 'BB-HĐTĐKT' },
      council: { name: 'Hội đồng Thi đua - Khen thưởng xã Tân Phong', voteThreshold: null },
    });
    expect(s.signers).toEqual([{ position: 'Chủ tịch', fullName: '', signsFor: null }]);
    expect(s.lawThreshold).toMatchObject({ share: 0.8, text: '80%' });
    expect(s.lawThreshold!.citation).toMatch(/NĐ 98\/2023\/NĐ-CP/u);
  });

  it('saves, audits, and reads back; a kind left out keeps its default ký hiệu', async () => {
    const { h } = await initializedHost();
    const s = await h.call('settings.save', VALID);
    expect(s).toMatchObject({ saved: true, placeName: 'Tân Phong', certificatePaper: 'blank', symbols: { 'to-trinh': 'TTr-UBND', 'quyet-dinh': 'QĐ-UBND' } });
    expect(s.signers[1]).toEqual({ position: 'Phó Chủ tịch', fullName: 'Điêu Chính Tâm', signsFor: 'Chủ tịch' });
    expect(await h.call('settings.get', {})).toEqual(s);
    const audit = h.context().sqlite.prepare(`SELECT entity_id id FROM audit WHERE entity = 'setting' ORDER BY rowid DESC`).get();
    expect(audit).toEqual({ id: 'document-settings' });
  });

  const bad: [string, (v: DocumentSettingsInput) => DocumentSettingsInput, string][] = [
    ['a signer with no name', (v) => ({ ...v, signers: [{ position: 'Chủ tịch', fullName: '   ', signsFor: null }] }), 'Người ký thứ 1 (Chủ tịch) chưa có họ tên; hãy nhập họ và tên đầy đủ.'],
    ['a ký hiệu with a space', (v) => ({ ...v, symbols: { 'quyet-dinh': 'QĐ UBND' } }), 'Ký hiệu “QĐ UBND” không đúng thể thức (NĐ 30/2020/NĐ-CP)'],
    ['a ký hiệu with a slash', (v) => ({ ...v, symbols: { 'to-trinh': 'TTr/UBND' } }), 'Ký hiệu “TTr/UBND” không đúng thể thức'],
    ['a ký hiệu with diacritics', (v) => ({ ...v, symbols: { 'bao-cao': 'BC-ỦBND' } }), 'Ký hiệu “BC-ỦBND” không đúng thể thức'],
    ['a place that is a bare number', (v) => ({ ...v, placeName: '5' }), 'Địa danh “5” là số: phải ghi cả tên loại đơn vị hành chính, ví dụ “Phường 5”'],
    ['a deputy for a head nobody holds', (v) => ({ ...v, signers: [v.signers[0]!, { position: 'Phó Chủ tịch', fullName: 'Điêu Chính Tâm', signsFor: 'Giám đốc' }] }), 'Điêu Chính Tâm ký thay (KT.) cho “Giám đốc”'],
    ['a default signer not in the list', (v) => ({ ...v, defaultSigner: 'Bí thư' }), 'Người ký văn bản “Bí thư” không có trong danh sách người ký.'],
    ['a software code in "Lưu: VT, …"', (v) => ({ ...v, archiveAbbreviation: 'XA_TP' }), 'Chữ viết tắt “XA_TP” (dòng “Lưu: VT, …”)'],
  ];
  it.each(bad)('refuses %s in Vietnamese and writes nothing', async (_label, change, message) => {
    const { h } = await initializedHost();
    await h.call('settings.save', VALID);
    const before = state(h);
    const e = await h.fail('settings.save', change(VALID));
    expect(e.message).toContain(message);
    expect(state(h)).toBe(before);
  });
});

describe('sổ văn bản đi (outgoing numbers)', () => {
  it('offers the next number per year and kind, prints it with the ký hiệu, refuses one already used this year and writes nothing', async () => {
    const { h } = await initializedHost();
    expect(await h.call('settings.nextNumber', { year: 2026, kind: 'quyet-dinh' })).toEqual({ number: 1, printed: '01/QĐ-UBND' });
    const a = await h.call('settings.takeNumber', { kind: 'quyet-dinh', issuedOn: '2026-01-22', summary: 'Tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025' });
    expect(a).toMatchObject({ year: 2026, number: 1, printed: '01/QĐ-UBND', issuedOn: '2026-01-22' });
    await h.call('settings.takeNumber', { kind: 'quyet-dinh', issuedOn: '2026-02-01', number: 12, summary: 'Thành lập Đoàn kiểm tra' });
    expect(await h.call('settings.nextNumber', { year: 2026, kind: 'quyet-dinh' })).toEqual({ number: 13, printed: '13/QĐ-UBND' });
    // Another kind, another year: their own sequences.
    expect((await h.call('settings.nextNumber', { year: 2026, kind: 'to-trinh' })).printed).toBe('01/TTr-UBND');
    expect((await h.call('settings.takeNumber', { kind: 'quyet-dinh', issuedOn: '2025-12-30', number: 12, summary: 'Năm cũ' })).printed).toBe('12/QĐ-UBND');

    const before = state(h);
    const e = await h.fail('settings.takeNumber', { kind: 'quyet-dinh', issuedOn: '2026-03-01', number: 12, summary: 'Trùng số' });
    expect(e.code).toBe('NUMBER_USED');
    expect(e.message).toBe('Số 12/QĐ-UBND năm 2026 đã được dùng cho “Thành lập Đoàn kiểm tra” ngày 01/02/2026; mỗi số chỉ dùng một lần trong năm. Số tiếp theo còn trống là 13/QĐ-UBND.');
    expect((await h.fail('settings.takeNumber', { kind: 'quyet-dinh', issuedOn: '2026-04-01', summary: 'Ngày mai' })).message).toBe('Ngày ban hành không được ở tương lai.');
    expect(state(h)).toBe(before);
    expect((await h.call('settings.numbers', { year: 2026 })).map((r) => r.printed)).toEqual(['01/QĐ-UBND', '12/QĐ-UBND']);
  });

  it('the QĐ of a dossier takes the number and date of the decision recorded for it', async () => {
    const { h, inst } = await initializedHost();
    const p = await h.call('people.create', { familyName: 'Đặng', middleName: 'Thị', givenName: 'Hương', gender: 'female', birthDate: '1985-09-02', unitId: inst.unitId });
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'GIAY_KHEN', referenceDate: '2026-01-15', title: 'Giấy khen 2025' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: 'Hoàn thành tốt nhiệm vụ' });
    await h.call('settings.takeNumber', { kind: 'quyet-dinh', issuedOn: '2026-01-22', number: 15, refType: 'dossier', refId: d.id, summary: 'Tặng Giấy khen năm 2025' });
    const qd = await h.call('print.document', { kind: 'dossier-quyet-dinh', id: d.id });
    const { strFromU8, unzipSync } = await import('fflate');
    const text = strFromU8(unzipSync(Buffer.from(qd.contentBase64, 'base64'))['word/document.xml']!).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('Số: 15/QĐ-UBND');
    expect(text).toContain('Tân Phong, ngày 22 tháng 01 năm 2026');
    expect(text).toContain('(Kèm theo Quyết định số 15/QĐ-UBND ngày 22 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Tân Phong)');
  });
});

import { describe, expect, it } from 'vitest';
import { buildXlsx, clipboard, registrationSheet } from '../../fixtures/xlsx';
import { dump } from '../exchange/pair';
import { initializedHost, person } from '../helpers';

async function withRegistration() {
  const { h, inst } = await initializedHost();
  const m = await h.call('movements.create', { name: 'Thi đua yêu nước', kind: 'regular', year: 2026 });
  const { registration } = await h.call('registrations.create', {
    year: 2026, movementId: m.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDTT'], registeredOn: '2026-03-01',
  });
  const known = await h.call('people.create', person({ familyName: 'Lò', middleName: 'Văn', givenName: 'Páo', birthDate: null, birthYear: 1975, unitId: inst.unitId }));
  return { h, inst, registration, known };
}

const header = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ', 'Danh hiệu'];

describe('registration entries from a spreadsheet', () => {
  it('pasted rows: links the known person, creates the others (NFD typed arrives NFC), all in one go', async () => {
    const { h, registration, known } = await withRegistration();
    const text = clipboard([
      header,
      ['1', 'Lò Văn Páo', '1975', 'Nam', 'Trưởng thôn', 'Chiến sĩ thi đua cơ sở'],
      ['2', 'Nguyễn Thị Hoa'.normalize('NFD'), '1988', 'Nữ', 'Công chức Văn phòng', 'Lao động tiên tiến'],
      ['3', 'Đặng Văn Dũng', '1979', 'Nam', 'Y sĩ', ''],
      ['4', 'Trần Thị Bình', '1990', 'Nữ', '', 'LĐTT'],
      ['5', 'Hoàng Văn Thụ', '1965', 'Nam', 'Nông dân', 'CSTĐCS'],
    ]);
    const r = await h.call('registrations.importEntries', { registrationId: registration.id, sheet: { source: { kind: 'paste', text } }, defaultTitle: 'LDTT' });
    expect(r).toEqual({ created: 4, linked: 1, added: 5 });
    const got = await h.call('registrations.get', { id: registration.id });
    expect(got.entries.map((e) => [e.fullName, e.title])).toEqual([
      ['Lò Văn Páo', 'CSTDCS'], ['Nguyễn Thị Hoa', 'LDTT'], ['Đặng Văn Dũng', 'LDTT'], ['Trần Thị Bình', 'LDTT'], ['Hoàng Văn Thụ', 'CSTDCS'],
    ]);
    expect(got.entries[0]!.personId).toBe(known.id);
    expect((await h.call('people.search', { query: 'nguyen thi hoa' })).items[0]!.fullName).toBe('Nguyễn Thị Hoa'.normalize('NFC'));
    // The same layout next time: the mapping is remembered.
    const again = await h.call('sheet.preview', { source: { kind: 'paste', text } });
    expect(again.mappingSource).toBe('remembered');
  });

  it('an .xlsx typed in TCVN3 (.VnTime) is converted before it is saved', async () => {
    const { h, registration } = await withRegistration();
    const xlsx = await buildXlsx(registrationSheet([
      { name: 'Nguyễn Văn Ân', birth: 1982, gender: 'Nam', position: 'Phó Chủ tịch UBND xã', title: 'Lao động tiên tiến' },
      { name: 'Đỗ Thị Ngọc Lan', birth: 1991, gender: 'Nữ', position: 'Kế toán', title: 'Chiến sĩ thi đua cơ sở' },
    ], { title: true, encode: 'tcvn3' }));
    const sheet = { source: { kind: 'xlsx' as const, fileName: 'ds.xlsx', contentBase64: xlsx.toString('base64') } };
    const preview = await h.call('sheet.preview', sheet);
    expect(preview.rows.map((r) => [r.values.fullName, r.converted, r.original.fullName])).toEqual([
      ['Nguyễn Văn Ân', true, 'NguyÔn V¨n ¢n'], ['Đỗ Thị Ngọc Lan', true, expect.any(String)],
    ]);
    expect(await h.call('registrations.importEntries', { registrationId: registration.id, sheet, defaultTitle: 'LDTT' })).toEqual({ created: 2, linked: 0, added: 2 });
    expect((await h.call('registrations.get', { id: registration.id })).entries.map((e) => e.fullName)).toEqual(['Nguyễn Văn Ân', 'Đỗ Thị Ngọc Lan']);
  });

  it('refuses while a row has an error, and when a person is already in the list: nothing half-imported', async () => {
    const { h, registration, known } = await withRegistration();
    await h.call('registrations.addEntries', { registrationId: registration.id, entries: [{ personId: known.id, title: 'LDTT' }] });
    const before = dump(h as never);
    const bad = clipboard([header, ['1', 'Nguyễn Văn A', '1980', 'Nam', '', ''], ['2', '', '1981', 'Nữ', '', ''], ['3', 'Trần B', '2090', 'Nam', '', '']]);
    const err = await h.fail('registrations.importEntries', { registrationId: registration.id, sheet: { source: { kind: 'paste', text: bad } } });
    expect(err.message).toMatch(/^Chưa nhập được: 2 dòng có lỗi\./);
    expect(dump(h as never)).toBe(before);
    const dup = clipboard([header, ['1', 'Hà Thị Cúc', '1970', 'Nữ', '', ''], ['2', 'Lò Văn Páo', '1975', 'Nam', '', '']]);
    expect((await h.fail('registrations.importEntries', { registrationId: registration.id, sheet: { source: { kind: 'paste', text: dup } } })).message).toBe('Lò Văn Páo đã có trong danh sách đăng ký này.');
    expect(dump(h as never)).toBe(before);
  });

  it('an optional "Vùng sâu, vùng xa" column: Có / Không saved on the people created, empty stays chưa rõ; the known person keeps the registry\'s; another word refuses all', async () => {
    const { h, registration, known } = await withRegistration();
    const withRemote = [...header, 'Vùng sâu, vùng xa'];
    const rows = [
      ['1', 'Lò Văn Páo', '1975', 'Nam', '', '', 'Có'],
      ['2', 'Giàng Thị Mỷ', '1988', 'Nữ', '', '', 'có'],
      ['3', 'Đặng Văn Dũng', '1979', 'Nam', '', '', 'Không'],
      ['4', 'Trần Thị Bình', '1990', 'Nữ', '', '', ''],
    ];
    const before = dump(h as never);
    const bad = clipboard([withRemote, ...rows, ['5', 'Hoàng Văn Thụ', '1965', 'Nam', '', '', 'hơi xa']]);
    const err = await h.fail('registrations.importEntries', { registrationId: registration.id, sheet: { source: { kind: 'paste', text: bad } }, defaultTitle: 'LDTT' });
    expect(err.message).toContain('Dòng 6: vùng sâu, vùng xa "hơi xa" không rõ; hãy ghi Có hoặc Không (để trống nếu chưa rõ).');
    expect(dump(h as never)).toBe(before);

    const text = clipboard([withRemote, ...rows]);
    const preview = await h.call('sheet.preview', { source: { kind: 'paste', text } });
    expect(preview.mapping).toMatchObject({ remoteArea: 6 });
    expect(preview.rows.map((r) => r.values.remoteArea)).toEqual([true, true, false, null]);
    expect(await h.call('registrations.importEntries', { registrationId: registration.id, sheet: { source: { kind: 'paste', text } }, defaultTitle: 'LDTT' })).toEqual({ created: 3, linked: 1, added: 4 });
    const remote = (q: string) => h.context().sqlite.prepare('SELECT remote_area v FROM people WHERE search_text = ?').get(q) as { v: number | null };
    expect([remote('giang thi my'), remote('dang van dung'), remote('tran thi binh')]).toEqual([{ v: 1 }, { v: 0 }, { v: null }]);
    expect((await h.call('people.get', { id: known.id })).remoteArea).toBeNull(); // linked, not changed by the list
  });

  it('refuses a file that is not an Excel workbook with a Vietnamese message', async () => {
    const { h, registration } = await withRegistration();
    const err = await h.fail('registrations.importEntries', {
      registrationId: registration.id, sheet: { source: { kind: 'xlsx', fileName: 'a.xlsx', contentBase64: Buffer.from('không phải excel').toString('base64') } },
    });
    expect(err.code).toBe('SHEET_FORMAT');
  });
});

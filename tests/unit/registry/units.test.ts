import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

const unit = (code: string, name: string, level: 'province' | 'district' | 'commune' | 'agency', parentId: string | null = null) => ({
  code, name, level, parentId,
});

describe('units', () => {
  it('creates, edits and lists the hierarchy, province first', async () => {
    const { h } = await initializedHost();
    const tinh = (await h.call('units.list', { level: 'province' })).items[0]!;
    const huyen = await h.call('units.create', unit('H01', 'Huyện Tam Đường (cũ)', 'district', tinh.id));
    const xa = await h.call('units.create', unit('X01', 'Xã Bình Lư', 'commune', huyen.id));
    expect(xa).toMatchObject({ parentCode: 'H01', parentName: 'Huyện Tam Đường (cũ)', active: true, rev: 1, origin: 'XA-TP' });
    const moved = await h.call('units.update', { ...unit('X01', 'Xã Bình Lư', 'commune', tinh.id), id: xa.id });
    expect(moved).toMatchObject({ parentCode: 'T12', rev: 2 });
    const list = await h.call('units.list', {});
    expect(list.items.map((u) => u.code)).toEqual(['T12', 'H01', 'X01', 'XA-TP']);
    expect(list.items[0]!.childCount).toBe(3); // H01, X01 and XA-TP
    expect((await h.call('units.list', { query: 'binh lu' })).items.map((u) => u.code)).toEqual(['X01']);
  });

  it('records a 2025 merger: the merged unit stops operating', async () => {
    const { h, inst } = await initializedHost();
    const old = await h.call('units.create', unit('X09', 'Xã Nà Tăm', 'commune'));
    const merged = await h.call('units.update', { ...unit('X09', 'Xã Nà Tăm', 'commune'), id: old.id, active: true, mergedIntoId: inst.unitId });
    expect(merged).toMatchObject({ active: false, mergedIntoName: 'Xã Tân Phong' });
    expect((await h.call('units.list', { includeInactive: false })).items.map((u) => u.code)).not.toContain('X09');
  });

  it.each([
    ['a code that already exists', () => unit('XA-TP', 'Xã Trùng', 'commune'), 'code', /đã tồn tại \(Xã Tân Phong\)/],
    ['a code with spaces', () => unit('X 1', 'Xã A', 'commune'), 'code', /chữ không dấu/],
    ['an empty name', () => unit('X1', '  ', 'commune'), 'name', /Vui lòng nhập tên đơn vị/],
    ['a 300-character name', () => unit('X1', 'Đ'.repeat(300), 'commune'), 'name', /tối đa 200/],
    ['an unknown level', () => ({ ...unit('X1', 'Xã A', 'commune'), level: 'hamlet' }), 'level', /Cấp đơn vị/],
    ['an unknown parent', () => unit('X1', 'Xã A', 'commune', '00000000-0000-4000-8000-000000000000'), 'parentId', /không có trong danh mục/],
  ])('refuses %s and writes nothing', async (_l, make, field, message) => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const err = await h.fail('units.create', make());
    expect(err.fields?.[0]?.path).toBe(field);
    expect(err.message).toMatch(message);
    expect(h.snapshot()).toBe(before);
  });

  it('refuses a parent loop', async () => {
    const { h } = await initializedHost();
    const a = await h.call('units.create', unit('A', 'Đơn vị A', 'agency'));
    const b = await h.call('units.create', unit('B', 'Đơn vị B', 'agency', a.id));
    const before = h.snapshot();
    const err = await h.fail('units.update', { ...unit('A', 'Đơn vị A', 'agency', b.id), id: a.id });
    expect(err.message).toMatch(/trực thuộc/);
    expect(h.snapshot()).toBe(before);
  });

  it('deletes as a tombstone, but not a unit still in use', async () => {
    const { h, inst } = await initializedHost();
    const x = await h.call('units.create', unit('X5', 'Xã Năm', 'commune'));
    const p = await h.call('people.create', person({ unitId: x.id }));
    expect((await h.fail('units.delete', { id: x.id })).message).toMatch(/còn 0 đơn vị trực thuộc, 1 cá nhân/);
    expect((await h.fail('units.delete', { id: inst.unitId })).message).toMatch(/chính cài đặt này/);
    await h.call('people.delete', { id: p.id });
    await h.call('units.delete', { id: x.id });
    expect(h.context().sqlite.prepare('SELECT deleted, rev FROM units WHERE id = ?').get(x.id)).toEqual({ deleted: 1, rev: 2 });
    expect((await h.fail('units.create', unit('X5', 'Xã Năm', 'commune'))).message).toMatch(/đơn vị đã xóa/);
  });
});

describe('unit directory import', () => {
  const csv = [
    'Mã;Tên;Cấp;Mã cấp trên;Hoạt động;Sáp nhập vào',
    'X20;Xã Phúc Khoa;Xã;H20;có;',
    'H20;"Huyện Tân Uyên; cũ";Huyện;T12;ngừng;',
    'X21;Xã Mường Khoa;xã;H20;;X20',
    '',
  ].join('\r\n');

  it('previews without writing, then applies with parents declared later in the file', async () => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const preview = await h.call('units.import', { format: 'csv', content: `\uFEFF${csv}`, dryRun: true });
    expect(preview).toEqual({ applied: false, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(h.snapshot()).toBe(before);

    const done = await h.call('units.import', { format: 'csv', content: csv, dryRun: false });
    expect(done).toMatchObject({ applied: true, created: 3 });
    const byCode = Object.fromEntries((await h.call('units.list', {})).items.map((u) => [u.code, u]));
    expect(byCode.H20).toMatchObject({ name: 'Huyện Tân Uyên; cũ', level: 'district', parentCode: 'T12', active: false });
    expect(byCode.X20).toMatchObject({ parentCode: 'H20', active: true });
    expect(byCode.X21).toMatchObject({ active: false, mergedIntoName: 'Xã Phúc Khoa' });

    const again = await h.call('units.import', { format: 'csv', content: csv, dryRun: false });
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 3 });
  });

  it('imports JSON and updates what changed', async () => {
    const { h } = await initializedHost();
    const json = JSON.stringify({ units: [
      { code: 'X30', name: 'Xã Bản Bo', level: 'commune', parentCode: 'T12' },
      { code: 'XA-TP', name: 'Xã Tân Phong mới', level: 'commune', parentCode: 'T12' },
    ] });
    expect(await h.call('units.import', { format: 'json', content: json, dryRun: false })).toMatchObject({ applied: true, created: 1, updated: 1 });
    expect((await h.call('setup.status', {})).installation?.unitName).toBe('Xã Tân Phong mới');
  });

  it.each([
    ['bad lines', 'Mã,Tên,Cấp,Mã cấp trên\nX40,Xã A,xã,\n,Xã B,xã,\nX42,,thôn,\nX43,Xã D,xã,KHONGCO', [
      'Dòng 3: thiếu mã đơn vị.', 'Dòng 4: thiếu tên đơn vị; cấp "thôn" không hợp lệ.', 'Dòng 5: mã cấp trên "KHONGCO" không có trong tệp hay trong danh mục.',
    ]],
    ['a duplicated code', 'Mã,Tên,Cấp\nX50,Xã A,xã\nX50,Xã A2,xã', ['Dòng 3: mã "X50" bị lặp lại trong tệp.']],
    ['a loop', 'Mã,Tên,Cấp,Mã cấp trên\nA1,Đơn vị 1,co quan,A2\nA2,Đơn vị 2,co quan,A1', [
      'Dòng 2: quan hệ cấp trên của "A1" tạo thành vòng lặp.', 'Dòng 3: quan hệ cấp trên của "A2" tạo thành vòng lặp.',
    ]],
  ])('refuses a file with %s: every error by line, nothing written', async (_l, content, messages) => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const r = await h.call('units.import', { format: 'csv', content, dryRun: false });
    expect(r.applied).toBe(false);
    expect(r.errors.map((e) => e.message)).toEqual(messages);
    expect(h.snapshot()).toBe(before);
  });

  it.each([
    ['csv', 'Tên,Cấp\nXã A,xã', /Dòng tiêu đề phải có/],
    ['json', '{"units": 5', /không đúng định dạng JSON/],
    ['json', '{"x": []}', /danh sách đơn vị/],
    ['csv', '', /không có dữ liệu/],
  ] as const)('refuses an unreadable %s file', async (format, content, message) => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    expect((await h.fail('units.import', { format, content, dryRun: false })).message).toMatch(message);
    expect(h.snapshot()).toBe(before);
  });
});

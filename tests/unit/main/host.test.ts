import { describe, expect, it } from 'vitest';
import { deepNfc, errorToShape } from '../../../src-main/host';
import { testHost } from '../helpers';

describe('host', () => {
  it('refuses a name that is not in the contract', async () => {
    const r = await testHost().invoke('people.dropAll', {});
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Lệnh "people.dropAll" không có trong hợp đồng.' } });
  });

  it('parses input with the contract and answers in Vietnamese', async () => {
    const r = await testHost().invoke('people.search', { query: 5 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.message).toMatch(/không hợp lệ/);
      expect(r.error.fields?.[0]?.path).toBe('query');
    }
  });

  it('normalizes every string of the input to NFC, keys and nesting included', () => {
    const nfd = 'Nguyễn Đặng'.normalize('NFD');
    expect(deepNfc({ a: [nfd, { b: nfd }], n: 1, z: null })).toEqual({ a: ['Nguyễn Đặng', { b: 'Nguyễn Đặng' }], n: 1, z: null });
  });

  it('refuses input nested absurdly deep', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const r = await testHost().invoke('people.search', { query: deep });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/lồng nhau quá sâu/);
  });

  it('turns unexpected failures into a Vietnamese sentence without technical detail', () => {
    const orig = console.error;
    console.error = () => {};
    try {
      expect(errorToShape(new TypeError('x is undefined')).message).toMatch(/lỗi không mong muốn/);
    } finally {
      console.error = orig;
    }
    expect(errorToShape(Object.assign(new Error('disk'), { code: 'SQLITE_FULL' })).message).toMatch(/Ổ đĩa đã đầy/);
    expect(errorToShape(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY_SNAPSHOT' })).code).toBe('SQLITE_BUSY');
  });

  it('reaches the clerk with a message when the data folder is not a database', async () => {
    const h = testHost();
    const fs = await import('node:fs');
    const path = await import('node:path');
    fs.writeFileSync(path.join(h.dataDir, 'tdkt.sqlite'), 'not a database at all, just text. '.repeat(100));
    const r = await h.invoke('setup.status', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_A_DATABASE' });
  });
});

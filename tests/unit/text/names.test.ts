import { describe, it, expect } from 'vitest';
import { joinFullName, splitFullName, type NameParts } from '../../../src-shared/text';

const parts = (familyName: string, middleName: string, givenName: string): NameParts => ({
  familyName,
  middleName,
  givenName,
});

describe('splitFullName', () => {
  it.each([
    ['', parts('', '', '')],
    ['   \t ', parts('', '', '')],
    ['An', parts('', '', 'An')],
    ['Lê An', parts('Lê', '', 'An')],
    ['Nguyễn Văn An', parts('Nguyễn', 'Văn', 'An')],
    ['Nguyễn Thị Minh Khai', parts('Nguyễn', 'Thị Minh', 'Khai')],
    ['Tôn Nữ Thị Ngọc Hân', parts('Tôn', 'Nữ Thị Ngọc', 'Hân')],
    ['  Nguyễn \t Văn\u00A0\u00A0An  ', parts('Nguyễn', 'Văn', 'An')],
    ['Trần\nThị\r\nBình', parts('Trần', 'Thị', 'Bình')],
    ['\uFEFFĐặng Văn Đức\u200B', parts('Đặng', 'Văn', 'Đức')],
  ])('%j', (input, expected) => {
    expect(splitFullName(input)).toEqual(expected);
  });

  it('returns NFC parts for NFD input', () => {
    const got = splitFullName('Nguyễn Thị Ánh'.normalize('NFD'));
    expect(got).toEqual(parts('Nguyễn'.normalize('NFC'), 'Thị'.normalize('NFC'), 'Ánh'.normalize('NFC')));
  });
});

describe('joinFullName', () => {
  it.each([
    [parts('', '', ''), ''],
    [parts('', '', 'An'), 'An'],
    [parts('Lê', '', 'An'), 'Lê An'],
    [parts('Nguyễn', 'Văn', 'An'), 'Nguyễn Văn An'],
    [parts('Nguyễn', 'Thị Minh', 'Khai'), 'Nguyễn Thị Minh Khai'],
    [parts(' Nguyễn ', '  ', ' An'), 'Nguyễn An'],
    [parts('Nguyễn', 'Thị', ''), 'Nguyễn Thị'],
  ])('%o → %j', (input, expected) => {
    expect(joinFullName(input)).toBe(expected);
  });

  it.each(['An', 'Lê An', 'Nguyễn Văn An', 'Nguyễn Thị Minh Khai', 'Tôn Nữ Thị Ngọc Hân'])(
    'round-trips %j',
    (full) => {
      expect(joinFullName(splitFullName(full))).toBe(full);
    },
  );
});

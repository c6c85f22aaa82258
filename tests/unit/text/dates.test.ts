import { describe, it, expect } from 'vitest';
import { formatDate, isValidIsoDate, parseDate } from '../../../src-shared/text';

describe('parseDate: valid inputs', () => {
  it.each([
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['  31/12/1999 ', '1999-12-31'],
    ['29/02/2024', '2024-02-29'], // leap year
    ['29/02/2000', '2000-02-29'], // divisible by 400
    ['01/01/1000', '1000-01-01'],
    ['31/12/9999', '9999-12-31'],
    ['30/04/1975', '1975-04-30'],
    ['2/9/1945', '1945-09-02'],
    ['31.01.2023', '2023-01-31'],
  ])('%j → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('parseDate: invalid inputs', () => {
  it.each([
    '',
    '   ',
    '31/02/2024',
    '30/02/2024',
    '29/02/2023',
    '29/02/1900', // divisible by 100, not 400
    '31/04/2024',
    '00/01/2024',
    '01/00/2024',
    '01/13/2024',
    '32/01/2024',
    '01/01/0999',
    '1/1/999',
    '05/03/24', // 2-digit year is ambiguous
    '05/03-2024', // mixed separators
    '2024/03/05',
    '2024-3-5',
    '2024-02-30',
    '2024-13-01',
    '0999-01-01',
    '123/01/2024',
    'ngày 5 tháng 3',
    '05/03/2024abc',
  ])('%j → null', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-03-05', '05/03/2024'],
    ['1999-12-31', '31/12/1999'],
    ['2024-02-29', '29/02/2024'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['2023-02-29', ''],
    ['2024-13-01', ''],
    ['05/03/2024', ''],
    ['2024-03-05T00:00:00Z', ''],
  ])('%j → %j', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it.each(['05/03/2024', '31/12/1999', '29/02/2024', '01/01/1000'])('round-trips %s', (s) => {
    expect(formatDate(parseDate(s))).toBe(s);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-03-05', true],
    ['2024-02-29', true],
    ['1000-01-01', true],
    ['2023-02-29', false],
    ['2024-04-31', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['0999-12-31', false],
    ['2024-3-5', false],
    [' 2024-03-05', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (input, expected) => {
    expect(isValidIsoDate(input)).toBe(expected);
  });
});

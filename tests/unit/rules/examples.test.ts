import { describe, expect, it } from 'vitest';
import { currentStage, nextCongressYear, personFlags, stageProblem, type StageStep } from '../../../src-shared/rules/examples';

const s = (stage: StageStep['stage'], on: string) => ({ stage, on });

describe('stageProblem', () => {
  it.each([
    ['discovery alone', [s('phat-hien', '2025-01-01')], null],
    ['all four in order, same day allowed', [s('phat-hien', '2025-01-01'), s('boi-duong', '2025-01-01'), s('tong-ket', '2025-06-01'), s('nhan-rong', '2026-01-01')], null],
    ['a skipped stage is fine', [s('phat-hien', '2025-01-01'), s('tong-ket', '2025-06-01')], null],
    ['nothing', [], /ít nhất bước “Phát hiện”/],
    ['not starting with discovery', [s('boi-duong', '2025-01-01')], /Bước đầu tiên phải là “Phát hiện”/],
    ['stages backwards', [s('phat-hien', '2025-01-01'), s('tong-ket', '2025-02-01'), s('boi-duong', '2025-03-01')], /“Bồi dưỡng” phải đứng sau “Tổng kết”/],
    ['a date going back', [s('phat-hien', '2025-05-01'), s('boi-duong', '2025-04-30')], /Ngày bồi dưỡng \(30\/04\/2025\) trước ngày phát hiện \(01\/05\/2025\)/],
  ] as const)('%s', (_, steps, expected) => {
    const p = stageProblem(steps);
    if (expected === null) expect(p).toBeNull();
    else expect(p?.message).toMatch(expected);
  });

  it('names the stage an example stands at', () => {
    expect(currentStage([s('phat-hien', '2025-01-01'), s('boi-duong', '2025-02-01')])).toBe('boi-duong');
  });
});

describe('personFlags', () => {
  it.each([
    [{ gender: 'female', ethnicity: '01', directLabor: false }, { women: true, ethnicMinority: false, directWorker: false }],
    [{ gender: 'male', ethnicity: '03', directLabor: true }, { women: false, ethnicMinority: true, directWorker: true }],
    [{ gender: 'male', ethnicity: '', directLabor: false }, { women: false, ethnicMinority: false, directWorker: false }],
  ])('%j', (p, flags) => expect(personFlags(p)).toEqual(flags));
});

describe('nextCongressYear', () => {
  it.each([[2021, 2025], [2025, 2025], [2026, 2030]])('%i → %i', (y, c) => expect(nextCongressYear(y)).toBe(c));
});

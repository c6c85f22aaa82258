import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../../src-shared/formats/ics';
import { deadlineLabel, deadlineLastDay, deadlineQuarter, parseDeadline, shiftDeadline, type PlanDeadline } from '../../../src-shared/rules/planDeadline';

describe('plan deadline: its last day', () => {
  it.each<[PlanDeadline, number, string | null]>([
    [{ kind: 'date', date: '2026-02-05' }, 2026, '2026-02-05'],
    [{ kind: 'month', month: 2 }, 2026, '2026-02-28'],
    [{ kind: 'month', month: 2 }, 2028, '2028-02-29'],
    [{ kind: 'month', month: 12 }, 2026, '2026-12-31'],
    [{ kind: 'month', month: 4 }, 2026, '2026-04-30'],
    [{ kind: 'quarter', quarter: 1 }, 2026, '2026-03-31'],
    [{ kind: 'quarter', quarter: 2 }, 2026, '2026-06-30'],
    [{ kind: 'quarter', quarter: 3 }, 2026, '2026-09-30'],
    [{ kind: 'quarter', quarter: 4 }, 2026, '2026-12-31'],
    [{ kind: 'ongoing' }, 2026, null],
  ])('%j in %i → %s', (d, year, last) => {
    expect(deadlineLastDay(d, year)).toBe(last);
  });
});

describe('plan deadline: what a clerk types', () => {
  it.each<[string, PlanDeadline]>([
    ['05/02/2026', { kind: 'date', date: '2026-02-05' }],
    ['5/2/2026', { kind: 'date', date: '2026-02-05' }],
    ['tháng 5', { kind: 'month', month: 5 }],
    ['Tháng 05', { kind: 'month', month: 5 }],
    ['T9', { kind: 'month', month: 9 }],
    ['Quý I', { kind: 'quarter', quarter: 1 }],
    ['quý iv', { kind: 'quarter', quarter: 4 }],
    ['Quý 3', { kind: 'quarter', quarter: 3 }],
    ['Q2', { kind: 'quarter', quarter: 2 }],
    ['Thường xuyên', { kind: 'ongoing' }],
    ['  thuong   xuyen ', { kind: 'ongoing' }],
  ])('"%s"', (text, d) => {
    expect(parseDeadline(text)).toEqual({ ok: true, deadline: d });
  });

  it.each(['', 'tháng 13', 'quý V', 'sớm', '31/02/2026', 'cuối năm'])('"%s" is refused in Vietnamese', (text) => {
    const r = parseDeadline(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/thời hạn|ngày|Ngày/iu);
  });

  it.each<[PlanDeadline, string]>([
    [{ kind: 'date', date: '2026-02-05' }, '05/02/2026'],
    [{ kind: 'month', month: 5 }, 'Tháng 5'],
    [{ kind: 'quarter', quarter: 2 }, 'Quý II'],
    [{ kind: 'ongoing' }, 'Thường xuyên'],
  ])('label of %j is %s, and reads back', (d, label) => {
    expect(deadlineLabel(d)).toBe(label);
    expect(parseDeadline(label)).toEqual({ ok: true, deadline: d });
  });

  it.each<[PlanDeadline, PlanDeadline]>([
    [{ kind: 'date', date: '2025-11-30' }, { kind: 'date', date: '2026-11-30' }],
    [{ kind: 'date', date: '2028-02-29' }, { kind: 'date', date: '2029-02-28' }],
    [{ kind: 'month', month: 5 }, { kind: 'month', month: 5 }],
    [{ kind: 'quarter', quarter: 1 }, { kind: 'quarter', quarter: 1 }],
    [{ kind: 'ongoing' }, { kind: 'ongoing' }],
  ])('a year later %j → %j', (d, next) => {
    expect(shiftDeadline(d, 1)).toEqual(next);
  });

  it.each<[PlanDeadline, number | null]>([
    [{ kind: 'date', date: '2026-05-31' }, 2], [{ kind: 'month', month: 9 }, 3], [{ kind: 'quarter', quarter: 4 }, 4],
    [{ kind: 'ongoing' }, null], [{ kind: 'date', date: '2027-01-15' }, 4],
  ])('quarter of %j is %s', (d, q) => {
    expect(deadlineQuarter(d, 2026)).toBe(q);
  });
});

describe('iCalendar (RFC 5545)', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it.each([
    ['a,b', 'a\\,b'], ['a;b', 'a\\;b'], ['a\\b', 'a\\\\b'], ['dòng 1\ndòng 2', 'dòng 1\\ndòng 2'], ['x\r\ny', 'x\\ny'], ['\\,', '\\\\\\,'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it('folds long lines at 75 octets without cutting a Vietnamese letter in two', () => {
    const line = `SUMMARY:${'Kiểm tra công tác thi đua, khen thưởng '.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    // Unfolding (remove CRLF + one space) gives the line back, character for character.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes all-day events with UID, DTSTAMP, VALUE=DATE and CRLF line ends', () => {
    const ics = buildIcs({
      prodId: '-//TĐKT Desktop//VI', name: 'Lịch TĐKT', stamp: new Date('2026-03-15T01:00:00Z'),
      events: [
        { uid: 'a@tdkt', date: '2026-03-31', summary: 'Hạn đăng ký thi đua; gửi cấp trên, đúng hạn', description: 'Dòng 1\nDòng 2' },
        { uid: 'b@tdkt', date: '2026-12-31', summary: 'Tổng kết' },
      ],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:a@tdkt');
    expect(lines.filter((l) => l === 'DTSTAMP:20260315T010000Z')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260331');
    expect(lines).toContain('DTEND;VALUE=DATE:20260401');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(ics).toContain('SUMMARY:Hạn đăng ký thi đua\\; gửi cấp trên\\, đúng hạn');
    expect(ics).toContain('DESCRIPTION:Dòng 1\\nDòng 2');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
});

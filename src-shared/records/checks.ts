// What a form would refuse, checked on a record that arrives in a package: its type's schema
// (real calendar dates, lengths, enumerations), hidden characters, dates in the future.
// Pure: the receiver's "today" is given.
import { RECORD_TYPES } from './index';

/**
 * C0/C1 controls other than tab and line breaks, and the bidirectional overrides, embeddings
 * and isolates that make a name display differently from what it is (U+202A–E, U+2066–9).
 */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Text from a package made safe to show beside a refusal: hidden characters become "?". */
export function showable(s: string): string {
  return s.replace(new RegExp(HIDDEN.source, 'g'), '?');
}

/** The path of the first string (or member name) in `root` carrying a hidden character. */
export function hiddenCharPath(root: unknown): string | null {
  const stack: { v: unknown; path: string }[] = [{ v: root, path: '' }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (HIDDEN.test(v)) return path || '(gốc)';
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, path: path ? `${path}.${i}` : String(i) }));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const p = path ? `${path}.${k}` : k;
        if (HIDDEN.test(k)) return p;
        stack.push({ v: x, path: p });
      }
    }
  }
  return null;
}

type Get = (d: Record<string, unknown>) => unknown;
const at = (...keys: string[]): Get => (d) => keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), d);

/** Dates the forms refuse in the future, per record type: [label, getter, compares a year]. */
const NOT_IN_FUTURE: Record<string, [string, Get, 'date' | 'year'][]> = {
  person: [['Ngày sinh', at('birthDate'), 'date'], ['Năm sinh', at('birthYear'), 'year']],
  dossier: [['Ngày họp', at('meeting', 'date'), 'date']],
  registration: [['Ngày đăng ký', at('registeredOn'), 'date']],
  initiative: [
    ['Ngày áp dụng lần đầu', at('firstAppliedOn'), 'date'],
    ['Ngày tiếp nhận', at('receipt', 'receivedOn'), 'date'],
    ['Ngày công nhận', at('recognition', 'date'), 'date'],
  ],
  decision: [['Ngày quyết định', at('decision', 'date'), 'date']],
};

/** Why a form would refuse this record's data, in Vietnamese, or null when it is acceptable. */
export function recordProblem(type: string, data: unknown, today: string): string | null {
  const def = RECORD_TYPES[type];
  if (!def) return `loại bản ghi "${type.slice(0, 50)}" không được hỗ trợ`;
  const parsed = def.schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    return `không đúng mẫu dữ liệu: trường "${field.slice(0, 80)}" ${issue?.message ?? 'không hợp lệ'}`;
  }
  const hidden = hiddenCharPath(data);
  if (hidden) return `trường "${hidden.slice(0, 80)}" chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản ẩn`;
  const d = parsed.data as Record<string, unknown>;
  for (const [label, get, unit] of NOT_IN_FUTURE[type] ?? []) {
    const v = get(d);
    if (unit === 'date' && typeof v === 'string' && v > today) return `${label} ở tương lai`;
    if (unit === 'year' && typeof v === 'number' && v > Number(today.slice(0, 4))) return `${label} ở tương lai`;
  }
  return null;
}

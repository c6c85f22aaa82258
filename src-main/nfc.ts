import { nfc } from '../src-shared/text';
import { AppError } from './errors';

/** Vietnamese typed with a combining-mark keyboard arrives as NFD: store and sign only NFC. */
export function deepNfc(value: unknown, depth = 0): unknown {
  if (depth > 64) throw new AppError('INVALID_INPUT', 'Dữ liệu gửi lên lồng nhau quá sâu.');
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map((v) => deepNfc(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [nfc(k), deepNfc(v, depth + 1)]));
  }
  return value;
}

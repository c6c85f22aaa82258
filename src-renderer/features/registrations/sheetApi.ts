import type { ApiInput, ApiOutput, SheetPreviewInput } from '../../../src-shared/api';

export type SheetPreview = ApiOutput<'sheet.preview'>;
export type { SheetPreviewInput };
export type SheetSource = SheetPreviewInput['source'];
export type EncodingChoice = NonNullable<SheetPreviewInput['encoding']>;
export type ColumnMapping = NonNullable<ApiInput<'sheet.preview'>['mapping']>;

export const ENCODING_OPTIONS: { value: EncodingChoice; label: string }[] = [
  { value: 'auto', label: 'Tự nhận' },
  { value: 'unicode', label: 'Unicode' },
  { value: 'tcvn3', label: 'TCVN3 (ABC)' },
  { value: 'vni', label: 'VNI' },
];

/** A file picked by the clerk as base64 (without the data: URL prefix). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** 0 → "A", 26 → "AA": how Excel names a column. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

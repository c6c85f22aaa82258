import { z } from 'zod';
import { GENDERS } from '../catalog/people';
import { IMPORT_TARGETS, PEOPLE_FIELD_KEYS } from '../formats/tabular';
import { ENCODING_CHOICES } from '../formats/tabularRows';
import { ok } from './common';

// Reading a clerk's list (an .xlsx or rows pasted from Excel) for an import. The preview
// writes nothing: the apply step of each import (registrations, …) calls the same service
// and writes in its own transaction.

/** 20 MB of file as base64 is 26.7 MB of text; a little more for the data: URL prefix a page may send. */
export const SHEET_BASE64_MAX = 28_000_000;
export const PASTE_TEXT_MAX = 10_000_000;

export const importTarget = z.enum(IMPORT_TARGETS, { error: 'Loại danh sách nhập không hợp lệ.' });
export const encodingChoice = z.enum(ENCODING_CHOICES, { error: 'Bảng mã không hợp lệ (tự nhận, Unicode, TCVN3 hoặc VNI).' });
export const legacyEncoding = z.enum(['unicode', 'tcvn3', 'vni']);

/** Field → column index (0 = column A), null when the field is not in the sheet. */
export const columnMapping = z
  .record(
    z.string().max(40),
    z.number().int().min(0, { error: 'Số cột không hợp lệ.' }).max(999, { error: 'Số cột không hợp lệ.' }).nullable(),
  )
  .refine((m) => Object.keys(m).length <= 60, { error: 'Bảng ghép cột có quá nhiều trường.' });
export type ColumnMapping = z.infer<typeof columnMapping>;

export const sheetSource = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('xlsx'),
      fileName: z.string().max(260).default(''),
      contentBase64: z
        .string()
        .min(1, { error: 'Tệp trống.' })
        .max(SHEET_BASE64_MAX, { error: 'Tệp quá lớn; chỉ nhận tệp Excel đến 20 MB.' }),
    }),
    z.object({
      kind: z.literal('paste'),
      text: z.string().max(PASTE_TEXT_MAX, { error: 'Nội dung dán quá lớn (tối đa 10 MB); hãy chọn tệp Excel thay vì dán.' }),
    }),
  ],
  { error: 'Hãy chọn tệp Excel hoặc dán danh sách.' },
);

export const sheetPreviewInput = z.object({
  source: sheetSource,
  target: importTarget.default('people'),
  /** Sheet name; null: the first visible sheet that has data. */
  sheet: z.string().max(200).nullable().default(null),
  /** 1-based line of the header row as Excel shows it; null: detect. */
  headerRow: z.number().int().min(1, { error: 'Dòng tiêu đề không hợp lệ.' }).max(1_048_576).nullable().default(null),
  /** Null: the mapping remembered for this layout, else a guess from the header words. */
  mapping: columnMapping.nullable().default(null),
  encoding: encodingChoice.default('auto'),
});
export type SheetPreviewInput = z.input<typeof sheetPreviewInput>;

const peopleFieldText = z.partialRecord(z.enum(PEOPLE_FIELD_KEYS), z.string());

export const personMatch = z.object({ personId: z.string(), fullName: z.string(), unitName: z.string().nullable() });

export const previewRow = z.object({
  line: z.number().int(),
  values: z.object({
    familyName: z.string(),
    middleName: z.string(),
    givenName: z.string(),
    fullName: z.string(),
    gender: z.enum(GENDERS).nullable(),
    birthDate: z.string().nullable(),
    birthYear: z.number().int().nullable(),
    ethnicity: z.string(),
    position: z.string(),
    unitName: z.string(),
    title: z.string().nullable(),
    note: z.string(),
    remoteArea: z.boolean().nullable(),
  }),
  /** The mapped cells as they were in the file, before conversion and cleaning. */
  original: peopleFieldText,
  converted: z.boolean(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
  match: personMatch.nullable(),
});
export type SheetPreviewRow = z.infer<typeof previewRow>;

export const sheetPreview = z.object({
  /** Names of the workbook's sheets (empty for a paste). */
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  /** 1-based line of the header row; with a two-row header, the top one. */
  headerRow: z.number().int(),
  subHeaderRow: z.number().int().nullable(),
  headerDetected: z.boolean(),
  /** Header name per column (0 = A); "top\nsub" under a two-row header. */
  headers: z.array(z.string()),
  signature: z.string(),
  fields: z.array(z.object({ key: z.string(), label: z.string() })),
  mapping: columnMapping,
  mappingSource: z.enum(['given', 'remembered', 'guessed']),
  /** Encoding used per mapped field (the majority of its column's cells). */
  encodingUsed: z.partialRecord(z.enum(PEOPLE_FIELD_KEYS), legacyEncoding),
  rows: z.array(previewRow),
  counts: z.object({
    rows: z.number().int(),
    errors: z.number().int(),
    matched: z.number().int(),
    new: z.number().int(),
  }),
});
export type SheetPreview = z.infer<typeof sheetPreview>;

export const rememberLayoutInput = z.object({
  signature: z.string().min(1).max(1000),
  target: importTarget,
  mapping: columnMapping,
});

export const spreadsheetApi = {
  'sheet.preview': { input: sheetPreviewInput, output: sheetPreview },
  'sheet.rememberLayout': { input: rememberLayoutInput, output: ok },
} as const;

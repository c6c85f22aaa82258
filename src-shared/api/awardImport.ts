import { z } from 'zod';
import { AWARD_HISTORY_FIELD_KEYS } from '../formats/tabular';
import { AWARD_CATEGORIES } from '../rules/vocab';
import { legacyEncoding, sheetPreview, sheetPreviewInput } from './spreadsheet';

// Khen thưởng đã có from a clerk's list (an .xlsx or rows pasted from Excel): the same reading
// of the sheet as every import (header, column mapping, TCVN3/VNI), then each row matched to a
// person or collective of the registry and to the award catalogue. The preview writes nothing;
// the apply step reads the list again and writes every accepted row in one transaction.

const awardSheet = sheetPreviewInput.omit({ target: true });

export const awardImportInput = z.object({
  sheet: awardSheet,
  /** For an award outside the catalogue, on a row that names no "Loại hình". */
  defaultCategory: z.enum(AWARD_CATEGORIES, { error: 'Chọn loại hình khen thưởng mặc định.' }).default('cong-trang'),
});
export type AwardImportInput = z.input<typeof awardImportInput>;

export const awardImportRow = z.object({
  line: z.number().int(),
  subjectType: z.enum(['person', 'collective']).nullable(),
  /** The name as read (converted from TCVN3/VNI, NFC). */
  name: z.string(),
  birthYear: z.number().int().nullable(),
  unitName: z.string(),
  year: z.number().int().nullable(),
  /** The title or form as written in the file. */
  awardText: z.string(),
  /** Catalogue code; '' for an award outside the catalogue. */
  awardCode: z.string(),
  /** What is saved: the catalogue's name, or the text as written. */
  awardName: z.string(),
  category: z.enum(AWARD_CATEGORIES),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  issuer: z.string(),
  /** The registry's person or collective this row is about. */
  match: z.object({ subjectId: z.string(), name: z.string(), detail: z.string() }).nullable(),
  /** ok: will be written; duplicate: already recorded (or twice in the file), skipped; error: see errors. */
  status: z.enum(['ok', 'duplicate', 'error']),
  converted: z.boolean(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type AwardImportRow = z.infer<typeof awardImportRow>;

export const awardImportPreview = sheetPreview
  .pick({ sheets: true, sheet: true, headerRow: true, subHeaderRow: true, headerDetected: true, headers: true, signature: true, fields: true, mapping: true, mappingSource: true })
  .extend({
    encodingUsed: z.partialRecord(z.enum(AWARD_HISTORY_FIELD_KEYS), legacyEncoding),
    rows: z.array(awardImportRow),
    counts: z.object({
      rows: z.number().int(),
      ok: z.number().int(),
      duplicates: z.number().int(),
      errors: z.number().int(),
      /** Of the rows to write: awards recognised in the catalogue, and kept as written. */
      inCatalogue: z.number().int(),
      outside: z.number().int(),
    }),
  });
export type AwardImportPreview = z.infer<typeof awardImportPreview>;

export const awardImportApi = {
  'awards.importPreview': { input: awardImportInput, output: awardImportPreview },
  /**
   * Writes the rows the preview accepts (source 'import'), in one transaction. Refused while a
   * row has an error, unless the clerk chose onlyValid: then the rows in error are left out and
   * counted. Duplicates are always skipped.
   */
  'awards.importApply': {
    input: awardImportInput.extend({ onlyValid: z.boolean().default(false) }),
    output: z.object({ added: z.number().int(), duplicates: z.number().int(), skippedErrors: z.number().int() }),
  },
} as const;

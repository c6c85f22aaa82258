import { z } from 'zod';
import { INITIATIVE_STATUSES } from '../rules/initiatives';
import { uuid } from './common';

// "Xuất Excel": a list as filtered on screen (every page, not only the rows in sight) written
// to an .xlsx in a folder the clerk chose, with Vietnamese headers and dates as dd/mm/yyyy.

const year = z.number().int().min(1945).max(2100);
const query = z.string().max(200).default('');

export const listFilter = z.discriminatedUnion('list', [
  z.object({ list: z.literal('people'), query, unitId: uuid.nullable().default(null) }),
  z.object({ list: z.literal('dossiers'), query, year: year.nullable().default(null), open: z.boolean().default(false) }),
  z.object({
    list: z.literal('initiatives'), query, year: year.nullable().default(null), roundId: uuid.nullable().default(null),
    status: z.enum(INITIATIVE_STATUSES).nullable().default(null), open: z.boolean().default(false),
  }),
]);
export type ListFilter = z.infer<typeof listFilter>;

export const listExportApi = {
  'lists.exportXlsx': {
    input: z.object({
      filter: listFilter,
      /** The folder (absolute, its drive present): chosen with "Chọn…" as for packages. */
      outDir: z.string({ error: 'Hãy chọn thư mục lưu tệp.' }).max(1000, { error: 'Đường dẫn quá dài.' }),
    }),
    output: z.object({ file: z.string(), fileName: z.string(), rows: z.number().int() }),
  },
} as const;

import { z } from 'zod';

// Dữ liệu mẫu để dùng thử: the same demo as the `demo` CLI command, offered by the setup wizard.

export const demoApi = {
  'demo.create': {
    input: z.object({ people: z.number().int().min(10).max(1000).default(300) }),
    output: z.object({ summary: z.string() }),
  },
  /** Whether sample data is in use (the banner "Đang dùng dữ liệu mẫu"), and what removing it would do. */
  'demo.status': {
    input: z.object({}).default({}),
    output: z.object({
      active: z.boolean(),
      createdAt: z.string().nullable(),
      /** Sample records (people, units, dossiers…) the demo created. */
      sample: z.number().int(),
      /** Records the clerk created since; they stay. */
      later: z.number().int(),
      /** The clerk's later changes that use sample records ("thêm cá nhân"…): removal waits for them. */
      tangled: z.array(z.string()),
    }),
  },
  /** "Xóa dữ liệu mẫu": only the sample rows, in one transaction; refused while the clerk's work uses them. */
  'demo.remove': {
    input: z.object({}).default({}),
    output: z.object({ removed: z.number().int() }),
  },
} as const;

import { z } from 'zod';
import { empty, text } from './common';

// Backups and restore ("Sao lưu và khôi phục"): automatic copies in the data folder, a single
// file with the installation's key for a USB stick, and a restore with a preview first.

export const BACKUP_REASONS = ['daily', 'manual', 'before-import', 'before-restore', 'before-migration', 'damaged'] as const;
export const BACKUP_REASON_LABELS: Record<(typeof BACKUP_REASONS)[number], string> = {
  daily: 'Tự động hằng ngày',
  manual: 'Do cán bộ tạo',
  'before-import': 'Trước khi nhập gói',
  'before-restore': 'Trước khi khôi phục',
  'before-migration': 'Trước khi nâng cấp',
  damaged: 'Bản dữ liệu hỏng (giữ lại)',
};

const counts = z.object({ people: z.number().int(), dossiers: z.number().int(), packages: z.number().int() });

export const backupRow = z.object({
  fileName: z.string(),
  path: z.string(),
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.string(),
  size: z.number().int(),
  integrity: z.enum(['ok', 'damaged']),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  counts,
});
export type BackupRow = z.infer<typeof backupRow>;

const retention = z.object({
  keepDaily: z.number().int().min(1, { error: 'Giữ ít nhất 1 bản sao lưu hằng ngày.' }).max(365, { error: 'Giữ tối đa 365 bản hằng ngày.' }),
  importDays: z.number().int().min(1, { error: 'Giữ bản sao trước khi nhập ít nhất 1 ngày.' }).max(365, { error: 'Giữ tối đa 365 ngày.' }),
});

const filePath = text(4000, 'Đường dẫn tệp').min(1, { error: 'Vui lòng nhập đường dẫn tệp sao lưu.' });
const passphrase = z.string().max(1000, { error: 'Mật khẩu dài tối đa 1000 ký tự.' }).nullable().default(null);

export const restorePreview = z.object({
  fileName: z.string(),
  kind: z.enum(['local', 'archive']),
  createdAt: z.string(),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  schemaVersion: z.number().int(),
  counts,
  /** The same counts of the data as it is now, to compare before switching. */
  current: counts,
  keyIncluded: z.boolean(),
});

export const backupApi = {
  'backup.status': {
    input: empty,
    output: z.object({
      damaged: z.boolean(),
      message: z.string().nullable(),
      newest: backupRow.nullable(),
      retention,
      dataDir: z.string(),
      /** The last copy written to a USB stick or another folder (home page: "Chưa sao lưu ra USB từ …"). */
      lastArchive: z.object({ at: z.string(), on: z.string(), file: z.string() }).nullable(),
    }),
  },
  'backup.list': { input: empty, output: z.array(backupRow) },
  'backup.create': {
    input: z.object({
      /** A folder (USB stick): one file with the database and the key, the key under `passphrase`. Null: a copy in the data folder. */
      toDir: text(4000, 'Thư mục').nullable().default(null),
      passphrase,
    }),
    output: z.object({ file: z.string(), size: z.number().int(), local: backupRow }),
  },
  'backup.preview': { input: z.object({ path: filePath, passphrase }), output: restorePreview },
  'backup.restore': {
    input: z.object({ path: filePath, passphrase }),
    output: z.object({ restored: restorePreview, safetyBackup: z.string() }),
  },
  'backup.setRetention': { input: retention, output: retention },
} as const;

import { z } from 'zod';

// Chọn thư mục: the drives and folders of this computer, served by the main process (the harness's chooser), and the native dialog in Electron.

const folderPath = z.string({ error: 'Hãy chọn thư mục.' }).max(1000, { error: 'Đường dẫn quá dài.' });

export const folderListing = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  folders: z.array(z.object({ name: z.string(), path: z.string() })),
  files: z.array(z.object({ name: z.string(), path: z.string(), bytes: z.number(), modifiedAt: z.string().nullable() })),
});
export type FolderListing = z.infer<typeof folderListing>;

export const foldersApi = {
  /** Drive letters on Windows (removable first); mounted media, the home folder and "/" elsewhere. */
  'folders.roots': {
    input: z.object({}),
    output: z.array(z.object({ path: z.string(), label: z.string(), removable: z.boolean() })),
  },
  'folders.list': { input: z.object({ path: folderPath }), output: folderListing },
  /** The operating system's own folder dialog (Electron only); `supported: false` elsewhere, and the screen shows the served chooser. */
  'folders.pickNative': {
    input: z.object({ title: z.string().max(200).default('Chọn thư mục') }),
    output: z.object({ supported: z.boolean(), path: z.string().nullable() }),
  },
  /** The operating system's own open-file dialog (Electron only), filtered by file name endings such as "json" or "tdkt-backup". */
  'folders.pickNativeFile': {
    input: z.object({
      title: z.string().max(200).default('Chọn tệp'),
      filterName: z.string().max(200).default('Tệp'),
      extensions: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,19}$/)).max(10).default([]),
    }),
    output: z.object({ supported: z.boolean(), path: z.string().nullable() }),
  },
} as const;

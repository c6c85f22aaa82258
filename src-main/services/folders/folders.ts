import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError, fieldError } from '../../errors';

// Folders the Windows way: the drives (removable first), the folders of a folder, and the rule that a package folder is an absolute path on a drive that exists.

type Platform = NodeJS.Platform;
const pathOf = (platform: Platform) => (platform === 'win32' ? path.win32 : path.posix);

/** An absolute path for this system: "E:\…" or "\\server\share\…" on Windows, "/…" elsewhere. */
export function isAbsoluteFolder(dir: string, platform: Platform = process.platform): boolean {
  if (platform === 'win32') return /^[A-Za-z]:[\\/]/.test(dir) || /^\\\\[^\\]+\\[^\\]+/.test(dir);
  return path.posix.isAbsolute(dir);
}

/**
 * Why packages cannot be written to `dir`, or null: it must be typed in full (a relative path
 * would land beside the program) and its drive must exist (E:\ with no stick is an error, not a
 * folder named "E:\"). Checks only; creates nothing.
 */
export function outDirProblem(dir: string, platform: Platform = process.platform, exists: (p: string) => boolean = fs.existsSync): string | null {
  const d = dir.trim();
  if (!d) return 'Hãy chọn thư mục lưu gói (bấm "Chọn…").';
  if (!isAbsoluteFolder(d, platform)) {
    return `"${d}" không phải là một thư mục đầy đủ trên máy này; hãy bấm "Chọn…" để chọn ổ USB hoặc thư mục (ví dụ E:\\ hoặc D:\\Goi TDKT).`;
  }
  const root = pathOf(platform).parse(d).root;
  if (!exists(root)) return `Máy này không có ổ ${root}; hãy cắm USB rồi bấm "Chọn…" để chọn lại.`;
  return null;
}

/** Throws the Vietnamese reason beside the `outDir` field when packages cannot go to `dir`. */
export function requireOutDir(dir: string): string {
  const problem = outDirProblem(dir);
  if (problem) throw fieldError('outDir', problem);
  return path.resolve(dir.trim());
}

export interface FolderRoot {
  path: string;
  label: string;
  removable: boolean;
}

const dirsIn = (dir: string) => {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => path.join(dir, e.name));
  } catch {
    return [];
  }
};

/**
 * Where a clerk starts choosing: on Windows the drive letters that exist (removable drives and
 * sticks first, the system drive last); elsewhere the mounted media, the home folder and "/".
 */
export function listRoots(platform: Platform = process.platform): FolderRoot[] {
  if (platform === 'win32') {
    const system = (process.env.SystemDrive ?? 'C:').toUpperCase();
    const drives = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:`).filter((d) => fs.existsSync(`${d}\\`));
    return [
      ...drives.filter((d) => d !== system).map((d) => ({ path: `${d}\\`, label: `Ổ ${d} (USB hoặc ổ khác)`, removable: true })),
      ...drives.filter((d) => d === system).map((d) => ({ path: `${d}\\`, label: `Ổ ${d} (ổ hệ thống)`, removable: false })),
    ];
  }
  const user = os.userInfo().username;
  const media = [...dirsIn(`/media/${user}`), ...dirsIn(`/run/media/${user}`), ...dirsIn('/mnt'), ...(platform === 'darwin' ? dirsIn('/Volumes') : [])];
  return [
    ...media.map((p) => ({ path: p, label: `${path.basename(p)} (thiết bị gắn ngoài)`, removable: true })),
    { path: os.homedir(), label: `Thư mục cá nhân (${os.homedir()})`, removable: false },
    { path: '/', label: 'Toàn bộ máy (/)', removable: false },
  ];
}

/** The folders and files of one folder, hidden ones left out, in Vietnamese order. */
export function listFolder(dir: string) {
  const problem = outDirProblem(dir);
  if (problem) throw fieldError('path', problem);
  const full = path.resolve(dir.trim());
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(full, { withFileTypes: true });
  } catch (e) {
    throw new AppError('FOLDER_UNREADABLE', `Không mở được thư mục "${full}"; có thể thư mục không còn hoặc máy không cho phép đọc.`).withCause(e);
  }
  const shown = entries.filter((e) => !e.name.startsWith('.') && !e.name.startsWith('$')).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const parent = path.dirname(full);
  return {
    path: full,
    parent: parent === full ? null : parent,
    folders: shown.filter((e) => e.isDirectory()).map((e) => ({ name: e.name, path: path.join(full, e.name) })),
    files: shown
      .filter((e) => e.isFile())
      .slice(0, 500)
      .map((e) => {
        const st = fs.statSync(path.join(full, e.name), { throwIfNoEntry: false });
        return { name: e.name, path: path.join(full, e.name), bytes: st?.size ?? 0, modifiedAt: st ? st.mtime.toISOString() : null };
      }),
  };
}

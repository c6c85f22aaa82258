import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError, fieldError } from '../../errors';
import { detectLinuxRemovable, detectWindowsDrives, type WindowsDrive } from './drives';

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
 * The drives of a Windows machine in the order a clerk looks for them: USB sticks first ("USB"),
 * then other disks, network and CD drives, the system drive last. `detected` is what Windows said
 * of each drive (null when it could not be asked: then every non-system drive may be a stick).
 */
export function windowsRoots(existing: string[], system: string, detected: WindowsDrive[] | null): FolderRoot[] {
  const sys = system.toUpperCase();
  const known = new Map((detected ?? []).map((d) => [d.drive, d]));
  const rank = { removable: 0, local: 1, other: 1, network: 2, cd: 3 } as const;
  const rows = existing
    .map((d) => d.toUpperCase())
    .map((d) => {
      const info = known.get(d);
      const name = info?.label ? ` ${info.label}` : '';
      if (d === sys) return { order: 9, root: { path: `${d}\\`, label: `Ổ ${d} (ổ hệ thống)`, removable: false } };
      if (!detected) return { order: 1, root: { path: `${d}\\`, label: `Ổ ${d} (USB hoặc ổ khác)`, removable: true } };
      const kind = info?.kind ?? 'other';
      const label =
        kind === 'removable' ? `USB ${d}${name}` : kind === 'network' ? `Ổ mạng ${d}${name}` : kind === 'cd' ? `Ổ đĩa CD/DVD ${d}${name}` : `Ổ ${d}${name} (ổ trong máy)`;
      return { order: rank[kind], root: { path: `${d}\\`, label, removable: kind === 'removable' } };
    });
  return rows.sort((a, b) => a.order - b.order || a.root.path.localeCompare(b.root.path)).map((r) => r.root);
}

/**
 * Elsewhere: removable devices that lsblk reports (RM=1) first, labelled "USB", then the other
 * mounted media (/media/<user>, /run/media/<user>, /mnt, /Volumes), the home folder and "/".
 */
export function posixRoots(media: string[], removable: { mountpoint: string; label: string }[], home: string): FolderRoot[] {
  const usbLabel = (name: string) => (/^usb\b/i.test(name) ? name : `USB ${name}`);
  const usb = removable.map((r) => ({ path: r.mountpoint, label: usbLabel(r.label || path.basename(r.mountpoint)), removable: true }));
  const seen = new Set(usb.map((u) => u.path));
  return [
    ...usb,
    ...media.filter((p) => !seen.has(p)).map((p) => ({ path: p, label: `${path.basename(p)} (thiết bị gắn ngoài)`, removable: true })),
    { path: home, label: `Thư mục cá nhân (${home})`, removable: false },
    { path: '/', label: 'Toàn bộ máy (/)', removable: false },
  ];
}

/** Where a clerk starts choosing: the drives or mounted media of this machine, USB sticks first. */
export async function listRoots(platform: Platform = process.platform): Promise<FolderRoot[]> {
  if (platform === 'win32') {
    const existing = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:`).filter((d) => fs.existsSync(`${d}\\`));
    return windowsRoots(existing, process.env.SystemDrive ?? 'C:', await detectWindowsDrives());
  }
  const user = os.userInfo().username;
  const media = [...dirsIn(`/media/${user}`), ...dirsIn(`/run/media/${user}`), ...dirsIn('/mnt'), ...(platform === 'darwin' ? dirsIn('/Volumes') : [])];
  const removable = platform === 'linux' ? await detectLinuxRemovable() : [];
  return posixRoots(media, removable, os.homedir());
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

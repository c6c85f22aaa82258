import { execFile } from 'node:child_process';

// Which drives are removable (USB sticks): small pure parsers of what Windows and Linux print,
// and the commands that print it, each bounded by a timeout. A failed or slow command means
// "not known", never an error: the chooser then falls back to listing every drive.

/** Win32_LogicalDisk.DriveType: 2 removable (USB stick, card), 3 local disk, 4 network, 5 CD/DVD. */
export type DriveKind = 'removable' | 'local' | 'network' | 'cd' | 'other';
export interface WindowsDrive {
  /** "E:" */
  drive: string;
  kind: DriveKind;
  /** The volume name ("KINGSTON"), when Windows gave one. */
  label: string;
}

const KIND: Record<string, DriveKind> = { '2': 'removable', '3': 'local', '4': 'network', '5': 'cd' };
const kindOf = (t: unknown): DriveKind => KIND[String(t).trim()] ?? 'other';
const DRIVE = /^[A-Za-z]:$/;

/**
 * `wmic logicaldisk get DeviceID,DriveType,VolumeName`: a header line, then one padded line per
 * drive ("E:        2          KINGSTON"); lines end in "\r\r\n"; a volume name may hold spaces.
 */
export function parseWmicLogicalDisk(output: string): WindowsDrive[] | null {
  const lines = output.split(/\r*\n/).map((l) => l.replace(/\r/g, '').trimEnd()).filter((l) => l.trim());
  const header = lines[0]?.trim().split(/\s+/) ?? [];
  const di = header.indexOf('DeviceID');
  const ti = header.indexOf('DriveType');
  if (di < 0 || ti < 0) return null;
  const out: WindowsDrive[] = [];
  for (const line of lines.slice(1)) {
    const m = /^\s*([A-Za-z]:)\s+(\d+)\s*(.*)$/.exec(line);
    if (m) out.push({ drive: m[1]!.toUpperCase(), kind: kindOf(m[2]), label: m[3]!.trim() });
  }
  return out;
}

/**
 * `Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,VolumeName | ConvertTo-Json`:
 * one object for a single drive, an array for several.
 */
export function parseCimLogicalDiskJson(output: string): WindowsDrive[] | null {
  let raw: unknown;
  try {
    raw = JSON.parse(output.replace(/^\uFEFF/, '').trim());
  } catch {
    return null;
  }
  const rows = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : null;
  if (!rows) return null;
  const out: WindowsDrive[] = [];
  for (const r of rows as { DeviceID?: unknown; DriveType?: unknown; VolumeName?: unknown }[]) {
    if (typeof r?.DeviceID !== 'string' || !DRIVE.test(r.DeviceID)) continue;
    out.push({ drive: r.DeviceID.toUpperCase(), kind: kindOf(r.DriveType), label: typeof r.VolumeName === 'string' ? r.VolumeName.trim() : '' });
  }
  return out;
}

/** `lsblk -P -o RM,MOUNTPOINT,LABEL`: the mount points of removable devices (RM="1"), with their labels. */
export function parseLsblkPairs(output: string): { mountpoint: string; label: string }[] {
  const unescape = (v: string) => v.replace(/\\x([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  const out: { mountpoint: string; label: string }[] = [];
  for (const line of output.split('\n')) {
    const fields: Record<string, string> = {};
    for (const m of line.matchAll(/([A-Z-]+)="((?:[^"\\]|\\.)*)"/g)) fields[m[1]!] = unescape(m[2]!);
    if (fields.RM === '1' && fields.MOUNTPOINT && fields.MOUNTPOINT.startsWith('/') && fields.MOUNTPOINT !== '/') {
      out.push({ mountpoint: fields.MOUNTPOINT, label: fields.LABEL ?? '' });
    }
  }
  return out;
}

/** Runs a command with a timeout; its output, or null when it is missing, fails or is too slow. */
export function runBounded(file: string, args: string[], timeoutMs = 3000): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      execFile(file, args, { timeout: timeoutMs, windowsHide: true, maxBuffer: 256 * 1024, encoding: 'utf8' }, (err, stdout) => resolve(err ? null : stdout));
    } catch {
      resolve(null);
    }
  });
}

/** Windows drives with their kind: PowerShell first, then wmic (gone from newer Windows); null when neither answers. */
export async function detectWindowsDrives(run: typeof runBounded = runBounded): Promise<WindowsDrive[] | null> {
  const ps = await run('powershell.exe', [
    '-NoProfile', '-NonInteractive', '-Command',
    'Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,VolumeName | ConvertTo-Json -Compress',
  ]);
  const fromPs = ps === null ? null : parseCimLogicalDiskJson(ps);
  if (fromPs?.length) return fromPs;
  const wmic = await run('wmic', ['logicaldisk', 'get', 'DeviceID,DriveType,VolumeName']);
  const fromWmic = wmic === null ? null : parseWmicLogicalDisk(wmic);
  return fromWmic?.length ? fromWmic : null;
}

/** Linux: removable devices' mount points from lsblk; empty when lsblk is missing or slow. */
export async function detectLinuxRemovable(run: typeof runBounded = runBounded): Promise<{ mountpoint: string; label: string }[]> {
  const out = await run('lsblk', ['-P', '-o', 'RM,MOUNTPOINT,LABEL']);
  return out === null ? [] : parseLsblkPairs(out);
}

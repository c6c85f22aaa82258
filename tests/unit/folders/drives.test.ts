import { describe, expect, it } from 'vitest';
import {
  detectLinuxRemovable,
  detectWindowsDrives,
  parseCimLogicalDiskJson,
  parseLsblkPairs,
  parseWmicLogicalDisk,
  posixRoots,
  runBounded,
  windowsRoots,
  type WindowsDrive,
} from '../../../src-main/services/folders';

// Removable drives, from what Windows and Linux print (this machine cannot run Windows: the
// outputs below are as the commands print them).

describe('parseWmicLogicalDisk', () => {
  it.each<[string, string, WindowsDrive[] | null]>([
    [
      'a stick, a CD and a network drive; \\r\\r\\n line ends',
      'DeviceID  DriveType  VolumeName  \r\r\nC:        3          Windows     \r\r\nD:        5                      \r\r\nE:        2          KINGSTON    \r\r\nZ:        4          Chung       \r\r\n\r\r\n',
      [
        { drive: 'C:', kind: 'local', label: 'Windows' },
        { drive: 'D:', kind: 'cd', label: '' },
        { drive: 'E:', kind: 'removable', label: 'KINGSTON' },
        { drive: 'Z:', kind: 'network', label: 'Chung' },
      ],
    ],
    ['a volume name with spaces', 'DeviceID  DriveType  VolumeName\nF:        2          USB CUA HOA\n', [{ drive: 'F:', kind: 'removable', label: 'USB CUA HOA' }]],
    ['without VolumeName', 'DeviceID  DriveType\nc:        3\n', [{ drive: 'C:', kind: 'local', label: '' }]],
    ['an error text instead of a table', "'wmic' is not recognized as an internal or external command", null],
    ['empty', '', null],
  ])('%s', (_name, output, expected) => expect(parseWmicLogicalDisk(output)).toEqual(expected));
});

describe('parseCimLogicalDiskJson', () => {
  it.each<[string, string, WindowsDrive[] | null]>([
    [
      'several drives (an array), BOM first',
      '\uFEFF[{"DeviceID":"C:","DriveType":3,"VolumeName":"OS"},{"DeviceID":"E:","DriveType":2,"VolumeName":null},{"DeviceID":"G:","DriveType":6,"VolumeName":"RAM"}]',
      [
        { drive: 'C:', kind: 'local', label: 'OS' },
        { drive: 'E:', kind: 'removable', label: '' },
        { drive: 'G:', kind: 'other', label: 'RAM' },
      ],
    ],
    ['a single drive (one object)', '{"DeviceID":"C:","DriveType":3,"VolumeName":""}\r\n', [{ drive: 'C:', kind: 'local', label: '' }]],
    ['a row without a drive letter is skipped', '[{"DeviceID":"\\\\\\\\?\\\\Volume","DriveType":2},{"DeviceID":"E:","DriveType":"2"}]', [{ drive: 'E:', kind: 'removable', label: '' }]],
    ['not JSON (PowerShell error)', 'Get-CimInstance : Access denied', null],
    ['a bare number', '3', null],
  ])('%s', (_name, output, expected) => expect(parseCimLogicalDiskJson(output)).toEqual(expected));
});

describe('parseLsblkPairs', () => {
  it.each<[string, string, { mountpoint: string; label: string }[]]>([
    [
      'a mounted stick among fixed disks; escaped spaces',
      'RM="0" MOUNTPOINT="" LABEL=""\nRM="0" MOUNTPOINT="/" LABEL=""\nRM="1" MOUNTPOINT="" LABEL=""\nRM="1" MOUNTPOINT="/media/hoa/USB\\x20HOA" LABEL="USB HOA"\n',
      [{ mountpoint: '/media/hoa/USB HOA', label: 'USB HOA' }],
    ],
    ['a removable disk that is not mounted', 'RM="1" MOUNTPOINT="" LABEL="KINGSTON"\n', []],
    ['a fixed disk mounted under /mnt', 'RM="0" MOUNTPOINT="/mnt/data" LABEL="data"\n', []],
    ['swap on a stick is not a folder', 'RM="1" MOUNTPOINT="[SWAP]" LABEL=""\n', []],
    ['nothing', '', []],
  ])('%s', (_name, output, expected) => expect(parseLsblkPairs(output)).toEqual(expected));
});

describe('windowsRoots: USB sticks first, labelled "USB"; the system drive last', () => {
  const detected: WindowsDrive[] = [
    { drive: 'C:', kind: 'local', label: 'OS' },
    { drive: 'D:', kind: 'local', label: 'DATA' },
    { drive: 'E:', kind: 'cd', label: '' },
    { drive: 'F:', kind: 'removable', label: 'KINGSTON' },
    { drive: 'Z:', kind: 'network', label: '' },
  ];
  it('detected', () => {
    expect(windowsRoots(['C:', 'D:', 'E:', 'F:', 'Z:'], 'C:', detected)).toEqual([
      { path: 'F:\\', label: 'USB F: KINGSTON', removable: true },
      { path: 'D:\\', label: 'Ổ D: DATA (ổ trong máy)', removable: false },
      { path: 'Z:\\', label: 'Ổ mạng Z:', removable: false },
      { path: 'E:\\', label: 'Ổ đĩa CD/DVD E:', removable: false },
      { path: 'C:\\', label: 'Ổ C: (ổ hệ thống)', removable: false },
    ]);
  });
  it('not detected (PowerShell and wmic both failed): every other drive may be a stick', () => {
    expect(windowsRoots(['C:', 'E:'], 'c:', null)).toEqual([
      { path: 'E:\\', label: 'Ổ E: (USB hoặc ổ khác)', removable: true },
      { path: 'C:\\', label: 'Ổ C: (ổ hệ thống)', removable: false },
    ]);
  });
});

describe('posixRoots', () => {
  it('lsblk sticks first as "USB", other media after, without repeating a stick', () => {
    expect(posixRoots(['/media/hoa/USB HOA', '/mnt/data'], [{ mountpoint: '/media/hoa/USB HOA', label: 'USB HOA' }, { mountpoint: '/run/media/hoa/THE', label: '' }], '/home/hoa')).toEqual([
      { path: '/media/hoa/USB HOA', label: 'USB HOA', removable: true },
      { path: '/run/media/hoa/THE', label: 'USB THE', removable: true },
      { path: '/mnt/data', label: 'data (thiết bị gắn ngoài)', removable: true },
      { path: '/home/hoa', label: 'Thư mục cá nhân (/home/hoa)', removable: false },
      { path: '/', label: 'Toàn bộ máy (/)', removable: false },
    ]);
  });
});

describe('detection falls back and never throws', () => {
  const answers = (map: Record<string, string | null>): typeof runBounded => async (file) => map[file] ?? null;
  it('PowerShell answers', async () => {
    expect(await detectWindowsDrives(answers({ 'powershell.exe': '{"DeviceID":"E:","DriveType":2,"VolumeName":"A"}', wmic: null }))).toEqual([{ drive: 'E:', kind: 'removable', label: 'A' }]);
  });
  it('PowerShell fails, wmic answers', async () => {
    expect(await detectWindowsDrives(answers({ 'powershell.exe': null, wmic: 'DeviceID  DriveType\r\r\nE:        2\r\r\n' }))).toEqual([{ drive: 'E:', kind: 'removable', label: '' }]);
  });
  it('neither answers', async () => expect(await detectWindowsDrives(answers({}))).toBeNull());
  it('lsblk missing', async () => expect(await detectLinuxRemovable(answers({}))).toEqual([]));
  it('a command that does not exist or outlasts its timeout gives null', async () => {
    expect(await runBounded('tdkt-no-such-command', [])).toBeNull();
    const started = Date.now();
    expect(await runBounded('sleep', ['5'], 200)).toBeNull();
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

// Which programs have the data folder open, so that a write stuck behind another program's
// lock can name it ("the command line, command import, process 1234") instead of guessing.
import fs from 'node:fs';
import path from 'node:path';

const DIR = 'open-by';

interface Holder {
  pid: number;
  program: string;
  since: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
};

// Notes still to remove when the process exits (one listener for all hosts of the process).
const pending = new Set<string>();
let exitHooked = false;
let serial = 0;

/** Notes this process as a user of the data folder; returns the function that removes the note. */
export function registerHolder(dataDir: string, program: string): () => void {
  const file = path.join(dataDir, DIR, `${process.pid}-${++serial}.json`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const body: Holder = { pid: process.pid, program, since: new Date().toISOString() };
    fs.writeFileSync(file, JSON.stringify(body));
  } catch {
    return () => undefined; // a read-only data folder: nothing to note, nothing to remove
  }
  pending.add(file);
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', () => {
      for (const f of pending) fs.rmSync(f, { force: true });
    });
  }
  return () => {
    pending.delete(file);
    fs.rmSync(file, { force: true });
  };
}

/** The other live programs that have this data folder open (stale notes of dead processes are removed). */
export function otherHolders(dataDir: string): Holder[] {
  const dir = path.join(dataDir, DIR);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: Holder[] = [];
  for (const n of names) {
    try {
      const h = JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')) as Holder;
      if (h.pid === process.pid) continue;
      if (alive(h.pid)) out.push(h);
      else fs.rmSync(path.join(dir, n), { force: true });
    } catch {
      // a note being written or removed right now
    }
  }
  return out;
}

/** The message for a write that waited out the busy timeout: who holds the data, and what to do. */
export function busyMessage(dataDir: string): string {
  const others = otherHolders(dataDir);
  const who = others.length
    ? `Dữ liệu đang được ${others.map((h) => `${h.program} (mã tiến trình ${h.pid})`).join(', ')} ghi quá lâu.`
    : 'Dữ liệu đang được một chương trình khác ghi quá lâu.';
  return `${who} Thao tác chưa được thực hiện; hãy đợi chương trình đó làm xong (hoặc đóng nó) rồi thử lại.`;
}

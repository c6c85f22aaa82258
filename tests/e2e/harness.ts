/**
 * E2E fixture: a temp data folder and the browser harness (src-main/server.ts) started
 * in-process on 127.0.0.1 with a random port, plus read-only SQL on the same database so
 * tests can assert on what was really written.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { ApiInput, ApiName, ApiOutput } from '../../src-shared/api';
import { type Harness, startServer } from '../../src-main/server';

// Every service output is parsed with its contract schema too (read when the host is created).
process.env.TDKT_CHECK_OUTPUT = '1';

export const SCREENS = path.join('test-results', 'screens');

export class AppHarness {
  private server: Harness | null = null;

  constructor(readonly dataDir: string) {}

  static async create(): Promise<AppHarness> {
    const app = new AppHarness(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-e2e-')));
    await app.start();
    return app;
  }

  /** The address with this run's token (it changes on every start). */
  get url(): string {
    if (!this.server) throw new Error('harness not running');
    return this.server.url;
  }

  get harness(): Harness {
    if (!this.server) throw new Error('harness not running');
    return this.server;
  }

  async start(): Promise<void> {
    if (this.server) return;
    this.server = await startServer({ dataDir: this.dataDir, port: 0 });
  }

  async stop(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** A contract call straight to the host (setup and seeding); throws on { ok: false }. */
  async invoke<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
    const r = await this.harness.host.invoke(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.result as ApiOutput<N>;
  }

  /** Runs one read-only query on <dataDir>/tdkt.sqlite with a separate connection. */
  query<T = Record<string, unknown>>(sql: string, ...args: unknown[]): T[] {
    const db = new Database(path.join(this.dataDir, 'tdkt.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all(...args) as T[];
    } finally {
      db.close();
    }
  }

  count(sql: string, ...args: unknown[]): number {
    return Object.values(this.query(sql, ...args)[0] ?? {})[0] as number;
  }

  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export const test = base.extend<{ app: AppHarness }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await AppHarness.create();
    await use(app);
    await app.dispose();
  },
});

export { expect };

/** The installation of the examples: Xã Tân Phong under Tỉnh Lai Châu, clerk Nguyễn Thị Hoa. */
export async function initInstallation(app: AppHarness) {
  return app.invoke('setup.init', {
    unit: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' },
    parent: { code: 'T12', name: 'Tỉnh Lai Châu', level: 'province' },
    clerkName: 'Nguyễn Thị Hoa',
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), animations: 'disabled' });
}

/** Picks an option of a Mantine Select by the Select's label and the option's text. */
export async function chooseOption(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  // Within the open dropdown: native <select>s on the page have options with the same names.
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

/** The page has no horizontal scrollbar at this viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A text box by its label (Mantine puts a " *" in the label of required fields). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('textbox', { name: label, exact: true });
}

/** The province above Xã Tân Phong, with its own installation (and key). */
export async function initProvince(app: AppHarness) {
  return app.invoke('setup.init', {
    unit: { code: 'T12', name: 'Tỉnh Lai Châu', level: 'province' },
    parent: null,
    clerkName: 'Lò Văn Minh',
  });
}

/**
 * Two installations at once, as in real life: the commune (`app`, shown in `page`) and the
 * province (`province`, shown in `provincePage`), each on its own temp data folder and port,
 * plus `usb`, a temp folder standing for the stick the packages travel on.
 */
export const pairTest = test.extend<{ province: AppHarness; provincePage: Page; usb: string }>({
  // eslint-disable-next-line no-empty-pattern
  province: async ({}, use) => {
    const app = await AppHarness.create();
    await use(app);
    await app.dispose();
  },
  provincePage: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
  // eslint-disable-next-line no-empty-pattern
  usb: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-usb-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

/** Opens a screen from the navigation and waits for its heading. */
export async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** The commune and the province set up and trusting each other's keys (through the host). */
export async function pairUp(commune: AppHarness, province: AppHarness) {
  const xa = await initInstallation(commune);
  const tinh = await initProvince(province);
  const trust = async (from: AppHarness, to: AppHarness) => {
    const key = await from.invoke('keys.exportPublic', {});
    await to.invoke('trust.add', { content: key.content, fingerprint: JSON.parse(key.content).keyId as string });
  };
  await trust(province, commune);
  await trust(commune, province);
  return { xa, tinh };
}

/**
 * The text of a DOCX as LibreOffice prints it: converted headless to PDF (a private profile
 * folder, so no running office is disturbed), then read with pdftotext; NFC.
 */
export function docxText(docx: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-lo-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const pdf = path.join(dir, `${path.basename(docx, path.extname(docx))}.pdf`);
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits for the toasts to go, so that a screenshot shows the screen under them. */
export async function quiet(page: Page): Promise<void> {
  // A toast under the mouse does not close (Mantine pauses it on hover).
  await page.mouse.move(1, 1);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
}

/**
 * A tiny but valid one-page PDF (header, catalog, pages, page, xref with real offsets, %%EOF),
 * standing for a scanned document.
 */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A small PNG "photo of a page": white with grey text lines and a red stamp, 240×320. */
export function tinyPng(): Buffer {
  const w = 240;
  const h = 320;
  const raw = Buffer.alloc((w * 3 + 1) * h, 0xff);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      const i = y * (w * 3 + 1) + 1 + x * 3;
      const line = y > 40 && y < 260 && y % 16 < 3 && x > 24 && x < (y % 48 === 0 ? 150 : 216);
      const stamp = (x - 180) ** 2 + (y - 280) ** 2 < 400 && (x - 180) ** 2 + (y - 280) ** 2 > 256;
      if (line) raw.fill(0x88, i, i + 3);
      if (stamp) [raw[i], raw[i + 1], raw[i + 2]] = [0xd0, 0x20, 0x20];
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Walks the served folder chooser from "Toàn bộ máy (/)" down to `dir`, one folder click at a time. */
export async function walkChooserTo(chooser: Locator, dir: string): Promise<void> {
  await chooser.getByRole('button', { name: 'Toàn bộ máy (/)' }).click();
  await expect(chooser.getByTestId('chooser-path')).toHaveText('/');
  for (const part of dir.split('/').filter(Boolean)) {
    const exact = new RegExp(`^📁 ${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await chooser.getByTestId('chooser-folder').filter({ hasText: exact }).click();
  }
  await expect(chooser.getByTestId('chooser-path')).toHaveText(dir);
}

import type ExcelJS from 'exceljs';
import { titleName } from '../../src-shared/catalog/titles';
import { formatDate } from '../../src-shared/text';
import { fieldError } from '../errors';
import type { ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { listEntries, listRegistrations } from '../services/registrations';
import { agencyPrint } from './agency';
import { closing, dataTable, heading, LANDSCAPE_WIDTH, pack, para, run, title } from './layout';

interface Line { stt: string; name: string; detail: string; titles: string; note: string; group?: string }

/** Every unit's registrations of a year as rows, grouped by the registering unit. */
function consolidated(ctx: ServiceContext, year: number): Line[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw fieldError('year', 'Năm không hợp lệ.');
  const lines: Line[] = [];
  const regs = listRegistrations(ctx, { year, movementId: null, query: '', offset: 0, limit: 100_000 }).items;
  const unitName = ctx.sqlite.prepare('SELECT name FROM units WHERE code = ?');
  let group = '';
  let n = 0;
  for (const r of regs) {
    if (r.origin !== group) {
      group = r.origin;
      const name = (unitName.get(r.origin) as { name: string } | undefined)?.name ?? r.origin;
      lines.push({ stt: '', name: '', detail: '', titles: '', note: '', group: `${name} (${r.origin})` });
    }
    lines.push({ stt: String(++n), name: `Tập thể ${r.registrantName}`, detail: r.movementName ?? '', titles: r.titles.map(titleName).join('; '), note: r.late ? `Đăng ký muộn (${formatDate(r.registeredOn)})` : '' });
    for (const e of listEntries(ctx, r.id)) {
      lines.push({ stt: String(++n), name: e.fullName, detail: [e.position, e.unitName].filter(Boolean).join(', '), titles: titleName(e.title), note: e.note });
    }
  }
  return lines;
}

/** "Danh sách đăng ký thi đua năm …" of many units, for the upper level (DOCX). */
export async function registrationListDocument(ctx: ServiceContext, year: number): Promise<Buffer> {
  const me = requireInstallation(ctx);
  const lines = consolidated(ctx, year);
  return pack(
    [
      heading(agencyPrint(ctx).heading(ctx.now()), LANDSCAPE_WIDTH),
      ...title('Danh sách đăng ký thi đua', `Năm ${year}`),
      lines.length
        ? dataTable(
            [
              { title: 'STT', width: 700, align: 'center' },
              { title: 'Tập thể, cá nhân đăng ký', width: 3400 },
              { title: 'Chức vụ, đơn vị / phong trào', width: LANDSCAPE_WIDTH - 700 - 3400 - 3300 - 2400 },
              { title: 'Danh hiệu đăng ký', width: 3300 },
              { title: 'Ghi chú', width: 2400 },
            ],
            lines.map((l) => (l.group ? [{ text: l.group, bold: true, span: 5 }] : [l.stt, l.name, l.detail, l.titles, l.note])),
          )
        : para([run(`Chưa có bản đăng ký nào của năm ${year}.`, { italics: true })]),
      para('', { spacing: { after: 200 } }),
      closing([agencyPrint(ctx).archive], { position: 'Người lập biểu', name: me.clerkName }, LANDSCAPE_WIDTH),
    ],
    { title: `Danh sách đăng ký thi đua năm ${year}`, creator: 'TĐKT Desktop', landscape: true },
  );
}

/** The same list as a spreadsheet, for clerks who keep working in Excel. */
export async function registrationListWorkbook(ctx: ServiceContext, year: number): Promise<Buffer> {
  const me = requireInstallation(ctx);
  const lines = consolidated(ctx, year);
  // exceljs takes about half a second to load: loaded here, not when the app starts.
  const wb = new ((await import('exceljs')).default as typeof ExcelJS).Workbook();
  wb.creator = 'TĐKT Desktop';
  const ws = wb.addWorksheet(`Đăng ký ${year}`, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const font = { name: 'Times New Roman', size: 12 };
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = `DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM ${year} - ${me.unitName.toUpperCase()}`;
  ws.getCell('A1').font = { ...font, size: 14, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.addRow([]);
  const header = ws.addRow(['STT', 'Tập thể, cá nhân đăng ký', 'Chức vụ, đơn vị / phong trào', 'Danh hiệu đăng ký', 'Ghi chú']);
  header.font = { ...font, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const l of lines) {
    if (l.group) {
      const row = ws.addRow([l.group]);
      ws.mergeCells(row.number, 1, row.number, 5);
      row.font = { ...font, bold: true };
    } else {
      ws.addRow([l.stt ? Number(l.stt) : '', l.name, l.detail, l.titles, l.note]).font = font;
    }
  }
  ws.columns.forEach((c, i) => (c.width = [6, 32, 40, 34, 20][i]));
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

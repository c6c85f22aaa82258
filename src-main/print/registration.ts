import { titleName } from '../../src-shared/catalog/titles';
import { formatDate } from '../../src-shared/text';
import type { ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { getRegistration } from '../services/registrations';
import { agencyPrint } from './agency';
import { inSentence } from './dossier/common';
import { body, closing, CONTENT_WIDTH, dataTable, heading, keptGap, pack, para, run, title } from './layout';
import { AlignmentType } from 'docx';

const number = (n: number) => n.toLocaleString('vi-VN');
const birth = (e: { birthDate: string | null; birthYear: number | null }) => (e.birthDate ? formatDate(e.birthDate) : e.birthYear ? String(e.birthYear) : '');

/** "Bản đăng ký thi đua năm …" of a unit or collective: titles, commitments, the people's list. */
export async function registrationDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const me = requireInstallation(ctx);
  const { registration: r, entries } = getRegistration(ctx, id);
  const parent = me.parentName ? inSentence(me.parentName) : 'cấp trên';
  const a = agencyPrint(ctx);
  // The unit's own registration is signed by the agency (TM. ỦY BAN NHÂN DÂN …); a collective's by its head as entered.
  const own = r.registrantKind === 'unit' && r.registrantName === me.unitName;
  const date = new Date(`${r.registeredOn}T12:00:00`);
  const byTitle = new Map<string, number>();
  for (const e of entries) byTitle.set(e.title, (byTitle.get(e.title) ?? 0) + 1);
  const section = (text: string) => para([run(text, { bold: true })], { spacing: { before: 200, after: 80 } });

  return pack(
    [
      heading(own ? a.heading(date) : { parentBody: a.settings.agencyName.split('\n').join(' '), issuer: r.registrantName, place: a.settings.placeName, date }),
      ...title('Bản đăng ký thi đua', `Năm ${r.year}`),
      para([run(`Kính gửi: Hội đồng Thi đua - Khen thưởng ${parent}.`)], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
      body(`Thực hiện ${r.movementName ?? 'phong trào thi đua'} năm ${r.year}, ${r.registrantName} đăng ký thi đua như sau:`),
      section('I. DANH HIỆU THI ĐUA ĐĂNG KÝ'),
      body(`Tập thể ${r.registrantName}: ${r.titles.map(titleName).join('; ')}.`),
      ...(entries.length
        ? [body(`Cá nhân: ${number(entries.length)} người đăng ký (${[...byTitle].map(([t, n]) => `${titleName(t)}: ${number(n)}`).join('; ')}), danh sách tại mục III.`)]
        : []),
      section('II. CÁC CHỈ TIÊU, NHIỆM VỤ CAM KẾT'),
      ...(r.commitments.length
        ? r.commitments.map((c, i) => body(`${i + 1}. ${c.text}${c.value !== null ? `: ${number(c.value)}${c.unit ? (c.unit === '%' ? '%' : ` ${c.unit}`) : ''}` : ''}.`))
        : [body('(Không có chỉ tiêu riêng.)')]),
      ...(entries.length
        ? [
            section('III. DANH SÁCH CÁ NHÂN ĐĂNG KÝ THI ĐUA'),
            dataTable(
              [
                { title: 'STT', width: 750, align: 'center' },
                { title: 'Họ và tên', width: 2450 },
                { title: 'Ngày sinh', width: 1350, align: 'center' },
                { title: 'Chức vụ', width: CONTENT_WIDTH - 600 - 2600 - 1350 - 2300 },
                { title: 'Danh hiệu đăng ký', width: 2300 },
              ],
              entries.map((e, i) => [String(i + 1), e.fullName, birth(e), e.position, titleName(e.title)]),
            ),
          ]
        : []),
      ...(r.late ? [para([run(`Ghi chú: đăng ký sau hạn.${r.lateNote ? ` Lý do: ${r.lateNote}` : ''}`, { size: 13, italics: true })], { spacing: { before: 160 } })] : []),
      body(`Trên đây là bản đăng ký thi đua năm ${r.year} của ${r.registrantName}./.`, { keep: true }),
      keptGap(200),
      closing([`Hội đồng Thi đua - Khen thưởng ${parent}`, a.archive], own ? { ...a.signer(), name: r.signerName || a.signer().name } : {
        position: r.signerPosition || 'Thủ trưởng đơn vị',
        hint: r.signerName ? undefined : '(Ký, ghi rõ họ tên, đóng dấu)',
        name: r.signerName,
      }),
    ],
    { title: `Bản đăng ký thi đua năm ${r.year} - ${r.registrantName}`, creator: 'TĐKT Desktop' },
  );
}

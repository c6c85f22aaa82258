import { AlignmentType, type Paragraph, type Table } from 'docx';
import { ethnicityName } from '../../../src-shared/catalog/ethnicities';
import { GENDER_LABELS, type Gender } from '../../../src-shared/catalog/people';
import { formatDate } from '../../../src-shared/text';
import { notFound } from '../../errors';
import { listHistory } from '../../services/dossiers';
import type { Nominee } from '../../../src-shared/api';
import type { ServiceContext } from '../../services/core';
import { headSigner } from '../../services/installation';
import { body, CONTENT_WIDTH, dataTable, heading, keptGap, longDate, pack, para, run, title, twoSigners } from '../layout';
import {
  awardPhrase, field, kindLabel, loadDossierPrint, paragraphs, section, subjectInfo, type DossierPrint,
} from './common';

/** The dossier a nominee belongs to. */
export function dossierOfNominee(ctx: ServiceContext, nomineeId: string): string {
  const r = ctx.sqlite.prepare('SELECT dossier_id dossierId FROM dossier_nominees WHERE id = ?').get(nomineeId) as { dossierId: string } | undefined;
  if (!r) throw notFound('người được đề nghị');
  return r.dossierId;
}

/** Quốc hiệu and Tiêu ngữ centred, the date under them: a person's report has no issuing body. */
function nationalHeading(place: string, date: Date): Paragraph[] {
  const c = AlignmentType.CENTER;
  return [
    para([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true })], { alignment: c }),
    para([run('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true })], { alignment: c }),
    para([run(longDate(place, date), { size: 14, italics: true })], { alignment: AlignmentType.RIGHT, spacing: { before: 240 } }),
  ];
}

function historyTable(ctx: ServiceContext, subjectType: string, subjectId: string): (Paragraph | Table)[] {
  const rows = listHistory(ctx, subjectType, subjectId);
  if (!rows.length) return [body([run('(Chưa có hình thức khen thưởng nào được ghi nhận.)', { italics: true })])];
  const widths = { year: 750, decision: 2100, date: 1400, issuer: 2400 };
  return [
    dataTable(
      [
        { title: 'Năm', width: widths.year, align: 'center' },
        { title: 'Danh hiệu, hình thức khen thưởng', width: CONTENT_WIDTH - widths.year - widths.decision - widths.date - widths.issuer },
        { title: 'Số quyết định', width: widths.decision, align: 'center' },
        { title: 'Ngày quyết định', width: widths.date, align: 'center' },
        { title: 'Cơ quan ban hành', width: widths.issuer },
      ],
      rows.map((h) => [String(h.year), h.awardName, h.decisionNumber || '—', formatDate(h.decisionDate) || '—', h.issuer || '—']),
    ),
  ];
}

function achievements(summary: string, report: string): Paragraph[] {
  const text = paragraphs(report);
  return [
    ...(summary ? [body([run('Tóm tắt thành tích: ', { bold: true }), run(summary)])] : []),
    ...(text.length ? text : summary ? [] : [body([run('(Chưa có nội dung báo cáo thành tích.)', { italics: true })])]),
  ];
}

/**
 * Báo cáo thành tích of one nominee: Mẫu số 05 (Phụ lục NĐ 152/2025) for a person, the
 * collective's version for a tập thể, with the awards already on record and the two signatures.
 */
export async function baoCaoDocument(ctx: ServiceContext, nomineeId: string): Promise<Buffer> {
  const p: DossierPrint = loadDossierPrint(ctx, dossierOfNominee(ctx, nomineeId));
  const n = p.nominees.find((x) => x.id === nomineeId);
  if (!n) throw notFound('người được đề nghị');
  return buildBaoCao(ctx, p, n);
}

/** One nominee's report from the loaded set (the award history is the nominee's own read). */
export async function buildBaoCao(ctx: ServiceContext, p: DossierPrint, n: Nominee): Promise<Buffer> {
  const info = subjectInfo(p, n);
  const now = p.now;
  const head = headSigner(p.settings);
  const signatures = twoSigners(
    CONTENT_WIDTH,
    { position: 'Thủ trưởng đơn vị xác nhận, đề nghị', hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: head.fullName },
    { position: 'Người báo cáo thành tích', hint: info?.type === 'person' ? '(Ký, ghi rõ họ tên)' : '(Thủ trưởng đơn vị ký, ghi rõ họ tên, đóng dấu)', name: info?.type === 'person' ? info.fullName : '' },
  );

  if (info?.type !== 'collective') {
    const birth = info ? formatDate(info.birthDate) || (info.birthYear ? String(info.birthYear) : '') : '';
    return pack(
      [
        ...nationalHeading(p.place, now),
        ...title('Báo cáo thành tích', `Đề nghị tặng ${awardPhrase(p)}`),
        section('I. SƠ LƯỢC LÝ LỊCH'),
        field('Họ và tên', info?.fullName ?? n.name),
        field('Sinh ngày, tháng, năm', birth),
        field('Giới tính', info ? (GENDER_LABELS[info.gender as Gender] ?? info.gender) : ''),
        field('Dân tộc', info ? ethnicityName(info.ethnicity) : ''),
        field('Chức vụ', info?.position ?? ''),
        field('Đơn vị công tác', info ? [info.collectiveName, info.unitName].filter(Boolean).join(', ') : ''),
        section('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
        ...achievements(n.summary, n.report),
        section('III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN'),
        ...historyTable(ctx, n.subjectType, n.subjectId),
        keptGap(200),
        signatures,
      ],
      { title: `Báo cáo thành tích - ${n.name}`, creator: 'TĐKT Desktop' },
    );
  }

  const f = n.collectiveFacts;
  return pack(
    [
      heading({ parentBody: info.unitName ?? p.unit.name, issuer: info.name, number: '', place: p.place, date: now }),
      ...title('Báo cáo thành tích', `Đề nghị tặng ${awardPhrase(p)}`),
      section('I. KHÁI QUÁT ĐẶC ĐIỂM, TÌNH HÌNH'),
      field('Tên tập thể', info.name),
      field('Loại tập thể', kindLabel(info.kind)),
      field('Số thành viên', String(f?.members ?? info.memberCount)),
      field('Trực thuộc', info.unitName ?? ''),
      section('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
      ...achievements(n.summary, n.report),
      ...(f
        ? [
            body([run('Kết quả bình xét của tập thể:', { bold: true })]),
            field('Tổng số thành viên', String(f.members)),
            field('Số hoàn thành nhiệm vụ', String(f.completedTasks)),
            field('Số đạt danh hiệu Lao động tiên tiến', String(f.ldtt)),
            field('Số đạt danh hiệu Chiến sĩ thi đua cơ sở', String(f.cstdcs)),
            field('Số bị kỷ luật từ cảnh cáo trở lên', String(f.disciplined)),
          ]
        : []),
      section('III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN'),
      ...historyTable(ctx, n.subjectType, n.subjectId),
      keptGap(200),
      signatures,
    ],
    { title: `Báo cáo thành tích - ${n.name}`, creator: 'TĐKT Desktop' },
  );
}

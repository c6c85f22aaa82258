import { AlignmentType } from 'docx';
import type { TypicalExample } from '../../../src-shared/api';
import { EXAMPLE_KIND_LABELS } from '../../../src-shared/rules/examples';
import { formatDate } from '../../../src-shared/text';
import type { ServiceContext } from '../../services/core';
import { getConference } from '../../services/examples';
import { agencyPrint } from '../agency';
import { closing, dataTable, heading, keptGap, LANDSCAPE_WIDTH, pack, para, run, title } from '../layout';

const two = (n: number) => (n > 0 && n < 10 ? `0${n}` : String(n));

/** "Nữ; dân tộc thiểu số; lao động trực tiếp": the flags the reports count, in the last column. */
const flags = (x: TypicalExample) => [x.women && 'Nữ', x.ethnicMinority && 'Dân tộc thiểu số', x.directWorker && 'Lao động trực tiếp'].filter(Boolean).join('; ');

const awardsOf = (x: TypicalExample) =>
  x.awards.map((a) => `${a.awardName} (${[a.decisionNumber && `QĐ số ${a.decisionNumber}`, a.decisionDate ? formatDate(a.decisionDate) : String(a.year)].filter(Boolean).join(', ')})`).join('; ');

/** "05 điển hình (02 cá nhân, 01 tập thể, 01 hộ gia đình, 01 mô hình); trong đó 02 nữ, …": the closing count. */
function tally(list: TypicalExample[]): string {
  const kinds = (['person', 'collective', 'household', 'model'] as const)
    .map((k) => [k, list.filter((x) => x.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${two(n)} ${EXAMPLE_KIND_LABELS[k].toLowerCase()}`);
  const among = [
    [list.filter((x) => x.women).length, 'nữ'],
    [list.filter((x) => x.ethnicMinority).length, 'người dân tộc thiểu số'],
    [list.filter((x) => x.directWorker).length, 'lao động trực tiếp'],
  ].filter(([n]) => (n as number) > 0).map(([n, w]) => `${two(n as number)} ${w as string}`);
  return `Danh sách có ${two(list.length)} điển hình tiên tiến${kinds.length ? ` (${kinds.join(', ')})` : ''}${among.length ? `; trong đó ${among.join(', ')}` : ''}./.`;
}

/**
 * Danh sách điển hình tiên tiến được biểu dương tại Hội nghị điển hình tiên tiến: NĐ 30 heading,
 * landscape table (one row per example in the conference's order), the count with the report
 * flags, Nơi nhận and the agency's signer.
 */
export async function conferenceListDocument(ctx: ServiceContext, conferenceId: string): Promise<Buffer> {
  const c = getConference(ctx, conferenceId);
  const a = agencyPrint(ctx);
  const date = c.heldOn ? new Date(`${c.heldOn}T00:00:00`) : ctx.now();
  const cols = { stt: 800, name: 2600, unit: 2000, movement: 1900, awards: 2200, flags: 1500 };
  const achievements = LANDSCAPE_WIDTH - Object.values(cols).reduce((s, w) => s + w, 0);
  const rows = c.examples.map((x, i) => [
    String(i + 1),
    `${x.name} (${EXAMPLE_KIND_LABELS[x.kind].toLowerCase()})`,
    [x.unitName, x.field && `Lĩnh vực: ${x.field}`].filter(Boolean).join('; '),
    x.achievements,
    x.movementName ?? '',
    awardsOf(x),
    flags(x),
  ]);
  return pack(
    [
      heading(a.heading(date), LANDSCAPE_WIDTH),
      ...title('Danh sách điển hình tiên tiến', `Được biểu dương tại ${c.title}`, LANDSCAPE_WIDTH),
      para([run(`(Năm ${c.year}${c.heldOn ? `, tổ chức ngày ${formatDate(c.heldOn)}` : ''}${c.place ? ` tại ${c.place}` : ''})`, { italics: true })], {
        alignment: AlignmentType.CENTER, spacing: { after: 240 },
      }),
      rows.length
        ? dataTable(
            [
              { title: 'STT', width: cols.stt, align: 'center' },
              { title: 'Tên điển hình tiên tiến', width: cols.name },
              { title: 'Đơn vị, lĩnh vực', width: cols.unit },
              { title: 'Thành tích tiêu biểu', width: achievements },
              { title: 'Phong trào thi đua', width: cols.movement },
              { title: 'Khen thưởng đã đạt', width: cols.awards },
              { title: 'Ghi chú', width: cols.flags },
            ],
            rows,
          )
        : para([run('Chưa chọn điển hình nào cho hội nghị.', { italics: true })]),
      para([run(tally(c.examples), { italics: true })], { alignment: AlignmentType.CENTER, spacing: { before: 120 }, keepNext: true }),
      keptGap(200),
      closing(['Ban Tổ chức Hội nghị', a.archive], a.signer(), LANDSCAPE_WIDTH),
    ],
    { title: `Danh sách điển hình tiên tiến - ${c.title}`, creator: 'TĐKT Desktop', landscape: true },
  );
}

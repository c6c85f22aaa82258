import { AlignmentType } from 'docx';
import { UNIT_LEVEL_LABELS, type UnitLevel } from '../../src-shared/catalog/levels';
import { formatFingerprint } from '../../src-shared/exchange/fingerprint';
import { formatDate } from '../../src-shared/text';
import type { ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { agencyPrint } from './agency';
import { body, closing, grid, heading, pack, para, run, title, CONTENT_WIDTH } from './layout';

/**
 * Phiếu đăng ký khóa: the unit's key fingerprint on paper, signed and stamped by its head,
 * which the province compares group by group before trusting the unit's packages.
 */
export async function keyRegistrationForm(ctx: ServiceContext): Promise<Buffer> {
  const me = requireInstallation(ctx);
  const now = ctx.now();
  const groups = me.keyId.match(/.{4}/g)!;
  const row = (label: string, value: string) => [[para([run(label, { size: 13 })])], [para([run(value, { size: 13, bold: true })])]];
  const a = agencyPrint(ctx);
  const to = a.settings.upperBody || me.parentName || 'Cơ quan thường trực Hội đồng Thi đua - Khen thưởng cấp trên';
  return pack(
    [
      heading(a.heading(now)),
      ...title('Phiếu đăng ký khóa ký gói dữ liệu', 'thi đua, khen thưởng trên phần mềm TĐKT Desktop'),
      para([run(`Kính gửi: ${to}.`)], { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
      body(
        `${me.unitName} đăng ký khóa ký dưới đây để ký các gói dữ liệu thi đua, khen thưởng (tệp .tdkt) gửi lên cấp trên. ` +
          'Đề nghị cơ quan nhận đối chiếu dấu vân tay của khóa với tệp khóa công khai nhận được trước khi tin cậy khóa này.',
      ),
      ...(me.previousKeyId
        ? [body(`Khóa này thay thế khóa trước đây có dấu vân tay ${formatFingerprint(me.previousKeyId)}; đề nghị thu hồi khóa cũ, không nhận gói ký bằng khóa cũ kể từ khi tin cậy khóa này.`)]
        : []),
      grid([3200, CONTENT_WIDTH - 3200], [
        row('Tên đơn vị:', me.unitName),
        row('Mã đơn vị:', me.unitCode),
        row('Cấp:', UNIT_LEVEL_LABELS[me.level as UnitLevel] ?? me.level),
        row('Ngày tạo khóa:', formatDate(me.keyCreatedAt.slice(0, 10))),
        row('Mã khóa (keyId):', me.keyId),
      ]),
      para([run('DẤU VÂN TAY KHÓA', { size: 13, bold: true })], { alignment: AlignmentType.CENTER, spacing: { before: 240 } }),
      para([run(groups.slice(0, 4).join('  '), { size: 24, bold: true, font: 'Courier New' })], { alignment: AlignmentType.CENTER }),
      para([run(groups.slice(4).join('  '), { size: 24, bold: true, font: 'Courier New' })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
      para([run(`Khóa công khai (base64): ${me.publicKey}`, { size: 10, font: 'Courier New' })], { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
      body(`Người lập phiếu: ${me.clerkName}.`),
      closing([to, a.archive], a.signer()),
    ],
    { title: `Phiếu đăng ký khóa - ${me.unitName}`, creator: 'TĐKT Desktop' },
  );
}

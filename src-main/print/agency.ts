import type { DocumentSettings } from '../../src-shared/api';
import type { ServiceContext } from '../services/core';
import { agencySigner, getDocumentSettings, requireInstallation } from '../services/installation';
import type { Heading, Signature } from './layout';

/**
 * This installation as the issuer of its papers (NĐ 30/2020), from the document settings: the
 * heading (cơ quan chủ quản, agency lines, số, địa danh), the signer with the name, "Lưu: VT, …".
 * Every document that is not a dossier's takes its heading and signer from here.
 */
export interface AgencyPrint {
  settings: DocumentSettings;
  /** A commune (or other administrative unit) signs "TM. ỦY BAN NHÂN DÂN". */
  administrative: boolean;
  heading(date: Date | null, number?: string): Heading;
  /** The agency signs: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / name" (KT. for a deputy). */
  signer(): Signature;
  /** The head signs in his own name (a chairman's decision): "CHỦ TỊCH / name". */
  deciderSigner(): Signature;
  /** "Lưu: VT, VP". */
  archive: string;
}

export function agencyPrint(ctx: ServiceContext): AgencyPrint {
  const me = requireInstallation(ctx);
  const settings = getDocumentSettings(ctx);
  const administrative = ['commune', 'district', 'province'].includes(me.level) && /^(Xã|Phường|Đặc khu|Thị trấn|Tỉnh|Thành phố|Huyện|Quận|Thị xã)\s/u.test(me.unitName);
  const sig = (collective: string | null): Signature => {
    const s = agencySigner(settings, collective);
    return { authority: s.authority.join('\n') || undefined, position: s.position, name: s.name, ...(administrative ? {} : { hint: '(Ký, ghi rõ họ tên, đóng dấu)' }) };
  };
  return {
    settings,
    administrative,
    heading: (date, number) => ({ parentBody: settings.managingAgency, issuer: settings.agencyName, number, place: settings.placeName, date }),
    signer: () => sig(administrative ? 'Ủy ban nhân dân' : null),
    deciderSigner: () => sig(null),
    archive: `Lưu: VT, ${settings.archiveAbbreviation}`,
  };
}

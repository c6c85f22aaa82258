// Who may create, change or delete which record, as data (exchange-format.md, "Ownership and
// merge"): one row per package kind × record type, with the direction it travels and who may
// sign it. The importer looks every record up here; a pair not listed is refused.
import type { PackageKind } from './envelope';

/**
 * `down`: only from this installation's upper level (a unit above it in the directory).
 * `up`: from a unit that is not its upper level (a unit below sending its own records).
 * `any`: either way (a receipt only marks what we sent to its signer).
 */
export type Direction = 'down' | 'up' | 'any';

/**
 * `owner`: the record's `origin` is the signer's unit, whether it creates, changes or deletes.
 * `root`: signed by the province root key confirmed by hand at setup (and origin = signer).
 */
export type Signer = 'owner' | 'root';

export interface OwnershipRule {
  kind: PackageKind;
  type: string;
  direction: Direction;
  signer: Signer;
  /** For the project's documentation: what the row means. */
  note: string;
}

const up = (type: string, note: string): OwnershipRule => ({ kind: 'submission', type, direction: 'up', signer: 'owner', note });
const down = (kind: PackageKind, type: string, note: string): OwnershipRule => ({ kind, type, direction: 'down', signer: 'owner', note });

export const OWNERSHIP: readonly OwnershipRule[] = [
  up('collective', 'a unit\'s collectives, read-only copy above'),
  up('person', 'a unit\'s people, read-only copy above'),
  up('movement', 'a movement the unit launched itself'),
  up('registration', 'the unit\'s emulation registrations'),
  up('dossier', 'the unit\'s award dossiers with nominees and scans'),
  up('initiative', 'the unit\'s initiative applications seeking a wider scope'),
  up('inspection-plan', 'an inspection plan the unit made for its own units'),
  up('inspection', 'the results of an inspection the unit carried out'),
  up('inspection-self-assessment', 'the unit\'s self-assessment for an inspection of it'),
  up('report', 'the figures of the unit\'s sơ kết / tổng kết for a period; the upper level keeps the newest rev per unit and period and sums them'),
  up('cluster-scorecard', 'a member\'s self-scoring (owned by the member) or the cụm trưởng\'s consolidated scoring of a member (owned by the cụm trưởng)'),
  up('cluster-vote', 'the biên bản suy tôn of a cụm, khối, owned by its cụm trưởng'),
  up('example', 'a typical example (điển hình tiên tiến) of the unit\'s register, read-only copy above'),
  up('complaint', 'an entry of the unit\'s sổ đơn thư about the nominees of a dossier it sends; content only when the unit chose to send it'),
  up('key-announcement', 'the unit\'s new signing key, announced with its old key; trusted only once a person confirms the fingerprint'),
  down('feedback', 'decision', 'received / returned / decided… about one of the recipient\'s own records'),
  down('reference', 'unit-directory', 'the directory of units, versioned'),
  down('reference', 'movement', 'movements launched above, for the units to register under'),
  down('reference', 'checklist-template', 'checklist versions published above'),
  down('reference', 'plan', 'the upper level\'s TĐKT plan (and its council\'s), read-only below; the units\' own tasks may follow it'),
  down('reference', 'cluster', 'cụm, khối thi đua of the year with members, roles and the criteria table, read-only below'),
  down('reference', 'inspection-plan', 'plans sent down, so the inspected units see them coming'),
  down('reference', 'key-announcement', 'the province\'s new root key, announced with its old key; confirmed by a person'),
  { kind: 'trust-list', type: 'trust-list', direction: 'down', signer: 'root', note: 'the keys the province vouches for, and revocations' },
  { kind: 'ack', type: 'receipt', direction: 'any', signer: 'owner', note: 'the receiver\'s receipt for packages we sent it' },
  // One return trip: the receipt rides in the next package to the same unit instead of a file of its own.
  { kind: 'feedback', type: 'receipt', direction: 'down', signer: 'owner', note: 'the upper level\'s receipt for the unit\'s packages, inside its feedback' },
  { kind: 'submission', type: 'receipt', direction: 'up', signer: 'owner', note: 'the unit\'s receipt for the upper level\'s feedback, inside its next submission' },
];

export function ownershipRule(kind: string, type: string): OwnershipRule | undefined {
  return OWNERSHIP.find((r) => r.kind === kind && r.type === type);
}

export interface OwnershipFacts {
  kind: string;
  kindLabel: string;
  type: string;
  typeLabel: string;
  origin: string;
  sender: { unitCode: string; unitName: string };
  /** The sender is this installation's upper level (an ancestor in the unit directory). */
  senderIsUpper: boolean;
  /** For a decision: the unit whose record it is about. */
  subjectOrigin?: string;
  /** This installation's unit code. */
  me: string;
}

/**
 * Why this record may not be written here by this signer, in Vietnamese, or null. Pure; the
 * root-key condition of the trust list is checked on the whole package before this.
 */
export function ownershipRefusal(f: OwnershipFacts): string | null {
  const rule = ownershipRule(f.kind, f.type);
  const who = `${f.sender.unitName} (${f.sender.unitCode})`;
  if (!rule) return `${f.typeLabel} không được phép có trong ${f.kindLabel.toLowerCase()}.`;
  if (f.origin !== f.sender.unitCode) {
    return `Bản ghi thuộc đơn vị ${f.origin}, nhưng gói do ${who} ký: chỉ đơn vị sở hữu mới được tạo, sửa hoặc xóa bản ghi của mình.`;
  }
  if (rule.direction === 'down' && !f.senderIsUpper) {
    return f.type === 'decision'
      ? `Quyết định, phản hồi chỉ đi từ cấp trên xuống; ${who} không phải cấp trên của đơn vị này.`
      : `${f.typeLabel} chỉ được nhận từ cấp trên; ${who} không phải cấp trên của đơn vị này.`;
  }
  if (rule.direction === 'up' && f.senderIsUpper) {
    return `${f.kindLabel} chỉ đi từ đơn vị cấp dưới lên; ${who} là cấp trên của đơn vị này.`;
  }
  if (f.type === 'decision' && f.subjectOrigin !== f.me) {
    return `Quyết định này nói về hồ sơ của đơn vị ${f.subjectOrigin ?? 'khác'}, không phải của đơn vị này.`;
  }
  return null;
}

import { LineRuleType, type Table } from 'docx';
import type { ClusterDetail, ClusterMember } from '../../../src-shared/api';
import { ADMIN_WORD } from '../dossier/common';
import { CONTENT_WIDTH, keptRow, para, run, signatureBlock, type Heading, type Signature } from '../layout';
import { dateOf } from '../initiatives/common';

/** "Tân Phong": the pledge's place, else the cụm trưởng's name without "Xã". */
export function placeOf(c: ClusterDetail): string {
  if (c.pledgePlace) return c.pledgePlace.replace(ADMIN_WORD, '');
  const leader = c.members.find((m) => m.role === 'leader') ?? c.members[0];
  return (leader?.unitName ?? '').replace(ADMIN_WORD, '');
}

/** The cluster as issuer (no chủ quản line): a pledge or a ranking is the members' own paper. */
export const clusterHeading = (c: ClusterDetail, date: string | null): Heading => ({ parentBody: null, issuer: c.name, place: placeOf(c), date: date ? dateOf(date) : null });

/** "TM. ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG" / the agency's name, over its head's title and name. */
export function memberSignature(m: ClusterMember, o: { over?: string } = {}): Signature {
  const body = ADMIN_WORD.test(m.unitName) ? `TM. Ủy ban nhân dân\n${m.unitName}` : `TM. ${m.unitName}`;
  const position = m.headTitle ? m.headTitle.replace(/\s+(UBND|Ủy ban nhân dân)\b.*$/iu, '').trim() || m.headTitle : 'Thủ trưởng đơn vị';
  return { authority: o.over ? `${o.over}\n${body}` : body, position, name: m.headName };
}

/** The member units in a sentence: "Xã Tân Phong (cụm trưởng)". */
export const memberLabel = (m: ClusterMember) => `${m.unitName}${m.role === 'leader' ? ' (cụm trưởng)' : m.role === 'deputy' ? ' (cụm phó)' : ''}`;

/** Signature blocks two by two, the last one alone centred; each row never splits across pages. */
export function signatureRows(sigs: Signature[], width = CONTENT_WIDTH): Table[] {
  const rows: Table[] = [];
  const half = Math.floor(width / 2);
  for (let k = 0; k < sigs.length; k += 2) {
    const [a, b] = [sigs[k]!, sigs[k + 1]];
    // A little room under each name, inside the row, before the next row's titles.
    const block = (s: Signature) => [...signatureBlock(s), para([run('', { size: 1 })], { spacing: { before: 0, after: 120, line: 20, lineRule: LineRuleType.EXACT } })];
    if (b) rows.push(keptRow([half, width - half], [block(a), block(b)]));
    else {
      const side = Math.floor(width / 4);
      rows.push(keptRow([side, width - 2 * side, side], [[para('')], block(a), [para('')]]));
    }
  }
  return rows;
}

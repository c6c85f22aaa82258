import { PARTICULAR_MAX, type Person, type PersonInput } from '../../../src-shared/api';
import type { Gender } from '../../../src-shared/catalog/people';
import { formatDate, joinFullName, parseDate } from '../../../src-shared/text';

/** What the person form edits: text as typed, converted to the contract's input on save. */
export interface PersonDraft {
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  gender: Gender | null;
  yearOnly: boolean;
  birthDateText: string;
  birthYearText: string;
  ethnicity: string;
  position: string;
  unitId: string | null;
  collectiveId: string | null;
  directLabor: boolean;
  phone: string;
  homeTown: string;
  residence: string;
  qualification: string;
  academicRank: string;
  /** Vùng sâu, vùng xa, vùng đặc biệt khó khăn: null = chưa rõ. */
  remoteArea: boolean | null;
}

export type Errors = Record<string, string>;

/** The báo cáo thành tích particulars kept with the person, with their labels on the form. */
export const PARTICULAR_LABELS = [
  ['homeTown', 'Quê quán'],
  ['residence', 'Trú quán'],
  ['qualification', 'Trình độ chuyên môn'],
  ['academicRank', 'Học hàm, học vị'],
] as const;

/** Same limit as the people service. */
const FULL_NAME_MAX = 100;

export function newDraft(unitId: string | null): PersonDraft {
  return {
    fullName: '', familyName: '', middleName: '', givenName: '', gender: null, yearOnly: false,
    birthDateText: '', birthYearText: '', ethnicity: '01', position: '', unitId, collectiveId: null,
    directLabor: false, phone: '', homeTown: '', residence: '', qualification: '', academicRank: '', remoteArea: null,
  };
}

export function draftFromPerson(p: Person): PersonDraft {
  const yearOnly = !p.birthDate && p.birthYear !== null;
  return {
    fullName: joinFullName(p),
    familyName: p.familyName,
    middleName: p.middleName,
    givenName: p.givenName,
    gender: p.gender,
    yearOnly,
    birthDateText: formatDate(p.birthDate),
    birthYearText: p.birthYear !== null ? String(p.birthYear) : '',
    ethnicity: p.ethnicity,
    position: p.position,
    unitId: p.unitId,
    collectiveId: p.collectiveId,
    directLabor: p.directLabor,
    phone: p.phone ?? '',
    homeTown: p.homeTown,
    residence: p.residence,
    qualification: p.qualification,
    academicRank: p.academicRank,
    remoteArea: p.remoteArea,
  };
}

/** Client-side checks (required fields, date shape); the server checks everything again. */
export function draftToInput(d: PersonDraft): { input: PersonInput; errors: Errors } {
  const errors: Errors = {};
  if (!d.givenName.trim()) errors.givenName = 'Vui lòng nhập tên.';
  if (joinFullName(d).length > FULL_NAME_MAX) errors.fullName = `Họ và tên dài tối đa ${FULL_NAME_MAX} ký tự.`;
  if (!d.gender) errors.gender = 'Vui lòng chọn giới tính.';
  for (const [k, label] of PARTICULAR_LABELS) {
    if (d[k].trim().length > PARTICULAR_MAX) errors[k] = `${label} dài tối đa ${PARTICULAR_MAX} ký tự.`;
  }
  let birthDate: string | null = null;
  let birthYear: number | null = null;
  if (d.yearOnly) {
    const y = d.birthYearText.trim();
    if (y && !/^\d{4}$/.test(y)) errors.birthYear = 'Năm sinh gồm 4 chữ số, ví dụ 1985.';
    else if (y) birthYear = Number(y);
  } else if (d.birthDateText.trim()) {
    birthDate = parseDate(d.birthDateText);
    if (!birthDate) errors.birthDate = 'Ngày sinh không hợp lệ; hãy nhập theo dạng dd/mm/yyyy, ví dụ 05/03/1985.';
  }
  const input: PersonInput = {
    familyName: d.familyName,
    middleName: d.middleName,
    givenName: d.givenName,
    gender: d.gender ?? 'male',
    birthDate,
    birthYear,
    ethnicity: d.ethnicity,
    position: d.position,
    unitId: d.unitId,
    collectiveId: d.collectiveId,
    directLabor: d.directLabor,
    phone: d.phone.trim() || null,
    homeTown: d.homeTown.normalize('NFC').trim(),
    residence: d.residence.normalize('NFC').trim(),
    qualification: d.qualification.normalize('NFC').trim(),
    academicRank: d.academicRank.normalize('NFC').trim(),
    remoteArea: d.remoteArea ?? null,
  };
  return { input, errors };
}

import type { SetupInput } from '../../../src-shared/api';
import type { UnitLevel } from '../../../src-shared/catalog/levels';

export interface SetupDraft {
  unit: { name: string; code: string; level: UnitLevel };
  parent: { name: string; code: string; level: UnitLevel };
  clerkName: string;
}

export const emptyDraft: SetupDraft = {
  unit: { name: '', code: '', level: 'commune' },
  parent: { name: '', code: '', level: 'province' },
  clerkName: '',
};

export type Errors = Record<string, string>;

const CODE_RE = /^[A-Za-z0-9._-]+$/;

function checkCode(code: string, path: string, errors: Errors): void {
  if (!code.trim()) errors[path] = 'Vui lòng nhập mã đơn vị.';
  else if (!CODE_RE.test(code.trim())) errors[path] = 'Mã đơn vị chỉ gồm chữ không dấu, chữ số và các dấu . _ -';
}

/** A province is the top of the chain here: it has no unit above it to declare or to inform. */
export const canHaveParent = (d: SetupDraft) => d.unit.level !== 'province';

export const hasParent = (d: SetupDraft) => canHaveParent(d) && (d.parent.name.trim() !== '' || d.parent.code.trim() !== '');

/** Placeholder examples that fit the level being typed (a province's code is not a commune's). */
export const EXAMPLES: Record<UnitLevel, { name: string; code: string }> = {
  province: { name: 'Tỉnh Lai Châu', code: 'T12' },
  district: { name: 'Huyện Tam Đường', code: 'T12.H03' },
  commune: { name: 'Xã Tân Phong', code: 'XA-TP' },
  agency: { name: 'Sở Nội vụ tỉnh Lai Châu', code: 'T12.SNV' },
};

/** Client-side checks of step 1 (the server checks everything again). */
export function checkUnitStep(d: SetupDraft): Errors {
  const errors: Errors = {};
  if (!d.unit.name.trim()) errors['unit.name'] = 'Vui lòng nhập tên đơn vị.';
  checkCode(d.unit.code, 'unit.code', errors);
  if (hasParent(d)) {
    if (!d.parent.name.trim()) errors['parent.name'] = 'Vui lòng nhập tên đơn vị cấp trên.';
    checkCode(d.parent.code, 'parent.code', errors);
  }
  return errors;
}

export function checkClerkStep(d: SetupDraft): Errors {
  return d.clerkName.trim() ? {} : { clerkName: 'Vui lòng nhập họ tên cán bộ.' };
}

export function toSetupInput(d: SetupDraft): SetupInput {
  return {
    unit: { name: d.unit.name.trim(), code: d.unit.code.trim(), level: d.unit.level },
    parent: hasParent(d)
      ? { name: d.parent.name.trim(), code: d.parent.code.trim(), level: d.parent.level }
      : null,
    clerkName: d.clerkName.trim(),
  };
}

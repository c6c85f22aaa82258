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

export const hasParent = (d: SetupDraft) => d.parent.name.trim() !== '' || d.parent.code.trim() !== '';

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

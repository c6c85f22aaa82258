import { fold } from '../../src-shared/text';

/** An ASCII file-name part from a Vietnamese name: "Xã Tân Phong" → "xa-tan-phong". */
export const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'tai-lieu';

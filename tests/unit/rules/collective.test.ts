import { describe, expect, it } from 'vitest';
import type { CollectiveFacts } from '../../../src-shared/rules';
import { check, ev, hold, title, withParams, type Case } from './fixtures';

const group = (patch: Partial<CollectiveFacts> = {}): CollectiveFacts => ({
  members: 100,
  ldtt: 70,
  completedTasks: 100,
  cstdcs: 5,
  disciplinedCanhCaoOrAbove: 0,
  ...patch,
});
const tt = (collective: CollectiveFacts | undefined, level: 'HTXS' | 'HTT' | 'HT' | null = 'HTT') => ({
  subject: 'collective' as const,
  evaluations: level ? [ev(2025, level)] : [],
  ...(collective ? { collective } : {}),
});

describe('Tập thể lao động tiên tiến (Luật TĐKT 2022, Điều 28): HTT, ≥ 70% LĐTT, nobody disciplined at cảnh cáo or above', () => {
  const rows: Case[] = [
    { name: '70/100 LĐTT (exactly 70%) passes', award: 'TTLDTT', facts: tt(group()), overall: 'pass', expect: { 'ttldtt.ldtt-share': ['pass', /^Có 70\/100 cá nhân \(70%\) đạt danh hiệu LĐTT; yêu cầu từ 70% \(ít nhất 70 người\)\.$/] } },
    { name: '69/100 LĐTT (69%) fails', award: 'TTLDTT', facts: tt(group({ ldtt: 69 })), overall: 'fail', expect: { 'ttldtt.ldtt-share': ['fail', /^Chỉ có 69\/100 cá nhân \(69%\) đạt danh hiệu LĐTT; yêu cầu từ 70% \(ít nhất 70 người\)\.$/] } },
    { name: '7/10 passes (no floating-point miss at the threshold)', award: 'TTLDTT', facts: tt(group({ members: 10, ldtt: 7 })), overall: 'pass' },
    { name: '21/30 passes (exactly 70%)', award: 'TTLDTT', facts: tt(group({ members: 30, ldtt: 21 })), overall: 'pass', expect: { 'ttldtt.ldtt-share': ['pass', /21\/30 cá nhân \(70%\)/] } },
    { name: '20/30 fails and the share is truncated, not rounded up', award: 'TTLDTT', facts: tt(group({ members: 30, ldtt: 20 })), overall: 'fail', expect: { 'ttldtt.ldtt-share': ['fail', /20\/30 cá nhân \(66,6%\).*ít nhất 21 người/] } },
    { name: '699/1000 shows 69,9%, never 70%', award: 'TTLDTT', facts: tt(group({ members: 1000, ldtt: 699 })), overall: 'fail', expect: { 'ttldtt.ldtt-share': ['fail', /\(69,9%\)/] } },
    { name: 'one member disciplined at cảnh cáo or above fails', award: 'TTLDTT', facts: tt(group({ disciplinedCanhCaoOrAbove: 1 })), overall: 'fail', expect: { 'ttldtt.discipline': ['fail', /^Có 1 cá nhân bị kỷ luật từ cảnh cáo trở lên; yêu cầu không có ai\.$/] } },
    { name: 'HT fails the task criterion', award: 'TTLDTT', facts: tt(group(), 'HT'), overall: 'fail', expect: { 'ttldtt.task': ['fail'] } },
    { name: 'no rating of the collective needs evidence', award: 'TTLDTT', facts: tt(group(), null), overall: 'evidence', expect: { 'ttldtt.task': ['evidence'] } },
    { name: 'no member figures need evidence', award: 'TTLDTT', facts: tt(undefined), overall: 'evidence', expect: { 'ttldtt.ldtt-share': ['evidence', /Chưa có số liệu thành viên/], 'ttldtt.discipline': ['evidence'] } },
    { name: 'zero members need evidence', award: 'TTLDTT', facts: tt(group({ members: 0, ldtt: 0 })), overall: 'evidence', expect: { 'ttldtt.ldtt-share': ['evidence', /Chưa có tổng số thành viên/] } },
    { name: 'more LĐTT than members is inconsistent', award: 'TTLDTT', facts: tt(group({ members: 10, ldtt: 12 })), overall: 'fail', expect: { 'ttldtt.ldtt-share': ['fail', /Số cá nhân đạt danh hiệu LĐTT \(12\) lớn hơn tổng số thành viên \(10\)/] } },
    { name: 'a 75% province parameter fails 70/100', award: 'TTLDTT', ruleSet: () => withParams({ ldttMemberShare: 0.75 }), facts: tt(group()), overall: 'fail', expect: { 'ttldtt.ldtt-share': ['fail', /yêu cầu từ 75% \(ít nhất 75 người\)/] } },
    { name: 'an individual cannot be TTLĐTT', award: 'TTLDTT', facts: { evaluations: [ev(2025, 'HTT')], collective: group() }, overall: 'fail', expect: { subject: ['fail', /dành cho tập thể; đối tượng được đề nghị là cá nhân/] } },
    { name: 'a collective under inspection is held', award: 'TTLDTT', facts: { ...tt(group()), holds: [hold('investigation', null, '2025-12-20', null)] }, overall: 'fail', expect: { hold: ['fail', /Đang bị điều tra, thanh tra, kiểm tra/] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });
});

describe('Tập thể lao động xuất sắc (Luật TĐKT 2022, Điều 27): HTXS, 100% complete their tasks, ≥ 70% LĐTT, ≥ 1 CSTĐCS', () => {
  const ok = group({ members: 20, ldtt: 14, completedTasks: 20, cstdcs: 1 });
  const rows: Case[] = [
    { name: 'all criteria met passes', award: 'TTLDXS', facts: tt(ok, 'HTXS'), overall: 'pass', expect: { 'ttldxs.completed': ['pass', /^Có 20\/20 cá nhân \(100%\) hoàn thành nhiệm vụ; yêu cầu 100% \(cả 20 người\)\.$/], 'ttldxs.ldtt-share': ['pass', /14\/20 cá nhân \(70%\)/], 'ttldxs.cstdcs': ['pass', /^Có 1 cá nhân đạt CSTĐCS; yêu cầu ít nhất 1\.$/] } },
    { name: 'one member who did not complete the tasks fails', award: 'TTLDXS', facts: tt({ ...ok, completedTasks: 19 }, 'HTXS'), overall: 'fail', expect: { 'ttldxs.completed': ['fail', /^Chỉ có 19\/20 cá nhân \(95%\) hoàn thành nhiệm vụ; yêu cầu 100% \(cả 20 người\)\.$/] } },
    { name: 'no CSTĐCS fails', award: 'TTLDXS', facts: tt({ ...ok, cstdcs: 0 }, 'HTXS'), overall: 'fail', expect: { 'ttldxs.cstdcs': ['fail', /^Không có cá nhân nào đạt CSTĐCS; yêu cầu ít nhất 1\.$/] } },
    { name: '13/20 LĐTT (65%) fails', award: 'TTLDXS', facts: tt({ ...ok, ldtt: 13 }, 'HTXS'), overall: 'fail', expect: { 'ttldxs.ldtt-share': ['fail', /13\/20 cá nhân \(65%\)/] } },
    { name: 'HTT instead of HTXS fails', award: 'TTLDXS', facts: tt(ok, 'HTT'), overall: 'fail', expect: { 'ttldxs.task': ['fail', /chỉ hoàn thành tốt nhiệm vụ \(HTT\); yêu cầu từ hoàn thành xuất sắc nhiệm vụ \(HTXS\)/] } },
    { name: 'more CSTĐCS than members is inconsistent', award: 'TTLDXS', facts: tt({ ...ok, cstdcs: 21 }, 'HTXS'), overall: 'fail', expect: { 'ttldxs.cstdcs': ['fail', /lớn hơn tổng số thành viên/] } },
    { name: 'a province asking for 2 CSTĐCS fails 1', award: 'TTLDXS', ruleSet: () => withParams({ ttldxsMinCstdcs: 2 }), facts: tt(ok, 'HTXS'), overall: 'fail', expect: { 'ttldxs.cstdcs': ['fail', /^Chỉ có 1 cá nhân đạt CSTĐCS; yêu cầu ít nhất 2\.$/] } },
    { name: 'already TTLĐXS for 2025 fails "once"', award: 'TTLDXS', facts: { ...tt(ok, 'HTXS'), history: [title('TTLDXS', 2025)] }, overall: 'fail', expect: { once: ['fail'] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh, tập thể: 2 consecutive years HTXS or TTLĐXS', () => {
  const rows: Case[] = [
    { name: 'HTXS 2024 and TTLĐXS 2025 pass', award: 'BK_CT_TINH_TT', facts: { subject: 'collective', evaluations: [ev(2024, 'HTXS')], history: [title('TTLDXS', 2025)] }, overall: 'pass', expect: { 'bk-tinh-tt.record': ['pass', /\(2024: HTXS; 2025: TTLĐXS\)/] } },
    { name: 'only 2025 needs evidence of other grounds', award: 'BK_CT_TINH_TT', facts: { subject: 'collective', evaluations: [ev(2024, 'HTT'), ev(2025, 'HTXS')] }, overall: 'evidence', expect: { 'bk-tinh-tt.record': ['evidence', /Có 1\/2 năm liên tục .*; thiếu năm 2024\. Chỉ có thể xét theo tiêu chuẩn khác/] } },
    { name: 'a đột xuất TTLĐXS does not count', award: 'BK_CT_TINH_TT', facts: { subject: 'collective', evaluations: [ev(2025, 'HTXS')], history: [title('TTLDXS', 2024, 'dot-xuat')] }, overall: 'evidence' },
    { name: 'years used by the 2024 Bằng khen do not count again', award: 'BK_CT_TINH_TT', facts: { subject: 'collective', evaluations: [ev(2024, 'HTXS'), ev(2025, 'HTXS')], history: [title('BK_CT_TINH_TT', 2024)] }, overall: 'evidence', expect: { 'bk-tinh-tt.record': ['evidence', /năm 2024 trở về trước đã được tính cho lần khen thưởng năm 2024/] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });
});

describe('Giấy khen tập thể and Cờ thi đua của UBND tỉnh: document-backed criteria', () => {
  const rows: Case[] = [
    { name: 'Giấy khen tập thể: HTT needs the achievement proven', award: 'GIAY_KHEN_TT', facts: tt(undefined), overall: 'evidence', expect: { 'giay-khen-tt.task': ['pass'], 'giay-khen-tt.achievement': ['evidence'] } },
    { name: 'Giấy khen tập thể: confirmed achievement passes', award: 'GIAY_KHEN_TT', facts: tt(undefined), ctx: { confirmed: { 'giay-khen-tt.achievement': 'Biên bản bình xét phong trào' } }, overall: 'pass' },
    { name: 'Cờ: vote 8/10 and confirmed cluster lead passes', award: 'CO_TD_TINH', facts: { subject: 'collective', vote: { totalMembers: 10, present: 9, written: 1, yes: 8 } }, ctx: { confirmed: { 'co-td-tinh.lead': 'Biên bản suy tôn của Cụm thi đua số 3' } }, overall: 'pass', expect: { vote: ['pass', /8\/10/], 'co-td-tinh.lead': ['pass'] } },
    { name: 'Cờ: without the cluster’s result it needs evidence', award: 'CO_TD_TINH', facts: { subject: 'collective', vote: { totalMembers: 10, present: 10, written: 0, yes: 10 } }, overall: 'evidence', expect: { 'co-td-tinh.lead': ['evidence'] } },
    { name: 'Cờ: vote 7/10 fails', award: 'CO_TD_TINH', facts: { subject: 'collective', vote: { totalMembers: 10, present: 10, written: 0, yes: 7 } }, ctx: { confirmed: { 'co-td-tinh.lead': 'x' } }, overall: 'fail', expect: { vote: ['fail'] } },
  ];
  it.each(rows)('$name', (c) => {
    check(c);
  });

  it('Cờ: the qualitative criteria go to the council list, not into the verdict', () => {
    const r = check(rows[2] as Case);
    expect(r.manual.map((m) => m.id)).toEqual(['co-td-tinh.targets', 'co-td-tinh.unity']);
    expect(r.criteria.map((c) => c.id)).toEqual(['hold', 'once', 'co-td-tinh.lead', 'vote']);
  });
});

import type { HomeTask, MissingUnit } from '../../../src-shared/api';
import { backupTask, classifyDue, sortTasks } from '../../../src-shared/rules/home';
import { formatDate } from '../../../src-shared/text';
import { lastArchive } from '../backup';
import { today, type ServiceContext } from '../core';
import { requireInstallation } from '../installation';
import { registrationOverview } from '../registrations';
import { complaintDueTasks } from './complaintTasks';
import { exampleReviewTasks } from './exampleTasks';

type Draft = Omit<HomeTask, 'state' | 'daysLeft'>;

/** A timestamp's date on the clerk's calendar ("yyyy-mm-dd"), as `today` reads the clock. */
const localDate = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * "Việc cần làm": what this unit has to do and by when — its registrations before the
 * quarter-one deadline, initiative applications to answer within three months, dossiers
 * the upper level returned, packages to acknowledge or still missing, its inspection plans
 * before their deadline — and at an upper level, per unit below, what has not arrived.
 */
export function homeTasks(ctx: ServiceContext) {
  const me = requireInstallation(ctx);
  const now = today(ctx);
  const year = Number(now.slice(0, 4));
  const drafts: Draft[] = [];
  const q = <T>(sql: string, ...args: unknown[]) => ctx.sqlite.prepare(sql).all(...args) as T[];

  const overview = registrationOverview(ctx, year);
  if (me.parentCode) {
    const { registrations, sent } = overview.own;
    const base = { kind: 'registration', dueOn: overview.deadline, page: 'registrations', recordId: null, year } as const;
    if (!registrations) {
      drafts.push({ ...base, title: `Lập đăng ký thi đua năm ${year}`, detail: `Chưa có bản đăng ký nào; hạn gửi ${me.parentName ?? 'cấp trên'} ${formatDate(overview.deadline)}.` });
    } else if (sent < registrations) {
      drafts.push({ ...base, title: `Gửi đăng ký thi đua năm ${year}`, detail: `${registrations - sent} trong ${registrations} bản đăng ký chưa gửi lên cấp trên; hạn ${formatDate(overview.deadline)}.` });
    }
  }

  for (const i of q<{ id: string; title: string; year: number; dueOn: string; receivedOn: string }>(
    `SELECT id, title, year, due_on dueOn, received_on receivedOn FROM initiatives
      WHERE deleted = 0 AND status = 'received' AND origin = ? AND due_on IS NOT NULL ORDER BY due_on`,
    me.unitCode,
  )) {
    if (classifyDue(i.dueOn, now).state === 'open') continue;
    drafts.push({
      kind: 'initiative', title: `Trả lời đơn sáng kiến "${i.title}"`, detail: `Nhận đơn ngày ${formatDate(i.receivedOn)}; phải trả lời trong 3 tháng, hạn ${formatDate(i.dueOn)}.`,
      dueOn: i.dueOn, page: 'initiatives', recordId: i.id, year: i.year,
    });
  }

  for (const d of q<{ id: string; title: string; year: number; reasons: string | null; decidedBy: string | null }>(
    `SELECT d.id, d.title, d.year, s.reasons, s.decided_by decidedBy FROM dossiers d
       JOIN record_status s ON s.record_type = 'dossier' AND s.record_id = d.id
      WHERE d.deleted = 0 AND d.origin = ? AND s.status = 'returned' ORDER BY s.updated_at DESC`,
    me.unitCode,
  )) {
    const reasons = (JSON.parse(d.reasons ?? '[]') as { message: string }[]).map((r) => r.message).join('; ');
    drafts.push({
      kind: 'dossier', title: `Sửa và gửi lại hồ sơ "${d.title}"`, detail: `Cấp trên trả lại${reasons ? `: ${reasons}` : '.'}`,
      dueOn: null, page: 'dossiers', recordId: d.id, year: d.year,
    });
  }

  for (const p of q<{ senderCode: string; senderName: string; n: number }>(
    `SELECT sender_code senderCode, max(sender_name) senderName, count(*) n FROM packages
      WHERE direction = 'in' AND recipient_code = ? AND kind <> 'ack' AND result = 'applied' AND ack_package_id IS NULL
      GROUP BY sender_code ORDER BY sender_code`,
    me.unitCode,
  )) {
    drafts.push({
      kind: 'package', title: `Báo đã nhận cho ${p.senderName}`, detail: `${p.n} gói đã nhận chưa gửi báo nhận.`,
      dueOn: null, page: 'receive', recordId: null, year: null,
    });
  }
  const gaps = missingPackages(ctx, me.unitCode);
  for (const g of gaps) {
    drafts.push({
      kind: 'package', title: `Chưa nhận gói số ${g.missing.slice(0, 5).join(', ')}${g.missing.length > 5 ? '…' : ''} của ${g.senderName}`,
      detail: `Đã nhận đến gói số ${g.last}; hãy đề nghị đơn vị gửi lại các gói còn thiếu.`, dueOn: null, page: 'packages', recordId: null, year: null,
    });
  }

  for (const p of q<{ id: string; title: string; year: number; deadline: string; units: number; finished: number }>(
    `SELECT p.id, p.title, p.year, p.deadline,
            (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0) units,
            (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0 AND i.status = 'finished') finished
       FROM inspection_plans p WHERE p.deleted = 0 AND p.origin = ? ORDER BY p.deadline`,
    me.unitCode,
  )) {
    if (p.units > 0 && p.finished >= p.units) continue;
    drafts.push({
      kind: 'inspection', title: `Hoàn thành "${p.title}"`, detail: `Đã kiểm tra xong ${p.finished}/${p.units} đơn vị; hạn ${formatDate(p.deadline)}.`,
      dueOn: p.deadline, page: 'inspections', recordId: p.id, year: p.year,
    });
  }

  // Tasks of this unit's own plans of the year (TĐKT and council) due within a fortnight or past due.
  for (const t of q<{ id: string; content: string; dueOn: string; planId: string; kind: string; leadUnit: string }>(
    `SELECT t.id, t.content, t.due_on dueOn, p.id planId, p.kind, t.lead_unit leadUnit FROM work_plan_tasks t JOIN work_plans p ON p.id = t.plan_id
      WHERE t.deleted = 0 AND p.deleted = 0 AND p.origin = ? AND p.year = ? AND t.due_on IS NOT NULL AND t.status NOT IN ('done', 'dropped') ORDER BY t.due_on, t.sort`,
    me.unitCode, year,
  )) {
    if (classifyDue(t.dueOn, now).state === 'open') continue;
    drafts.push({
      kind: 'plan', title: t.content, detail: `${t.kind === 'council' ? 'Kế hoạch hoạt động của Hội đồng' : 'Kế hoạch công tác thi đua, khen thưởng'} năm ${year}; hạn ${formatDate(t.dueOn)}${t.leadUnit ? `; chủ trì: ${t.leadUnit}` : ''}.`,
      dueOn: t.dueOn, page: 'plans', recordId: t.planId, year,
    });
  }
  drafts.push(...complaintDueTasks(ctx, now));
  drafts.push(...exampleReviewTasks(ctx, me.unitCode, now));
  const backup = backupTask(lastArchive(ctx)?.on ?? null, localDate(me.createdAt), now);
  if (backup) drafts.push({ kind: 'backup', ...backup, page: 'backup', recordId: null, year: null });

  const tasks: HomeTask[] = sortTasks(drafts.map((d) => ({ ...d, ...classifyDue(d.dueOn, now) })));
  const gapBy = new Map(gaps.map((g) => [g.senderCode, g.missing]));
  const units: MissingUnit[] = me.level !== 'province' ? [] : overview.units
    .map((u) => ({
      unitCode: u.unitCode, unitName: u.unitName,
      missing: [
        ...(u.registrations ? [] : [`Đăng ký thi đua năm ${year}`]),
        ...(gapBy.get(u.unitCode)?.length ? [`Gói số ${gapBy.get(u.unitCode)!.slice(0, 5).join(', ')}`] : []),
      ],
    }))
    .filter((u) => u.missing.length);
  return { today: now, year, tasks, units };
}

/** Numbers in 1..last not yet arrived from each sender (the same reading as the package log's gaps). */
function missingPackages(ctx: ServiceContext, unitCode: string) {
  const rows = ctx.sqlite
    .prepare(
      `SELECT sender_code senderCode, max(sender_name) senderName, group_concat(sequence) seqs FROM packages
        WHERE direction = 'in' AND recipient_code = ? GROUP BY sender_code ORDER BY sender_code`,
    )
    .all(unitCode) as { senderCode: string; senderName: string; seqs: string }[];
  return rows
    .map((r) => {
      const got = new Set(r.seqs.split(',').map(Number));
      const last = Math.max(...got);
      const missing: number[] = [];
      for (let i = 1; i < last && missing.length < 100; i++) if (!got.has(i)) missing.push(i);
      return { senderCode: r.senderCode, senderName: r.senderName, missing, last };
    })
    .filter((g) => g.missing.length);
}

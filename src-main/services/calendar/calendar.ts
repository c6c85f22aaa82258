import { CALENDAR_SOURCE_LABELS, type CalendarItem, type CalendarSource } from '../../../src-shared/api';
import { buildIcs } from '../../../src-shared/formats/ics';
import { classifyDue } from '../../../src-shared/rules/home';
import { EXAMPLE_STAGE_LABELS, type ExampleStage } from '../../../src-shared/rules/examples';
import { formatDate } from '../../../src-shared/text';
import { today, type ServiceContext } from '../core';
import { requireInstallation } from '../installation';
import { registrationOverview } from '../registrations';
import { statisticsDeadline } from '../statistics';
import { appraisalDrafts, stateRoundDrafts, type Draft } from './obligations';

// Lịch công việc of a year: read from the same tables the home page's "Việc cần làm" reads
// (registrations' deadline, initiatives' answer limits, inspection plans' deadlines) plus the
// plans' tasks, the initiative rounds, the appraisal limits of dossiers received from below and
// the state-level rounds of the award catalogue (obligations.ts). Only what has a day:
// "thường xuyên" tasks have none.

export function yearCalendar(ctx: ServiceContext, year: number): { year: number; today: string; items: CalendarItem[] } {
  const me = requireInstallation(ctx);
  const now = today(ctx);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const q = <T>(sql: string, ...args: unknown[]) => ctx.sqlite.prepare(sql).all(...args) as T[];
  const drafts: Draft[] = [];

  for (const t of q<{ id: string; content: string; dueOn: string; status: string; leadUnit: string; kind: string; origin: string; planId: string; result: string }>(
    `SELECT t.id, t.content, t.due_on dueOn, t.status, t.lead_unit leadUnit, p.kind, p.origin, p.id planId, t.result
       FROM work_plan_tasks t JOIN work_plans p ON p.id = t.plan_id
      WHERE t.deleted = 0 AND p.deleted = 0 AND t.due_on BETWEEN ? AND ? AND t.status <> 'dropped' ORDER BY t.due_on, t.sort`,
    from, to,
  )) {
    const source: CalendarSource = t.origin !== me.unitCode ? 'upper-plan-task' : t.kind === 'council' ? 'council-task' : 'plan-task';
    drafts.push({
      date: t.dueOn, title: t.content, detail: [t.leadUnit && `Chủ trì: ${t.leadUnit}`, t.result && `Kết quả: ${t.result}`].filter(Boolean).join('. '),
      source, recordId: t.planId, done: t.status === 'done', key: t.id,
    });
  }

  // The same figures as the home page's registration line.
  const overview = registrationOverview(ctx, year);
  const { registrations, sent } = overview.own;
  drafts.push({
    date: overview.deadline, title: me.parentCode ? `Hạn gửi đăng ký thi đua năm ${year} lên cấp trên` : `Hạn các đơn vị gửi đăng ký thi đua năm ${year}`,
    detail: me.parentCode ? `${sent}/${registrations} bản đăng ký đã gửi.` : 'Đăng ký thi đua trong Quý I.', source: 'registration', recordId: null,
    done: !!me.parentCode && registrations > 0 && sent >= registrations,
  });

  for (const i of q<{ id: string; title: string; dueOn: string; status: string; receivedOn: string | null }>(
    `SELECT id, title, due_on dueOn, status, received_on receivedOn FROM initiatives
      WHERE deleted = 0 AND origin = ? AND due_on BETWEEN ? AND ? AND status <> 'draft' ORDER BY due_on`,
    me.unitCode, from, to,
  )) {
    drafts.push({
      date: i.dueOn, title: `Trả lời đơn sáng kiến "${i.title}"`, detail: i.receivedOn ? `Nhận đơn ngày ${formatDate(i.receivedOn)}; trả lời trong 3 tháng.` : '',
      source: 'initiative', recordId: i.id, done: i.status !== 'received',
    });
  }

  for (const r of q<{ id: string; name: string; deadline: string | null; meetingDate: string | null; status: string }>(
    `SELECT id, name, deadline, meeting_date meetingDate, status FROM initiative_rounds WHERE deleted = 0 AND origin = ? AND year = ? ORDER BY number`,
    me.unitCode, year,
  )) {
    if (r.deadline && r.deadline >= from && r.deadline <= to) {
      drafts.push({ date: r.deadline, title: `Hạn nhận đơn sáng kiến: ${r.name}`, detail: '', source: 'initiative-round', recordId: r.id, done: r.status === 'closed' });
    }
    if (r.meetingDate && r.meetingDate >= from && r.meetingDate <= to) {
      drafts.push({ date: r.meetingDate, title: `Họp Hội đồng sáng kiến: ${r.name}`, detail: '', source: 'initiative-round', recordId: r.id, done: r.status === 'closed' });
    }
  }

  for (const p of q<{ id: string; title: string; deadline: string; units: number; finished: number; origin: string }>(
    `SELECT p.id, p.title, p.deadline, p.origin,
            (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0) units,
            (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0 AND i.status = 'finished') finished
       FROM inspection_plans p WHERE p.deleted = 0 AND p.deadline BETWEEN ? AND ? ORDER BY p.deadline`,
    from, to,
  )) {
    drafts.push({
      date: p.deadline, title: `Hoàn thành "${p.title}"`, detail: `Đã kiểm tra xong ${p.finished}/${p.units} đơn vị.`, source: 'inspection', recordId: p.id,
      done: p.units > 0 && p.finished >= p.units,
    });
  }

  // The annual statistical report (Thông tư 02/2023/TT-BNV): due on the day the template in force names.
  const stats = statisticsDeadline(year);
  if (stats) {
    drafts.push({
      date: stats.date, title: `Hạn gửi báo cáo thống kê thi đua, khen thưởng năm ${year}`,
      detail: `Biểu ${stats.forms.join(', ')}; gửi ${me.parentName ?? stats.receiver}.`, source: 'statistics', recordId: null, done: false,
    });
  }
  drafts.push(...appraisalDrafts(ctx, me, from, to), ...stateRoundDrafts(ctx, year));
  // Review dates of this unit's typical examples (ngày rà soát): done once the date is moved on.
  for (const x of q<{ id: string; name: string; reviewOn: string; stage: ExampleStage }>(
    `SELECT id, name, review_on reviewOn, stage FROM typical_examples WHERE deleted = 0 AND origin = ? AND review_on BETWEEN ? AND ? ORDER BY review_on`,
    me.unitCode, from, to,
  )) {
    drafts.push({
      date: x.reviewOn, title: `Rà soát điển hình tiên tiến: ${x.name}`, detail: `Đang ở bước “${EXAMPLE_STAGE_LABELS[x.stage]}”.`,
      source: 'example-review', recordId: x.id, done: false,
    });
  }

  const items = drafts
    .map(({ done, key, info, ...d }): CalendarItem => ({
      ...d, sourceLabel: CALENDAR_SOURCE_LABELS[d.source],
      state: done ? 'done' : info && d.date < now ? 'past' : classifyDue(d.date, now).state, uid: stableUid({ ...d, key }, me.unitCode),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'vi'));
  return { year, today: now, items };
}

/** The same obligation keeps its UID between exports (a phone updates it instead of adding a copy): a hash of what it is, not of its place in the list. */
function stableUid(i: Pick<CalendarItem, 'source' | 'recordId' | 'title' | 'date'> & { key?: string }, unitCode: string): string {
  let h = 2166136261;
  for (const ch of `${i.source}|${i.recordId ?? ''}|${i.key ?? i.title}`) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return `${i.date.slice(0, 4)}-${i.source}-${h.toString(16)}@${unitCode}.tdkt`;
}

/** The year's obligations as an iCalendar file: one all-day event each, done ones included (marked). */
export function yearIcs(ctx: ServiceContext, year: number) {
  const me = requireInstallation(ctx);
  const { items } = yearCalendar(ctx, year);
  const content = buildIcs({
    prodId: '-//TĐKT Desktop//Lịch công việc thi đua, khen thưởng//VI',
    name: `Lịch TĐKT ${year} - ${me.unitName}`,
    stamp: ctx.now(),
    events: items.map((i) => ({
      uid: i.uid, date: i.date, summary: `${i.state === 'done' ? '[Đã xong] ' : ''}${i.title}`,
      description: [i.sourceLabel, i.detail].filter(Boolean).join('\n'),
    })),
  });
  return { fileName: `lich-tdkt-${year}_${me.unitCode}.ics`, content, events: items.length };
}

import { z } from 'zod';
import { planDeadline } from '../rules/planDeadline';
import { isoDate, ok, requiredText, text, uuid } from './common';

// Kế hoạch công tác thi đua, khen thưởng năm and kế hoạch hoạt động của Hội đồng: tasks with their
// content, lead and coordinating units, deadline, status and result; made empty, from last
// year's plan or from the shipped template; the upper level's plan is shown read-only.

const year = z.number({ error: 'Năm phải là số.' }).int().min(2000, { error: 'Năm phải từ 2000 trở đi.' }).max(2100, { error: 'Năm không hợp lệ.' });

export const WORK_PLAN_KINDS = ['tdkt', 'council'] as const;
export type WorkPlanKind = (typeof WORK_PLAN_KINDS)[number];
export const WORK_PLAN_KIND_LABELS: Record<WorkPlanKind, string> = {
  tdkt: 'Kế hoạch công tác thi đua, khen thưởng',
  council: 'Kế hoạch hoạt động của Hội đồng Thi đua - Khen thưởng',
};

export const PLAN_TASK_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const;
export type PlanTaskStatus = (typeof PLAN_TASK_STATUSES)[number];
export const PLAN_TASK_STATUS_LABELS: Record<PlanTaskStatus, string> = { todo: 'Chưa làm', doing: 'Đang làm', done: 'Đã xong', dropped: 'Không thực hiện' };

export const PLAN_SOURCES = ['empty', 'previous', 'template'] as const;

export const planTask = z.object({
  id: z.string(),
  sort: z.number().int(),
  content: z.string(),
  leadUnit: z.string(),
  coordinatingUnits: z.string(),
  deadline: planDeadline,
  deadlineLabel: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(PLAN_TASK_STATUSES),
  result: z.string(),
  followsTaskId: z.string().nullable(),
  /** The upper level's task it follows, as the clerk reads it. */
  followsContent: z.string().nullable(),
  /** Past its last day and neither done nor dropped. */
  overdue: z.boolean(),
});
export type PlanTask = z.infer<typeof planTask>;

export const workPlanListItem = z.object({
  id: z.string(), origin: z.string(), year: z.number().int(), kind: z.enum(WORK_PLAN_KINDS), title: z.string(),
  tasks: z.number().int(), done: z.number().int(), overdue: z.number().int(),
  /** This unit's own plan (editable); the upper level's is read-only and names its unit. */
  editable: z.boolean(), originName: z.string().nullable(),
});
export type WorkPlanListItem = z.infer<typeof workPlanListItem>;

export const workPlan = workPlanListItem.extend({
  rev: z.number().int(), planNumber: z.string(), planDate: z.string().nullable(), purpose: z.string(), source: z.enum(PLAN_SOURCES),
  taskList: z.array(planTask),
  /** The upper level's tasks of the same year and kind, which this plan's tasks can follow. */
  upperTasks: z.array(z.object({ id: z.string(), content: z.string(), deadlineLabel: z.string() })),
});
export type WorkPlan = z.infer<typeof workPlan>;

export const planTaskInput = z.object({
  planId: uuid,
  /** Null: a new task at the end. */
  id: uuid.nullable().default(null),
  content: requiredText(2000, 'Nội dung công việc'),
  leadUnit: text(300, 'Đơn vị chủ trì').default(''),
  coordinatingUnits: text(500, 'Đơn vị phối hợp').default(''),
  /** As typed: "dd/mm/yyyy", "tháng 5", "quý II", "thường xuyên". */
  deadline: text(40, 'Thời hạn'),
  status: z.enum(PLAN_TASK_STATUSES).default('todo'),
  result: text(2000, 'Kết quả').default(''),
  followsTaskId: uuid.nullable().default(null),
});
export type PlanTaskInput = z.input<typeof planTaskInput>;

export const plansApi = {
  'plans.list': { input: z.object({ year: year.nullable().default(null) }), output: z.array(workPlanListItem) },
  'plans.get': { input: z.object({ id: uuid }), output: workPlan },
  'plans.create': {
    input: z.object({ year, kind: z.enum(WORK_PLAN_KINDS).default('tdkt'), from: z.enum(PLAN_SOURCES).default('empty') }),
    output: workPlan,
  },
  'plans.update': {
    input: z.object({
      id: uuid, title: requiredText(300, 'Tên kế hoạch'), planNumber: text(50, 'Số kế hoạch').default(''),
      planDate: isoDate.nullable().default(null), purpose: text(4000, 'Mục đích, yêu cầu').default(''),
    }),
    output: workPlan,
  },
  'plans.saveTask': { input: planTaskInput, output: workPlan },
  /** Marks a task's progress (and what came of it) without retyping it. */
  'plans.setTaskStatus': {
    input: z.object({ id: uuid, status: z.enum(PLAN_TASK_STATUSES), result: text(2000, 'Kết quả').nullable().default(null) }),
    output: workPlan,
  },
  'plans.deleteTask': { input: z.object({ id: uuid }), output: workPlan },
  'plans.delete': { input: z.object({ id: uuid }), output: ok },
} as const;

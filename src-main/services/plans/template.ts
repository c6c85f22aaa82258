import type { WorkPlanKind } from '../../../src-shared/api';
import { planDeadline, type PlanDeadline } from '../../../src-shared/rules/planDeadline';
import shipped from '../../../resources/plans/template.v1.json';

// The plan template shipped as data (resources/plans): the tasks the seed plans share, with
// "{year}" where the year goes. Versioned like the award catalogue: a new text is a new file.

interface ShippedTask { content: string; lead: string; coordinating: string; deadline: unknown }

const fill = (s: string, year: number) => s.replace(/\{year\}/g, String(year));

export function templateTitle(kind: WorkPlanKind, year: number): string {
  return fill(shipped.plans[kind].title, year);
}

export function templateTasks(kind: WorkPlanKind, year: number): { purpose: string; tasks: { content: string; leadUnit: string; coordinatingUnits: string; deadline: PlanDeadline }[] } {
  const p = shipped.plans[kind];
  return {
    purpose: fill(p.purpose, year),
    tasks: (p.tasks as ShippedTask[]).map((t) => ({
      content: fill(t.content, year), leadUnit: t.lead, coordinatingUnits: t.coordinating,
      deadline: planDeadline.parse(JSON.parse(fill(JSON.stringify(t.deadline), year))),
    })),
  };
}

export const TEMPLATE_VERSION = shipped.version;

// Kế hoạch công tác thi đua, khen thưởng năm and the council's plan: tasks, deadlines, status, made from last year's or the shipped template.
export * from './plans';
export * from './template';

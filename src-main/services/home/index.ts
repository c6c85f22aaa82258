// Trang chủ "Việc cần làm": what is due and overdue for this unit, read from every capability's tables.
export * from './tasks';

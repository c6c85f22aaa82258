// Sơ kết / tổng kết công tác thi đua, khen thưởng: the figures of a period, the clerk's sections, the figures sent up and the upper level's roll-up.
export * from './figures';
export * from './review';

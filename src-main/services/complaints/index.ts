// Sổ đơn thư khiếu nại, tố cáo, phản ánh, kiến nghị: the register, its time limits, and the open entries that hold a nominee's commendation.
export * from './register';

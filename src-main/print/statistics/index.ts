// Báo cáo thống kê (Thông tư 02/2023/TT-BNV, 0601.N–0605.N) printed: DOCX (landscape, NĐ 30) and XLSX in the form's layout.
export { statisticsDocument } from './docx';
export { statisticsWorkbook } from './xlsx';
export { parseStatId, statFileName } from './common';

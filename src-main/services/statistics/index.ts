// Báo cáo thống kê: the annual forms of Thông tư 02/2023/TT-BNV (0601.N–0605.N) as versioned templates, counted from the award history and movements.
export * from './templates';
export * from './report';

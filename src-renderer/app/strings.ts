/** Vietnamese words used in more than one screen. Screen-specific text stays in its screen. */
export const T = {
  appName: 'TĐKT Desktop',
  nav: {
    people: 'Cá nhân',
    collectives: 'Tập thể',
    units: 'Đơn vị hành chính',
    keys: 'Khóa của đơn vị',
  },
  save: 'Lưu',
  cancel: 'Hủy',
  delete: 'Xóa',
  close: 'Đóng',
  saved: 'Đã lưu',
  deleted: 'Đã xóa',
  loading: 'Đang tải…',
  errorTitle: 'Chưa thực hiện được',
  loadFailed: 'Không tải được dữ liệu',
  none: '(không có)',
  fixFields: 'Hãy sửa các ô được đánh dấu đỏ.',
  required: (label: string) => `Vui lòng nhập ${label}.`,
  searchByName: 'Tìm theo họ tên',
  noResults: 'Không tìm thấy kết quả nào.',
} as const;

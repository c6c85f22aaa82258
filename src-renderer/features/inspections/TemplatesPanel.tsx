import { Badge } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { InspectionTemplateSummary } from '../../../src-shared/api';
import { invoke } from '../../api';
import { type Column, DataTable } from '../../app/DataTable';
import { formatTimestampDate } from '../../app/format';
import { notifyError } from '../../app/notify';
import { T } from '../../app/strings';
import { TemplateModal } from './TemplateModal';

const SOURCE_LABELS: Record<InspectionTemplateSummary['source'], string> = {
  shipped: 'Kèm chương trình',
  local: 'Sửa tại máy này',
  received: 'Nhận từ cấp trên',
};

const COLUMNS: Column<InspectionTemplateSummary>[] = [
  { title: 'Mẫu phiếu', render: (t) => t.name },
  {
    title: 'Phiên bản',
    width: 210,
    render: (t) => (
      <>
        Phiên bản {t.version}{' '}
        {t.latest && (
          <Badge size="sm" variant="light" color="teal" ml={4}>
            Mới nhất
          </Badge>
        )}
      </>
    ),
  },
  { title: 'Nguồn', width: 170, render: (t) => SOURCE_LABELS[t.source] },
  { title: 'Số nội dung', width: 120, render: (t) => String(t.items) },
  { title: 'Đang dùng', width: 120, render: (t) => (t.usedBy ? `${t.usedBy} lượt` : 'Chưa dùng') },
  { title: 'Ngày tạo', width: 110, render: (t) => formatTimestampDate(t.createdAt) },
];

/** "Mẫu phiếu kiểm tra": every checklist version; one opens to read, or to edit as a new version. */
export function TemplatesPanel() {
  const [list, setList] = useState<InspectionTemplateSummary[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(() => {
    invoke('inspections.templates', { key: null })
      .then(setList)
      .catch((e: unknown) => notifyError(e, T.loadFailed));
  }, []);
  useEffect(load, [load]);
  return (
    <>
      <DataTable rows={list} columns={COLUMNS} onOpen={(t) => setOpen(t.id)} label="Các phiên bản mẫu phiếu kiểm tra" rowTestId="template-row" />
      {open && (
        <TemplateModal
          id={open}
          onClose={() => setOpen(null)}
          onSaved={(id) => {
            setOpen(id);
            load();
          }}
        />
      )}
    </>
  );
}

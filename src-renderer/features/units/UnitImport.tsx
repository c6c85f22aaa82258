import { Alert, Button, Code, Group, List, Modal, ScrollArea, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { UnitImportResult } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';
import { formatCount } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';

const CSV_HEADER = 'Mã,Tên,Cấp,Mã cấp trên,Hoạt động,Sáp nhập vào';

interface Chosen {
  name: string;
  format: 'csv' | 'json';
  content: string;
  preview: UnitImportResult;
}

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Stack gap={0} align="center" p="xs" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      <Text fz={24} fw={700} data-testid={testId}>
        {formatCount(value)}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/** "Nhập danh mục": pick a CSV/JSON file, preview what would change (dry run), then apply. */
export function UnitImport({ onClose, onApplied }: { onClose: () => void; onApplied: () => void }) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setChosen(null);
    setProblem(null);
    setBusy(true);
    try {
      const format = file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv';
      const content = await file.text();
      const preview = await invoke('units.import', { format, content, dryRun: true });
      setChosen({ name: file.name, format, content, preview });
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const r = await invoke('units.import', { format: chosen.format, content: chosen.content, dryRun: false });
      notifySuccess(`Đã nhập danh mục: ${r.created} đơn vị mới, ${r.updated} đơn vị cập nhật.`);
      onApplied();
    } catch (e) {
      notifyError(e);
      setBusy(false);
    }
  };

  const errors = chosen?.preview.errors ?? [];
  return (
    <Modal opened onClose={onClose} title="Nhập danh mục đơn vị" size="lg">
      <Stack gap="sm">
        <Text size="sm">
          Chọn tệp CSV (mã hóa UTF-8) có dòng tiêu đề:
          <Code block mt={4}>
            {CSV_HEADER}
          </Code>
        </Text>
        {/* The JSON field names are for the technician who makes such a file: in the tooltip, not in the clerk's text. */}
        <Text size="sm" c="dimmed" title="Tệp .json: danh sách các đối tượng {code, name, level, parentCode, active, mergedIntoCode}">
          Cột “Cấp” ghi: Tỉnh, Xã, Phường, Đặc khu, Huyện hoặc Cơ quan. Cột “Hoạt động” ghi Có/Không. Cũng nhận tệp
          .json có cùng các thông tin trên.
        </Text>
        <Group>
          <Button component="label" variant="default" loading={busy && !chosen}>
            Chọn tệp…
            <VisuallyHidden>
              <input
                type="file"
                accept=".csv,.json"
                aria-label="Chọn tệp danh mục (.csv hoặc .json)"
                onChange={(e) => {
                  void pick(e.currentTarget.files?.[0]);
                  e.currentTarget.value = '';
                }}
              />
            </VisuallyHidden>
          </Button>
          {chosen && <Text size="sm">{chosen.name}</Text>}
        </Group>
        {problem && (
          <Alert color="red" title="Không đọc được tệp">
            {problem}
          </Alert>
        )}
        {chosen && (
          <Stack gap="xs" data-testid="import-preview">
            <Text fw={600}>Xem trước (chưa ghi gì):</Text>
            <SimpleGrid cols={3}>
              <Count label="Thêm mới" value={chosen.preview.created} testId="import-created" />
              <Count label="Cập nhật" value={chosen.preview.updated} testId="import-updated" />
              <Count label="Không đổi" value={chosen.preview.unchanged} testId="import-unchanged" />
            </SimpleGrid>
            {errors.length > 0 && (
              <Alert color="red" title={`${errors.length} dòng lỗi: chưa thể nhập. Hãy sửa tệp rồi chọn lại.`}>
                <ScrollArea.Autosize mah={160}>
                  <List size="sm" data-testid="import-errors">
                    {errors.map((e, i) => (
                      <List.Item key={i}>{e.message}</List.Item>
                    ))}
                  </List>
                </ScrollArea.Autosize>
              </Alert>
            )}
          </Stack>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {T.cancel}
          </Button>
          <Button onClick={() => void apply()} disabled={!chosen || errors.length > 0} loading={busy && !!chosen}>
            Nhập
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

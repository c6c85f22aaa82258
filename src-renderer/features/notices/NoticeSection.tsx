import { Button, Group, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { NOTICE_KIND_LABELS, type NoticeKind, type PublicNotice } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { notifyError, showFieldErrorsOrNotify, notifySuccess } from '../../app/notify';
import { DOCX_MIME, downloadBase64 } from '../exchange/download';

const printedAt = (ts: string) => {
  const d = new Date(ts);
  return `${formatDate(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/**
 * Thông báo công khai (Luật TĐKT 2022, Điều 84 khoản 5) of a dossier: the posting period, printed
 * as Word, and every notice printed so far (kind, period, when, by whom).
 */
export function NoticeSection(props: { dossierId: string }) {
  const [notices, setNotices] = useState<PublicNotice[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<'' | NoticeKind>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    invoke('notices.list', { dossierId: props.dossierId }).then(setNotices).catch((e: unknown) => notifyError(e));
  }, [props.dossierId]);

  const print = async () => {
    const postedFrom = parseDate(from);
    const postedTo = parseDate(to);
    const bad: Record<string, string> = {};
    if (!postedFrom) bad.postedFrom = 'Hãy nhập ngày bắt đầu niêm yết (dd/mm/yyyy).';
    if (!postedTo) bad.postedTo = 'Hãy nhập ngày kết thúc niêm yết (dd/mm/yyyy).';
    setErrors(bad);
    if (!postedFrom || !postedTo) return;
    setBusy(true);
    try {
      const r = await invoke('notices.print', { dossierId: props.dossierId, kind: kind || null, postedFrom, postedTo, place: '' });
      downloadBase64(r.fileName, r.contentBase64, DOCX_MIME);
      setNotices((n) => [r.notice, ...n]);
      notifySuccess('Đã in và ghi nhận thông báo công khai.');
    } catch (e) {
      showFieldErrorsOrNotify(e, setErrors, 'Chưa in được thông báo');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="sm" data-testid="notice-section">
      <Title order={3} size="h5" mb={4}>
        Thông báo công khai
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        Niêm yết danh sách đề nghị (hoặc được khen thưởng, khi đã có quyết định) theo khoản 5 Điều 84 Luật Thi đua, khen thưởng năm 2022.
      </Text>
      <Group align="flex-start" gap="sm">
        <Select
          label="Loại"
          w={300}
          data={[{ value: '', label: 'Tự chọn theo hồ sơ' }, { value: 'proposed', label: NOTICE_KIND_LABELS.proposed }, { value: 'awarded', label: NOTICE_KIND_LABELS.awarded }]}
          value={kind}
          onChange={(v) => setKind((v ?? '') as '' | NoticeKind)}
          allowDeselect={false}
          error={errors.kind}
        />
        <TextInput label="Niêm yết từ ngày" placeholder="dd/mm/yyyy" w={140} value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.postedFrom} />
        <TextInput label="đến ngày" placeholder="dd/mm/yyyy" w={140} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.postedTo} />
        <Button mt={25} onClick={() => void print()} loading={busy}>
          In thông báo (Word)
        </Button>
      </Group>
      {notices.length > 0 && (
        <Table mt="sm" withTableBorder verticalSpacing={2} aria-label="Thông báo công khai đã in">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Loại</Table.Th>
              <Table.Th>Thời gian niêm yết</Table.Th>
              <Table.Th>In lúc</Table.Th>
              <Table.Th>Cán bộ</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {notices.map((n) => (
              <Table.Tr key={n.id} data-testid="notice-row">
                <Table.Td>{NOTICE_KIND_LABELS[n.kind]}</Table.Td>
                <Table.Td>
                  {formatDate(n.postedFrom)} - {formatDate(n.postedTo)}
                </Table.Td>
                <Table.Td>{printedAt(n.printedAt)}</Table.Td>
                <Table.Td>{n.printedBy}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Complaint } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { showFieldErrorsOrNotify } from '../../app/notify';
import { T } from '../../app/strings';

/** "Ghi kết luận": the conclusion lifts the hold on whom the letter concerns. */
export function CloseForm(props: { complaint: Complaint | null; onClose: () => void; onSaved: (c: Complaint) => void }) {
  const [conclusion, setConclusion] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const c = props.complaint;
  useEffect(() => {
    setConclusion('');
    setDate('');
    setErrors({});
  }, [c?.id]);

  const save = async () => {
    if (!c) return;
    const closedOn = parseDate(date);
    if (!closedOn) {
      setErrors({ closedOn: 'Ngày kết luận không có thật; hãy nhập theo dạng dd/mm/yyyy.' });
      return;
    }
    setBusy(true);
    try {
      props.onSaved(await invoke('complaints.close', { id: c.id, conclusion, closedOn }));
    } catch (e) {
      showFieldErrorsOrNotify(e, setErrors);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={!!c} onClose={props.onClose} title="Ghi kết luận đơn thư" size="lg" centered closeOnClickOutside={false}>
      {c && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Đơn nhận ngày {formatDate(c.receivedOn)} về {c.subjects.map((s) => s.name).join(', ')}. Khi ghi kết luận, người, tập thể liên quan không còn bị tạm dừng xét khen thưởng vì đơn này.
          </Text>
          <Textarea label="Kết luận" required autosize minRows={3} value={conclusion} onChange={(e) => setConclusion(e.currentTarget.value)} error={errors.conclusion} />
          <TextInput label="Ngày kết luận" required placeholder="dd/mm/yyyy" w={200} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.closedOn} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>{T.cancel}</Button>
            <Button onClick={() => void save()} loading={busy}>Ghi kết luận</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

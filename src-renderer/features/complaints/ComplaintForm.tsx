import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { COMPLAINT_KINDS, COMPLAINT_KIND_LABELS, type ComplaintKind } from '../../../src-shared/rules/complaints';
import { parseDate } from '../../../src-shared/text';
import type { Complaint } from '../../../src-shared/api';
import { invoke } from '../../api';
import { showFieldErrorsOrNotify } from '../../app/notify';
import { T } from '../../app/strings';
import { SubjectPicker, type PickedSubject } from './SubjectPicker';

const EMPTY = { receivedOn: '', kind: 'to-cao' as ComplaintKind, sender: '', anonymous: false, handler: '', content: '' };

/** "Ghi đơn thư mới": the letter as received, and whom it concerns (people, collectives of this unit). */
export function ComplaintForm(props: { opened: boolean; onClose: () => void; onSaved: (c: Complaint) => void }) {
  const [v, setV] = useState(EMPTY);
  const [subjects, setSubjects] = useState<PickedSubject[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!props.opened) return;
    setV(EMPTY);
    setSubjects([]);
    setErrors({});
  }, [props.opened]);

  const save = async () => {
    const receivedOn = parseDate(v.receivedOn);
    if (!receivedOn) {
      setErrors({ receivedOn: 'Ngày nhận đơn không có thật; hãy nhập theo dạng dd/mm/yyyy.' });
      return;
    }
    setBusy(true);
    try {
      props.onSaved(await invoke('complaints.create', {
        receivedOn, kind: v.kind, sender: v.anonymous ? '' : v.sender, anonymous: v.anonymous, handler: v.handler, content: v.content,
        personIds: subjects.filter((s) => s.type === 'person').map((s) => s.id),
        collectiveIds: subjects.filter((s) => s.type === 'collective').map((s) => s.id),
        dossierIds: [],
      }));
    } catch (e) {
      showFieldErrorsOrNotify(e, setErrors);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Ghi đơn thư mới" size="lg" centered closeOnClickOutside={false}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label="Ngày nhận đơn" required placeholder="dd/mm/yyyy" value={v.receivedOn} onChange={(e) => setV({ ...v, receivedOn: e.currentTarget.value })} error={errors.receivedOn} />
          <Select label="Loại đơn" required allowDeselect={false} value={v.kind} onChange={(k) => k && setV({ ...v, kind: k as ComplaintKind })}
            data={COMPLAINT_KINDS.map((k) => ({ value: k, label: COMPLAINT_KIND_LABELS[k] }))} error={errors.kind} />
        </Group>
        <Group grow align="flex-end">
          <TextInput label="Người gửi" disabled={v.anonymous} value={v.anonymous ? '' : v.sender} onChange={(e) => setV({ ...v, sender: e.currentTarget.value })} error={errors.sender} />
          <Checkbox label="Đơn nặc danh (không rõ người gửi)" checked={v.anonymous} onChange={(e) => setV({ ...v, anonymous: e.currentTarget.checked })} mb={8} />
        </Group>
        {v.anonymous && v.kind === 'to-cao' && (
          <Alert color="yellow" variant="light" p="xs">
            Tố cáo nặc danh không được thụ lý giải quyết như tố cáo theo Luật Tố cáo 2018 (điều khoản chưa được xác nhận): phần mềm không tính thời hạn giải quyết.
            Nếu đơn vị vẫn xác minh nội dung, người, tập thể liên quan vẫn bị tạm dừng xét khen thưởng đến khi có kết luận.
          </Alert>
        )}
        <SubjectPicker value={subjects} onChange={setSubjects} error={errors.personIds ?? errors.collectiveIds} />
        <Textarea label="Nội dung đơn" required autosize minRows={3} maxRows={8} value={v.content} onChange={(e) => setV({ ...v, content: e.currentTarget.value })} error={errors.content} />
        <TextInput label="Người xử lý" value={v.handler} onChange={(e) => setV({ ...v, handler: e.currentTarget.value })} error={errors.handler} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>{T.cancel}</Button>
          <Button onClick={() => void save()} loading={busy}>Ghi vào sổ</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { InitiativeRound } from '../../../src-shared/api';
import { formatDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';

/**
 * "Vẫn nhận hồ sơ sau hạn": the reason a round past its deadline keeps taking applications,
 * recorded on the round with who and when. The reason is required; its error shows on saving.
 */
export function KeepOpenDialog(props: { round: InitiativeRound; onClose: () => void; onSaved: () => void }) {
  const { round } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (!reason.trim()) return setError('Vui lòng ghi lý do vẫn nhận hồ sơ sau hạn (ví dụ: văn bản đề nghị của đơn vị, ý kiến của lãnh đạo).');
    setBusy(true);
    try {
      await invoke('initiatives.keepRoundOpen', { id: round.id, reason: reason.normalize('NFC') });
      notifySuccess(`${round.name} năm ${round.year} vẫn nhận hồ sơ sau hạn; lý do đã được ghi lại.`);
      props.onSaved();
    } catch (e) {
      if (e instanceof ApiError) setError(e.fieldMessages().reason ?? e.message);
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title={`Vẫn nhận hồ sơ: ${round.name} năm ${round.year}`} size="lg" closeOnClickOutside={false}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Hạn nhận đơn của đợt là ngày {formatDate(round.deadline)}. Đơn tiếp nhận sau ngày này chỉ được ghi khi đợt vẫn nhận hồ sơ; mỗi đơn như vậy được đánh dấu
            “Nhận sau hạn”. Lý do, người ghi và thời điểm được lưu cùng đợt và trong lịch sử thay đổi.
          </Text>
          <Textarea
            label="Lý do vẫn nhận hồ sơ sau hạn"
            withAsterisk
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            autosize
            minRows={3}
            maxRows={6}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={props.onClose} disabled={busy}>
              Hủy
            </Button>
            <Button type="submit" loading={busy}>
              Ghi lý do và vẫn nhận
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

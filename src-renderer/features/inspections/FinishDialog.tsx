import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ChecklistItemValues } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';

/**
 * "Hoàn thành" while items are unanswered: they are listed, and finishing anyway needs a
 * reason (stored and printed in the minutes).
 */
export function FinishDialog(props: { inspectionId: string; unitName: string; unanswered: ChecklistItemValues[]; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = async () => {
    if (!reason.trim()) {
      setError('Vui lòng ghi lý do kết thúc kiểm tra khi còn nội dung chưa đánh giá.');
      return;
    }
    setBusy(true);
    try {
      await invoke('inspections.finish', { id: props.inspectionId, reason, conclusion: null });
      props.onDone();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title="Còn nội dung chưa đánh giá" size={640} centered closeOnClickOutside={false}>
      <Stack gap="sm">
        <Alert color="orange" p="xs">
          <Text size="sm">
            Kiểm tra {props.unitName} còn {props.unanswered.length} nội dung chưa đánh giá. Hãy quay lại đánh giá, hoặc ghi lý do để kết thúc kiểm tra
            (lý do được lưu và in trong biên bản).
          </Text>
        </Alert>
        <ScrollArea.Autosize mah={220} type="auto">
          <List size="sm" spacing={2} data-testid="unanswered-list">
            {props.unanswered.map((i) => (
              <List.Item key={i.code}>
                <b>{i.code}.</b> {i.text}
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
        <Textarea
          label="Lý do kết thúc kiểm tra"
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onClose} disabled={busy}>
            Quay lại đánh giá
          </Button>
          <Button color="teal" onClick={() => void finish()} loading={busy}>
            Vẫn hoàn thành
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

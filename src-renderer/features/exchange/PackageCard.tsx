import { Alert, Badge, Button, CloseButton, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatCount, formatDateTime } from '../../app/format';
import { notifyError, notifyProblem, notifySuccess } from '../../app/notify';
import { ACTIONS, unitLabel } from './labels';
import { PreviewTable } from './PreviewTable';
import { type Received, useReceiveStore } from './receiveStore';
import { TrustSenderModal } from './TrustSenderModal';

/** One package file brought in: who sent it, what it would change, and its import. */
export function PackageCard({ item, outDir }: { item: Received; outDir: string }) {
  const importOne = useReceiveStore((s) => s.importOne);
  const ack = useReceiveStore((s) => s.ack);
  const remove = useReceiveStore((s) => s.remove);
  const recheck = useReceiveStore((s) => s.recheck);
  const reimport = useReceiveStore((s) => s.reimport);
  const [trusting, setTrusting] = useState(false);
  const r = item.result;

  const writeAck = async () => {
    if (!outDir.trim()) {
      notifyProblem('Vui lòng nhập thư mục lưu gói (ví dụ ổ USB: E:\\) ở đầu trang.');
      return;
    }
    try {
      const files = await ack(item.key, outDir.trim());
      notifySuccess(`Đã tạo giấy báo đã nhận: ${files.map((f) => f.fileName).join(', ')}`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Paper withBorder p="sm" data-testid="package-card" aria-label={`Gói ${item.name}`} component="section">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={600} ff="monospace" size="sm" truncate="end" title={item.name}>
              {item.name}
            </Text>
            {r && (
              <Badge variant="outline" style={{ flex: 'none' }}>
                {r.kindLabel}
              </Badge>
            )}
          </Group>
          {r && (
            <Text size="sm" data-testid="package-summary">
              Từ <b>{unitLabel(r.sender.unitName, r.sender.unitCode)}</b> · Gói số {r.sequence}
              {r.batch ? ` (phần ${r.batch.index}/${r.batch.count})` : ''} · Tạo lúc {formatDateTime(r.createdAt)} ·{' '}
              {formatCount(r.rows.length)} bản ghi
              {r.attachments ? `, ${formatCount(r.attachments)} tệp đính kèm` : ''}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
          {item.state === 'checking' && (
            <Group gap={6}>
              <Loader size="xs" />
              <Text size="sm">Đang kiểm tra chữ ký…</Text>
            </Group>
          )}
          {(item.state === 'ready' || item.state === 'importing') && r && !r.duplicate && (
            <Button size="xs" onClick={() => void importOne(item.key)} loading={item.state === 'importing'}>
              Nhập
            </Button>
          )}
          {item.state === 'imported' && (
            <>
              <Badge color="green" size="lg" variant="filled">
                Đã nhập
              </Badge>
              {r?.kind !== 'ack' && !item.ack && (
                <Button size="xs" variant="default" onClick={() => void writeAck()} loading={item.acking}>
                  Tạo giấy báo đã nhận
                </Button>
              )}
            </>
          )}
          <CloseButton
            aria-label="Bỏ khỏi danh sách"
            title="Bỏ khỏi danh sách"
            onClick={() => remove(item.key)}
            disabled={item.state === 'checking' || item.state === 'importing'}
          />
        </Group>
      </Group>
      {item.state === 'refused' && (
        <Alert color="red" title="Gói bị từ chối, không nhập gì" mt="xs" role="alert">
          <Text size="sm">{item.error}</Text>
          <Group gap="xs" mt="xs">
            {item.code === 'UNKNOWN_KEY' && (
              <Button size="xs" variant="white" color="red" onClick={() => setTrusting(true)}>
                Thêm khóa tin cậy…
              </Button>
            )}
            <Button size="xs" variant="white" color="red" onClick={() => recheck(item.key)}>
              Kiểm tra lại
            </Button>
          </Group>
        </Alert>
      )}
      {trusting && (
        <TrustSenderModal
          source={item.source}
          onClose={() => setTrusting(false)}
          onReimport={() => {
            setTrusting(false);
            void reimport(item.key);
          }}
        />
      )}
      {r && r.duplicate && (
        <Alert color="yellow" mt="xs" py={8}>
          Gói này đã được nhập trước đó; nhập lại không thay đổi gì.
        </Alert>
      )}
      {item.state === 'imported' && r && r.kind !== 'ack' && !item.ack && (
        <Text size="xs" c="dimmed" mt={4} data-testid="ack-hint">
          Giấy báo đã nhận sẽ tự đi kèm gói gửi tiếp theo cho {r.sender.unitName}; chỉ cần tạo riêng khi không còn gì khác để gửi.
        </Text>
      )}
      {item.ack && (
        <Text size="sm" c="green.8" mt={4} data-testid="ack-written">
          Đã tạo giấy báo đã nhận: {item.ack.map((f) => f.fileName).join(', ')}. Hãy gửi tệp này lại cho{' '}
          {r?.sender.unitName}.
        </Text>
      )}
      {r && item.state !== 'refused' && r.story.length > 0 && (
        <Alert color="blue" variant="light" mt="xs" py={8} title={`${r.sender.unitName} báo:`} data-testid="package-story">
          <Stack gap={2}>
            {r.story.map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {r && item.state !== 'refused' && (
        <Stack gap={6} mt="xs">
          <Group gap={6}>
            {ACTIONS.map((a) => (
              <Badge key={a.action} color={a.color} variant={r.counts[a.action] ? 'light' : 'outline'} opacity={r.counts[a.action] ? 1 : 0.6}>
                {a.label}: {formatCount(r.counts[a.action])}
              </Badge>
            ))}
          </Group>
          <PreviewTable rows={r.rows} />
        </Stack>
      )}
    </Paper>
  );
}

import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { PrintJob } from '../../../src-shared/api';
import { ApiError, errorMessage, invoke } from '../../api';
import { formatCount } from '../../app/format';
import { OutDirInput } from '../exchange/OutDirInput';

const KEY = 'tdkt.print.outDir';

function remembered(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** How often the dialog reads the job's progress. */
const POLL_MS = 250;

/**
 * "In toàn bộ hồ sơ": every document of the dossier's set written into a folder the clerk chooses
 * (the system's dialog in the app, the served chooser in a browser). The main process writes
 * them one by one; the bar shows how many are done and "Dừng in" stops it, keeping no file of
 * the set. While it runs the dialog stays open: the clerk stops it or lets it finish.
 */
export function PrintSetDialog(props: { opened: boolean; onClose: () => void; dossierId: string; total: number }) {
  const [dir, setDir] = useState(remembered);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<PrintJob | null>(null);
  const [starting, setStarting] = useState(false);
  const alive = useRef(true);
  const running = starting || job?.state === 'running';

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Reads the job until it ends.
  const jobId = job?.state === 'running' ? job.jobId : null;
  useEffect(() => {
    if (!jobId) return;
    const t = setInterval(() => {
      invoke('print.job', { jobId })
        .then((j) => alive.current && setJob(j))
        .catch((e: unknown) => {
          if (!alive.current) return;
          setError(errorMessage(e));
          setJob(null);
        });
    }, POLL_MS);
    return () => clearInterval(t);
  }, [jobId]);

  const start = async () => {
    setStarting(true);
    setError(null);
    setJob(null);
    try {
      const j = await invoke('print.dossierToFolder', { id: props.dossierId, outDir: dir.trim() });
      if (!alive.current) return;
      setJob(j);
      try {
        localStorage.setItem(KEY, dir.trim());
      } catch {
        // Storage unavailable: the folder is simply not remembered.
      }
    } catch (e) {
      if (alive.current) setError(e instanceof ApiError && e.fields?.length ? e.fields[0]!.message : errorMessage(e));
    } finally {
      if (alive.current) setStarting(false);
    }
  };

  const stop = async () => {
    if (!job) return;
    try {
      setJob(await invoke('print.cancelJob', { jobId: job.jobId }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const close = () => {
    if (running) return;
    setJob(null);
    setError(null);
    props.onClose();
  };

  const total = job?.total ?? props.total;
  const done = job?.done ?? 0;
  return (
    <Modal opened={props.opened} onClose={close} title="In toàn bộ hồ sơ" size="lg" closeOnClickOutside={!running} closeOnEscape={!running} withCloseButton={!running}>
      <Stack gap="sm">
        <Text size="sm">
          {formatCount(total)} văn bản của hồ sơ (tờ trình, danh sách, biên bản, báo cáo thành tích của từng người…) được ghi thành tệp Word vào thư mục bạn chọn.
        </Text>
        <OutDirInput value={dir} onChange={setDir} error={job?.state === 'running' ? null : error} label="Thư mục lưu bộ hồ sơ" title="Chọn thư mục lưu bộ hồ sơ" disabled={running} />
        {job && job.state !== 'failed' && (
          <Stack gap={4}>
            <Text size="sm" data-testid="print-set-progress">
              {job.state === 'done'
                ? `Đã ghi ${formatCount(job.files.length)} văn bản vào thư mục ${job.outDir}.`
                : job.state === 'cancelled'
                  ? 'Đã dừng in: không tệp nào của bộ hồ sơ được giữ lại. Bấm "Bắt đầu in" để in lại.'
                  : `Đang in: ${formatCount(done)}/${formatCount(total)} văn bản…`}
            </Text>
            <Progress value={total ? (100 * done) / total : 0} color={job.state === 'cancelled' ? 'gray' : job.state === 'done' ? 'green' : undefined} aria-label="Tiến độ in bộ hồ sơ" />
            {job.state === 'done' && job.warnings.map((w) => (
              <Text key={w} size="sm" c="orange.9" data-testid="print-set-warning">Lưu ý: {w}</Text>
            ))}
          </Stack>
        )}
        {job?.state === 'failed' && (
          <Text size="sm" c="red.8" role="alert">
            {job.error?.message ?? 'Chưa in xong bộ hồ sơ. Hãy thử lại.'}
          </Text>
        )}
        <Group justify="flex-end">
          {job?.state === 'running' ? (
            <Button color="red" variant="light" onClick={() => void stop()}>
              Dừng in
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={close} disabled={running}>
                Đóng
              </Button>
              <Button onClick={() => void start()} loading={starting}>
                Bắt đầu in
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

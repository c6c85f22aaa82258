import { Button, Group, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ApiOutput, ListFilter } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';
import { formatCount } from '../../app/format';
import { notifyError } from '../../app/notify';
import { FolderChooser } from '../exchange/FolderChooser';

const KEY = 'tdkt.lists.outDir';
const PACKAGE_KEY = 'tdkt.exchange.outDir';

/** The folder last used for Excel files on this computer, else the package folder. */
function remembered(): string {
  try {
    return localStorage.getItem(KEY) ?? localStorage.getItem(PACKAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * "Xuất Excel": the list as filtered on screen (every page, not only the rows in sight) saved as
 * an .xlsx in a folder chosen with "Chọn…" (the system's dialog in the app, the served chooser
 * in a browser). `what` names the list in sentences ("cá nhân", "hồ sơ"); `count` is the
 * list's total as shown.
 */
export function ExportXlsxButton(props: { filter: ListFilter; what: string; count: number | null; filterText: string }) {
  const [opened, setOpened] = useState(false);
  const [dir, setDir] = useState(remembered);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ApiOutput<'lists.exportXlsx'> | null>(null);
  const [chooser, setChooser] = useState<'choose' | 'view' | null>(null);

  const choose = async () => {
    try {
      const r = await invoke('folders.pickNative', { title: 'Chọn thư mục lưu tệp Excel' });
      if (!r.supported) setChooser('choose');
      else if (r.path) setDir(r.path);
    } catch (e) {
      notifyError(e, 'Không mở được hộp chọn thư mục');
    }
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await invoke('lists.exportXlsx', { filter: props.filter, outDir: dir.trim() });
      setDone(r);
      try {
        localStorage.setItem(KEY, dir.trim());
      } catch {
        // Storage unavailable: the folder is simply not remembered.
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    if (busy) return;
    setOpened(false);
    setDone(null);
    setError(null);
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)} disabled={props.count === 0}>
        Xuất Excel
      </Button>
      <Modal opened={opened} onClose={close} title="Xuất danh sách ra Excel" size="lg">
        <Stack gap="sm">
          <Text size="sm" data-testid="xlsx-what">
            Xuất {props.count === null ? '' : `${formatCount(props.count)} `}
            {props.what} {props.filterText}: mọi trang của danh sách, không chỉ những dòng đang thấy trên màn hình.
          </Text>
          <Group gap={6} align="flex-start" wrap="nowrap">
            <TextInput
              label="Thư mục lưu tệp"
              placeholder={'Bấm "Chọn…" (ví dụ D:\\Bao cao)'}
              value={dir}
              onChange={(e) => setDir(e.currentTarget.value)}
              error={error}
              style={{ flex: 1, minWidth: 0 }}
              spellCheck={false}
              autoComplete="off"
              disabled={busy}
            />
            <Button variant="default" mt={25} onClick={() => void choose()} style={{ flex: 'none' }} disabled={busy}>
              Chọn…
            </Button>
          </Group>
          {busy && (
            <Stack gap={4}>
              <Text size="sm">Đang ghi tệp Excel… (danh sách dài có thể mất nửa phút)</Text>
              <Progress value={100} animated aria-label="Đang xuất Excel" />
            </Stack>
          )}
          {done && (
            <Stack gap={6}>
              <Text size="sm" c="green.8" fw={600} data-testid="xlsx-done">
                Đã lưu {formatCount(done.rows)} dòng vào tệp “{done.fileName}” trong thư mục {dir.trim()}.
              </Text>
              <Button variant="light" w="fit-content" onClick={() => setChooser('view')}>
                Mở thư mục
              </Button>
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              Đóng
            </Button>
            <Button onClick={() => void run()} loading={busy}>
              Xuất
            </Button>
          </Group>
        </Stack>
        <FolderChooser
          opened={chooser !== null}
          start={dir.trim()}
          title={chooser === 'view' ? 'Các tệp trong thư mục' : undefined}
          onClose={() => setChooser(null)}
          onChoose={
            chooser === 'choose'
              ? (d) => {
                  setDir(d);
                  setChooser(null);
                }
              : undefined
          }
        />
      </Modal>
    </>
  );
}

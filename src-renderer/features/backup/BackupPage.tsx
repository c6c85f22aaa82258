import { Alert, Button, Group, NumberInput, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput, BackupRow } from '../../../src-shared/api';
import { ApiError, invoke } from '../../api';
import { formatDateTime } from '../../app/format';
import { notifyError, notifyProblem, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { useAppStore } from '../../app/store';
import { T } from '../../app/strings';
import { OutDirInput } from '../exchange/OutDirInput';
import { BackupFileInput } from './BackupFileInput';
import { BackupList } from './BackupList';
import { RestorePreview } from './RestorePreview';
import { rememberedFolder, rememberFolder } from '../exchange/useOutDir';

const BACKUP_DIR_KEY = 'tdkt.backup.toDir';

type Status = ApiOutput<'backup.status'>;
type Preview = ApiOutput<'backup.preview'>;

/**
 * "Sao lưu và khôi phục": copies on this PC (automatic and on demand), one file with the key on
 * a USB stick, and a restore that always shows a preview first.
 */
export function BackupPage(props: { onRestored?: () => void } = {}) {
  const [status, setStatus] = useState<Status | null>(null);
  const [rows, setRows] = useState<BackupRow[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // The USB folder of the last backup that was written there (the clerk's stick is usually the same drive).
  const [toDir, setToDir] = useState(() => rememberedFolder(BACKUP_DIR_KEY));
  const [toDirError, setToDirError] = useState<string | null>(null);
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [file, setFile] = useState('');
  const [filePass, setFilePass] = useState('');
  const [target, setTarget] = useState<{ path: string; passphrase: string | null } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [keep, setKeep] = useState<{ keepDaily: number; importDays: number } | null>(null);
  const setInstallation = useAppStore((s) => s.setInstallation);

  const load = useCallback(() => {
    Promise.all([invoke('backup.status', {}), invoke('backup.list', {})])
      .then(([s, l]) => {
        setStatus(s);
        setRows(l);
        setKeep(s.retention);
      })
      .catch((e: unknown) => notifyError(e, T.loadFailed));
  }, []);
  useEffect(load, [load]);

  const run = async (what: string, fn: () => Promise<void>) => {
    setBusy(what);
    try {
      await fn();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  const backupHere = () =>
    run('local', async () => {
      const r = await invoke('backup.create', { toDir: null, passphrase: null });
      notifySuccess(`Đã sao lưu và kiểm tra: ${r.local.fileName}`);
      load();
    });

  const backupToDir = () => {
    if (!toDir.trim()) return setToDirError('Hãy chọn thư mục cần lưu: bấm “Chọn…” rồi chọn ổ USB hoặc thư mục.');
    if (pass !== pass2) return notifyProblem('Hai lần nhập mật khẩu không giống nhau; hãy nhập lại.');
    setToDirError(null);
    return run('usb', async () => {
      try {
        const r = await invoke('backup.create', { toDir: toDir.trim(), passphrase: pass });
        notifySuccess(`Đã ghi và đọc lại tệp sao lưu ${r.file.split(/[\\/]/).pop() ?? r.file}.`);
        rememberFolder(BACKUP_DIR_KEY, toDir);
        setPass('');
        setPass2('');
        load();
      } catch (e) {
        // A folder that cannot take the file is said beside the folder; anything else as a notice.
        const beside = e instanceof ApiError ? e.fieldMessages().toDir : undefined;
        if (!beside) throw e;
        setToDirError(beside);
      }
    });
  };

  const askPreview = (path: string, passphrase: string | null) =>
    run('preview', async () => {
      setPreview(await invoke('backup.preview', { path, passphrase }));
      setTarget({ path, passphrase });
    });

  const restore = () =>
    run('restore', async () => {
      const r = await invoke('backup.restore', target!);
      setPreview(null);
      setTarget(null);
      notifySuccess(`Đã khôi phục bản lúc ${formatDateTime(r.restored.createdAt)}. Dữ liệu trước đó được giữ trong bản “Trước khi khôi phục”.`);
      // Every other screen reads the data afresh when opened; the header's unit and clerk now.
      if (props.onRestored) return props.onRestored();
      const st = await invoke('setup.status', {});
      if (st.installation) setInstallation(st.installation);
      load();
    });

  const saveKeep = () =>
    keep &&
    run('keep', async () => {
      setKeep(await invoke('backup.setRetention', keep));
      notifySuccess(T.saved);
    });

  return (
    <PageFrame
      title="Sao lưu và khôi phục"
      actions={
        <Button onClick={backupHere} loading={busy === 'local'} disabled={!!status?.damaged}>
          Sao lưu ngay
        </Button>
      }
    >
      <Stack gap="md" style={{ overflowY: 'auto', flex: 1, minHeight: 0 }} pb="md">
        {status?.damaged && (
          <Alert color="red" title="Dữ liệu bị hỏng: chỉ xem, không ghi được" role="alert">
            {status.message}
          </Alert>
        )}
        <Paper withBorder p="md">
          <Text fw={600}>Các bản sao lưu trên máy này</Text>
          <Text size="sm" c="dimmed" mb="xs">
            Tự động mỗi ngày khi mở chương trình, trước mỗi lần nhập gói, khôi phục hay nâng cấp; mỗi bản đều được kiểm tra toàn vẹn.
            {status && ` Thư mục: ${status.dataDir}`}
          </Text>
          <BackupList rows={rows} onRestore={(b) => void askPreview(b.path, null)} />
          {keep && (
            <Group mt="sm" align="flex-end" gap="sm">
              <NumberInput label="Giữ số bản hằng ngày" min={1} max={365} w={200} value={keep.keepDaily} onChange={(v) => setKeep({ ...keep, keepDaily: Number(v) || 1 })} />
              <NumberInput label="Giữ bản trước khi nhập (ngày)" min={1} max={365} w={250} value={keep.importDays} onChange={(v) => setKeep({ ...keep, importDays: Number(v) || 1 })} />
              <Button variant="default" onClick={saveKeep} loading={busy === 'keep'} disabled={!!status?.damaged}>
                Lưu cách giữ
              </Button>
            </Group>
          )}
        </Paper>
        <Paper withBorder p="md" component="section" aria-label="Sao lưu ra USB hoặc thư mục khác">
          <Text fw={600}>Sao lưu ra USB hoặc thư mục khác</Text>
          <Text size="sm" c="dimmed" mb="xs">
            Một tệp .tdkt-backup gồm toàn bộ dữ liệu và khóa ký của đơn vị. Khóa được mã hóa bằng mật khẩu bạn đặt: hãy ghi nhớ mật khẩu, khi khôi phục trên máy khác phải nhập đúng.
          </Text>
          {status && (
            <Text size="sm" mb="xs" data-testid="last-archive">
              {status.lastArchive
                ? `Lần sao lưu ra USB gần nhất: ${formatDateTime(status.lastArchive.at)} (tệp ${status.lastArchive.file.split(/[\\/]/).pop() ?? ''}).`
                : 'Chưa sao lưu ra USB lần nào.'}
            </Text>
          )}
          <Group align="flex-start" gap="sm">
            <OutDirInput
              label="Thư mục lưu (ví dụ ổ USB: E:\)"
              title="Chọn thư mục lưu tệp sao lưu"
              value={toDir}
              onChange={(v) => {
                setToDir(v);
                setToDirError(null);
              }}
              error={toDirError}
            />
            <PasswordInput label="Mật khẩu (ít nhất 8 ký tự)" value={pass} onChange={(e) => setPass(e.currentTarget.value)} w={220} />
            <PasswordInput label="Nhập lại mật khẩu" value={pass2} onChange={(e) => setPass2(e.currentTarget.value)} w={200} />
            <Button mt={25} onClick={backupToDir} loading={busy === 'usb'} disabled={!!status?.damaged}>
              Sao lưu ra thư mục này
            </Button>
          </Group>
        </Paper>
        <Paper withBorder p="md" component="section" aria-label="Khôi phục từ tệp">
          <Text fw={600}>Khôi phục từ tệp</Text>
          <Text size="sm" c="dimmed" mb="xs">
            Tệp .tdkt-backup trên USB, hoặc một bản .sqlite trong thư mục backups. Bạn sẽ xem trước số liệu trước khi dữ liệu thay đổi.
          </Text>
          <Group align="flex-end" gap="sm">
            <BackupFileInput value={file} onChange={setFile} start={toDir} />
            <PasswordInput label="Mật khẩu của tệp" value={filePass} onChange={(e) => setFilePass(e.currentTarget.value)} w={220} />
            <Button
              variant="light"
              loading={busy === 'preview'}
              onClick={() => (file.trim() ? void askPreview(file.trim(), filePass || null) : notifyProblem('Hãy chọn tệp sao lưu: bấm “Chọn…” bên cạnh ô “Đường dẫn tệp sao lưu”.'))}
            >
              Xem trước
            </Button>
          </Group>
        </Paper>
      </Stack>
      <RestorePreview
        preview={preview}
        busy={busy === 'restore'}
        onConfirm={() => void restore()}
        onCancel={() => {
          setPreview(null);
          setTarget(null);
        }}
      />
    </PageFrame>
  );
}

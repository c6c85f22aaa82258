import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ApiOutput, TrustedKeyRow } from '../../../src-shared/api';
import { formatFingerprint } from '../../../src-shared/exchange/fingerprint';
import { ApiError, errorMessage, invoke } from '../../api';
import { notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { levelLabel } from '../units/levels';
import { FingerprintConfirm, KEY_FILE_CHECK } from './FingerprintConfirm';
import { FolderChooser } from './FolderChooser';
import { folderOf } from './folderOf';
import { unitLabel } from './labels';
import { useOutDir } from './useOutDir';

type ChosenKey = ApiOutput<'trust.readKeyFile'>;
const NO_TICKS = Array<boolean>(8).fill(false);

/**
 * "Thêm khóa tin cậy": choose the unit's key file with "Chọn tệp khóa…" (the system's dialog in
 * the app, the served chooser in a browser: it opens on the package folder, the USB stick
 * usually), read and checked by the main process; then confirm its fingerprint against the
 * paper form, typed and compared group by group, or by ticking each of the 8 groups as compared.
 */
export function AddKeyModal({ trusted, onClose, onAdded }: { trusted: TrustedKeyRow[]; onClose: () => void; onAdded: () => void }) {
  const [packageDir] = useOutDir();
  const [chooser, setChooser] = useState(false);
  // "Chọn tệp khác…" opens where the last file was chosen.
  const [lastDir, setLastDir] = useState('');
  const [key, setKey] = useState<ChosenKey | null>(null);
  const [typed, setTyped] = useState('');
  const [ticks, setTicks] = useState<boolean[]>(NO_TICKS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chosen = async (file: string) => {
    setChooser(false);
    setError(null);
    setLastDir(folderOf(file));
    try {
      const k = await invoke('trust.readKeyFile', { path: file });
      setKey(k);
      setTicks(NO_TICKS);
      setTyped('');
    } catch (e) {
      setKey(null);
      setError(errorMessage(e));
    }
  };

  const pick = async () => {
    setError(null);
    try {
      const r = await invoke('folders.pickNativeFile', { title: 'Chọn tệp khóa công khai của đơn vị', filterName: 'Tệp khóa TĐKT', extensions: ['json'] });
      if (!r.supported) setChooser(true);
      else if (r.path) await chosen(r.path);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  // A unit that already has another trusted key made a new one (lost key): the new one replaces it.
  const replaced = key ? trusted.filter((k) => k.unitCode === key.unitCode && k.status === 'trusted' && k.keyId !== key.keyId) : [];
  const allTicked = ticks.every(Boolean);
  const ready = !!key && (typed.trim() !== '' || allTicked);

  const trust = async () => {
    if (!key) return;
    setBusy(true);
    setError(null);
    try {
      const fingerprint = typed.trim() || formatFingerprint(key.keyId);
      if (replaced.length) {
        const r = await invoke('trust.replace', { content: key.content, fingerprint });
        notifySuccess(`Đã tin cậy khóa mới của ${r.key.unitName}; khóa cũ đã bị thu hồi.`);
      } else {
        const row = await invoke('trust.add', { content: key.content, fingerprint });
        notifySuccess(`Đã tin cậy khóa của ${row.unitName}`);
      }
      onAdded();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Thêm khóa tin cậy" size={720} closeOnClickOutside={false}>
      <Stack gap="sm">
        {!key && (
          <>
            <Text data-testid="key-file-hint">
              Chọn tệp khóa công khai của đơn vị cấp trên hoặc cấp dưới (tệp <b>&lt;mã đơn vị&gt;.tdkt-key.json</b>, chép trên USB kèm phiếu
              đăng ký khóa có chữ ký, dấu của đơn vị).
            </Text>
            <Group>
              <Button onClick={() => void pick()}>Chọn tệp khóa…</Button>
            </Group>
          </>
        )}
        {key && (
          <>
            <Text data-testid="key-unit">
              Tệp <b>{key.fileName}</b>: khóa của <b>{unitLabel(key.unitName, key.unitCode)}</b> · Cấp: {levelLabel(key.level)}
            </Text>
            {replaced.length > 0 && (
              <Alert color="orange" data-testid="replaces-key">
                Đơn vị này đang có khóa tin cậy {replaced.map((k) => k.fingerprint).join(', ')}. Khóa trong tệp là khóa mới (đơn vị
                đổi khóa hoặc mất khóa cũ): khi tin cậy khóa mới, khóa cũ sẽ bị thu hồi và gói ký bằng khóa cũ bị từ chối.
              </Alert>
            )}
            <FingerprintConfirm
              keyId={key.keyId}
              ticks={ticks}
              onTicks={setTicks}
              typed={typed}
              onTyped={(v) => {
                setTyped(v);
                setError(null);
              }}
              {...KEY_FILE_CHECK}
            />
          </>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {T.cancel}
          </Button>
          {key && (
            <>
              <Button variant="default" onClick={() => void pick()} disabled={busy}>
                Chọn tệp khác…
              </Button>
              <Button onClick={() => void trust()} disabled={!ready} loading={busy}>
                Tin cậy khóa này
              </Button>
            </>
          )}
        </Group>
      </Stack>
      <FolderChooser
        opened={chooser}
        start={lastDir || packageDir.trim()}
        title="Chọn tệp khóa"
        fileSuffix=".json"
        hint={
          <Text size="sm" data-testid="chooser-expected">
            Cần tệp khóa công khai của đơn vị (tệp &lt;mã đơn vị&gt;.tdkt-key.json).
          </Text>
        }
        onClose={() => setChooser(false)}
        onChooseFile={(f) => void chosen(f)}
      />
    </Modal>
  );
}

import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { TrustedKeyRow } from '../../../src-shared/api';
import { notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { levelLabel } from '../units/levels';
import { FingerprintConfirm, KEY_FILE_CHECK } from './FingerprintConfirm';
import { FolderChooser } from './FolderChooser';
import { unitLabel } from './labels';
import { useKeyFileTrust } from './useKeyFileTrust';
import { useOutDir } from './useOutDir';

/**
 * "Thêm khóa tin cậy": choose the unit's key file with "Chọn tệp khóa…" (the system's dialog in
 * the app, the served chooser in a browser: it opens on the package folder, the USB stick
 * usually), read and checked by the main process; then confirm its fingerprint against the
 * paper form, typed and compared group by group, or by ticking each of the 8 groups as compared.
 */
export function AddKeyModal({ trusted, onClose, onAdded }: { trusted: TrustedKeyRow[]; onClose: () => void; onAdded: () => void }) {
  const [packageDir] = useOutDir();
  const { chooser, setChooser, lastDir, key, typed, onTyped, ticks, setTicks, error, busy, chosen, pick, replaced, ready, trust: trustKey } = useKeyFileTrust({
    trusted,
    pickTitle: 'Chọn tệp khóa công khai của đơn vị',
  });

  const trust = async () => {
    const r = await trustKey();
    if (!r) return;
    notifySuccess(r.replaced ? `Đã tin cậy khóa mới của ${r.unitName}; khóa cũ đã bị thu hồi.` : `Đã tin cậy khóa của ${r.unitName}`);
    onAdded();
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
              onTyped={onTyped}
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

import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput, TrustedKeyRow } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';
import { T } from '../../app/strings';
import { levelLabel } from '../units/levels';
import { FingerprintConfirm, KEY_FILE_CHECK } from './FingerprintConfirm';
import { FolderChooser } from './FolderChooser';
import { folderOf } from './folderOf';
import { unitLabel } from './labels';
import { useKeyFileTrust, type ChosenKey } from './useKeyFileTrust';

type Sender = ApiOutput<'trust.packageSender'>;

/** Why the chosen key file cannot be the one that signed the package, or null. */
function keyProblem(sender: Sender, key: ChosenKey): string | null {
  const who = unitLabel(sender.unitName, sender.unitCode);
  if (key.unitCode !== sender.unitCode) {
    return `Tệp “${key.fileName}” là khóa của ${unitLabel(key.unitName, key.unitCode)}, không phải của ${who}. Hãy chọn tệp khóa của ${who}.`;
  }
  if (key.keyId !== sender.keyId) {
    return `Tệp “${key.fileName}” là một khóa khác của ${who}, không phải khóa đã ký gói này (có thể đơn vị đã đổi khóa). Hãy xin đơn vị tệp khóa đúng, hoặc đề nghị gửi lại gói ký bằng khóa mới.`;
  }
  return null;
}

/**
 * "Thêm khóa tin cậy…" on a package refused for its untrusted key: choose the sender's key file
 * (the system's dialog, or the served chooser), checked against the unit the package names; then
 * the fingerprint compared group by group with the paper form; then the package imported again.
 */
export function TrustSenderModal(props: { source: ApiInput<'exchange.preview'>; onClose: () => void; onReimport: () => void }) {
  const [sender, setSender] = useState<Sender | null>(null);
  const [trusted, setTrusted] = useState<TrustedKeyRow[]>([]);
  const [done, setDone] = useState<string | null>(null);

  const who = sender ? unitLabel(sender.unitName, sender.unitCode) : '';
  const start = 'path' in props.source ? folderOf(props.source.path) : '';

  const { chooser, setChooser, lastDir, key, typed, onTyped, ticks, setTicks, error, setError, busy, chosen, pick, replaced, ready, trust: trustKey } = useKeyFileTrust({
    trusted,
    pickTitle: `Chọn tệp khóa của ${who}`,
    problem: (k) => (sender ? keyProblem(sender, k) : null),
    keepOnError: true,
  });
  const replaces = replaced.length > 0;

  useEffect(() => {
    invoke('trust.packageSender', props.source).then(setSender, (e: unknown) => setError(errorMessage(e)));
    invoke('trust.list', {}).then(setTrusted, () => setTrusted([]));
  }, [props.source]);

  const trust = async () => {
    const r = await trustKey();
    if (r && key) setDone(`Đã tin cậy khóa của ${unitLabel(key.unitName, key.unitCode)}${r.replaced ? '; khóa cũ của đơn vị đã bị thu hồi' : ''}.`);
  };

  return (
    <Modal opened onClose={props.onClose} title="Thêm khóa tin cậy của đơn vị gửi" size={720} closeOnClickOutside={false}>
      <Stack gap="sm">
        {!sender && !error && <Loader size="sm" />}
        {sender && !key && (
          <>
            <Text data-testid="expected-sender">
              Gói này ghi là do <b>{who}</b> gửi. Hãy chọn tệp khóa công khai của đơn vị này (thường là <b>{sender.unitCode}.tdkt-key.json</b>, chép
              trên USB kèm phiếu đăng ký khóa có chữ ký, dấu).
            </Text>
            <Group>
              <Button onClick={() => void pick()}>Chọn tệp khóa…</Button>
            </Group>
          </>
        )}
        {key && !done && (
          <>
            <Text data-testid="key-unit">
              Tệp <b>{key.fileName}</b>: khóa của <b>{unitLabel(key.unitName, key.unitCode)}</b> · Cấp: {levelLabel(key.level)}, đúng đơn vị gửi gói.
            </Text>
            {replaces && (
              <Alert color="orange" data-testid="replaces-key">
                Đơn vị này đang có một khóa tin cậy khác. Khi tin cậy khóa này, khóa cũ sẽ bị thu hồi và gói ký bằng khóa cũ bị từ chối.
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
        {done && (
          <Alert color="green" title={done} data-testid="trusted-done">
            Gói bị từ chối lúc nãy giờ có thể nhập lại: máy kiểm tra lại chữ ký rồi nhập.
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          {done ? (
            <>
              <Button variant="default" onClick={props.onClose}>
                Để sau
              </Button>
              <Button onClick={props.onReimport}>Nhập lại gói này</Button>
            </>
          ) : (
            <>
              <Button variant="default" onClick={props.onClose} disabled={busy}>
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
            </>
          )}
        </Group>
      </Stack>
      <FolderChooser
        opened={chooser}
        start={lastDir || start}
        title="Chọn tệp khóa"
        fileSuffix=".json"
        hint={
          <Text size="sm" data-testid="chooser-expected">
            Cần tệp khóa của <b>{who}</b> ({sender?.unitCode}.tdkt-key.json).
          </Text>
        }
        onClose={() => setChooser(false)}
        onChooseFile={(f) => void chosen(f)}
      />
    </Modal>
  );
}

import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TrustedKeyRow } from '../../../src-shared/api';
import { keyFile, type KeyFile } from '../../../src-shared/exchange/envelope';
import { formatFingerprint } from '../../../src-shared/exchange/fingerprint';
import { ApiError, errorMessage, invoke } from '../../api';
import { notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { levelLabel } from '../units/levels';
import { unitLabel } from './labels';
import { FingerprintConfirm } from './FingerprintConfirm';

const NO_TICKS = Array<boolean>(8).fill(false);

/** Reads a key file far enough to show whose it is; the main process checks it fully. */
function parseKey(text: string): KeyFile | null {
  try {
    const r = keyFile.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * "Thêm khóa tin cậy": pick the unit's key file, then confirm its fingerprint against the
 * paper form, by typing it or by ticking each of the 8 groups as compared.
 */
export function AddKeyModal({ trusted, onClose, onAdded }: { trusted: TrustedKeyRow[]; onClose: () => void; onAdded: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState('');
  const [key, setKey] = useState<KeyFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [ticks, setTicks] = useState<boolean[]>(NO_TICKS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (f: File | null) => {
    setFile(f);
    setKey(null);
    setFileError(null);
    setError(null);
    setTicks(NO_TICKS);
    if (!f) return;
    const text = await f.text();
    const parsed = parseKey(text);
    setContent(text);
    setKey(parsed);
    if (!parsed) setFileError('Tệp không phải tệp khóa công khai TĐKT hợp lệ. Hãy chọn tệp .tdkt-key.json do đơn vị kia xuất ra.');
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
        const r = await invoke('trust.replace', { content, fingerprint });
        notifySuccess(`Đã tin cậy khóa mới của ${r.key.unitName}; khóa cũ đã bị thu hồi.`);
      } else {
        const row = await invoke('trust.add', { content, fingerprint });
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
        <FileInput
          label="Tệp khóa công khai của đơn vị (.json)"
          placeholder="Chọn tệp <mã đơn vị>.tdkt-key.json"
          accept=".json,application/json"
          value={file}
          onChange={(f) => void pick(f)}
          error={fileError}
          clearable
        />
        {key && (
          <>
            <Text data-testid="key-unit">
              Đơn vị: <b>{unitLabel(key.unitName, key.unitCode)}</b> · Cấp: {levelLabel(key.level)}
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
              title="Dấu vân tay của tệp"
              hint="Cầm phiếu đăng ký khóa có chữ ký, dấu của đơn vị (hoặc nghe đơn vị đọc qua điện thoại) và gõ dấu vân tay ghi trên phiếu: máy so từng nhóm với tệp khóa."
              typedLabel="Dấu vân tay đọc từ phiếu đăng ký khóa"
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
          <Button onClick={() => void trust()} disabled={!ready} loading={busy}>
            Tin cậy khóa này
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

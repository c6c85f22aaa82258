import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { compareFingerprint } from '../../../src-shared/exchange/fingerprint';
import { FingerprintCheck } from './FingerprintCheck';

/** What the typed fingerprint compares to, group by group, without showing the key's own value. */
function typedVerdict(keyId: string, typed: string): { text: string; color: string } | null {
  if (!typed.trim()) return null;
  const c = compareFingerprint(keyId, typed);
  if (c.kind === 'match') return { text: 'Khớp cả 8 nhóm.', color: 'green.8' };
  if (c.kind === 'malformed') return { text: `Đã nhập ${c.length}/32 ký tự (0–9, a–f); gõ tiếp cho đủ 8 nhóm.`, color: 'dimmed' };
  return { text: `Khác ở nhóm ${c.groups.join(', ')}: đọc lại trên phiếu; nếu vẫn khác, đừng tin cậy khóa này.`, color: 'red.8' };
}

/**
 * A person confirms a key's fingerprint against the unit's signed key-registration form: by
 * typing what the form says (compared group by group as it is typed), or, on request, by ticking
 * "Khớp" for each group shown on screen. The key's own groups are not shown beside the box where
 * the form's fingerprint is typed, so they cannot be copied instead of read from the paper.
 * Used for a first key, a refused package's sender and a unit's announced new key alike.
 */
/** What a key file's fingerprint is compared with: the signed paper form (both ways of adding a key file say the same). */
export const KEY_FILE_CHECK = {
  title: 'Dấu vân tay của tệp',
  hint: 'Cầm phiếu đăng ký khóa có chữ ký, dấu của đơn vị (hoặc nghe đơn vị đọc qua điện thoại) và gõ dấu vân tay ghi trên phiếu: máy so từng nhóm với tệp khóa.',
  typedLabel: 'Dấu vân tay đọc từ phiếu đăng ký khóa',
} as const;

export function FingerprintConfirm(props: {
  keyId: string;
  ticks: boolean[];
  onTicks: (t: boolean[]) => void;
  typed: string;
  onTyped: (v: string) => void;
  title: string;
  hint: string;
  typedLabel: string;
}) {
  const [mode, setMode] = useState<'type' | 'tick'>('type');
  const verdict = typedVerdict(props.keyId, props.typed);
  const switchTo = (m: 'type' | 'tick') => {
    props.onTyped('');
    props.onTicks(props.ticks.map(() => false));
    setMode(m);
  };
  return (
    <>
      <Text size="sm" fw={600}>
        {props.title}
      </Text>
      <Text size="sm" c="dimmed">
        {props.hint}
      </Text>
      {mode === 'type' ? (
        <>
          <TextInput
            label={props.typedLabel}
            placeholder="8 nhóm, mỗi nhóm 4 ký tự; có thể gõ liền hoặc cách nhau"
            value={props.typed}
            onChange={(e) => props.onTyped(e.currentTarget.value)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            spellCheck={false}
            autoComplete="off"
            description={
              verdict ? (
                <Text component="span" size="sm" c={verdict.color} data-testid="typed-verdict">
                  {verdict.text}
                </Text>
              ) : undefined
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => switchTo('tick')}>
              So từng nhóm trên màn hình thay vì gõ
            </Button>
          </Group>
        </>
      ) : (
        <>
          <FingerprintCheck keyId={props.keyId} checked={props.ticks} onChange={props.onTicks} />
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => switchTo('type')}>
              Gõ dấu vân tay trên phiếu thay vì so từng nhóm
            </Button>
          </Group>
        </>
      )}
    </>
  );
}

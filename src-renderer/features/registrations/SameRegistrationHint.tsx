import { Alert, Anchor, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { invoke } from '../../api';
import type { RegistrationDraft } from './registrationDraft';

type Same = ApiOutput<'registrations.findSame'>;

/**
 * Asked as the clerk picks the movement and the registrant (not only at save): "Đã có đăng ký
 * của Thôn Đông cho phong trào … năm 2026 — Mở đăng ký đó", a link to the one already made.
 */
export function SameRegistrationHint(props: { draft: RegistrationDraft; year: number; selfId: string | null; onOpen: (id: string) => void }) {
  const { movementId, registrantKind, unitId, collectiveId } = props.draft;
  const [asked] = useDebouncedValue(JSON.stringify({ movementId, registrantKind, unitId, collectiveId, year: props.year, selfId: props.selfId }), 300);
  const [same, setSame] = useState<Same>(null);

  useEffect(() => {
    const q = JSON.parse(asked) as { movementId: string | null; registrantKind: 'unit' | 'collective'; unitId: string | null; collectiveId: string | null; year: number; selfId: string | null };
    if (!q.movementId || (q.registrantKind === 'unit' ? !q.unitId : !q.collectiveId)) {
      setSame(null);
      return;
    }
    let alive = true;
    invoke('registrations.findSame', {
      year: q.year, movementId: q.movementId, registrantKind: q.registrantKind, excludeId: q.selfId,
      unitId: q.registrantKind === 'unit' ? q.unitId : null, collectiveId: q.registrantKind === 'collective' ? q.collectiveId : null,
    })
      .then((r) => alive && setSame(r))
      // A failed check is not a failed form: saving checks again and says why.
      .catch(() => alive && setSame(null));
    return () => {
      alive = false;
    };
  }, [asked]);

  if (!same) return null;
  // "… nông thôn mới" năm 2026", not "… năm 2026 năm 2026" when the movement's name has the year.
  const movement = same.movementName ?? 'phong trào này';
  const yearText = movement.includes(`năm ${same.year}`) ? '' : ` năm ${same.year}`;
  return (
    <Alert color="orange" py={8} data-testid="same-registration">
      <Text size="sm">
        Đã có đăng ký của <b>{same.registrantName}</b> cho {movement}
        {yearText} — không lưu được bản thứ hai.{' '}
        <Anchor component="button" type="button" size="sm" fw={600} onClick={() => props.onOpen(same.id)}>
          Mở đăng ký đó
        </Anchor>
      </Text>
    </Alert>
  );
}

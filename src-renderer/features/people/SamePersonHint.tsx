import { Alert, Anchor, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import type { PersonDraft } from './personDraft';

/**
 * Asked as the name, the birth and the unit are filled (not only after saving): "Đã có Nguyễn
 * Văn An, sinh ngày 01/05/1980, Xã Tân Phong — Mở người này", so nobody is entered twice.
 */
export function SamePersonHint(props: { draft: PersonDraft; selfId: string | null; onOpen?: (id: string) => void }) {
  const d = props.draft;
  const birthDate = d.yearOnly ? null : parseDate(d.birthDateText);
  const year = Number(d.birthYearText.trim());
  const query: ApiInput<'people.findSame'> = {
    familyName: d.familyName, middleName: d.middleName, givenName: d.givenName, birthDate,
    birthYear: d.yearOnly && Number.isInteger(year) && year > 1900 ? year : null, unitId: d.unitId, excludeId: props.selfId,
  };
  const [asked] = useDebouncedValue(JSON.stringify(query), 400);
  const [same, setSame] = useState<ApiOutput<'people.findSame'>>(null);

  useEffect(() => {
    const q = JSON.parse(asked) as ApiInput<'people.findSame'>;
    if (!q.givenName?.trim() || (!q.birthDate && !q.birthYear)) {
      setSame(null);
      return;
    }
    let alive = true;
    invoke('people.findSame', q)
      .then((r) => alive && setSame(r))
      // A failed check is not a failed form: the clerk can still save.
      .catch(() => alive && setSame(null));
    return () => {
      alive = false;
    };
  }, [asked]);

  if (!same) return null;
  const born = same.birthDate ? `sinh ngày ${formatDate(same.birthDate)}` : `sinh năm ${same.birthYear}`;
  return (
    <Alert color="orange" py={8} data-testid="same-person">
      <Text size="sm">
        Đã có <b>{same.fullName}</b>, {born}
        {same.unitName ? `, ${same.unitName}` : ''} trong danh sách cá nhân — có thể đây là cùng một người.{' '}
        {props.onOpen && (
          <Anchor component="button" type="button" size="sm" fw={600} onClick={() => props.onOpen?.(same.id)}>
            Mở người này
          </Anchor>
        )}
      </Text>
    </Alert>
  );
}

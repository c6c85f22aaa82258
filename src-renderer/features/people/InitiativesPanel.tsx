import { Badge, Center, Loader, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Initiative } from '../../../src-shared/api';
import { formatShare } from '../../../src-shared/rules/initiatives';
import { formatDate } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { T } from '../../app/strings';
import { scopeLabel, STATUS_COLORS, statusLabel } from '../initiatives/labels';

/**
 * "Sáng kiến" tab of the person form: the initiatives this person is an author of, with the
 * scope recognised (the upper level's when it decided a wider one), the status, the share, and
 * the dossier that already counted it (an initiative serves one award only).
 */
export function InitiativesPanel({ personId }: { personId: string }) {
  const [rows, setRows] = useState<Initiative[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    invoke('initiatives.ofPerson', { personId })
      .then((r) => alive && setRows(r))
      .catch((e: unknown) => alive && setError(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [personId]);

  if (error) return <Text c="red">{error}</Text>;
  if (!rows) {
    return (
      <Center py="lg">
        <Loader size="sm" />
      </Center>
    );
  }
  if (!rows.length) {
    return (
      <Text c="dimmed" py="md" data-testid="person-initiatives-empty">
        Chưa là tác giả của sáng kiến nào. Đơn yêu cầu công nhận sáng kiến được ghi ở mục “Sáng kiến”.
      </Text>
    );
  }
  return (
    <Table layout="fixed" verticalSpacing={6} aria-label="Sáng kiến của cá nhân" data-testid="person-initiatives">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>Năm</Table.Th>
          <Table.Th>Tên sáng kiến</Table.Th>
          <Table.Th w={110}>Phạm vi</Table.Th>
          <Table.Th w={180}>Trạng thái</Table.Th>
          <Table.Th w={90}>Tỷ lệ</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((i) => {
          const share = i.authors.find((a) => a.personId === personId)?.share;
          const scope = i.upperDecision?.scope ?? i.scope;
          return (
            <Table.Tr key={i.id} data-testid="person-initiative">
              <Table.Td>{i.year}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {i.title}
                </Text>
                {i.recognisedOn && (
                  <Text size="xs" c="dimmed">
                    Quyết định số {i.decisionNumber} ngày {formatDate(i.recognisedOn)}
                  </Text>
                )}
                {i.usedBy && (
                  <Text size="xs" c="orange.8" data-testid="used-by">
                    Đã dùng cho hồ sơ “{i.usedBy.dossierTitle ?? T.none}”
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{scope ? scopeLabel(scope) : '—'}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[i.status]} variant="light">
                  {statusLabel(i.status)}
                </Badge>
              </Table.Td>
              <Table.Td>{share === undefined ? '—' : `${formatShare(share)}%`}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

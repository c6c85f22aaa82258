import { Badge, Button, CloseButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { invoke } from '../../api';
import { formatCount } from '../../app/format';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyError } from '../../app/notify';
import { notifyUndo } from '../../app/undo';
import { NomineeDrawer } from './NomineeDrawer';
import { NomineePicker } from './NomineePicker';
import { useCatalogue } from './useCatalogue';
import type { Eligibility, NomineeRow } from './useDossier';
import { VerdictLight } from './Verdict';

/**
 * "Danh sách đề nghị": the people (or collectives) proposed, with their summary and the engine's
 * light; a row opens in a drawer for the summary, report and facts (votes: the meeting's table).
 */
export function NomineesSection(props: {
  dossier: Dossier;
  nominees: NomineeRow[];
  eligibility: Eligibility | null;
  /** Beside the feedback panel: the summary goes under the name instead of its own column. */
  compact?: boolean;
  onChanged: () => void;
}) {
  const { dossier, nominees, eligibility } = props;
  const [picking, setPicking] = useState<'person' | 'collective' | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const { catalogue } = useCatalogue(dossier.referenceDate);
  const subject = catalogue?.awards.find((a) => a.code === dossier.awardCode)?.subject ?? null;
  const editable = dossier.editable;
  const compact = !!props.compact;
  const open = nominees.find((n) => n.id === openId) ?? null;
  const verdict = (id: string) => eligibility?.nominees.find((e) => e.nomineeId === id)?.overall ?? null;

  const [removing, setRemoving] = useState<NomineeRow | null>(null);
  const remove = async (n: NomineeRow) => {
    try {
      await invoke('dossiers.removeNominee', { dossierId: dossier.id, nomineeId: n.id });
      setRemoving(null);
      notifyUndo(`Đã bỏ ${n.name} khỏi hồ sơ`, () => invoke('dossiers.restoreNominee', { dossierId: dossier.id, nomineeId: n.id }), props.onChanged);
      props.onChanged();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="Danh sách đề nghị">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={3} size="h5">
              Danh sách đề nghị
            </Title>
            <Badge variant="light" data-testid="nominees-count">
              {formatCount(nominees.length)}
            </Badge>
          </Group>
          {editable && (
            <Group gap="xs">
              {subject !== 'collective' && subject !== 'household' && (
                <Button size="xs" variant="light" onClick={() => setPicking('person')}>
                  Thêm cá nhân
                </Button>
              )}
              {subject !== 'individual' && (
                <Button size="xs" variant="light" onClick={() => setPicking('collective')}>
                  Thêm tập thể
                </Button>
              )}
            </Group>
          )}
        </Group>
        {nominees.length === 0 ? (
          <Text size="sm" c="dimmed">
            Chưa có ai trong hồ sơ.{editable ? ` Bấm “${subject === 'individual' ? 'Thêm cá nhân' : subject ? 'Thêm tập thể' : 'Thêm cá nhân'}” để chọn người được đề nghị.` : ''}
          </Text>
        ) : (
          <Table layout="fixed" verticalSpacing={4} striped withTableBorder highlightOnHover aria-label="Danh sách đề nghị">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={50}>STT</Table.Th>
                <Table.Th w={compact ? undefined : '26%'}>{subject === 'individual' ? 'Họ và tên' : 'Người, tập thể'}</Table.Th>
                {!compact && <Table.Th>Tóm tắt thành tích</Table.Th>}
                <Table.Th w={compact ? 170 : 180}>Điều kiện</Table.Th>
                <Table.Th w={editable ? 136 : 96} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nominees.map((n, i) => {
                const v = verdict(n.id);
                return (
                  <Table.Tr key={n.id} data-testid="nominee-row">
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600} truncate="end" title={n.name}>
                        {n.name}
                      </Text>
                      <Text size="xs" c="dimmed" truncate="end" title={n.detail}>
                        {n.detail}
                      </Text>
                      {compact && n.summary && (
                        <Text size="sm" lineClamp={2} title={n.summary}>
                          {n.summary}
                        </Text>
                      )}
                    </Table.Td>
                    {!compact && (
                      <Table.Td>
                        <Text size="sm" lineClamp={2} title={n.summary} c={n.summary ? undefined : 'dimmed'}>
                          {n.summary || '(chưa có)'}
                        </Text>
                      </Table.Td>
                    )}
                    <Table.Td>{v ? <VerdictLight result={v} /> : '…'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button size="compact-sm" variant="subtle" onClick={() => setOpenId(n.id)} aria-label={`Chi tiết ${n.name}`}>
                          Chi tiết
                        </Button>
                        {editable && <CloseButton aria-label={`Bỏ ${n.name} khỏi hồ sơ`} title="Bỏ khỏi hồ sơ" onClick={() => setRemoving(n)} />}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {picking && (
        <NomineePicker
          kind={picking}
          dossierId={dossier.id}
          listed={new Set(nominees.filter((n) => n.subjectType === picking).map((n) => n.subjectId))}
          onClose={() => setPicking(null)}
          onAdded={() => {
            setPicking(null);
            props.onChanged();
          }}
        />
      )}
      {open && (
        <NomineeDrawer
          key={open.id}
          dossier={dossier}
          nominee={open}
          onClose={() => setOpenId(null)}
          onSaved={() => {
            setOpenId(null);
            props.onChanged();
          }}
          // A saved báo cáo counts in the documents checklist and makes the dossier a new rev: read it again.
          onReportSaved={() => void props.onChanged()}
        />
      )}
      <ConfirmDialog
        opened={!!removing}
        title={`Bỏ ${removing?.name ?? ''} khỏi hồ sơ?`}
        message="Tóm tắt, báo cáo thành tích, số phiếu và sáng kiến gắn với người này được bỏ theo. Có thể bấm “Hoàn tác” ngay sau khi bỏ."
        confirmLabel="Bỏ khỏi hồ sơ"
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </Paper>
  );
}

import { Badge, Button, CloseButton, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { RegistrationEntry } from '../../../src-shared/api';
import { titleName } from '../../../src-shared/catalog/titles';
import { invoke } from '../../api';
import { formatBirthYear, formatCount } from '../../app/format';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyError } from '../../app/notify';
import { notifyUndo } from '../../app/undo';
import { INDIVIDUAL_TITLE_OPTIONS } from './labels';
import { PeoplePicker } from './PeoplePicker';
import { SheetImportModal } from './SheetImportModal';

type Entry = RegistrationEntry;

/**
 * "Danh sách cá nhân đăng ký" below a registration: the people, each with the title aimed at
 * (changed in place) and a note; added from the people list or from a spreadsheet.
 */
export function EntriesSection(props: { registrationId: string | null; entries: Entry[]; editable: boolean; onChanged: () => void }) {
  const { registrationId, entries, editable, onChanged } = props;
  const [adding, setAdding] = useState<'people' | 'sheet' | null>(null);

  const update = async (e: Entry, patch: { title?: string; note?: string }) => {
    if (!registrationId) return;
    try {
      await invoke('registrations.updateEntry', { registrationId, entryId: e.id, title: patch.title ?? e.title, note: patch.note ?? e.note });
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  const [removing, setRemoving] = useState<Entry | null>(null);
  const remove = async (e: Entry) => {
    if (!registrationId) return;
    try {
      await invoke('registrations.removeEntry', { registrationId, entryId: e.id });
      setRemoving(null);
      notifyUndo(`Đã bỏ ${e.fullName} khỏi danh sách`, () => invoke('registrations.restoreEntry', { registrationId, entryId: e.id }), onChanged);
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  const done = () => {
    setAdding(null);
    onChanged();
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="Danh sách cá nhân đăng ký">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={3} size="h5">
              Danh sách cá nhân đăng ký
            </Title>
            <Badge variant="light" data-testid="entries-count">
              {formatCount(entries.length)} người
            </Badge>
          </Group>
          {editable && (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setAdding('people')} disabled={!registrationId}>
                Thêm từ danh sách
              </Button>
              <Button size="xs" variant="light" onClick={() => setAdding('sheet')} disabled={!registrationId}>
                Thêm từ Excel
              </Button>
            </Group>
          )}
        </Group>
        {!registrationId ? (
          <Text size="sm" c="dimmed">
            Lưu bản đăng ký trước, rồi thêm cá nhân vào danh sách.
          </Text>
        ) : entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            Chưa có cá nhân nào trong danh sách.{editable ? ' Bấm “Thêm từ danh sách” hoặc “Thêm từ Excel”.' : ''}
          </Text>
        ) : (
          <Table layout="fixed" verticalSpacing={4} striped aria-label="Danh sách cá nhân đăng ký" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={50}>STT</Table.Th>
                <Table.Th>Họ và tên</Table.Th>
                <Table.Th w={105}>Năm sinh</Table.Th>
                <Table.Th>Chức vụ</Table.Th>
                <Table.Th w={230}>Danh hiệu</Table.Th>
                <Table.Th w={200}>Ghi chú</Table.Th>
                {editable && <Table.Th w={44} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e, i) => (
                <Table.Tr key={e.id} data-testid="entry-row">
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} truncate="end" title={e.fullName}>
                      {e.fullName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatBirthYear(e.birthDate, e.birthYear)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end" title={e.position}>
                      {e.position}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {editable ? (
                      <NativeSelect
                        size="xs"
                        aria-label={`Danh hiệu của ${e.fullName}`}
                        data={INDIVIDUAL_TITLE_OPTIONS}
                        value={e.title}
                        onChange={(ev) => void update(e, { title: ev.currentTarget.value })}
                      />
                    ) : (
                      titleName(e.title)
                    )}
                  </Table.Td>
                  <Table.Td>
                    {editable ? (
                      <TextInput
                        key={`${e.id}:${e.note}`}
                        size="xs"
                        aria-label={`Ghi chú của ${e.fullName}`}
                        defaultValue={e.note}
                        onBlur={(ev) => ev.currentTarget.value !== e.note && void update(e, { note: ev.currentTarget.value })}
                        onKeyDown={(ev) => ev.key === 'Enter' && ev.currentTarget.blur()}
                        autoComplete="off"
                      />
                    ) : (
                      <Text size="sm" truncate="end" title={e.note}>
                        {e.note}
                      </Text>
                    )}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <CloseButton aria-label={`Bỏ ${e.fullName} khỏi danh sách`} title="Bỏ khỏi danh sách" onClick={() => setRemoving(e)} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {adding === 'people' && registrationId && (
        <PeoplePicker
          registrationId={registrationId}
          listed={new Set(entries.map((e) => e.personId))}
          onClose={() => setAdding(null)}
          onAdded={done}
        />
      )}
      {adding === 'sheet' && registrationId && <SheetImportModal registrationId={registrationId} onClose={() => setAdding(null)} onAdded={done} />}
      <ConfirmDialog
        opened={!!removing}
        title={`Bỏ ${removing?.fullName ?? ''} khỏi danh sách?`}
        message="Danh hiệu đăng ký và ghi chú của người này được bỏ theo. Có thể bấm “Hoàn tác” ngay sau khi bỏ."
        confirmLabel="Bỏ khỏi danh sách"
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </Paper>
  );
}

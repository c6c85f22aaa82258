import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { formatCount } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { daysLeftLabel } from './labels';
import type { Overview } from './useOverview';

/**
 * The deadline of the year's registrations (31/03 unless changed here), the days left, and
 * what this unit has registered and sent; `note` says which year that is when the list below
 * shows more than one. `children` go on the right (the print buttons).
 */
export function DeadlineCard(props: { year: number; overview: Overview | null; onChanged: () => void; note?: string | null; children?: ReactNode }) {
  const { overview, year } = props;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const left = overview ? daysLeftLabel(overview.daysLeft) : null;

  const start = () => {
    setText(formatDate(overview?.deadline));
    setError(null);
    setEditing(true);
  };

  const save = async () => {
    const iso = parseDate(text);
    if (!iso) return setError('Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.');
    setBusy(true);
    try {
      await invoke('registrations.setDeadline', { year, deadline: iso });
      notifySuccess(`Đã đổi hạn đăng ký năm ${year} thành ${formatDate(iso)}`);
      setEditing(false);
      props.onChanged();
    } catch (e) {
      if (e instanceof ApiError) setError(e.fieldMessages().deadline ?? e.message);
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="Hạn đăng ký">
      <Group justify="space-between" wrap="nowrap" align="center" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          {editing ? (
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label="Hạn đăng ký mới"
                placeholder="dd/mm/yyyy"
                value={text}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  setError(null);
                }}
                onKeyDown={(e) => e.key === 'Enter' && void save()}
                error={error}
                w={150}
                size="xs"
                data-autofocus
                autoComplete="off"
              />
              <Button size="xs" onClick={() => void save()} loading={busy}>
                Lưu hạn
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(false)} disabled={busy}>
                Hủy
              </Button>
            </Group>
          ) : (
            <Group gap="sm" wrap="nowrap">
              <Text fw={600} data-testid="deadline" style={{ whiteSpace: 'nowrap' }}>
                Hạn gửi đăng ký năm {year}: {overview ? formatDate(overview.deadline) : '…'}
              </Text>
              {left && (
                <Badge color={left.color} variant="light" size="lg" data-testid="days-left" style={{ flex: 'none' }}>
                  {left.text}
                </Badge>
              )}
              <Button size="compact-sm" variant="subtle" onClick={start} disabled={!overview} style={{ flex: 'none' }}>
                Đổi hạn
              </Button>
            </Group>
          )}
          {overview && (
            <Text size="sm" c="dimmed" data-testid="own-summary">
              Đơn vị này: {formatCount(overview.own.registrations)} bản đăng ký, {formatCount(overview.own.entries)} cá nhân đăng ký,
              đã gửi {formatCount(overview.own.sent)}/{formatCount(overview.own.registrations)}.
            </Text>
          )}
          {props.note && (
            <Text size="sm" c="blue.8" data-testid="card-year-note">
              {props.note}
            </Text>
          )}
        </Stack>
        {props.children && (
          <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
            {props.children}
          </Group>
        )}
      </Group>
    </Paper>
  );
}

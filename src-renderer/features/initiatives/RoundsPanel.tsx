import { Badge, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { InitiativeRound } from '../../../src-shared/api';
import { maxTotal } from '../../../src-shared/rules/initiatives';
import { formatDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { DocumentPreview, type PrintedDocument } from '../../app/DocumentPreview';
import { notifyError, notifySuccess } from '../../app/notify';
import { CouncilForm } from './CouncilForm';
import { KeepOpenDialog } from './KeepOpenDialog';
import { localDay, ROUND_STATE_COLORS } from './labels';
import { RoundForm } from './RoundForm';

/**
 * The year's rounds (đợt I, đợt II…) as cards: deadline, meeting, council, counts; edit, council,
 * open / close, and the round's minutes and decision in the preview.
 */
export function RoundsPanel(props: { year: number; rounds: InitiativeRound[] | null; onChanged: () => void }) {
  const { year, rounds } = props;
  const [editing, setEditing] = useState<InitiativeRound | 'new' | null>(null);
  const [council, setCouncil] = useState<InitiativeRound | null>(null);
  const [keeping, setKeeping] = useState<InitiativeRound | null>(null);
  const [doc, setDoc] = useState<PrintedDocument | null>(null);
  const [busy, setBusy] = useState(false);

  const createDefaults = async () => {
    setBusy(true);
    try {
      await invoke('initiatives.createDefaultRounds', { year });
      notifySuccess(`Đã tạo Đợt I và Đợt II năm ${year}`);
      props.onChanged();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const setStatus = async (r: InitiativeRound, status: 'open' | 'closed') => {
    try {
      await invoke('initiatives.setRoundStatus', { id: r.id, status });
      notifySuccess(status === 'closed' ? `Đã khóa ${r.name}` : `Đã mở lại ${r.name}`);
      props.onChanged();
    } catch (e) {
      notifyError(e);
    }
  };

  const stopKeeping = async (r: InitiativeRound) => {
    try {
      await invoke('initiatives.keepRoundOpen', { id: r.id, reason: null });
      notifySuccess(`${r.name} thôi nhận hồ sơ sau hạn`);
      props.onChanged();
    } catch (e) {
      notifyError(e);
    }
  };

  const next = Math.max(0, ...(rounds ?? []).map((r) => r.number)) + 1;

  return (
    <Stack gap={6} role="region" aria-label="Đợt xét sáng kiến">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600} size="sm">
          Đợt xét sáng kiến năm {year}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {rounds?.length === 0 && (
            <Button size="xs" onClick={() => void createDefaults()} loading={busy}>
              Tạo đợt mặc định
            </Button>
          )}
          <Button size="xs" variant="default" onClick={() => setEditing('new')} disabled={!rounds}>
            Thêm đợt
          </Button>
        </Group>
      </Group>
      {rounds?.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="rounds-empty">
          Chưa có đợt xét nào của năm {year}. “Tạo đợt mặc định” tạo Đợt I (hạn nhận đơn 30/6) và Đợt II (30/11) với phiếu chấm điểm mặc định.
        </Text>
      )}
      <Group gap="sm" align="stretch" wrap="wrap">
        {rounds?.map((r) => (
          <Paper key={r.id} withBorder p="xs" w={360} data-testid="round-card" aria-label={r.name} role="group">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={700} size="sm" truncate="end">
                {r.name}
              </Text>
              <Badge color={ROUND_STATE_COLORS[r.state]} variant="light" style={{ flex: 'none' }} data-testid="round-state">
                {r.stateText}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              Hạn nhận đơn {formatDate(r.deadline) || '—'} · Họp Hội đồng {formatDate(r.meetingDate) || '—'}
            </Text>
            <Text size="xs" c="dimmed" data-testid="round-sheet" title={r.criteria.map((c) => `${c.name}: ${c.max} điểm`).join('\n')}>
              Phiếu {r.criteria.length} tiêu chí, tối đa {maxTotal(r.criteria)} điểm · đạt từ {String(r.passMark).replace('.', ',')}
            </Text>
            <Text size="xs" data-testid="round-counts">
              {r.applications} đơn · {r.recognised} công nhận · {r.refused} không công nhận{r.late ? ` · ${r.late} nhận sau hạn` : ''}
            </Text>
            {r.keepOpen && (
              <Text size="xs" c="yellow.9" data-testid="round-keep-open" title={r.keepOpen.reason}>
                Vẫn nhận hồ sơ sau hạn ({r.keepOpen.by}, {localDay(r.keepOpen.at)}): {r.keepOpen.reason}
              </Text>
            )}
            {r.editable && (
              <Group gap={6} mt={4} wrap="wrap">
                <Button size="compact-xs" variant="light" onClick={() => setEditing(r)} title={`Sửa ${r.name}: hạn nhận đơn, ngày họp, phiếu chấm điểm`}>
                  Sửa
                </Button>
                <Button size="compact-xs" variant="light" onClick={() => setCouncil(r)} disabled={r.status === 'closed'} title={`Hội đồng sáng kiến: ${r.members.length} thành viên`}>
                  Hội đồng ({r.members.length})
                </Button>
                <Button size="compact-xs" variant="subtle" onClick={() => void setStatus(r, r.status === 'open' ? 'closed' : 'open')}>
                  {r.status === 'open' ? 'Khóa đợt' : 'Mở lại'}
                </Button>
                {r.state === 'expired' && (
                  <Button size="compact-xs" variant="light" color="orange" onClick={() => setKeeping(r)} title="Ghi lý do để đợt vẫn nhận đơn sau hạn">
                    Vẫn nhận hồ sơ…
                  </Button>
                )}
                {r.state === 'kept-open' && (
                  <Button size="compact-xs" variant="subtle" color="orange" onClick={() => void stopKeeping(r)} title="Đợt trở lại hết hạn nhận hồ sơ">
                    Thôi nhận
                  </Button>
                )}
                <Menu position="bottom-start" withinPortal>
                  <Menu.Target>
                    <Button size="compact-xs" variant="default" title="Xem trước biên bản họp và quyết định của đợt">
                      Văn bản ▾
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown aria-label={`Văn bản của ${r.name}`}>
                    <Menu.Item onClick={() => setDoc({ kind: 'initiative-minutes', id: r.id, title: `Biên bản họp Hội đồng sáng kiến ${r.name}` })}>
                      Biên bản họp Hội đồng
                    </Menu.Item>
                    <Menu.Item onClick={() => setDoc({ kind: 'initiative-decision', id: r.id, title: `Quyết định công nhận sáng kiến ${r.name}` })}>
                      Quyết định công nhận sáng kiến
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
            )}
          </Paper>
        ))}
      </Group>
      {editing && (
        <RoundForm
          round={editing === 'new' ? null : editing}
          year={year}
          nextNumber={next}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            props.onChanged();
          }}
        />
      )}
      {council && (
        <CouncilForm
          round={council}
          onClose={() => setCouncil(null)}
          onSaved={() => {
            setCouncil(null);
            props.onChanged();
          }}
        />
      )}
      {keeping && (
        <KeepOpenDialog
          round={keeping}
          onClose={() => setKeeping(null)}
          onSaved={() => {
            setKeeping(null);
            props.onChanged();
          }}
        />
      )}
      {doc && <DocumentPreview doc={doc} onClose={() => setDoc(null)} />}
    </Stack>
  );
}

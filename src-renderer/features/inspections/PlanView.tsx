import { Alert, Badge, Button, Center, Group, Loader, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { InspectionPlan } from '../../../src-shared/api';
import { TEAM_ROLE_LABELS } from '../../../src-shared/rules/inspections';
import { formatDate } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { useRecordActions } from '../../app/useRecordActions';
import { AutosavedTextSection } from './AutosavedTextSection';
import { PRINT, STATUS_COLORS, statusLabel } from './labels';
import { PlanForm } from './PlanForm';
import { PrintButtons } from './PrintButtons';
import { ProgressCell } from './ProgressCell';
import { PlanDueBadge } from './PlanDueBadge';
import { SelfAssessmentPanel } from './SelfAssessmentPanel';
import { useLeaveGuard } from '../../app/unsaved';
import { HistoryButton } from '../../app/HistoryButton';

function Fact({ label, value, extra }: { label: string; value: string; extra?: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={6}>
        <Text size="sm" fw={500}>
          {value || '—'}
        </Text>
        {extra}
      </Group>
    </div>
  );
}

const dates = (from: string | null, to: string | null) =>
  from && to && from !== to ? `${formatDate(from)} – ${formatDate(to)}` : formatDate(from ?? to) || 'Chưa định ngày';

/** "Kiến nghị, đề xuất" of the plan, for the report: saved as it is typed. */
function Recommendations({ plan, onSaved }: { plan: InspectionPlan; onSaved: (p: InspectionPlan) => void }) {
  const save = useCallback(
    async (recommendations: string) => {
      onSaved(await invoke('inspections.setRecommendations', { planId: plan.id, recommendations }));
    },
    [plan.id, onSaved],
  );
  return (
    <AutosavedTextSection
      title="Kiến nghị, đề xuất"
      label="Kiến nghị, đề xuất (đưa vào báo cáo kết quả kiểm tra)"
      description="Đưa vào báo cáo kết quả kiểm tra của năm; tự lưu khi gõ."
      initial={plan.recommendations}
      readOnly={!plan.editable}
      maxRows={10}
      save={save}
    />
  );
}

/** One plan: its facts and team, each unit to inspect with its progress, the recommendations. */
export function PlanView(props: { id: string; onBack: () => void; onOpenInspection: (id: string) => void }) {
  const [plan, setPlan] = useState<InspectionPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const { busy, confirming, setConfirming, remove: removeRecord } = useRecordActions({ onDone: props.onBack });
  const leaveGuard = useLeaveGuard();

  const [loads, setLoads] = useState(0);
  useEffect(() => {
    let alive = true;
    invoke('inspections.getPlan', { id: props.id })
      .then((p) => alive && setPlan(p))
      .catch((e: unknown) => alive && setError(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [props.id, loads]);

  const remove = () => removeRecord(() => invoke('inspections.deletePlan', { id: props.id }));

  const actions = (
    <>
      <Button variant="default" onClick={leaveGuard(props.onBack)}>
        ← Danh sách kế hoạch
      </Button>
      {plan && <HistoryButton type="inspection-plan" id={plan.id} title={plan.title || plan.inspectingBody} onRestored={() => setLoads((n) => n + 1)} />}
      {plan?.editable && (
        <>
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {T.delete}
          </Button>
          <Button onClick={() => setEditing(true)}>Sửa kế hoạch</Button>
        </>
      )}
    </>
  );

  return (
    <PageFrame title={plan ? `Kế hoạch kiểm tra năm ${plan.year}` : 'Kế hoạch kiểm tra'} actions={actions}>
      {error && (
        <Alert color="red" title={T.loadFailed}>
          {error}
        </Alert>
      )}
      {!plan ? (
        !error && (
          <Center style={{ flex: 1 }}>
            <Loader />
          </Center>
        )
      ) : (
        <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" offsetScrollbars="present">
          <Stack gap="sm" pb="md">
            {plan.originName !== null && (
              <Alert color="grape" py={8} data-testid="received-copy-note">
                Nhận từ đơn vị {plan.originName} ({plan.origin}); bản sao chỉ để xem, chỉ đơn vị đó mới sửa được.
              </Alert>
            )}
            <Paper withBorder p="sm" component="section" aria-label="Thông tin kế hoạch">
              <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
                <Title order={3} size="h4" data-testid="plan-title">
                  {plan.title}
                </Title>
                {/* A received copy's papers are issued, and printed, by the unit that made the plan. */}
                {plan.editable && (
                  <PrintButtons
                    label="In kế hoạch"
                    docs={[
                      { kind: PRINT.plan, id: plan.id, label: 'In kế hoạch' },
                      { kind: PRINT.decision, id: plan.id, label: 'In quyết định thành lập đoàn' },
                    ]}
                  />
                )}
              </Group>
              <SimpleGrid cols={4} spacing="sm" verticalSpacing={6}>
                <Fact label="Số, ngày kế hoạch" value={[plan.planNumber, formatDate(plan.planDate)].filter(Boolean).join(' ngày ')} />
                <Fact label="Hạn hoàn thành" value={formatDate(plan.deadline)} extra={<PlanDueBadge due={plan.due} />} />
                <Fact label="Cơ quan kiểm tra" value={plan.inspectingBody} />
                <Fact label="Mẫu phiếu kiểm tra" value={`${plan.templateName} – phiên bản ${plan.templateVersion}`} />
              </SimpleGrid>
              <Text size="xs" c="dimmed" mt="sm">
                Thành phần đoàn kiểm tra
              </Text>
              {plan.team.length ? (
                <Table withRowBorders={false} verticalSpacing={2} aria-label="Thành phần đoàn kiểm tra">
                  <Table.Tbody>
                    {plan.team.map((m, i) => (
                      <Table.Tr key={i} data-testid="team-member">
                        <Table.Td w={240} fw={500}>
                          {m.name}
                        </Table.Td>
                        <Table.Td>{m.position}</Table.Td>
                        <Table.Td w={160}>{TEAM_ROLE_LABELS[m.role]}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm">{T.none}</Text>
              )}
            </Paper>

            <Paper withBorder p="sm" component="section" aria-label="Đơn vị được kiểm tra">
              <Group justify="space-between" mb="xs">
                <Title order={3} size="h5">
                  Đơn vị được kiểm tra
                </Title>
                <Text size="sm" c="dimmed" data-testid="plan-finished">
                  Đã kiểm tra xong {plan.finished}/{plan.units.length} đơn vị
                </Text>
              </Group>
              {plan.units.length ? (
                <Table highlightOnHover layout="fixed" aria-label="Các cuộc kiểm tra của kế hoạch">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Đơn vị</Table.Th>
                      <Table.Th w={200}>Thời gian kiểm tra</Table.Th>
                      <Table.Th w={110}>Mẫu phiếu</Table.Th>
                      <Table.Th w={180}>Trạng thái</Table.Th>
                      <Table.Th w={190}>Đã đánh giá</Table.Th>
                      <Table.Th w={100}>Chưa đạt</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {plan.units.map((u) => (
                      <Table.Tr
                        key={u.id}
                        data-testid="inspection-row"
                        tabIndex={0}
                        style={{ cursor: 'pointer' }}
                        onClick={() => props.onOpenInspection(u.id)}
                        onKeyDown={(e) => e.key === 'Enter' && props.onOpenInspection(u.id)}
                      >
                        <Table.Td fw={500}>{u.unitName}</Table.Td>
                        <Table.Td>{dates(u.plannedFrom, u.plannedTo)}</Table.Td>
                        <Table.Td>Phiên bản {u.templateVersion}</Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLORS[u.status]} variant="light" data-testid="status-badge">
                            {statusLabel(u.status)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <ProgressCell answered={u.answered} total={u.total} />
                        </Table.Td>
                        <Table.Td c={u.notMet ? 'red' : undefined}>{u.notMet}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed">
                  Kế hoạch chưa có đơn vị nào; bấm “Sửa kế hoạch” để chọn đơn vị được kiểm tra.
                </Text>
              )}
            </Paper>
            {plan.originName !== null && <SelfAssessmentPanel planId={plan.id} />}
            <Recommendations plan={plan} onSaved={setPlan} />
          </Stack>
        </ScrollArea>
      )}
      {editing && plan && (
        <PlanForm
          plan={plan}
          year={plan.year}
          onClose={() => setEditing(false)}
          onSaved={(p) => {
            setEditing(false);
            setPlan(p);
          }}
        />
      )}
      <ConfirmDialog
        opened={confirming}
        title="Xóa kế hoạch kiểm tra này?"
        message={`Kế hoạch “${plan?.title ?? ''}” và các cuộc kiểm tra chưa bắt đầu của nó sẽ bị xóa.`}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </PageFrame>
  );
}

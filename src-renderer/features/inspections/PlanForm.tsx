import { ActionIcon, Button, Divider, Group, Modal, NumberInput, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { InspectionPlan, InspectionTemplateSummary, TeamMember } from '../../../src-shared/api';
import { defaultInspectionDeadline, type TeamRole } from '../../../src-shared/rules/inspections';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { foldFilter } from '../../app/selectFilter';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { useUnitOptions } from '../units/useUnitOptions';
import { ROLE_OPTIONS } from './labels';

type Errors = Record<string, string>;

interface UnitRow {
  unitId: string;
  name: string;
  from: string;
  to: string;
}

const deadlineText = (year: number | string) => (typeof year === 'number' ? formatDate(defaultInspectionDeadline(year)) : '');

function useTemplates() {
  const [list, setList] = useState<InspectionTemplateSummary[]>([]);
  useEffect(() => {
    let alive = true;
    invoke('inspections.templates', { key: null })
      .then((t) => alive && setList(t))
      .catch((e: unknown) => alive && notifyError(e, 'Không tải được mẫu phiếu kiểm tra'));
    return () => {
      alive = false;
    };
  }, []);
  return list;
}

/** A date typed as dd/mm/yyyy: '' is null, anything unreadable an error. */
function dateOf(text: string, key: string, errs: Errors): string | null {
  if (!text.trim()) return null;
  const iso = parseDate(text);
  if (!iso) errs[key] = 'Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.';
  return iso;
}

/**
 * "Kế hoạch kiểm tra mới" / "Sửa kế hoạch kiểm tra": year and deadline (30/11 unless changed),
 * the inspecting body, the plan's number and date, the team, the units to inspect with their
 * planned dates, and the checklist version used.
 */
export function PlanForm(props: { plan: InspectionPlan | null; year: number; onClose: () => void; onSaved: (p: InspectionPlan) => void }) {
  const p = props.plan;
  const [year, setYear] = useState<number | string>(p?.year ?? props.year);
  const [deadline, setDeadline] = useState(p ? formatDate(p.deadline) : deadlineText(props.year));
  const [title, setTitle] = useState(p?.title ?? '');
  const [body, setBody] = useState(p?.inspectingBody ?? '');
  const [number, setNumber] = useState(p?.planNumber ?? '');
  const [date, setDate] = useState(p ? formatDate(p.planDate) : '');
  const [templateId, setTemplateId] = useState<string | null>(p?.templateId ?? null);
  const [team, setTeam] = useState<TeamMember[]>(p?.team ?? [{ name: '', position: '', role: 'truong-doan' }]);
  const [units, setUnits] = useState<UnitRow[]>(
    p?.units.map((u) => ({ unitId: u.unitId, name: u.unitName, from: formatDate(u.plannedFrom), to: formatDate(u.plannedTo) })) ?? [],
  );
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const heading = p ? 'Sửa kế hoạch kiểm tra' : 'Kế hoạch kiểm tra mới';
  const [pristine] = useState(() => ({ year, deadline, title, body, number, date, templateId, team, units }));
  const kept = useDraft({
    key: p && !p.editable ? null : `inspection-plan:${p?.id ?? 'new'}`,
    label: p ? `${heading}: ${p.title || p.inspectingBody}` : heading,
    value: { year, deadline, title, body, number, date, templateId, team, units },
    pristine,
    restore: (v) => {
      setYear(v.year);
      setDeadline(v.deadline);
      setTitle(v.title);
      setBody(v.body);
      setNumber(v.number);
      setDate(v.date);
      setTemplateId(v.templateId);
      setTeam(v.team);
      setUnits(v.units);
    },
    rev: p?.rev ?? null,
  });
  const close = kept.guard(props.onClose);
  const [unitSearch, setUnitSearch] = useState('');
  const templates = useTemplates();
  const { units: registry } = useUnitOptions();
  const started = new Set(p?.units.filter((u) => u.status !== 'planned').map((u) => u.unitId) ?? []);

  const changeYear = (v: number | string) => {
    // The deadline follows the year while it is still the default 30/11.
    if (deadline === deadlineText(year)) setDeadline(deadlineText(v));
    setYear(v);
  };

  const setMember = (i: number, patch: Partial<TeamMember>) => setTeam((t) => t.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  const setUnit = (i: number, patch: Partial<UnitRow>) => setUnits((u) => u.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const addUnit = (id: string | null) => {
    const u = registry.find((x) => x.id === id);
    if (u) setUnits((rows) => [...rows, { unitId: u.id, name: u.name, from: '', to: '' }]);
    setUnitSearch('');
  };

  const save = async () => {
    const errs: Errors = {};
    if (typeof year !== 'number') errs.year = 'Vui lòng nhập năm, ví dụ 2026.';
    const deadlineIso = dateOf(deadline, 'deadline', errs);
    const planDate = dateOf(date, 'planDate', errs);
    if (!body.trim()) errs.inspectingBody = 'Vui lòng nhập cơ quan kiểm tra.';
    const unitInput = units.map((u, i) => ({ unitId: u.unitId, plannedFrom: dateOf(u.from, `units.${i}.plannedFrom`, errs), plannedTo: dateOf(u.to, `units.${i}.plannedTo`, errs) }));
    const members = team.filter((m) => m.name.trim() || m.position.trim());
    members.forEach((m, i) => {
      if (!m.name.trim()) errs[`team.${i}.name`] = 'Vui lòng nhập họ và tên thành viên đoàn.';
    });
    setErrors(errs);
    if (Object.keys(errs).length || typeof year !== 'number') return;
    setBusy(true);
    try {
      const input = {
        year, title, deadline: deadlineIso, inspectingBody: body, planNumber: number, planDate, templateId, team: members, units: unitInput,
        recommendations: p?.recommendations ?? '',
      };
      const saved = p ? await invoke('inspections.updatePlan', { ...input, id: p.id }) : await invoke('inspections.createPlan', input);
      kept.saved();
      notifySuccess(p ? T.saved : 'Đã lập kế hoạch kiểm tra.');
      props.onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const templateOptions = templates.map((t) => ({ value: t.id, label: `${t.name} – phiên bản ${t.version}${t.latest ? ' (mới nhất)' : ''}` }));
  const unitOptions = registry
    .filter((u) => u.active && !units.some((r) => r.unitId === u.id))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));

  return (
    <Modal opened onClose={close} title={heading} size={960} closeOnClickOutside={false} scrollAreaComponent={ScrollArea.Autosize}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {kept.notice}
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <NumberInput label="Năm kiểm tra" value={year} onChange={changeYear} error={errors.year} min={2000} max={2100} allowDecimal={false} thousandSeparator="" hideControls withAsterisk w={120} />
            <TextInput label="Hạn hoàn thành" placeholder="dd/mm/yyyy" value={deadline} onChange={(e) => setDeadline(e.currentTarget.value)} error={errors.deadline} autoComplete="off" w={140} />
            <TextInput label="Số kế hoạch" placeholder="ví dụ 15/KH-HĐTĐKT" value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={errors.planNumber} autoComplete="off" w={190} />
            <TextInput label="Ngày kế hoạch" placeholder="dd/mm/yyyy" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.planDate} autoComplete="off" w={140} />
            <TextInput label="Cơ quan kiểm tra" placeholder="ví dụ Hội đồng Thi đua - Khen thưởng huyện" value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.inspectingBody} withAsterisk autoComplete="off" style={{ flex: 1 }} />
          </Group>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              label="Tên kế hoạch"
              placeholder={typeof year === 'number' ? `Kế hoạch kiểm tra công tác thi đua, khen thưởng năm ${year}` : ''}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.title}
              autoComplete="off"
              style={{ flex: 1 }}
            />
            <Select
              label="Mẫu phiếu kiểm tra"
              placeholder="Phiên bản mới nhất"
              data={templateOptions}
              value={templateId}
              onChange={setTemplateId}
              error={errors.templateId}
              clearable
              w={380}
              description={started.size ? 'Đơn vị đã bắt đầu kiểm tra giữ phiên bản mẫu phiếu đã dùng.' : undefined}
            />
          </Group>

          <Divider label="Thành phần đoàn kiểm tra" labelPosition="left" />
          <Stack gap={6} role="group" aria-label="Thành phần đoàn kiểm tra">
            {team.map((m, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start" data-testid="team-row">
                <TextInput aria-label={`Họ và tên thành viên ${i + 1}`} placeholder="Họ và tên" value={m.name} onChange={(e) => setMember(i, { name: e.currentTarget.value })} error={errors[`team.${i}.name`]} autoComplete="off" style={{ flex: 2 }} />
                <TextInput aria-label={`Chức vụ thành viên ${i + 1}`} placeholder="Chức vụ, đơn vị công tác" value={m.position} onChange={(e) => setMember(i, { position: e.currentTarget.value })} autoComplete="off" style={{ flex: 3 }} />
                <Select aria-label={`Vai trò thành viên ${i + 1}`} data={ROLE_OPTIONS} value={m.role} onChange={(v) => v && setMember(i, { role: v as TeamRole })} allowDeselect={false} w={170} />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Bỏ thành viên ${i + 1}`} onClick={() => setTeam((t) => t.filter((_, k) => k !== i))}>
                  ✕
                </ActionIcon>
              </Group>
            ))}
            {errors.team && (
              <Text c="red" size="sm">
                {errors.team}
              </Text>
            )}
            <Group>
              <Button size="compact-sm" variant="light" onClick={() => setTeam((t) => [...t, { name: '', position: '', role: 'thanh-vien' }])}>
                Thêm thành viên
              </Button>
            </Group>
          </Stack>

          <Divider label="Đơn vị được kiểm tra" labelPosition="left" />
          <Stack gap={6} role="group" aria-label="Đơn vị được kiểm tra">
            {units.map((u, i) => (
              <Group key={u.unitId} gap="xs" wrap="nowrap" align="flex-start" data-testid="plan-unit-row">
                <Text size="sm" fw={500} style={{ flex: 1, minWidth: 0 }} pt={6} truncate="end">
                  {i + 1}. {u.name}
                  {errors[`units.${i}.unitId`] && (
                    <Text component="span" c="red" size="sm">
                      {' '}
                      – {errors[`units.${i}.unitId`]}
                    </Text>
                  )}
                </Text>
                <TextInput aria-label={`Kiểm tra ${u.name} từ ngày`} placeholder="Từ ngày" value={u.from} onChange={(e) => setUnit(i, { from: e.currentTarget.value })} error={errors[`units.${i}.plannedFrom`]} autoComplete="off" w={130} />
                <TextInput aria-label={`Kiểm tra ${u.name} đến ngày`} placeholder="Đến ngày" value={u.to} onChange={(e) => setUnit(i, { to: e.currentTarget.value })} error={errors[`units.${i}.plannedTo`]} autoComplete="off" w={130} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Bỏ ${u.name} khỏi kế hoạch`}
                  disabled={started.has(u.unitId)}
                  title={started.has(u.unitId) ? 'Đơn vị đã được kiểm tra, không bỏ khỏi kế hoạch được.' : undefined}
                  onClick={() => setUnits((rows) => rows.filter((_, k) => k !== i))}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            {errors.units && (
              <Text c="red" size="sm">
                {errors.units}
              </Text>
            )}
            <Select
              aria-label="Thêm đơn vị được kiểm tra"
              placeholder={units.length ? 'Thêm đơn vị khác…' : 'Chọn đơn vị được kiểm tra từ danh mục đơn vị…'}
              data={unitOptions}
              value={null}
              onChange={addUnit}
              searchValue={unitSearch}
              onSearchChange={setUnitSearch}
              searchable
              filter={foldFilter}
              nothingFoundMessage={T.noResults}
              w={420}
            />
          </Stack>

          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close} disabled={busy}>
              {T.cancel}
            </Button>
            <Button type="submit" loading={busy}>
              {p ? T.save : 'Lập kế hoạch'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TypicalExample } from '../../../src-shared/api';
import { EXAMPLE_KINDS, EXAMPLE_KIND_LABELS, EXAMPLE_STAGES, personFlags, type ExampleKind, type ExampleStage } from '../../../src-shared/rules/examples';
import { formatDate, parseDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyError, showFieldErrorsOrNotify } from '../../app/notify';
import { T } from '../../app/strings';
import { LinkPicker, type Linked } from './LinkPicker';
import { MediaList, type MediaDraft } from './MediaList';
import { emptyStages, StageSteps, type StageDrafts } from './StageSteps';

interface Draft {
  kind: ExampleKind; linked: Linked | null; name: string; field: string; movementId: string | null; achievements: string; stages: StageDrafts;
  media: MediaDraft[]; awardIds: string[]; women: boolean; ethnicMinority: boolean; directWorker: boolean; reviewOn: string;
}

const blank = (): Draft => ({
  kind: 'person', linked: null, name: '', field: '', movementId: null, achievements: '', stages: emptyStages(), media: [], awardIds: [],
  women: false, ethnicMinority: false, directWorker: false, reviewOn: '',
});

function fromExample(x: TypicalExample): Draft {
  const stages = emptyStages();
  for (const s of x.stages) stages[s.stage] = { on: formatDate(s.on), by: s.by, note: s.note };
  return {
    kind: x.kind, linked: x.personId || x.collectiveId ? { id: (x.personId ?? x.collectiveId)!, name: x.name } : null, name: x.personId || x.collectiveId ? '' : x.name,
    field: x.field, movementId: x.movementId, achievements: x.achievements, stages, media: x.media.map((m) => ({ ...m, on: formatDate(m.on) })),
    awardIds: x.awards.map((a) => a.id), women: x.women, ethnicMinority: x.ethnicMinority, directWorker: x.directWorker, reviewOn: formatDate(x.reviewOn),
  };
}

/** "Thêm / sửa điển hình": who or what it is, its field and movement, achievements, the four stages, media, the awards it led to, the report flags, the review date. */
export function ExampleForm(props: { opened: boolean; example: TypicalExample | null; onClose: () => void; onSaved: (x: TypicalExample) => void; onDeleted: () => void }) {
  const [v, setV] = useState<Draft>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [movements, setMovements] = useState<{ value: string; label: string }[]>([]);
  const [awards, setAwards] = useState<{ value: string; label: string }[]>([]);
  const readOnly = !!props.example?.readOnly;

  useEffect(() => {
    if (!props.opened) return;
    setV(props.example ? fromExample(props.example) : blank());
    setErrors({});
    invoke('movements.list', { year: null, query: '', offset: 0, limit: 200 })
      .then((r) => setMovements(r.items.map((m) => ({ value: m.id, label: `${m.name} (${m.year})` }))))
      .catch(() => setMovements([]));
  }, [props.opened, props.example]);

  const linkType = v.kind === 'person' ? 'person' : v.kind === 'collective' ? 'collective' : null;
  useEffect(() => {
    if (!props.opened || !v.linked || !linkType) {
      setAwards(props.example?.awards.map((a) => ({ value: a.id, label: `${a.awardName} (${a.year})` })) ?? []);
      return;
    }
    invoke('examples.awardChoices', { personId: linkType === 'person' ? v.linked.id : null, collectiveId: linkType === 'collective' ? v.linked.id : null })
      .then((list) => setAwards(list.map((a) => ({ value: a.id, label: `${a.awardName} (${a.year}${a.decisionNumber ? `, QĐ ${a.decisionNumber}` : ''})` }))))
      .catch(() => setAwards([]));
  }, [props.opened, v.linked, linkType, props.example]);

  // A linked person's flags are read from the person's record (shown, not edited here).
  const personId = linkType === 'person' ? v.linked?.id ?? null : null;
  useEffect(() => {
    if (!props.opened || !personId) return;
    let alive = true;
    invoke('people.get', { id: personId })
      .then((p) => alive && setV((prev) => ({ ...prev, ...personFlags({ gender: p.gender, ethnicity: p.ethnicity, directLabor: p.directLabor }) })))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [props.opened, personId]);

  const reached = EXAMPLE_STAGES.filter((s) => v.stages[s].on.trim());
  const indexOf = (s: ExampleStage) => reached.indexOf(s);

  const save = async () => {
    const local: Record<string, string> = {};
    const stages = reached.map((s, i) => {
      const on = parseDate(v.stages[s].on);
      if (!on) local[`stages.${i}.on`] = 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.';
      return { stage: s, on: on ?? '', by: v.stages[s].by, note: v.stages[s].note };
    });
    if (!v.stages['phat-hien'].on.trim()) local['stages.0.on'] = 'Hãy ghi ngày phát hiện điển hình.';
    const media = v.media.map((m, i) => {
      const on = parseDate(m.on);
      if (!on) local[`media.${i}.on`] = 'Ngày đăng không có thật; hãy nhập theo dạng dd/mm/yyyy.';
      return { ...m, on: on ?? '' };
    });
    const reviewOn = v.reviewOn.trim() ? parseDate(v.reviewOn) : null;
    if (v.reviewOn.trim() && !reviewOn) local.reviewOn = 'Ngày rà soát không có thật; hãy nhập theo dạng dd/mm/yyyy.';
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    setBusy(true);
    try {
      const input = {
        kind: v.kind, name: v.name, personId: linkType === 'person' ? v.linked?.id ?? null : null, collectiveId: linkType === 'collective' ? v.linked?.id ?? null : null,
        unitId: props.example?.unitId ?? null, field: v.field, movementId: v.movementId, achievements: v.achievements, stages, media,
        awardIds: v.awardIds.filter((id) => !id.includes(':')), women: v.women, ethnicMinority: v.ethnicMinority, directWorker: v.directWorker, reviewOn,
      };
      props.onSaved(props.example ? await invoke('examples.update', { ...input, id: props.example.id }) : await invoke('examples.create', input));
    } catch (e) {
      showFieldErrorsOrNotify(e, setErrors);
    } finally {
      setBusy(false);
    }
  };

  const fromPerson = v.kind === 'person' && !!v.linked;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.example ? `Điển hình: ${props.example.name}` : 'Thêm điển hình tiên tiến'} size="xl" centered closeOnClickOutside={false}>
      <Stack gap="sm">
        {readOnly && <Alert color="gray" variant="light" p="xs">Bản sao nhận từ đơn vị {props.example?.origin} ({props.example?.unitName}): chỉ xem; đơn vị đó sửa và gửi lại.</Alert>}
        <SimpleGrid cols={2} spacing="sm">
          <Select label="Loại điển hình" required allowDeselect={false} value={v.kind} disabled={readOnly}
            onChange={(k) => k && setV({ ...v, kind: k as ExampleKind, linked: null, awardIds: [] })}
            data={EXAMPLE_KINDS.map((k) => ({ value: k, label: EXAMPLE_KIND_LABELS[k] }))} />
          {linkType && !readOnly
            ? <LinkPicker type={linkType} value={v.linked} onChange={(l) => setV({ ...v, linked: l, awardIds: [] })} error={errors.personId ?? errors.collectiveId} />
            : <TextInput label="Tên điển hình" withAsterisk value={readOnly ? props.example!.name : v.name} disabled={readOnly} placeholder="Hộ ông…, Mô hình…"
                onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={errors.name} />}
          <TextInput label="Lĩnh vực" value={v.field} disabled={readOnly} onChange={(e) => setV({ ...v, field: e.currentTarget.value })} error={errors.field} />
          <Select label="Phong trào thi đua" clearable searchable value={v.movementId} disabled={readOnly} data={movements}
            onChange={(m) => setV({ ...v, movementId: m })} error={errors.movementId} placeholder="Chọn phong trào" />
        </SimpleGrid>
        <Textarea label="Thành tích tiêu biểu" autosize minRows={2} maxRows={6} value={v.achievements} disabled={readOnly}
          onChange={(e) => setV({ ...v, achievements: e.currentTarget.value })} error={errors.achievements} />
        <StageSteps value={v.stages} onChange={(stages) => setV({ ...v, stages })} errors={errors} indexOf={indexOf} />
        <MediaList value={v.media} onChange={(media) => setV({ ...v, media })} errors={errors} disabled={readOnly} />
        <MultiSelect label="Khen thưởng từ điển hình này (lịch sử khen thưởng)" data={awards} value={v.awardIds} disabled={readOnly || (!!linkType && !v.linked)}
          onChange={(awardIds) => setV({ ...v, awardIds })} error={errors.awardIds} searchable
          placeholder={linkType && !v.linked ? 'Chọn cá nhân, tập thể trước' : awards.length ? 'Chọn khen thưởng' : 'Chưa có khen thưởng nào trong lịch sử'} />
        <Group gap="lg" align="center">
          <Checkbox label="Nữ" checked={v.women} disabled={readOnly || fromPerson} onChange={(e) => setV({ ...v, women: e.currentTarget.checked })} />
          <Checkbox label="Dân tộc thiểu số" checked={v.ethnicMinority} disabled={readOnly || fromPerson} onChange={(e) => setV({ ...v, ethnicMinority: e.currentTarget.checked })} />
          <Checkbox label="Lao động trực tiếp" checked={v.directWorker} disabled={readOnly || fromPerson} onChange={(e) => setV({ ...v, directWorker: e.currentTarget.checked })} />
          {fromPerson && <Text size="xs" c="dimmed">Lấy theo hồ sơ cá nhân (sửa ở mục Cá nhân).</Text>}
        </Group>
        <TextInput label="Ngày rà soát (nhắc trên trang Việc cần làm và Lịch)" placeholder="dd/mm/yyyy" w={440} value={v.reviewOn} disabled={readOnly}
          onChange={(e) => setV({ ...v, reviewOn: e.currentTarget.value })} error={errors.reviewOn} />
        <Group justify="flex-end">
          {props.example && !readOnly && <Button color="red" variant="subtle" mr="auto" onClick={() => setConfirming(true)}>Xóa điển hình</Button>}
          <Button variant="default" onClick={props.onClose}>{readOnly ? 'Đóng' : T.cancel}</Button>
          {!readOnly && <Button onClick={() => void save()} loading={busy}>{T.save}</Button>}
        </Group>
      </Stack>
      <ConfirmDialog opened={confirming} title="Xóa điển hình" busy={busy} onCancel={() => setConfirming(false)}
        message={`Xóa “${props.example?.name ?? ''}” khỏi sổ điển hình? Nếu đã gửi lên cấp trên, lần gửi sau sẽ báo cấp trên xóa theo.`}
        onConfirm={() => {
          setBusy(true);
          invoke('examples.delete', { id: props.example!.id })
            .then(() => (setConfirming(false), props.onDeleted()), (e: unknown) => (setConfirming(false), notifyError(e)))
            .finally(() => setBusy(false));
        }} />
    </Modal>
  );
}

import { ActionIcon, Alert, Button, Center, Group, Loader, Modal, NumberInput, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ChecklistItemValues, InspectionTemplate } from '../../../src-shared/api';
import { checklistProblems, type ResultScale } from '../../../src-shared/rules/inspections';
import { ApiError, errorMessage, invoke } from '../../api';
import { notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';

type Section = InspectionTemplate['sections'][number];

const SCALE_OPTIONS = [
  { value: 'dat-chuadat', label: 'Đạt / Chưa đạt' },
  { value: 'score', label: 'Chấm điểm' },
];

const newItem = (code: string): ChecklistItemValues => ({ code, text: '', guidance: '', evidence: '', scale: 'dat-chuadat', max: null, weight: 1, passScore: null });

function nextCode(section: Section, index: number): string {
  const n = section.items.length + 1;
  const prefix = section.items[0]?.code.split('.')[0] ?? String(index + 1);
  return `${prefix}.${n}`;
}

/** Read-only: sections and items as the inspectors see them. */
function TemplateView({ t }: { t: InspectionTemplate }) {
  return (
    <Stack gap="sm">
      {t.description && (
        <Text size="sm" c="dimmed">
          {t.description}
        </Text>
      )}
      {t.sections.map((s) => (
        <Stack key={s.code} gap={4}>
          <Title order={3} size="h5" c="blue.8">
            {s.code}. {s.title}
          </Title>
          {s.items.map((i) => (
            <Paper key={i.code} withBorder p="xs" data-testid="template-item">
              <Text size="sm" fw={600}>
                {i.code}. {i.text}
              </Text>
              <Text size="xs" c="dimmed">
                {i.scale === 'score' ? `Chấm điểm, tối đa ${i.max}` : 'Đạt / Chưa đạt'}
                {i.guidance ? ` · Hướng dẫn: ${i.guidance}` : ''}
              </Text>
              {i.evidence && (
                <Text size="xs" c="dimmed">
                  Minh chứng cần xem: {i.evidence}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

/** Editing a copy: sections and items; saved by the service as the next version. */
function TemplateEditor(props: { name: string; description: string; sections: Section[]; onChange: (v: { name: string; description: string; sections: Section[] }) => void; errors: Record<string, string> }) {
  const { name, description, sections } = props;
  const set = (patch: Partial<{ name: string; description: string; sections: Section[] }>) => props.onChange({ name, description, sections, ...patch });
  const setSection = (si: number, patch: Partial<Section>) => set({ sections: sections.map((s, k) => (k === si ? { ...s, ...patch } : s)) });
  const setItem = (si: number, ii: number, patch: Partial<ChecklistItemValues>) =>
    setSection(si, { items: sections[si]!.items.map((it, k) => (k === ii ? { ...it, ...patch } : it)) });
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput label="Tên mẫu phiếu" value={name} onChange={(e) => set({ name: e.currentTarget.value })} error={props.errors.name} withAsterisk />
        <TextInput label="Mô tả" value={description} onChange={(e) => set({ description: e.currentTarget.value })} />
      </Group>
      {sections.map((s, si) => (
        <Paper key={si} withBorder p="xs" bg="gray.0" component="section" aria-label={`Phần ${s.code}`}>
          <Group gap="xs" mb="xs" wrap="nowrap">
            <TextInput aria-label={`Mã phần ${si + 1}`} value={s.code} onChange={(e) => setSection(si, { code: e.currentTarget.value })} w={70} />
            <TextInput aria-label={`Tên phần ${s.code}`} value={s.title} onChange={(e) => setSection(si, { title: e.currentTarget.value })} style={{ flex: 1 }} fw={600} />
          </Group>
          <Stack gap={6}>
            {s.items.map((it, ii) => (
              <Paper key={ii} withBorder p={6} data-testid="edit-item">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <TextInput aria-label={`Mã nội dung ${it.code}`} value={it.code} onChange={(e) => setItem(si, ii, { code: e.currentTarget.value })} w={70} size="xs" />
                  <Textarea aria-label={`Nội dung ${it.code}`} value={it.text} onChange={(e) => setItem(si, ii, { text: e.currentTarget.value })} autosize minRows={1} size="xs" style={{ flex: 1 }} />
                  <Select
                    aria-label={`Cách đánh giá ${it.code}`}
                    data={SCALE_OPTIONS}
                    value={it.scale}
                    onChange={(v) => v && setItem(si, ii, { scale: v as ResultScale, max: v === 'score' ? (it.max ?? 10) : null, passScore: v === 'score' ? it.passScore : null })}
                    allowDeselect={false}
                    w={150}
                    size="xs"
                  />
                  {it.scale === 'score' && (
                    <NumberInput aria-label={`Điểm tối đa ${it.code}`} value={it.max ?? ''} onChange={(v) => setItem(si, ii, { max: typeof v === 'number' ? v : null })} min={1} w={80} size="xs" />
                  )}
                  <ActionIcon variant="subtle" color="red" aria-label={`Bỏ nội dung ${it.code}`} onClick={() => setSection(si, { items: s.items.filter((_, k) => k !== ii) })}>
                    ✕
                  </ActionIcon>
                </Group>
                <Group gap="xs" grow mt={4} align="flex-start">
                  <Textarea aria-label={`Hướng dẫn ${it.code}`} placeholder="Hướng dẫn kiểm tra" value={it.guidance} onChange={(e) => setItem(si, ii, { guidance: e.currentTarget.value })} autosize minRows={1} size="xs" />
                  <Textarea aria-label={`Minh chứng ${it.code}`} placeholder="Tài liệu, minh chứng cần xem" value={it.evidence} onChange={(e) => setItem(si, ii, { evidence: e.currentTarget.value })} autosize minRows={1} size="xs" />
                </Group>
              </Paper>
            ))}
            <Group>
              <Button size="compact-xs" variant="light" onClick={() => setSection(si, { items: [...s.items, newItem(nextCode(s, si))] })}>
                Thêm nội dung vào phần {s.code}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button size="compact-sm" variant="light" onClick={() => set({ sections: [...sections, { code: String(sections.length + 1), title: '', items: [newItem(`${sections.length + 1}.1`)] }] })}>
          Thêm phần
        </Button>
      </Group>
    </Stack>
  );
}

/** One checklist version: read it, or "Sửa thành phiên bản mới" (the version itself never changes). */
export function TemplateModal(props: { id: string; onClose: () => void; onSaved: (id: string) => void }) {
  const [t, setT] = useState<InspectionTemplate | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ name: string; description: string; sections: Section[] } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    setT(null);
    setDraft(null);
    invoke('inspections.template', { id: props.id })
      .then((x) => alive && setT(x))
      .catch((e: unknown) => alive && setError(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [props.id]);

  const save = async () => {
    if (!t || !draft) return;
    const p = checklistProblems(draft.sections);
    setProblems(p);
    if (p.length) return;
    setBusy(true);
    try {
      const saved = await invoke('inspections.saveTemplate', { basedOnId: t.id, ...draft });
      notifySuccess(`Đã lưu thành phiên bản ${saved.version}.`);
      props.onSaved(saved.id);
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      setProblems([errorMessage(e)]);
    } finally {
      setBusy(false);
    }
  };

  const title = t ? `${t.name} – phiên bản ${t.version}${draft ? ' (sửa thành phiên bản mới)' : ''}` : 'Mẫu phiếu kiểm tra';
  return (
    <Modal opened onClose={props.onClose} title={title} size={1040} closeOnClickOutside={false}>
      <Stack gap="sm">
        {error && <Alert color="red">{error}</Alert>}
        {!t && !error && (
          <Center py="xl">
            <Loader />
          </Center>
        )}
        {t && !draft && (
          <>
            <Text size="sm" c="dimmed" data-testid="template-usage">
              {t.usedBy
                ? `Đang được ${t.usedBy} kế hoạch, cuộc kiểm tra sử dụng; phiên bản này không bao giờ thay đổi.`
                : 'Chưa kế hoạch, cuộc kiểm tra nào dùng phiên bản này.'}{' '}
              Sửa mẫu phiếu sẽ lưu thành phiên bản mới; các cuộc kiểm tra đã bắt đầu vẫn giữ phiên bản cũ.
            </Text>
            <TemplateView t={t} />
          </>
        )}
        {t && draft && <TemplateEditor {...draft} errors={errors} onChange={setDraft} />}
        {problems.length > 0 && (
          <Alert color="red" data-testid="template-problems">
            {problems.map((p) => (
              <Text key={p} size="sm">
                {p}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', paddingBlock: 8 }}>
          {draft ? (
            <>
              <Button variant="default" onClick={() => setDraft(null)} disabled={busy}>
                {T.cancel}
              </Button>
              <Button onClick={() => void save()} loading={busy}>
                Lưu thành phiên bản mới
              </Button>
            </>
          ) : (
            <>
              <Button variant="default" onClick={props.onClose}>
                {T.close}
              </Button>
              {t && (
                <Button onClick={() => setDraft({ name: t.name, description: t.description, sections: structuredClone(t.sections) })}>
                  Sửa thành phiên bản mới
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

import { Alert, Button, Card, Group, MultiSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ExampleConference, TypicalExample } from '../../../src-shared/api';
import { EXAMPLE_KIND_LABELS, nextCongressYear } from '../../../src-shared/rules/examples';
import { formatDate, parseDate } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { PreviewButton } from '../../app/DocumentPreview';
import { notifyError, showFieldErrorsOrNotify, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { DOCX_MIME, downloadBase64 } from '../exchange/download';

interface Draft { id: string | null; title: string; year: number; heldOn: string; place: string; exampleIds: string[] }

const fresh = (): Draft => {
  const year = new Date().getFullYear();
  return { id: null, title: `Hội nghị điển hình tiên tiến giai đoạn ${nextCongressYear(year) - 5}-${nextCongressYear(year)}`, year, heldOn: '', place: '', exampleIds: [] };
};

/** Hội nghị điển hình tiên tiến: choose the examples honoured (in list order), print the list as DOCX. */
export function ConferencesPanel() {
  const [list, setList] = useState<ExampleConference[] | null>(null);
  const [examples, setExamples] = useState<TypicalExample[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    invoke('examples.conferences', {}).then(setList, (e: unknown) => setError(errorMessage(e)));
    invoke('examples.list', { year: null, stage: null }).then(setExamples, (e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  const save = async () => {
    if (!draft) return;
    const heldOn = draft.heldOn.trim() ? parseDate(draft.heldOn) : null;
    if (draft.heldOn.trim() && !heldOn) return setErrors({ heldOn: 'Ngày tổ chức không có thật; hãy nhập theo dạng dd/mm/yyyy.' });
    setBusy(true);
    try {
      await invoke('examples.saveConference', { id: draft.id, title: draft.title, year: draft.year, heldOn, place: draft.place, exampleIds: draft.exampleIds });
      notifySuccess('Đã lưu danh sách hội nghị');
      setDraft(null);
      load();
    } catch (e) {
      showFieldErrorsOrNotify(e, setErrors);
    } finally {
      setBusy(false);
    }
  };
  const download = async (c: ExampleConference) => {
    try {
      const doc = await invoke('print.document', { kind: 'examples-conference', id: c.id });
      downloadBase64(doc.fileName, doc.contentBase64, DOCX_MIME);
    } catch (e) {
      notifyError(e, 'Chưa in được danh sách');
    }
  };

  const options = examples.map((x) => ({ value: x.id, label: `${x.name} (${EXAMPLE_KIND_LABELS[x.kind].toLowerCase()}, ${x.unitName})` }));
  return (
    <Stack gap="sm">
      {error && <Alert color="red" title={T.loadFailed}>{error}</Alert>}
      {!draft && <Group><Button variant="light" onClick={() => (setDraft(fresh()), setErrors({}))}>Lập danh sách hội nghị mới</Button></Group>}
      {draft && (
        <Card withBorder p="sm" data-testid="conference-form">
          <Stack gap="xs">
            <Group grow align="flex-start">
              <TextInput label="Tên hội nghị" withAsterisk value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} error={errors.title} />
              <NumberInput label="Năm" withAsterisk maw={110} value={draft.year} onChange={(y) => setDraft({ ...draft, year: Number(y) || draft.year })} error={errors.year} />
              <TextInput label="Ngày tổ chức" placeholder="dd/mm/yyyy" maw={150} value={draft.heldOn} onChange={(e) => setDraft({ ...draft, heldOn: e.currentTarget.value })} error={errors.heldOn} />
              <TextInput label="Địa điểm" value={draft.place} onChange={(e) => setDraft({ ...draft, place: e.currentTarget.value })} error={errors.place} />
            </Group>
            <MultiSelect label="Điển hình được biểu dương (theo thứ tự chọn)" data={options} value={draft.exampleIds} searchable
              onChange={(exampleIds) => setDraft({ ...draft, exampleIds })} error={errors.exampleIds} placeholder="Chọn điển hình trong sổ" />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>{T.cancel}</Button>
              <Button onClick={() => void save()} loading={busy}>{T.save}</Button>
            </Group>
          </Stack>
        </Card>
      )}
      {list && list.length === 0 && !draft && <Text c="dimmed">Chưa có hội nghị điển hình tiên tiến nào.</Text>}
      {list?.map((c) => (
        <Card key={c.id} withBorder p="sm" data-testid="conference-card">
          <Group justify="space-between" align="flex-start">
            <div>
              <Text fw={600}>{c.title}</Text>
              <Text size="sm" c="dimmed">Năm {c.year}{c.heldOn ? `, ngày ${formatDate(c.heldOn)}` : ''}{c.place ? `, ${c.place}` : ''} · {c.examples.length} điển hình</Text>
            </div>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => (setDraft({ id: c.id, title: c.title, year: c.year, heldOn: formatDate(c.heldOn), place: c.place, exampleIds: c.examples.map((x) => x.id) }), setErrors({}))}>Sửa danh sách</Button>
              <PreviewButton size="xs" doc={{ kind: 'examples-conference', id: c.id, title: 'Danh sách điển hình tiên tiến' }} />
              <Button size="xs" onClick={() => void download(c)}>In danh sách (DOCX)</Button>
            </Group>
          </Group>
          <Text size="sm" mt={4}>{c.examples.map((x, i) => `${i + 1}. ${x.name}`).join('   ')}</Text>
        </Card>
      ))}
    </Stack>
  );
}

import { Alert, Anchor, Button, Checkbox, Collapse, FileButton, Group, Loader, Modal, NumberInput, Select, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import type { AwardImportInput, AwardImportPreview } from '../../../../src-shared/api';
import type { AwardCategory } from '../../../../src-shared/rules/vocab';
import { errorMessage, invoke } from '../../../api';
import { formatCount } from '../../../app/format';
import { notifyProblem, notifySuccess } from '../../../app/notify';
import { T } from '../../../app/strings';
import { columnLabel, MappingEditor } from '../../registrations/MappingEditor';
import { type ColumnMapping, ENCODING_OPTIONS, type EncodingChoice, readBase64, type SheetSource } from '../../registrations/sheetApi';
import { CATEGORY_OPTIONS } from '../labels';
import { AwardImportTable } from './AwardImportTable';

const FULL_HEIGHT = {
  content: { height: 'calc(100dvh - 2 * var(--modal-y-offset))', display: 'flex', flexDirection: 'column' as const },
  body: { flex: 1, minHeight: 0 },
};

interface Params {
  source: SheetSource;
  encoding: EncodingChoice;
  mapping: ColumnMapping | null;
  sheet: string | null;
  headerRow: number | null;
  defaultCategory: AwardCategory;
}

const PLACEHOLDER = 'STT\tHọ và tên\tNăm sinh\tNăm\tDanh hiệu\tSố quyết định\tNgày quyết định\tCơ quan ban hành\n1\tNguyễn Văn An\t1980\t2024\tLao động tiên tiến\t152/QĐ-UBND\t10/12/2024\tUBND xã Tân Phong';

/**
 * "Nhập khen thưởng từ Excel": a list of awards already received (an .xlsx or rows pasted from
 * Excel), previewed line by line — the person or collective found in the registry, the award
 * recognised in the catalogue or kept as written, rows already recorded skipped, errors in red —
 * before anything is written. Then every accepted row at once; while rows are in error, only
 * if the clerk ticks "Chỉ nhập các dòng hợp lệ".
 */
export function AwardImportModal(props: { onClose: () => void; onImported: () => void }) {
  const [tab, setTab] = useState<string | null>('file');
  const [pasteText, setPasteText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [params, setParams] = useState<Params | null>(null);
  const [preview, setPreview] = useState<AwardImportPreview | null>(null);
  const [onlyValid, setOnlyValid] = useState(false);
  const [mappingOpen, setMappingOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [defaultCategory, setDefaultCategory] = useState<AwardCategory>('cong-trang');
  const request = useRef(0);

  const input = (p: Params): AwardImportInput => ({
    sheet: { source: p.source, sheet: p.sheet, headerRow: p.headerRow, mapping: p.mapping, encoding: p.encoding },
    defaultCategory: p.defaultCategory,
  });

  const run = async (p: Params) => {
    const n = ++request.current;
    setParams(p);
    setBusy('preview');
    setProblem(null);
    try {
      const r = await invoke('awards.importPreview', input(p));
      if (n !== request.current) return;
      setPreview(r);
    } catch (e) {
      if (n !== request.current) return;
      setPreview(null);
      setProblem(errorMessage(e));
    } finally {
      if (n === request.current) setBusy(null);
    }
  };

  const change = (patch: Partial<Params>) => params && void run({ ...params, ...patch });
  const fresh = (source: SheetSource): Params => ({ source, encoding: params?.encoding ?? 'auto', mapping: null, sheet: null, headerRow: null, defaultCategory });

  const previewPaste = () => {
    if (!pasteText.trim()) return notifyProblem('Hãy dán các dòng đã copy trong Excel (cả dòng tiêu đề) vào ô trên.');
    void run(fresh({ kind: 'paste', text: pasteText }));
  };

  const pickFile = async (file: File | null) => {
    if (!file) return;
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setProblem('Chỉ nhận tệp Excel .xlsx. Tệp .xls cũ: hãy mở bằng Excel rồi “Lưu thành” .xlsx; hoặc copy các dòng rồi dán vào thẻ “Dán từ Excel”.');
      return;
    }
    setFileName(file.name);
    try {
      void run(fresh({ kind: 'xlsx', fileName: file.name, contentBase64: await readBase64(file) }));
    } catch {
      setProblem('Không đọc được tệp này; hãy kiểm tra tệp còn mở được bằng Excel.');
    }
  };

  const apply = async () => {
    if (!params) return;
    setBusy('import');
    try {
      const r = await invoke('awards.importApply', { ...input(params), onlyValid });
      const skipped = [r.duplicates && `${formatCount(r.duplicates)} dòng đã có`, r.skippedErrors && `${formatCount(r.skippedErrors)} dòng lỗi`].filter(Boolean);
      notifySuccess(`Đã nhập ${formatCount(r.added)} khen thưởng${skipped.length ? ` (bỏ qua ${skipped.join(', ')})` : ''}`);
      props.onImported();
    } catch (e) {
      setProblem(errorMessage(e));
      setBusy(null);
    }
  };

  const counts = preview?.counts;
  const mapped = preview ? preview.fields.filter((f) => typeof preview.mapping[f.key] === 'number') : [];
  const blocked = !counts || counts.ok === 0 || (counts.errors > 0 && !onlyValid) || busy === 'preview';

  return (
    <Modal opened onClose={props.onClose} title="Nhập khen thưởng đã có từ Excel" size={1240} closeOnClickOutside={false} styles={preview ? FULL_HEIGHT : undefined}>
      <Stack gap="sm" style={{ height: '100%', minHeight: 0 }}>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="file">Chọn tệp .xlsx</Tabs.Tab>
            <Tabs.Tab value="paste">Dán từ Excel</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="file" pt="xs">
            <Group gap="sm" wrap="nowrap">
              <FileButton onChange={(f) => void pickFile(f)} accept=".xlsx" inputProps={{ 'aria-label': 'Tệp Excel (.xlsx)' }}>
                {(p) => (
                  <Button {...p} variant="default" loading={busy === 'preview' && params?.source.kind === 'xlsx'} style={{ flex: 'none' }}>
                    Chọn tệp Excel…
                  </Button>
                )}
              </FileButton>
              <Text size="sm" c={fileName ? undefined : 'dimmed'}>
                {fileName ??
                  'Tệp .xlsx có dòng tiêu đề: Họ và tên (hoặc Tên tập thể), Năm sinh, Đơn vị, Năm, Danh hiệu / Hình thức khen thưởng, Số và ngày quyết định, Cơ quan ban hành. Người, tập thể phải có sẵn trong danh sách.'}
              </Text>
            </Group>
          </Tabs.Panel>
          <Tabs.Panel value="paste" pt="xs">
            <Group align="flex-end" wrap="nowrap" gap="sm">
              <Textarea
                label="Dán các dòng đã copy trong Excel (cả dòng tiêu đề)"
                placeholder={PLACEHOLDER}
                value={pasteText}
                onChange={(e) => setPasteText(e.currentTarget.value)}
                autosize
                minRows={3}
                maxRows={preview ? 3 : 8}
                style={{ flex: 1 }}
                styles={{ input: { fontSize: 13, whiteSpace: 'pre', tabSize: 16 } }}
                spellCheck={false}
              />
              <Button onClick={previewPaste} loading={busy === 'preview' && params?.source.kind === 'paste'}>
                Xem trước
              </Button>
            </Group>
          </Tabs.Panel>
        </Tabs>

        {problem && (
          <Alert color="red" role="alert" title="Chưa nhập được" py={8}>
            {problem}
          </Alert>
        )}

        {preview && params && counts && (
          <Stack gap="xs" data-testid="award-preview" style={{ flex: 1, minHeight: 0 }}>
            <Group gap="sm" align="flex-end" wrap="nowrap">
              <Select label="Bảng mã" data={ENCODING_OPTIONS} value={params.encoding} onChange={(v) => v && change({ encoding: v as EncodingChoice })} allowDeselect={false} w={140} />
              {preview.sheets.length > 1 && (
                <Select label="Trang tính" data={preview.sheets} value={preview.sheet} onChange={(v) => v && change({ sheet: v, headerRow: null, mapping: null })} allowDeselect={false} w={170} />
              )}
              <NumberInput
                label="Dòng tiêu đề"
                value={params.headerRow ?? preview.headerRow}
                onChange={(v) => typeof v === 'number' && v >= 1 && change({ headerRow: v, mapping: null })}
                min={1}
                allowDecimal={false}
                w={110}
              />
              <Select
                label="Loại hình mặc định"
                title="Cho khen thưởng ngoài danh mục, ở dòng không ghi loại hình"
                data={CATEGORY_OPTIONS}
                value={params.defaultCategory}
                onChange={(v) => {
                  if (!v) return;
                  setDefaultCategory(v as AwardCategory);
                  change({ defaultCategory: v as AwardCategory });
                }}
                allowDeselect={false}
                w={260}
                comboboxProps={{ width: 340 }}
              />
              <Stack gap={2} ml="auto" align="flex-end">
                {busy === 'preview' && <Loader size="xs" />}
                <Text size="sm" data-testid="award-counts">
                  {formatCount(counts.rows)} dòng · {formatCount(counts.ok)} sẽ nhập · {formatCount(counts.duplicates)} đã có{' · '}
                  <Text span c={counts.errors ? 'red.8' : undefined} fw={counts.errors ? 700 : undefined} inherit>
                    {formatCount(counts.errors)} dòng lỗi
                  </Text>
                </Text>
              </Stack>
            </Group>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 0 }} lineClamp={2} data-testid="mapping-summary">
                Ghép cột (tiêu đề ở dòng {preview.headerRow}
                {preview.mappingSource === 'remembered' ? ', theo lần nhập trước' : ''}):{' '}
                {mappingOpen
                  ? 'chọn cột cho từng thông tin bên dưới.'
                  : mapped.map((f) => `${f.label} ← ${columnLabel(preview.headers, preview.mapping[f.key] as number)}`).join('; ') || 'chưa ghép được cột nào'}
              </Text>
              <Anchor component="button" size="xs" onClick={() => setMappingOpen((o) => !o)} style={{ flex: 'none' }}>
                {mappingOpen ? 'Ẩn ghép cột' : 'Sửa ghép cột…'}
              </Anchor>
            </Group>
            <Collapse expanded={mappingOpen}>
              <MappingEditor preview={preview} onChange={(mapping) => change({ mapping })} disabled={busy !== null} />
            </Collapse>
            {!preview.headerDetected && (
              <Alert color="yellow" py={6} data-testid="header-hint">
                Chưa nhận ra dòng tiêu đề (Họ và tên, Năm, Danh hiệu…): hãy ghi đúng “Dòng tiêu đề”, thử bảng mã khác, hoặc tự ghép cột.
              </Alert>
            )}
            {counts.errors > 0 && (
              <Alert color="red" py={6} data-testid="award-errors-alert">
                Còn {formatCount(counts.errors)} dòng lỗi (tô đỏ): hãy sửa trong Excel rồi chọn tệp lại, hoặc chọn “Chỉ nhập các dòng hợp lệ”.
              </Alert>
            )}
            <AwardImportTable preview={preview} />
          </Stack>
        )}

        <Group justify="flex-end" gap="md">
          {!!counts?.errors && (
            <Checkbox
              label={`Chỉ nhập các dòng hợp lệ (bỏ qua ${formatCount(counts.errors)} dòng lỗi)`}
              checked={onlyValid}
              onChange={(e) => setOnlyValid(e.currentTarget.checked)}
              mr="auto"
            />
          )}
          <Button variant="default" onClick={props.onClose} disabled={busy === 'import'}>
            {T.cancel}
          </Button>
          <Button onClick={() => void apply()} disabled={blocked} loading={busy === 'import'}>
            Nhập {formatCount(counts?.ok ?? 0)} khen thưởng
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

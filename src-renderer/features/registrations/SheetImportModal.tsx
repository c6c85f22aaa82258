import { Alert, Anchor, Button, Collapse, FileButton, Group, Loader, Modal, NumberInput, Select, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { errorMessage, invoke } from '../../api';
import { formatCount } from '../../app/format';
import { notifyProblem, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { DEFAULT_INDIVIDUAL_TITLE, INDIVIDUAL_TITLE_OPTIONS } from './labels';
import { columnLabel, MappingEditor } from './MappingEditor';
import {
  type ColumnMapping,
  ENCODING_OPTIONS,
  type EncodingChoice,
  readBase64,
  type SheetPreview,
  type SheetPreviewInput,
  type SheetSource,
} from './sheetApi';
import { SheetPreviewTable } from './SheetPreviewTable';

const FULL_HEIGHT = {
  content: { height: 'calc(100dvh - 2 * var(--modal-y-offset))', display: 'flex', flexDirection: 'column' as const },
  body: { flex: 1, minHeight: 0 },
};

interface Params {
  source: SheetSource;
  encoding: EncodingChoice;
  /** Null: the server's (remembered or guessed) mapping; set once the clerk edits it. */
  mapping: ColumnMapping | null;
  sheet: string | null;
  headerRow: number | null;
}

/**
 * "Thêm từ Excel": rows pasted from Excel (with their header) or an .xlsx file, previewed line by
 * line (legacy TCVN3/VNI text converted, matches with the people list, errors) before anything
 * is written; then every row is added at once, or none.
 */
export function SheetImportModal(props: { registrationId: string; onClose: () => void; onAdded: () => void }) {
  const [tab, setTab] = useState<string | null>('paste');
  const [pasteText, setPasteText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [params, setParams] = useState<Params | null>(null);
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [defaultTitle, setDefaultTitle] = useState(DEFAULT_INDIVIDUAL_TITLE);
  const [mappingOpen, setMappingOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const request = useRef(0);

  const input = (p: Params): SheetPreviewInput => ({
    source: p.source, target: 'people', sheet: p.sheet, headerRow: p.headerRow, mapping: p.mapping, encoding: p.encoding,
  });

  const run = async (p: Params) => {
    const n = ++request.current;
    setParams(p);
    setBusy('preview');
    setProblem(null);
    try {
      const r = await invoke('sheet.preview', input(p));
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

  const previewPaste = () => {
    if (!pasteText.trim()) return notifyProblem('Hãy dán các dòng đã copy trong Excel (cả dòng tiêu đề) vào ô trên.');
    void run({ source: { kind: 'paste', text: pasteText }, encoding: params?.encoding ?? 'auto', mapping: null, sheet: null, headerRow: null });
  };

  const pickFile = async (file: File | null) => {
    if (!file) return;
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setProblem('Chỉ nhận tệp Excel .xlsx. Tệp .xls cũ: hãy mở bằng Excel rồi “Lưu thành” .xlsx; hoặc copy các dòng rồi dán vào thẻ “Dán từ Excel”.');
      return;
    }
    setFileName(file.name);
    try {
      const contentBase64 = await readBase64(file);
      void run({ source: { kind: 'xlsx', fileName: file.name, contentBase64 }, encoding: params?.encoding ?? 'auto', mapping: null, sheet: null, headerRow: null });
    } catch {
      setProblem('Không đọc được tệp này; hãy kiểm tra tệp còn mở được bằng Excel.');
    }
  };

  const apply = async () => {
    if (!params || !preview) return;
    setBusy('import');
    try {
      // The service remembers the column mapping of this layout of list for the next time.
      const r = await invoke('registrations.importEntries', { registrationId: props.registrationId, sheet: input(params), defaultTitle });
      notifySuccess(
        `Đã thêm ${formatCount(r.added)} người vào danh sách đăng ký` +
          (r.created ? ` (${formatCount(r.created)} người mới được tạo trong danh sách cá nhân)` : ''),
      );
      props.onAdded();
    } catch (e) {
      setProblem(errorMessage(e));
      setBusy(null);
    }
  };

  const counts = preview?.counts;
  const mapped = preview ? preview.fields.filter((f) => preview.mapping[f.key] !== null && preview.mapping[f.key] !== undefined) : [];

  return (
    <Modal
      opened
      onClose={props.onClose}
      title="Thêm từ Excel"
      size={1180}
      closeOnClickOutside={false}
      // With a preview, the dialog takes the screen's height and the table the room left in it.
      styles={preview ? FULL_HEIGHT : undefined}
    >
      <Stack gap="sm" style={{ height: '100%', minHeight: 0 }}>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="paste">Dán từ Excel</Tabs.Tab>
            <Tabs.Tab value="file">Chọn tệp .xlsx</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="paste" pt="xs">
            <Group align="flex-end" wrap="nowrap" gap="sm">
              <Textarea
                label="Dán các dòng đã copy trong Excel (cả dòng tiêu đề)"
                placeholder={'STT\tHọ và tên\tNăm sinh\tChức vụ\tDanh hiệu\n1\tNguyễn Văn An\t1985\tChủ tịch UBND xã\tChiến sĩ thi đua cơ sở'}
                value={pasteText}
                onChange={(e) => setPasteText(e.currentTarget.value)}
                autosize
                minRows={3}
                maxRows={preview ? 3 : 8}
                style={{ flex: 1 }}
                styles={{ input: { fontSize: 13, whiteSpace: 'pre', tabSize: 16 } }}
                spellCheck={false}
                data-autofocus
              />
              <Button onClick={previewPaste} loading={busy === 'preview' && params?.source.kind === 'paste'}>
                Xem trước
              </Button>
            </Group>
          </Tabs.Panel>
          <Tabs.Panel value="file" pt="xs">
            <Group gap="sm">
              <FileButton onChange={(f) => void pickFile(f)} accept=".xlsx" inputProps={{ 'aria-label': 'Tệp Excel (.xlsx)' }}>
                {(p) => (
                  <Button {...p} variant="default" loading={busy === 'preview' && params?.source.kind === 'xlsx'}>
                    Chọn tệp Excel…
                  </Button>
                )}
              </FileButton>
              <Text size="sm" c={fileName ? undefined : 'dimmed'}>
                {fileName ?? 'Tệp .xlsx có dòng tiêu đề (Họ và tên, Năm sinh, Chức vụ, Danh hiệu…); phông TCVN3 (.VnTime) hay VNI được tự chuyển sang Unicode.'}
              </Text>
            </Group>
          </Tabs.Panel>
        </Tabs>

        {problem && (
          <Alert color="red" role="alert" title="Chưa đọc được danh sách" py={8}>
            {problem}
          </Alert>
        )}

        {preview && params && counts && (
          <Stack gap="xs" data-testid="sheet-preview" style={{ flex: 1, minHeight: 0 }}>
            <Group gap="sm" align="flex-end" wrap="nowrap">
              <Select
                label="Bảng mã"
                data={ENCODING_OPTIONS}
                value={params.encoding}
                onChange={(v) => v && change({ encoding: v as EncodingChoice })}
                allowDeselect={false}
                w={150}
              />
              {preview.sheets.length > 1 && (
                <Select label="Trang tính" data={preview.sheets} value={preview.sheet} onChange={(v) => v && change({ sheet: v, headerRow: null, mapping: null })} allowDeselect={false} w={180} />
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
                label="Danh hiệu mặc định"
                title="Dùng cho các dòng không ghi danh hiệu"
                data={INDIVIDUAL_TITLE_OPTIONS}
                value={defaultTitle}
                onChange={(v) => v && setDefaultTitle(v)}
                allowDeselect={false}
                w={250}
              />
              <Stack gap={2} ml="auto" align="flex-end">
                {busy === 'preview' && <Loader size="xs" />}
                <Text size="sm" data-testid="sheet-counts">
                  {formatCount(counts.rows)} dòng · {formatCount(counts.matched)} khớp danh sách · {formatCount(counts.new)} tạo mới
                  {' · '}
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
                Chưa nhận ra dòng tiêu đề (Họ và tên, Năm sinh…): hãy ghi đúng “Dòng tiêu đề”, thử bảng mã khác, hoặc tự ghép cột.
              </Alert>
            )}
            {counts.errors > 0 && (
              <Alert color="red" py={6} data-testid="sheet-errors-alert">
                Còn {formatCount(counts.errors)} dòng lỗi (tô đỏ): hãy sửa trong Excel rồi dán hoặc chọn tệp lại, hoặc chỉnh ghép cột, bảng mã.
              </Alert>
            )}
            <SheetPreviewTable preview={preview} defaultTitle={defaultTitle} />
          </Stack>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={busy === 'import'}>
            {T.cancel}
          </Button>
          <Button
            onClick={() => void apply()}
            disabled={!preview || !counts || counts.errors > 0 || counts.rows === 0 || busy === 'preview'}
            loading={busy === 'import'}
          >
            Thêm {formatCount(counts?.rows ?? 0)} người
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

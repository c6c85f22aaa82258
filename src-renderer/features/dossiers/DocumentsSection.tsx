import { Alert, Badge, Button, CloseButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Dossier, DossierDocument } from '../../../src-shared/api';
import { invoke } from '../../api';
import { formatBytes } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { AttachmentPreview } from './AttachmentPreview';
import type { Documents, NomineeRow } from './useDossier';
import { UploadButton } from './UploadButton';
import { VerdictIcon } from './Verdict';

/** "ND152-M01" → "Mẫu số 01, NĐ 152": the form's number as printed in the decree's appendix. */
function templateLabel(code: string): string {
  const m = /^ND(\d+)-M(\d+)$/.exec(code);
  return m ? `Mẫu số ${m[2]}, NĐ ${m[1]}` : `Mẫu ${code}`;
}

type Required = Documents['required'][number];
const OTHER = 'KHAC';

/** The files attached under one document (of one nominee), each with "Xem" and "Xóa". */
function Files(props: { files: DossierDocument[]; editable: boolean; onPreview: (id: string) => void; onRemove: (d: DossierDocument) => void }) {
  if (!props.files.length) return null;
  return (
    <Stack gap={2}>
      {props.files.map((f) => (
        <Group key={f.id} gap={6} wrap="nowrap" data-testid="attached-file">
          <Text size="sm" truncate="end" title={f.name} style={{ minWidth: 0 }}>
            {f.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
            {formatBytes(f.size)}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => props.onPreview(f.id)} aria-label={`Xem ${f.name}`} style={{ flex: 'none' }}>
            Xem
          </Button>
          {props.editable && <CloseButton size="sm" aria-label={`Gỡ ${f.name}`} title="Gỡ tệp khỏi hồ sơ" onClick={() => props.onRemove(f)} />}
        </Group>
      ))}
    </Stack>
  );
}

/**
 * "Giấy tờ trong hồ sơ": the documents the award requires (from the catalogue), each ticked
 * when the dossier has it, with the scans attached (per nominee for a report), upload and
 * preview; then what is still missing.
 */
export function DocumentsSection(props: { dossier: Dossier; nominees: NomineeRow[]; documents: Documents | null; onChanged: () => void }) {
  const { dossier, nominees, documents } = props;
  const [preview, setPreview] = useState<string | null>(null);
  // The refusal of the last upload, shown beside the document it was meant for.
  const [refused, setRefused] = useState<{ key: string; message: string } | null>(null);
  const editable = dossier.editable;
  const files = documents?.documents ?? [];

  const remove = async (d: DossierDocument) => {
    try {
      await invoke('dossiers.detach', { dossierId: dossier.id, documentId: d.id });
      notifySuccess(`Đã gỡ “${d.name}”`);
      props.onChanged();
    } catch (e) {
      notifyError(e);
    }
  };

  const upload = (key: string, docCode: string, nomineeId: string | null, label: string) =>
    editable && (
      <UploadButton
        dossierId={dossier.id}
        docCode={docCode}
        nomineeId={nomineeId}
        label={label}
        onDone={props.onChanged}
        onError={(message) => setRefused(message ? { key, message } : null)}
      />
    );

  const refusal = (key: string) =>
    refused?.key === key && (
      <Alert color="red" py={6} role="alert" data-testid="upload-refused" withCloseButton onClose={() => setRefused(null)}>
        <Text size="sm">{refused.message}</Text>
      </Alert>
    );

  const fileList = (shown: DossierDocument[]) => <Files files={shown} editable={editable} onPreview={setPreview} onRemove={(d) => void remove(d)} />;

  /** One line per nominee of a per-person document (the report): their files, or the report typed here. */
  const perNominee = (r: Required) =>
    nominees.map((n) => {
      const key = `${r.code}:${n.id}`;
      const shown = files.filter((f) => f.docCode === r.code && f.nomineeId === n.id);
      return (
        <Stack key={key} gap={2} pl="xs" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate="end">
                {n.name}
              </Text>
              {!shown.length && n.report.trim() && (
                <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                  (đã nhập báo cáo trong phần mềm)
                </Text>
              )}
            </Group>
            {upload(key, r.code, n.id, `Tải lên: ${r.name} — ${n.name}`)}
          </Group>
          {fileList(shown)}
          {refusal(key)}
        </Stack>
      );
    });

  const row = (r: Required) => (
    <Paper key={r.code} withBorder p="xs" radius="sm" data-testid="required-doc" data-code={r.code} data-satisfied={r.satisfied}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <VerdictIcon result={r.satisfied ? 'pass' : 'fail'} mt={2} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
            <Group gap={6} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {r.name}
              </Text>
              {r.template && (
                <Badge size="sm" variant="outline" color="gray" tt="none">
                  {templateLabel(r.template)}
                </Badge>
              )}
              {r.printable && (
                <Badge size="sm" variant="light" color="blue" title="Phần mềm in văn bản này từ thông tin đã nhập; đính kèm bản quét có chữ ký nếu có">
                  In từ phần mềm
                </Badge>
              )}
            </Group>
            {!r.perNominee && upload(r.code, r.code, null, `Tải lên: ${r.name}`)}
          </Group>
          {r.missing.map((m) => (
            <Text key={m} size="xs" c="red.8">
              Thiếu {m}
            </Text>
          ))}
          {r.perNominee ? (
            perNominee(r)
          ) : (
            <>
              {fileList(files.filter((f) => f.docCode === r.code))}
              {refusal(r.code)}
            </>
          )}
        </Stack>
      </Group>
    </Paper>
  );

  const known = new Set(documents?.required.map((r) => r.code));
  const others = files.filter((f) => !known.has(f.docCode));

  return (
    <Paper withBorder p="sm" component="section" aria-label="Giấy tờ trong hồ sơ">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            Giấy tờ trong hồ sơ
          </Title>
          <Text size="xs" c="dimmed">
            Bản quét PDF, JPEG hoặc PNG, mỗi tệp tối đa 30 MB
          </Text>
        </Group>
        {!documents ? (
          <Text size="sm" c="dimmed">
            Đang tải…
          </Text>
        ) : (
          <>
            {documents.required.map(row)}
            <Paper withBorder p="xs" radius="sm" data-testid="required-doc" data-code={OTHER}>
              <Stack gap={4}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={600}>
                    Giấy tờ khác (không bắt buộc)
                  </Text>
                  {upload(OTHER, OTHER, null, 'Tải lên: Giấy tờ khác')}
                </Group>
                {fileList(others)}
                {refusal(OTHER)}
                {!others.length && !editable && (
                  <Text size="xs" c="dimmed">
                    (không có)
                  </Text>
                )}
              </Stack>
            </Paper>
            {documents.problems.length > 0 ? (
              <Alert color="orange" title="Hồ sơ còn thiếu" py={8} data-testid="dossier-problems">
                <List size="sm" spacing={2}>
                  {documents.problems.map((p) => (
                    <List.Item key={p}>{p}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Alert color="green" py={8} data-testid="dossier-complete">
                Đủ giấy tờ theo danh mục.
              </Alert>
            )}
          </>
        )}
      </Stack>
      {preview && <AttachmentPreview documentId={preview} onClose={() => setPreview(null)} />}
    </Paper>
  );
}

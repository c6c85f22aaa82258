import { Button, Group, Menu, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { DOCX_MIME, downloadBase64 } from '../exchange/download';
import { PrintButton } from '../registrations/PrintButton';
import type { NomineeRow } from './useDossier';

/** The dossier's own documents (id = dossier id), in the order they are filed. */
const DOSSIER_DOCS = [
  { kind: 'dossier-to-trinh', label: 'In tờ trình' },
  { kind: 'dossier-danh-sach', label: 'In danh sách' },
  { kind: 'dossier-bien-ban', label: 'In biên bản' },
] as const;
const REPORT = 'dossier-bao-cao';

/** The document kinds this version of the app prints (asked once per screen). */
function usePrintKinds(): Set<string> | null {
  const [kinds, setKinds] = useState<Set<string> | null>(null);
  useEffect(() => {
    let alive = true;
    invoke('print.kinds', {})
      .then((k) => alive && setKinds(new Set(k)))
      .catch(() => alive && setKinds(new Set()));
    return () => {
      alive = false;
    };
  }, []);
  return kinds;
}

/**
 * "In tờ trình", "In danh sách", "In biên bản", "In báo cáo thành tích" (per nominee) and "In
 * toàn bộ hồ sơ" (each document saved one after another), only for the documents that exist.
 */
export function PrintRow({ dossier, nominees }: { dossier: Dossier; nominees: NomineeRow[] }) {
  const kinds = usePrintKinds();
  const [busy, setBusy] = useState(false);
  if (!kinds) return null;
  const docs = DOSSIER_DOCS.filter((d) => kinds.has(d.kind));
  const reports = kinds.has(REPORT) && nominees.length > 0;
  if (!docs.length && !reports) return null;

  const all = [
    ...docs.map((d) => ({ kind: d.kind as string, id: dossier.id })),
    ...(reports ? nominees.map((n) => ({ kind: REPORT, id: n.id })) : []),
  ];
  const printAll = async () => {
    setBusy(true);
    try {
      for (const job of all) {
        const doc = await invoke('print.document', job);
        downloadBase64(doc.fileName, doc.contentBase64, DOCX_MIME);
      }
      notifySuccess(`Đã in ${all.length} văn bản của hồ sơ`);
    } catch (e) {
      notifyError(e, 'Chưa in được');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap="xs" role="group" aria-label="In hồ sơ">
      <Text size="sm" c="dimmed">
        In hồ sơ (Word):
      </Text>
      {docs.map((d) => (
        <PrintButton key={d.kind} kind={d.kind} id={dossier.id} label={d.label} size="xs" />
      ))}
      {reports &&
        (nominees.length === 1 ? (
          <PrintButton kind={REPORT} id={nominees[0]!.id} label="In báo cáo thành tích" size="xs" />
        ) : (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button size="xs" variant="default">
                In báo cáo thành tích ▾
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {nominees.map((n) => (
                <ReportItem key={n.id} nominee={n} />
              ))}
            </Menu.Dropdown>
          </Menu>
        ))}
      <Button size="xs" variant="light" onClick={() => void printAll()} loading={busy}>
        In toàn bộ hồ sơ
      </Button>
    </Group>
  );
}

function ReportItem({ nominee }: { nominee: NomineeRow }) {
  const print = async () => {
    try {
      const doc = await invoke('print.document', { kind: REPORT, id: nominee.id });
      downloadBase64(doc.fileName, doc.contentBase64, DOCX_MIME);
    } catch (e) {
      notifyError(e, 'Chưa in được');
    }
  };
  return <Menu.Item onClick={() => void print()}>{nominee.name}</Menu.Item>;
}

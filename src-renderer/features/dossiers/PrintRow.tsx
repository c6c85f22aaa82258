import { Button, Group, Menu, NumberInput, Popover, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError, notifyProblem, notifySuccess } from '../../app/notify';
import { PrintSetDialog } from './PrintSetDialog';
import { DOCX_MIME, downloadBase64 } from '../exchange/download';
import { PrintButton } from '../registrations/PrintButton';
import { type DossierPart, PreviewMenu } from './PreviewMenu';
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
 * toàn bộ hồ sơ" (every document written into a folder, with progress and "Dừng in"), only for
 * the documents that exist.
 */
export function PrintRow({ dossier, nominees }: { dossier: Dossier; nominees: NomineeRow[] }) {
  const kinds = usePrintKinds();
  const [printingAll, setPrintingAll] = useState(false);
  const parts = useDossierParts(dossier.id, `${dossier.rev}:${nominees.map((n) => n.id).join(',')}`);
  const communeDecides = parts.some((p) => p.kind === 'dossier-quyet-dinh');
  if (!kinds) return null;
  const docs = DOSSIER_DOCS.filter((d) => kinds.has(d.kind));
  const reports = kinds.has(REPORT) && nominees.length > 0;
  if (!docs.length && !reports) return null;

  return (
    <Group gap="xs" role="group" aria-label="In hồ sơ">
      <Text size="sm" c="dimmed">
        In hồ sơ (Word):
      </Text>
      <PreviewMenu parts={parts.filter((p) => kinds.has(p.kind))} nominees={nominees} />
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
      {communeDecides && (
        <>
          <PrintButton kind="dossier-quyet-dinh" id={dossier.id} label="In quyết định" size="xs" />
          <PrintButton kind="dossier-giay-khen" id={dossier.id} label="In Giấy khen" size="xs" />
          <OffsetsButton kind="dossier-giay-khen" />
        </>
      )}
      <Button size="xs" variant="light" onClick={() => setPrintingAll(true)}>
        In toàn bộ hồ sơ
      </Button>
      {/* The whole set in filing order, as the server knows it (with the decision and the Giấy khen when the commune chairman decides). */}
      <PrintSetDialog opened={printingAll} onClose={() => setPrintingAll(false)} dossierId={dossier.id} total={parts.length} />
    </Group>
  );
}

/**
 * The documents of this dossier's printed set, as the server files them (with the decision and
 * the Giấy khen when the commune chairman decides this award); asked again when the dossier's
 * rev or its nominees change.
 */
function useDossierParts(id: string, version: string): DossierPart[] {
  const [parts, setParts] = useState<DossierPart[]>([]);
  useEffect(() => {
    let alive = true;
    invoke('print.dossierParts', { id })
      .then((p) => alive && setParts(p))
      .catch(() => alive && setParts([]));
    return () => {
      alive = false;
    };
  }, [id, version]);
  return parts;
}

/** "Căn chỉnh vị trí in": millimetres to move the text on pre-printed blanks. */
function OffsetsButton({ kind }: { kind: string }) {
  const [top, setTop] = useState<number | string>(0);
  const [left, setLeft] = useState<number | string>(0);
  const load = () =>
    invoke('print.getOffsets', { kind })
      .then((o) => {
        setTop(o.topMm);
        setLeft(o.leftMm);
      })
      .catch((e: unknown) => notifyError(e));
  const save = async () => {
    try {
      await invoke('print.setOffsets', { kind, topMm: Number(top), leftMm: Number(left) });
      notifySuccess('Đã lưu vị trí in');
    } catch (e) {
      notifyError(e, 'Chưa lưu được');
    }
  };
  return (
    <Popover position="bottom-end" withinPortal onOpen={() => void load()}>
      <Popover.Target>
        <Button size="xs" variant="subtle">
          Căn chỉnh vị trí in
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={260}>
          <Text size="sm">Dịch chữ trên phôi Giấy khen (mm): số dương xuống dưới / sang phải.</Text>
          <NumberInput label="Lề trên (mm)" value={top} onChange={setTop} min={-30} max={30} step={0.5} decimalScale={1} />
          <NumberInput label="Lề trái (mm)" value={left} onChange={setLeft} min={-30} max={30} step={0.5} decimalScale={1} />
          <Button size="xs" onClick={() => void save()}>
            Lưu vị trí in
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function ReportItem({ nominee }: { nominee: NomineeRow }) {
  const print = async () => {
    try {
      const doc = await invoke('print.document', { kind: REPORT, id: nominee.id });
      downloadBase64(doc.fileName, doc.contentBase64, DOCX_MIME);
      if (doc.warning) notifyProblem(doc.warning, 'Đã in, nhưng cần lưu ý');
    } catch (e) {
      notifyError(e, 'Chưa in được');
    }
  };
  return <Menu.Item onClick={() => void print()}>{nominee.name}</Menu.Item>;
}

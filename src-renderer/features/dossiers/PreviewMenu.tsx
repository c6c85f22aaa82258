import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { DocumentPreview, type PrintedDocument } from '../../app/DocumentPreview';
import type { NomineeRow } from './useDossier';

export interface DossierPart {
  kind: string;
  id: string;
  fileName: string;
}

const TITLES: Record<string, string> = {
  'dossier-to-trinh': 'Tờ trình đề nghị khen thưởng',
  'dossier-danh-sach': 'Danh sách đề nghị khen thưởng',
  'dossier-bien-ban': 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  'dossier-quyet-dinh': 'Quyết định khen thưởng',
  'dossier-giay-khen': 'Giấy khen',
};

/** The title of one part of the dossier's printed set; a report names its nominee. */
export function partTitle(part: DossierPart, nominees: readonly NomineeRow[]): string {
  if (part.kind === 'dossier-bao-cao') {
    const name = nominees.find((n) => n.id === part.id)?.name;
    return name ? `Báo cáo thành tích – ${name}` : 'Báo cáo thành tích';
  }
  return TITLES[part.kind] ?? part.fileName;
}

/**
 * "Xem trước ▾": every document of the dossier's printed set (the server's list, so the
 * commune's decision and Giấy khen appear exactly when they are printed), each opened in the
 * preview dialog.
 */
export function PreviewMenu({ parts, nominees }: { parts: readonly DossierPart[]; nominees: readonly NomineeRow[] }) {
  const [doc, setDoc] = useState<PrintedDocument | null>(null);
  if (!parts.length) return null;
  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default">
            Xem trước ▾
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label="Xem trước văn bản của hồ sơ">
          {parts.map((p) => {
            const title = partTitle(p, nominees);
            return (
              <Menu.Item key={`${p.kind}:${p.id}`} onClick={() => setDoc({ kind: p.kind, id: p.id, title })}>
                {title}
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      {doc && <DocumentPreview doc={doc} onClose={() => setDoc(null)} />}
    </>
  );
}

import { Alert, Button, Group, Modal, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ApiOutput, FolderListing } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';
import { formatBytes, formatDateTime } from '../../app/format';

type Roots = ApiOutput<'folders.roots'>;

/**
 * The folder chooser served by the main process (the harness has no native dialog): drives
 * on the left (USB first), the folders of the open folder on the right; "Chọn thư mục này"
 * returns it. Without `onChoose` it shows a folder's files ("Mở thư mục" after export); with
 * `onChooseFile` the files ending in `fileSuffix` (one ending or several) are listed and a click
 * on one returns it.
 */
export function FolderChooser(props: {
  opened: boolean;
  start: string;
  onClose: () => void;
  onChoose?: (dir: string) => void;
  onChooseFile?: (file: string) => void;
  fileSuffix?: string | string[];
  /** What is expected, above the list (e.g. whose key file). */
  hint?: ReactNode;
  title?: string;
}) {
  const [roots, setRoots] = useState<Roots>([]);
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choosing = !!props.onChoose;
  const pickingFile = !!props.onChooseFile;
  const suffixes = [props.fileSuffix ?? ''].flat().map((x) => x.toLowerCase());
  const suffix = suffixes.join(', ');
  const files = listing?.files.filter((f) => !pickingFile || suffixes.some((x) => f.name.toLowerCase().endsWith(x))) ?? [];

  // Only the folder opened last is shown: a slower answer for an earlier click must not win.
  const latest = useRef(0);
  const open = (dir: string) => {
    const asked = ++latest.current;
    invoke('folders.list', { path: dir })
      .then((l) => {
        if (asked !== latest.current) return;
        setListing(l);
        setError(null);
      })
      .catch((e: unknown) => {
        if (asked === latest.current) setError(errorMessage(e));
      });
  };

  useEffect(() => {
    if (!props.opened) return;
    invoke('folders.roots', {})
      .then((r) => {
        setRoots(r);
        const first = props.start.trim() || (r[0]?.path ?? '');
        if (first) open(first);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [props.opened, props.start]);

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title ?? (choosing ? 'Chọn thư mục lưu gói' : 'Thư mục')} size="xl">
      <Group align="stretch" gap="md" wrap="nowrap">
        <Stack gap={2} w={240} style={{ flex: 'none' }} aria-label="Ổ đĩa">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            Ổ đĩa
          </Text>
          {roots.map((r) => (
            <NavLink key={r.path} component="button" label={r.label} active={listing?.path === r.path} onClick={() => open(r.path)} />
          ))}
        </Stack>
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} data-testid="chooser-path" style={{ wordBreak: 'break-all' }}>
            {listing?.path ?? '…'}
          </Text>
          {props.hint}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <ScrollArea key={listing?.path ?? 'none'} h={320} type="auto" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
            {listing?.parent && <NavLink component="button" label=".. (lên thư mục trên)" onClick={() => open(listing.parent!)} />}
            {listing?.folders.map((f) => (
              <NavLink key={f.path} component="button" label={`📁 ${f.name}`} onClick={() => open(f.path)} data-testid="chooser-folder" />
            ))}
            {pickingFile &&
              files.map((f) => (
                <NavLink
                  key={f.name}
                  component="button"
                  label={`📄 ${f.name}`}
                  description={`${formatBytes(f.bytes)} · ${formatDateTime(f.modifiedAt)}`}
                  onClick={() => props.onChooseFile!(f.path)}
                  data-testid="chooser-file"
                />
              ))}
            {!choosing &&
              !pickingFile &&
              listing?.files.map((f) => (
                <Group key={f.name} justify="space-between" px="sm" py={4} wrap="nowrap" data-testid="chooser-file">
                  <Text size="sm" truncate="end">
                    {f.name}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                    {formatBytes(f.bytes)} · {formatDateTime(f.modifiedAt)}
                  </Text>
                </Group>
              ))}
            {listing && !listing.folders.length && (choosing || !files.length) && (
              <Text size="sm" c="dimmed" p="sm">
                {choosing ? 'Không có thư mục con.' : pickingFile ? `Không có tệp ${suffix} nào ở đây; hãy mở thư mục khác.` : 'Thư mục trống.'}
              </Text>
            )}
          </ScrollArea>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {choosing || pickingFile ? 'Hủy' : 'Đóng'}
            </Button>
            {choosing && (
              <Button disabled={!listing} onClick={() => listing && props.onChoose!(listing.path)}>
                Chọn thư mục này
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Modal>
  );
}

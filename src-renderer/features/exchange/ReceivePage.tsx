import { Button, Center, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { notifyProblem } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { DropZone } from './DropZone';
import { OutDirInput } from './OutDirInput';
import { PackageCard } from './PackageCard';
import { useReceiveStore } from './receiveStore';
import { useOutDir } from './useOutDir';

/** "Nhận về": check each package file brought in, see what it would change, then import it. */
export function ReceivePage() {
  const items = useReceiveStore((s) => s.items);
  const add = useReceiveStore((s) => s.add);
  const importAll = useReceiveStore((s) => s.importAll);
  const clear = useReceiveStore((s) => s.clear);
  const [outDir, setOutDir] = useOutDir();
  const importable = items.filter((i) => i.state === 'ready' && i.result && !i.result.duplicate).length;

  const onFiles = async (files: File[], dropped: boolean) => {
    const packages = dropped ? files.filter((f) => /\.tdkt$/i.test(f.name)) : files;
    const skipped = files.length - packages.length;
    if (skipped) notifyProblem(`Đã bỏ qua ${skipped} tệp không phải gói .tdkt.`);
    const sources = await Promise.all(packages.map(async (f) => ({ fileName: f.name, content: await f.text() })));
    if (sources.length) add(sources);
  };

  return (
    <PageFrame
      title="Nhận về"
      actions={
        <>
          <Button variant="default" onClick={clear} disabled={!items.length}>
            Xóa danh sách
          </Button>
          <Button onClick={() => void importAll()} disabled={!importable}>
            Nhập tất cả{importable > 1 ? ` (${importable})` : ''}
          </Button>
        </>
      }
    >
      <Group align="stretch" wrap="nowrap">
        <DropZone onFiles={(f, d) => void onFiles(f, d)} />
        <Stack gap={0} justify="center" w={360}>
          <OutDirInput value={outDir} onChange={setOutDir} w="100%" />
          <Text size="xs" c="dimmed">
            Nơi lưu giấy báo đã nhận để gửi lại đơn vị gửi.
          </Text>
        </Stack>
      </Group>
      <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" offsetScrollbars>
        {items.length === 0 ? (
          <Center py="xl">
            <Text c="dimmed">Chưa có tệp nào. Gói nhận qua USB hoặc thư điện tử được kiểm tra chữ ký trước khi nhập.</Text>
          </Center>
        ) : (
          <Stack gap="sm" pb="md">
            {items.map((i) => (
              <PackageCard key={i.key} item={i} outDir={outDir} />
            ))}
          </Stack>
        )}
      </ScrollArea>
    </PageFrame>
  );
}

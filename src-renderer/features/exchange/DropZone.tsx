import { Button, FileButton, Group, Paper, Text } from '@mantine/core';
import { useRef, useState } from 'react';

/**
 * Where package files come in: dropped from Explorer or picked with the file dialog
 * (several at once). Hands over the File objects; the page reads them.
 */
export function DropZone({ onFiles }: { onFiles: (files: File[], dropped: boolean) => void }) {
  const [over, setOver] = useState(false);
  const resetRef = useRef<() => void>(null);

  return (
    <Paper
      withBorder
      p="md"
      style={{
        flex: 1,
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-color-blue-5)' : undefined,
        background: over ? 'var(--mantine-color-blue-0)' : undefined,
      }}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files], true);
      }}
    >
      <Group gap="md" wrap="nowrap" justify="center">
        <Text size="sm" c="dimmed">
          Kéo thả các tệp gói (.tdkt) nhận được vào đây, hoặc
        </Text>
        <FileButton
          multiple
          accept=".tdkt"
          resetRef={resetRef}
          onChange={(files) => {
            onFiles(files, false);
            // The same file can be picked again (to see that it was imported already).
            resetRef.current?.();
          }}
          inputProps={{ 'aria-label': 'Tệp gói (.tdkt)' }}
        >
          {(props) => <Button {...props}>Chọn tệp gói…</Button>}
        </FileButton>
      </Group>
    </Paper>
  );
}

import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { FolderChooser } from './FolderChooser';

export const OUT_DIR_LABEL = 'Thư mục lưu gói (ví dụ ổ USB: E:\\)';

/**
 * The target folder: chosen with "Chọn…" (the system's dialog in the app, the served chooser
 * in a browser) or typed in full; the main process refuses a relative path or a missing drive.
 */
export function OutDirInput(props: { value: string; onChange: (v: string) => void; error?: string | null; w?: number | string }) {
  const [chooser, setChooser] = useState(false);
  const choose = async () => {
    try {
      const r = await invoke('folders.pickNative', { title: 'Chọn thư mục lưu gói' });
      if (!r.supported) setChooser(true);
      else if (r.path) props.onChange(r.path);
    } catch (e) {
      notifyError(e, 'Không mở được hộp chọn thư mục');
    }
  };
  return (
    <Group gap={6} align="flex-start" wrap="nowrap" w={props.w} style={props.w ? undefined : { flex: 1, minWidth: 260 }}>
      <TextInput
        label={OUT_DIR_LABEL}
        placeholder={'Bấm "Chọn…" (ví dụ E:\\)'}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        error={props.error}
        style={{ flex: 1, minWidth: 0 }}
        spellCheck={false}
        autoComplete="off"
      />
      <Button variant="default" mt={25} onClick={() => void choose()} style={{ flex: 'none' }}>
        Chọn…
      </Button>
      <FolderChooser
        opened={chooser}
        start={props.value}
        onClose={() => setChooser(false)}
        onChoose={(dir) => {
          props.onChange(dir);
          setChooser(false);
        }}
      />
    </Group>
  );
}

import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { FolderChooser } from './FolderChooser';

export const OUT_DIR_LABEL = 'Thư mục lưu gói (ví dụ ổ USB: E:\\)';

/**
 * The target folder: chosen with "Chọn…" (the system's dialog in the app, the served chooser
 * in a browser) or typed in full; the main process refuses a relative path or a missing drive.
 * `label` and `title` (the dialog's) name what goes there, packages by default.
 */
export function OutDirInput(props: {
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  w?: number | string;
  label?: string;
  title?: string;
  disabled?: boolean;
}) {
  const [chooser, setChooser] = useState(false);
  const title = props.title ?? 'Chọn thư mục lưu gói';
  const choose = async () => {
    try {
      const r = await invoke('folders.pickNative', { title });
      if (!r.supported) setChooser(true);
      else if (r.path) props.onChange(r.path);
    } catch (e) {
      notifyError(e, 'Không mở được hộp chọn thư mục');
    }
  };
  return (
    <Group gap={6} align="flex-start" wrap="nowrap" w={props.w} style={props.w ? undefined : { flex: 1, minWidth: 260 }}>
      <TextInput
        label={props.label ?? OUT_DIR_LABEL}
        placeholder={'Bấm "Chọn…" (ví dụ E:\\)'}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        error={props.error}
        style={{ flex: 1, minWidth: 0 }}
        spellCheck={false}
        autoComplete="off"
        disabled={props.disabled}
      />
      <Button variant="default" mt={25} onClick={() => void choose()} style={{ flex: 'none' }} disabled={props.disabled}>
        Chọn…
      </Button>
      <FolderChooser
        opened={chooser}
        start={props.value}
        title={title}
        onClose={() => setChooser(false)}
        onChoose={(dir) => {
          props.onChange(dir);
          setChooser(false);
        }}
      />
    </Group>
  );
}

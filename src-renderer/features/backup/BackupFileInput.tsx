import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { FolderChooser } from '../exchange/FolderChooser';
import { folderOf } from '../exchange/folderOf';

/**
 * "Đường dẫn tệp sao lưu": a .tdkt-backup (or a .sqlite copy) chosen with "Chọn…" (the system's
 * dialog in the app, the served chooser in a browser, opening on `start`, the USB folder) or
 * typed in full.
 */
export function BackupFileInput(props: { value: string; onChange: (v: string) => void; start: string }) {
  const [chooser, setChooser] = useState(false);
  const choose = async () => {
    try {
      const r = await invoke('folders.pickNativeFile', { title: 'Chọn tệp sao lưu', filterName: 'Tệp sao lưu TĐKT', extensions: ['tdkt-backup', 'sqlite'] });
      if (!r.supported) setChooser(true);
      else if (r.path) props.onChange(r.path);
    } catch (e) {
      notifyError(e, 'Không mở được hộp chọn tệp');
    }
  };
  return (
    <Group gap={6} align="flex-end" wrap="nowrap" style={{ flex: 1, minWidth: 300 }}>
      <TextInput
        label="Đường dẫn tệp sao lưu"
        placeholder={'Bấm "Chọn…" (ví dụ E:\\TDKT-XA-TP-20260315-080000.tdkt-backup)'}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        style={{ flex: 1, minWidth: 0 }}
        spellCheck={false}
        autoComplete="off"
      />
      <Button variant="default" onClick={() => void choose()} style={{ flex: 'none' }}>
        Chọn…
      </Button>
      <FolderChooser
        opened={chooser}
        start={props.value.trim() ? folderOf(props.value.trim()) : props.start.trim()}
        title="Chọn tệp sao lưu"
        fileSuffix={['.tdkt-backup', '.sqlite']}
        onClose={() => setChooser(false)}
        onChooseFile={(f) => {
          props.onChange(f);
          setChooser(false);
        }}
      />
    </Group>
  );
}

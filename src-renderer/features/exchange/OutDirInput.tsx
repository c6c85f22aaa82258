import { TextInput } from '@mantine/core';

export const OUT_DIR_LABEL = 'Thư mục lưu gói (ví dụ ổ USB: E:\\)';

/** The target folder typed as a path (the app writes the files there itself). */
export function OutDirInput(props: { value: string; onChange: (v: string) => void; error?: string | null; w?: number | string }) {
  return (
    <TextInput
      label={OUT_DIR_LABEL}
      placeholder={'E:\\'}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error}
      w={props.w}
      style={props.w ? undefined : { flex: 1, minWidth: 220 }}
      spellCheck={false}
      autoComplete="off"
    />
  );
}

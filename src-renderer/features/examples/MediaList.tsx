import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';

/** One piece of coverage as typed (the date as dd/mm/yyyy). */
export interface MediaDraft {
  outlet: string;
  on: string;
  link: string;
  title: string;
}

/** Báo chí, phát thanh, truyền hình: several rows of outlet, date, link, title. */
export function MediaList(props: { value: MediaDraft[]; onChange: (v: MediaDraft[]) => void; errors: Record<string, string>; disabled?: boolean }) {
  const set = (i: number, patch: Partial<MediaDraft>) => props.onChange(props.value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>Báo chí, truyền thông đưa tin</Text>
        {!props.disabled && (
          <Button size="compact-xs" variant="light" onClick={() => props.onChange([...props.value, { outlet: '', on: '', link: '', title: '' }])}>Thêm bài báo</Button>
        )}
      </Group>
      {props.value.length === 0 && <Text size="xs" c="dimmed">Chưa ghi bài báo, phóng sự nào.</Text>}
      {props.value.map((m, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid="media-row">
          <TextInput size="xs" aria-label="Cơ quan báo chí" placeholder="Cơ quan báo chí" value={m.outlet} disabled={props.disabled} style={{ flex: 2 }}
            onChange={(e) => set(i, { outlet: e.currentTarget.value })} error={props.errors[`media.${i}.outlet`]} />
          <TextInput size="xs" aria-label="Ngày đăng" placeholder="dd/mm/yyyy" value={m.on} disabled={props.disabled} w={110}
            onChange={(e) => set(i, { on: e.currentTarget.value })} error={props.errors[`media.${i}.on`]} />
          <TextInput size="xs" aria-label="Tên bài" placeholder="Tên bài" value={m.title} disabled={props.disabled} style={{ flex: 2 }}
            onChange={(e) => set(i, { title: e.currentTarget.value })} error={props.errors[`media.${i}.title`]} />
          <TextInput size="xs" aria-label="Đường dẫn" placeholder="https://…" value={m.link} disabled={props.disabled} style={{ flex: 2 }}
            onChange={(e) => set(i, { link: e.currentTarget.value })} error={props.errors[`media.${i}.link`]} />
          {!props.disabled && (
            <ActionIcon variant="subtle" color="red" aria-label={`Bỏ bài báo ${i + 1}`} onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}>✕</ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}

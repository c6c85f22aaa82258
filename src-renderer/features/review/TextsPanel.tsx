import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReviewPeriod } from '../../../src-shared/rules/review';
import type { ReviewTexts } from '../../../src-shared/api';
import { invoke } from '../../api';
import { formatDateTime } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';

type Fields = Omit<ReviewTexts, 'updatedAt'>;
const SECTIONS: [keyof Fields, string, string][] = [
  ['strengths', 'Ưu điểm', 'Những kết quả nổi bật của phong trào thi đua, công tác khen thưởng trong kỳ…'],
  ['weaknesses', 'Hạn chế', 'Những việc chưa làm được, còn chậm…'],
  ['causes', 'Nguyên nhân', 'Nguyên nhân của ưu điểm và hạn chế…'],
  ['directions', 'Phương hướng, nhiệm vụ', 'Nhiệm vụ trọng tâm kỳ tới…'],
];

/** The sections the clerk writes (ưu điểm, hạn chế, nguyên nhân, phương hướng) and who signs. */
export function TextsPanel(props: { year: number; period: ReviewPeriod; texts: ReviewTexts; onSaved: (t: ReviewTexts) => void }) {
  const [v, setV] = useState<Fields>(props.texts);
  const [busy, setBusy] = useState(false);
  useEffect(() => setV(props.texts), [props.texts]);
  const dirty = (Object.keys(v) as (keyof Fields)[]).some((k) => v[k] !== props.texts[k]);
  const save = async () => {
    setBusy(true);
    try {
      const t = await invoke('review.saveTexts', { year: props.year, period: props.period, ...v });
      props.onSaved(t);
      notifySuccess(T.saved);
    } catch (e) {
      notifyError(e, 'Chưa lưu được');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        {SECTIONS.map(([k, label, hint]) => (
          <Textarea key={k} label={label} placeholder={hint} autosize minRows={4} maxRows={10} value={v[k]} onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })} />
        ))}
      </SimpleGrid>
      <Group align="flex-end">
        <TextInput label="Người ký" placeholder="Để trống: người ký trong Thiết lập văn bản" w={260} value={v.signerName} onChange={(e) => setV({ ...v, signerName: e.currentTarget.value })} />
        <TextInput label="Chức vụ người ký" placeholder="Chủ tịch" w={200} value={v.signerPosition} onChange={(e) => setV({ ...v, signerPosition: e.currentTarget.value })} />
        <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
          Lưu phần đánh giá
        </Button>
        <Text size="sm" c="dimmed" data-testid="texts-saved">
          {dirty ? 'Có thay đổi chưa lưu.' : props.texts.updatedAt ? `Đã lưu lúc ${formatDateTime(props.texts.updatedAt)}.` : 'Chưa lưu lần nào.'}
        </Text>
      </Group>
    </Stack>
  );
}

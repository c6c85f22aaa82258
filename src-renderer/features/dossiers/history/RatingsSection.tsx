import { Badge, Button, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { EVALUATION_LABELS, type EvaluationLevel } from '../../../../src-shared/rules/vocab';
import { ApiError, invoke } from '../../../api';
import { notifyError, notifySuccess } from '../../../app/notify';
import { capitalize, EVALUATION_OPTIONS } from '../labels';
import { useList } from './useList';

const LEVEL_COLORS: Record<EvaluationLevel, string> = { HTXS: 'green', HTT: 'teal', HT: 'yellow', KHT: 'red' };

/** "Đánh giá hằng năm": one task-completion rating per year (setting a year again replaces it). */
export function RatingsSection({ personId }: { personId: string }) {
  const load = useCallback(() => invoke('evaluations.list', { personId }), [personId]);
  const { rows, reload } = useList(load);
  const [year, setYear] = useState<number | string>(new Date().getFullYear() - 1);
  const [level, setLevel] = useState<EvaluationLevel | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const errs: Record<string, string> = {};
    if (typeof year !== 'number') errs.year = 'Nhập năm.';
    if (!level) errs.level = 'Chọn mức độ.';
    setErrors(errs);
    if (typeof year !== 'number' || !level) return;
    setBusy(true);
    try {
      await invoke('evaluations.set', { personId, year, level });
      notifySuccess(`Đã lưu đánh giá năm ${year}: ${EVALUATION_LABELS[level]}`);
      reload();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="Đánh giá hằng năm" style={{ flex: 1, minWidth: 0 }}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Mức độ hoàn thành nhiệm vụ
        </Title>
        <Group gap={6} data-testid="ratings">
          {rows?.length === 0 && (
            <Text size="sm" c="dimmed">
              Chưa có kết quả đánh giá.
            </Text>
          )}
          {rows?.map((r) => (
            <Badge key={r.id} color={LEVEL_COLORS[r.level]} variant="light" size="lg" title={capitalize(EVALUATION_LABELS[r.level])} data-testid="rating">
              {r.year}: {r.level}
            </Badge>
          ))}
        </Group>
        <Group gap="xs" align="flex-start" wrap="nowrap" role="group" aria-label="Lưu đánh giá năm">
          <NumberInput
            label="Năm đánh giá"
            value={year}
            onChange={setYear}
            error={errors.year}
            allowDecimal={false}
            thousandSeparator=""
            hideControls
            w={120}
            style={{ flex: 'none' }}
          />
          <Select
            label="Mức độ"
            placeholder="Chọn mức độ"
            data={EVALUATION_OPTIONS}
            value={level}
            onChange={(v) => setLevel(v as EvaluationLevel | null)}
            error={errors.level}
            allowDeselect={false}
            w={360}
            style={{ flex: 'none' }}
          />
          <Button mt={25} variant="light" onClick={() => void save()} loading={busy} style={{ flex: 'none' }}>
            Lưu đánh giá
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

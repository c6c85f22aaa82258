import { Stack, Text } from '@mantine/core';
import { AwardHistorySection } from '../dossiers/history/AwardHistorySection';
import { HoldsSection } from '../dossiers/history/HoldsSection';
import { RatingsSection } from '../dossiers/history/RatingsSection';

/**
 * "Khen thưởng đã có" tab of the person form: the awards the person holds, the yearly
 * task-completion ratings and any discipline or investigation — what the eligibility check of a
 * dossier reads. Each change is saved at once (no "Lưu" of the form needed).
 */
export function AwardHistoryPanel({ personId }: { personId: string }) {
  return (
    <Stack gap="sm" data-testid="award-history-panel">
      <Text size="sm" c="dimmed">
        Phần mềm dựa vào các thông tin này để kiểm tra điều kiện khi cá nhân được đề nghị khen thưởng. Mỗi dòng được lưu ngay khi bấm nút.
      </Text>
      <AwardHistorySection subjectType="person" subjectId={personId} />
      <RatingsSection personId={personId} />
      <HoldsSection personId={personId} />
    </Stack>
  );
}

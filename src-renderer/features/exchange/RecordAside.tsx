import { Alert, Divider, Paper, Stack } from '@mantine/core';
import { FeedbackPanel } from './FeedbackPanel';
import { StatusLine, StatusReasons } from './RecordStatusView';
import type { RecordStatus, SubjectType } from './useRecordStatus';
import { useUnitName } from './useUnitName';

/** Shown on a received copy: the record cannot be edited here, only answered. */
export function ReceivedCopyNote({ origin }: { origin: string }) {
  const unit = useUnitName(origin);
  return (
    <Alert color="blue" py={8} data-testid="received-copy-note">
      Bản sao nhận từ {unit}; chỉ đơn vị đó mới sửa được.
    </Alert>
  );
}

/** Is there anything to show beside the form? */
export function hasAside(received: boolean, status: RecordStatus | null): boolean {
  return received || !!status?.reasons.length;
}

/**
 * Beside a record's form: for a received copy, its status and the "Phản hồi" panel; for an
 * own record sent back, the reasons to fix. Null when there is nothing to show.
 */
export function RecordAside(props: {
  type: SubjectType;
  record: { id: string; origin: string };
  received: boolean;
  status: RecordStatus | null;
  onChanged: () => void;
}) {
  const { received, status } = props;
  if (!hasAside(received, status)) return null;
  return (
    <Paper withBorder p="sm" w={360} style={{ flex: 'none' }} bg={received ? undefined : 'red.0'}>
      <Stack gap="sm">
        {received && <StatusLine status={status} />}
        <StatusReasons status={status} />
        {received && (
          <>
            {status?.status && <Divider />}
            <FeedbackPanel subjectType={props.type} subjectId={props.record.id} origin={props.record.origin} onSaved={props.onChanged} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

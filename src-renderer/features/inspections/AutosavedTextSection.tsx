import { Group, Paper, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { SaveBadge } from './SaveBadge';
import { useAutosave } from './useAutosave';

/**
 * A titled block of free text saved as it is typed (after a pause, and on leaving the field),
 * with its save state beside the title: the inspection's conclusion, the plan's recommendations.
 * `save` must keep its identity between renders (useCallback).
 */
export function AutosavedTextSection(props: {
  title: string;
  label: string;
  description: string;
  initial: string;
  readOnly: boolean;
  maxRows?: number;
  save: (text: string) => Promise<void>;
}) {
  const [text, setText] = useState(props.initial);
  const saver = useAutosave(props.save);
  return (
    <Paper withBorder p="sm" component="section" aria-label={props.title}>
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h5">
          {props.title}
        </Title>
        <SaveBadge state={saver.state} error={saver.error} />
      </Group>
      <Textarea
        aria-label={props.label}
        description={props.description}
        value={text}
        readOnly={props.readOnly}
        onChange={(e) => {
          setText(e.currentTarget.value);
          saver.schedule(e.currentTarget.value);
        }}
        onBlur={() => void saver.flush()}
        autosize
        minRows={3}
        maxRows={props.maxRows}
        error={saver.error}
      />
    </Paper>
  );
}

import { Group, Text, Textarea } from '@mantine/core';
import type { ReportSection } from '../../../src-shared/rules/reportForms';
import { countWords } from '../../../src-shared/rules/reportForms';

const n = (x: number) => x.toLocaleString('vi-VN');

/** The Vietnamese message for a paste that would take a section past its word limit (nothing is pasted). */
export function pasteRefusal(section: ReportSection, current: string, pasted: string): string | null {
  const pastedWords = countWords(pasted);
  const total = countWords(current) + pastedWords;
  if (total <= section.maxWords) return null;
  return `Không dán được: nội dung dán vào có ${n(pastedWords)} từ, mục này tối đa ${n(section.maxWords)} từ. Hãy rút gọn (chỉ nêu thành tích tiêu biểu) rồi dán lại.`;
}

/**
 * One section of the report: the form's heading as the label, what it asks for under it, the
 * clerk's paragraphs (one per line; text pasted from Word keeps its paragraphs) and a word count
 * against the form's limit. A paste past the limit is refused with a message, nothing inserted.
 */
export function SectionField(props: {
  section: ReportSection;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  onRefused: (message: string) => void;
}) {
  const { section: s, value } = props;
  const words = countWords(value);
  const over = words > s.maxWords;
  return (
    <div>
      <Textarea
        label={s.heading}
        description={s.hint}
        value={value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        onPaste={(e) => {
          const message = pasteRefusal(s, value, e.clipboardData.getData('text/plain'));
          if (message) {
            e.preventDefault();
            props.onRefused(message);
          }
        }}
        error={props.error}
        autosize
        minRows={3}
        maxRows={12}
        data-section={s.key}
      />
      <Group justify="flex-end">
        <Text size="xs" c={over ? 'red' : 'dimmed'} data-testid={`words-${s.key}`}>
          {n(words)} / {n(s.maxWords)} từ
        </Text>
      </Group>
    </div>
  );
}

import { Alert, Group, ScrollArea, Select, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput, StatReport } from '../../../src-shared/api';
import { formatDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { usePlansStore } from '../plans/store';
import { PrintButton } from '../registrations/PrintButton';
import { YearSelect } from '../registrations/YearSelect';
import { CellRecords } from './CellRecords';
import { type CellAddress, StatTable } from './StatTable';

/**
 * Báo cáo thống kê: the annual forms on thi đua, khen thưởng (Thông tư 02/2023/TT-BNV, 0601.N–0605.N)
 * counted from the award history and movements. Choose the form and the year, read the table as
 * it prints, click a number to see the records behind it, download the Excel or Word file.
 */
export function StatisticsPage() {
  const { year, setYear } = usePlansStore();
  const [form, setForm] = useState('0603.N');
  const [forms, setForms] = useState<ApiOutput<'statistics.forms'> | null>(null);
  const [report, setReport] = useState<StatReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cell, setCell] = useState<CellAddress | null>(null);

  useEffect(() => {
    let alive = true;
    setReport(null);
    setError(null);
    invoke('statistics.forms', { year })
      .then((f) => alive && setForms(f))
      .catch(() => alive && setForms(null));
    invoke('statistics.compute', { form, year })
      .then((r) => alive && setReport(r))
      .catch((e: unknown) => {
        if (!alive) return;
        setError(e instanceof Error ? e.message : String(e));
        notifyError(e, T.loadFailed);
      });
    return () => {
      alive = false;
    };
  }, [form, year]);

  const id = `${form}:${year}`;
  const refused = !report || report.problems.length > 0;
  return (
    <PageFrame
      title="Báo cáo thống kê"
      actions={
        <>
          <Select
            aria-label="Biểu báo cáo"
            w={440}
            data={(forms?.forms ?? [{ code: form, title: '' }]).map((f) => ({ value: f.code, label: f.title ? `${f.code} - ${f.title}` : f.code }))}
            value={form}
            onChange={(v) => v && setForm(v)}
            allowDeselect={false}
          />
          <YearSelect value={year} onChange={(y) => y && setYear(y)} />
          <PrintButton kind="statistics-xlsx" id={id} label="Tải Excel" ariaLabel="Tải biểu thống kê dạng Excel (.xlsx)" disabled={refused} />
          <PrintButton kind="statistics" id={id} label="Tải Word" ariaLabel="Tải biểu thống kê dạng Word (.docx)" disabled={refused} />
        </>
      }
    >
      {report && (
        <Group gap="md" wrap="wrap">
          <Text size="sm" data-testid="stat-summary">
            Biểu {report.form}: {report.title.toLowerCase()} năm {report.year}. {report.manual ? '' : `${report.records} bản ghi được tính. `}
            Hạn gửi: {formatDate(report.deadline)}.
          </Text>
          <Text size="xs" c="dimmed">
            {report.regime} (mẫu {report.templateId}, phiên bản {report.version})
          </Text>
        </Group>
      )}
      {error && (
        <Alert color="red" title="Chưa lập được biểu" data-testid="stat-error">
          {error}
        </Alert>
      )}
      {report?.message && (
        <Alert color="yellow" py="xs" data-testid="stat-message">
          {report.message}
        </Alert>
      )}
      {report && report.problems.length > 0 && (
        <Alert color="red" title="Số liệu không khớp: chưa tải được tệp" data-testid="stat-problems">
          {report.problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      )}
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        {report && <StatTable report={report} onOpen={setCell} />}
        {report?.unconfirmed && (
          <Text size="xs" c="dimmed" mt="xs">
            Bố cục chưa đối chiếu với văn bản gốc: {report.unconfirmed}
          </Text>
        )}
      </ScrollArea>
      <CellRecords form={form} year={year} cell={cell} onClose={() => setCell(null)} />
    </PageFrame>
  );
}

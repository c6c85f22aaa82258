import { Alert, Badge, Button, Group, ScrollArea, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ReviewView } from '../../../src-shared/api';
import type { ReviewPeriod } from '../../../src-shared/rules/review';
import { invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { PrintButton } from '../registrations/PrintButton';
import { YearSelect } from '../registrations/YearSelect';
import { currentYear } from '../registrations/labels';
import { FiguresPanel } from './FiguresPanel';
import { RollupPanel } from './RollupPanel';
import { TextsPanel } from './TextsPanel';

/**
 * Sơ kết, tổng kết: the figures of a period (six months or the year) from the database beside the
 * same period of last year, the sections the clerk writes, the report printed; the figures sent
 * up to the upper level; at an upper level the units' figures side by side and their sum.
 */
export function ReviewPage() {
  const [year, setYear] = useState(currentYear());
  const [period, setPeriod] = useState<ReviewPeriod>('year');
  const [view, setView] = useState<ReviewView | null>(null);
  const [publishing, setPublishing] = useState(false);
  const load = useCallback(async () => setView(await invoke('review.get', { year, period })), [year, period]);
  useEffect(() => {
    setView(null);
    load().catch((e: unknown) => notifyError(e, T.loadFailed));
  }, [load]);

  const publish = async () => {
    setPublishing(true);
    try {
      const r = await invoke('review.publish', { year, period });
      notifySuccess(r.changed ? `Đã chuẩn bị số liệu (lần ${r.rev}); số liệu đi cùng gói gửi lên cấp trên tiếp theo (mục Gửi đi).` : 'Số liệu không đổi từ lần gửi trước.');
      await load();
    } catch (e) {
      notifyError(e, 'Chưa chuẩn bị được số liệu để gửi');
    } finally {
      setPublishing(false);
    }
  };

  return (
    <PageFrame
      title={T.nav.review}
      actions={
        <>
          <SegmentedControl
            size="xs"
            aria-label="Kỳ báo cáo"
            value={period}
            onChange={(p) => setPeriod(p as ReviewPeriod)}
            data={[{ value: 'h1', label: '6 tháng đầu năm' }, { value: 'h2', label: '6 tháng cuối năm' }, { value: 'year', label: 'Cả năm' }]}
          />
          <YearSelect value={year} onChange={(y) => y && setYear(y)} />
          <PrintButton kind="review" id={`${year}:${period}`} label="In báo cáo (Word)" size="sm" />
        </>
      }
    >
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        {view && (
          <Stack gap="sm">
            {view.empty && (
              <Alert color="yellow" data-testid="review-empty">
                {view.periodLabel.charAt(0).toUpperCase() + view.periodLabel.slice(1)}, {view.unitName} chưa có khen thưởng, đăng ký thi đua, sáng kiến hay cuộc kiểm tra nào được ghi nhận
                {view.hasUnitsBelow ? ' (số liệu của riêng đơn vị; số liệu các đơn vị cấp dưới ở thẻ “Tổng hợp các đơn vị”)' : ''}. Vẫn có thể in báo cáo với các số 0.
              </Alert>
            )}
            <Group gap="xs">
              <Text size="sm">
                Báo cáo {view.period === 'year' ? 'tổng kết' : 'sơ kết'} {view.periodLabel} của {view.unitName}.
              </Text>
              {view.sent ? (
                <Badge variant="light" color={view.sent.current ? 'green' : 'orange'} tt="none" data-testid="review-sent">
                  {view.sent.current ? `Số liệu đã chuẩn bị gửi lên (lần ${view.sent.rev})` : `Số liệu đã thay đổi từ lần gửi ${view.sent.rev}`}
                </Badge>
              ) : null}
              {view.hasUpper && (
                <Button size="xs" variant="light" onClick={() => void publish()} loading={publishing} disabled={!!view.sent?.current}>
                  Gửi số liệu lên cấp trên
                </Button>
              )}
            </Group>
            <Tabs defaultValue="figures" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="figures">Số liệu</Tabs.Tab>
                <Tabs.Tab value="texts">Đánh giá, phương hướng</Tabs.Tab>
                {view.hasUnitsBelow && <Tabs.Tab value="rollup">Tổng hợp các đơn vị</Tabs.Tab>}
              </Tabs.List>
              <Tabs.Panel value="figures" pt="sm">
                <FiguresPanel view={view} />
              </Tabs.Panel>
              <Tabs.Panel value="texts" pt="sm">
                <TextsPanel year={year} period={period} texts={view.texts} onSaved={(texts) => setView({ ...view, texts })} />
              </Tabs.Panel>
              {view.hasUnitsBelow && (
                <Tabs.Panel value="rollup" pt="sm">
                  <RollupPanel year={year} period={period} />
                </Tabs.Panel>
              )}
            </Tabs>
          </Stack>
        )}
      </ScrollArea>
    </PageFrame>
  );
}

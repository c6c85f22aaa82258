import { Box, Button, Tabs } from '@mantine/core';
import { useState } from 'react';
import { PageFrame } from '../../app/PageFrame';
import { YearSelect } from '../registrations/YearSelect';
import { Fieldwork } from './Fieldwork';
import { PlanForm } from './PlanForm';
import { PlansPanel } from './PlansPanel';
import { PlanView } from './PlanView';
import { type InspectionsTab, useInspectionsStore } from './store';
import { SummaryPanel } from './SummaryPanel';
import { TemplatesPanel } from './TemplatesPanel';

export const PAGE_TITLE = 'Kiểm tra công tác thi đua, khen thưởng';

/**
 * "Kiểm tra": the year's inspection plans (each unit's fieldwork opens from its plan), the
 * checklist versions, and the year's summary figures.
 */
export function InspectionsPage() {
  const { year, setYear, tab, setTab, plan, openPlan, inspection, openInspection } = useInspectionsStore();
  const [creating, setCreating] = useState(false);

  if (inspection) return <Fieldwork id={inspection} onBack={() => openInspection(null)} />;
  if (plan) return <PlanView id={plan} onBack={() => openPlan(null)} onOpenInspection={openInspection} />;

  return (
    <PageFrame
      title={PAGE_TITLE}
      actions={
        tab !== 'templates' ? (
          <>
            <YearSelect value={year} onChange={(y) => y && setYear(y)} />
            {tab === 'plans' && <Button onClick={() => setCreating(true)}>Kế hoạch mới</Button>}
          </>
        ) : (
          // Keeps the title line as high as on the other tabs.
          <Box h={36} />
        )
      }
    >
      <Tabs value={tab} onChange={(t) => t && setTab(t as InspectionsTab)} keepMounted={false} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Tabs.List>
          <Tabs.Tab value="plans">Kế hoạch kiểm tra</Tabs.Tab>
          <Tabs.Tab value="summary">Tổng hợp kết quả</Tabs.Tab>
          <Tabs.Tab value="templates">Mẫu phiếu kiểm tra</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plans" pt="sm" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <PlansPanel year={year} onOpen={openPlan} />
        </Tabs.Panel>
        <Tabs.Panel value="summary" pt="sm" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <SummaryPanel year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="templates" pt="sm" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <TemplatesPanel />
        </Tabs.Panel>
      </Tabs>
      {creating && (
        <PlanForm
          plan={null}
          year={year}
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            setCreating(false);
            if (p.year !== year) setYear(p.year);
            openPlan(p.id);
          }}
        />
      )}
    </PageFrame>
  );
}

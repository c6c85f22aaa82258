import { AppShell, Group, NavLink, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { invoke } from '../api';
import { BackupPage } from '../features/backup/BackupPage';
import { DamagedBanner } from '../features/backup/DamagedBanner';
import { DemoBanner } from '../features/setup/DemoBanner';
import { CollectivesPage } from '../features/collectives/CollectivesPage';
import { DossiersPage } from '../features/dossiers/DossiersPage';
import { HomePage } from '../features/home/HomePage';
import { OverviewPage } from '../features/exchange/OverviewPage';
import { PackagesPage } from '../features/exchange/PackagesPage';
import { ReceivePage } from '../features/exchange/ReceivePage';
import { useReceiveStore } from '../features/exchange/receiveStore';
import { SendPage } from '../features/exchange/SendPage';
import { TrustPage } from '../features/exchange/TrustPage';
import { InitiativesPage } from '../features/initiatives/InitiativesPage';
import { InspectionsPage } from '../features/inspections/InspectionsPage';
import { PlansPage } from '../features/plans/PlansPage';
import { ComplaintsPage } from '../features/complaints/ComplaintsPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { ClustersPage } from '../features/clusters/ClustersPage';
import { ExamplesPage } from '../features/examples/ExamplesPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { MovementsPage } from '../features/registrations/MovementsPage';
import { RegistrationsPage } from '../features/registrations/RegistrationsPage';
import { DocumentSettingsPage } from '../features/settings/DocumentSettingsPage';
import { UnitsPage } from '../features/units/UnitsPage';
import { ClerkModal } from './ClerkModal';
import { LeaveDialog } from './LeaveDialog';
import { type Page, useAppStore } from './store';
import { T } from './strings';
import { useUnsavedStore } from './unsaved';
import { useKeptDraftsNotice } from './useKeptDraftsNotice';

interface NavItem {
  page: Page;
  label: string;
  description?: string;
}

const SECTIONS: { title: string | null; items: NavItem[] }[] = [
  {
    title: null,
    items: [
      { page: 'home', label: T.nav.home },
      { page: 'people', label: T.nav.people },
      { page: 'collectives', label: T.nav.collectives },
      { page: 'units', label: T.nav.units },
    ],
  },
  {
    title: 'Thi đua',
    items: [
      { page: 'registrations', label: T.nav.registrations },
      { page: 'movements', label: T.nav.movements },
      { page: 'dossiers', label: T.nav.dossiers },
      { page: 'initiatives', label: T.nav.initiatives },
      { page: 'inspections', label: T.nav.inspections },
      { page: 'plans', label: T.nav.plans },
      { page: 'complaints', label: T.nav.complaints },
      { page: 'clusters', label: T.nav.clusters },
      { page: 'examples', label: T.nav.examples },
      { page: 'calendar', label: T.nav.calendar },
      { page: 'statistics', label: T.nav.statistics },
      { page: 'review', label: T.nav.review },
    ],
  },
  {
    title: 'Trao đổi dữ liệu',
    items: [
      { page: 'send', label: T.nav.send },
      { page: 'receive', label: T.nav.receive },
      { page: 'packages', label: T.nav.packages },
      { page: 'overview', label: T.nav.overview },
      { page: 'trust', label: T.nav.trust },
    ],
  },
  {
    title: 'Cài đặt',
    items: [
      { page: 'settings', label: T.nav.settings },
      { page: 'backup', label: T.nav.backup },
    ],
  },
];

function CurrentPage({ page }: { page: Page }) {
  switch (page) {
    case 'home':
      return <HomePage />;
    case 'people':
      return <PeoplePage />;
    case 'collectives':
      return <CollectivesPage />;
    case 'units':
      return <UnitsPage />;
    case 'registrations':
      return <RegistrationsPage />;
    case 'movements':
      return <MovementsPage />;
    case 'dossiers':
      return <DossiersPage />;
    case 'initiatives':
      return <InitiativesPage />;
    case 'inspections':
      return <InspectionsPage />;
    case 'plans':
      return <PlansPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'statistics':
      return <StatisticsPage />;
    case 'send':
      return <SendPage />;
    case 'receive':
      return <ReceivePage />;
    case 'packages':
      return <PackagesPage />;
    case 'overview':
      return <OverviewPage />;
    case 'trust':
      return <TrustPage />;
    case 'backup':
      return <BackupPage />;
    case 'settings':
      return <DocumentSettingsPage />;
    case 'complaints':
      return <ComplaintsPage />;
    case 'review':
      return <ReviewPage />;
    case 'clusters':
      return <ClustersPage />;
    case 'examples':
      return <ExamplesPage />;
  }
}

/** A .tdkt opened from Explorer (double-click, "Open with") goes to "Nhận về" for a preview. */
function useOpenedPackages() {
  const setPage = useAppStore((s) => s.setPage);
  const add = useReceiveStore((s) => s.add);
  useEffect(
    () =>
      window.tdkt?.onOpenFile((path) => {
        setPage('receive');
        add([{ path }]);
      }),
    [setPage, add],
  );
}

/**
 * "Tổng hợp đơn vị" belongs to an upper level (or a unit with units below it): a commune on
 * its own has nothing below to sum up, so the entry is not shown there.
 */
function useOverviewApplies(unitCode: string | undefined): boolean {
  const [applies, setApplies] = useState(false);
  useEffect(() => {
    if (!unitCode) return;
    let alive = true;
    invoke('exchange.overviewApplies', {})
      .then((a) => alive && setApplies(a))
      .catch(() => alive && setApplies(false));
    return () => {
      alive = false;
    };
  }, [unitCode]);
  return applies;
}

/** The frame around every screen: header with the unit and the clerk, navigation on the left. */
export function Shell() {
  const page = useAppStore((s) => s.page);
  const setPage = useAppStore((s) => s.setPage);
  const installation = useAppStore((s) => s.installation);
  const [clerkOpened, clerk] = useDisclosure(false);
  // Another screen is one click away: a form with unsaved changes asks first (LeaveDialog).
  const requestLeave = useUnsavedStore((s) => s.requestLeave);
  useOpenedPackages();
  useKeptDraftsNotice();
  const overview = useOverviewApplies(installation?.unitCode);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 210, breakpoint: 0 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Title order={1} size="h3" c="blue.8">
            {T.appName}
          </Title>
          <Group gap="lg" wrap="nowrap" miw={0}>
            <Text fw={600} truncate="end" data-testid="header-unit">
              {installation?.unitName}
            </Text>
            <UnstyledButton onClick={clerk.open} title="Đổi cán bộ đang làm việc">
              <Text size="sm" c="dimmed" truncate="end">
                Cán bộ: <b>{installation?.clerkName}</b>
              </Text>
            </UnstyledButton>
          </Group>
        </Group>
      </AppShell.Header>
      {/* Twenty entries at 1366×768: compact rows, and the list scrolls rather than cutting the last ones off. */}
      <AppShell.Navbar p="xs" aria-label="Điều hướng" style={{ overflowY: 'auto' }}>
        {SECTIONS.map((s) => (
          <div key={s.title ?? 'data'}>
            {s.title && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="xs" mb={2} px="xs">
                {s.title}
              </Text>
            )}
            {s.items.filter((p) => p.page !== 'overview' || overview).map((p) => (
              <NavLink
                key={p.page}
                component="button"
                label={p.label}
                description={p.description}
                active={page === p.page}
                onClick={() => p.page !== page && requestLeave(() => setPage(p.page))}
                aria-current={page === p.page ? 'page' : undefined}
                variant="filled"
                styles={{ root: { borderRadius: 'var(--mantine-radius-sm)', paddingBlock: 5 } }}
              />
            ))}
          </div>
        ))}
      </AppShell.Navbar>
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <DamagedBanner />
        <DemoBanner />
        <CurrentPage page={page} />
      </AppShell.Main>
      <ClerkModal opened={clerkOpened} onClose={clerk.close} />
      <LeaveDialog />
    </AppShell>
  );
}

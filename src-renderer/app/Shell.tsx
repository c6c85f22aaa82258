import { AppShell, Group, NavLink, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { CollectivesPage } from '../features/collectives/CollectivesPage';
import { KeysPage } from '../features/keys/KeysPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { UnitsPage } from '../features/units/UnitsPage';
import { ClerkModal } from './ClerkModal';
import { type Page, useAppStore } from './store';
import { T } from './strings';

const PAGES: { page: Page; label: string }[] = [
  { page: 'people', label: T.nav.people },
  { page: 'collectives', label: T.nav.collectives },
  { page: 'units', label: T.nav.units },
  { page: 'keys', label: T.nav.keys },
];

function CurrentPage({ page }: { page: Page }) {
  switch (page) {
    case 'people':
      return <PeoplePage />;
    case 'collectives':
      return <CollectivesPage />;
    case 'units':
      return <UnitsPage />;
    case 'keys':
      return <KeysPage />;
  }
}

/** The frame around every screen: header with the unit and the clerk, navigation on the left. */
export function Shell() {
  const page = useAppStore((s) => s.page);
  const setPage = useAppStore((s) => s.setPage);
  const installation = useAppStore((s) => s.installation);
  const [clerkOpened, clerk] = useDisclosure(false);

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
      <AppShell.Navbar p="xs" aria-label="Điều hướng">
        {PAGES.map((p) => (
          <NavLink
            key={p.page}
            component="button"
            label={p.label}
            active={page === p.page}
            onClick={() => setPage(p.page)}
            aria-current={page === p.page ? 'page' : undefined}
            variant="filled"
            styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <CurrentPage page={page} />
      </AppShell.Main>
      <ClerkModal opened={clerkOpened} onClose={clerk.close} />
    </AppShell>
  );
}

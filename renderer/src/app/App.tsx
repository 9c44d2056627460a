import { Alert, AppShell, Center, Group, Loader, Title } from '@mantine/core';
import { IconCalendarHeart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery, useClients } from '../api/queries';
import { StorageProblem } from '../features/data/StorageProblem';
import { errorMessage } from '../ui/errors';
import { CoreBanner, CoreFailedScreen, StaleTabScreen, useCoreLink } from './CoreHealth';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { CampaignsScreen } from '../features/campaigns/CampaignsScreen';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { IdeasScreen } from '../features/ideas/IdeasScreen';
import { ExportsScreen } from '../features/exports/ExportsScreen';
import { FirstRun } from '../features/onboarding/FirstRun';
import { ComingSoon } from '../features/onboarding/ComingSoon';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TableScreen } from '../features/table/TableScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { useStoredState } from '../ui/useStoredState';
import { Sidebar } from './Sidebar';
import { useRoute } from './route';

export function App() {
  const link = useCoreLink();
  const status = useApiQuery('app.status', {});
  // Never the first-run screen for a stale tab or a database that cannot be opened: that would look like data loss.
  if (link === 'stale') return <StaleTabScreen />;
  if (link === 'failed') return <CoreFailedScreen />;
  if (status.data && status.data.state !== 'ready') return <StorageProblem status={status.data} />;
  return (
    <>
      <CoreBanner />
      <Workspace statusPending={status.isPending} />
    </>
  );
}

function Workspace({ statusPending }: { statusPending: boolean }) {
  const { t } = useTranslation();
  const route = useRoute();
  const clients = useClients();
  const [storedClientId, setSelectedClientId] = useStoredState<string | null>('selectedClient', null);
  const list = clients.data ?? [];
  // A selection that points at an archived or removed client falls back to "All clients".
  const selectedClientId = list.some((c) => c.id === storedClientId) ? storedClientId : null;

  if (clients.isPending || statusPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (clients.isError) {
    return (
      <Center h="100vh" p="lg">
        <Alert color="red" title={t('errors.title')} maw={560}>
          {errorMessage(t, clients.error)}
        </Alert>
      </Center>
    );
  }
  const firstRun = list.length === 0 && route.screen !== 'clients' && route.screen !== 'settings';

  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 240, breakpoint: 0 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" gap="xs">
          <IconCalendarHeart size={22} color="var(--mantine-color-brand-6)" aria-hidden />
          <Title order={1} size="h4">
            {t('app.name')}
          </Title>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label={t('nav.label')}>
        <Sidebar screen={route.screen} clients={list} selectedClientId={selectedClientId} onSelectClient={setSelectedClientId} />
      </AppShell.Navbar>
      <AppShell.Main>
        {firstRun ? (
          <FirstRun />
        ) : route.screen === 'clients' ? (
          <ClientsScreen clientId={route.param} />
        ) : route.screen === 'settings' ? (
          <SettingsScreen />
        ) : route.screen === 'ideas' ? (
          <IdeasScreen clientId={selectedClientId} clients={list} />
        ) : route.screen === 'campaigns' ? (
          <CampaignsScreen clientId={selectedClientId} clients={list} />
        ) : route.screen === 'exports' ? (
          <ExportsScreen clientId={selectedClientId} clients={list} />
        ) : route.screen === 'table' ? (
          <TableScreen clientId={selectedClientId} clients={list} openSlotId={route.param} />
        ) : route.screen === 'reports' ? (
          <ReportsScreen clientId={selectedClientId} clients={list} />
        ) : route.screen === 'calendar' ? (
          <CalendarScreen clientId={selectedClientId} clients={list} openSlotId={route.param} />
        ) : (
          <ComingSoon screen={route.screen} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}

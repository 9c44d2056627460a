import { AppShell, Center, Group, Loader, Title } from '@mantine/core';
import { IconCalendarHeart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useClients } from '../api/queries';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { CampaignsScreen } from '../features/campaigns/CampaignsScreen';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { IdeasScreen } from '../features/ideas/IdeasScreen';
import { FirstRun } from '../features/onboarding/FirstRun';
import { ComingSoon } from '../features/onboarding/ComingSoon';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { useStoredState } from '../ui/useStoredState';
import { Sidebar } from './Sidebar';
import { useRoute } from './route';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const clients = useClients();
  const [storedClientId, setSelectedClientId] = useStoredState<string | null>('selectedClient', null);
  const list = clients.data ?? [];
  // A selection that points at an archived or removed client falls back to "All clients".
  const selectedClientId = list.some((c) => c.id === storedClientId) ? storedClientId : null;

  if (clients.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
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

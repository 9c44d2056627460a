import { Box, ColorSwatch, Divider, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconBulb,
  IconChartBar,
  IconCalendarMonth,
  IconFileExport,
  IconSettings,
  IconSpeakerphone,
  IconTable,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/contract/schemas';
import { navigate, type Screen } from './route';

interface Props {
  screen: Screen;
  clients: Client[];
  selectedClientId: string | null;
  onSelectClient(id: string | null): void;
}

const NAV: Array<{ screen: Screen; icon: typeof IconUsers }> = [
  { screen: 'calendar', icon: IconCalendarMonth },
  { screen: 'table', icon: IconTable },
  { screen: 'ideas', icon: IconBulb },
  { screen: 'campaigns', icon: IconSpeakerphone },
  { screen: 'clients', icon: IconUsers },
  { screen: 'exports', icon: IconFileExport },
  { screen: 'reports', icon: IconChartBar },
  { screen: 'settings', icon: IconSettings },
];

/** The sidebar: client switcher first (it scopes every screen), then the screens. */
export function Sidebar({ screen, clients, selectedClientId, onSelectClient }: Props) {
  const { t } = useTranslation();
  return (
    <Box h="100%" style={{ display: "flex", flexDirection: "column" }}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4} id="client-switcher-label">
        {t('nav.clientSwitcher')}
      </Text>
      <ScrollArea.Autosize mah="40vh" type="auto">
        <Stack gap={0} role="list" aria-labelledby="client-switcher-label">
          <div role="listitem">
            <NavLink
              component="button"
              label={t('nav.allClients')}
              leftSection={<IconUsersGroup size={16} />}
              active={selectedClientId === null}
              aria-pressed={selectedClientId === null}
              onClick={() => onSelectClient(null)}
            />
          </div>
          {clients.map((c) => (
            <div role="listitem" key={c.id}>
              <NavLink
                component="button"
                label={c.name}
                leftSection={<ColorSwatch color={c.color} size={12} aria-hidden />}
                active={selectedClientId === c.id}
                aria-pressed={selectedClientId === c.id}
                onClick={() => onSelectClient(c.id)}
              />
            </div>
          ))}
        </Stack>
      </ScrollArea.Autosize>
      <Divider my="xs" />
      <Stack gap={0}>
        {NAV.map(({ screen: s, icon: Icon }) => (
          <NavLink
            key={s}
            href={`#/${s}`}
            label={t(`nav.${s}`)}
            leftSection={<Icon size={18} stroke={1.6} />}
            active={screen === s}
            aria-current={screen === s ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(s);
            }}
          />
        ))}
      </Stack>
    </Box>
  );
}

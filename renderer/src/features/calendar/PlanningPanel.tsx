import { Alert, Box, Divider, ScrollArea, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDateRecord, MomentOverrideRecord } from '../../../../shared/contract/planning';
import type { Client, Slot } from '../../../../shared/contract/schemas';
import { isDecreedYear, type MomentKind } from '../../../../shared/holidays';
import { IdeaBank } from './IdeaBank';
import { PackageProgress } from './PackageProgress';
import { UpcomingMoments } from './UpcomingMoments';

interface Props {
  clientId: string | null;
  clients: Client[];
  client: Client | undefined;
  momentOptions: { overrides: MomentOverrideRecord[]; clientDates: ClientDateRecord[]; hiddenKinds: MomentKind[] } | undefined;
  slots: Slot[];
  month: string;
  onPlanned(campaignId: string): void;
}

/** The calendar's right panel: upcoming moments, the idea bank, the package's progress. */
export const PlanningPanel = memo(function PlanningPanel({ clientId, clients, client, momentOptions, slots, month, onPlanned }: Props) {
  const { t } = useTranslation();
  return (
    <Box component="aside" aria-label={t('panel.label')} w={300} style={{ flexShrink: 0 }}>
      <ScrollArea h="100%" type="auto" offsetScrollbars>
        <Stack gap="md">
          {!isDecreedYear(Number(month.slice(0, 4))) && (
            <Alert variant="light" color="yellow" p="xs" role="note">
              <Text size="xs">{t('panel.cutiPending', { year: month.slice(0, 4) })}</Text>
            </Alert>
          )}
          <UpcomingMoments clientId={clientId} clients={clients} options={momentOptions} onPlanned={onPlanned} />
          <Divider />
          <IdeaBank clientId={clientId} clients={clients} />
          <Divider />
          <PackageProgress client={client} slots={slots} month={month} />
        </Stack>
      </ScrollArea>
    </Box>
  );
});

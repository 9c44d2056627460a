import { Badge, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useMemo, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDateRecord, MomentOverrideRecord } from '../../../../shared/contract/planning';
import type { Client } from '../../../../shared/contract/schemas';
import { addDays } from '../../../../shared/domain/time';
import { momentFacts, upcomingPrompts, type MomentKind, type Prompt } from '../../../../shared/holidays';
import { LABEL_COLOR } from './MomentDialog';
import { useApiMutation } from '../../api/queries';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useFormatDate } from '../../ui/useFormatDate';
import { localToday } from './events';

interface Props {
  clientId: string | null;
  clients: Client[];
  options: { overrides: MomentOverrideRecord[]; clientDates: ClientDateRecord[]; hiddenKinds: MomentKind[] } | undefined;
  onPlanned(campaignId: string): void;
}

/** "Ramadan starts in 6 weeks — plan a campaign": the moments worth preparing for now. */
export const UpcomingMoments = memo(function UpcomingMoments({ clientId, clients, options, onPlanned }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const fmt = useFormatDate();
  const create = useApiMutation('campaigns.create', ['campaigns']);
  const prompts = useMemo(() => {
    if (!options) return [];
    return upcomingPrompts(localToday(), {
      overrides: options.overrides,
      hiddenKinds: options.hiddenKinds,
      clientDates: options.clientDates,
      clientId: clientId ?? undefined,
      locale: lang,
    }).slice(0, 6);
  }, [options, clientId, lang]);

  const plan = (p: Prompt, client: Client) => {
    const today = localToday();
    const lead = addDays(p.moment.date, -p.leadWeeks * 7);
    const name = p.moment.name[lang];
    create.mutate(
      {
        clientId: client.id,
        name,
        objective: p.message[lang],
        startDate: lead > today ? lead : today,
        endDate: p.moment.endDate ?? p.moment.date,
        color: client.color,
        status: 'planned',
      },
      {
        onSuccess: (c) => {
          notifySuccess(t('panel.planned', { name }));
          onPlanned(c.id);
        },
        onError: (err) => notifyError(t('errors.title'), errorMessage(t, err)),
      },
    );
  };
  const chosen = clients.find((c) => c.id === clientId);

  return (
    <Stack gap="xs">
      <Text fw={700} size="sm">
        {t('panel.upcoming')}
      </Text>
      {prompts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('panel.noUpcoming')}
        </Text>
      )}
      {prompts.map((p) => (
        <Card key={p.moment.id} withBorder padding="xs" radius="sm">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {p.text}
            </Text>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {fmt(p.moment.date)}
                {p.moment.endDate ? ` – ${fmt(p.moment.endDate)}` : ''}
              </Text>
              <MomentBadges moment={p.moment} />
            </Group>
            {chosen ? (
              <Button size="compact-xs" variant="light" leftSection={<IconSpeakerphone size={12} />} w="fit-content" onClick={() => plan(p, chosen)} loading={create.isPending}>
                {t('panel.planCampaign')}
              </Button>
            ) : (
              <Menu withinPortal position="bottom-start">
                <Menu.Target>
                  <Button size="compact-xs" variant="light" leftSection={<IconSpeakerphone size={12} />} w="fit-content">
                    {t('panel.planCampaign')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{t('calendar.chooseClient')}</Menu.Label>
                  {clients.map((c) => (
                    <Menu.Item key={c.id} onClick={() => plan(p, c)}>
                      {c.name}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
});

/** "Resmi (SKB)" only for decreed dates; marketing moments say so. */
function MomentBadges({ moment }: { moment: Prompt['moment'] }) {
  const { t } = useTranslation();
  const facts = momentFacts(moment);
  return (
    <>
      <Badge size="xs" variant="light" color={LABEL_COLOR[facts.label]}>
        {t(`moments.label.${facts.label}`)}
      </Badge>
      {facts.marketing && (
        <Badge size="xs" variant="light" color="grape">
          {t('moments.marketingMoment')}
        </Badge>
      )}
    </>
  );
}

import { Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconSparkles, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/queries';
import { navigate } from '../../app/route';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';

/** Never an empty screen: a new user creates a client or loads sample data. */
export function FirstRun() {
  const { t } = useTranslation();
  const sample = useApiMutation('app.loadSample', ['clients', 'campaigns', 'slots', 'app']);
  return (
    <Center h="calc(100vh - 120px)">
      <Card withBorder shadow="sm" padding="xl" radius="md" maw={560}>
        <Stack gap="md">
          <Title order={2}>{t('firstRun.title')}</Title>
          <Text c="dimmed">{t('firstRun.body')}</Text>
          <Group>
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => navigate('clients', 'new')}>
              {t('firstRun.create')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconSparkles size={18} />}
              loading={sample.isPending}
              onClick={() =>
                sample.mutate(
                  { clients: 4, months: 5 },
                  {
                    onSuccess: (r) => {
                      notifySuccess(t('firstRun.sampleLoaded', { clients: r.clients, slots: r.slots }));
                      navigate('calendar');
                    },
                    onError: (err) => notifyError(t('errors.title'), errorMessage(t, err)),
                  },
                )
              }
            >
              {t('firstRun.sample')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Center>
  );
}

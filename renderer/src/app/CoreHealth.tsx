import { Alert, Button, Card, Center, Code, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CORE_BACK_EVENT, coreLink } from '../api/coreLink';
import { notifySuccess } from '../ui/notify';

export const useCoreLink = () => useSyncExternalStore(coreLink.subscribe, coreLink.get);

/** While the core is away: a banner; when it is back: fresh data and a short note. */
export function CoreBanner() {
  const { t } = useTranslation();
  const link = useCoreLink();
  const qc = useQueryClient();
  useEffect(() => {
    const back = () => {
      void qc.invalidateQueries();
      notifySuccess(t('data.banner.back'));
    };
    window.addEventListener(CORE_BACK_EVENT, back);
    return () => window.removeEventListener(CORE_BACK_EVENT, back);
  }, [qc, t]);
  if (link !== 'down') return null;
  return (
    <Alert
      role="alert"
      color="orange"
      variant="filled"
      radius="md"
      icon={<Loader size={16} color="white" aria-hidden />}
      // Bottom centre, over the content but clear of headers, drawers and their close buttons.
      style={{ position: 'fixed', bottom: 16, left: '50%', transform: 'translateX(-50%)', width: 'min(720px, calc(100vw - 32px))', zIndex: 1000, boxShadow: 'var(--mantine-shadow-lg)' }}
    >
      {t('data.banner.down')}
    </Alert>
  );
}

/** Main stopped restarting the core: say so, keep the typed text, offer to try again. */
export function CoreFailedScreen() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="lg">
      <Card withBorder shadow="sm" padding="xl" radius="md" maw={620}>
        <Stack>
          <IconPlugConnectedX size={36} color="var(--mantine-color-red-6)" aria-hidden />
          <Title order={1} size="h2">
            {t('data.failed.title')}
          </Title>
          <Text>{t('data.failed.body')}</Text>
          <Button leftSection={<IconRefresh size={18} />} onClick={() => void window.rencana?.retryCore()} w="fit-content">
            {t('data.failed.retry')}
          </Button>
        </Stack>
      </Card>
    </Center>
  );
}

/** A web tab whose key belongs to an earlier run: never the first-run screen, which would look like data loss. */
export function StaleTabScreen() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="lg">
      <Card withBorder shadow="sm" padding="xl" radius="md" maw={620}>
        <Stack>
          <IconPlugConnectedX size={36} color="var(--mantine-color-orange-6)" aria-hidden />
          <Title order={1} size="h2">
            {t('data.stale.title')}
          </Title>
          <Text>{t('data.stale.body')}</Text>
          <Text>
            {t('data.stale.howto')
              .split('`')
              .map((part, i) => (i % 2 ? <Code key={i}>{part}</Code> : part))}
          </Text>
        </Stack>
      </Card>
    </Center>
  );
}

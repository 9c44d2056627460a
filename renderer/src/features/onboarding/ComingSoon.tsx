import { Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Screen } from '../../app/route';

/** Screens whose issue has not landed yet say so plainly instead of pretending. */
export function ComingSoon({ screen }: { screen: Screen }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" maw={640}>
      <Title order={2}>{t(`nav.${screen}`)}</Title>
      <Badge variant="light" color="gray" w="fit-content">
        {t('common.comingSoon')}
      </Badge>
      <Text c="dimmed">{t('app.tagline')}</Text>
    </Stack>
  );
}

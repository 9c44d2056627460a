import { Button, Tooltip } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * PLACEHOLDER from 9b's branch so the Exports screen can mount the import: issue 9c's
 * ImportFeedbackButton (file or pasted text → summary → apply → undo) replaces this file.
 */
export function ImportFeedbackButton() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('exports.importSoon')}>
      <Button variant="default" leftSection={<IconFileImport size={16} />} data-disabled onClick={(e) => e.preventDefault()}>
        {t('exports.importFeedback')}
      </Button>
    </Tooltip>
  );
}

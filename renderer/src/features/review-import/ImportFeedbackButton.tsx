import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog';

/** "Import client feedback": opens the import dialog (file or pasted text → summary → apply). */
export function ImportFeedbackButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setOpen(true)}>
        {t('reviewImport.button')}
      </Button>
      <ImportDialog opened={open} onClose={() => setOpen(false)} />
    </>
  );
}

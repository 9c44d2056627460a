import { ActionIcon, Button } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

/** The "add a row" and "remove this row" buttons of the small list editors (accounts, package, KPIs, phases). */
export function AddRowButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Button variant="subtle" size="compact-sm" w="fit-content" leftSection={<IconPlus size={14} />} onClick={onClick}>
      {label}
    </Button>
  );
}

export function RemoveRowButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <ActionIcon variant="subtle" color="red" size="lg" aria-label={label} onClick={onClick}>
      <IconTrash size={14} />
    </ActionIcon>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/**
 * What Ctrl+Z takes back, newest last: a cell edit (its earlier values) or a batch in the core.
 * An edit is stacked when it is made, not when the core answers, so a Ctrl+Z right after Enter takes
 * back that edit; `saved` tells whether it landed, and its undo waits for it.
 */
export type UndoEntry =
  | { kind: 'edit'; slotId: string; patch: Record<string, unknown>; saved: Promise<boolean> }
  | { kind: 'batch'; batchId: string }
  | { kind: 'import'; importId: string };

let seq = 0;
/** A notice with an Undo button, as the post drawer's delete shows. */
export function notifyWithUndo(message: string, undoLabel: string, onUndo: () => void) {
  const id = `ep-undo-${++seq}`;
  notifications.show({
    id,
    color: 'green',
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  });
}

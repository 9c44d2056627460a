import { Box, Group, Loader, Popover, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useValue, type ValueStore } from '../../ui/valueStore';
import { useThumbs } from '../assets/useThumbs';

/** The post under the pointer, if it has visuals: its event's element, tooltip and image hashes. */
export interface SlotHover {
  el: HTMLElement;
  title: string;
  hashes: string[];
}

const OPEN_DELAY = 200;
const CLOSE_DELAY = 50;

/**
 * The calendar's one hover card: a post's tooltip with its visuals' thumbnails. One card for the
 * whole calendar, placed over the hovered event, instead of a hover card inside every event (the
 * events are HTML strings; see EventContent). Thumbnails load when it opens.
 */
export function SlotHoverLayer({ hover }: { hover: ValueStore<SlotHover | null> }) {
  const wanted = useValue(hover);
  const [shown, setShown] = useState<SlotHover | null>(null);
  useEffect(() => {
    const id = window.setTimeout(() => setShown(wanted), wanted ? OPEN_DELAY : CLOSE_DELAY);
    return () => window.clearTimeout(id);
  }, [wanted]);
  // An event removed from the calendar (a month switch) takes its card with it.
  const card = shown && shown.el.isConnected ? shown : null;
  const rect = card?.el.getBoundingClientRect();
  return (
    <Popover opened={!!card} position="top" shadow="md" width={280} withinPortal classNames={{ dropdown: 'rc-hovercard' }}>
      <Popover.Target>
        <Box
          aria-hidden
          style={{ position: 'fixed', pointerEvents: 'none', left: rect?.left ?? 0, top: rect?.top ?? 0, width: rect?.width ?? 0, height: rect?.height ?? 0 }}
        />
      </Popover.Target>
      <Popover.Dropdown p="xs">
        {card && (
          <>
            <Text size="xs" mb={6}>
              {card.title}
            </Text>
            <Thumbs hashes={card.hashes.slice(0, 4)} />
          </>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

function Thumbs({ hashes }: { hashes: string[] }) {
  const thumbs = useThumbs(hashes);
  return (
    <Group gap={4} wrap="nowrap">
      {hashes.map((h) =>
        thumbs.get(h) ? (
          <img key={h} src={thumbs.get(h)!} alt="" style={{ width: 60, height: 60, objectFit: 'cover', borderRadius: 4 }} />
        ) : (
          <Loader key={h} size="xs" />
        ),
      )}
    </Group>
  );
}

import { Group, HoverCard, Loader, Text } from '@mantine/core';
import { useThumbs } from '../assets/useThumbs';

/** A post's tooltip with its visuals' thumbnails, for calendar events of posts that have visuals. */
export function SlotHoverCard({ title, hashes, children }: { title: string; hashes: string[]; children: React.ReactElement }) {
  return (
    <HoverCard openDelay={200} closeDelay={50} position="top" shadow="md" withinPortal width={280}>
      <HoverCard.Target>{children}</HoverCard.Target>
      <HoverCard.Dropdown p="xs">
        <Text size="xs" mb={6}>
          {title}
        </Text>
        <Thumbs hashes={hashes.slice(0, 4)} />
      </HoverCard.Dropdown>
    </HoverCard>
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

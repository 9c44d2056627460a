import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWords } from './diff';
import classes from '../panel.module.css';

/** `before` → `after` word by word: removed text struck through, added text highlighted. */
export function DiffView({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  const ops = useMemo(() => diffWords(before, after), [before, after]);
  const changed = ops.some((o) => o.type !== 'equal');
  return (
    <div>
      <Group gap="md" mb={6}>
        <Text size="xs" className={classes.ins} span>
          {t('editor.inserted')}
        </Text>
        <Text size="xs" className={classes.del} span>
          {t('editor.deleted')}
        </Text>
      </Group>
      {!changed && (
        <Text size="sm" c="dimmed" mb={6}>
          {t('editor.noChanges')}
        </Text>
      )}
      <div className={classes.diff} data-testid="revision-diff">
        {ops.map((o, i) =>
          o.type === 'equal' ? (
            <span key={i}>{o.text}</span>
          ) : o.type === 'insert' ? (
            <ins key={i} className={classes.ins}>
              {o.text}
            </ins>
          ) : (
            <del key={i} className={classes.del}>
              {o.text}
            </del>
          ),
        )}
      </div>
    </div>
  );
}

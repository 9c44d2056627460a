import { Group, Text, Tooltip } from '@mantine/core';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORM_LABELS, type Platform } from '../../../../../shared/domain/platforms';
import type { Unit } from '../../../../../shared/platforms';
import { useValue } from '../../../ui/valueStore';
import type { CheckStore } from './checkStore';
import { benching } from '../../../ui/benchMarks';

/** Marks where a keystroke starts; the counter's commit ends the `copy-check` measure. */
export const INPUT_MARK = 'copy-input';
export const CHECK_MEASURE = 'copy-check';

function unitHelp(platform: Platform, unit: Unit): 'x' | 'threads' | 'bytes' | 'characters' {
  if (platform === 'x' || platform === 'threads') return platform;
  return unit === 'bytes' ? 'bytes' : 'characters';
}

/** The live length in the platform's own unit, against its limit. */
export function Counter({ store, platform }: { store: CheckStore; platform: Platform }) {
  const { t, i18n } = useTranslation();
  const length = useValue(store, (s) => s?.check.result.length ?? 0);
  const limit = useValue(store, (s) => s?.check.result.limit ?? null);
  const unit = useValue(store, (s) => s?.check.result.unit ?? 'characters');
  const version = useValue(store, (s) => s?.check.version ?? -1);

  // Keystroke → checks → decorations → this commit, measured for the one-frame budget.
  useLayoutEffect(() => {
    if (!benching() || performance.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
    performance.measure(CHECK_MEASURE, INPUT_MARK);
    performance.clearMarks(INPUT_MARK);
  }, [version]);

  const fmt = new Intl.NumberFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB');
  const over = limit !== null && length > limit;
  const unitLabel = t(`editor.units.${unit}`);
  const label = limit === null
    ? t('editor.counterNoLimit', { length: fmt.format(length), unit: unitLabel })
    : t('editor.counter', { length: fmt.format(length), limit: fmt.format(limit), unit: unitLabel });
  return (
    <Tooltip label={t(`editor.unitHelp.${unitHelp(platform, unit)}`)} multiline w={260} withArrow>
      <Group gap={8} wrap="nowrap" role="status" aria-label={t('editor.counterLabel', { platform: PLATFORM_LABELS[platform] })}>
        <Text size="sm" fw={600} c={over ? 'red.7' : undefined} data-testid="copy-counter" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {label}
        </Text>
        {limit !== null && (
          <Text size="xs" c={over ? 'red.7' : 'dimmed'} fw={over ? 600 : 400}>
            {over ? t('editor.over', { n: fmt.format(length - limit) }) : t('editor.left', { n: fmt.format(limit - length) })}
          </Text>
        )}
      </Group>
    </Tooltip>
  );
}

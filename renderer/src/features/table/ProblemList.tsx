import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowProblem } from '../../../../shared/contract/epTable';

const COLOR = { error: 'red', warning: 'orange', info: 'dimmed' } as const;

/** A row's problems in words, errors first. */
export function ProblemList({ problems }: { problems: RowProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0)
    return (
      <Text size="xs" c="green">
        {t('epImport.noProblems')}
      </Text>
    );
  const order = { error: 0, warning: 1, info: 2 };
  return (
    <>
      {[...problems]
        .sort((a, b) => order[a.severity] - order[b.severity])
        .map((p, i) => (
          <Text key={i} size="xs" c={COLOR[p.severity]} style={{ unicodeBidi: 'isolate' }}>
            {t(`epImport.field.${p.field}`)}: {t(`epImport.problem.${p.code}`, { value: p.code === 'status_not_imported' ? t(`statuses.${p.value}`) : (p.value ?? '') })}
          </Text>
        ))}
    </>
  );
}

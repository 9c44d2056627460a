import { ActionIcon, Group, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconTextSpellcheck } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { memo, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PLATFORM_LABELS, type Platform } from '../../../../../shared/domain/platforms';
import type { Issue, Severity } from '../../../../../shared/platforms';
import { issueRange, type CopyCheck, type SpellMark } from './checkPlugin';
import { useValue } from '../../../ui/valueStore';
import { useCheck, type CheckStore } from './checkStore';
import { placeOf } from './place';
import { toOffset } from '../document/plainText';
import { spellWorker } from '../spelling/spellClient';
import { SpellMenu } from '../spelling/SpellMenu';
import classes from '../panel.module.css';

const ICON: Record<Severity, typeof IconAlertCircle> = { error: IconAlertCircle, warning: IconAlertTriangle, info: IconInfoCircle };

interface Props {
  store: CheckStore;
  editor: Editor;
  platform: Platform;
  clientName: string;
  onAddToGlossary(word: string): void;
}

/** Issues of one kind (e.g. every hashtag past the fifth) share a row; clicking walks through them. */
interface Group {
  key: string;
  severity: Severity;
  message: string;
  issues: Issue[];
}

const COUNTED = new Set<Issue['code']>(['too-many-hashtags', 'too-many-mentions', 'too-many-links', 'link-not-clickable', 'invalid-char']);

function groupIssues(issues: readonly Issue[], t: TFunction): Group[] {
  const byKey = new Map<string, Group>();
  for (const i of issues) {
    if (i.code === 'empty') continue;
    // Issues about a named thing (a banned word, a duplicate tag) stay apart; counted ones group.
    const key = COUNTED.has(i.code) ? i.code : `${i.code}:${JSON.stringify(i.message.params)}`;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { key, severity: i.severity, message: t(i.message.key, i.message.params), issues: [] }));
    g.issues.push(i);
  }
  return [...byKey.values()];
}

/**
 * What the platform would reject or warn about, each with its place; a click selects it in
 * the text. Kept light (plain markup, memoised rows): it re-renders on every keystroke.
 */
export function IssueList({ store, editor, platform, clientName, onAddToGlossary }: Props) {
  const { t } = useTranslation();
  const snap = useCheck(store);
  const spellingDown = useValue(spellWorker.failed);
  const cursor = useRef(new Map<string, number>());
  // Rows are memoised on their text, so their callbacks must read the latest state themselves.
  const latest = useRef({ editor, onAddToGlossary, t });
  latest.current = { editor, onAddToGlossary, t };
  const select = useCallback((range: { from: number; to: number }) => {
    latest.current.editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  }, []);
  const selectInGroup = useCallback(
    (key: string) => {
      const now = store.get();
      const g = now && groupIssues(now.check.result.issues, latest.current.t).find((x) => x.key === key);
      if (!now || !g) return;
      const n = cursor.current.get(key) ?? 0;
      cursor.current.set(key, n + 1);
      const range = issueRange(now.check, g.issues[n % g.issues.length]!);
      if (range) select(range);
    },
    [store, select],
  );
  const addToGlossary = useCallback((word: string) => latest.current.onAddToGlossary(word), []);
  if (!snap) return null;
  const { check, spelling } = snap;
  const label = PLATFORM_LABELS[platform];
  const groups = groupIssues(check.result.issues, t);
  const text = check.plain.text;
  const words = {
    select: t('editor.selectInText'),
    // A client's rule is the client's, not the platform's: "Dilarang klien", never "Ditolak".
    kind: (i: Issue) => t(i.rule === 'client' ? `editor.severity.client.${i.severity}` : `editor.severity.${i.severity}`),
    at: (from: number, to?: number) => placeOf(t, text, from, to),
  };

  return (
    <div>
      <Title order={3} size="h6" mb={6}>
        {t('editor.issues', { platform: label })}
      </Title>
      {groups.length === 0 && spelling.length === 0 ? (
        <Group gap={6} c="teal.8">
          <IconCircleCheck size={16} />
          <Text size="sm">{t('editor.noIssues', { platform: label })}</Text>
        </Group>
      ) : (
        <ul className={classes.issues} aria-label={t('editor.issues', { platform: label })}>
          {groups.map((g) => {
            const first = g.issues[0]!;
            return (
              <IssueRow
                key={g.key}
                severity={g.severity}
                code={first.code}
                message={g.message}
                detail={`${words.kind(first)}${first.from !== undefined ? ` · ${words.at(first.from, first.to)}` : ''}`}
                count={g.issues.length}
                selectable={first.from !== undefined}
                selectLabel={words.select}
                groupKey={g.key}
                onSelect={selectInGroup}
              />
            );
          })}
          {spelling.map((m) => (
            <SpellRow
              key={`${m.from}:${m.word}`}
              mark={m}
              detail={spellDetail(check, m, words.at)}
              label={t('editor.spelling', { word: m.word })}
              menuLabel={t('editor.spellingMenu', { word: m.word })}
              editor={editor}
              clientName={clientName}
              onAddToGlossary={addToGlossary}
              onSelect={select}
            />
          ))}
        </ul>
      )}
      {spellingDown && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('editor.spellingUnavailable')}
        </Text>
      )}
    </div>
  );
}

function spellDetail(check: CopyCheck, m: SpellMark, at: (from: number, to?: number) => string): string {
  const from = toOffset(check.plain, m.from);
  return at(from, toOffset(check.plain, m.to));
}

interface RowProps {
  severity: Severity;
  code: string;
  message: string;
  detail: string;
  count: number;
  selectable: boolean;
  selectLabel: string;
  groupKey: string;
  onSelect(groupKey: string): void;
}

// Rows compare by their text, not by the (new every keystroke) callbacks.
const IssueRow = memo(
  function IssueRow({ severity, code, message, detail, count, selectable, selectLabel, groupKey, onSelect }: RowProps) {
    const Icon = ICON[severity];
    const body = (
      <>
        <span className={classes.issueMessage}>
          {message}
          {count > 1 && <span className={classes.count}>×{count}</span>}
        </span>
        <span className={classes.issueDetail}>{detail}</span>
      </>
    );
    return (
      <li className={classes.issue} data-severity={severity} data-code={code}>
        <Icon size={18} className={classes.issueIcon} data-severity={severity} aria-hidden />
        {selectable ? (
          <button type="button" className={classes.issueText} onClick={() => onSelect(groupKey)} aria-label={`${message} — ${selectLabel}`}>
            {body}
          </button>
        ) : (
          <div className={classes.issueText}>{body}</div>
        )}
      </li>
    );
  },
  (a, b) =>
    a.message === b.message &&
    a.detail === b.detail &&
    a.count === b.count &&
    a.severity === b.severity &&
    a.selectLabel === b.selectLabel &&
    a.selectable === b.selectable &&
    a.groupKey === b.groupKey &&
    a.onSelect === b.onSelect,
);

interface SpellRowProps {
  mark: SpellMark;
  detail: string;
  label: string;
  menuLabel: string;
  editor: Editor;
  clientName: string;
  onAddToGlossary(word: string): void;
  onSelect(range: { from: number; to: number }): void;
}

const SpellRow = memo(
  function SpellRow({ mark, detail, label, menuLabel, editor, clientName, onAddToGlossary, onSelect }: SpellRowProps) {
    return (
      <li className={classes.issue} data-code="spelling">
        <IconTextSpellcheck size={18} className={classes.issueIcon} data-severity="spelling" aria-hidden />
        <button type="button" className={classes.issueText} onClick={() => onSelect(mark)}>
          <span className={classes.issueMessage}>{label}</span>
          <span className={classes.issueDetail}>{detail}</span>
        </button>
        <SpellMenu mark={mark} editor={editor} clientName={clientName} onAddToGlossary={onAddToGlossary}>
          <ActionIcon variant="subtle" size="sm" aria-label={menuLabel}>
            <IconTextSpellcheck size={15} />
          </ActionIcon>
        </SpellMenu>
      </li>
    );
  },
  (a, b) =>
    a.mark.from === b.mark.from &&
    a.mark.to === b.mark.to &&
    a.mark.word === b.mark.word &&
    a.detail === b.detail &&
    a.label === b.label &&
    a.editor === b.editor &&
    a.onSelect === b.onSelect &&
    a.onAddToGlossary === b.onAddToGlossary,
);

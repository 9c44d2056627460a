import { ActionIcon, Button, Divider, Group, Menu, Modal, Popover, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconBold,
  IconBook2,
  IconCopy,
  IconFileImport,
  IconHistory,
  IconInfoCircle,
  IconItalic,
  IconTrash,
} from '@tabler/icons-react';
import { useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HashtagSet } from '../../../../../shared/contract/editor';
import { PLATFORM_LABELS, type Platform } from '../../../../../shared/domain/platforms';
import { refusals } from '../../../../../shared/platforms';
import { notifications } from '@mantine/notifications';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { currentCheck } from '../checks/checkPlugin';
import { copyPlain } from './clipboard';
import { EmojiPicker } from './EmojiPicker';
import type { StyleMode } from './extensions';
import { HashtagMenu } from './HashtagMenu';

interface ToolbarProps {
  editor: Editor;
  platform: Platform;
  sets: HashtagSet[];
  others: Platform[];
  readOther(platform: Platform): JSONContent | null;
  onInsertHashtags(set: HashtagSet): void;
  onManageSets(fromText: boolean): void;
  onOpenGlossary(): void;
  onOpenHistory(): void;
  onRemove(): void;
}

/** Formatting, inserts, "copy from", glossary, history and removing the variant. */
export function Toolbar(p: ToolbarProps) {
  const { t } = useTranslation();
  const { editor, platform } = p;
  const label = PLATFORM_LABELS[platform];
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ bold: e.isActive('bold'), italic: e.isActive('italic') }),
  });
  const [copySource, setCopySource] = useState<Platform | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);

  const copyFrom = (source: Platform) => {
    const doc = p.readOther(source);
    if (!doc) return;
    editor.chain().focus().setContent(doc).run();
    setCopySource(null);
  };

  return (
    <Group justify="space-between" gap={4} role="toolbar" aria-label={t('editor.toolbar')}>
      <Group gap={2}>
        <ActionIcon
          variant={active.bold ? 'light' : 'subtle'}
          color={active.bold ? undefined : 'gray'}
          aria-label={t('editor.bold')}
          aria-pressed={active.bold}
          title={`${t('editor.bold')} (Ctrl+B)`}
          onClick={() => editor.chain().focus().toggleBold().run()}
        >
          <IconBold size={18} />
        </ActionIcon>
        <ActionIcon
          variant={active.italic ? 'light' : 'subtle'}
          color={active.italic ? undefined : 'gray'}
          aria-label={t('editor.italic')}
          aria-pressed={active.italic}
          title={`${t('editor.italic')} (Ctrl+I)`}
          onClick={() => editor.chain().focus().toggleItalic().run()}
        >
          <IconItalic size={18} />
        </ActionIcon>
        <Divider orientation="vertical" mx={4} />
        <EmojiPicker onPick={(char) => editor.chain().focus().insertContent(char).run()} />
        <HashtagMenu sets={p.sets} onInsert={p.onInsertHashtags} onManage={p.onManageSets} />
        <Menu position="bottom-start" shadow="md" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('editor.copyFrom')} title={t('editor.copyFrom')}>
              <IconFileImport size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('editor.copyFrom')}</Menu.Label>
            {p.others.length === 0 && <Menu.Item disabled>{t('editor.copyFromNone')}</Menu.Item>}
            {p.others.map((o) => (
              <Menu.Item
                key={o}
                onClick={() => (editor.isEmpty ? copyFrom(o) : setCopySource(o))}
              >
                {t('editor.copyFromItem', { platform: PLATFORM_LABELS[o] })}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap={2}>
        <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconBook2 size={16} />} onClick={p.onOpenGlossary}>
          {t('editor.glossary')}
        </Button>
        <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconHistory size={16} />} onClick={p.onOpenHistory}>
          {t('editor.history')}
        </Button>
        <Popover opened={confirmRemove} onChange={setConfirmRemove} position="bottom-end" width={280} withArrow trapFocus>
          <Popover.Target>
            <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeVariant', { platform: label })} onClick={() => setConfirmRemove((o) => !o)}>
              <IconTrash size={17} />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <Text size="sm">{t('editor.removeConfirm', { platform: label })}</Text>
              <Group justify="flex-end" gap="xs">
                <Button size="xs" variant="default" onClick={() => setConfirmRemove(false)}>
                  {t('common.cancel')}
                </Button>
                <Button
                  size="xs"
                  color="red"
                  onClick={() => {
                    setConfirmRemove(false);
                    p.onRemove();
                  }}
                >
                  {t('editor.remove')}
                </Button>
              </Group>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      </Group>

      <Modal opened={copySource !== null} onClose={() => setCopySource(null)} title={t('editor.copyFrom')} size="sm">
        {copySource && (
          <Stack>
            <Text size="sm">{t('editor.copyFromConfirm', { target: label, source: PLATFORM_LABELS[copySource] })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCopySource(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => copyFrom(copySource)}>{t('editor.replace')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Group>
  );
}

/** How bold/italic are pasted, and the button that copies exactly the text to paste. */
export function CopyActions({ editor, platform }: { editor: Editor; platform: Platform }) {
  const { t } = useTranslation();
  const label = PLATFORM_LABELS[platform];
  const mode = useEditorState({ editor, selector: ({ editor: e }) => (e.state.doc.attrs.styleMode as StyleMode) ?? 'drop' });

  const setMode = (value: string) => {
    editor
      .chain()
      .command(({ tr }) => {
        tr.setDocAttribute('styleMode', value);
        return true;
      })
      .run();
  };

  const copy = async () => {
    const check = currentCheck(editor.state);
    const ok = await copyPlain(check.plain.text);
    if (!ok) return notifyError(t('editor.copyFor', { platform: label }), t('editor.copyFailed'));
    // Only what the platform would refuse counts as a refusal; the client's rules are named apart.
    const errors = refusals(check.result).length;
    const client = check.result.issues.filter((i) => i.severity === 'error' && i.rule === 'client').length;
    if (errors > 0) notifications.show({ color: 'orange', autoClose: 6000, message: t('editor.copiedWithErrors', { platform: label, count: errors }) });
    else if (client > 0) notifications.show({ color: 'orange', autoClose: 6000, message: t('editor.copiedWithClientIssues', { platform: label, count: client }) });
    else notifySuccess(t('editor.copied', { platform: label }));
  };

  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Group gap={6} wrap="nowrap">
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={setMode}
            aria-label={t('editor.styleMode')}
            data={[
              { value: 'drop', label: t('editor.styleDrop') },
              { value: 'unicode', label: t('editor.styleUnicode') },
            ]}
          />
          <Tooltip label={t('editor.styleNote')} multiline w={320} withArrow>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('editor.styleInfo')}>
              <IconInfoCircle size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Button leftSection={<IconCopy size={16} />} onClick={() => void copy()}>
          {t('editor.copyFor', { platform: label })}
        </Button>
      </Group>
      {mode === 'unicode' && (
        <Text size="xs" c="orange.8" role="note">
          {t('editor.styleNote')}
        </Text>
      )}
    </Stack>
  );
}

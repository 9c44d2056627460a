import { Alert, Badge, Button, Group, Loader, Menu, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { JSONContent } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Slot, Variant } from '../../../../shared/contract/schemas';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from '../../../../shared/domain/platforms';
import { api } from '../../api/transport';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PlatformIcon } from '../../ui/PlatformIcon';
import { useAddGlossaryWord, useGlossary, useHashtagSets, useRemoveVariant, useSaveVariant, useVariants } from './api';
import { replayJournal } from './history/autosave';
import { currentCheck, currentSpelling, spellKey, type SpellMeta } from './checks/checkPlugin';
import { createCheckStore, type CheckStore } from './checks/checkStore';
import { useValue } from '../../ui/valueStore';
import { GlossaryModal } from './spelling/GlossaryModal';
import { HashtagSetsModal } from './document/HashtagSetsModal';
import { VariantEditor, type VariantHandle } from './VariantEditor';

/** Errors the platform would reject the post for, on the variant's tab. */
function ErrorBadge({ store }: { store: CheckStore }) {
  const { t } = useTranslation();
  const errors = useValue(store, (s) => s?.check.result.issues.filter((i) => i.severity === 'error').length ?? 0);
  if (errors === 0) return null;
  return (
    <Badge size="xs" color="red" circle aria-label={t('editor.severity.error')}>
      {errors}
    </Badge>
  );
}

/**
 * The slot's copy: one tab per platform variant, each with its own editor, checks, preview and
 * history. Owns the variants (the slot drawer does not send them); saves itself.
 */
export function CopyPanel({ slot, client }: { slot: Slot; client: Client }) {
  const { t } = useTranslation();
  const variants = useVariants(slot.id);
  const glossary = useGlossary(client.id);
  const sets = useHashtagSets(client.id);
  const save = useSaveVariant();
  const remove = useRemoveVariant();
  const addWord = useAddGlossaryWord();
  const [active, setActive] = useState<Platform | null>(null);
  const [setsDialog, setSetsDialog] = useState<{ tags: string[] | null } | null>(null);
  const [glossaryOpen, setGlossaryOpen] = useState(false);
  const handles = useRef(new Map<Platform, VariantHandle>());
  const stores = useRef(new Map<Platform, CheckStore>());

  const storeFor = (p: Platform) => {
    let s = stores.current.get(p);
    if (!s) stores.current.set(p, (s = createCheckStore()));
    return s;
  };
  const register = useCallback((p: Platform, h: VariantHandle | null) => {
    if (h) handles.current.set(p, h);
    else handles.current.delete(p);
  }, []);
  const readOther = useCallback((p: Platform): JSONContent | null => handles.current.get(p)?.editor.getJSON() ?? null, []);

  const list = variants.data ?? [];
  const current = active && list.some((v) => v.platform === active) ? active : (list[0]?.platform ?? null);
  // The tab in view gets its editor first; the other platforms' editors (their checks fill the tabs'
  // badges) are made once the drawer has drawn and the page is idle, not in the same frame.
  const [othersMounted, setOthersMounted] = useState(false);
  const loaded = !!variants.data;
  useEffect(() => {
    if (othersMounted || !loaded) return;
    const id = requestIdleCallback(() => setOthersMounted(true), { timeout: 500 });
    return () => cancelIdleCallback(id);
  }, [othersMounted, loaded]);
  const words = (glossary.data ?? []).map((g) => g.word);
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));

  const addPlatform = (p: Platform) => {
    // A new platform starts from the text on screen: adapting beats rewriting.
    const src = current ? handles.current.get(current) : undefined;
    const doc = src && !src.editor.isEmpty ? (src.editor.getJSON() as Variant['doc']) : null;
    const plain = src && doc ? currentCheck(src.editor.state).plain.text : '';
    save.mutate({ slotId: slot.id, platform: p, doc, plain }, { onSuccess: () => setActive(p), onError });
  };

  const removePlatform = async (p: Platform) => {
    await handles.current.get(p)?.saver.discard();
    remove.mutate({ slotId: slot.id, platform: p }, { onError });
  };

  const addToGlossary = (word: string) => {
    // The mark goes at once in every open variant; the worker confirms with the new glossary.
    for (const { editor } of handles.current.values()) {
      const { version, marks } = currentSpelling(editor.state);
      const kept = marks.filter((m) => m.word.toLowerCase() !== word.toLowerCase());
      if (kept.length !== marks.length) {
        const meta: SpellMeta = { version, marks: kept };
        editor.view.dispatch(editor.state.tr.setMeta(spellKey, meta).setMeta('addToHistory', false));
      }
    }
    addWord.mutate(
      { clientId: client.id, word },
      { onSuccess: (e) => notifySuccess(t('editor.addedToGlossary', { word: e.word, client: client.name })), onError },
    );
  };

  const used = new Set(list.map((v) => v.platform));
  const accountPlatforms = [...new Set(client.accounts.map((a) => a.platform))].filter((p) => !used.has(p));
  const otherPlatforms = PLATFORMS.filter((p) => !used.has(p) && !accountPlatforms.includes(p));
  const sourceLabel = current && handles.current.get(current) && !handles.current.get(current)!.editor.isEmpty ? PLATFORM_LABELS[current] : null;

  const addMenu = (
    <Menu position="bottom-end" shadow="md" width={240} withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} loading={save.isPending} disabled={used.size === PLATFORMS.length}>
          {t('editor.addPlatform')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Text size="xs" c="dimmed" px="sm" py={4}>
          {sourceLabel ? t('editor.addPlatformHint', { platform: sourceLabel }) : t('editor.addPlatformEmpty')}
        </Text>
        {accountPlatforms.length > 0 && <Menu.Label>{t('editor.clientAccounts')}</Menu.Label>}
        {accountPlatforms.map((p) => (
          <Menu.Item key={p} leftSection={<span aria-hidden><PlatformIcon platform={p} /></span>} onClick={() => addPlatform(p)}>
            {PLATFORM_LABELS[p]}
          </Menu.Item>
        ))}
        {otherPlatforms.length > 0 && <Menu.Label>{t('editor.otherPlatforms')}</Menu.Label>}
        {otherPlatforms.map((p) => (
          <Menu.Item key={p} leftSection={<span aria-hidden><PlatformIcon platform={p} /></span>} onClick={() => addPlatform(p)}>
            {PLATFORM_LABELS[p]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  if (variants.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (variants.isError) {
    return (
      <Alert color="red" title={t('editor.loadFailed')}>
        <Text size="sm">{errorMessage(t, variants.error)}</Text>
        <Button size="xs" mt="xs" variant="light" color="red" onClick={() => void variants.refetch()}>
          {t('editor.retry')}
        </Button>
      </Alert>
    );
  }

  return (
    <Stack gap="sm" aria-label={t('editor.variants')} role="group">
      <Group justify="space-between">
        <Title order={2} size="h5">
          {t('editor.variants')}
        </Title>
        {addMenu}
      </Group>
      {list.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('editor.noVariants')}
          </Text>
          <Group gap="xs">
            {(accountPlatforms.length ? accountPlatforms : (['instagram', 'tiktok', 'x'] as Platform[])).map((p) => (
              <Button
                key={p}
                size="xs"
                variant="default"
                leftSection={<IconPlus size={14} />}
                aria-label={t('editor.addOne', { platform: PLATFORM_LABELS[p] })}
                onClick={() => addPlatform(p)}
              >
                {PLATFORM_LABELS[p]}
              </Button>
            ))}
          </Group>
        </Stack>
      ) : (
        <Tabs value={current} onChange={(v) => v && setActive(v as Platform)} keepMounted>
          <Tabs.List>
            {list.map((v) => (
              <Tabs.Tab key={v.platform} value={v.platform} leftSection={<span aria-hidden><PlatformIcon platform={v.platform} /></span>} rightSection={<ErrorBadge store={storeFor(v.platform)} />}>
                {PLATFORM_LABELS[v.platform]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {list.map((v) => (
            <Tabs.Panel key={v.platform} value={v.platform} pt="sm">
              {(othersMounted || v.platform === current) && (
                <VariantEditor
                  slot={slot}
                  client={client}
                  variant={v}
                  store={storeFor(v.platform)}
                  glossary={words}
                  sets={sets.data ?? []}
                  others={list.map((o) => o.platform).filter((p) => p !== v.platform)}
                  readOther={readOther}
                  register={register}
                  onRemove={() => void removePlatform(v.platform)}
                  onAddToGlossary={addToGlossary}
                  onManageSets={(tags) => setSetsDialog({ tags })}
                  onOpenGlossary={() => setGlossaryOpen(true)}
                />
              )}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      {setsDialog && (
        <HashtagSetsModal opened onClose={() => setSetsDialog(null)} client={client} sets={sets.data ?? []} initialTags={setsDialog.tags} />
      )}
      {glossaryOpen && <GlossaryModal opened onClose={() => setGlossaryOpen(false)} client={client} words={glossary.data ?? []} />}
    </Stack>
  );
}

// Once per app start, and again whenever the core comes back: text journaled but never
// acknowledged (a closed window, a drawer closed while the core was away) goes to the core now,
// even if that slot's drawer is never opened again.
const replay = () =>
  void replayJournal(
    (input) => api.call('variants.save', input),
    (slotId) => api.call('variants.list', { slotId }),
  );
replay();
window.addEventListener('rencana:core-back', replay);

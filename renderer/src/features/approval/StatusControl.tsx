import { Alert, Badge, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { IconChevronDown, IconRosetteDiscountCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../../../shared/contract/schemas';
import { SLOT_STATUSES, STATUS_COLORS, STATUS_MOVES, userMoves, type SlotStatus } from '../../../../shared/domain/status';
import { api } from '../../api/transport';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';

const URL_RE = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

/**
 * The post's status: the moves the machine allows from here first, then "approved outside the
 * app" (with a note), then every other status, which the core refuses with a reason shown here —
 * a refusal is a clear message, not a greyed-out item.
 */
export function StatusControl({ slot, onSaved }: { slot: Slot; onSaved(slot: Slot): void }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [asking, setAsking] = useState<'outside' | 'posted' | null>(null);
  const [note, setNote] = useState('');
  const [url, setUrl] = useState(slot.postUrl);
  const [busy, setBusy] = useState(false);

  const allowed = userMoves(slot.status);
  const others = SLOT_STATUSES.filter((s) => s !== slot.status && !allowed.includes(s));
  const outsideAllowed = STATUS_MOVES[slot.status].approved?.includes('outside') ?? false;

  const run = async (fn: () => Promise<Slot>, to: SlotStatus) => {
    setBusy(true);
    try {
      const saved = await fn();
      setRefusal(null);
      setAsking(null);
      onSaved(saved);
      notifySuccess(to === 'approved' ? t('approval.approvedOutside') : t('approval.moved', { status: t(`statuses.${to}`) }));
    } catch (err) {
      setRefusal(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  const move = (to: SlotStatus) => {
    if (to === 'posted' && !slot.postUrl && allowed.includes('posted')) {
      setAsking('posted');
      return;
    }
    void run(() => api.call('slots.update', { id: slot.id, patch: { status: to } }), to);
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} component="span">
        {t('slot.status')}
      </Text>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            variant="light"
            color={STATUS_COLORS[slot.status]}
            rightSection={<IconChevronDown size={14} />}
            aria-label={t('approval.statusButton', { status: t(`statuses.${slot.status}`) })}
            loading={busy}
            style={{ alignSelf: 'flex-start' }}
          >
            {t(`statuses.${slot.status}`)}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('approval.moveTo')}</Menu.Label>
          {allowed.map((s) => (
            <Menu.Item key={s} onClick={() => move(s)} leftSection={<Badge size="xs" circle color={STATUS_COLORS[s]} children=" " />}>
              {t(`statuses.${s}`)}
            </Menu.Item>
          ))}
          {outsideAllowed && (
            <Menu.Item leftSection={<IconRosetteDiscountCheck size={16} />} onClick={() => setAsking('outside')}>
              {t('approval.approveOutside')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Label>{t('approval.otherStatuses')}</Menu.Label>
          {others.map((s) => (
            <Menu.Item key={s} c="dimmed" onClick={() => move(s)}>
              {t(`statuses.${s}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {refusal && (
        <Alert color="orange" title={t('approval.refusedTitle')} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setRefusal(null)} role="alert">
          {refusal}
        </Alert>
      )}

      <Modal opened={asking === 'outside'} onClose={() => setAsking(null)} title={t('approval.approveOutsideTitle')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => (await api.call('slots.approveOutside', { id: slot.id, note })).slot, 'approved');
          }}
        >
          <Stack>
            <Text size="sm">{t('approval.approveOutsideBody')}</Text>
            <GrowingTextarea
              label={t('approval.approveNote')}
              placeholder={t('approval.approveNotePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              required
              minRows={2}
              data-autofocus
            />
            {refusal && <Text size="sm" c="red">{refusal}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('approval.cancel')}
              </Button>
              <Button type="submit" disabled={!note.trim()} loading={busy}>
                {t('approval.approveConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={asking === 'posted'} onClose={() => setAsking(null)} title={t('approval.postedTitle')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api.call('slots.update', { id: slot.id, patch: { postUrl: url.trim(), status: 'posted' } }), 'posted');
          }}
        >
          <Stack>
            <Text size="sm">{t('approval.postedBody')}</Text>
            <TextInput
              type="url"
              label={t('approval.postedUrl')}
              placeholder="https://"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              required
              data-autofocus
            />
            {refusal && <Text size="sm" c="red">{refusal}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('approval.cancel')}
              </Button>
              <Button type="submit" disabled={!URL_RE.test(url.trim())} loading={busy}>
                {t('approval.postedConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

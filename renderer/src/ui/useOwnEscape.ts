import { useWindowEvent } from '@mantine/hooks';
import { useRef } from 'react';

/**
 * Escape for a drawer that opens dialogs and menus of its own: pass `closeOnEscape={false}`
 * and the returned ref to the Drawer. Mantine closes every open modal on Escape; here the
 * drawer closes only when the key was pressed in the drawer itself, so Escape in a dialog
 * opened from it (portaled elsewhere in the page) closes just that dialog, and Escape in an open
 * dropdown just closes the dropdown.
 */
export function useOwnEscape(opened: boolean, onClose: () => void) {
  const root = useRef<HTMLDivElement>(null);
  useWindowEvent('keydown', (e) => {
    if (e.key !== 'Escape' || e.isComposing || e.defaultPrevented || !opened || !root.current) return;
    const target = e.target as Node | null;
    // Escape in an open select or autocomplete closes its list, not the drawer. Mantine marks such
    // a target with data-mantine-stop-propagation (its own modals skip it the same way). Read in
    // the capture phase: by the time the key bubbles up, React has already closed the list.
    if (target instanceof Element && (target.hasAttribute('data-mantine-stop-propagation') || target.getAttribute('aria-expanded') === 'true')) return;
    const inDrawer = !!target && root.current.contains(target);
    const nothingElseOpen = target === document.body && document.querySelectorAll('[role="dialog"]').length <= 1;
    if (inDrawer || nothingElseOpen) onClose();
  }, true);
  return root;
}

/** The "… more" marker drawn in the editor where the platform folds the caption. */
export function foldMarker(label: string, title: string) {
  return (): HTMLElement => {
    const el = document.createElement('span');
    el.className = 'cp-fold';
    el.contentEditable = 'false';
    el.textContent = label;
    el.title = title;
    el.setAttribute('aria-hidden', 'true');
    return el;
  };
}

import { Fragment, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entities } from '../../../../../shared/platforms/entities';
import classes from './preview.module.css';

export interface CaptionModel {
  text: string;
  entities: Entities;
  /** Where the text passes the platform's limit, or null. */
  overFrom: number | null;
  /** Where the platform folds the text behind "more", or null. */
  foldAt: number | null;
}

/** The text with links, hashtags and mentions coloured and the part over the limit marked. */
export function RichText({ model, upTo }: { model: CaptionModel; upTo?: number }) {
  const end = upTo ?? model.text.length;
  const spans = [...model.entities.hashtags, ...model.entities.mentions, ...model.entities.urls].sort((a, b) => a.from - b.from);
  const out: ReactNode[] = [];
  let pos = 0;
  const push = (from: number, to: number, link: boolean) => {
    // Split at the limit so the part the platform refuses is visibly marked.
    const cut = model.overFrom ?? Infinity;
    const parts: Array<[number, number, boolean]> = cut > from && cut < to ? [[from, cut, false], [cut, to, true]] : [[from, to, from >= cut]];
    for (const [a, b, over] of parts) {
      if (b <= a) continue;
      const cls = [link ? classes.link : '', over ? classes.over : ''].filter(Boolean).join(' ');
      out.push(cls ? <span key={a} className={cls}>{model.text.slice(a, b)}</span> : <Fragment key={a}>{model.text.slice(a, b)}</Fragment>);
    }
  };
  for (const s of spans) {
    if (s.from < pos || s.from >= end) continue;
    push(pos, s.from, false);
    push(s.from, Math.min(s.to, end), true);
    pos = Math.min(s.to, end);
  }
  push(pos, end, false);
  return <>{out}</>;
}

/** The caption cut at the platform's fold, with the platform's "more" to open it. */
export function FoldedText({ model, prefix }: { model: CaptionModel; prefix?: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const folded = model.foldAt !== null && !open;
  return (
    <span className={classes.text}>
      {prefix}
      <RichText model={model} upTo={folded ? model.foldAt! : undefined} />
      {folded && (
        <>
          {'… '}
          <button type="button" className={classes.more} onClick={() => setOpen(true)}>
            {t('editor.previewMore')}
          </button>
        </>
      )}
    </span>
  );
}

/** Text clamped to `lines`, with a "see more" when it overflows (platforms that fold by lines). */
export function ClampedText({ model, lines, moreLabel }: { model: CaptionModel; lines: number; moreLabel: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOverflows(!open && el.scrollHeight > el.clientHeight + 1);
    measure();
    // A preview in a hidden tab has no size yet: measure again when it is shown.
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [model.text, open, lines]);
  return (
    <div>
      <div ref={ref} className={`${classes.text} ${open ? '' : classes.clamp}`} style={open ? undefined : { WebkitLineClamp: lines }}>
        <RichText model={model} />
      </div>
      {overflows && (
        <button type="button" className={classes.more} onClick={() => setOpen(true)}>
          {moreLabel}
        </button>
      )}
    </div>
  );
}

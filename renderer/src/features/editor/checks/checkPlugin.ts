/**
 * The copy checks as ProseMirror plugins. On every change the document is serialised to the
 * exact text to paste, checked once with checkAll for the variant's platform, and the result
 * becomes decorations (hashtags, mentions, links, the part over the limit, issues, the "more"
 * fold) and a snapshot for the counter and issue list. Spelling comes later, from the worker,
 * as a transaction meta; its marks are mapped through edits until fresh results arrive.
 */
import { Extension } from '@tiptap/react';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { checkAll, type CheckContext, type CheckResult, type Issue, type Message } from '../../../../../shared/platforms';
import { extractEntities, type Entities } from '../../../../../shared/platforms/entities';
import { tokenize } from '../../../../../shared/platforms/tokens';
import type { Platform } from '../../../../../shared/domain/platforms';
import { serialize, toPos, type PlainText } from '../document/plainText';

export interface SpellMark {
  /** Document positions. */
  from: number;
  to: number;
  word: string;
}

export interface CopyCheck {
  /** Counts document changes; spelling results name the version they were computed for. */
  version: number;
  plain: PlainText;
  result: CheckResult;
  entities: Entities;
}

export interface CheckOptions {
  platform: Platform;
  /** Read on each check, so the slot's headline etc. can change without a new editor. */
  context(): CheckContext;
  /** Issue messages in the UI language, and the words drawn into the editor. */
  labels(): { message(m: Message): string; more: string; placeholder: string };
  /** Called after every state change that changed the checks or the spelling. */
  onChange(check: CopyCheck, spelling: readonly SpellMark[]): void;
  /** Draws the "more" marker (the view layer owns the DOM; see foldMarker.ts). */
  foldMarker(label: string, title: string): WidgetDOM;
}

type WidgetDOM = Parameters<typeof Decoration.widget>[1];

export const checkKey = new PluginKey<{ check: CopyCheck; deco: DecorationSet }>('copyCheck');
export const spellKey = new PluginKey<SpellState>('copySpell');

export type SpellMeta = { version: number; marks: SpellMark[] };
type SpellState = { version: number; marks: SpellMark[]; deco: DecorationSet };

function runCheck(doc: PMNode, version: number, opts: CheckOptions): CopyCheck {
  const plain = serialize(doc);
  const result = checkAll(plain.text, opts.context(), [opts.platform])[opts.platform];
  return { version, plain, result, entities: extractEntities(plain.text, tokenize(plain.text)) };
}

function decorate(doc: PMNode, check: CopyCheck, opts: CheckOptions): DecorationSet {
  const { plain, result, entities } = check;
  const labels = opts.labels();
  const decos: Decoration[] = [];
  const inline = (from: number, to: number, attrs: Record<string, string>) => {
    const a = toPos(plain, from);
    const b = toPos(plain, to);
    if (b > a) decos.push(Decoration.inline(a, b, attrs));
  };
  for (const h of entities.hashtags) inline(h.from, h.to, { class: 'cp-hashtag' });
  for (const m of entities.mentions) inline(m.from, m.to, { class: 'cp-mention' });
  for (const u of entities.urls) inline(u.from, u.to, { class: 'cp-url' });
  for (const issue of result.issues) {
    if (issue.from === undefined) continue;
    const title = labels.message(issue.message);
    if (issue.code === 'over-limit') inline(issue.from, issue.to ?? plain.text.length, { class: 'cp-over', title });
    else if (issue.to === undefined) decos.push(foldWidget(toPos(plain, issue.from), labels.more, title, opts));
    else inline(issue.from, issue.to, { class: `cp-issue cp-${issue.severity}`, title });
  }
  if (plain.text === '' && doc.firstChild) {
    decos.push(Decoration.node(0, doc.firstChild.nodeSize, { class: 'cp-placeholder', 'data-placeholder': labels.placeholder }));
  }
  return DecorationSet.create(doc, decos);
}

/** The point where the platform folds the caption behind "more". */
function foldWidget(pos: number, label: string, title: string, opts: CheckOptions): Decoration {
  return Decoration.widget(pos, opts.foldMarker(label, title), { side: -1, ignoreSelection: true, key: `fold:${label}:${title}` });
}

function spellDecorations(doc: PMNode, marks: readonly SpellMark[]): DecorationSet {
  return DecorationSet.create(
    doc,
    marks.map((m) => Decoration.inline(m.from, m.to, { class: 'cp-spell', 'data-word': m.word })),
  );
}

export function currentCheck(state: EditorState): CopyCheck {
  return checkKey.getState(state)!.check;
}
export function currentSpelling(state: EditorState): { version: number; marks: SpellMark[] } {
  return spellKey.getState(state)!;
}

/** The two plugins: checks (on every change) and spelling (when the worker answers). */
export function copyCheckPlugins(opts: CheckOptions): Plugin[] {
  const checks = new Plugin({
    key: checkKey,
    state: {
      init: (_, state) => {
        const check = runCheck(state.doc, 0, opts);
        return { check, deco: decorate(state.doc, check, opts) };
      },
      apply: (tr, prev, _old, state) => {
        if (!tr.docChanged && !tr.getMeta(checkKey)) return prev;
        const check = runCheck(state.doc, prev.check.version + (tr.docChanged ? 1 : 0), opts);
        return { check, deco: decorate(state.doc, check, opts) };
      },
    },
    props: { decorations: (state) => checkKey.getState(state)!.deco },
    view: () => ({
      update: (view, prevState) => {
        const now = checkKey.getState(view.state);
        const spell = spellKey.getState(view.state);
        if (now !== checkKey.getState(prevState) || spell !== spellKey.getState(prevState)) {
          opts.onChange(now!.check, spell!.marks);
        }
      },
    }),
  });

  const spelling = new Plugin<SpellState>({
    key: spellKey,
    state: {
      init: (_, state): SpellState => ({ version: 0, marks: [], deco: DecorationSet.create(state.doc, []) }),
      apply: (tr, prev, _old, state) => {
        const meta = tr.getMeta(spellKey) as SpellMeta | undefined;
        const version = prev.version + (tr.docChanged ? 1 : 0);
        if (meta && meta.version === version) {
          return { version, marks: meta.marks, deco: spellDecorations(state.doc, meta.marks) };
        }
        if (!tr.docChanged) return prev;
        // Keep marks the edit did not touch, so they do not flicker while the worker catches up.
        const marks: SpellMark[] = [];
        for (const m of prev.marks) {
          const from = tr.mapping.mapResult(m.from, 1);
          const to = tr.mapping.mapResult(m.to, -1);
          if (from.deleted || to.deleted || to.pos <= from.pos) continue;
          if (state.doc.textBetween(from.pos, to.pos) === m.word) marks.push({ from: from.pos, to: to.pos, word: m.word });
        }
        return { version, marks, deco: spellDecorations(state.doc, marks) };
      },
    },
    props: { decorations: (state) => spellKey.getState(state)!.deco },
  });

  return [checks, spelling];
}

export const CopyChecks = Extension.create<CheckOptions>({
  name: 'copyChecks',
  addProseMirrorPlugins() {
    return copyCheckPlugins(this.options);
  },
});

/** Issues that point at a range or a point of the text, for "click to select". */
export function issueRange(check: CopyCheck, issue: Issue): { from: number; to: number } | null {
  if (issue.from === undefined) return null;
  return { from: toPos(check.plain, issue.from), to: toPos(check.plain, issue.to ?? issue.from) };
}

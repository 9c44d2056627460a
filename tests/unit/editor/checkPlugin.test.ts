import { getSchema } from '@tiptap/react';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import {
  checkKey,
  copyCheckPlugins,
  currentCheck,
  currentSpelling,
  issueRange,
  spellKey,
  type CheckOptions,
  type SpellMeta,
} from '../../../renderer/src/features/editor/checks/checkPlugin';
import { copyExtensions } from '../../../renderer/src/features/editor/document/extensions';
import { docFromPlain } from '../../../renderer/src/features/editor/document/plainText';
import type { Platform } from '../../../shared/domain/platforms';

const schema = getSchema(copyExtensions);

function stateFor(platform: Platform, text: string, context = {}) {
  const opts: CheckOptions = {
    platform,
    context: () => context,
    labels: () => ({ message: (m) => m.key, more: '… selengkapnya', placeholder: 'Tulis…' }),
    onChange: () => {},
    foldMarker: () => () => ({}) as never,
  };
  return EditorState.create({ doc: schema.nodeFromJSON(docFromPlain(text)), plugins: copyCheckPlugins(opts) });
}

/** Every inline decoration as [class, the document text it covers]. */
function decorated(state: EditorState, key = checkKey): Array<[string, string]> {
  const set = (key.getState(state) as { deco: DecorationSet }).deco;
  return set
    .find()
    .filter((d) => d.from !== d.to)
    .map((d) => [String((d as unknown as { type: { attrs: { class: string } } }).type.attrs.class), state.doc.textBetween(d.from, d.to, '\n')]);
}

describe('copy checks as decorations', () => {
  it('marks hashtags, mentions and links, and the part over X’s limit up to the end', () => {
    const text = `Halo @kopisenja! #Promo cek kopisenja.id\n${'a'.repeat(300)}`;
    const state = stateFor('x', text);
    const check = currentCheck(state);
    expect(check.plain.text).toBe(text);
    expect(check.result.length).toBeGreaterThan(280);
    const d = decorated(state);
    expect(d).toContainEqual(['cp-mention', '@kopisenja']);
    expect(d).toContainEqual(['cp-hashtag', '#Promo']);
    expect(d).toContainEqual(['cp-url', 'kopisenja.id']);
    const over = d.find(([c]) => c === 'cp-over')!;
    // X counts the link as 23: the cut lands inside the line of a's and runs to the end.
    expect(over[1]).toBe('a'.repeat(check.result.length - 280));
  });

  it('points at Instagram’s "more" fold with a widget and at each hashtag past the fifth', () => {
    const text = `${'Kopi enak. '.repeat(13)}#a #b #c #d #e #f #g`;
    const state = stateFor('instagram', text);
    const set = checkKey.getState(state)!.deco;
    const widgets = set.find().filter((d) => d.from === d.to);
    expect(widgets).toHaveLength(1);
    expect(state.doc.textBetween(1, widgets[0]!.from)).toHaveLength(125);
    const extra = decorated(state).filter(([c]) => c.includes('cp-issue')).map(([, t]) => t);
    expect(extra).toEqual(['#f', '#g']);
    const issue = currentCheck(state).result.issues.find((i) => i.code === 'too-many-hashtags')!;
    const range = issueRange(currentCheck(state), issue)!;
    expect(state.doc.textBetween(range.from, range.to)).toBe('#f');
  });

  it('rechecks on every change and counts versions', () => {
    let state = stateFor('x', 'Halo');
    expect(currentCheck(state).version).toBe(0);
    state = state.apply(state.tr.insertText(' kak', 5));
    expect(currentCheck(state).version).toBe(1);
    expect(currentCheck(state).result.length).toBe(8);
    // A selection change is not a new version.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    expect(currentCheck(state).version).toBe(1);
  });

  it('applies spelling for the version it was computed for, keeps marks an edit did not touch, drops touched ones', () => {
    let state = stateFor('instagram', 'Belnja sekrang ya');
    const marks = [
      { from: 1, to: 7, word: 'Belnja' },
      { from: 8, to: 15, word: 'sekrang' },
    ];
    // An answer for an older text is ignored.
    const stale: SpellMeta = { version: 5, marks };
    state = state.apply(state.tr.setMeta(spellKey, stale));
    expect(currentSpelling(state).marks).toEqual([]);
    state = state.apply(state.tr.setMeta(spellKey, { version: 0, marks } satisfies SpellMeta));
    expect(decorated(state, spellKey as never)).toEqual([
      ['cp-spell', 'Belnja'],
      ['cp-spell', 'sekrang'],
    ]);
    // Typing before both marks shifts them; typing inside one drops it until the worker answers.
    state = state.apply(state.tr.insertText('Yuk ', 1));
    expect(currentSpelling(state).marks.map((m) => state.doc.textBetween(m.from, m.to))).toEqual(['Belnja', 'sekrang']);
    state = state.apply(state.tr.insertText('a', 8));
    expect(currentSpelling(state).marks.map((m) => m.word)).toEqual(['sekrang']);
    expect(currentSpelling(state).version).toBe(2);
  });
});

import type { HandlerContext, HandlersFor } from '../handlers';
import type { editorMethods } from '../../../shared/contract/editor';

/** Handlers of the copy editor's contract methods. */
export function editorHandlers(_ctx: HandlerContext): HandlersFor<keyof typeof editorMethods> {
  return {
    'editor.ping': () => ({ ok: true as const }),
  };
}

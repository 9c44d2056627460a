import type { HandlerContext, HandlersFor } from '../handlers';
import type { editorMethods } from '../../../shared/contract/editor';
import { glossaryService } from './glossary';
import { hashtagSetService } from './hashtagSets';
import { variantService } from './variants';

/** Handlers of the copy editor's contract methods. */
export function editorHandlers(ctx: HandlerContext): HandlersFor<keyof typeof editorMethods> {
  const variants = variantService(ctx.db);
  const glossary = glossaryService(ctx.db);
  const sets = hashtagSetService(ctx.db);
  return {
    'variants.list': ({ slotId }) => variants.list(slotId),
    'variants.save': ({ author, ...input }) => variants.save(input, { author }),
    'variants.remove': (input) => variants.remove(input),
    'variants.revisions': (input) => variants.revisions(input),
    'variants.restore': (input) => variants.restore(input),
    'glossary.list': (input) => glossary.list(input),
    'glossary.add': (input) => glossary.add(input),
    'glossary.remove': (input) => glossary.remove(input),
    'hashtagSets.list': (input) => sets.list(input),
    'hashtagSets.save': (input) => sets.save(input),
    'hashtagSets.remove': (input) => sets.remove(input),
  };
}

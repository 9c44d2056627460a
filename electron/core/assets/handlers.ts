import type { HandlerContext, HandlersFor } from '../handlers';
import type { assetMethods } from '../../../shared/contract/assets';
import { assetService } from './service';

/** Handlers of the assets contract (shared/contract/assets.ts). */
export function assetHandlers(ctx: HandlerContext): HandlersFor<keyof typeof assetMethods> {
  const assets = assetService(ctx.db, ctx.dataDir);
  return {
    'assets.add': (input) => assets.add(input),
    'assets.remove': (input) => assets.remove(input),
    'assets.restore': (input) => assets.restore(input),
    'assets.reorder': (input) => assets.reorder(input),
    'assets.thumbs': (input) => assets.thumbs(input),
  };
}

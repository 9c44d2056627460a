import type { HandlerContext, HandlersFor } from '../handlers';
import type { icsMethods } from '../../../shared/contract/ics';
import type { Campaign, Client, Slot } from '../../../shared/contract/schemas';
import type { ParsedInput } from '../../../shared/contract/methods';
import { addDays, fromWallTime } from '../../../shared/domain/time';
import { buildIcs, icsFileName } from './calendar';

export interface IcsDeps {
  client(id: string): Client;
  slots(input: ParsedInput<'slots.list'>): Slot[];
  campaigns(input: ParsedInput<'campaigns.list'>): Campaign[];
}

/** Handler of `ics.export`: the period is in the client's own zone, like the calendar shows it. */
export function icsHandlers(_ctx: HandlerContext, deps: IcsDeps): HandlersFor<keyof typeof icsMethods> {
  return {
    'ics.export': ({ clientId, from, to, language }) => {
      const client = deps.client(clientId);
      const slots = deps.slots({
        clientIds: [clientId],
        from: fromWallTime(from, '00:00', client.timezone),
        to: fromWallTime(addDays(to, 1), '00:00', client.timezone),
      });
      const campaigns = deps.campaigns({ clientIds: [clientId], from, to, includeArchived: false });
      return {
        fileName: icsFileName(client, from, to),
        content: buildIcs({ client, slots, campaigns, language }),
        posts: slots.length,
        campaigns: campaigns.length,
      };
    },
  };
}

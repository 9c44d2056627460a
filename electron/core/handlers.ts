import type { Database } from 'better-sqlite3';
import type { Method, Output, ParsedInput } from '../../shared/contract/methods';
import { AppError } from '../../shared/contract/errors';
import type { Emit } from '../../shared/contract/events';
import type { DataMethod } from './backup/handlers';
import { campaignService } from './services/campaigns';
import { clientService } from './services/clients';
import { settingsService } from './services/settings';
import { slotService } from './services/slots';
import { loadSample, SAMPLE_DENSITY } from './seed/load';
import { editorHandlers } from './editor/handlers';
import { reportHandlers } from './reports/handlers';
import { approvalHandlers } from './approval/handlers';
import { assetHandlers } from './assets/handlers';
import { icsHandlers } from './ics/handlers';
import { exportHandlers } from './exports/handlers';
import { feedbackHandlers } from './feedback/handlers';
import type { Printer } from './review/printer';
import { cadenceService } from './services/cadences';
import { ideaService } from './services/ideas';
import { momentService } from './services/moments';
import { epTableHandlers } from './epTable/handlers';

export type HandlersFor<K extends Method> = { [M in K]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };
export type Handlers = HandlersFor<Method>;
/** Methods bound to one open database; the data methods (backup/handlers.ts) outlive it. */
export type StoreMethod = Exclude<Method, DataMethod>;

export interface HandlerContext {
  db: Database;
  dataDir: string;
  dbPath: string;
  schemaVersion: number;
  version: string;
  /** Sends an event to the renderer (progress of long work). */
  emit: Emit;
  /** Prints the bundle's PDF: Electron's printToPDF in the app, the system Chromium otherwise. */
  printer: Printer;
}

/** Binds every contract method to its service. The dispatcher has already validated the input. */
export function createHandlers(ctx: HandlerContext): HandlersFor<StoreMethod> {
  const { db } = ctx;
  const clients = clientService(db);
  const assertClient = (id: string) => void clients.get({ id });
  const campaigns = campaignService(db, { assertClient });
  const slots = slotService(db, {
    clientZone: (id) => clients.get({ id }).timezone,
    assertCampaignOf(campaignId, clientId) {
      if (campaigns.load(campaignId).clientId !== clientId) {
        throw new AppError('invalid_input', 'That campaign belongs to another client', {
          issues: [{ path: 'campaignId', code: 'other_client', message: 'campaign belongs to another client' }],
        });
      }
    },
  });
  const settings = settingsService(db);
  const ideas = ideaService(db, { assertClient, createSlot: (input) => slots.create(input) });
  const cadences = cadenceService(db, { assertClient });
  const moments = momentService(db, { assertClient, hiddenKinds: () => settings.get().hiddenMomentKinds });

  return {
    'app.info': () => ({
      version: ctx.version,
      dataDir: ctx.dataDir,
      dbPath: ctx.dbPath,
      schemaVersion: ctx.schemaVersion,
      clientCount: clients.count(),
    }),
    'app.loadSample': (input) => loadSample(db, { clients: input.clients, months: input.months, seed: Date.now(), density: SAMPLE_DENSITY }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'clients.list': (input) => clients.list(input),
    'clients.get': (input) => clients.get(input),
    'clients.create': (input) => clients.create(input),
    // A new time zone moves the client's posts in the same transaction, as the user chose.
    'clients.update': db.transaction((input: ParsedInput<'clients.update'>) => {
      const before = clients.get({ id: input.id });
      const after = clients.update(input);
      if (after.timezone !== before.timezone) slots.rezone(after.id, after.timezone, input.postTimes);
      return after;
    }),
    'clients.archive': (input) => clients.archive(input),
    'clients.restore': (input) => clients.restore(input),
    'campaigns.list': (input) => campaigns.list(input),
    'campaigns.get': (input) => campaigns.load(input.id),
    'campaigns.create': (input) => campaigns.create(input),
    'campaigns.update': (input) => campaigns.update(input),
    'campaigns.archive': (input) => campaigns.archive(input),
    'campaigns.restore': (input) => campaigns.restore(input),
    'slots.list': (input) => slots.list(input),
    'slots.get': (input) => slots.load(input.id),
    'slots.create': (input) => slots.create(input),
    'slots.update': (input) => slots.update(input),
    'slots.delete': (input) => slots.remove(input),
    'slots.restore': (input) => slots.restore(input),
    'slots.duplicate': (input) => slots.duplicate(input),
    'ideas.list': (input) => ideas.list(input),
    'ideas.create': (input) => ideas.create(input),
    'ideas.update': (input) => ideas.update(input),
    'ideas.remove': (input) => ideas.remove(input),
    'ideas.schedule': (input) => ideas.schedule(input),
    'cadences.list': (input) => cadences.list(input),
    'cadences.create': (input) => cadences.create(input),
    'cadences.update': (input) => cadences.update(input),
    'cadences.remove': (input) => cadences.remove(input),
    'moments.options': () => moments.options(),
    'moments.setOverride': (input) => moments.setOverride(input),
    'moments.clearOverride': (input) => moments.clearOverride(input),
    'clientDates.create': (input) => moments.createDate(input),
    'clientDates.update': (input) => moments.updateDate(input),
    'clientDates.remove': (input) => moments.removeDate(input),
    ...editorHandlers(ctx),
    ...reportHandlers(ctx),
    ...approvalHandlers(ctx, (id) => slots.load(id)),
    ...assetHandlers(ctx),
    ...icsHandlers(ctx, { client: (id) => clients.get({ id }), slots: (i) => slots.list(i), campaigns: (i) => campaigns.list(i) }),
    ...exportHandlers(ctx, {
      client: (id) => clients.get({ id }),
      slotsBetween: (clientId, from, to) => slots.list({ from, to, clientIds: [clientId] }),
      settings: () => settings.get(),
    }),
    ...feedbackHandlers(ctx),
    ...epTableHandlers(ctx, {
      slots,
      client: (id) => clients.get({ id }),
      campaigns: (clientId) => campaigns.list({ clientIds: [clientId], includeArchived: false }),
      cadences: (clientId) => cadences.list({ clientIds: [clientId] }),
    }),
  };
}

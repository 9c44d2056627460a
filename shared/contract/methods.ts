import { z } from './zod';
import {
  Campaign,
  CampaignFields,
  CampaignPatch,
  Client,
  ClientFields,
  ClientPatch,
  Id,
  Instant,
  LocalDate,
  Settings,
  text,
  Slot,
  SlotFields,
  SlotPatch,
} from './schemas';
import { editorMethods } from './editor';
import { planningMethods } from './planning';
import { reportMethods } from './reports';
import { approvalMethods } from './approval';
import { assetMethods } from './assets';
import { icsMethods } from './ics';
import { exportMethods } from './exports';
import { feedbackMethods } from './feedback';
import { epTableMethods } from './epTable';
import { dataMethods } from './data';

/**
 * The one contract between the UI and the backend (DESIGN.md §3). Every call is a method here
 * (or in a feature's file spread into `contract` below) with an input and an output schema; the
 * core validates inputs against it, the renderer gets the inferred types. Add a method first,
 * then its handler in electron/core.
 */
const coreMethods = {
  'app.info': {
    input: z.object({}),
    output: z.object({
      version: text(64),
      dataDir: text(4096),
      dbPath: text(4096),
      schemaVersion: z.number().int(),
      clientCount: z.number().int(),
    }),
  },
  'app.loadSample': {
    input: z.object({ clients: z.number().int().min(1).max(20).default(4), months: z.number().int().min(1).max(12).default(5) }),
    output: z.object({ clients: z.number().int(), campaigns: z.number().int(), slots: z.number().int() }),
  },

  'settings.get': { input: z.object({}), output: Settings },
  'settings.update': { input: Settings.partial(), output: Settings },

  'clients.list': {
    input: z.object({ includeArchived: z.boolean().default(false) }),
    output: z.array(Client),
  },
  'clients.get': { input: z.object({ id: Id }), output: Client },
  'clients.create': { input: ClientFields, output: Client },
  'clients.update': {
    input: z.object({
      id: Id,
      patch: ClientPatch,
      /**
       * When the patch moves the client to another time zone, what its posts keep: their local
       * time ('localTime': 19.00 stays 19.00 in the new zone, the default) or their instant
       * ('instant': 19.00 WIB becomes 20.00 WITA). Each post's stored zone changes only here.
       */
      postTimes: z.enum(['localTime', 'instant']).default('localTime'),
    }),
    output: Client,
  },
  'clients.archive': { input: z.object({ id: Id }), output: Client },
  'clients.restore': { input: z.object({ id: Id }), output: Client },

  'campaigns.list': {
    input: z.object({
      clientIds: z.array(Id).max(500).optional(),
      from: LocalDate.optional(),
      to: LocalDate.optional(),
      includeArchived: z.boolean().default(false),
    }),
    output: z.array(Campaign),
  },
  'campaigns.get': { input: z.object({ id: Id }), output: Campaign },
  'campaigns.create': { input: CampaignFields, output: Campaign },
  'campaigns.update': { input: z.object({ id: Id, patch: CampaignPatch }), output: Campaign },
  'campaigns.archive': { input: z.object({ id: Id }), output: Campaign },
  'campaigns.restore': { input: z.object({ id: Id }), output: Campaign },

  'slots.list': {
    input: z.object({
      from: Instant,
      to: Instant,
      clientIds: z.array(Id).max(500).optional(),
    }),
    output: z.array(Slot),
  },
  'slots.get': { input: z.object({ id: Id }), output: Slot },
  'slots.create': { input: SlotFields, output: Slot },
  'slots.update': { input: z.object({ id: Id, patch: SlotPatch }), output: Slot },
  'slots.delete': { input: z.object({ id: Id }), output: z.object({ id: Id, deleted: z.literal(true) }) },
  'slots.restore': { input: z.object({ id: Id }), output: Slot },
} as const;

export const contract = {
  ...coreMethods,
  ...planningMethods,
  ...editorMethods,
  ...reportMethods,
  ...approvalMethods,
  ...assetMethods,
  ...icsMethods,
  ...exportMethods,
  ...feedbackMethods,
  ...epTableMethods,
  ...dataMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];
export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

import type { HandlerContext, HandlersFor } from '../handlers';
import { statusService } from '../approval/status';
import { clientService } from '../services/clients';
import { campaignService } from '../services/campaigns';
import { slotService } from '../services/slots';
import { AppError } from '../../../shared/contract/errors';
import { metricsService } from '../metrics/service';
import { primeTimeService } from '../primeTimes/service';
import { reportService } from './report';
import { reportStore } from './settings';
import { exportReport } from './export';

type ReportMethod =
  | 'metrics.preview'
  | 'metrics.apply'
  | 'metrics.undo'
  | 'metrics.imports'
  | 'metrics.list'
  | 'metrics.match'
  | 'reports.get'
  | 'reports.saveNotes'
  | 'reports.settings'
  | 'reports.updateSettings'
  | 'reports.export'
  | 'primeTimes.list'
  | 'primeTimes.add'
  | 'primeTimes.remove';

/** Handlers of issue 14's contract (shared/contract/reports.ts), spread into createHandlers. */
export function reportHandlers(ctx: HandlerContext): HandlersFor<ReportMethod> {
  const { db } = ctx;
  const clients = clientService(db);
  const campaigns = campaignService(db, { assertClient: (id) => void clients.get({ id }) });
  const slots = slotService(db, {
    clientZone: (id) => clients.get({ id }).timezone,
    assertCampaignOf(campaignId, clientId) {
      if (campaigns.load(campaignId).clientId !== clientId) throw new AppError('invalid_input', 'That campaign belongs to another client');
    },
  });
  const assertClient = (id: string) => void clients.get({ id });
  const metrics = metricsService(db, {
    clientZone: (id) => clients.get({ id }).timezone,
    setPostUrl: (id, url) => void slots.update({ id, patch: { postUrl: url } }),
    statuses: statusService(db),
  });
  const store = reportStore(db);
  const primeTimes = primeTimeService(db, assertClient);
  const reports = reportService(db, { client: (id) => clients.get({ id }), store, primeTimes });

  return {
    'metrics.preview': (input) => metrics.preview(input),
    'metrics.apply': (input) => metrics.apply(input),
    'metrics.undo': (input) => metrics.undo(input),
    'metrics.imports': (input) => (assertClient(input.clientId), metrics.imports(input)),
    'metrics.list': (input) => (assertClient(input.clientId), metrics.list(input)),
    'metrics.match': (input) => metrics.match(input),
    'reports.get': (input) => reports.get(input),
    'reports.saveNotes': ({ clientId, from, to, notes }) => (assertClient(clientId), store.saveNotes(clientId, from, to, notes)),
    'reports.settings': ({ clientId }) => (assertClient(clientId), store.settings(clientId)),
    'reports.updateSettings': ({ clientId, settings }) => (assertClient(clientId), store.updateSettings(clientId, settings)),
    'reports.export': (input) => exportReport(ctx, reports.get({ clientId: input.clientId, from: input.from, to: input.to, heatmapPlatform: null }), input),
    'primeTimes.list': ({ clientId }) => primeTimes.list(clientId),
    'primeTimes.add': ({ clientId, times }) => primeTimes.add(clientId, times),
    'primeTimes.remove': ({ clientId, ...t }) => primeTimes.remove(clientId, t),
  };
}

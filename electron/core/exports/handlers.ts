import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HandlerContext, HandlersFor } from '../handlers';
import type { exportMethods, ExportSummary } from '../../../shared/contract/exports';
import type { Client, Settings, Slot } from '../../../shared/contract/schemas';
import { gather, type GatherDeps } from './gather';
import { exportJobs } from './job';
import { bundleNames } from './names';
import { previewOf } from './preview';
import { exportRecords } from './records';
import { sendingWith } from './sent';
import { gatherSources } from './sources';

export interface ExportServices {
  client(id: string): Client;
  slotsBetween(clientId: string, from: string, to: string): Slot[];
  settings(): Settings;
}

/** Where bundles go until the user picks a folder: `<home>/Rencana/Ekspor`. */
export const defaultExportDir = () => path.join(os.homedir(), 'Rencana', 'Ekspor');

const APPROVED = new Set(['approved', 'scheduled', 'posted']);

/** Handlers of the export contract methods (issue 9). */
export function exportHandlers(ctx: HandlerContext, services: ExportServices): HandlersFor<keyof typeof exportMethods> {
  const records = exportRecords(ctx.db);
  const deps: GatherDeps = {
    client: services.client,
    slotsBetween: services.slotsBetween,
    ...gatherSources(ctx.db, ctx.dataDir),
  };
  const { printer } = ctx;
  const jobs = exportJobs({
    db: ctx.db,
    appVersion: ctx.version,
    emit: ctx.emit,
    printer,
    sending: sendingWith(ctx.db),
  });

  return {
    'exports.preview': (input) => {
      // The dialog is open: the PDF's browser starts while the user reads the preview.
      printer.warm?.();
      const data = gather(deps, input);
      const nextVersion = records.nextVersion(input.clientId, input.from, input.to);
      return {
        ...previewOf(data),
        nextVersion,
        zipName: bundleNames(data.client.name, input.from, input.to, nextVersion).zip,
        suggestedOutDir: records.lastOutDir(input.clientId) ?? defaultExportDir(),
      };
    },
    'exports.create': (input) => {
      const data = gather(deps, input);
      const language = input.language ?? services.settings().language ?? 'id';
      return jobs.create(data, { jobId: input.jobId, outDir: input.outDir, language });
    },
    'exports.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'exports.list': ({ clientId }) => {
      const counts = records.statusCounts();
      const names = new Map<string, string>();
      const nameOf = (id: string) => {
        if (!names.has(id)) names.set(id, services.client(id).name);
        return names.get(id)!;
      };
      return records.list(clientId).map((r): ExportSummary => {
        const byStatus = counts.get(r.bundleId) ?? new Map<string, number>();
        let approved = 0;
        let changesRequested = 0;
        let waiting = 0;
        for (const [status, n] of byStatus) {
          if (APPROVED.has(status)) approved += n;
          else if (status === 'changes_requested') changesRequested += n;
          else waiting += n;
        }
        return {
          bundleId: r.bundleId,
          clientId: r.clientId,
          clientName: nameOf(r.clientId),
          from: r.from,
          to: r.to,
          version: r.version,
          language: r.language,
          createdAt: r.createdAt,
          zipPath: r.zipPath,
          reviewPath: r.reviewPath,
          zipExists: fs.existsSync(r.zipPath),
          posts: approved + changesRequested + waiting,
          counts: { approved, changesRequested, waiting },
        };
      });
    },
  };
}

import { notFound, placeholders, statementCache } from './sql';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Campaign } from '../../../shared/contract/schemas';
import { stripUndefined, type ClientDeps } from './util';
import { newId, now } from './ids';

interface CampaignRow {
  id: string;
  client_id: string;
  name: string;
  objective: string;
  start_date: string;
  end_date: string;
  color: string;
  kpi_targets: string;
  budget: number | null;
  status: Campaign['status'];
  notes: string;
  mechanics: string;
  phases: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const toCampaign = (r: CampaignRow): Campaign => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  objective: r.objective,
  startDate: r.start_date,
  endDate: r.end_date,
  color: r.color,
  kpiTargets: JSON.parse(r.kpi_targets) as Campaign['kpiTargets'],
  budget: r.budget,
  status: r.status,
  notes: r.notes,
  mechanics: r.mechanics,
  phases: JSON.parse(r.phases) as Campaign['phases'],
  archived: r.archived_at !== null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function campaignService(db: Database, { assertClient }: ClientDeps) {
  const prepare = statementCache(db);
  const q = {
    get: db.prepare<[string], CampaignRow>('SELECT * FROM campaigns WHERE id = ?'),
    insert: prepare(
      `INSERT INTO campaigns (id, client_id, name, objective, start_date, end_date, color, kpi_targets, budget, status, notes, mechanics, phases, created_at, updated_at)
       VALUES (@id, @clientId, @name, @objective, @startDate, @endDate, @color, @kpi, @budget, @status, @notes, @mechanics, @phasesJson, @ts, @ts)`,
    ),
    update: prepare(
      `UPDATE campaigns SET name=@name, objective=@objective, start_date=@startDate, end_date=@endDate, color=@color,
       kpi_targets=@kpi, budget=@budget, status=@status, notes=@notes, mechanics=@mechanics, phases=@phasesJson, updated_at=@ts WHERE id=@id`,
    ),
    setArchived: db.prepare<[string | null, string, string]>('UPDATE campaigns SET archived_at = ?, updated_at = ? WHERE id = ?'),
  };

  function load(id: string): Campaign {
    const row = q.get.get(id);
    if (!row) throw notFound('campaign', id);
    return toCampaign(row);
  }

  function setArchived(id: string, at: string | null): Campaign {
    load(id);
    q.setArchived.run(at, now(), id);
    return load(id);
  }

  return {
    load,
    list(input: ParsedInput<'campaigns.list'>): Campaign[] {
      const where: string[] = [];
      const args: unknown[] = [];
      if (!input.includeArchived) where.push('archived_at IS NULL');
      if (input.clientIds) {
        if (input.clientIds.length === 0) return [];
        where.push(`client_id IN (${placeholders(input.clientIds.length)})`);
        args.push(...input.clientIds);
      }
      // Ranges overlap when each starts before the other ends.
      if (input.to) {
        where.push('start_date <= ?');
        args.push(input.to);
      }
      if (input.from) {
        where.push('end_date >= ?');
        args.push(input.from);
      }
      const sql = `SELECT * FROM campaigns ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY start_date, name`;
      return (prepare(sql).all(...args) as CampaignRow[]).map(toCampaign);
    },
    create: db.transaction((input: ParsedInput<'campaigns.create'>): Campaign => {
      assertClient(input.clientId);
      const id = newId();
      q.insert.run({ ...input, id, kpi: JSON.stringify(input.kpiTargets), phasesJson: JSON.stringify(input.phases), ts: now() });
      return load(id);
    }),
    update: db.transaction(({ id, patch }: ParsedInput<'campaigns.update'>): Campaign => {
      const next = { ...load(id), ...stripUndefined(patch) };
      if (next.endDate < next.startDate) {
        throw new AppError('invalid_input', 'The campaign would end before it starts', {
          issues: [{ path: 'endDate', code: 'range', message: 'end date is before start date' }],
        });
      }
      q.update.run({ ...next, id, kpi: JSON.stringify(next.kpiTargets), phasesJson: JSON.stringify(next.phases), ts: now() });
      return load(id);
    }),
    archive: db.transaction(({ id }: { id: string }) => setArchived(id, now())),
    restore: db.transaction(({ id }: { id: string }) => setArchived(id, null)),
  };
}

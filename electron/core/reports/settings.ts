import type { Database } from 'better-sqlite3';
import type { ReportNotes, ReportSettings } from '../../../shared/contract/reports';
import { now } from '../services/ids';

/** Per-client report settings (engagement-rate base, follower counts) and per-period commentary. */
export function reportStore(db: Database) {
  const q = {
    settings: db.prepare<[string], { er_base: ReportSettings['erBase']; followers: string }>('SELECT er_base, followers FROM client_report_settings WHERE client_id = ?'),
    saveSettings: db.prepare(
      `INSERT INTO client_report_settings (client_id, er_base, followers, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (client_id) DO UPDATE SET er_base = excluded.er_base, followers = excluded.followers, updated_at = excluded.updated_at`,
    ),
    notes: db.prepare<[string, string, string], { summary: string; insights: string; next_plan: string; leads: number | null }>(
      'SELECT summary, insights, next_plan, leads FROM report_notes WHERE client_id = ? AND period_from = ? AND period_to = ?',
    ),
    saveNotes: db.prepare(
      `INSERT INTO report_notes (client_id, period_from, period_to, summary, insights, next_plan, leads, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (client_id, period_from, period_to) DO UPDATE SET summary = excluded.summary, insights = excluded.insights,
         next_plan = excluded.next_plan, leads = excluded.leads, updated_at = excluded.updated_at`,
    ),
  };
  const settings = (clientId: string): ReportSettings => {
    const r = q.settings.get(clientId);
    return r ? { erBase: r.er_base, followers: JSON.parse(r.followers) as ReportSettings['followers'] } : { erBase: 'reach', followers: {} };
  };
  const notes = (clientId: string, from: string, to: string): ReportNotes => {
    const r = q.notes.get(clientId, from, to);
    return r ? { summary: r.summary, insights: r.insights, nextPlan: r.next_plan, leads: r.leads } : { summary: '', insights: '', nextPlan: '', leads: null };
  };
  return {
    settings,
    updateSettings(clientId: string, patch: Partial<ReportSettings>): ReportSettings {
      const next = { ...settings(clientId), ...patch };
      q.saveSettings.run(clientId, next.erBase, JSON.stringify(next.followers), now());
      return next;
    },
    notes,
    saveNotes(clientId: string, from: string, to: string, n: ReportNotes): ReportNotes {
      q.saveNotes.run(clientId, from, to, n.summary, n.insights, n.nextPlan, n.leads, now());
      return notes(clientId, from, to);
    },
  };
}

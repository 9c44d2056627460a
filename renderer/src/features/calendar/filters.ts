import type { Platform } from '../../../../shared/domain/platforms';
import type { SlotStatus } from '../../../../shared/domain/status';

export type Layer = 'campaigns' | 'holidays' | 'slots' | 'placeholders';
export const LAYERS: Layer[] = ['slots', 'campaigns', 'holidays', 'placeholders'];

/** What the calendar shows; kept across restarts (useStoredState). Empty list = no filter. */
export interface CalendarFilters {
  clientIds: string[];
  platforms: Platform[];
  statuses: SlotStatus[];
  campaignIds: string[];
  hiddenLayers: Layer[];
}

export const EMPTY_FILTERS: CalendarFilters = { clientIds: [], platforms: [], statuses: [], campaignIds: [], hiddenLayers: [] };

import type { Migration } from '../migrate';
import { m001 } from './001-initial';

/** Every migration, in order. A new one gets the next number and is appended here. */
export const MIGRATIONS: readonly Migration[] = [m001];

export * from './methods';
export * from './schemas';
export * from './errors';
export type { Api } from './api';

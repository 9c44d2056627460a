export * from './methods';
export * from './schemas';
export * from './errors';
export * from './planning';
export type { Api } from './api';

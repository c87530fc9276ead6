// Public API of the pure core. Other contexts import from 'src/core' only, never from its files.
export type * from './types';
export * from './models';
export * from './models/learned';
export * from './schema';
export * from './response';
export * from './normalize';
export * from './enums';
export * from './urls';
export * from './clock';
export * from './level';
export * from './freshness';
export * from './diff';
export * from './i18n';
export * from './present';
export * from './attention';
export * from './banner';
export * from './resolution';
export * from './poll-policy';

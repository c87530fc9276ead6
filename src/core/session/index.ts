export * from './classify';
export * from './counts';
export * from './window';
export * from './signal';
export * from './lead';
export * from './summary';
export * from './present';
export * from './state';

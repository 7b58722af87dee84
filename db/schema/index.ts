export * from './team';
export * from './audit';
export * from './participants';
export * from './mapping';
export * from './plan';
export * from './reviews';
export * from './code-lists';

export * from './team';
export * from './audit';

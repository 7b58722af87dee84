export * from './team';
export * from './audit';
export * from './participants';

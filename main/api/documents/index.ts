export * from './model';
export * from './print';

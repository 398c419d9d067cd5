export * from './return-status.enum';
export * from './return-order-status.enum';

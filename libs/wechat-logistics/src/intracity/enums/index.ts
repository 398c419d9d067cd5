export * from './intracity-order-status.enum';
export * from './intracity.enums';

export * from './intracity-address.dto';
export * from './intracity-cargo.dtos';
export * from './intracity-funds.dtos';
export * from './intracity-order-key.dto';
export * from './intracity-order.dtos';
export * from './intracity-store.dtos';
export { INTRACITY_PHONE } from './intracity.fields';

export * from './shipping-order.result';
export * from './get-shipping-order.result';
export * from './get-shipping-order-list.result';
export * from './trade-management.result';
export * from './famous-brand-apply-status.result';
export * from './shipping-empty.results';

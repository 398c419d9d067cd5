export * from './registered-waybill.result';
export * from './waybill-trace.result';
export * from './delivery-list.result';
export * from './tracking-empty.results';

export * from './cancel-order.result';

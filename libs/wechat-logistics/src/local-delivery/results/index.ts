export * from './local-delivery.results';

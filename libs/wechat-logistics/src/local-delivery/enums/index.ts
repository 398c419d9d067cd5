export * from './local-delivery-order-status.enum';
export * from './local-delivery.enums';

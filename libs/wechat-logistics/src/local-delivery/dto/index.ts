export * from './local-delivery-person.dto';
export * from './local-delivery-cargo.dto';
export * from './local-delivery-order-info.dto';
export * from './local-delivery-shop.dto';
export * from './local-order.dtos';
export * from './local-order-ops.dtos';
export { LocalDeliveryFlag } from './local-delivery.fields';

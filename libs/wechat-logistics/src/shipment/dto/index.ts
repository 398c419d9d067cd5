export * from './ship-order.dto';
export * from './shipment-tracking.dto';
export * from './shipment-waybill.dto';

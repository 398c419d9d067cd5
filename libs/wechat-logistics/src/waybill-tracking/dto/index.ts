export * from './waybill-goods.dto';
export * from './register-waybill.dto';
export * from './waybill-token-calls.dto';

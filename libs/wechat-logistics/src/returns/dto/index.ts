export * from './add-return-id.dto';
export * from './legacy-add-return-id.dto';
export * from './return-buyer-address.dto';
export * from './return-goods.dto';
export * from './return-id.dto';

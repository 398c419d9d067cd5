export * from './errcode-catalogue';
export * from './wechat-api.error';
export * from './wechat-transport.error';
export * from './wechat-validation.error';

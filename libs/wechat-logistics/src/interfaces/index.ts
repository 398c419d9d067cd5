export * from './wechat-logistics-module-options.interface';
export * from './wechat-token-lock.interface';

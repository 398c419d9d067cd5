export * from './wechat-logistics-module-options.interface';
export * from './wechat-token-lock.interface';
export * from './wechat-http-service.interface';
export * from './wechat-app-options.interface';
export * from './wechat-push-claim.interface';
export * from './wechat-push-queue-options.interface';
export * from './wechat-local-delivery-options.interface';
export * from './wechat-api-security-options.interface';

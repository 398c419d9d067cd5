export * from './errcode-catalogue';
export * from './wechat-api.error';
export * from './wechat-transport.error';
export * from './wechat-validation.error';
export * from './wechat-unknown-app.error';
export * from './wechat-app-resolution.error';
export * from './wechat-carrier-not-mapped.error';
export * from './wechat-shop-secret.error';

export * from './wechat-logistics-module-options.interface';

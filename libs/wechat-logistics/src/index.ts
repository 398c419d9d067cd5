// The public surface. Internals (HTTP client, token service, caller) can move without breaking users.
export { WechatLogisticsModule } from './wechat-logistics.module';
export { WECHAT_LOGISTICS_MODULE_OPTIONS } from './wechat-logistics.module-definition';
export { WechatLogisticsService } from './wechat-logistics.service';
export { WechatApiExceptionFilter } from './filters/wechat-api-exception.filter';
export {
  toErrorResponse,
  type WechatErrorBody,
  type WechatErrorResponse,
} from './filters/wechat-error-response';
export { InvalidWechatLogisticsOptionsError } from './options/invalid-options.error';
export { MaxBytes } from './validation/max-bytes.decorator';
export * from './errors';
export * from './interfaces';
export * from './dto';
export * from './results';

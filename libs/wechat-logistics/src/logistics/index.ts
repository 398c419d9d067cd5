// The logistics assistant family (物流助手): its client, DTOs, results and enums.
export { WechatLogisticsService } from './wechat-logistics.service';
export { WechatLogisticsClient } from './wechat-logistics.client';
export * from './dto';
export * from './enums';
export * from './results';

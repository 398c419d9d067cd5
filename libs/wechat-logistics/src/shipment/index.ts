export * from './dto';
export { WechatShipmentService } from './wechat-shipment.service';
export {
  WechatShipmentClient,
  type ShipOptions,
} from './wechat-shipment.client';
export { type FailedShipment } from './failed-shipment';
export {
  SHIPMENT_STEPS,
  type ShipmentResult,
  type ShipmentState,
  type ShipmentStepError,
  type ShipmentStepName,
  type ShipmentStepResults,
  type ShipmentStepStatus,
  type StepState,
} from './shipment-state';

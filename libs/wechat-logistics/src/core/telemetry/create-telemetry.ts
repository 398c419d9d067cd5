import { requireOptionalPeer } from '../optional-peer';
import { OpenTelemetryTelemetry } from './open-telemetry.telemetry';
import { type OpenTelemetryApi } from './open-telemetry-api';
import {
  NO_TELEMETRY,
  type WechatTelemetry,
} from './wechat-telemetry.interface';

/**
 * OpenTelemetry when the app installed `@opentelemetry/api` (the only
 * OpenTelemetry package a library should depend on); until the app registers
 * an SDK, the API's own no-op answers. Without the package, {@link NO_TELEMETRY}.
 */
export function createTelemetry(): WechatTelemetry {
  const api = requireOptionalPeer<OpenTelemetryApi>('@opentelemetry/api');
  return api ? new OpenTelemetryTelemetry(api) : NO_TELEMETRY;
}

import { type UpstreamReply } from '../http/wechat-http.client';
import { type EndpointDefinition } from './endpoint-definition';

/** Sends one request to an endpoint for one app (its token or Cloud Hosting credential) and returns WeChat's reply. */
export type UpstreamCall = (
  spec: EndpointDefinition,
  body?: unknown,
) => Promise<UpstreamReply>;

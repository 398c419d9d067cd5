import { type IncomingHttpHeaders } from 'node:http';
import { type EmulatorClock } from '../state/emulator-clock';
import { type WechatReply } from '../http/wechat-reply';
import { type AppApiSecurity } from './app-api-security';
import { type EmulatorApiSecurity } from './emulator-api-security';
import {
  SecuredReplyWriter,
  type SecuredExchange,
} from './secured-reply-writer';
import {
  type OpenedRequest,
  openSecuredRequest,
  type RouteSecurity,
} from './secured-request-opener';

/** The emulator's parts the gate reads. */
export interface ApiSecurityGateDeps {
  readonly clock: EmulatorClock;
  readonly security: EmulatorApiSecurity;
  readonly isKnownApp: (appId: string) => boolean;
}

/** A request as the router hands it to the gate. */
export interface GateRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBytes: Buffer;
}

/**
 * The router's one door to API security: opens a request to a route that
 * takes it (checks, then the decrypted body) and seals the handler's reply,
 * so business handlers never see crypto.
 */
export class ApiSecurityGate {
  private readonly writer: SecuredReplyWriter;

  constructor(private readonly deps: ApiSecurityGateDeps) {
    this.writer = new SecuredReplyWriter(deps.clock, deps.security);
  }

  open(
    mode: RouteSecurity,
    request: GateRequest,
    caller: { readonly appId: string; readonly apiSecurity: AppApiSecurity },
  ): OpenedRequest {
    const { clock, security, isKnownApp } = this.deps;
    const opened = openSecuredRequest({
      ...request,
      mode,
      caller,
      isKnownApp,
      nowSeconds: clock.nowSeconds(),
      windowSeconds: security.timestampWindowSeconds,
      serialDemanded: security.serialDemanded,
    });
    if (opened.kind === 'secured')
      security.recordOpened({
        path: request.path,
        appId: caller.appId,
        body: opened.body,
      });
    return opened;
  }

  seal(exchange: SecuredExchange, reply: WechatReply): WechatReply {
    return this.writer.write(exchange, reply);
  }

  /** The emulator's `reset()`: no remembered replies, no queued tampers. */
  reset(): void {
    this.writer.reset();
    this.deps.security.reset();
  }
}

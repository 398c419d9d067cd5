import { type ClassConstructor } from 'class-transformer';
import { type UpstreamReply } from '../http/wechat-http.client';
import { type WechatTelemetry } from '../telemetry/wechat-telemetry.interface';
import { type EndpointDefinition } from './endpoint-definition';
import { withOutcomeUnknownAdvice } from './outcome-unknown-advice';
import { sendValidated } from './send-validated';
import { type UpstreamCall } from './upstream-call';

/** The result of a call whose reply carries nothing but `errcode: 0`. */
export const noResult = (): Record<string, never> => ({});

/**
 * What every family's client does with a call, once: one telemetry span per
 * call, the input validated against its DTO before anything is sent (a
 * failure is the call's rejection), sent in WeChat's snake_case, the reply
 * mapped to the camelCase result. A family client extends this and has one
 * public method per endpoint; `Wechat<Family>Service` is the default app's.
 */
export abstract class FamilyClient {
  constructor(
    protected readonly upstream: UpstreamCall,
    protected readonly telemetry: WechatTelemetry,
  ) {}

  /** A call with input: validated against `type`, sent (`toWire`: when not plain snake_case), mapped. */
  protected send<T extends object, R>(
    spec: EndpointDefinition,
    type: ClassConstructor<T>,
    input: unknown,
    toResult: (reply: UpstreamReply) => R,
    toWire?: (dto: T) => unknown,
  ): Promise<R> {
    return this.telemetry.call(spec.api, async () =>
      toResult(await sendValidated(this.upstream, spec, type, input, toWire)),
    );
  }

  /**
   * A call without input. A GET sends no body; a POST sends `{}`, as every
   * official example does (an empty body got 40066 "invalid url").
   */
  protected read<R>(
    spec: EndpointDefinition,
    toResult: (reply: UpstreamReply) => R,
  ): Promise<R> {
    const body = spec.method === 'GET' ? undefined : {};
    return this.telemetry.call(spec.api, async () =>
      toResult(await this.upstream(spec, body)),
    );
  }

  /**
   * A write the library sends once and never repeats (its endpoint is
   * neither `safeToRepeat` nor retried after a busy answer): when its
   * outcome is unknown, the error carries `advice` on what to check before
   * sending it again (see withOutcomeUnknownAdvice).
   */
  protected sendOnce<T extends object, R>(
    spec: EndpointDefinition,
    type: ClassConstructor<T>,
    input: unknown,
    advice: string,
    toResult: (reply: UpstreamReply) => R,
    toWire?: (dto: T) => unknown,
  ): Promise<R> {
    return this.telemetry.call(spec.api, async () => {
      let reply: UpstreamReply;
      try {
        // A refused input is not a send: the advice is not added to it.
        reply = await sendValidated(this.upstream, spec, type, input, toWire);
      } catch (error) {
        throw withOutcomeUnknownAdvice(error, spec.api, advice);
      }
      return toResult(reply);
    });
  }
}

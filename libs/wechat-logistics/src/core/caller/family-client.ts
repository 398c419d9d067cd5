import { type ClassConstructor } from 'class-transformer';
import { type UpstreamReply } from '../http/wechat-http.client';
import { type WechatTelemetry } from '../telemetry/wechat-telemetry.interface';
import { validateInput } from '../validation/validate-input';
import { toSnakeKeys } from '../wire/key-case';
import { type EndpointDefinition } from './endpoint-definition';
import { withOutcomeUnknownAdvice } from './outcome-unknown-advice';
import { type UpstreamCall } from './upstream-call';

/** The result of a call whose reply carries nothing but `errcode: 0`. */
export const noResult = (): Record<string, never> => ({});

/** Maps a reply to the call's result; `dto` is the validated input it answers. */
export type ToResult<T, R> = (reply: UpstreamReply, dto: T) => R;

/**
 * The body a validated input is sent as: WeChat's snake_case unless the
 * family says otherwise; may be async (即时配送 looks up a shop's secret to
 * sign it) and may throw, before anything is sent.
 */
export type ToWire<T> = (dto: T) => unknown;

/**
 * What every family's client does with a call, once: one telemetry span per
 * call, the input validated against its DTO before anything is sent (a
 * failure is the call's rejection), sent in WeChat's snake_case (or the
 * family's wire form), the reply mapped to the camelCase result. A family
 * client extends this and has one public method per endpoint;
 * `Wechat<Family>Service` is the default app's.
 */
export abstract class FamilyClient {
  constructor(
    protected readonly upstream: UpstreamCall,
    protected readonly telemetry: WechatTelemetry,
  ) {}

  /** A call with input: validated against `type`, sent, mapped. */
  protected send<T extends object, R>(
    spec: EndpointDefinition,
    type: ClassConstructor<T>,
    input: unknown,
    toResult: ToResult<T, R>,
    toWire: ToWire<T> = toSnakeKeys,
  ): Promise<R> {
    return this.telemetry.call(spec.api, async () => {
      const dto = validateInput(spec.api, type, input);
      return toResult(await this.upstream(spec, await toWire(dto)), dto);
    });
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
   * sending it again (see withOutcomeUnknownAdvice). A refused input, and
   * a refusal in the reply's mapping, are not unknown outcomes.
   */
  protected sendOnce<T extends object, R>(
    spec: EndpointDefinition,
    type: ClassConstructor<T>,
    input: unknown,
    advice: string,
    toResult: ToResult<T, R>,
    toWire: ToWire<T> = toSnakeKeys,
  ): Promise<R> {
    return this.telemetry.call(spec.api, async () => {
      const dto = validateInput(spec.api, type, input);
      const body = await toWire(dto);
      let reply: UpstreamReply;
      try {
        reply = await this.upstream(spec, body);
      } catch (error) {
        throw withOutcomeUnknownAdvice(error, spec.api, advice);
      }
      return toResult(reply, dto);
    });
  }
}

import { BadRequestException, Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import {
  type FollowWaybillToken,
  type TraceWaybillToken,
  asFollowWaybillToken,
  asTraceWaybillToken,
} from 'nestjs-wechat-logistics';

type Component = 'trace' | 'follow';

/**
 * `:waybillToken` as the component's token type: the library's own check
 * (`asTraceWaybillToken` / `asFollowWaybillToken`) refuses what cannot be a
 * token, here as a 400 naming the parameter, before anything is sent.
 */
class WaybillTokenPipe implements PipeTransform<string> {
  constructor(private readonly component: Component) {}

  transform(value: string): TraceWaybillToken | FollowWaybillToken {
    try {
      return this.component === 'trace'
        ? asTraceWaybillToken(value)
        : asFollowWaybillToken(value);
    } catch {
      throw new BadRequestException([
        'waybillToken must be the token WeChat returned: printable ASCII without spaces, 1 to 512 characters',
      ]);
    }
  }
}

/** The query component's token from the path (traceWaybill's). */
export const TraceTokenParam = (): ParameterDecorator =>
  Param('waybillToken', new WaybillTokenPipe('trace'));

/** The message component's token from the path (followWaybill's). */
export const FollowTokenParam = (): ParameterDecorator =>
  Param('waybillToken', new WaybillTokenPipe('follow'));

/** `:waybillToken` in OpenAPI. */
export const ApiWaybillTokenParam = (component: Component): MethodDecorator =>
  ApiParam({
    name: 'waybillToken',
    description:
      component === 'trace'
        ? 'The token traceWaybill returned (查询组件); URL-encode it'
        : 'The token followWaybill returned (物流消息), not traceWaybill’s; URL-encode it',
    example: 'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb',
  });

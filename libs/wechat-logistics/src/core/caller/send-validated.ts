import { type ClassConstructor } from 'class-transformer';
import { type UpstreamReply } from '../http/wechat-http.client';
import { validateInput } from '../validation/validate-input';
import { toSnakeKeys } from '../wire/key-case';
import { type EndpointDefinition } from './endpoint-definition';
import { type UpstreamCall } from './upstream-call';

/**
 * What every family's client does with a call's input: validate it against
 * its DTO, then send it in WeChat's snake_case (or the family's own wire
 * form). Throws the validation error before anything is sent, so call it
 * inside an async function: the error becomes that call's rejection.
 */
export function sendValidated<T extends object>(
  upstream: UpstreamCall,
  spec: EndpointDefinition,
  type: ClassConstructor<T>,
  input: unknown,
  toWire: (dto: T) => unknown = toSnakeKeys,
): Promise<UpstreamReply> {
  const dto = validateInput(spec.api, type, input);
  return upstream(spec, toWire(dto));
}

import { toSnakeKeys } from '../core/wire/key-case';
import { type WireObject } from '../core/wire/reply-fields';

/**
 * A validated input in WeChat's form: snake_case, and `useSandbox` as
 * `use_sandbox: 1` when true, nothing otherwise (WXJ warns against 0, §3.3).
 */
export function toIntracityWire(dto: object): WireObject {
  const wire = toSnakeKeys(dto) as WireObject;
  if (wire.use_sandbox === true) wire.use_sandbox = 1;
  else delete wire.use_sandbox;
  return wire;
}

import {
  type ArgumentMetadata,
  BadRequestException,
  Injectable,
  type PipeTransform,
} from '@nestjs/common';

/**
 * Deeper than any request body of the demo (addOrder's
 * `shop.detailList[0].goodsName` is 4 levels) by far.
 */
export const MAX_BODY_DEPTH = 32;

/**
 * Refuses JSON bodies nested deeper than {@link MAX_BODY_DEPTH} with Nest's
 * standard 400, before the ValidationPipe. A 100 kB body can nest ~20 000
 * levels, and class-transformer (inside the ValidationPipe) recurses once per
 * level: a few thousand levels overflow the stack and would answer 500.
 */
@Injectable()
export class BodyDepthPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body' && nestedDeeperThan(value, MAX_BODY_DEPTH)) {
      throw new BadRequestException([
        `body must not be nested more than ${MAX_BODY_DEPTH} levels deep`,
      ]);
    }
    return value;
  }
}

/** Iterative, so measuring a hostile body cannot overflow the stack either. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

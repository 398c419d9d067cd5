import { type ClassConstructor } from 'class-transformer';
import {
  AddOrderDto,
  BatchGetOrderDto,
  BindAccountDto,
  CancelOrderDto,
  GetOrderDto,
  GetPathDto,
  GetQuotaDto,
  TestUpdateOrderDto,
  UpdatePrinterDto,
} from 'nestjs-wechat-logistics';
import {
  type LoggedRequest,
  WECHAT_PATHS,
  type WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { validateInput } from '../../libs/wechat-logistics/src/core/validation/validate-input';
import {
  toCamelKeys,
  toSnakeKeys,
} from '../../libs/wechat-logistics/src/core/wire/key-case';

/** What WeChat may receive on each path: a body its DTO accepts, or no body at all. */
type BodyRule = { api: string; dto: ClassConstructor<object> } | 'no-body';
const BODY_RULES: ReadonlyMap<string, BodyRule> = new Map<string, BodyRule>([
  [WECHAT_PATHS.addOrder, { api: 'logistics.addOrder', dto: AddOrderDto }],
  [
    WECHAT_PATHS.batchGetOrder,
    { api: 'logistics.batchGetOrder', dto: BatchGetOrderDto },
  ],
  [WECHAT_PATHS.getOrder, { api: 'logistics.getOrder', dto: GetOrderDto }],
  [
    WECHAT_PATHS.cancelOrder,
    { api: 'logistics.cancelOrder', dto: CancelOrderDto },
  ],
  [WECHAT_PATHS.getPath, { api: 'logistics.getPath', dto: GetPathDto }],
  [
    WECHAT_PATHS.bindAccount,
    { api: 'logistics.bindAccount', dto: BindAccountDto },
  ],
  [WECHAT_PATHS.getQuota, { api: 'logistics.getQuota', dto: GetQuotaDto }],
  [
    WECHAT_PATHS.updatePrinter,
    { api: 'logistics.updatePrinter', dto: UpdatePrinterDto },
  ],
  [
    WECHAT_PATHS.testUpdateOrder,
    { api: 'logistics.testUpdateOrder', dto: TestUpdateOrderDto },
  ],
  [WECHAT_PATHS.getAllDelivery, 'no-body'],
  [WECHAT_PATHS.getAllAccount, 'no-body'],
  [WECHAT_PATHS.getPrinter, 'no-body'],
]);

/**
 * Fails unless `sent` is a request WeChat should ever see: to a known path,
 * with a valid token and nothing else in the query, and a body that the
 * library's own DTO accepts (re-validated from the wire: snake_case → camelCase
 * → validateInput) and that holds exactly what that DTO would send, no key more.
 */
export function expectValidOnTheWire(
  sent: LoggedRequest,
  wechat: WechatEmulator,
): void {
  if (sent.path === WECHAT_PATHS.stableToken) {
    expect(sent.body).toEqual({
      grant_type: 'client_credential',
      appid: wechat.appId,
      secret: wechat.appSecret,
      force_refresh: expect.any(Boolean),
    });
    return;
  }
  const rule = BODY_RULES.get(sent.path);
  expect({ path: sent.path, known: rule !== undefined }).toEqual({
    path: sent.path,
    known: true,
  });
  expect(Object.keys(sent.query)).toEqual(['access_token']);
  if (rule === 'no-body' || rule === undefined) {
    expect(sent.rawBody).toBe('');
    return;
  }
  expect(sent.method).toBe('POST');
  expect(isPlainObject(sent.body)).toBe(true);
  let revalidated: object;
  try {
    revalidated = validateInput(rule.api, rule.dto, toCamelKeys(sent.body));
  } catch (error) {
    throw new Error(
      `WeChat received a body its DTO refuses (${(error as Error).message}): ${sent.rawBody.slice(0, 2000)}`,
    );
  }
  expect(sent.body).toEqual(
    JSON.parse(JSON.stringify(toSnakeKeys(revalidated))) as unknown,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

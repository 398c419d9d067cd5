import {
  type AddReturnIdDto,
  ReturnOrderStatus,
  ReturnStatus,
  WechatTransportError,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS } from 'nestjs-wechat-logistics/testing';
import { CONTRACT_CLIENTS, cannedReply } from '../../support/contract-harness';
import {
  legacyAddInput,
  referenceAddInput,
  theOneReturnsRequest,
  useReturnsClient,
  useReturnsEmulator,
} from '../../support/returns-harness';

const RETURN_ID = '1935761508265738242';

/** addReturnId's wire body for referenceAddInput(): snake_case, biz_addr, goods_list of {name, url}, wx_pay_id. */
const REFERENCE_ADD_WIRE =
  '{"shop_order_id":"RET-20260101-0001",' +
  '"biz_addr":{"name":"张三","mobile":"13800138000","country":"中国","province":"广东省","city":"广州市","area":"海珠区","address":"TIT创意园1栋"},' +
  '"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o","order_path":"pages/return/detail?id=RET-1",' +
  '"goods_list":[{"name":"咖啡豆","url":"https://example.com/coffee.png"}],"order_price":1,' +
  '"wx_pay_id":"4200000000202311150000000001"}';

describe('returns wire contract', () => {
  const shared = useReturnsEmulator();

  describe.each(CONTRACT_CLIENTS)('over %s', (subject) => {
    const c = useReturnsClient(shared, subject);
    const wechat = () => shared.wechat;

    it('addReturnId posts the reference body to /no_worry_return/add and keeps return_id a string', async () => {
      const PATH = WECHAT_PATHS.addReturnId;
      expect(PATH).toBe('/cgi-bin/express/delivery/no_worry_return/add');
      cannedReply(wechat(), PATH, { errmsg: 'OK', return_id: RETURN_ID });
      await expect(c.returns.addReturnId(referenceAddInput())).resolves.toEqual(
        { returnId: RETURN_ID },
      );
      expect(theOneReturnsRequest(wechat(), c, PATH).rawBody).toBe(
        REFERENCE_ADD_WIRE,
      );
    });

    it('addReturnId sends user_addr when given, in snake_case', async () => {
      const PATH = WECHAT_PATHS.addReturnId;
      cannedReply(wechat(), PATH, { return_id: RETURN_ID });
      await c.returns.addReturnId({
        ...referenceAddInput(),
        userAddr: { name: '李四', tel: '020-1', postCode: '510000' },
      });
      const body = JSON.parse(
        theOneReturnsRequest(wechat(), c, PATH).rawBody,
      ) as Record<string, unknown>;
      expect(body['user_addr']).toEqual({
        name: '李四',
        tel: '020-1',
        post_code: '510000',
      });
    });

    it('legacyAddReturnId posts the same body without wx_pay_id to /return/add', async () => {
      const PATH = WECHAT_PATHS.legacyAddReturnId;
      expect(PATH).toBe('/cgi-bin/express/delivery/return/add');
      cannedReply(wechat(), PATH, { errmsg: 'OK', return_id: RETURN_ID });
      await expect(
        c.returns.legacyAddReturnId(legacyAddInput()),
      ).resolves.toEqual({ returnId: RETURN_ID });
      expect(theOneReturnsRequest(wechat(), c, PATH).rawBody).toBe(
        REFERENCE_ADD_WIRE.replace(
          ',"wx_pay_id":"4200000000202311150000000001"',
          '',
        ),
      );
    });

    it.each([
      ['getReturnId', WECHAT_PATHS.getReturnId, '/no_worry_return/get'],
      [
        'unbindReturnId',
        WECHAT_PATHS.unbindReturnId,
        '/no_worry_return/unbind',
      ],
      ['legacyGetReturnId', WECHAT_PATHS.legacyGetReturnId, '/return/get'],
      [
        'legacyUnbindReturnId',
        WECHAT_PATHS.legacyUnbindReturnId,
        '/return/unbind',
      ],
    ] as const)(
      '%s posts {"return_id": "<digits>"} as a JSON string',
      async (method, path, tail) => {
        expect(path).toBe(`/cgi-bin/express/delivery${tail}`);
        cannedReply(wechat(), path, {
          errmsg: 'OK',
          status: 0,
          waybill_id: '',
        });
        await c.returns[method]({ returnId: RETURN_ID });
        expect(theOneReturnsRequest(wechat(), c, path).rawBody).toBe(
          `{"return_id":"${RETURN_ID}"}`,
        );
      },
    );

    it("getReturnId reads the official example's string status and carrier fields", async () => {
      // §5.2's example with its unquoted SF quoted: the rest is as printed.
      cannedReply(wechat(), WECHAT_PATHS.getReturnId, {
        errmsg: 'OK',
        status: '1',
        waybill_id: 'JDxxxxxx',
        order_status: 0,
        delivery_name: '申通快递',
        delivery_id: 'SF',
      });
      await expect(
        c.returns.getReturnId({ returnId: RETURN_ID }),
      ).resolves.toEqual({
        status: ReturnStatus.PickupBooked,
        waybillId: 'JDxxxxxx',
        orderStatus: ReturnOrderStatus.AwaitingPickup,
        deliveryName: '申通快递',
        deliveryId: 'SF',
      });
    });

    it.each([
      ['numbers', 2, 4],
      ['numeric strings', '2', '4'],
    ])(
      'getReturnId reads status and order_status sent as %s',
      async (_form, status, orderStatus) => {
        cannedReply(wechat(), WECHAT_PATHS.legacyGetReturnId, {
          status,
          waybill_id: 'SF1',
          order_status: orderStatus,
          delivery_id: 'SF',
          delivery_name: '顺丰速运',
        });
        await expect(
          c.returns.legacyGetReturnId({ returnId: RETURN_ID }),
        ).resolves.toMatchObject({
          status: ReturnStatus.SelfShipped,
          orderStatus: ReturnOrderStatus.Signed,
        });
      },
    );

    it('getReturnId passes an undocumented status on as it came', async () => {
      cannedReply(wechat(), WECHAT_PATHS.getReturnId, {
        status: 3,
        waybill_id: 'SF1',
        order_status: '12',
      });
      await expect(
        c.returns.getReturnId({ returnId: RETURN_ID }),
      ).resolves.toEqual({ status: 3, waybillId: 'SF1', orderStatus: 12 });
    });

    it('unbindReturnId and applyReturnPlugin resolve with {}', async () => {
      cannedReply(wechat(), WECHAT_PATHS.unbindReturnId, { errmsg: 'OK' });
      await expect(
        c.returns.unbindReturnId({ returnId: RETURN_ID }),
      ).resolves.toEqual({});
      cannedReply(wechat(), WECHAT_PATHS.applyReturnPlugin, {});
      await expect(c.returns.applyReturnPlugin()).resolves.toEqual({});
      expect(
        theOneReturnsRequest(wechat(), c, WECHAT_PATHS.applyReturnPlugin)
          .rawBody,
      ).toBe('{}');
    });
  });

  describe('replies WeChat documents loosely', () => {
    const c = useReturnsClient(shared);
    const wechat = () => shared.wechat;

    it('a return_id sent as a JSON number beyond 2^53 fails clearly instead of returning a rounded id', async () => {
      cannedReply(wechat(), WECHAT_PATHS.addReturnId, {
        return_id: Number(RETURN_ID),
      });
      const error = (await c.returns
        .addReturnId(referenceAddInput())
        .catch((e: unknown) => e)) as WechatTransportError;
      expect(error).toBeInstanceOf(WechatTransportError);
      expect(error).toMatchObject({
        failure: 'bad-response',
        api: 'returns.addReturnId',
      });
      expect(error.message).toMatch(/JSON number too large to read exactly/);
      expect(wechat().requests.count(WECHAT_PATHS.addReturnId)).toBe(1);
    });

    it("a reply that is not JSON (the doc examples' unquoted SF, trailing comma) is a bad response, not data", async () => {
      wechat().faults.inject({
        path: WECHAT_PATHS.getReturnId,
        malformedJson: true,
      });
      await expect(
        c.returns.getReturnId({ returnId: RETURN_ID }),
      ).rejects.toMatchObject({ failure: 'bad-response' });
    });
  });

  describe('inputs refused before anything is sent', () => {
    const c = useReturnsClient(shared);
    const wechat = () => shared.wechat;

    const refusal = async (call: Promise<unknown>): Promise<string[]> => {
      const error = (await call.catch(
        (e: unknown) => e,
      )) as WechatValidationError;
      expect(error).toBeInstanceOf(WechatValidationError);
      expect(wechat().requests.count()).toBe(0);
      return [...error.messages];
    };

    it('a numeric returnId, saying why', async () => {
      expect(
        await refusal(
          c.returns.getReturnId({
            returnId: 1935761508265738 as unknown as string,
          }),
        ),
      ).toEqual([
        'returnId must be a string of digits, not a number: a JavaScript number cannot hold a 19-digit return id exactly',
      ]);
    });

    it('a return address with neither tel nor mobile, naming both', async () => {
      const input = referenceAddInput();
      delete input.bizAddr.mobile;
      expect(await refusal(c.returns.addReturnId(input))).toEqual([
        'bizAddr.mobile is required unless tel is given',
      ]);
    });

    it('the current add without wxPayId, and the legacy add with one', async () => {
      const input: Partial<AddReturnIdDto> = referenceAddInput();
      delete input.wxPayId;
      expect(
        await refusal(c.returns.addReturnId(input as AddReturnIdDto)),
      ).toContain('wxPayId should not be empty');
      expect(
        await refusal(c.returns.legacyAddReturnId(referenceAddInput())),
      ).toEqual([expect.stringMatching(/^wxPayId is not a known field/)]);
    });

    it('family A goods keys and more than 10 goods', async () => {
      const item = { name: 'x', url: 'https://example.com/x.png' };
      expect(
        await refusal(
          c.returns.addReturnId({
            ...referenceAddInput(),
            goodsList: Array.from({ length: 11 }, () => item),
          }),
        ),
      ).toEqual(['goodsList must have 1 to 10 items (got 11)']);
      expect(
        await refusal(
          c.returns.addReturnId({
            ...referenceAddInput(),
            goodsList: [{ goodsName: 'x', goodsImgUrl: 'y' }],
          } as unknown as AddReturnIdDto),
        ),
      ).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^goodsList\.0\.goodsName is not a known field/,
          ),
        ]),
      );
    });

    it('a price in yuan with a fraction', async () => {
      expect(
        await refusal(
          c.returns.addReturnId({ ...referenceAddInput(), orderPrice: 19.9 }),
        ),
      ).toEqual([expect.stringMatching(/^orderPrice must be an integer/)]);
    });
  });
});

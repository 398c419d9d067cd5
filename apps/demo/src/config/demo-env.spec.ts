import { validateDemoEnv } from './demo-env';

describe('validateDemoEnv', () => {
  it('takes an optional REDIS_URL for the shared token store', () => {
    expect(validateDemoEnv({}).REDIS_URL).toBeUndefined();
    expect(
      validateDemoEnv({ REDIS_URL: 'redis://:pw@10.0.0.5:6379/2' }).REDIS_URL,
    ).toBe('redis://:pw@10.0.0.5:6379/2');
    expect(
      validateDemoEnv({ REDIS_URL: 'rediss://cache:6380' }).REDIS_URL,
    ).toBe('rediss://cache:6380');
  });

  it.each(['localhost:6379', 'http://cache:6379', 'redis://'])(
    'refuses REDIS_URL=%s naming the variable',
    (url) => {
      expect(() => validateDemoEnv({ REDIS_URL: url })).toThrow(
        'Environment variable REDIS_URL',
      );
    },
  );

  it('reads LOCAL_DELIVERY_SHOP_SECRETS as shopid → secret, none by default', () => {
    expect(validateDemoEnv({}).LOCAL_DELIVERY_SHOP_SECRETS).toEqual({});
    expect(
      validateDemoEnv({
        LOCAL_DELIVERY_SHOP_SECRETS: '{"1534713176":"s3cret-value"}',
      }).LOCAL_DELIVERY_SHOP_SECRETS,
    ).toEqual({ '1534713176': 's3cret-value' });
  });

  it.each([
    '{"shop":"s3cret-value"',
    '["s3cret-value"]',
    '{"shop":"ok","other":["s3cret-value"]}',
    '{"shop":""}',
  ])(
    'refuses LOCAL_DELIVERY_SHOP_SECRETS=%s naming the variable, never a value',
    (value) => {
      let message = '';
      try {
        validateDemoEnv({ LOCAL_DELIVERY_SHOP_SECRETS: value });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain(
        'Environment variable LOCAL_DELIVERY_SHOP_SECRETS',
      );
      expect(message).not.toContain('s3cret');
    },
  );

  it('reads CARRIER_CODES as deliveryId → carrier code, none by default', () => {
    expect(validateDemoEnv({}).CARRIER_CODES).toEqual({});
    expect(
      validateDemoEnv({ CARRIER_CODES: '{"YUNDA":"YD","TEST":"TEST"}' })
        .CARRIER_CODES,
    ).toEqual({ YUNDA: 'YD', TEST: 'TEST' });
  });

  it.each(['{"YUNDA":"YD"', '["YD"]', 'null', '{"YUNDA":1}'])(
    'refuses CARRIER_CODES=%s naming the variable',
    (value) => {
      expect(() => validateDemoEnv({ CARRIER_CODES: value })).toThrow(
        'Environment variable CARRIER_CODES',
      );
    },
  );

  it('takes WECHAT_SHIPMENT_DELIVERY inline (default) or queue, the queue only with REDIS_URL', () => {
    expect(validateDemoEnv({}).WECHAT_SHIPMENT_DELIVERY).toBe('inline');
    expect(
      validateDemoEnv({
        WECHAT_SHIPMENT_DELIVERY: 'queue',
        REDIS_URL: 'redis://cache:6379',
      }).WECHAT_SHIPMENT_DELIVERY,
    ).toBe('queue');
    expect(() =>
      validateDemoEnv({ WECHAT_SHIPMENT_DELIVERY: 'queue' }),
    ).toThrow('WECHAT_SHIPMENT_DELIVERY=queue needs REDIS_URL');
    expect(() =>
      validateDemoEnv({ WECHAT_SHIPMENT_DELIVERY: 'bullmq' }),
    ).toThrow(
      "Environment variable WECHAT_SHIPMENT_DELIVERY must be 'inline' or 'queue'",
    );
  });
});

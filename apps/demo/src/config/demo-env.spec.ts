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
});

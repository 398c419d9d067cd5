import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { knownOptionKeys, refuseUnknownOptionKeys } from './known-option-keys';

interface Sample {
  timeoutMs?: number;
  retry?: object;
}

const SAMPLE_KEYS = knownOptionKeys<Sample>('SampleOptions', {
  timeoutMs: true,
  retry: true,
});

function refusal(source: object, prefix?: string): string {
  try {
    refuseUnknownOptionKeys(source, SAMPLE_KEYS, prefix);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidWechatLogisticsOptionsError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('refuseUnknownOptionKeys', () => {
  it('accepts every declared key, whether set or not', () => {
    expect(() =>
      refuseUnknownOptionKeys({ timeoutMs: 10, retry: {} }, SAMPLE_KEYS),
    ).not.toThrow();
    expect(() => refuseUnknownOptionKeys({}, SAMPLE_KEYS)).not.toThrow();
  });

  it('refuses a misspelt key, naming it with its place and the key it most likely meant', () => {
    expect(refusal({ timeoutMS: 10 })).toBe(
      'WechatLogisticsModule: option "timeoutMS" is unknown (not in SampleOptions): did you mean "timeoutMs"?',
    );
    expect(refusal({ retyr: {} }, 'apps[1].')).toBe(
      'WechatLogisticsModule: option "apps[1].retyr" is unknown (not in SampleOptions): did you mean "retry"?',
    );
  });

  it('lists the known keys instead of guessing when none is close', () => {
    expect(refusal({ logger: console })).toBe(
      'WechatLogisticsModule: option "logger" is unknown (SampleOptions has timeoutMs, retry)',
    );
  });

  it('refuses an unknown key even when its value is undefined (a typo in a spread config is still a typo)', () => {
    expect(refusal({ timeoutMs: 10, timeoutMS: undefined })).toContain(
      'option "timeoutMS"',
    );
  });
});

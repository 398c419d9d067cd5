import { WechatTransportError } from '../errors';
import { failureFields, logFields } from './log-fields';

describe('logFields', () => {
  it('writes key=value pairs in order and leaves out undefined ones', () => {
    expect(
      logFields({
        api: 'logistics.addOrder',
        attempt: 2,
        rid: undefined,
        ok: false,
      }),
    ).toBe('api=logistics.addOrder attempt=2 ok=false');
  });

  it('quotes values that hold spaces, quotes, =, control or non-ASCII characters', () => {
    expect(
      logFields({
        message: 'no reply within 300 ms',
        errmsg: 'line1\nerrcode=0',
        name: '李四',
        empty: '',
      }),
    ).toBe(
      'message="no reply within 300 ms" errmsg="line1\\nerrcode=0" name="李四" empty=""',
    );
  });

  it('describes transport failures by kind and HTTP status', () => {
    expect(
      failureFields(
        new WechatTransportError('http-status', 'logistics.getOrder', 'x', 502),
      ),
    ).toEqual({ failure: 'http-status', httpStatus: 502 });
    expect(failureFields(new TypeError('boom'))).toEqual({
      error: 'TypeError',
    });
  });
});

describe('logFields escaping', () => {
  it.each([
    ['a newline', 'wx1\nERROR forged'],
    ['a carriage return', 'wx1\rERROR forged'],
    ['NEL (U+0085)', 'wx1\u0085ERROR forged'],
    ['a line separator (U+2028)', 'wx1\u2028ERROR forged'],
    ['a paragraph separator (U+2029)', 'wx1\u2029ERROR forged'],
    ['DEL and an escape sequence', 'wx1\u007f\u001b[2J'],
  ])(
    'leaves no raw line break or control character from %s',
    (_case, appId) => {
      const line = logFields({ appId });
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(JSON.parse(line.slice('appId='.length))).toBe(appId);
    },
  );
});

import { WechatTransportError } from './errors';
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

import {
  intracityCallbackSign,
  intracitySignedString,
  isIntracityCallbackSignValid,
} from './intracity-callback-sign';

// intracity.md §5 / §9.1: the official callback example with Token abcdefghi.
const EXAMPLE = {
  appid: 'wx539e0b4872f19621',
  order_status: 40000,
  service_trans_id: 'DADA',
  status_change_time: 1711458532,
  store_order_id: 'sa5dadada12fd4assdsdad11s',
  timestamp: 1711458532,
  wx_order_id: '4018734875633256960',
  wx_store_id: '4000000000000042001',
};
const TOKEN = 'abcdefghi';

describe('the 同城配送 callback sign (§9.1)', () => {
  it('signs the documented string: sorted key=value, & joined, &token= last', () => {
    expect(intracitySignedString({ ...EXAMPLE, sign: 'x' }, TOKEN)).toBe(
      'appid=wx539e0b4872f19621&order_status=40000&service_trans_id=DADA&status_change_time=1711458532&store_order_id=sa5dadada12fd4assdsdad11s&timestamp=1711458532&wx_order_id=4018734875633256960&wx_store_id=4000000000000042001&token=abcdefghi',
    );
  });

  it('gives bb783330… for the official example (what the recipe yields)', () => {
    expect(intracityCallbackSign(EXAMPLE, TOKEN)).toBe(
      'bb783330085f89499dfc6911e3a2dd31',
    );
    expect(
      isIntracityCallbackSignValid(
        EXAMPLE,
        'bb783330085f89499dfc6911e3a2dd31',
        TOKEN,
      ),
    ).toBe(true);
  });

  it("refuses the page's printed a85489d9…, a rendering artefact (×tamp)", () => {
    expect(
      isIntracityCallbackSignValid(
        EXAMPLE,
        'a85489d9444bdd382e0de0ddca67a8ee',
        TOKEN,
      ),
    ).toBe(false);
  });

  it('refuses another Token, a changed field and a truncated sign', () => {
    const sign = intracityCallbackSign(EXAMPLE, TOKEN);
    expect(isIntracityCallbackSignValid(EXAMPLE, sign, 'abcdefgh')).toBe(false);
    expect(
      isIntracityCallbackSignValid(
        { ...EXAMPLE, order_status: 70000 },
        sign,
        TOKEN,
      ),
    ).toBe(false);
    expect(isIntracityCallbackSignValid(EXAMPLE, sign.slice(1), TOKEN)).toBe(
      false,
    );
  });

  it('takes the sign in either case', () => {
    expect(
      isIntracityCallbackSignValid(
        EXAMPLE,
        'BB783330085F89499DFC6911E3A2DD31',
        TOKEN,
      ),
    ).toBe(true);
  });
});

import { intracityCallbackSign } from './intracity-callback-sign';

/** The official example's fields (intracity.md §5, §9.1). */
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

describe('intracity callback sign (intracity.md §5, §9.1)', () => {
  it('reproduces the documented recipe on the official example (Token abcdefghi)', () => {
    expect(intracityCallbackSign(EXAMPLE, 'abcdefghi')).toBe(
      'bb783330085f89499dfc6911e3a2dd31',
    );
  });

  it('is not the value printed on the page, which was computed over its own rendering glitch', () => {
    expect(intracityCallbackSign(EXAMPLE, 'abcdefghi')).not.toBe(
      'a85489d9444bdd382e0de0ddca67a8ee',
    );
  });

  it('leaves out a sign already present, whatever the key order', () => {
    const shuffled = Object.fromEntries(Object.entries(EXAMPLE).reverse());
    expect(
      intracityCallbackSign({ ...shuffled, sign: 'old' }, 'abcdefghi'),
    ).toBe('bb783330085f89499dfc6911e3a2dd31');
  });

  it('depends on the Token', () => {
    expect(intracityCallbackSign(EXAMPLE, 'other')).not.toBe(
      'bb783330085f89499dfc6911e3a2dd31',
    );
  });
});

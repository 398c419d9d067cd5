import { deliverySign } from './delivery-sign';

// local-delivery.md §4: the official vector and the extra ones computed there.
describe('deliverySign', () => {
  it('reproduces the official test vector (shopid + shop_order_id + AppSecret)', () => {
    expect(
      deliverySign('test_shop_id', 'test_shop_order_id', 'test_app_secrect'),
    ).toBe('a93d8d6bae9a9483c1b1d4e8670e7f6226ec94cb');
  });

  it('uses the two-part form when the body has no shop_order_id', () => {
    expect(deliverySign('test_shop_id', undefined, 'test_app_secrect')).toBe(
      '9930e1dbf1665bba7e4a88059d872aad8194d21d',
    );
  });

  it('differs with the secret spelt correctly (the sandbox secret is "secrect")', () => {
    expect(
      deliverySign('test_shop_id', 'test_shop_order_id', 'test_app_secret'),
    ).toBe('6702fe535e0f98d384fc2afc3b61d77c44d4eca5');
  });

  it('matches the sign a community user sent for the SFTC test account', () => {
    expect(
      deliverySign(
        '1534713176',
        'NC16355158526160004316829057',
        'd80400f91e156f63b38886e616d84590',
      ),
    ).toBe('10ef77787180af027e81afad6fd1107f8646f643');
  });
});

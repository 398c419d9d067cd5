import { canonicalCarrierName, carrierNameStem } from './carrier-name';

describe('canonicalCarrierName', () => {
  it('folds fullwidth forms to halfwidth and letters to lower case', () => {
    expect(canonicalCarrierName('ＥＭＳ')).toBe('ems');
    expect(canonicalCarrierName('菜鸟速递（丹鸟）')).toBe(
      canonicalCarrierName('菜鸟速递(丹鸟)'),
    );
  });

  it('drops spaces (ideographic ones too) and punctuation', () => {
    expect(canonicalCarrierName(' 顺丰\u3000速运 ')).toBe('顺丰速运');
    expect(canonicalCarrierName('J&T Express')).toBe('jtexpress');
    expect(canonicalCarrierName('17 Post·Service')).toBe('17postservice');
  });

  it('drops the company form, 股份有限公司 as one', () => {
    expect(canonicalCarrierName('韵达控股股份有限公司')).toBe('韵达控股');
    expect(canonicalCarrierName('德邦物流有限公司')).toBe('德邦物流');
    expect(canonicalCarrierName('ABC Express Co., Ltd.')).toBe('abcexpress');
  });

  it('keeps the carrier word: 韵达快递 and 韵达速递 differ canonically', () => {
    expect(canonicalCarrierName('韵达快递')).not.toBe(
      canonicalCarrierName('韵达速递'),
    );
  });
});

describe('carrierNameStem', () => {
  it.each([
    ['韵达快递', '韵达'],
    ['韵达速递', '韵达'],
    ['顺丰速运', '顺丰'],
    ['德邦物流', '德邦'],
    ['中国邮政速递物流', '中国邮政'],
    ['ABX Express', 'abx'],
    ['京东快件', '京东'],
  ])('%s → %s', (name, stem) => {
    expect(carrierNameStem(name)).toBe(stem);
  });

  it('keeps 快运: a freight line is another carrier than the parcel one', () => {
    expect(carrierNameStem('中通快运')).toBe('中通快运');
    expect(carrierNameStem('韵达快运')).not.toBe(carrierNameStem('韵达快递'));
  });

  it('keeps 国际, 同城 and 包裹: other businesses of the same group', () => {
    expect(carrierNameStem('顺丰国际')).not.toBe(carrierNameStem('顺丰速运'));
    expect(carrierNameStem('邮政快递包裹')).toBe('邮政快递包裹');
  });

  it('never strips a name down to less than two characters', () => {
    expect(carrierNameStem('快递')).toBe('快递');
    expect(carrierNameStem('E速递')).toBe('e速递');
  });
});

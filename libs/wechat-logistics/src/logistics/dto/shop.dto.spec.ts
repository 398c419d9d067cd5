import { ShopDto } from './shop.dto';
import { chinese, messagesFor } from './support.spec-helper';

const flat = {
  imgUrl: 'https://example.com/a.png',
  goodsName: '咖啡豆',
  goodsCount: 2,
};
const item = {
  goodsName: '咖啡豆',
  goodsImgUrl: 'https://example.com/a.png',
  goodsDesc: '500g',
};

describe('ShopDto', () => {
  it('accepts the flat form', () => {
    expect(messagesFor(ShopDto, flat)).toEqual([]);
  });

  it('accepts a detail list instead of the flat fields', () => {
    expect(messagesFor(ShopDto, { detailList: [item] })).toEqual([]);
  });

  it.each([
    ['absent', {}],
    ['empty', { detailList: [] }],
  ])(
    'requires goodsName, imgUrl and goodsCount when detailList is %s',
    (_case, shop) => {
      expect(messagesFor(ShopDto, shop)).toEqual([
        'imgUrl is required when detailList is empty or absent',
        'goodsName is required when detailList is empty or absent',
        'goodsCount is required when detailList is empty or absent',
      ]);
    },
  );

  it('refuses a goods count of 0 (WeChat 9300535)', () => {
    expect(messagesFor(ShopDto, { ...flat, goodsCount: 0 })).toEqual([
      'goodsCount must be an integer ≥ 1',
    ]);
  });

  it('limits goodsName to 128 UTF-8 bytes, in the flat form and in items', () => {
    expect(
      messagesFor(ShopDto, {
        ...flat,
        goodsName: chinese(43),
        detailList: [{ ...item, goodsName: chinese(43) }],
      }),
    ).toEqual([
      'goodsName must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)',
      'detailList.0.goodsName must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
  });

  it('requires every field of a detail item', () => {
    expect(messagesFor(ShopDto, { detailList: [{ goodsName: 'x' }] })).toEqual([
      'detailList.0.goodsImgUrl should not be empty',
      'detailList.0.goodsImgUrl must be a string',
      'detailList.0.goodsDesc should not be empty',
      'detailList.0.goodsDesc must be a string',
    ]);
  });
});

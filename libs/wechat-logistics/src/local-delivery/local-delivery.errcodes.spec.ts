import { findErrcode } from '../core/errors/errcode-catalogue';

// local-delivery.md §1.5: every WeChat-level code of the family is known, with
// this family's meaning where the logistics assistant's would mislead.
describe("即时配送's errcodes", () => {
  it.each([
    [930555, 503],
    [930556, 502],
    [930557, 502],
    [930558, 502],
    [930559, 400],
    [930560, 409],
    [930561, 400],
    [930562, 409],
    [930563, 404],
    [930564, 429],
    [930565, 409],
    [930566, 500],
    [930567, 400],
    [930568, 500],
    [930569, 409],
    [930570, 400],
    [930571, 500],
    [9300535, 400],
    [43016, 500],
    [86000, 500],
    [61007, 500],
    [-1, 503],
    [40001, 502],
  ])('knows %i (HTTP %i)', (errcode, status) => {
    expect(findErrcode(errcode, 'localDelivery.addOrder')?.httpStatus).toBe(
      status,
    );
  });

  it("reads the shared codes in this family's terms, leaving the logistics assistant's alone", () => {
    expect(findErrcode(930562, 'localDelivery.addOrder')?.meaning).toContain(
      'getOrder',
    );
    expect(findErrcode(930562, 'logistics.addOrder')?.meaning).not.toContain(
      'getOrder',
    );
    expect(findErrcode(930560, 'localDelivery.preAddOrder')?.meaning).toContain(
      'appkey',
    );
    expect(
      findErrcode(930557, 'localDelivery.realMockUpdateOrder')?.meaning,
    ).toContain('mockUpdateOrder');
  });
});

import { findErrcode } from '../core/errors/errcode-catalogue';

// intracity.md §7: every code of the shared table is known, with this family's
// meaning where a platform-wide one would mislead.
describe("同城配送's errcodes", () => {
  it.each([
    [934000, 400],
    [934001, 400],
    [934002, 409],
    [934003, 400],
    [934005, 502],
    [934006, 409],
    [934007, 409],
    [934008, 404],
    [934009, 400],
    [934010, 409],
    [934011, 500],
    [934012, 500],
    [934013, 409],
    [934014, 502],
    [934015, 409],
    [934016, 404],
    [934017, 409],
    [934018, 409],
    [934019, 400],
    [934020, 400],
    [934021, 404],
    [934022, 500],
    [934023, 500],
    [934026, 500],
    [934999, 503],
    [48001, 500],
    [61007, 500],
  ])('knows %i (HTTP %i)', (errcode, status) => {
    expect(findErrcode(errcode, 'intracity.addOrder')?.httpStatus).toBe(status);
  });

  it('retries only the system error', () => {
    expect(findErrcode(934999, 'intracity.queryOrder')?.retryable).toBe(true);
    expect(findErrcode(934002, 'intracity.addOrder')?.retryable).toBe(false);
  });

  it("reads 48001, 61007 and 934011 in this family's terms, leaving the others' alone", () => {
    expect(findErrcode(48001, 'intracity.apply')?.meaning).toContain(
      '同城配送',
    );
    expect(findErrcode(48001, 'logistics.addOrder')?.meaning).not.toContain(
      '同城配送',
    );
    expect(findErrcode(61007, 'intracity.createStore')?.meaning).toContain(
      'permission set 51',
    );
    expect(findErrcode(934011, 'intracity.apply')?.meaning).toContain(
      'apply is documented plain',
    );
    expect(
      findErrcode(934011, 'logistics.getAllAccount')?.meaning,
    ).not.toContain('同城配送');
  });
});

import { type BusinessApi, businessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

describe('printer/update and printer/getall', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const update = (body: Record<string, unknown>) =>
    api.post(WECHAT_PATHS.updatePrinter, body);
  const errcodeOf = async (body: Record<string, unknown>) =>
    (await update({ openid: 'oPrinter1', update_type: 'bind', ...body }))[
      'errcode'
    ];

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.stop());

  it('binds printers and lists them (GET or POST) with their tag ids', async () => {
    expect(
      await update({
        openid: 'oA',
        update_type: 'bind',
        tagid_list: '123,456',
      }),
    ).toEqual({ errcode: 0, errmsg: 'ok' });
    await update({ openid: 'oB', update_type: 'bind', tagid_list: '456,789' });

    const listed = await api.get(WECHAT_PATHS.getPrinter);
    expect(listed).toEqual({
      count: 2,
      openid: ['oA', 'oB'],
      tagid_list: ['123', '456', '789'],
    });
    expect(await api.post(WECHAT_PATHS.getPrinter, {})).toEqual(listed);
    expect(wechat.printers.list()).toEqual([
      { openid: 'oA', tagids: ['123', '456'] },
      { openid: 'oB', tagids: ['456', '789'] },
    ]);
  });

  it('replaces the tags when a bound printer is bound again, and forgets it on unbind', async () => {
    await update({ openid: 'oA', update_type: 'bind', tagid_list: '1,2' });
    await update({ openid: 'oA', update_type: 'bind' });
    expect(wechat.printers.list()).toEqual([{ openid: 'oA', tagids: [] }]);

    expect(await errcodeOf({ openid: 'oA', update_type: 'unbind' })).toBe(0);
    expect(await api.get(WECHAT_PATHS.getPrinter)).toEqual({
      count: 0,
      openid: [],
      tagid_list: [],
    });
  });

  it('accepts unbinding a printer that is not bound (no errcode is documented for it)', async () => {
    expect(await errcodeOf({ update_type: 'unbind' })).toBe(0);
  });

  it.each([['rebind'], [undefined], [1]])(
    'answers 9300517 when update_type is %p',
    async (updateType) => {
      expect(await errcodeOf({ update_type: updateType })).toBe(9300517);
    },
  );

  it.each([
    ['has a space', '123, 456'],
    ['has more than 10 ids', '1,2,3,4,5,6,7,8,9,10,11'],
    ['is not numeric', 'abc'],
    ['has an empty id', '1,,2'],
    ['is not a string', 123],
  ])('answers 9300533 when tagid_list %s', async (_case, tagidList) => {
    expect(await errcodeOf({ tagid_list: tagidList })).toBe(9300533);
  });

  it('accepts exactly 10 tag ids, and an empty list as "no tags"', async () => {
    expect(await errcodeOf({ tagid_list: '1,2,3,4,5,6,7,8,9,10' })).toBe(0);
    expect(await errcodeOf({ openid: 'oB', tagid_list: '' })).toBe(0);
  });

  it('answers 930561 when openid is missing', async () => {
    expect(await errcodeOf({ openid: undefined })).toBe(930561);
  });

  it('answers 43002 to GET on printer/update', async () => {
    expect((await api.get(WECHAT_PATHS.updatePrinter))['errcode']).toBe(43002);
  });

  it('clear() forgets every printer', () => {
    wechat.printers.bind('oA', ['1']);
    wechat.printers.clear();

    expect(wechat.printers.list()).toEqual([]);
  });
});

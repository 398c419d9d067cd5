import { type BusinessApi, businessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

describe('POST /cgi-bin/express/business/account/bind and account/getall', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const bind = (fields: Record<string, unknown>) =>
    api.post(WECHAT_PATHS.bindAccount, {
      type: 'bind',
      biz_id: 'yto-1',
      delivery_id: 'YTO',
      password: 'secret',
      ...fields,
    });
  const errcodeOf = async (fields: Record<string, unknown>) =>
    (await bind(fields))['errcode'];

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.stop());

  it('binds at once, and getall (GET or POST) then lists the account as bound with a quota', async () => {
    const before = wechat.clock.nowSeconds();
    expect(await bind({})).toEqual({ errcode: 0, errmsg: 'ok' });
    const after = wechat.clock.nowSeconds();

    const listed = await api.get(WECHAT_PATHS.getAllAccount);
    expect(listed).toMatchObject({ errcode: 0, errmsg: 'ok', count: 1 });
    expect(listed['list']).toEqual([
      {
        biz_id: 'yto-1',
        delivery_id: 'YTO',
        create_time: expect.any(Number),
        update_time: expect.any(Number),
        status_code: 0,
        alias: '',
        remark_wrong_msg: '',
        remark_content: '',
        quota_num: 100,
        quota_update_time: expect.any(Number),
        service_type: [
          { service_type: 0, service_name: '普通快递' },
          { service_type: 1, service_name: '圆准达' },
        ],
      },
    ]);
    const [account] = listed['list'] as Record<string, number>[];
    for (const time of ['create_time', 'update_time', 'quota_update_time']) {
      expect(account?.[time]).toBeGreaterThanOrEqual(before);
      expect(account?.[time]).toBeLessThanOrEqual(after);
    }
    expect(await api.post(WECHAT_PATHS.getAllAccount, {})).toEqual(listed);
  });

  it('sends EMS bindings to review (9300532) until the carrier approves them', async () => {
    const remark =
      '电话：13800138000 联系人：张三 服务类型：标准快递 发货地址：广州市';
    const reply = await bind({
      delivery_id: 'EMS',
      biz_id: 'ems-1',
      password: undefined,
      remark_content: remark,
    });

    expect(reply['errcode']).toBe(9300532);
    expect(wechat.accounts.get('ems-1')).toMatchObject({
      statusCode: 1,
      remarkContent: remark,
    });
    expect(await errcodeOf({ delivery_id: 'EMS', biz_id: 'ems-1' })).toBe(
      9300529,
    );

    wechat.accounts.approve('ems-1');
    const [account] = (await api.get(WECHAT_PATHS.getAllAccount))[
      'list'
    ] as Record<string, unknown>[];
    expect(account).toMatchObject({ biz_id: 'ems-1', status_code: 0 });
  });

  it('shows a refused EMS review as status 2 with the reason', async () => {
    await bind({ delivery_id: 'EMS', biz_id: 'ems-1' });
    wechat.accounts.refuse('ems-1', '联系电话无法接通');

    expect(wechat.accounts.get('ems-1')).toMatchObject({
      statusCode: 2,
      remarkWrongMsg: '联系电话无法接通',
    });
    expect(() => wechat.accounts.approve('ems-1')).toThrow(/under review/);
  });

  it('answers 9300529 to binding an account that is already bound', async () => {
    await bind({});

    expect(await errcodeOf({})).toBe(9300529);
  });

  it('answers 9300531 when the carrier rejects the password, or a carrier that needs one gets none', async () => {
    wechat.accounts.rejectPassword('yto-1');

    expect(await errcodeOf({})).toBe(9300531);
    expect(
      await errcodeOf({
        biz_id: 'zto-1',
        delivery_id: 'ZTO',
        password: undefined,
      }),
    ).toBe(9300531);
    expect(wechat.accounts.list()).toEqual([]);
  });

  it('binds SF without a password (EMS, SF and JD need none)', async () => {
    expect(
      await errcodeOf({
        biz_id: 'sf-1',
        delivery_id: 'SF',
        password: undefined,
      }),
    ).toBe(0);
    expect(wechat.accounts.get('sf-1')).toMatchObject({
      statusCode: 0,
      quotaNum: 0,
    });
  });

  it('unbinds to status 3, answers 9300530 to a second unbind, and allows binding again', async () => {
    await bind({});
    wechat.clock.advance(60);

    const created = wechat.accounts.get('yto-1')?.createTime ?? 0;
    expect(await errcodeOf({ type: 'unbind', password: undefined })).toBe(0);
    const unbound = wechat.accounts.get('yto-1');
    expect(unbound?.statusCode).toBe(3);
    expect(unbound?.updateTime).toBeGreaterThanOrEqual(created + 60);
    expect(await errcodeOf({ type: 'unbind' })).toBe(9300530);
    expect(await errcodeOf({})).toBe(0);
    expect(wechat.accounts.get('yto-1')?.statusCode).toBe(0);
  });

  it('answers 9300530 to unbinding an account that never existed', async () => {
    expect(await errcodeOf({ type: 'unbind', biz_id: 'nobody' })).toBe(9300530);
  });

  it('keeps the same biz_id at two carriers apart', async () => {
    await bind({});
    await bind({ delivery_id: 'ZTO' });

    expect(wechat.accounts.get('yto-1', 'ZTO')?.deliveryId).toBe('ZTO');
    expect(() => wechat.accounts.get('yto-1')).toThrow(/pass deliveryId/);
  });

  it.each([
    ['type is neither bind nor unbind', { type: 'rebind' }],
    ['type is missing', { type: undefined }],
    ['biz_id is missing', { biz_id: undefined }],
    ['delivery_id is empty', { delivery_id: '' }],
    ['password is not a string', { password: 123456 }],
  ])('answers 930561 when %s', async (_case, change) => {
    expect(await errcodeOf(change)).toBe(930561);
  });

  it('answers 9300503 to an unknown carrier', async () => {
    expect(await errcodeOf({ delivery_id: 'NOPE' })).toBe(9300503);
  });

  it('answers 44002 to an empty body', async () => {
    expect((await api.post(WECHAT_PATHS.bindAccount, ''))['errcode']).toBe(
      44002,
    );
  });

  it('seeds accounts for tests, rejecting unknown carriers and duplicates', () => {
    const seeded = wechat.accounts.seed({
      bizId: 'zto-9',
      deliveryId: 'ZTO',
      quotaNum: 3,
      alias: '总仓',
    });

    expect(seeded).toMatchObject({ statusCode: 0, quotaNum: 3, alias: '总仓' });
    expect(() =>
      wechat.accounts.seed({ bizId: 'zto-9', deliveryId: 'ZTO' }),
    ).toThrow(/already exists/);
    expect(() =>
      wechat.accounts.seed({ bizId: 'x', deliveryId: 'NOPE' }),
    ).toThrow(/Unknown deliveryId/);
    wechat.accounts.clear();
    expect(wechat.accounts.list()).toEqual([]);
  });
});

import { type INestApplication } from '@nestjs/common';
import { WechatCarrierCodeService } from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { emulatorEnv, startDemoApp } from '../support/demo-app';

/**
 * The carrier codes the demo gives the library (`carrierCodes`): a shipment
 * uploads its shipping info with the carrier's 物流服务 code, so the demo's
 * carriers must be mapped — TEST in sandbox mode by the demo itself, the
 * others from `CARRIER_CODES`.
 */
describe('the demo’s carrier codes', () => {
  let app: INestApplication | undefined;
  let wechat: WechatEmulator | undefined;
  afterEach(async () => {
    await app?.close();
    await wechat?.stop();
    app = undefined;
    wechat = undefined;
  });

  it('maps the sandbox carrier TEST by the option in sandbox mode, and CARRIER_CODES beside it', async () => {
    app = await startDemoApp({ CARRIER_CODES: '{"YUNDA":"YD"}' });
    const mapping = await app.get(WechatCarrierCodeService).mapping();
    expect(mapping.get('TEST')).toMatchObject({
      mapped: true,
      trackingCode: 'TEST',
      rule: 'override',
    });
    expect(mapping.get('YUNDA')).toMatchObject({
      trackingCode: 'YD',
      rule: 'override',
    });
  });

  it('takes CARRIER_CODES when configured for WeChat (no sandbox)', async () => {
    wechat = await WechatEmulator.start();
    app = await startDemoApp(
      emulatorEnv(wechat, { CARRIER_CODES: '{"TEST":"TEST-CODE"}' }),
    );
    await expect(
      app.get(WechatCarrierCodeService).trackingCodeFor('TEST'),
    ).resolves.toBe('TEST-CODE');
  });
});

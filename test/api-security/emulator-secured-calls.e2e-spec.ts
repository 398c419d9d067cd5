import { createPrivateKey, createPublicKey } from 'node:crypto';
import {
  WechatLogisticsService,
  WechatTransportError,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { EXAMPLE } from '../../libs/wechat-logistics/src/core/api-security/official-example.spec-helper';
import {
  emulatorOptions,
  type LibraryApp,
  startLibraryApp,
} from '../support/library-app';
import { TRANSPORTS } from '../support/transports';

/**
 * The library's API security against the emulator's (an independent
 * implementation of WeChat's side): getAllDelivery made 'required', so it
 * goes sealed as POST, verified by the emulator, answered sealed and signed
 * with the emulated platform certificate; each spoiled reply the emulator
 * can send is refused, sent once, never retried.
 */
describe.each(TRANSPORTS)(
  'API security against the emulator (%s)',
  (transport) => {
    let wechat: WechatEmulator;
    let lib: LibraryApp | undefined;

    const start = async (certificates?: Record<string, string>) => {
      lib = await startLibraryApp(
        emulatorOptions(wechat, {
          timeoutMs: 2000,
          retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
          apiSecurity: {
            aesKey: EXAMPLE.aesKey,
            aesSn: EXAMPLE.aesSn,
            privateKey: EXAMPLE.privateKey,
            rsaSn: EXAMPLE.rsaSn,
            platformCertificates: certificates ?? {
              [wechat.apiSecurity.platform.sn]:
                wechat.apiSecurity.platform.certificatePem,
            },
            apis: { 'logistics.getAllDelivery': 'required' },
          },
        }),
        transport,
      );
      return lib.app.get(WechatLogisticsService);
    };
    const listCalls = () =>
      wechat.requests
        .all()
        .filter((r) => r.path === WECHAT_PATHS.getAllDelivery);

    beforeEach(async () => {
      wechat = await WechatEmulator.start();
      wechat.apiSecurity.configure({
        aesKey: EXAMPLE.aesKey,
        aesSn: EXAMPLE.aesSn,
        appPublicKey: createPublicKey(createPrivateKey(EXAMPLE.privateKey))
          .export({ type: 'spki', format: 'pem' })
          .toString(),
        rsaSn: EXAMPLE.rsaSn,
      });
    });
    afterEach(async () => {
      await lib?.app.close();
      lib = undefined;
      await wechat.stop();
    });

    it('a sealed getAllDelivery is accepted by the emulator and its sealed reply verified and decrypted', async () => {
      const service = await start();
      const result = await service.getAllDelivery();
      expect(result.count).toBeGreaterThan(0);
      expect(listCalls()).toHaveLength(1);
      expect(listCalls()[0].method).toBe('POST');
    });

    it.each([
      ['body', 'signature does not verify'],
      ['signature', 'signature does not verify'],
      ['serial', 'platform certificate this app does not have'],
      ['timestamp', 'stale or replayed'],
      ['unsigned', 'unsigned reply'],
      ['mismatched-appid', '_appid differs'],
      ['mismatched-timestamp', '_timestamp differs'],
    ] as const)(
      "refuses the emulator's '%s' reply, sent once",
      async (tamper, check) => {
        const service = await start();
        wechat.apiSecurity.tamperNextReply(tamper);
        const error = await service.getAllDelivery().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WechatTransportError);
        expect((error as WechatTransportError).failure).toBe(
          'unverified-response',
        );
        expect((error as Error).message).toContain(check);
        expect(listCalls()).toHaveLength(1);
      },
    );

    it('refuses a replayed old reply', async () => {
      const service = await start();
      await service.getAllDelivery();
      wechat.apiSecurity.tamperNextReply('replay');
      const error = await service.getAllDelivery().catch((e: unknown) => e);
      expect((error as WechatTransportError).failure).toBe(
        'unverified-response',
      );
      expect((error as Error).message).toContain('replayed');
    });

    it('a wrong platform certificate under the right SN: every reply refused', async () => {
      const service = await start({
        [wechat.apiSecurity.platform.sn]: EXAMPLE.platformCertificate,
      });
      const error = await service.getAllDelivery().catch((e: unknown) => e);
      expect((error as Error).message).toContain('signature does not verify');
    });

    it('during a rotation drill, an app that has only the expiring certificate verifies the -Deprecated signature', async () => {
      wechat.apiSecurity.rotateDrill(true);
      const old = wechat.apiSecurity.deprecatedPlatform;
      const service = await start({ [old.sn]: old.certificatePem });
      await expect(service.getAllDelivery()).resolves.toMatchObject({
        count: expect.any(Number),
      });
    });
  },
);

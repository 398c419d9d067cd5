import { PLATFORMS } from './support/platforms';
import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { SANDBOX_DEMO_ORDER } from '../apps/demo/src/sandbox/sandbox.service';
import { CapturingLogger } from './support/capturing-logger';
import { startDemoApp } from './support/demo-app';

describe.each(PLATFORMS)(
  'the demo in sandbox mode (no WECHAT_APP_ID) — on %s',
  (platform) => {
    let app: INestApplication;
    const logger = new CapturingLogger();

    beforeAll(async () => {
      app = await startDemoApp({}, logger, platform);
    });
    afterAll(() => app.close());

    it('says so in one log line, naming the emulator URL and the seeded order', () => {
      const lines = logger.lines.filter((line) =>
        line.includes('Sandbox mode'),
      );
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
      expect(lines[0]).toContain(SANDBOX_DEMO_ORDER.orderId);
    });

    it('answers the README cancel with no credentials at all, and then 409 for a second cancel', async () => {
      const body = {
        deliveryId: SANDBOX_DEMO_ORDER.deliveryId,
        waybillId: SANDBOX_DEMO_ORDER.waybillId,
      };
      await request(app.getHttpServer())
        .post(`/logistics/orders/${SANDBOX_DEMO_ORDER.orderId}/cancel`)
        .send(body)
        .expect(200, { deliveryResultcode: 0, deliveryResultmsg: '' });
      const again = await request(app.getHttpServer())
        .post(`/logistics/orders/${SANDBOX_DEMO_ORDER.orderId}/cancel`)
        .send(body)
        .expect(409);
      expect(again.body.errcode).toBe(9300524);
    });

    it('serves liveness and the OpenAPI document', async () => {
      await request(app.getHttpServer())
        .get('/health')
        .expect(200, { status: 'ok' });
      const docs = await request(app.getHttpServer())
        .get('/docs-json')
        .expect(200);
      const logisticsRoutes = [
        '/accounts',
        '/accounts/bind',
        '/deliveries',
        '/orders',
        '/orders/batch-get',
        '/orders/{orderId}',
        '/orders/{orderId}/cancel',
        '/orders/{orderId}/events',
        '/orders/{orderId}/path',
        '/printers',
        '/quota',
        '/test/orders/{orderId}/update',
        // WeChat's callback (the push URL)
        '/events',
      ];
      const shippingRoutes = [
        '/famous-brand/apply',
        '/famous-brand/status',
        '/msg-jump-path',
        '/orders',
        '/orders/lookup',
        '/orders/notify-confirm-receive',
        '/orders/special',
        '/orders/upload',
        '/orders/upload-combined',
        '/orders/{transactionId}/events',
        '/trade-managed',
        '/trade-management-confirmation',
        '/trade-type/apply',
      ];
      const trackingRoutes = [
        '/carriers',
        '/follow',
        '/follow/{waybillToken}',
        '/follow/{waybillToken}/goods',
        '/plugins/msg',
        '/plugins/query',
        '/trace',
        '/trace/{waybillToken}',
        '/trace/{waybillToken}/goods',
      ];
      const returnRoutes = [
        '',
        '/legacy',
        '/legacy/{returnId}',
        '/legacy/{returnId}/unbind',
        '/plugin',
        '/{returnId}',
        '/{returnId}/unbind',
      ];
      const localDeliveryRoutes = [
        '/carriers',
        '/orders',
        '/orders/quote',
        '/orders/{shopOrderId}',
        '/orders/{shopOrderId}/cancel',
        '/orders/{shopOrderId}/cancel-fee',
        '/orders/{shopOrderId}/confirm-return',
        '/orders/{shopOrderId}/readd',
        '/orders/{shopOrderId}/tips',
        '/shops',
        '/shops/bind',
        '/shops/open',
        '/test/orders/{shopOrderId}/realmock-status',
        '/test/orders/{shopOrderId}/status',
      ];
      const intracityRoutes = [
        '/apply',
        '/balances',
        '/balances/charge',
        '/balances/refund',
        '/callback',
        '/cities',
        '/flows',
        '/orders',
        '/orders/quote',
        '/orders/{wxOrderId}',
        '/orders/{wxOrderId}/cancel',
        '/pay-mode',
        '/stores',
        '/stores/{wxStoreId}',
        '/test/orders/{wxOrderId}/status',
      ];
      const shipmentRoutes = ['', '/{orderId}'];
      // Every logistics, shipping, waybill-tracking, returns, local-delivery, intracity and shipments route twice: the default app's, and each further app's.
      expect(Object.keys(docs.body.paths).sort()).toEqual(
        [
          '/health',
          '/health/ready',
          '/logistics/events/failed',
          '/logistics/events/failed/replay',
          // The buyer's side in sandbox mode: the emulator's controls, default app only.
          '/shipping/test/payments',
          '/shipping/test/payments/{transactionId}/confirm-receipt',
          '/shipping/test/payments/{transactionId}/settle',
          '/returns/test/insurance',
          '/returns/test/{returnId}/advance',
          '/returns/test/{returnId}/pickup',
          '/returns/test/{returnId}/self-ship',
          ...trackingRoutes.map((route) => `/waybill-tracking${route}`),
          ...trackingRoutes.map(
            (route) => `/waybill-tracking/apps/{appId}${route}`,
          ),
          ...returnRoutes.map((route) => `/returns${route}`),
          ...returnRoutes.map((route) => `/returns/apps/{appId}${route}`),
          ...localDeliveryRoutes.map((route) => `/local-delivery${route}`),
          ...localDeliveryRoutes.map(
            (route) => `/local-delivery/apps/{appId}${route}`,
          ),
          ...intracityRoutes.map((route) => `/intracity${route}`),
          ...intracityRoutes.map((route) => `/intracity/apps/{appId}${route}`),
          ...shippingRoutes.map((route) => `/shipping${route}`),
          ...shippingRoutes.map((route) => `/shipping/apps/{appId}${route}`),
          ...shipmentRoutes.map((route) => `/shipments${route}`),
          ...shipmentRoutes.map((route) => `/shipments/apps/{appId}${route}`),
          '/tracking',
          '/tracking/intracity-orders',
          '/tracking/local-orders',
          '/tracking/shipments',
          '/tracking/stream',
          '/tracking/waybills',
          ...logisticsRoutes.map((route) => `/logistics${route}`),
          ...logisticsRoutes.map((route) => `/logistics/apps/{appId}${route}`),
        ].sort(),
      );
      type Parameter = { name: string; in: string; required?: boolean };
      const paths = docs.body.paths as Record<
        string,
        Record<string, { parameters?: Parameter[] }>
      >;
      const parametersOf = (path: string): Parameter[] =>
        paths[path].get.parameters ?? [];
      expect(
        parametersOf('/logistics/deliveries').map((p) => p.name),
      ).not.toContain('appId');
      const appIdParameter = parametersOf(
        '/logistics/apps/{appId}/deliveries',
      ).find((parameter) => parameter.name === 'appId');
      expect(appIdParameter).toMatchObject({ in: 'path', required: true });
      // Generated from the library's DTOs: descriptions, examples and enums.
      const schemas = docs.body.components.schemas;
      expect(schemas.AddOrderDto.properties.expectTime.description).toMatch(
        /seconds/i,
      );
      expect(schemas.PersonDto.properties.name.example).toEqual(
        expect.any(String),
      );
      expect(
        JSON.stringify(schemas.TestUpdateOrderBodyDto.properties.actionType),
      ).toMatch(/ActionType|100001/);
    });
  },
);

import { type BuiltDemo, buildDemo } from './cluster/support/build-demo';
import { DemoProcess } from './cluster/support/demo-process';

/** The sandbox's seeded order (README quick start). */
async function cancelSeededOrder(demo: DemoProcess): Promise<number> {
  const response = await fetch(
    `${demo.url}/logistics/orders/DEMO-ORDER-1/cancel`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deliveryId: 'TEST', waybillId: 'DEMO-WAYBILL-1' }),
    },
  );
  await response.text();
  return response.status;
}

/** Lines the demo printed, once its output has settled after a request. */
async function settledOutput(demo: DemoProcess): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return demo.output.filter((line) => line.trim() !== '');
}

describe('the demo’s production logging (LOG_LEVEL, LOG_FORMAT), as `node main.js` runs it', () => {
  let build: BuiltDemo;
  beforeAll(() => {
    build = buildDemo();
  });
  afterAll(() => build?.remove());

  it('prints log, warn and error by default: no line per WeChat call, no colours', async () => {
    const demo = await DemoProcess.start(build, { NODE_ENV: 'production' });
    try {
      expect(await cancelSeededOrder(demo)).toBe(200);
      const output = await settledOutput(demo);
      expect(output.some((line) => /Listening on/.test(line))).toBe(true);
      expect(output.filter((line) => /DEBUG|WeChat call/.test(line))).toEqual(
        [],
      );
      // eslint-disable-next-line no-control-regex
      expect(output.filter((line) => /\u001b\[/.test(line))).toEqual([]);
    } finally {
      await demo.stop();
    }
  });

  it('starts in a few lines: where it listens, the platform, the mode and the docs; route mapping only at debug', async () => {
    const quiet = await DemoProcess.start(build, {});
    const chatty = await DemoProcess.start(build, { LOG_LEVEL: 'debug' });
    try {
      const startup = await settledOutput(quiet);
      expect(startup.filter((line) => /Mapped \{/.test(line))).toEqual([]);
      // The sandbox line, and the one that says where it listens.
      expect(startup).toHaveLength(2);
      expect(startup[1]).toMatch(
        /Listening on http:\/\/localhost:\d+ \(express, sandbox mode; API docs at http:\/\/localhost:\d+\/docs\)/,
      );
      const debug = await settledOutput(chatty);
      expect(
        debug.filter((line) => /DEBUG.*Mapped \{/.test(line)).length,
      ).toBeGreaterThan(10);
    } finally {
      await Promise.all([quiet.stop(), chatty.stop()]);
    }
  });

  it('LOG_LEVEL=debug adds one line per WeChat call, the token fetch included', async () => {
    const demo = await DemoProcess.start(build, { LOG_LEVEL: 'debug' });
    try {
      expect(await cancelSeededOrder(demo)).toBe(200);
      const calls = (await settledOutput(demo)).filter((line) =>
        /WeChat call/.test(line),
      );
      expect(calls).toHaveLength(2);
      expect(calls[0]).toMatch(/DEBUG.*api=auth\.getStableAccessToken/);
      expect(calls[1]).toMatch(/DEBUG.*api=logistics\.cancelOrder/);
    } finally {
      await demo.stop();
    }
  });

  it('LOG_FORMAT=json prints one JSON object per line, every line, with level, context and message', async () => {
    const demo = await DemoProcess.start(build, {
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
    });
    try {
      expect(await cancelSeededOrder(demo)).toBe(200);
      const output = await settledOutput(demo);
      expect(output.length).toBeGreaterThan(3);
      const entries = output.map(
        (line) => JSON.parse(line) as Record<string, unknown>,
      );
      for (const entry of entries) {
        expect(entry).toMatchObject({
          level: expect.any(String),
          message: expect.any(String),
        });
      }
      expect(entries).toContainEqual(
        expect.objectContaining({
          level: 'debug',
          context: 'WechatLogistics',
          message: expect.stringMatching(
            /^WeChat call api=logistics\.cancelOrder/,
          ),
        }),
      );
      expect(entries).toContainEqual(
        expect.objectContaining({
          level: 'log',
          message: expect.stringMatching(/^Listening on/),
        }),
      );
    } finally {
      await demo.stop();
    }
  });

  it('refuses a LOG_LEVEL or LOG_FORMAT it does not know, naming the variable', async () => {
    await expect(
      DemoProcess.start(build, { LOG_LEVEL: 'loud' }, 10_000),
    ).rejects.toThrow(
      /LOG_LEVEL must be one of error, warn, log, debug, verbose/,
    );
    await expect(
      DemoProcess.start(build, { LOG_FORMAT: 'xml' }, 10_000),
    ).rejects.toThrow(/LOG_FORMAT must be 'text' or 'json'/);
  });
});

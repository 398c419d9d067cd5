import { type PathUpdateEvent } from '../../push/path-update-event';
import { pushJobId } from './push-job-id';

const event = (deliveryId: string, waybillId: string, version: number) =>
  ({ deliveryId, waybillId, version }) as PathUpdateEvent;

describe('pushJobId', () => {
  it('is one id per app, delivery, waybill and version', () => {
    const id = pushJobId({
      appId: 'wx1',
      event: event('SF', 'W1', 3),
      mode: 'safe',
      format: 'xml',
    });
    expect(id).toBe('wx1|SF|W1|3');
    // Mode and format are how it travelled, not which event it is.
    expect(
      pushJobId({
        appId: 'wx1',
        event: event('SF', 'W1', 3),
        mode: 'plain',
        format: 'json',
      }),
    ).toBe(id);
    expect(
      pushJobId({
        appId: 'wx2',
        event: event('SF', 'W1', 3),
        mode: 'safe',
        format: 'xml',
      }),
    ).not.toBe(id);
    expect(
      pushJobId({
        appId: 'wx1',
        event: event('SF', 'W1', 4),
        mode: 'safe',
        format: 'xml',
      }),
    ).not.toBe(id);
  });

  it("never holds the ':' BullMQ refuses, and a '|' inside a part cannot fake another event's id", () => {
    const colon = pushJobId({
      appId: undefined,
      event: event('A:B', 'W:1', 1),
      mode: 'safe',
      format: 'xml',
    });
    expect(colon).not.toContain(':');
    expect(
      pushJobId({
        appId: 'a|b',
        event: event('c', 'd', 1),
        mode: 'safe',
        format: 'xml',
      }),
    ).not.toBe(
      pushJobId({
        appId: 'a',
        event: event('b|c', 'd', 1),
        mode: 'safe',
        format: 'xml',
      }),
    );
  });
});

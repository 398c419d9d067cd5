import { isRfc3339, toRfc3339 } from './rfc3339-time';

describe('toRfc3339', () => {
  it('sends a Date in Beijing time with an explicit offset, without a zero millisecond part', () => {
    expect(toRfc3339(new Date('2023-11-15T02:00:00.000Z'))).toBe(
      '2023-11-15T10:00:00+08:00',
    );
  });

  it('keeps milliseconds that are not zero, so two uploads within a second still increase', () => {
    expect(toRfc3339(new Date('2023-11-15T02:00:00.120Z'))).toBe(
      '2023-11-15T10:00:00.120+08:00',
    );
  });

  it('crosses midnight into the next Beijing day', () => {
    expect(toRfc3339(new Date('2023-12-31T16:30:00Z'))).toBe(
      '2024-01-01T00:30:00+08:00',
    );
  });

  it('sends a Z time in Beijing time, and a time with a numeric offset exactly as given', () => {
    expect(toRfc3339('2023-11-15T02:00:00Z')).toBe('2023-11-15T10:00:00+08:00');
    expect(toRfc3339('2023-11-15T10:00:00.5-05:00')).toBe(
      '2023-11-15T10:00:00.5-05:00',
    );
  });
});

describe('isRfc3339', () => {
  it('knows the calendar and the clock', () => {
    expect(isRfc3339('2024-02-29T00:00:00+08:00')).toBe(true);
    expect(isRfc3339('2023-02-29T00:00:00+08:00')).toBe(false);
    expect(isRfc3339('2023-04-31T00:00:00+08:00')).toBe(false);
    expect(isRfc3339('2023-13-01T00:00:00+08:00')).toBe(false);
    expect(isRfc3339('2023-11-15T10:60:00+08:00')).toBe(false);
    expect(isRfc3339('2023-11-15T10:00:00+24:00')).toBe(false);
  });
});

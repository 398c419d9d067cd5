import { closestName } from './closest-name';

const MODULE_KEYS = [
  'appId',
  'appSecret',
  'timeoutMs',
  'tokenStoreTimeoutMs',
  'retry',
  'push',
  'pushToken',
];

describe('closestName', () => {
  it.each([
    ['timeoutMS', 'timeoutMs', 'the same letters in another case'],
    ['appid', 'appId', 'the same letters in another case'],
    ['pushTken', 'pushToken', 'a letter dropped'],
    ['timeouttMs', 'timeoutMs', 'a letter added'],
    ['tiemoutMs', 'timeoutMs', 'two letters swapped'],
    ['appSecert', 'appSecret', 'two letters swapped'],
    ['timeutMS', 'timeoutMs', 'a letter dropped, in another case'],
    ['retyr', 'retry', 'two letters swapped in a short name'],
    ['timeout', 'timeoutMs', 'the unit left off'],
  ])('finds %s → %s (%s)', (typo, meant) => {
    expect(closestName(typo, MODULE_KEYS)).toBe(meant);
  });

  it.each(['secret', 'retries', 'logger', 'x', 'pull'])(
    'suggests nothing for %s, which is close to no option',
    (name) => {
      expect(closestName(name, MODULE_KEYS)).toBeUndefined();
    },
  );

  it('prefers the fewest edits when several names are close', () => {
    expect(closestName('pushTokn', MODULE_KEYS)).toBe('pushToken');
    expect(closestName('pusj', MODULE_KEYS)).toBe('push');
  });
});

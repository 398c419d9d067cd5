import { runInThisContext } from 'node:vm';

/** The prototypes a pollution would land on, in the test's context and in Node's main one. */
const PROTOTYPES: object[] = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  runInThisContext('Object.prototype') as object,
];
const ownNames = (target: object) =>
  Object.getOwnPropertyNames(target).sort().join(',');
const PRISTINE = PROTOTYPES.map(ownNames);

/** Fails when any built-in prototype gained, lost or had overwritten a property since this module loaded. */
export function expectPrototypesUntouched(): void {
  expect(PROTOTYPES.map(ownNames)).toEqual(PRISTINE);
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(typeof probe.toString).toBe('function');
  expect(typeof probe.hasOwnProperty).toBe('function');
  expect(typeof probe.constructor).toBe('function');
}

/**
 * Which `order_status` a return waybill may move to from which (reference
 * §3.8; inference, nothing is documented): the main line 0 → 1 → 2 → 3 → 4
 * one step at a time, and the side exits — 5 exception or 13 returning to
 * sender while moving, 6 signed by proxy when out for delivery, 7 pick-up
 * failed or 11 cancelled before pick-up, 8 delivery failed when out for
 * delivery, 14 once it is back with the sender. 99 (unknown) from anywhere.
 */
const NEXT: Readonly<Record<number, readonly number[]>> = {
  0: [1, 7, 11],
  1: [2, 5, 13],
  2: [3, 5, 13],
  3: [4, 5, 6, 8, 13],
  5: [2, 3, 13],
  8: [13],
  13: [14],
};

export function mayAdvance(from: number, to: number): boolean {
  return to === 99 || (NEXT[from] ?? []).includes(to);
}

/**
 * How many keys `for…in` finds on `x`: its own enumerable ones, and any it inherits. Counting
 * this way builds no list, unlike `Object.keys`, and runs once per claim or more.
 *
 * @example
 * keyCount({ ukraine: { value: 390 }, russia: { value: 390 } }); // => 2
 * keyCount(undefined); // => 0
 */
export function keyCount(x: object | undefined): number {
  let count = 0;
  for (const _ in x) count++;
  return count;
}

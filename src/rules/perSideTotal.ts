import type { PerSide, QuantityBody } from "../corpus/value.js";

/**
 * The total a per-side figure stands for, when it can be written as one quantity: `each` times
 * the number of parties, or the sum of `bySide`; approximate when any part is.
 *
 * @example
 * perSideTotal({ kind: "per-side", each: { value: 1000 } }, ["ukraine", "russia"]); // => { value: 2000 }
 */
export function perSideTotal(perSide: PerSide, parties: readonly string[]): QuantityBody | undefined {
  const { each, bySide } = perSide;
  const bodies = each ? parties.map(() => each) : Object.values(bySide ?? {});
  if (bodies.length === 0) return undefined;
  const sum = (pick: (body: QuantityBody) => number | undefined): number | undefined => {
    let total = 0;
    for (const body of bodies) {
      const n = pick(body);
      if (n === undefined) return undefined;
      total += n;
    }
    return total;
  };
  const approx = bodies.some((body) => body.approx);
  const unit = bodies[0]?.unit;
  const total: QuantityBody = {};
  const value = sum((body) => body.value);
  if (value !== undefined) total.value = value;
  else {
    const min = sum((body) => body.min ?? body.value);
    const max = sum((body) => body.max ?? body.value);
    if (min === undefined && max === undefined) return undefined;
    if (min !== undefined) total.min = min;
    if (max !== undefined) total.max = max;
  }
  if (approx) total.approx = true;
  if (unit !== undefined) total.unit = unit;
  return total;
}

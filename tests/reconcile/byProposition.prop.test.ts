import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Claim } from "../../src/index.js";
import { compareText } from "../../src/internal/textTable.js";
import { byProposition, byTimeline, sortTimeline } from "../../src/reconcile/byProposition.js";

// Few moments and short ids, so ties on the moment (broken by id) are common; long lists take
// the typed-array path.
const claimLike = fc.record({
  id: fc.string({ minLength: 1, maxLength: 3 }),
  moment: fc.integer({ min: 0, max: 4 }).map((day) => Date.UTC(2025, 0, 1 + day)),
  subject: fc.constantFrom("s1", "s2", "s3"),
  attribute: fc.constantFrom("a", "b"),
});
const claims = fc.array(claimLike, { maxLength: 120 }).map((list) => list as unknown as Claim[]);

test.prop([claims])("sortTimeline orders by moment, then id, whatever the length", (list) => {
  const sorted = [...list];
  sortTimeline(sorted);
  expect(sorted.map((claim) => [claim.moment, claim.id])).toEqual(
    [...list].sort(byTimeline).map((claim) => [claim.moment, claim.id]),
  );
});

// Many subjects and attributes for few claims: more (subject, attribute) pairs than a table serves.
const sparseClaims = fc
  .array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      moment: fc.constant(0),
      subject: fc.string({ maxLength: 3 }),
      attribute: fc.string({ maxLength: 3 }),
    }),
    { maxLength: 40 },
  )
  .map((list) => list as unknown as Claim[]);

test.prop([fc.oneof(claims, sparseClaims)])(
  "byProposition puts every claim in the list of its subject and attribute, subjects and attributes in order",
  (list) => {
    const { count, order, starts } = byProposition(list);
    const lists = Array.from({ length: count }, (_, p) =>
      Array.from(order.subarray(starts[p], starts[p + 1]), (index) => list[index] as Claim),
    );
    expect(lists.every((group) => group.length > 0)).toBe(true);
    expect(new Set(order).size).toBe(list.length);
    expect(lists.flat()).toHaveLength(list.length);
    const keys = lists.map((group) => [group[0]?.subject ?? "", group[0]?.attribute ?? ""]);
    const byKey = (a: string[], b: string[]): number =>
      compareText(a[0] as string, b[0] as string) || compareText(a[1] as string, b[1] as string);
    expect(keys).toEqual([...keys].sort(byKey));
    expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(keys.length);
    for (const group of lists) {
      expect(new Set(group.map((claim) => `${claim.subject}\u0000${claim.attribute}`)).size).toBe(1);
    }
  },
);

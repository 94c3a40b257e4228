import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Claim } from "../../src/index.js";
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
  const sorted = sortTimeline([...list]);
  expect(sorted.map((claim) => [claim.moment, claim.id])).toEqual([...list].sort(byTimeline).map((claim) => [claim.moment, claim.id]));
});

test.prop([claims])("byProposition puts every claim in the list of its subject and attribute, subjects and attributes in order", (list) => {
  const lists = byProposition(list);
  expect(lists.flat()).toHaveLength(list.length);
  const keys = lists.map((group) => [group[0]?.subject, group[0]?.attribute].join("\u0000"));
  expect(keys).toEqual([...new Set(keys)].sort());
  for (const group of lists) {
    expect(new Set(group.map((claim) => `${claim.subject}\u0000${claim.attribute}`)).size).toBe(1);
  }
});

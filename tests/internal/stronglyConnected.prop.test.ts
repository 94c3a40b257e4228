import { fc, test } from "@fast-check/vitest";
import { expect, test as plain } from "vitest";
import { stronglyConnected } from "../../src/internal/stronglyConnected.js";

/** Every node `from` reaches, by a search over the whole graph: the reference. */
function reach(edges: ReadonlyMap<string, readonly string[]>, from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [...(edges.get(from) ?? [])];
  while (todo.length > 0) {
    const node = todo.pop() as string;
    if (seen.has(node)) continue;
    seen.add(node);
    todo.push(...(edges.get(node) ?? []));
  }
  return seen;
}

const graphArb = fc
  .array(fc.tuple(fc.nat({ max: 9 }), fc.array(fc.nat({ max: 11 }), { maxLength: 3 })), { maxLength: 10 })
  .map((entries) => new Map(entries.map(([node, targets]) => [`n${node}`, targets.map((target) => `n${target}`)])));

test.prop([graphArb])(
  "two nodes share a part exactly when each reaches the other; lone nodes are left out",
  (edges) => {
    const parts = stronglyConnected(edges);
    const partOf = new Map<string, number>();
    parts.forEach((part, index) => {
      expect(part.length).toBeGreaterThan(1);
      for (const node of part) {
        expect(partOf.has(node)).toBe(false);
        partOf.set(node, index);
      }
    });
    const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flat()])];
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const together = partOf.has(a) && partOf.get(a) === partOf.get(b);
        expect(together).toBe(reach(edges, a).has(b) && reach(edges, b).has(a));
      }
    }
  },
);

plain("a chain of 20,000 links closed into a ring is one part, found without deep recursion", () => {
  const size = 20_000;
  const edges = new Map(Array.from({ length: size }, (_, i) => [`c${i}`, [`c${(i + 1) % size}`, "c0"]] as const));
  const parts = stronglyConnected(edges);
  expect(parts.map((part) => part.length)).toEqual([size]);
});

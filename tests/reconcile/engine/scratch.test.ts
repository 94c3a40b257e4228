import { expect, test } from "vitest";
import { Scratch } from "../../../src/reconcile/engine/scratch.js";

// Scratch names each working array twice, where it is declared and where fit makes it anew: a
// list left out of fit would keep its old length, and writes past it are silently dropped.
test("fit makes room in every per-claim working array", () => {
  const scratch = new Scratch();
  scratch.fit(1000);
  const short = Object.entries(scratch)
    .filter(([name, value]) => ArrayBuffer.isView(value) && name !== "links" && (value as Int32Array).length < 1000)
    .map(([name]) => name);
  expect(short).toEqual([]);
});

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { outputList } from "../../../src/reconcile/engine/outputList.js";

test.prop([fc.nat(40)])("an output list has the slots asked for, each empty, and is a list of its own", (count) => {
  const list = outputList<string>(count);
  expect(list.length).toBe(count);
  for (let k = 0; k < count; k++) expect(list[k]).toBeUndefined();
  expect(outputList<string>(count)).not.toBe(list);
});

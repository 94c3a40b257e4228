import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { jsonChunks } from "../../src/cli/output.js";
import { reconcile } from "../../src/index.js";
import { corpusArb } from "../../src/testing/index.js";

test.prop([corpusArb(), fc.option(fc.constantFrom("2025-05-16", "2025-07-23"), { nil: undefined })])(
  "a reconciliation written in pieces is JSON.stringify's text, piece by piece",
  (corpus, asOf) => {
    const picture = reconcile(corpus, asOf === undefined ? {} : { asOf });
    expect([...jsonChunks(picture)].join("")).toBe(`${JSON.stringify(picture, null, 2)}\n`);
  },
);

test.prop([
  fc
    .jsonValue()
    .filter(
      (value): value is Record<string, fc.JsonValue> =>
        typeof value === "object" && value !== null && !Array.isArray(value),
    ),
])("any JSON object, with or without a list of propositions", (value) => {
  expect([...jsonChunks(value)].join("")).toBe(`${JSON.stringify(value, null, 2)}\n`);
  const listed = { ...value, propositions: [value, [], {}] };
  expect([...jsonChunks(listed)].join("")).toBe(`${JSON.stringify(listed, null, 2)}\n`);
});

import { fc, test } from "@fast-check/vitest";
import { expect, test as plain } from "vitest";
import type { z } from "zod";
import { ActorInput, ClaimInput, SideInput, SourceInput } from "../../src/index.js";
import { salvage } from "../../src/parse/salvage.js";
import { corpusInputArb } from "../../src/testing/index.js";

// Elements of a valid corpus, some fields broken: of the rest, salvage must keep every one.
const broken = fc.oneof(
  fc.constant(undefined),
  fc.constant(""),
  fc.constant(7),
  fc.constant(["x", 7]),
  fc.constant("16 May 2025"),
  fc.constant({ kind: "number" }),
);
const elementArb = fc
  .tuple(
    corpusInputArb({ maxClaims: 3 }),
    fc.nat(),
    fc.constantFrom("sides", "actors", "sources", "claims"),
    fc.array(fc.tuple(fc.nat(), broken), { maxLength: 3 }),
  )
  .map(([corpus, pick, collection, breaks]) => {
    const list = corpus[collection] as Record<string, unknown>[];
    const element = { ...(list[pick % list.length] as Record<string, unknown>) };
    const schema = { sides: SideInput, actors: ActorInput, sources: SourceInput, claims: ClaimInput }[
      collection
    ] as z.ZodObject;
    const keys = Object.keys(schema.shape);
    for (const [at, value] of breaks) element[keys[at % keys.length] as string] = value;
    return { schema, element };
  });

test.prop([elementArb])(
  "salvage keeps exactly the fields that parse alone, as they parse; of a whole element, all of it",
  ({ schema, element }) => {
    const parts: Record<string, unknown> = salvage(schema, element);
    const whole = schema.safeParse(element);
    if (whole.success) expect(parts).toEqual(whole.data);
    for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
      const alone = field.safeParse(element[key]);
      if (alone.success) expect(parts[key]).toEqual(alone.data);
      // Of a list of names with a bad entry (aliases, supersedes), the good entries stay.
      else if (key in parts) expect([key, parts[key]]).toEqual([key, ["x"]]);
    }
  },
);

plain("an actor with one bad alias keeps the others", () => {
  expect(salvage(ActorInput, { id: "umerov", side: 1, aliases: ["Umjerow", 7, "Умєров"] })).toEqual({
    id: "umerov",
    aliases: ["Umjerow", "Умєров"],
  });
});

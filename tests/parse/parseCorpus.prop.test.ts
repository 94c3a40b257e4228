import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseCorpus } from "../../src/index.js";
import { smallCorpus } from "../fixtures.js";

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
// Texts written as ISO dates or date-times, most of them impossible: month 13, day 32, hour 25.
const isoShaped = fc
  .tuple(
    fc.integer({ min: 1000, max: 2999 }),
    two(19),
    two(39),
    fc.option(fc.tuple(two(29), two(69), fc.constantFrom("", "Z", "+03:00", "x")), { nil: undefined }),
  )
  .map(
    ([year, month, day, time]) =>
      `${year}-${month}-${day}${time === undefined ? "" : `T${time[0]}:${time[1]}${time[2]}`}`,
  );

test.prop([isoShaped, fc.constantFrom("en", "nl", "de", "uk", "ru", "tr")])(
  "a stated written as an ISO date is judged alike whether or not its source is known",
  (stated, language) => {
    const verdict = (source: string) => {
      const input = smallCorpus();
      input.sources[0] = { ...input.sources[0], id: "s", language } as (typeof input.sources)[0];
      input.claims[0] = { ...input.claims[0], source, stated } as (typeof input.claims)[0];
      const result = parseCorpus(input);
      return (result.ok ? [] : result.errors)
        .filter((error) => error.path.join() === "claims,0,stated")
        .map((error) => error.code);
    };
    expect(verdict("nowhere")).toEqual(verdict("s"));
  },
);

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseMoment } from "../../src/corpus/moment.js";
import { MomentCache } from "../../src/parse/momentCache.js";

// A few texts, dates and not, so most reads repeat one already cached or the one just read.
const text = fc.constantFrom(
  "2025-05-16",
  "2025-02-29",
  "2024-02-29",
  "2025-12-11T10:00:00+03:00",
  "16 May",
  "",
  "2025-13-01",
);

test.prop([fc.array(text, { maxLength: 40 })])(
  "a cache reads every text as parseMoment does, however often it is asked",
  (texts) => {
    const moments = new MomentCache();
    for (const t of texts) expect(moments.read(t)).toBe(parseMoment(t));
  },
);

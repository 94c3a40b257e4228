import { describe, expect, test } from "vitest";
import { type CorpusInput, type IssueCode, parseCorpus } from "../../src/index.js";
import { smallCorpus } from "../fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: these tests write values of any shape where the schema wants one, to see each rejected.
type Mutable = { -readonly [K in keyof CorpusInput]: any };

describe("parseCorpus on a valid corpus", () => {
  test("resolves speakers, sides, moments and attribute behaviour", () => {
    const result = parseCorpus(smallCorpus());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second, third] = result.corpus.claims;
    expect(first).toMatchObject({ id: "umerov-1000", speaker: "umerov", side: "ukraine", stated: "2025-05-16" });
    expect(first?.moment).toBe(Date.UTC(2025, 4, 16));
    expect(first?.parties).toEqual(["ukraine", "russia"]);
    expect(first?.changes).toBe("never");
    expect(second?.speaker).toBe("umerov");
    expect(second?.stated).toBe("2025-05-23T18:12:00+03:00");
    expect(second?.moment).toBe(Date.UTC(2025, 4, 23, 15, 12));
    expect(third).toMatchObject({ speaker: "zelenskyy", changes: "over-time", stance: "asserts" });
  });

  test("resolved corpora survive a JSON round trip", () => {
    const result = parseCorpus(smallCorpus());
    expect(result.ok && JSON.parse(JSON.stringify(result.corpus))).toEqual(result.ok && result.corpus);
  });

  test("matches names case- and diacritic-insensitively", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].speaker = "UMJEROW";
    input.claims[1].speaker = "умєров";
    input.claims[2].speaker = "Hakan FİDAN";
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims.map((claim) => claim.speaker)).toEqual(["umerov", "umerov", "fidan"]);
  });

  test("resolves other spellings and scripts by name key when no alias matches", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].speaker = "Umierov";
    input.claims[1].speaker = "Умеров";
    input.claims[2].speaker = "Zelensky";
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims.map((claim) => claim.speaker)).toEqual(["umerov", "umerov", "zelenskyy"]);
  });

  test("a speaker or relay taken by spelling alone is a warning, once per name, at its first use", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].speaker = "Umierov";
    input.claims[1].speaker = "Umierov";
    input.claims[2].via = "Zelensky";
    const result = parseCorpus(input);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: ["claims", 0, "speaker"],
        code: "speaker_by_name_key",
        message:
          '"Umierov" was taken for umerov (Rustem Umerov) by spelling alone (used 2 times); add it to the actor\'s aliases if that is right',
        given: "Umierov",
        actor: "umerov",
        uses: 2,
      },
      {
        path: ["claims", 2, "via"],
        code: "speaker_by_name_key",
        message:
          '"Zelensky" was taken for zelenskyy (Volodymyr Zelenskyy) by spelling alone; add it to the actor\'s aliases if that is right',
        given: "Zelensky",
        actor: "zelenskyy",
        uses: 1,
      },
    ]);
  });

  test("names that match ignoring case and diacritics need no warning; a rejected corpus keeps its warnings", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].speaker = "UMJEROW";
    input.claims[2].speaker = "Hakan FİDAN";
    expect(parseCorpus(input).warnings).toEqual([]);
    input.claims[1].speaker = "Umierov";
    input.claims[2].source = "nowhere";
    const result = parseCorpus(input);
    expect(result.ok).toBe(false);
    expect(result.warnings.map((warning) => warning.path)).toEqual([["claims", 1, "speaker"]]);
  });

  test("different people stay apart: a near name is unknown, with the nearest actors suggested", () => {
    const input = smallCorpus() as Mutable;
    input.actors.push({ id: "zelenska", name: "Olena Zelenska", side: "ukraine" });
    input.claims[0].speaker = "Zelenska";
    input.claims[1].speaker = "Peskov";
    const result = parseCorpus(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["claims", 1, "speaker"], "unknown_speaker"],
    ]);
  });

  test("a name key that fits two actors is ambiguous, never a silent pick", () => {
    const input = smallCorpus() as Mutable;
    input.actors.push({ id: "umerov-2", name: "Rustam Umerow", side: "russia", aliases: ["Umierow"] });
    input.claims[0].speaker = "Umjerov";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.objectContaining({ path: ["claims", 0, "speaker"], code: "ambiguous_alias" }),
    );
  });

  test("reads values and dates written as words, in the source's language, and keeps the words", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].value = { text: "1000 gevangenen uit te wisselen voor 1000 gevangenen" };
    input.claims[2].stated = "am 11. Dezember";
    input.claims[2].value = { text: "1200 Gefangenen" };
    const result = parseCorpus(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, , third] = result.corpus.claims;
    expect(first?.value).toEqual({ kind: "per-side", each: { value: 1000, unit: "prisoner" } });
    expect(first?.valueText).toBe("1000 gevangenen uit te wisselen voor 1000 gevangenen");
    expect(third).toMatchObject({ stated: "2025-12-11", statedText: "am 11. Dezember", valueText: "1200 Gefangenen" });
    expect(third?.moment).toBe(Date.UTC(2025, 11, 11));
    expect(third?.value).toEqual({ kind: "quantity", value: 1200, unit: "prisoner" });
  });

  test("a figure read from digits whose shape often means something else is a figure_shape warning, not an error", () => {
    const input = smallCorpus() as Mutable;
    input.claims[1].value = { text: "1.200 prisoners" };
    input.claims[2].value = { text: "350 000 Menschen" };
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims.map((claim) => claim.value)).toEqual([
      { kind: "per-side", each: { value: 1000, unit: "person" } },
      { kind: "quantity", value: 1.2, unit: "prisoner" },
      { kind: "quantity", value: 350_000, unit: "person" },
    ]);
    expect(result.warnings).toEqual([
      {
        path: ["claims", 1, "value", "text"],
        code: "figure_shape",
        message:
          '"1.200" in "1.200 prisoners" was read as 1.2 ("." marks decimals in en); it is 1200 where "." groups thousands: ' +
          "give a tagged value or write the figure without that doubt",
        figure: "1.200",
        language: "en",
      },
      {
        path: ["claims", 2, "value", "text"],
        code: "figure_shape",
        message:
          '"350 000" in "350 000 Menschen" was read as one number, 350000 (de groups digits with a space); it is 2 numbers (350, 000) ' +
          "where the space separates them: give a tagged value if so",
        figure: "350 000",
        language: "de",
      },
    ]);
  });

  test("a grouping the source's language uses is no figure_shape warning: 1,200 in English, 1.200 in German", () => {
    const input = smallCorpus() as Mutable;
    input.claims[1].value = { text: "1,200 prisoners" };
    input.claims[2].value = { text: "1.200 Gefangene" };
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims.slice(1).map((claim) => claim.value)).toEqual([
      { kind: "quantity", value: 1200, unit: "prisoner" },
      { kind: "quantity", value: 1200, unit: "prisoner" },
    ]);
    expect(result.warnings).toEqual([]);
  });

  test("figure_shape warnings sit in input order among the speaker warnings", () => {
    const input = smallCorpus() as Mutable;
    input.claims[1].value = { text: "1.200 prisoners" };
    input.claims[2].speaker = "Zelensky";
    input.claims[0].speaker = "Umierov";
    expect(parseCorpus(input).warnings.map((warning) => [warning.path, warning.code])).toEqual([
      [["claims", 0, "speaker"], "speaker_by_name_key"],
      [["claims", 1, "value", "text"], "figure_shape"],
      [["claims", 2, "speaker"], "speaker_by_name_key"],
    ]);
  });

  test("a figure's words may name the sides: side names and aliases say whose figure is whose", () => {
    const input = smallCorpus() as Mutable;
    input.sides[0].aliases = ["Ukrainians", "українців"];
    input.sides[1].aliases = ["Russians", "росіян"];
    input.sources[0].language = "uk";
    input.claims[0].value = { text: "1000 українців на 800 росіян" };
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims[0]?.value).toEqual({
      kind: "per-side",
      bySide: { ukraine: { value: 1000 }, russia: { value: 800 } },
    });
    expect(result.ok && result.corpus.sides[0]?.aliases).toEqual(["Ukrainians", "українців"]);
  });

  test("a side alias of several words names the side in a figure's words", () => {
    const input = smallCorpus() as Mutable;
    input.sides[0].aliases = ["Ukrainians"];
    input.sides[1].aliases = ["North Koreans"];
    input.claims[1].value = { text: "1,000 Ukrainians for 800 North Koreans" };
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.corpus.claims[1]?.value).toEqual({
      kind: "per-side",
      bySide: { ukraine: { value: 1000 }, russia: { value: 800 } },
    });
  });

  test("a side name of several words names the side in a figure's words", () => {
    const input = smallCorpus() as Mutable;
    input.sides[1] = { id: "db", name: "Deutsche Bahn", role: "party" };
    input.actors[2].side = "db";
    input.claims[2].value = { text: "1000 Deutsche Bahn gegen 800 Ukraine" };
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.corpus.claims[2]?.value).toEqual({
      kind: "per-side",
      bySide: { db: { value: 1000 }, ukraine: { value: 800 } },
    });
  });

  test("words that cannot be read are reported at their path", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].value = { text: "a great many" };
    input.claims[2].stated = "neulich";
    input.claims[1].value = { text: "" };
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["claims", 0, "value", "text"], "unreadable_text"],
      [["claims", 1, "value", "text"], "invalid_value"],
      [["claims", 2, "stated"], "invalid_date"],
    ]);
  });

  test("accepts and ignores $schema", () => {
    expect(parseCorpus({ $schema: "./corpus.schema.json", ...smallCorpus() }).ok).toBe(true);
  });

  test("a claim's side overrides its speaker's", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].side = "russia";
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims[0]?.side).toBe("russia");
  });
});

const table: { name: string; mutate: (input: Mutable) => void; code: IssueCode; path: (string | number)[] }[] = [
  {
    name: "unknown speaker",
    mutate: (c) => (c.claims[0].speaker = "Umarov"),
    code: "unknown_speaker",
    path: ["claims", 0, "speaker"],
  },
  {
    name: "unknown source",
    mutate: (c) => (c.claims[0].source = "nos"),
    code: "unknown_source",
    path: ["claims", 0, "source"],
  },
  {
    name: "unknown relay",
    mutate: (c) => (c.claims[0].via = "nobody"),
    code: "unknown_actor",
    path: ["claims", 0, "via"],
  },
  {
    name: "unknown claim side",
    mutate: (c) => (c.claims[0].side = "usa"),
    code: "unknown_side",
    path: ["claims", 0, "side"],
  },
  {
    name: "unknown actor side",
    mutate: (c) => (c.actors[0].side = "usa"),
    code: "unknown_side",
    path: ["actors", 0, "side"],
  },
  {
    name: "alias shared by two actors",
    mutate: (c) => c.actors[2].aliases.push("Oemerov"),
    code: "ambiguous_alias",
    path: ["actors", 2, "aliases", 1],
  },
  {
    name: "ambiguous speaker",
    mutate: (c) => {
      c.actors[2].aliases.push("Oemerov");
      c.claims[0].speaker = "oemerov";
    },
    code: "ambiguous_alias",
    path: ["claims", 0, "speaker"],
  },
  {
    name: "duplicate claim id",
    mutate: (c) => (c.claims[1].id = "umerov-1000"),
    code: "duplicate_id",
    path: ["claims", 1, "id"],
  },
  {
    name: "duplicate side id",
    mutate: (c) => c.sides.push({ id: "russia" }),
    code: "duplicate_id",
    path: ["sides", 3, "id"],
  },
  {
    name: "min greater than max",
    mutate: (c) => (c.claims[1].value = { kind: "quantity", min: 25, max: 18 }),
    code: "min_greater_than_max",
    path: ["claims", 1, "value", "min"],
  },
  {
    name: "negative count",
    mutate: (c) => (c.claims[1].value = { kind: "quantity", value: -390 }),
    code: "negative_count",
    path: ["claims", 1, "value", "value"],
  },
  {
    name: "non-finite count",
    mutate: (c) => (c.claims[1].value = { kind: "quantity", value: Number.NaN }),
    code: "not_finite",
    path: ["claims", 1, "value", "value"],
  },
  {
    name: "negative count inside per-side",
    mutate: (c) => (c.claims[0].value = { kind: "per-side", each: { value: -1 } }),
    code: "negative_count",
    path: ["claims", 0, "value", "each", "value"],
  },
  {
    name: "value and range together",
    mutate: (c) => (c.claims[1].value = { kind: "quantity", value: 390, min: 300 }),
    code: "value_and_range",
    path: ["claims", 1, "value"],
  },
  {
    name: "empty quantity",
    mutate: (c) => (c.claims[1].value = { kind: "quantity", unit: "person" }),
    code: "empty_quantity",
    path: ["claims", 1, "value"],
  },
  {
    name: "bad stated date",
    mutate: (c) => (c.claims[2].stated = "2025-12-32"),
    code: "invalid_date",
    path: ["claims", 2, "stated"],
  },
  {
    name: "bad published date",
    mutate: (c) => (c.sources[0].published = "16 May 2025"),
    code: "invalid_date",
    path: ["sources", 0, "published"],
  },
  {
    name: "bad date value",
    mutate: (c) => (c.claims[2].value = { kind: "date", value: "2025-02-29" }),
    code: "invalid_date",
    path: ["claims", 2, "value", "value"],
  },
  {
    name: "bad language tag",
    mutate: (c) => (c.sources[0].language = "dutch!"),
    code: "invalid_value",
    path: ["sources", 0, "language"],
  },
  {
    name: "supersedes points nowhere",
    mutate: (c) => (c.claims[1].supersedes = ["c0"]),
    code: "unknown_claim",
    path: ["claims", 1, "supersedes", 0],
  },
  {
    name: "supersedes itself",
    mutate: (c) => (c.claims[1].supersedes = ["umerov-390"]),
    code: "supersedes_self",
    path: ["claims", 1, "supersedes", 0],
  },
  {
    name: "supersedes another proposition",
    mutate: (c) => (c.claims[1].supersedes = ["umerov-1000"]),
    code: "supersedes_other_proposition",
    path: ["claims", 1, "supersedes", 0],
  },
  {
    name: "bySide names a non-party",
    mutate: (c) => (c.claims[0].value = { kind: "per-side", bySide: { ukraine: { value: 1 }, turkey: { value: 1 } } }),
    code: "per_side_sides",
    path: ["claims", 0, "value", "bySide"],
  },
  {
    name: "per-side with each and bySide",
    mutate: (c) =>
      (c.claims[0].value = {
        kind: "per-side",
        each: { value: 1 },
        bySide: { ukraine: { value: 1 }, russia: { value: 1 } },
      }),
    code: "per_side_shape",
    path: ["claims", 0, "value"],
  },
  {
    name: "per-side without parties",
    mutate: (c) => {
      for (const side of c.sides as { role: string }[]) side.role = "mediator";
    },
    code: "no_parties",
    path: ["claims", 0, "value"],
  },
  {
    name: "per-side sides in different units",
    mutate: (c) =>
      (c.claims[0].value = {
        kind: "per-side",
        bySide: { ukraine: { value: 1, unit: "person" }, russia: { value: 1, unit: "body" } },
      }),
    code: "mixed_units",
    path: ["claims", 0, "value", "bySide"],
  },
  {
    name: "unknown kind",
    mutate: (c) => (c.claims[0].value = { kind: "number", value: 1 }),
    code: "invalid_value",
    path: ["claims", 0, "value", "kind"],
  },
  {
    name: "unknown stance",
    mutate: (c) => (c.claims[0].stance = "doubts"),
    code: "invalid_value",
    path: ["claims", 0, "stance"],
  },
  {
    name: "unknown role",
    mutate: (c) => (c.sides[0].role = "ally"),
    code: "invalid_value",
    path: ["sides", 0, "role"],
  },
  {
    name: "unknown claim field",
    mutate: (c) => (c.claims[0].speeker = "x"),
    code: "unknown_key",
    path: ["claims", 0, "speeker"],
  },
  {
    name: "unknown top-level field",
    mutate: (c) => ((c as Record<string, unknown>)["claimz"] = []),
    code: "unknown_key",
    path: ["claimz"],
  },
  {
    name: "missing subject",
    mutate: (c) => delete c.claims[0].subject,
    code: "missing",
    path: ["claims", 0, "subject"],
  },
  { name: "claims not an array", mutate: (c) => (c.claims = {}), code: "invalid_type", path: ["claims"] },
  { name: "missing actors", mutate: (c) => delete c.actors, code: "missing", path: ["actors"] },
  { name: "empty id", mutate: (c) => (c.claims[0].id = ""), code: "invalid_value", path: ["claims", 0, "id"] },
  {
    name: "label of the wrong type",
    mutate: (c) => (c.claims[2].value = { kind: "label", value: 7 }),
    code: "invalid_type",
    path: ["claims", 2, "value", "value"],
  },
];

describe("parseCorpus on malformed corpora", () => {
  test.each(table)("$name → $code at $path", ({ mutate, code, path }) => {
    const input = smallCorpus() as Mutable;
    mutate(input);
    const result = parseCorpus(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ code, path }));
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(5);
  });

  test("a supersedes cycle is reported once, at one of its links, naming every claim in it", () => {
    const input = smallCorpus() as Mutable;
    input.claims[1].attribute = "agreed-size";
    input.claims[1].supersedes = ["umerov-1000"];
    input.claims[0].supersedes = ["umerov-390"];
    const result = parseCorpus(input);
    const cycles = result.ok ? [] : result.errors.filter((error) => error.code === "supersedes_cycle");
    expect(cycles).toHaveLength(1);
    expect([
      ["claims", 0, "supersedes", 0],
      ["claims", 1, "supersedes", 0],
    ]).toContainEqual(cycles[0]?.path);
    expect(cycles[0]?.message).toMatch(/umerov-1000.*umerov-390|umerov-390.*umerov-1000/);
  });

  test("two separate cycles are two issues; cycles that share a claim are one, with the count", () => {
    const claim = (id: string, supersedes: string[]) => ({ ...smallCorpus().claims[1], id, supersedes });
    const input = smallCorpus() as Mutable;
    input.claims = [
      claim("a", ["b"]),
      claim("b", ["a"]),
      claim("p", ["q"]),
      claim("q", ["p", "r"]),
      claim("r", ["s"]),
      claim("s", ["q"]),
    ];
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: ["claims", 1, "supersedes", 0],
        code: "supersedes_cycle",
        message: 'supersedes forms a cycle: "a" → "b" → "a"',
        claims: ["a", "b"],
        length: 2,
        count: 2,
      },
      {
        path: ["claims", 3, "supersedes", 0],
        code: "supersedes_cycle",
        message: 'supersedes forms a cycle: "p" → "q" → "p"; 4 claims in all are tied in cycles with it',
        claims: ["p", "q"],
        length: 2,
        count: 4,
      },
    ]);
  });

  test("every check that can run, runs: a claim with an unknown source still has its ISO date checked", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].source = "nowhere";
    input.claims[0].stated = "2025-16-06";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["claims", 0, "source"], "unknown_source"],
      [["claims", 0, "stated"], "invalid_date"],
    ]);
  });

  test("a claim with an unknown speaker still has its words read", () => {
    const input = smallCorpus() as Mutable;
    input.claims[1].speaker = "nobody";
    input.claims[1].value = { text: "a great many" };
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["claims", 1, "speaker"], "unknown_speaker"],
      [["claims", 1, "value", "text"], "unreadable_text"],
    ]);
  });

  test("a repeated claim id does not hide the claim's other problems", () => {
    const input = smallCorpus() as Mutable;
    input.claims[1].id = input.claims[0].id;
    input.claims[1].speaker = "nobody";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["claims", 1, "id"], "duplicate_id"],
      [["claims", 1, "speaker"], "unknown_speaker"],
    ]);
  });

  test("a source with a bad date is reported once, and its claims are still checked against it", () => {
    const input = smallCorpus() as Mutable;
    input.sources[2].published = "16 May 2025";
    input.claims.push(
      { ...input.claims[2], id: "words", stated: "am 11. Dezember", value: { text: "1200 Gefangenen" } },
      { ...input.claims[2], id: "bad-words", value: { text: "viele" } },
    );
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["sources", 2, "published"], "invalid_date"],
      [["claims", 4, "value", "text"], "unreadable_text"],
    ]);
  });

  test("an actor whose shape failed is still known by its id and its good names", () => {
    const input = smallCorpus() as Mutable;
    input.actors[0].aliases = ["Umjerow", 7];
    input.claims[1].speaker = "Umjerow";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["actors", 0, "aliases", 1], "invalid_type"],
    ]);
  });

  test("a side whose shape failed is still known, and per-side figures may name it or not", () => {
    const input = smallCorpus() as Mutable;
    input.sides.push({ id: "belarus", role: "ally" });
    input.actors.push({ id: "lukashenko", side: "belarus" });
    input.claims[0].value = {
      kind: "per-side",
      bySide: { ukraine: { value: 1 }, russia: { value: 1 }, belarus: { value: 1 } },
    };
    input.claims[1].side = "belarus";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["sides", 3, "role"], "invalid_value"],
    ]);
  });

  test("a claim whose shape failed still has its other fields checked, each once", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].stance = "doubts";
    input.claims[0].value = { text: "a great many" };
    input.claims[1].speaker = "";
    input.claims[1].source = "nowhere";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["claims", 0, "stance"], "invalid_value"],
      [["claims", 0, "value", "text"], "unreadable_text"],
      [["claims", 1, "speaker"], "invalid_value"],
      [["claims", 1, "source"], "unknown_source"],
    ]);
  });

  test("every repeat of a claim id names where the id first appeared", () => {
    const input = smallCorpus() as Mutable;
    const first = input.claims[0].id;
    input.claims.push({ ...input.claims[1], id: first }, { ...input.claims[2], id: first });
    const result = parseCorpus(input);
    const duplicates = result.ok ? [] : result.errors.filter((error) => error.code === "duplicate_id");
    expect(duplicates.map((error) => error.path)).toEqual([
      ["claims", input.claims.length - 2, "id"],
      ["claims", input.claims.length - 1, "id"],
    ]);
    for (const error of duplicates) expect(error.message).toContain(`first at claims[0]`);
  });

  test("a supersedes naming a claim whose shape failed is not also reported as unknown", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].value = { kind: "quantity", value: -1 };
    input.claims[1].attribute = input.claims[0].attribute;
    input.claims[1].supersedes = [input.claims[0].id];
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).not.toContain("unknown_claim");
    expect(result.ok).toBe(false);
  });

  test("reports every problem, not the first", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].speaker = "nobody";
    input.claims[1].value = { kind: "quantity", min: 5, max: 1 };
    input.claims[1].source = "nowhere";
    input.claims[2].stated = "yesterday";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual([
      "unknown_speaker",
      "min_greater_than_max",
      "unknown_source",
      "invalid_date",
    ]);
  });

  test("an unknown speaker's message suggests the nearest actors", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].speaker = "Umarov";
    const result = parseCorpus(input);
    expect(result.ok ? "" : result.errors[0]?.message).toContain("umerov (Rustem Umerov)");
  });

  test("a speaker far from every name gets no suggestion: Budanov is not Umerov", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].speaker = "Budanov";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: ["claims", 0, "speaker"],
        code: "unknown_speaker",
        message: 'No actor "Budanov"',
        given: "Budanov",
        nearest: [],
      },
    ]);
  });

  test("a source id with two digits swapped is suggested, by the same rule as names", () => {
    const input = smallCorpus() as Mutable;
    input.sources.push({ id: "dw-2024-01-21", outlet: "DW", published: "2024-01-21", language: "de" });
    input.claims[0].source = "dw-2024-01-12";
    input.claims[1].source = "Interfax-2025-05-32";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'No source "dw-2024-01-12"; did you mean "dw-2024-01-21"?',
      'No source "Interfax-2025-05-32"; did you mean "interfax-2025-05-23"?',
    ]);
  });

  test.each([null, 1, "corpus", [], true, undefined])("rejects %s without throwing", (input) => {
    const result = parseCorpus(input);
    expect(result.ok).toBe(false);
  });
});

describe("parseCorpus on input that changes, or will not be read", () => {
  test("a value read through a getter is read once: what was checked is what is kept", () => {
    const input = smallCorpus() as Mutable;
    let reads = 0;
    input.claims[1].value = {
      kind: "quantity",
      get value() {
        reads++;
        return reads === 1 ? 390 : -5;
      },
    };
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims[1]?.value).toEqual({ kind: "quantity", value: 390 });
  });

  test("an id read through a getter is read once: no two claims keep one id", () => {
    const input = smallCorpus() as Mutable;
    let reads = 0;
    input.claims[1] = {
      ...input.claims[1],
      get id() {
        reads++;
        return reads <= 2 ? "fresh" : "umerov-1000";
      },
    };
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims.map((claim) => claim.id)).toEqual([
      "umerov-1000",
      "fresh",
      "selenskyj-stalled",
    ]);
  });

  test("what the corpus keeps is a copy: changing the input afterwards changes nothing", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].value = { kind: "per-side", bySide: { ukraine: { value: 1000 }, russia: { value: 1000 } } };
    input.claims[0].supersedes = [];
    const result = parseCorpus(input);
    const before = JSON.stringify(result);
    input.claims[0].value.bySide.ukraine.value = 1;
    input.claims[1].value.value = 2;
    input.claims[2].value.value = "changed";
    input.actors[0].aliases.push("Someone else");
    input.sides[0].name = "Elsewhere";
    expect(JSON.stringify(result)).toBe(before);
  });

  test("input that throws when read is an issue, not a throw", () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error("no reading this");
        },
        ownKeys: () => {
          throw new Error("no listing this");
        },
      },
    );
    const input = smallCorpus() as Mutable;
    input.claims.push(throwing);
    const withGetter = smallCorpus() as Mutable;
    Object.defineProperty(withGetter.sources[1], "language", {
      enumerable: true,
      get: () => {
        throw new Error("no language");
      },
    });
    for (const [candidate, path] of [
      [throwing, []],
      [input, ["claims", 3]],
      [withGetter, ["sources", 1]],
    ] as const) {
      const result = parseCorpus(candidate);
      expect(result).toEqual({
        ok: false,
        errors: [{ path, code: "invalid_value", message: expect.stringMatching(/^Reading the input threw: no /) }],
        warnings: [],
      });
    }
  });

  test("an array longer than any JSON text can hold is an issue, not a throw", () => {
    const input = smallCorpus() as Mutable;
    const claims: unknown[] = [];
    claims.length = 2 ** 31;
    input.claims = claims;
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      [["claims"], "invalid_value"],
    ]);
  });

  test("a party called __proto__ is named by its words like any other", () => {
    const input = smallCorpus() as Mutable;
    input.sides[0] = { id: "__proto__", name: "Protonia", aliases: ["Protonians"] };
    input.sides[1].aliases = ["Russians"];
    input.actors[0].side = "__proto__";
    input.actors[1].side = "__proto__";
    input.sources[1].language = "en";
    input.claims[1].value = { text: "1,000 Protonians for 800 Russians" };
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const value = result.ok ? result.corpus.claims[1]?.value : undefined;
    expect(value?.kind === "per-side" && value.bySide && Object.hasOwn(value.bySide, "__proto__")).toBe(true);
    expect(value?.kind === "per-side" && value.bySide?.["russia"]).toEqual({ value: 800 });
  });

  test("a party called __proto__ is a side of a bySide figure, whichever reader reads the claim", () => {
    const input = smallCorpus() as Mutable;
    input.sides[0].id = "__proto__";
    input.actors[0].side = "__proto__";
    input.actors[1].side = "__proto__";
    const bySide = '{"kind":"per-side","bySide":{"__proto__":{"value":1},"russia":{"value":2}}}';
    input.claims[0].value = JSON.parse(bySide);
    input.claims[1].value = JSON.parse(bySide);
    // Words for the date: this claim is read by zod.
    input.claims[1].stated = "May 23";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toEqual([]);
    for (const claim of result.ok ? result.corpus.claims.slice(0, 2) : []) {
      expect(claim.value.kind === "per-side" && Object.entries(claim.value.bySide ?? {})).toEqual([
        ["__proto__", { value: 1 }],
        ["russia", { value: 2 }],
      ]);
    }
  });
});

import { readFileSync } from "node:fs";
import { marked, type Token, type Tokens } from "marked";
import { describe, expect, test } from "vitest";
import { formatValue } from "../../src/explain/formatValue.js";
import { ConcordError, parseCorpus, reconcile, toMarkdown, toMarkdownChunks } from "../../src/index.js";
import { positionTags } from "../../src/report/describe.js";
import { smallCorpus } from "../fixtures.js";
import { CONTROL, hostileCorpus } from "../hostile.js";
import { istanbulWithoutFreshness } from "./toHtml.fixtures.js";
import { BREAK, cells, normal, sections } from "./toMarkdown.tokens.js";

const result = parseCorpus(
  JSON.parse(readFileSync(new URL("../../examples/istanbul-2025/corpus.json", import.meta.url), "utf8")),
);
if (!result.ok) throw new Error("the example corpus must parse");
const { corpus } = result;
const sideName = (id: string) => corpus.sides.find((side) => side.id === id)?.name ?? id;

const POSITIONS = ["Side", "Position", "Speaker", "Date", "Source", "Claims"];
const LINKS = ["Newer", "Older", "By", "Reason"];

test("every proposition: a heading, a positions table with one row per side, the verdict, the chain", () => {
  const picture = reconcile(corpus);
  const { sections: found } = sections(toMarkdown(picture, corpus));
  expect(found).toHaveLength(picture.propositions.length);
  for (const section of found) {
    const proposition = picture.propositions.find(
      (candidate) => section.heading === `${candidate.subject} · ${candidate.attribute} — ${candidate.status}`,
    );
    expect(proposition, section.heading).toBeDefined();
    if (!proposition) continue;
    expect(section.depth).toBe(2);
    const [positions, links, ...rest] = section.tables;
    expect(rest).toEqual([]);
    const table = cells(positions ?? expect.unreachable("a positions table"));
    expect(table.header).toEqual(POSITIONS);
    expect(table.rows).toHaveLength(proposition.positions.length);
    proposition.positions.forEach((position, index) => {
      const row = table.rows[index] ?? [];
      expect(row).toHaveLength(6);
      expect(row[0]).toBe(sideName(position.side) + positionTags(position));
      expect(row[1]).toContain(formatValue(position.value, sideName));
      // One line per current claim in the speaker, date, source and claims cells.
      for (const column of [2, 3, 4, 5]) expect(row[column]?.split(BREAK)).toHaveLength(position.claims.length);
      for (const id of position.claims) expect(row[5]).toContain(id);
    });
    if (proposition.status === "contested") {
      const clashes = section.verdict.filter((line) => line.startsWith("Contradiction"));
      expect(clashes).toHaveLength(proposition.contradictions.length);
      for (const line of clashes) expect(line).toMatch(/contradict each other|they contradict/);
    }
    if (proposition.status === "consensus" && proposition.consensus) {
      expect(section.verdict).toContain(`Consensus: ${formatValue(proposition.consensus, sideName)}.`);
    }
    if (proposition.supersessions.length > 0) {
      const chain = cells(links ?? expect.unreachable("a supersession table"));
      expect(chain.header).toEqual(LINKS);
      expect(chain.rows.map((row) => [row[0]?.split(":")[0], row[1]?.split(":")[0], row[2]])).toEqual(
        proposition.supersessions.map((link) => [
          link.newer,
          link.older,
          link.reason.code === "named_in_supersedes" ? "supersedes" : "time",
        ]),
      );
    } else expect(links).toBeUndefined();
  }
});

test("the contested status question names both sides' positions and each clash in words", () => {
  const timeless = istanbulWithoutFreshness();
  const { sections: found } = sections(toMarkdown(reconcile(timeless), timeless));
  const status = found.find((section) => section.heading === "pow-exchange/istanbul-2025-07-23 · status — contested");
  const rows = cells(status?.tables[0] ?? expect.unreachable("the status table")).rows;
  expect(rows.map((row) => row.slice(0, 3))).toEqual([
    ["Ukraine", "“talks-to-resume”", "Rustem Umerov via Volodymyr Zelenskyy"],
    ["Russia", "“agreed”", "Vladimir Medinsky"],
  ]);
  expect(status?.verdict).toContain(
    "Contradiction, since 1 Jan 2026: Vladimir Medinsky (Russia, 23 Jul 2025) and Rustem Umerov (Ukraine, 1 Jan 2026, via Volodymyr Zelenskyy) contradict each other: “agreed” and “talks-to-resume” cannot both be true.",
  );
  const size = found.find(
    (section) => section.heading === "pow-exchange/istanbul-2025-07-23 · agreed-size — consensus",
  );
  expect(size?.verdict).toContain("Consensus: 1,200 people per side.");
  expect(normal(cells(size?.tables[0] ?? expect.unreachable("the size table")).rows.join(" "))).toContain(
    "about 1,200 people per side read from “about 1,200 people on each side”",
  );
});

test("contested propositions come first; headingLevel sets the heading depth", () => {
  const order = ["contested", "consensus", "one-sided"];
  const { sections: found } = sections(toMarkdown(reconcile(corpus), corpus, { headingLevel: 3 }));
  const statuses = found.map((section) => section.heading.slice(section.heading.lastIndexOf(" — ") + 3));
  expect(statuses).toEqual([...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  expect(new Set(found.map((section) => section.depth))).toEqual(new Set([3]));
});

test("asOf: the claims left out are counted", () => {
  const { after } = sections(toMarkdown(reconcile(corpus, { asOf: "2025-12-11" }), corpus));
  expect(after).toHaveLength(1);
  expect(after[0]).toMatch(/^\d+ claims were stated after 2025-12-11 and are left out\.$/);
});

test("asOf: one claim left out, in the singular", () => {
  const small = parseCorpus(smallCorpus());
  if (!small.ok) throw new Error("the small corpus must parse");
  const picture = reconcile(small.corpus, { asOf: "2025-12-01" });
  expect(picture.later).toHaveLength(1);
  expect(sections(toMarkdown(picture, small.corpus)).after).toEqual([
    "1 claim was stated after 2025-12-01 and is left out.",
  ]);
});

describe("corpus text with controls and line separators", () => {
  const parsed = parseCorpus(hostileCorpus());
  if (!parsed.ok) throw new Error("the hostile corpus must parse");
  const hostile = parsed.corpus;
  const markdown = toMarkdown(reconcile(hostile), hostile);

  test("no control or bidi character reaches the Markdown but its own line breaks; each is shown", () => {
    expect(markdown.replaceAll("\n", "")).not.toMatch(CONTROL);
    const rows = sections(markdown).sections.flatMap((section) => section.tables.flatMap((table) => cells(table).rows));
    expect(rows.map((row) => row[0])).toContain("Ukraine\\u001b[2J\\u001b]0;pwned\\u0007");
  });

  test("a line break in a subject cannot forge a heading", () => {
    const found = sections(markdown).sections;
    expect(found).toHaveLength(reconcile(hostile).propositions.length);
    expect(found.map((section) => section.heading)).toContain("pow ■ forged · status — consensus · status — one-sided");
  });

  test("U+2028 and U+2029 in a quote never break its table", () => {
    for (const separator of ["\u2028", "\u2029"]) {
      const input = smallCorpus();
      const [first, ...claims] = input.claims ?? [];
      const withQuote = parseCorpus({
        ...input,
        claims: [{ ...(first ?? expect.unreachable("a claim")), quote: `one${separator}two` }, ...claims],
      });
      if (!withQuote.ok) throw new Error("the corpus must parse");
      const found = sections(toMarkdown(reconcile(withQuote.corpus), withQuote.corpus)).sections;
      const size = found.find((section) => section.heading.includes("agreed-size"));
      const rows = cells(size?.tables[0] ?? expect.unreachable("the size table")).rows;
      expect(rows).toHaveLength(1);
      expect(rows[0]?.[5]).toBe("umerov-1000 “one two”");
    }
  });
});

test.each([
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "//evil.example/x",
  "ftp://example.org/a",
])("a source URL that is not http(s) is shown as text, never a link: %s", (url) => {
  const input = smallCorpus();
  const [first, ...sources] = input.sources ?? [];
  const parsed = parseCorpus({
    ...input,
    sources: [{ ...(first ?? expect.unreachable("a source")), url }, ...sources],
  });
  if (!parsed.ok) throw new Error("the corpus must parse");
  const markdown = toMarkdown(reconcile(parsed.corpus), parsed.corpus);
  const links = marked.lexer(markdown).flatMap(function collect(token: Token): Token[] {
    const inner = "tokens" in token && token.tokens ? token.tokens : [];
    const cellTokens =
      token.type === "table"
        ? [...(token as Tokens.Table).header, ...(token as Tokens.Table).rows.flat()].flatMap((cell) => cell.tokens)
        : [];
    return [...(token.type === "link" ? [token] : []), ...[...inner, ...cellTokens].flatMap(collect)];
  });
  expect(links).toEqual([]);
  expect(normal(markdown)).toContain(`Dutch outlet (${url}) (nl)`.replace(/[<>]/g, "\\$&").replace("://", "\\://"));
});

test("an http(s) source URL is a link, normalised by the URL parser", () => {
  const input = smallCorpus();
  const [first, ...sources] = input.sources ?? [];
  const parsed = parseCorpus({
    ...input,
    sources: [{ ...(first ?? expect.unreachable("a source")), url: " HTTPS://Example.org/a b|c " }, ...sources],
  });
  if (!parsed.ok) throw new Error("the corpus must parse");
  expect(toMarkdown(reconcile(parsed.corpus), parsed.corpus)).toContain(
    "[Dutch outlet](<https://example.org/a%20b\\|c>) (nl)",
  );
});

test.each([0, -1, 7, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "3"])(
  "headingLevel %s is a ConcordError naming the option",
  (level) => {
    const picture = reconcile(corpus);
    const options = { headingLevel: level as 1 };
    for (const call of [() => toMarkdown(picture, corpus, options), () => toMarkdownChunks(picture, corpus, options)]) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConcordError);
      expect((thrown as ConcordError).issues).toEqual([
        {
          path: ["headingLevel"],
          code: "invalid_option",
          message: expect.stringMatching(/^headingLevel must be a whole number from 1 to 6, got /),
          option: "headingLevel",
          given: expect.anything(),
        },
      ]);
    }
  },
);

import { fc, test } from "@fast-check/vitest";
import { marked, type Tokens } from "marked";
import { expect } from "vitest";
import { type Corpus, reconcile, toMarkdown } from "../../src/index.js";
import { showControls } from "../../src/internal/showControls.js";
import { positionTags } from "../../src/report/describe.js";
import { escapeMarkdown } from "../../src/report/markdown/escape.js";
import { corpusArb } from "../../src/testing/index.js";
import { BREAK, cells, normal, plain, sections } from "./toMarkdown.tokens.js";

/** Text that would break a table or turn into markup if it were pasted in as it is. */
const hostileArb = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."ab |\\\n\r`<>*_[]#&!~-:()"),
    fc.constantFrom(
      "<b>",
      "<br>",
      "&amp;",
      "&#124;",
      "\n\n",
      "\n# ",
      "\n- ",
      "\n| --- |",
      "https://x.org",
      "www.x.org",
      "a@b.co",
      "](y)",
      "\u2028",
      "\u2029",
    ),
  ),
  minLength: 1,
  maxLength: 10,
});

/** The corpus with hostile names, outlets, links, quotes and subjects. */
function hostile(corpus: Corpus, words: readonly string[]): Corpus {
  const word = (index: number) => `${words[index % words.length] ?? ""}`;
  const subjects = [...new Set(corpus.claims.map((claim) => claim.subject))];
  return {
    ...corpus,
    sides: corpus.sides.map((side, index) => ({ ...side, name: word(index) })),
    actors: corpus.actors.map((actor, index) => ({ ...actor, name: word(index + 3) })),
    sources: corpus.sources.map((source, index) => ({
      ...source,
      outlet: word(index + 5),
      ...(source.url === undefined ? {} : { url: `https://example.org/${word(index)}` }),
    })),
    claims: corpus.claims.map((claim, index) => ({
      ...claim,
      // One subject keeps one name, so propositions stay as they were.
      subject: `${claim.subject}${word(subjects.indexOf(claim.subject) + 1)}`,
      ...(index % 2 === 0 ? { quote: word(index + 7) } : {}),
    })),
  };
}

test.prop([hostileArb])("escaped text reads back as written, in a table cell and in a heading", (text) => {
  const markdown = `## ${escapeMarkdown(text)}\n\n| A |\n| --- |\n| ${escapeMarkdown(text)} |\n`;
  const [heading, table] = marked.lexer(markdown).filter((token) => token.type !== "space");
  expect(heading?.type).toBe("heading");
  expect(normal(plain(heading?.type === "heading" ? (heading.tokens ?? []) : []))).toBe(normal(text));
  const rows = table?.type === "table" ? cells(table as Tokens.Table).rows : [];
  expect(rows.map((row) => row.map(normal))).toEqual([[normal(text)]]);
});

test.prop([corpusArb({ maxClaims: 8 }), fc.array(hostileArb, { minLength: 9, maxLength: 9 })])(
  "every table parses to one row per position or link, with every cell, and user text stays text",
  (base, words) => {
    const corpus = hostile(base, words);
    const picture = reconcile(corpus);
    const found = sections(toMarkdown(picture, corpus)).sections;
    expect(found.map((section) => normal(section.heading))).toEqual(
      expect.arrayContaining(picture.propositions.map((p) => normal(`${p.subject} · ${p.attribute} — ${p.status}`))),
    );
    expect(found).toHaveLength(picture.propositions.length);
    const actor = (id: string) => corpus.actors.find((candidate) => candidate.id === id)?.name ?? id;
    for (const section of found) {
      const proposition = picture.propositions.find(
        (p) => normal(`${p.subject} · ${p.attribute} — ${p.status}`) === normal(section.heading),
      );
      if (!proposition) return expect.unreachable(section.heading);
      const [positions, links] = section.tables.map(cells);
      expect(positions?.header).toHaveLength(6);
      expect(positions?.rows).toHaveLength(proposition.positions.length);
      proposition.positions.forEach((position, index) => {
        const row = positions?.rows[index] ?? [];
        expect(row).toHaveLength(6);
        const side = corpus.sides.find((candidate) => candidate.id === position.side)?.name ?? "";
        expect(normal(row[0] ?? "")).toBe(normal(`${side}${positionTags(position)}`));
        const speakers = position.claims
          .map((id) => corpus.claims.find((claim) => claim.id === id))
          .map((claim) =>
            normal(`${actor(claim?.speaker ?? "")}${claim?.via === undefined ? "" : ` via ${actor(claim.via)}`}`),
          );
        expect(row[2]?.split(BREAK).map(normal)).toEqual(speakers);
      });
      expect(links?.header ?? []).toHaveLength(proposition.supersessions.length > 0 ? 4 : 0);
      expect(links?.rows ?? []).toHaveLength(proposition.supersessions.length);
      for (const row of links?.rows ?? []) expect(row).toHaveLength(4);
    }
  },
  20_000,
);

/** escapeMarkdown without its shortcut for text with nothing to escape. */
function escapeEverything(text: string): string {
  return showControls(text.replace(/\r\n|[\r\n]/g, " "))
    .replace(/[\\`*_[\]<>|~#&!@]/g, "\\$&")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(?<![A-Za-z0-9])(www)\./gi, "$1\\.");
}

test.prop([
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom("www.", "WwW.", "://", "\r\n", "\n", "|", "*", "a:b", "xwww.", "\u001b[2J", "\u202e", "\t"),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join("")),
])("escapeMarkdown's shortcut changes nothing: it escapes as the four replaces do", (text) => {
  expect(escapeMarkdown(text)).toBe(escapeEverything(text));
});

test.prop([corpusArb({ maxClaims: 8 }), fc.integer({ min: 1, max: 6 })])(
  "every headingLevel from 1 to 6 gives headings of that depth",
  (corpus, level) => {
    const { sections: found } = sections(toMarkdown(reconcile(corpus), corpus, { headingLevel: level as 1 }));
    expect(found).toHaveLength(reconcile(corpus).propositions.length);
    for (const section of found) expect(section.depth).toBe(level);
  },
);

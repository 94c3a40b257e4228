import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseCorpus, reconcile, toMarkdown } from "../../src/index.js";
import { formatValue } from "../../src/explain/formatValue.js";
import { istanbulWithoutFreshness } from "./toHtml.fixtures.js";
import { BREAK, cells, normal, sections } from "./toMarkdown.tokens.js";

const result = parseCorpus(JSON.parse(readFileSync(new URL("../../examples/istanbul-2025/corpus.json", import.meta.url), "utf8")));
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
      expect(row[0]).toBe(sideName(position.side) + (position.divided ? " (divided)" : ""));
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
        proposition.supersessions.map((link) => [link.newer, link.older, link.reason.code === "named_in_supersedes" ? "supersedes" : "time"]),
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
  const size = found.find((section) => section.heading === "pow-exchange/istanbul-2025-07-23 · agreed-size — consensus");
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

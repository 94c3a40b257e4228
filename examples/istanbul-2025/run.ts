/**
 * The Istanbul example: reads the corpus built from five reference articles, reconciles it and
 * prints the picture per question — each side's position, the consensus or the contradictions,
 * and the supersession chain, with speakers, dates and sources.
 *
 * It also writes the same picture as `report.md` and `report.html` (a timeline per question) beside
 * this file. Last come the positions that went stale — states a side has not restated within its
 * attribute's `freshFor` — each with the later word of another side that moved the state on.
 *
 * Run it with `npm run example` (or `npm run example -- --as-of 2025-12-11`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compare, explain, formatPath, parseCorpus, reconcile, toHtml, toMarkdown, toText } from "../../src/index.js";

const { values } = parseArgs({ options: { "as-of": { type: "string" } } });
const result = parseCorpus(JSON.parse(readFileSync(new URL("./corpus.json", import.meta.url), "utf8")));
if (!result.ok) {
  for (const error of result.errors) console.error(`${formatPath(error.path)}: ${error.message} (${error.code})`);
  process.exit(1);
}
const { corpus } = result;
const asOf = values["as-of"];
const picture = reconcile(corpus, asOf === undefined ? undefined : { asOf });

// toText starts with the counts: claims, sources, questions, and how many are contested.
console.log(`concord · Istanbul prisoner-exchange talks, 2025${asOf === undefined ? "" : `, as of ${asOf}`}\n`);
process.stdout.write(toText(picture, corpus));

// The reports mark a stale position "(stale)"; the run ends by saying which later words moved each one on.
const byId = new Map(corpus.claims.map((claim) => [claim.id, claim]));
const sideName = (id: string) => corpus.sides.find((side) => side.id === id)?.name ?? id;
const wrap = (text: string, indent: string) =>
  text
    .split(" ")
    .reduce<string[]>((lines, word) => {
      const last = lines.at(-1);
      if (last !== undefined && `${last} ${word}`.length <= 80) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(last === undefined ? `${indent}${word}` : `${indent}  ${word}`);
      return lines;
    }, [])
    .join("\n");
const stale = picture.propositions.flatMap((proposition) =>
  proposition.positions.filter((position) => position.stale).map((position) => ({ proposition, position })),
);
if (stale.length > 0) console.log("\nGone stale: not restated within freshFor, so counted for no status.");
for (const { proposition, position } of stale) {
  console.log(
    `\n■ ${proposition.subject} · ${proposition.attribute} — ${sideName(position.side)}: ${position.claims.join(", ")}`,
  );
  const claims = proposition.timeline.flatMap((id) => byId.get(id) ?? []);
  const own = claims.filter((claim) => position.claims.includes(claim.id));
  const moved = claims.flatMap((later) =>
    own.flatMap((earlier) => {
      const relation = compare(earlier, later);
      return relation.kind === "progression" ? [relation] : [];
    }),
  );
  for (const relation of moved) console.log(wrap(`→ ${explain(relation, corpus)}`, "  "));
}

const title = `Istanbul prisoner-exchange talks, 2025${asOf === undefined ? "" : `, as of ${asOf}`}`;
const written: string[] = [];
for (const [name, text] of [
  ["report.md", `# ${title}\n\n${toMarkdown(picture, corpus)}`],
  ["report.html", toHtml(picture, corpus, { title })],
] as const) {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
  writeFileSync(file, text);
  written.push(relative(process.cwd(), file));
}
console.log(`\nThe same picture as Markdown and as an HTML timeline: ${written.join(", ")}`);

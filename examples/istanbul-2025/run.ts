/**
 * The Istanbul example: reads the corpus built from five reference articles, reconciles it and
 * prints the picture per question — each side's position, the consensus or the contradictions,
 * and the supersession chain, with speakers, dates and sources.
 *
 * It also writes the same picture as `report.md` and `report.html` (a timeline per question) beside
 * this file.
 *
 * Run it with `npm run example` (or `npm run example -- --as-of 2025-12-11`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatPath, parseCorpus, reconcile, toHtml, toMarkdown, toText } from "../../src/index.js";

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

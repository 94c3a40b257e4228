/**
 * The Istanbul example: reads the corpus built from five reference articles, reconciles it and
 * prints the picture per question — each side's position, the consensus or the contradictions,
 * and the supersession chain, with speakers, dates and sources.
 *
 * Run it with `npm run example` (or `npm run example -- --as-of 2025-12-11`).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatPath, parseCorpus, reconcile, toText } from "../../src/index.js";

const { values } = parseArgs({ options: { "as-of": { type: "string" } } });
const result = parseCorpus(JSON.parse(readFileSync(new URL("./corpus.json", import.meta.url), "utf8")));
if (!result.ok) {
  for (const error of result.errors) console.error(`${formatPath(error.path)}: ${error.message} (${error.code})`);
  process.exit(1);
}
const { corpus } = result;
const asOf = values["as-of"];
const picture = reconcile(corpus, asOf === undefined ? undefined : { asOf });
const count = (status: string) => picture.propositions.filter((proposition) => proposition.status === status).length;

console.log(`concord · Istanbul prisoner-exchange talks, 2025${asOf === undefined ? "" : `, as of ${asOf}`}`);
console.log(`${corpus.claims.length} claims from ${corpus.sources.length} sources on ${picture.propositions.length} questions:`);
console.log(`${count("contested")} contested, ${count("consensus")} with consensus, ${count("one-sided")} one-sided.\n`);
process.stdout.write(toText(picture, corpus));

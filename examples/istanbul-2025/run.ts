/**
 * The Istanbul example: reads the corpus built from the five reference articles, reconciles it
 * and prints the picture per question — each side's position, the consensus or the
 * contradiction, and the supersession chain, with speakers, dates and sources.
 *
 * Run it with `npm run example` (or `npm run example -- --as-of 2025-12-11`).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type Claim,
  compare,
  type Corpus,
  explain,
  formatPath,
  parseCorpus,
  type Proposition,
  reconcile,
} from "../../src/index.js";

const { values } = parseArgs({ options: { "as-of": { type: "string" } } });
const path = new URL("./corpus.json", import.meta.url);
const result = parseCorpus(JSON.parse(readFileSync(path, "utf8")));
if (!result.ok) {
  for (const error of result.errors) console.error(`${formatPath(error.path)}: ${error.message} (${error.code})`);
  process.exit(1);
}
const { corpus } = result;
const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
const sources = new Map(corpus.sources.map((source) => [source.id, source]));
const actors = new Map(corpus.actors.map((actor) => [actor.id, actor]));
const sides = new Map(corpus.sides.map((side) => [side.id, side]));
const picture = reconcile(corpus, values["as-of"] === undefined ? undefined : { asOf: values["as-of"] });

function claimLine(claim: Claim): string {
  const source = sources.get(claim.source);
  const translated = source?.translation === "machine" ? ", machine translation" : "";
  const via = claim.via === undefined ? "" : ` via ${actors.get(claim.via)?.name ?? claim.via}`;
  return `${actors.get(claim.speaker)?.name ?? claim.speaker}${via}, ${claim.stated.slice(0, 10)} — ${source?.outlet ?? claim.source} (${source?.language ?? "?"}${translated}) [${claim.id}]`;
}

function quoteLine(claim: Claim): string {
  if (claim.quote === undefined) return "";
  const quote = claim.quote.length > 150 ? `${claim.quote.slice(0, 147)}…` : claim.quote;
  return `\n        “${quote}”`;
}

function printProposition(proposition: Proposition, corpus: Corpus): void {
  console.log(`\n■ ${proposition.subject} · ${proposition.attribute}  [${proposition.status}]`);
  console.log(`  ${explain(proposition, corpus)}`);
  for (const position of proposition.positions) {
    console.log(`  ${sides.get(position.side)?.name ?? position.side}${position.divided ? " (divided)" : ""}:`);
    for (const id of position.claims) {
      const claim = claims.get(id);
      if (claim) console.log(`    - ${claim.stance === "denies" ? "denies: " : ""}${claimLine(claim)}${quoteLine(claim)}`);
    }
  }
  for (const contradiction of proposition.contradictions) {
    const a = claims.get(contradiction.a);
    const b = claims.get(contradiction.b);
    if (!a || !b) continue;
    const span = contradiction.current ? `since ${contradiction.from}` : `${contradiction.from} until ${contradiction.until ?? "?"}`;
    console.log(`  ✗ ${span}: ${explain(compare(a, b), corpus)}`);
  }
  if (proposition.contradictionsTruncated) console.log("  ✗ … more contradictions not listed");
  for (const link of proposition.supersessions) {
    const newer = claims.get(link.newer);
    const older = claims.get(link.older);
    if (newer && older) console.log(`  ↻ ${explain(compare(newer, older), corpus)}`);
  }
}

const count = (status: Proposition["status"]) => picture.propositions.filter((p) => p.status === status).length;
console.log(
  `concord · Istanbul prisoner-exchange talks, 2025 — ${corpus.claims.length} claims from ${corpus.sources.length} sources${
    picture.asOf === undefined ? "" : `, as of ${picture.asOf}`
  }`,
);
console.log(
  `${picture.propositions.length} questions: ${count("contested")} contested, ${count("consensus")} with consensus, ${count("one-sided")} one-sided`,
);
// Where the sides meet comes first; what only one side says follows, one line each.
for (const status of ["contested", "consensus"] as const) {
  for (const proposition of picture.propositions) if (proposition.status === status) printProposition(proposition, corpus);
}
console.log("\nOne-sided (only one side has spoken):");
for (const proposition of picture.propositions) {
  if (proposition.status === "one-sided") console.log(`  · ${explain(proposition, corpus).replace(": only one side speaks:", " —")}`);
}
if (picture.later.length > 0) console.log(`\n(${picture.later.length} claims were stated after ${picture.asOf ?? ""})`);

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  failureCodesBlock,
  HEDGE_TABLES_PAGE,
  hedgeTablesBlock,
  languageTables,
  renderFailureCodes,
  renderHedgeTables,
} from "../../scripts/hedgeTables.js";
import { supportedLanguages } from "../../src/index.js";

const page = readFileSync(new URL(`../../${HEDGE_TABLES_PAGE}`, import.meta.url), "utf8");

/** The rendered section of one language: from its heading to the next one. */
function section(name: string): string {
  const tables = renderHedgeTables();
  const start = tables.indexOf(`### ${name} (`);
  const next = tables.indexOf("\n### ", start + 1);
  return tables.slice(start, next === -1 ? undefined : next);
}

describe(`the hedge tables of ${HEDGE_TABLES_PAGE}`, () => {
  test("match what `npm run docs` writes from src/text/languages", () => {
    const block = hedgeTablesBlock(page);
    expect(
      block,
      `${HEDGE_TABLES_PAGE} has lost its hedge-tables marker comments: restore them, then run \`npm run docs\``,
    ).toBeDefined();
    expect(block, `${HEDGE_TABLES_PAGE}'s hedge tables differ from src/text/languages: run \`npm run docs\``).toBe(
      renderHedgeTables(),
    );
  });

  test("cover every language file, in the order of supportedLanguages", () => {
    const files = readdirSync(new URL("../../src/text/languages/", import.meta.url))
      .filter((file) => file.endsWith(".ts"))
      .map((file) => file.slice(0, -".ts".length));
    expect(Object.keys(languageTables).sort()).toEqual(files.sort());
    expect(Object.keys(languageTables)).toEqual([...supportedLanguages]);
    for (const [tag, table] of Object.entries(languageTables)) expect(table.tag).toBe(tag);
  });

  test("list every phrase and unit form of each table", () => {
    for (const table of Object.values(languageTables)) {
      const text = section(table.name);
      const phrases = [
        ...table.hedges.map((hedge) => hedge.words),
        ...table.vague.map((vague) => vague.words),
        ...table.ranges.flatMap((range) => [range.open ?? "", range.join, ...(range.close ?? [])]),
        ...table.reciprocal.map((reciprocal) => reciprocal.words),
        ...table.eachBefore,
        ...table.eachAfter,
        ...table.eachSuffixes.map((suffix) => `n'${suffix}`),
        ...table.ageMarkers,
        ...Object.keys(table.units),
        ...Object.keys(table.unitStems).map((stem) => `${stem}…`),
      ];
      for (const phrase of phrases) expect(text, `${table.name}: "${phrase}"`).toContain(phrase);
    }
  });
});

describe(`the failure code table of ${HEDGE_TABLES_PAGE}`, () => {
  test("matches what `npm run docs` writes from src/text/failureCodes.ts", () => {
    const block = failureCodesBlock(page);
    expect(
      block,
      `${HEDGE_TABLES_PAGE} has lost its failure-codes marker comments: restore them, then run \`npm run docs\``,
    ).toBeDefined();
    expect(
      block,
      `${HEDGE_TABLES_PAGE}'s failure code table differs from src/text/failureCodes.ts: run \`npm run docs\``,
    ).toBe(renderFailureCodes());
  });
});

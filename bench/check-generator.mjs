// Self-check of the benchmark generator, independent of the library (works before dist/ exists):
//   node bench/check-generator.mjs [SIZE ...]
// Verifies that every reference in a generated corpus resolves (speaker id/alias, source, attribute,
// subject/attribute pair, supersedes target in the same proposition and earlier, a claim's own side),
// that generation is deterministic, what the single-proposition shapes promise (one proposition; one
// moment for instant; a side of its own for every claim of side-per-claim), and prints the value/stance
// mix so it can be compared with the intended proportions.

import { ALL_SHAPES, generateCorpus, parseSize } from "./generate.mjs";

const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ["10k", "100k"]).map(parseSize);
let failures = 0;
const fail = (msg) => {
  failures++;
  if (failures <= 20) console.error(`  FAIL ${msg}`);
};

for (const size of sizes) {
  for (const shape of ALL_SHAPES) {
    const corpus = generateCorpus(size, shape, 7);
    const again = JSON.stringify(generateCorpus(Math.min(size, 2000), shape, 7));
    if (again !== JSON.stringify(generateCorpus(Math.min(size, 2000), shape, 7))) fail("not deterministic");

    const sideIds = new Set(corpus.sides.map((s) => s.id));
    const speakerNames = new Map(); // id or alias -> actor id
    for (const a of corpus.actors) {
      if (!sideIds.has(a.side)) fail(`actor ${a.id} has unknown side ${a.side}`);
      for (const n of [a.id, ...a.aliases]) {
        if (speakerNames.has(n)) fail(`speaker name ${n} is ambiguous`);
        speakerNames.set(n, a.id);
      }
    }
    const sourceIds = new Set(corpus.sources.map((s) => s.id));
    const attributeIds = new Set(corpus.attributes.map((a) => a.id));
    for (const s of corpus.sources) {
      if (!/^2025-\d\d-\d\d$/.test(s.published)) fail(`source ${s.id} published ${s.published}`);
      if (s.translation === "machine" && !s.translatedFrom) fail(`source ${s.id} machine without translatedFrom`);
    }

    const claimSides = new Set();
    const claimIndex = new Map(); // id -> index
    const propOf = [];
    const props = new Map();
    const mix = {
      quantity: 0,
      "quantity-approx": 0,
      "quantity-range": 0,
      "quantity-min": 0,
      "per-side-each": 0,
      "per-side-bySide": 0,
      label: 0,
      date: 0,
    };
    let aliasSpeakers = 0,
      stated = 0,
      dateTimes = 0,
      denies = 0,
      supersedes = 0,
      quoteLen = 0;
    corpus.claims.forEach((c, i) => {
      if (claimIndex.has(c.id)) fail(`duplicate claim id ${c.id}`);
      claimIndex.set(c.id, i);
      if (!speakerNames.has(c.speaker)) fail(`claim ${c.id}: unknown speaker ${c.speaker}`);
      else if (speakerNames.get(c.speaker) !== c.speaker) aliasSpeakers++;
      if (!sourceIds.has(c.source)) fail(`claim ${c.id}: unknown source ${c.source}`);
      if (c.side !== undefined && !sideIds.has(c.side)) fail(`claim ${c.id}: unknown side ${c.side}`);
      if (shape === "side-per-claim") {
        if (c.side === undefined || claimSides.has(c.side)) fail(`claim ${c.id}: side ${c.side} is not its own`);
        claimSides.add(c.side);
        if (c.value.kind === "per-side") fail(`claim ${c.id}: a per-side value in side-per-claim`);
      }
      if (shape === "instant" && c.stated !== corpus.claims[0].stated)
        fail(`claim ${c.id}: stated ${c.stated}, not the one instant`);
      if (!attributeIds.has(c.attribute)) fail(`claim ${c.id}: unknown attribute ${c.attribute}`);
      if (typeof c.subject !== "string" || !c.subject) fail(`claim ${c.id}: bad subject`);
      const key = `${c.subject}\u0000${c.attribute}`;
      propOf.push(key);
      props.set(key, (props.get(key) ?? 0) + 1);
      if (c.stated !== undefined) {
        stated++;
        if (/T/.test(c.stated)) dateTimes++;
        if (!/^2025-\d\d-\d\d(T\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d))?$/.test(c.stated) || Number.isNaN(Date.parse(c.stated)))
          fail(`claim ${c.id}: bad stated ${c.stated}`);
      }
      if (c.stance === "denies") denies++;
      else if (c.stance !== "asserts") fail(`claim ${c.id}: stance ${c.stance}`);
      quoteLen += c.quote.length;
      const v = c.value;
      if (v.kind === "quantity") {
        if ("value" in v) mix[v.approx ? "quantity-approx" : "quantity"]++;
        else if ("max" in v) {
          mix["quantity-range"]++;
          if (!(v.min <= v.max)) fail(`claim ${c.id}: range ${v.min}..${v.max}`);
        } else mix["quantity-min"]++;
      } else if (v.kind === "per-side") {
        if (v.each) mix["per-side-each"]++;
        else {
          mix["per-side-bySide"]++;
          const keys = Object.keys(v.bySide).sort().join(",");
          if (keys !== "russia,ukraine") fail(`claim ${c.id}: bySide ${keys}`);
        }
      } else if (v.kind === "label") mix.label++;
      else if (v.kind === "date") mix.date++;
      else fail(`claim ${c.id}: value kind ${v.kind}`);
      if (c.supersedes) {
        supersedes++;
        for (const t of c.supersedes) {
          const j = claimIndex.get(t); // only earlier claims are in the map yet
          if (j === undefined) fail(`claim ${c.id}: supersedes ${t}, not an earlier claim`);
          else if (propOf[j] !== key) fail(`claim ${c.id}: supersedes ${t} of another proposition`);
        }
      }
    });

    const counts = [...props.values()];
    if ((shape === "instant" || shape === "side-per-claim") && props.size !== 1)
      fail(`${shape}: ${props.size} propositions, not 1`);
    const pct = (n) => `${((100 * n) / size).toFixed(1)}%`;
    console.log(
      `${shape} ${size}: ${props.size} propositions (claims each: min ${Math.min(...counts)}, ` +
        `mean ${(size / props.size).toFixed(1)}, max ${Math.max(...counts)}); ` +
        `json ${(Buffer.byteLength(JSON.stringify(corpus)) / 1e6).toFixed(1)} MB`,
    );
    console.log(
      `  speaker by alias ${pct(aliasSpeakers)}, stated ${pct(stated)} (date-times ${pct(dateTimes)}), ` +
        `denies ${pct(denies)}, supersedes ${pct(supersedes)}, mean quote ${(quoteLen / size).toFixed(0)} chars`,
    );
    console.log(
      `  values: ${Object.entries(mix)
        .map(([k, n]) => `${k} ${pct(n)}`)
        .join(", ")}`,
    );
  }
}

if (failures) {
  console.error(`${failures} problem(s)`);
  process.exit(1);
}
console.log("generator OK");

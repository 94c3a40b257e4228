// Deterministic generator of benchmark corpora for concord.
//
//   import { generateCorpus } from "./generate.mjs";
//   const corpus = generateCorpus(100_000, "spread", 1);   // plain JS object, ready for JSON.stringify
//
// CLI (used by case.mjs, so generation never counts towards a case's peak memory):
//   node bench/generate.mjs SIZE SHAPE [SEED] [OUT.json]
// writes the JSON text to OUT (or stdout) and a summary line to stderr.
//
// Shapes:
//   spread — many small propositions: ~5 claims per (subject, attribute) pair (size / 5 propositions).
//   piled  — 100 propositions whatever the size: 100 claims each at 10k, 1,000 at 100k, 10,000 at 1M.
// Shapes that single out one dimension (SHAPE_CASES, for the shape-case table):
//   instant        — one numeric, over-time proposition; every claim stated at the same instant.
//   side-per-claim — one numeric proposition; every claim speaks for a side of its own (one side per
//                    claim in `sides`), and values are plain quantities (a per-side value would count
//                    every one of those sides).
//
// Everything comes from a seeded mulberry32 PRNG: the same (size, shape, seed) always gives the same text.

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SHAPES = ["spread", "piled"];
export const SHAPE_CASES = ["instant", "side-per-claim"];
export const ALL_SHAPES = [...SHAPES, ...SHAPE_CASES];
export const DEFAULT_SEED = 20250516;
export const PILED_PROPOSITIONS = 100;
export const SPREAD_CLAIMS_PER_PROPOSITION = 5;

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Fixed vocabulary

const SIDES = [
  { id: "ukraine", name: "Ukraine", role: "party" },
  { id: "russia", name: "Russia", role: "party" },
  { id: "turkey", name: "Türkiye", role: "mediator" },
];

const ATTRIBUTES = [
  { id: "agreed-size", changes: "never" },
  { id: "status", changes: "over-time" },
  { id: "returned", changes: "over-time" },
];

const STATUS_LABELS = ["agreed", "activated", "stalled", "talks-to-resume"];

const NUMBER_WORDS = [
  "One",
  "Two",
  "Three",
  "Four",
  "Five",
  "Six",
  "Seven",
  "Eight",
  "Nine",
  "Ten",
  "Eleven",
  "Twelve",
  "Thirteen",
  "Fourteen",
  "Fifteen",
  "Sixteen",
  "Seventeen",
  "Eighteen",
  "Nineteen",
  "Twenty",
  "Twenty-One",
  "Twenty-Two",
  "Twenty-Three",
  "Twenty-Four",
  "Twenty-Five",
  "Twenty-Six",
  "Twenty-Seven",
  "Twenty-Eight",
  "Twenty-Nine",
  "Thirty",
];
// The alias flavour follows the actor's side; the number makes every alias unique.
const ALIAS_STYLE = {
  ukraine: [(n) => `Diiach ${n}`, (n) => `Ofitsiinyi ${n}`],
  russia: [(n) => `Deyatel ${n}`, (n) => `Ofitsialny ${n}`],
  turkey: [(n) => `Yetkili ${n}`, (n) => `Sözcü ${n}`],
};

const QUOTE_WORDS = [
  "the",
  "exchange",
  "of",
  "prisoners",
  "will",
  "take",
  "place",
  "next",
  "week",
  "both",
  "sides",
  "agreed",
  "on",
  "a",
  "thousand",
  "for",
  "thousand",
  "talks",
  "resume",
  "in",
  "Istanbul",
  "we",
  "confirm",
  "that",
  "bodies",
  "were",
  "returned",
  "delegation",
  "stated",
  "no",
  "agreement",
  "was",
  "reached",
  "today",
  "humanitarian",
  "track",
  "continues",
  "first",
  "stage",
  "completed",
  "ceasefire",
  "memorandum",
];

const LANGUAGES = ["en", "uk", "ru", "tr"];
const OFFSETS = ["+03:00", "+02:00", "+00:00", "Z"];

/** The one moment of the instant shape. */
const INSTANT = "2025-05-16T14:30:00+03:00";
const INSTANT_DAY = 135; // 2025-05-16

const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2025, 0, 1);
const DAYS_IN_2025 = 365;

function isoDay(dayIndex) {
  // dayIndex 0 = 2025-01-01; clamped to 2025.
  const d = Math.min(DAYS_IN_2025 - 1, Math.max(0, dayIndex));
  return new Date(YEAR_START + d * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------

/**
 * @param {number} size   number of claims
 * @param {"spread"|"piled"|"instant"|"side-per-claim"} shape
 * @param {number} [seed]
 * @returns {{sides: object[], actors: object[], sources: object[], attributes: object[], claims: object[]}}
 */
export function generateCorpus(size, shape, seed = DEFAULT_SEED) {
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a positive integer, got ${size}`);
  if (!ALL_SHAPES.includes(shape)) throw new Error(`shape must be one of ${ALL_SHAPES.join(", ")}, got ${shape}`);
  const instant = shape === "instant";
  const sidePerClaim = shape === "side-per-claim";
  const single = instant || sidePerClaim;
  const rnd = mulberry32(seed);
  const int = (n) => Math.floor(rnd() * n); // 0 .. n-1
  const pick = (arr) => arr[int(arr.length)];
  const chance = (p) => rnd() < p;

  // --- actors: 30, spread over the three sides (12 / 12 / 6), 1-2 unique aliases each.
  const actors = [];
  const actorSide = [];
  for (let i = 0; i < 30; i++) {
    const side = i < 12 ? "ukraine" : i < 24 ? "russia" : "turkey";
    const n = i + 1;
    const styles = ALIAS_STYLE[side];
    const aliases = [styles[0](n)];
    if (chance(0.5)) aliases.push(styles[1](n));
    actors.push({ id: `a${n}`, name: `Actor ${NUMBER_WORDS[i]}`, side, aliases });
    actorSide.push(side);
  }

  // --- sources: 200, published over 2025; ~20% machine translations.
  const sources = [];
  const sourcePublishedDay = [];
  for (let i = 0; i < 200; i++) {
    const day = 9 + int(DAYS_IN_2025 - 9); // 2025-01-10 .. 2025-12-31
    const source = { id: `s${i + 1}`, outlet: `Outlet ${1 + (i % 60)}`, published: isoDay(day) };
    if (chance(0.2)) {
      source.language = "en";
      source.translation = "machine";
      source.translatedFrom = pick(["uk", "ru", "tr"]);
    } else {
      source.language = pick(LANGUAGES);
      source.translation = "none";
    }
    sources.push(source);
    sourcePublishedDay.push(day);
  }

  // --- propositions: (subject, attribute) pairs with a value family and a cluster centre.
  //   family by index (i % 20): 0-4 label ("status"), 5 date ("returned"), else numeric (agreed-size | returned)
  //   → ~25% labels, ~5% dates, ~70% numeric (of which 5/7 quantities and 2/7 per-side).
  //   The single-proposition shapes draw neither: one numeric proposition (instant: "returned",
  //   over-time; side-per-claim: "agreed-size").
  const nProps = single
    ? 1
    : shape === "piled"
      ? Math.min(PILED_PROPOSITIONS, size)
      : Math.max(1, Math.round(size / SPREAD_CLAIMS_PER_PROPOSITION));
  const subjectCounter = { "agreed-size": 0, status: 0, returned: 0 };
  const props = new Array(nProps);
  for (let i = 0; i < nProps; i++) {
    const slot = i % 20;
    let family;
    let attribute;
    if (single) {
      family = "numeric";
      attribute = instant ? "returned" : "agreed-size";
    } else if (slot < 5) {
      family = "label";
      attribute = "status";
    } else if (slot === 5) {
      family = "date";
      attribute = "returned";
    } else {
      family = "numeric";
      attribute = chance(0.6) ? "agreed-size" : "returned";
    }
    // Per-attribute counters: exchange/7 typically has an agreed-size, a status and a returned proposition.
    const subject = `exchange/${++subjectCounter[attribute]}`;
    props[i] = {
      subject,
      attribute,
      family,
      base: 10 * (5 + int(500)), // 50 .. 5040, multiple of 10
      label: pick(STATUS_LABELS),
      day: int(DAYS_IN_2025),
      claimIds: [], // ids generated so far (in order)
      claimDays: [], // stated day (or -1) of each, for picking plausible supersedes targets
    };
  }

  // --- which proposition each claim belongs to: every proposition at least once, the rest uniform, shuffled.
  const owner = new Int32Array(size);
  for (let i = 0; i < size; i++) owner[i] = i < nProps ? i : int(nProps);
  for (let i = size - 1; i > 0; i--) {
    const j = int(i + 1);
    const t = owner[i];
    owner[i] = owner[j];
    owner[j] = t;
  }

  const jitter = (base) => {
    // Clustered: ~half agree exactly with the centre, the rest vary by up to ±30%.
    if (chance(0.5)) return base;
    const v = Math.round((base * (1 + (rnd() * 0.6 - 0.3))) / 10) * 10;
    return Math.max(10, v);
  };

  const quantity = (base) => {
    const r = rnd();
    if (r < 0.55) return { kind: "quantity", value: jitter(base), unit: "person" };
    if (r < 0.8) return { kind: "quantity", value: jitter(base), approx: true, unit: "person" };
    if (r < 0.95) {
      const a = jitter(base);
      const b = jitter(base);
      const min = Math.min(a, b);
      const max = Math.max(a, b) + (a === b ? 10 * (1 + int(20)) : 0);
      return { kind: "quantity", min, max, unit: "person" };
    }
    return { kind: "quantity", min: jitter(base), unit: "person" };
  };

  const perSide = (base) => {
    const each = Math.max(10, Math.round(jitter(base) / 20) * 10); // about half the total, per side
    if (chance(0.7)) return { kind: "per-side", each: { value: each } };
    const other = chance(0.7) ? each : Math.max(10, Math.round(jitter(base) / 20) * 10);
    return { kind: "per-side", bySide: { ukraine: { value: each }, russia: { value: other } } };
  };

  const label = (p) => ({ kind: "label", value: chance(0.6) ? p.label : pick(STATUS_LABELS) });

  const date = (p) => ({ kind: "date", value: isoDay(chance(0.5) ? p.day : p.day + int(11) - 5) });

  const quote = () => {
    let q = pick(QUOTE_WORDS);
    while (q.length < 37) q += ` ${pick(QUOTE_WORDS)}`;
    return q;
  };

  const two = (n) => (n < 10 ? `0${n}` : `${n}`);

  // --- claims
  // Only claims with an earlier claim in their proposition can supersede; scale so ~2% of all claims do.
  const supersedeChance = Math.min(1, (0.02 * size) / Math.max(1, size - nProps)) * 1.05;
  const claims = new Array(size);
  for (let i = 0; i < size; i++) {
    const p = props[owner[i]];
    const actorIndex = int(actors.length);
    const actor = actors[actorIndex];
    const sourceIndex = int(sources.length);
    const id = `c${i + 1}`;

    const claim = {
      id,
      speaker: chance(0.1) ? pick(actor.aliases) : actor.id,
      source: sources[sourceIndex].id,
    };

    // stated on ~60%: on or up to 10 days before the source's publication; ~15% of those are date-times.
    let statedDay = -1;
    if (instant) {
      statedDay = INSTANT_DAY;
      claim.stated = INSTANT;
    } else if (chance(0.6)) {
      statedDay = Math.max(0, sourcePublishedDay[sourceIndex] - int(11));
      const day = isoDay(statedDay);
      claim.stated = chance(0.15)
        ? `${day}T${two(6 + int(16))}:${two(int(60))}:00${pick(OFFSETS)}` // 06:00-21:59, offsets ≥ 0: never a later UTC day
        : day;
    }

    if (sidePerClaim) claim.side = `w${i + 1}`;

    claim.subject = p.subject;
    claim.attribute = p.attribute;

    let value;
    if (p.family === "label") value = label(p);
    else if (p.family === "date") value = date(p);
    else value = sidePerClaim || rnd() < 5 / 7 ? quantity(p.base) : perSide(p.base);
    claim.value = value;

    claim.stance = chance(0.05) ? "denies" : "asserts";
    claim.quote = quote();

    // ~2%: supersede an earlier claim of the same proposition, preferring one not stated later than this one.
    if (p.claimIds.length > 0 && chance(supersedeChance)) {
      let target = -1;
      for (let tries = 0; tries < 8 && target < 0; tries++) {
        const k = int(p.claimIds.length);
        const d = p.claimDays[k];
        if (statedDay < 0 || d < 0 || d <= statedDay) target = k;
      }
      if (target >= 0) claim.supersedes = [p.claimIds[target]];
    }

    p.claimIds.push(id);
    p.claimDays.push(statedDay);
    claims[i] = claim;
  }

  const sides = SIDES.map((s) => ({ ...s }));
  if (sidePerClaim) for (let i = 0; i < size; i++) sides.push({ id: `w${i + 1}`, name: `Witness ${i + 1}` });
  return {
    sides,
    actors,
    sources,
    attributes: ATTRIBUTES.map((a) => ({ ...a })),
    claims,
  };
}

/** Counts that a reader of the benchmark may want next to the timings. */
export function describeCorpus(corpus) {
  const pairs = new Set();
  let supersedes = 0;
  for (const c of corpus.claims) {
    pairs.add(`${c.subject}\u0000${c.attribute}`);
    if (c.supersedes) supersedes++;
  }
  return { claims: corpus.claims.length, propositions: pairs.size, supersedes };
}

// ---------------------------------------------------------------------------------------------
// CLI

export function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(String(s));
  if (!m) throw new Error(`bad size ${s} (use e.g. 10000, 10k, 1M)`);
  const mult = m[2] === "" ? 1 : m[2].toLowerCase() === "k" ? 1_000 : 1_000_000;
  return Math.round(Number(m[1]) * mult);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [sizeArg, shape = "spread", seedArg, out] = process.argv.slice(2);
  if (!sizeArg) {
    console.error("usage: node bench/generate.mjs SIZE SHAPE [SEED] [OUT.json]");
    process.exit(2);
  }
  const size = parseSize(sizeArg);
  const seed = seedArg === undefined ? DEFAULT_SEED : Number(seedArg);
  const t0 = performance.now();
  const corpus = generateCorpus(size, shape, seed);
  const info = describeCorpus(corpus);
  const text = JSON.stringify(corpus);
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  console.error(
    `  generated ${shape} ${size}: ${info.propositions} propositions, ${info.supersedes} supersedes, ` +
      `${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms (seed ${seed})`,
  );
}

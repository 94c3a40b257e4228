/**
 * `concord/testing`: fast-check arbitraries for property tests of concord and of code built on it.
 *
 * fast-check is an optional peer dependency of concord; only this entry point imports it.
 */
import fc from "fast-check";
import {
  type ActorInput,
  type AttributeInput,
  type Changes,
  type Claim,
  type ClaimInput,
  type Corpus,
  type CorpusInput,
  type IssueCode,
  type IssuePath,
  parseCorpus,
  type QuantityBody,
  type ReconcileOptions,
  type SideInput,
  type SourceInput,
  type Value,
} from "../index.js";

// ---------------------------------------------------------------------------------------------
// Pools. Small on purpose: values cluster so that agreements and contradictions both occur often,
// and names are real-looking so that counterexamples read like a corpus.

/** Counts that recur in the Istanbul exchanges, and their neighbours within the default tolerance. */
const COUNTS = [0, 390, 400, 780, 1000, 1080, 1100, 1200, 1320, 2000, 2400] as const;
const UNITS = ["person", "body"] as const;
const LABELS = ["stalled", "activated", "all-for-all", "completed", "Café", "Cafe\u0301"] as const;
/** Days claims are stated on and dates are about; two are one day apart, so approximate dates meet. */
const DAYS = [
  "2025-05-16",
  "2025-05-17",
  "2025-05-23",
  "2025-06-02",
  "2025-07-23",
  "2025-11-15",
  "2025-12-11",
] as const;
const HOURS = ["00", "03", "12", "23"] as const;
/** With "+03:00", 03:00 is midnight UTC: a date-time then falls on a date-only moment. */
const OFFSETS = ["Z", "+03:00", "-04:00", "+00:00"] as const;
const LANGUAGES = ["en", "uk", "ru", "de", "nl", "tr"] as const;
const OUTLETS = ["Interfax-Ukraine", "TASS", "Anadolu", "Korrespondent.net", "NOS"] as const;
const QUOTES = ["1000 for 1000", "все на всех", "the talks have stalled", "обмін відбудеться"] as const;
const SUBJECTS = ["pow-exchange/istanbul-2025-05-16", "pow-exchange/istanbul-2025-06-02", "ceasefire/energy"] as const;
const SIDE_PAIRS = [
  [
    { id: "ukraine", name: "Ukraine" },
    { id: "russia", name: "Russia" },
  ],
  [
    { id: "north", name: "The North" },
    { id: "south", name: "The South" },
  ],
] as const;
const MEDIATORS = [
  { id: "turkey", name: "Türkiye" },
  { id: "qatar", name: "Qatar" },
] as const;

/** Actors whose ids, names and aliases fold (case, diacritics) to keys no other actor has. */
const ACTORS = [
  { id: "umerov", name: "Rustem Umerov", aliases: ["Umjerow", "Oemerov", "Умєров"] },
  { id: "zelenskyy", name: "Volodymyr Zelenskyy", aliases: ["Selenskyj", "Zelensky", "Зеленський"] },
  { id: "yermak", name: "Andriy Yermak", aliases: ["Jermak", "Єрмак"] },
  { id: "medinsky", name: "Vladimir Medinsky", aliases: ["Medinskiy", "Medinski", "Мединский"] },
  { id: "peskov", name: "Dmitry Peskov", aliases: ["Peskow", "Песков"] },
  { id: "lavrov", name: "Sergey Lavrov", aliases: ["Lawrow", "Лавров"] },
  { id: "fidan", name: "Hakan Fidan", aliases: ["Fidán"] },
  { id: "erdogan", name: "Recep Tayyip Erdoğan", aliases: ["Erdogan", "Эрдоган"] },
  { id: "witkoff", name: "Steve Witkoff", aliases: ["Witkow"] },
] as const;

type Kind = Value["kind"];
const KINDS: readonly Kind[] = ["quantity", "per-side", "label", "date"];

/** Attributes and the kinds of answer they usually get (the first most often). */
const ATTRIBUTES: readonly { readonly id: string; readonly kinds: readonly Kind[] }[] = [
  { id: "agreed-size", kinds: ["per-side", "per-side", "quantity"] },
  { id: "returned", kinds: ["quantity", "quantity", "per-side"] },
  { id: "status", kinds: ["label"] },
  { id: "next-round", kinds: ["date"] },
];

/** Stand-ins for party ids while a corpus's sides are not yet known. */
const PLACEHOLDER_PARTIES = ["\u0001party-0", "\u0001party-1"] as const;

// ---------------------------------------------------------------------------------------------
// Values

const countArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...COUNTS), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 2000 }), weight: 1 },
);

const approxArb: fc.Arbitrary<boolean | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.constant(true), weight: 2 },
  { arbitrary: fc.constant(false), weight: 1 },
);

const unitArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.constantFrom(...UNITS), weight: 2 },
);

/** A quantity body without its unit: exact, a range, min only or max only, perhaps approximate. */
const bodyArb: fc.Arbitrary<QuantityBody> = fc
  .tuple(
    fc.oneof(
      { arbitrary: countArb.map((value): QuantityBody => ({ value })), weight: 3 },
      {
        arbitrary: fc
          .tuple(countArb, countArb)
          .map(([x, y]): QuantityBody => ({ min: Math.min(x, y), max: Math.max(x, y) })),
        weight: 2,
      },
      { arbitrary: countArb.map((min): QuantityBody => ({ min })), weight: 1 },
      { arbitrary: countArb.map((max): QuantityBody => ({ max })), weight: 1 },
    ),
    approxArb,
  )
  .map(([body, approx]) => (approx === undefined ? body : { ...body, approx }));

function withUnit(body: QuantityBody, unit: string | undefined): QuantityBody {
  return unit === undefined ? body : { ...body, unit };
}

function dayFrom(offset: number): string {
  return new Date(Date.UTC(2025, 4, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A calendar day: mostly from {@link DAYS}, sometimes any day from May 2025 to early 2026. */
const dayArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...DAYS), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 250 }).map(dayFrom), weight: 1 },
);

/** A date-time with an offset, on one of the usual days. */
const dateTimeArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...DAYS), fc.constantFrom(...HOURS), fc.constantFrom("00", "30"), fc.constantFrom(...OFFSETS))
  .map(([day, hour, minute, offset]) => `${day}T${hour}:${minute}:00${offset}`);

function quantityArb(): fc.Arbitrary<Value> {
  return fc.tuple(bodyArb, unitArb).map(([body, unit]): Value => ({ kind: "quantity", ...withUnit(body, unit) }));
}

function perSideArb(parties: readonly string[]): fc.Arbitrary<Value> {
  const each = fc
    .tuple(bodyArb, unitArb)
    .map(([body, unit]): Value => ({ kind: "per-side", each: withUnit(body, unit) }));
  if (parties.length === 0) return each;
  const bySide = fc
    .tuple(
      fc.array(bodyArb, { minLength: parties.length, maxLength: parties.length }),
      unitArb,
      fc.boolean(),
      fc.boolean(),
    )
    .map(([bodies, unit, reversed, uniform]): Value => {
      // Sometimes every party gets the same figure: the same statement as an `each`.
      const entries = parties.map((party, index): [string, QuantityBody] => [
        party,
        withUnit((uniform ? bodies[0] : bodies[index]) ?? {}, unit),
      ]);
      if (reversed) entries.reverse();
      return { kind: "per-side", bySide: Object.fromEntries(entries) };
    });
  return fc.oneof({ arbitrary: each, weight: 2 }, { arbitrary: bySide, weight: 1 });
}

function labelArb(): fc.Arbitrary<Value> {
  return fc.constantFrom(...LABELS).map((value): Value => ({ kind: "label", value }));
}

function dateArb(): fc.Arbitrary<Value> {
  return fc
    .tuple(
      fc.oneof(
        { arbitrary: dayArb.map((value) => ({ value })), weight: 2 },
        {
          arbitrary: fc.tuple(dayArb, dayArb).map(([x, y]) => (x <= y ? { min: x, max: y } : { min: y, max: x })),
          weight: 1,
        },
      ),
      approxArb,
    )
    .map(
      ([days, approx]): Value => (approx === undefined ? { kind: "date", ...days } : { kind: "date", ...days, approx }),
    );
}

/**
 * Options for {@link valueArb}.
 *
 * @example
 * const options: ValueArbOptions = { parties: ["north", "south"], kinds: ["per-side"] };
 */
export interface ValueArbOptions {
  /**
   * The party side ids a `bySide` figure names, exactly.
   * @defaultValue ["ukraine", "russia"]
   */
  readonly parties?: readonly string[] | undefined;
  /**
   * The kinds of value to generate.
   * @defaultValue ["quantity", "per-side", "label", "date"]
   */
  readonly kinds?: readonly Value["kind"][] | undefined;
}

/**
 * Values of every kind, as a corpus writes them and parseCorpus accepts them: quantities (exact,
 * approximate, ranges, min only, max only, with or without a unit), per-side figures (`each`, or
 * `bySide` naming exactly the parties), labels and dates (a day or a span, perhaps approximate).
 * Numbers are small and clustered (0–2,000, often 390, 1,000 or 1,200), so that two values agree
 * about as often as they contradict.
 *
 * @param options - `parties` for `bySide` keys, `kinds` to keep.
 * @returns An arbitrary of values.
 * @example
 * fc.sample(valueArb({ kinds: ["label"] }), 1)[0]?.kind; // => "label"
 */
export function valueArb(options?: ValueArbOptions): fc.Arbitrary<Value> {
  const parties = options?.parties ?? ["ukraine", "russia"];
  const kinds = options?.kinds ?? KINDS;
  const arbitraries = [...new Set(kinds)].map((kind): fc.Arbitrary<Value> => {
    switch (kind) {
      case "quantity":
        return quantityArb();
      case "per-side":
        return perSideArb(parties);
      case "label":
        return labelArb();
      case "date":
        return dateArb();
      default:
        throw new RangeError(`valueArb: no value kind ${JSON.stringify(kind satisfies never)}`);
    }
  });
  const [first, ...rest] = arbitraries;
  if (!first) throw new RangeError("valueArb needs at least one kind");
  return rest.length === 0 ? first : fc.oneof(first, ...rest);
}

// ---------------------------------------------------------------------------------------------
// Corpus inputs

/**
 * Options for {@link corpusInputArb} and the arbitraries built on it.
 *
 * @example
 * const options: CorpusArbOptions = { minClaims: 2, maxClaims: 6, changes: "over-time" };
 */
export interface CorpusArbOptions {
  /**
   * The fewest claims.
   * @defaultValue 1
   */
  readonly minClaims?: number | undefined;
  /**
   * The most claims.
   * @defaultValue 12
   */
  readonly maxClaims?: number | undefined;
  /** When given, every attribute claims use is declared with this behaviour. */
  readonly changes?: Changes | undefined;
}

type Casing = "as-is" | "upper" | "lower";

function spell(name: string, casing: Casing): string {
  return casing === "upper" ? name.toUpperCase() : casing === "lower" ? name.toLowerCase() : name;
}

const casingArb: fc.Arbitrary<Casing> = fc.constantFrom<Casing>("as-is", "as-is", "upper", "lower");

function optional<T>(arbitrary: fc.Arbitrary<T>, weight = 1, outOf = 2): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: outOf - weight }, { arbitrary, weight });
}

const headerArb = fc.record({
  pair: fc.nat({ max: SIDE_PAIRS.length - 1 }),
  sideNames: fc.boolean(),
  explicitRole: fc.boolean(),
  mediator: optional(
    fc.record({
      which: fc.nat({ max: MEDIATORS.length - 1 }),
      role: fc.constantFrom<"mediator" | "observer">("mediator", "observer"),
      at: fc.nat({ max: 2 }),
    }),
  ),
  actors: fc.uniqueArray(
    fc.record({
      spec: fc.nat({ max: ACTORS.length - 1 }),
      named: fc.boolean(),
      aliases: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      side: fc.nat(),
    }),
    { selector: (actor) => actor.spec, minLength: 2, maxLength: 5 },
  ),
  sources: fc.array(
    fc.record({
      outlet: fc.nat({ max: OUTLETS.length - 1 }),
      published: fc.oneof({ arbitrary: dayArb, weight: 2 }, { arbitrary: dateTimeArb, weight: 1 }),
      language: fc.constantFrom(...LANGUAGES),
      translation: optional(fc.constantFrom<"none" | "human" | "machine">("none", "human", "machine")),
      url: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  subjects: fc.shuffledSubarray([...SUBJECTS], { minLength: 1, maxLength: 2 }),
  attributes: fc.shuffledSubarray([...ATTRIBUTES], { minLength: 1, maxLength: 3 }),
  declarations: fc.array(
    fc.record({
      declared: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
      changes: fc.constantFrom<Changes>("never", "over-time"),
      explicit: fc.boolean(),
      // Over-time attributes only: the windows real corpora use, from hours to a month.
      freshFor: optional(fc.constantFrom("PT12H", "P1D", "P3D", "P2W", "P1M")),
      estimate: fc.oneof({ arbitrary: fc.constant(false), weight: 2 }, { arbitrary: fc.constant(true), weight: 1 }),
    }),
    { minLength: 3, maxLength: 3 },
  ),
});

const claimDraftArb = fc.record({
  subject: fc.nat(),
  attribute: fc.nat(),
  speaker: fc.nat(),
  spelling: fc.nat(),
  casing: casingArb,
  source: fc.nat(),
  stated: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: dayArb, weight: 1 },
    { arbitrary: dateTimeArb, weight: 1 },
  ),
  denies: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
  explicitStance: fc.boolean(),
  values: fc.record({
    quantity: valueArb({ kinds: ["quantity"] }),
    perSide: valueArb({ kinds: ["per-side"], parties: PLACEHOLDER_PARTIES }),
    label: valueArb({ kinds: ["label"] }),
    date: valueArb({ kinds: ["date"] }),
  }),
  kind: fc.nat(),
  offKind: fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 }),
  supersedes: optional(fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), 1, 4),
  side: optional(fc.nat(), 1, 10),
  via: optional(fc.nat(), 1, 20),
  quote: optional(fc.constantFrom(...QUOTES), 1, 5),
});

type Header = typeof headerArb extends fc.Arbitrary<infer T> ? T : never;
type ClaimDraft = typeof claimDraftArb extends fc.Arbitrary<infer T> ? T : never;

function at<T>(list: readonly T[], index: number): T {
  const element = list[index % list.length];
  if (element === undefined) throw new RangeError("empty pool");
  return element;
}

/** Puts the corpus's party ids in place of the placeholders in a `bySide` figure. */
function withParties(value: Value, parties: readonly string[]): Value {
  if (value.kind !== "per-side" || value.bySide === undefined) return value;
  const bySide: Record<string, QuantityBody> = {};
  for (const [key, body] of Object.entries(value.bySide)) {
    const index = PLACEHOLDER_PARTIES.indexOf(key as (typeof PLACEHOLDER_PARTIES)[number]);
    bySide[index >= 0 ? (parties[index] ?? key) : key] = body;
  }
  return { kind: "per-side", bySide };
}

function buildCorpus(
  header: Header,
  drafts: readonly ClaimDraft[],
  options: CorpusArbOptions | undefined,
): CorpusInput {
  // Sides: two parties, perhaps a mediator or observer somewhere among them.
  const pair = at(SIDE_PAIRS, header.pair);
  const sides: SideInput[] = pair.map((side): SideInput => {
    const written: SideInput = { id: side.id };
    if (header.sideNames) written.name = side.name;
    if (header.explicitRole) written.role = "party";
    return written;
  });
  const parties = pair.map((side) => side.id);
  if (header.mediator) {
    const mediator = at(MEDIATORS, header.mediator.which);
    const written: SideInput = { id: mediator.id, role: header.mediator.role };
    if (header.sideNames) written.name = mediator.name;
    sides.splice(header.mediator.at, 0, written);
  }
  const sideIds = sides.map((side) => side.id);

  // Actors: the first speaks for the first party, the second for the second, the rest anywhere.
  const actors: ActorInput[] = header.actors.map((draft, index): ActorInput => {
    const spec = at(ACTORS, draft.spec);
    const side = index < parties.length ? (parties[index] ?? "") : at(sideIds, draft.side);
    const actor: ActorInput = { id: spec.id, side };
    if (draft.named) actor.name = spec.name;
    const aliases = spec.aliases.filter((_, j) => draft.aliases[j]);
    if (aliases.length > 0) actor.aliases = aliases;
    return actor;
  });
  const spellings = actors.map((actor) => [
    actor.id,
    ...(actor.name === undefined ? [] : [actor.name]),
    ...(actor.aliases ?? []),
  ]);

  const sources: SourceInput[] = header.sources.map((draft, index): SourceInput => {
    const source: SourceInput = {
      id: `src-${index}`,
      outlet: at(OUTLETS, draft.outlet),
      published: draft.published,
      language: draft.language,
    };
    if (draft.translation !== undefined) {
      source.translation = draft.translation;
      if (draft.translation !== "none") source.translatedFrom = draft.language === "uk" ? "ru" : "uk";
    }
    if (draft.url) source.url = `https://example.org/${index}`;
    return source;
  });

  const attributes: AttributeInput[] = [];
  header.attributes.forEach((attribute, index) => {
    const declaration = header.declarations[index];
    if (!declaration) return;
    if (options?.changes !== undefined) {
      const written: AttributeInput = { id: attribute.id, changes: options.changes };
      if (options.changes === "over-time" && declaration.freshFor !== undefined)
        written.freshFor = declaration.freshFor;
      if (declaration.estimate) written.bounds = "estimate";
      attributes.push(written);
    } else if (declaration.declared) {
      const written: AttributeInput = { id: attribute.id };
      if (declaration.explicit || declaration.changes === "over-time") written.changes = declaration.changes;
      if (declaration.changes === "over-time" && declaration.freshFor !== undefined)
        written.freshFor = declaration.freshFor;
      if (declaration.estimate) written.bounds = "estimate";
      attributes.push(written);
    }
  });

  const claims: ClaimInput[] = [];
  drafts.forEach((draft, index) => {
    const subject = at(header.subjects, draft.subject);
    const attribute = at(header.attributes, draft.attribute);
    const kind = draft.offKind ? at(KINDS, draft.kind) : at(attribute.kinds, draft.kind);
    const value =
      kind === "quantity"
        ? draft.values.quantity
        : kind === "per-side"
          ? withParties(draft.values.perSide, parties)
          : kind === "label"
            ? draft.values.label
            : draft.values.date;
    const speakerIndex = draft.speaker % actors.length;
    const claim: ClaimInput = {
      id: `c${index}`,
      speaker: spell(at(spellings[speakerIndex] ?? [], draft.spelling), draft.casing),
      source: at(sources, draft.source).id,
      subject,
      attribute: attribute.id,
      value,
    };
    if (draft.stated !== undefined) claim.stated = draft.stated;
    if (draft.denies) claim.stance = "denies";
    else if (draft.explicitStance) claim.stance = "asserts";
    if (draft.supersedes) {
      // Only earlier claims of the same proposition, so links never form a cycle.
      const earlier = claims.filter((other) => other.subject === subject && other.attribute === attribute.id);
      const targets = [...new Set(draft.supersedes.map((pick) => earlier[pick % Math.max(earlier.length, 1)]?.id))];
      const ids = targets.filter((id): id is string => id !== undefined);
      if (ids.length > 0) claim.supersedes = ids;
    }
    if (draft.side !== undefined) claim.side = at(sideIds, draft.side);
    if (draft.via !== undefined) claim.via = at(actors, draft.via).id;
    if (draft.quote !== undefined) claim.quote = draft.quote;
    claims.push(claim);
  });

  const corpus: CorpusInput = { sides, actors, sources, claims };
  if (attributes.length > 0) corpus.attributes = attributes;
  return corpus;
}

/**
 * Whole, valid corpus inputs in the JSON shape parseCorpus accepts: two parties and perhaps a
 * mediator or observer; actors with aliases that never collide after case and diacritic folding;
 * sources dated by a day or a date-time with an offset; attributes that change `never` or
 * `over-time` (some left undeclared; some over-time ones with a `freshFor` — PT12H, P1D, P3D, P2W
 * or P1M — and any of them, about a third, reading lone bounds as estimates, `bounds:
 * "estimate"`); claims on one or two subjects and a few attributes, so each
 * proposition has several claims. Some claims deny, some leave `stated` to their source, some
 * name a speaker by an alias in another case, and some `supersedes` an earlier claim of the same
 * proposition (never forming a cycle).
 *
 * @param options - `minClaims`, `maxClaims`, and `changes` to declare every attribute alike.
 * @returns An arbitrary of corpus inputs parseCorpus accepts.
 * @example
 * parseCorpus(fc.sample(corpusInputArb(), 1)[0]).ok; // => true
 */
export function corpusInputArb(options?: CorpusArbOptions): fc.Arbitrary<CorpusInput> {
  const minLength = options?.minClaims ?? 1;
  const maxLength = Math.max(minLength, options?.maxClaims ?? 12);
  return fc
    .tuple(headerArb, fc.array(claimDraftArb, { minLength, maxLength }))
    .map(([header, drafts]) => buildCorpus(header, drafts, options));
}

function resolve(input: CorpusInput): Corpus {
  const result = parseCorpus(input);
  if (!result.ok) {
    // corpusInputArb only builds valid corpora; reaching this is a bug in one of the two.
    throw new Error(`corpusInputArb built a corpus parseCorpus rejects: ${JSON.stringify(result.errors)}`);
  }
  return result.corpus;
}

/**
 * Resolved corpora: what parseCorpus returns for {@link corpusInputArb}'s inputs.
 *
 * @param options - As for {@link corpusInputArb}.
 * @returns An arbitrary of resolved corpora.
 * @example
 * fc.sample(corpusArb(), 1)[0]?.sides.filter((side) => side.role === "party").length; // => 2
 */
export function corpusArb(options?: CorpusArbOptions): fc.Arbitrary<Corpus> {
  return corpusInputArb(options).map(resolve);
}

/**
 * The resolved claims of one corpus (at least one; ids unique, parties shared), for properties
 * that relate claims to each other.
 *
 * @param options - As for {@link corpusInputArb}.
 * @returns An arbitrary of non-empty claim lists.
 * @example
 * new Set(fc.sample(claimsArb({ minClaims: 3 }), 1)[0]?.map((claim) => claim.id)).size >= 3; // => true
 */
export function claimsArb(options?: CorpusArbOptions): fc.Arbitrary<readonly Claim[]> {
  return corpusArb({ ...options, minClaims: Math.max(1, options?.minClaims ?? 1) }).map((corpus) => corpus.claims);
}

/**
 * One resolved claim, as parseCorpus returns it, with its side, moment, attribute behaviour and
 * parties filled in.
 *
 * @param options - As for {@link corpusInputArb}.
 * @returns An arbitrary of claims.
 * @example
 * fc.sample(claimArb(), 1)[0]?.parties.length; // => 2
 */
export function claimArb(options?: CorpusArbOptions): fc.Arbitrary<Claim> {
  return fc.tuple(claimsArb(options), fc.nat()).map(([claims, pick]) => at(claims, pick));
}

// ---------------------------------------------------------------------------------------------
// Reconcile options

/**
 * A moment to cut a reconciliation at, as `asOf` or `knownAt` take it: a date (the whole UTC day
 * counts) or a date-time with an offset, on or around the days the corpus arbitraries state claims
 * and publish sources on. It hits those very days and their midnights often, and the instant just
 * before or after a day ends, where a cut-off is easiest to get wrong; sometimes it falls before
 * every claim or after all of them.
 *
 * @returns An arbitrary of ISO dates and date-times parseCorpus's moments compare with.
 * @example
 * fc.sample(knownAtArb(), 5).every((moment) => Number.isFinite(Date.parse(moment))); // => true
 */
export function knownAtArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...DAYS), weight: 3 },
    { arbitrary: dateTimeArb, weight: 2 },
    // The last and the first instant around a day's end, in UTC and at an offset.
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom(...DAYS),
          fc.constantFrom("T23:59:59.999Z", "T00:00:00Z", "T02:59:59+03:00", "T00:00:00.001Z"),
        )
        .map(([day, time]) => `${day}${time}`),
      weight: 1,
    },
    { arbitrary: fc.integer({ min: -10, max: 260 }).map(dayFrom), weight: 1 },
  );
}

/**
 * Options for reconcile that exercise its edges: `asOf` and `knownAt` from {@link knownAtArb}
 * (each perhaps absent), `tolerance` 0 to 0.3, `dateTolerance` 0 to 7 days, `boundReach` from 0
 * (estimates exactly at their bound) to 1, and a `maxContradictions` from 0 (truncated at once)
 * up, or absent. Every value is one reconcile accepts. The windows (`freshFor`) and estimate
 * bounds are the corpus's own, from {@link corpusInputArb}.
 *
 * @returns An arbitrary of valid reconcile options.
 * @example
 * const picture = reconcile(fc.sample(corpusArb(), 1)[0]!, fc.sample(reconcileOptionsArb(), 1)[0]);
 * picture.propositions.length >= 0; // => true
 */
export function reconcileOptionsArb(): fc.Arbitrary<ReconcileOptions> {
  return fc.record(
    {
      asOf: knownAtArb(),
      knownAt: knownAtArb(),
      tolerance: fc.constantFrom(0, 0.05, 0.1, 0.3),
      dateTolerance: fc.constantFrom(0, 1, 7),
      boundReach: fc.oneof(fc.constantFrom(0, 0.25, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      maxContradictions: fc.nat({ max: 3 }),
    },
    { requiredKeys: [] },
  );
}

// ---------------------------------------------------------------------------------------------
// Planted mistakes

/**
 * A path into a corpus input, as issues carry it: the root entry's own type.
 *
 * @example
 * const path: IssuePath = ["claims", 3, "speaker"];
 */
export type { IssuePath };

/**
 * The one mistake {@link corpusWithMistakeArb} planted: the code parseCorpus must report, and
 * where. `paths` lists every acceptable path (a `supersedes` cycle may be reported at either of
 * its links); `path` is the first of them.
 *
 * @example
 * const mistake: PlantedMistake = {
 *   code: "unknown_speaker", path: ["claims", 0, "speaker"], paths: [["claims", 0, "speaker"]],
 *   description: 'claims[0].speaker = "Zzyzx Nobody"',
 * };
 */
export interface PlantedMistake {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly paths: readonly IssuePath[];
  /** What was done, in words. */
  readonly description: string;
}

/**
 * A corpus input with one planted mistake, and the issue parseCorpus must report for it.
 *
 * @example
 * const { input, mistake }: CorpusWithMistake = fc.sample(corpusWithMistakeArb(), 1)[0]!;
 * parseCorpus(input).ok; // => false
 */
export interface CorpusWithMistake {
  readonly input: Record<string, unknown>;
  readonly mistake: PlantedMistake;
}

/**
 * Options for {@link corpusWithMistakeArb}.
 *
 * @example
 * const options: MistakeArbOptions = { codes: ["supersedes_cycle", "ambiguous_alias"] };
 */
export interface MistakeArbOptions {
  /** Plant only mistakes with these codes. */
  readonly codes?: readonly IssueCode[] | undefined;
}

type Loose = Record<string, unknown>;

interface LooseCorpus {
  sides: Loose[];
  actors: Loose[];
  sources: Loose[];
  attributes?: Loose[];
  claims: Loose[];
}

interface Picks {
  readonly first: number;
  readonly second: number;
  readonly variant: number;
  readonly count: number;
}

interface Planted {
  readonly paths: readonly IssuePath[];
  readonly description: string;
}

interface Planter {
  readonly code: IssueCode;
  readonly plant: (corpus: LooseCorpus, picks: Picks) => Planted | undefined;
}

function one(path: IssuePath, description: string): Planted {
  return { paths: [path], description };
}

function element(list: Loose[], index: number): { item: Loose; index: number } {
  const i = index % list.length;
  const item = list[i];
  if (!item) throw new RangeError("empty collection");
  return { item, index: i };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
}

function partiesOf(corpus: LooseCorpus): string[] {
  return corpus.sides
    .filter((side) => side["role"] === undefined || side["role"] === "party")
    .map((side) => String(side["id"]));
}

const NOBODY = "Zzyzx Nobody";

const PLANTERS: readonly Planter[] = [
  {
    code: "unknown_speaker",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      item["speaker"] = NOBODY;
      return one(["claims", index, "speaker"], `claims[${index}].speaker = "${NOBODY}"`);
    },
  },
  {
    code: "unknown_actor",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      item["via"] = NOBODY;
      return one(["claims", index, "via"], `claims[${index}].via = "${NOBODY}"`);
    },
  },
  {
    code: "unknown_source",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      item["source"] = "no-such-source";
      return one(["claims", index, "source"], `claims[${index}].source = "no-such-source"`);
    },
  },
  {
    code: "unknown_side",
    plant: (corpus, { first, variant }) => {
      if (variant % 2 === 0) {
        const { item, index } = element(corpus.claims, first);
        item["side"] = "atlantis";
        return one(["claims", index, "side"], `claims[${index}].side = "atlantis"`);
      }
      const { item, index } = element(corpus.actors, first);
      item["side"] = "atlantis";
      return one(["actors", index, "side"], `actors[${index}].side = "atlantis"`);
    },
  },
  {
    code: "duplicate_id",
    plant: (corpus, { first, second, variant }) => {
      if (variant % 3 === 0 && corpus.claims.length >= 2) {
        const later = 1 + (first % (corpus.claims.length - 1));
        const earlier = second % later;
        const copy = corpus.claims[earlier]?.["id"];
        const claim = corpus.claims[later];
        if (!claim) return undefined;
        claim["id"] = copy;
        return one(["claims", later, "id"], `claims[${later}].id = claims[${earlier}].id`);
      }
      const name = variant % 3 === 1 ? "sources" : "sides";
      const list = corpus[name];
      const { item, index } = element(list, first);
      list.push(structuredClone(item));
      return one([name, list.length - 1, "id"], `${name} gets a copy of ${name}[${index}]`);
    },
  },
  {
    code: "ambiguous_alias",
    plant: (corpus, { first, second, variant }) => {
      const later = 1 + (first % (corpus.actors.length - 1));
      const earlier = second % later;
      const owner = corpus.actors[earlier];
      const actor = corpus.actors[later];
      if (!owner || !actor) return undefined;
      const names = [
        String(owner["id"]),
        ...stringList(owner["name"] === undefined ? [] : [owner["name"]]),
        ...stringList(owner["aliases"]),
      ];
      const name = spell(at(names, variant), at<Casing>(["as-is", "upper", "lower"], variant));
      const aliases = stringList(actor["aliases"]);
      actor["aliases"] = [...aliases, name];
      return one(
        ["actors", later, "aliases", aliases.length],
        `actors[${later}] also answers to "${name}" of actors[${earlier}]`,
      );
    },
  },
  {
    code: "min_greater_than_max",
    plant: (corpus, { first, variant, count }) => {
      const { item, index } = element(corpus.claims, first);
      const low = count % 1000;
      const high = low + 1 + (count % 17);
      switch (variant % 3) {
        case 0:
          item["value"] = { kind: "quantity", min: high, max: low };
          return one(["claims", index, "value", "min"], `claims[${index}].value is ${high}–${low}`);
        case 1:
          item["value"] = { kind: "per-side", each: { min: high, max: low, approx: true } };
          return one(["claims", index, "value", "each", "min"], `claims[${index}].value is ${high}–${low} each`);
        default:
          item["value"] = { kind: "date", min: "2025-07-23", max: dayFrom(count % 80) };
          return one(
            ["claims", index, "value", "min"],
            `claims[${index}].value is a date span ending before it starts`,
          );
      }
    },
  },
  {
    code: "negative_count",
    plant: (corpus, { first, variant, count }) => {
      const { item, index } = element(corpus.claims, first);
      switch (variant % 3) {
        case 0:
          item["value"] = { kind: "quantity", value: -count, unit: "person" };
          return one(["claims", index, "value", "value"], `claims[${index}].value is -${count}`);
        case 1:
          item["value"] = { kind: "quantity", min: -count, max: count };
          return one(["claims", index, "value", "min"], `claims[${index}].value starts at -${count}`);
        default: {
          const [party, other] = partiesOf(corpus);
          if (party === undefined || other === undefined) return undefined;
          item["value"] = { kind: "per-side", bySide: { [party]: { value: -count }, [other]: { value: count } } };
          return one(
            ["claims", index, "value", "bySide", party, "value"],
            `claims[${index}].value gives ${party} -${count}`,
          );
        }
      }
    },
  },
  {
    code: "invalid_date",
    plant: (corpus, { first, variant }) => {
      const pick = Math.floor(variant / 3);
      switch (variant % 3) {
        case 0: {
          // Words are read in the source's language ("16 May 2025" is a date in English): a bad
          // `stated` is written as an ISO date no calendar has, which no language reads as a day.
          const bad = at(["2025-02-30", "2025-13-01", "2025-16-05", "2025-05-16T25:00:00Z"], pick);
          const { item, index } = element(corpus.claims, first);
          item["stated"] = bad;
          return one(["claims", index, "stated"], `claims[${index}].stated = "${bad}"`);
        }
        case 1: {
          // A source's date must be ISO: words are never read there.
          const bad = at(["2025-02-30", "2025-13-01", "16 May 2025", "2025-05-16T25:00:00Z"], pick);
          const { item, index } = element(corpus.sources, first);
          item["published"] = bad;
          return one(["sources", index, "published"], `sources[${index}].published = "${bad}"`);
        }
        default: {
          const { item, index } = element(corpus.claims, first);
          item["value"] = { kind: "date", value: "2025-02-29" };
          return one(["claims", index, "value", "value"], `claims[${index}].value is 29 February 2025`);
        }
      }
    },
  },
  {
    code: "unknown_claim",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      const targets = stringList(item["supersedes"]);
      item["supersedes"] = [...targets, "no-such-claim"];
      return one(["claims", index, "supersedes", targets.length], `claims[${index}] supersedes "no-such-claim"`);
    },
  },
  {
    code: "supersedes_self",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      const targets = stringList(item["supersedes"]);
      item["supersedes"] = [...targets, item["id"]];
      return one(["claims", index, "supersedes", targets.length], `claims[${index}] supersedes itself`);
    },
  },
  {
    code: "supersedes_other_proposition",
    plant: (corpus, { first, second }) => {
      const { item, index } = element(corpus.claims, first);
      const others = corpus.claims.filter(
        (other) => other["subject"] !== item["subject"] || other["attribute"] !== item["attribute"],
      );
      if (others.length === 0) return undefined;
      const target = at(others, second);
      const targets = stringList(item["supersedes"]);
      item["supersedes"] = [...targets, target["id"]];
      return one(
        ["claims", index, "supersedes", targets.length],
        `claims[${index}] supersedes ${String(target["id"])} of another proposition`,
      );
    },
  },
  {
    code: "supersedes_cycle",
    plant: (corpus, { first }) => {
      const pairs: [number, number][] = [];
      corpus.claims.forEach((later, j) => {
        corpus.claims.slice(0, j).forEach((earlier, i) => {
          if (earlier["subject"] === later["subject"] && earlier["attribute"] === later["attribute"])
            pairs.push([i, j]);
        });
      });
      if (pairs.length === 0) return undefined;
      const [i, j] = at(pairs, first);
      const earlier = corpus.claims[i];
      const later = corpus.claims[j];
      if (!earlier || !later) return undefined;
      // The later claim names only the earlier; the earlier names the later too: one cycle, two links.
      later["supersedes"] = [earlier["id"]];
      const targets = stringList(earlier["supersedes"]);
      earlier["supersedes"] = [...targets, later["id"]];
      return {
        paths: [
          ["claims", i, "supersedes", targets.length],
          ["claims", j, "supersedes", 0],
        ],
        description: `claims[${i}] and claims[${j}] supersede each other`,
      };
    },
  },
  {
    code: "per_side_sides",
    plant: (corpus, { first, variant }) => {
      const { item, index } = element(corpus.claims, first);
      const [party] = partiesOf(corpus);
      if (party === undefined) return undefined;
      item["value"] =
        variant % 2 === 0
          ? { kind: "per-side", bySide: { [party]: { value: 1000 }, atlantis: { value: 1000 } } }
          : { kind: "per-side", bySide: { [party]: { value: 1000 } } };
      return one(
        ["claims", index, "value", "bySide"],
        `claims[${index}].value's bySide does not name exactly the parties`,
      );
    },
  },
  {
    code: "per_side_shape",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      const [party, other] = partiesOf(corpus);
      if (party === undefined || other === undefined) return undefined;
      item["value"] = {
        kind: "per-side",
        each: { value: 1 },
        bySide: { [party]: { value: 1 }, [other]: { value: 1 } },
      };
      return one(["claims", index, "value"], `claims[${index}].value gives both each and bySide`);
    },
  },
  {
    code: "mixed_units",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      const [party, other] = partiesOf(corpus);
      if (party === undefined || other === undefined) return undefined;
      item["value"] = {
        kind: "per-side",
        bySide: { [party]: { value: 1, unit: "person" }, [other]: { value: 1, unit: "body" } },
      };
      return one(["claims", index, "value", "bySide"], `claims[${index}].value mixes units`);
    },
  },
  {
    code: "no_parties",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      for (const side of corpus.sides) side["role"] = "mediator";
      item["value"] = { kind: "per-side", each: { value: 1000 } };
      return one(["claims", index, "value"], `every side is a mediator; claims[${index}] is per-side`);
    },
  },
  {
    code: "value_and_range",
    plant: (corpus, { first, count }) => {
      const { item, index } = element(corpus.claims, first);
      item["value"] = { kind: "quantity", value: count, min: 0 };
      return one(["claims", index, "value"], `claims[${index}].value has value and min`);
    },
  },
  {
    code: "empty_quantity",
    plant: (corpus, { first, variant }) => {
      const { item, index } = element(corpus.claims, first);
      item["value"] = variant % 2 === 0 ? { kind: "quantity", unit: "person" } : { kind: "date", min: "2025-05-16" };
      return one(["claims", index, "value"], `claims[${index}].value says nothing`);
    },
  },
  {
    code: "not_finite",
    plant: (corpus, { first, variant }) => {
      const { item, index } = element(corpus.claims, first);
      item["value"] = { kind: "quantity", value: variant % 2 === 0 ? Number.POSITIVE_INFINITY : Number.NaN };
      return one(["claims", index, "value", "value"], `claims[${index}].value is not finite`);
    },
  },
  {
    code: "invalid_value",
    plant: (corpus, { first, variant }) => {
      switch (variant % 4) {
        case 0: {
          const { item, index } = element(corpus.claims, first);
          item["stance"] = "doubts";
          return one(["claims", index, "stance"], `claims[${index}].stance = "doubts"`);
        }
        case 1: {
          const { item, index } = element(corpus.sides, first);
          item["role"] = "ally";
          return one(["sides", index, "role"], `sides[${index}].role = "ally"`);
        }
        case 2: {
          const { item, index } = element(corpus.sources, first);
          item["language"] = "dutch!";
          return one(["sources", index, "language"], `sources[${index}].language = "dutch!"`);
        }
        default: {
          const { item, index } = element(corpus.claims, first);
          item["value"] = { kind: "number", value: 1 };
          return one(["claims", index, "value", "kind"], `claims[${index}].value.kind = "number"`);
        }
      }
    },
  },
  {
    code: "unknown_key",
    plant: (corpus, { first }) => {
      const { item, index } = element(corpus.claims, first);
      item["speeker"] = "umerov";
      return one(["claims", index, "speeker"], `claims[${index}] has a misspelt field "speeker"`);
    },
  },
  {
    code: "missing",
    plant: (corpus, { first, variant }) => {
      const { item, index } = element(corpus.claims, first);
      const field = at(["subject", "attribute", "value"], variant);
      delete item[field];
      return one(["claims", index, field], `claims[${index}] has no ${field}`);
    },
  },
  {
    code: "invalid_type",
    plant: (corpus, { first, variant }) => {
      const { item, index } = element(corpus.claims, first);
      if (variant % 2 === 0) {
        item["value"] = { kind: "label", value: 7 };
        return one(["claims", index, "value", "value"], `claims[${index}].value is the label 7`);
      }
      item["subject"] = 42;
      return one(["claims", index, "subject"], `claims[${index}].subject is 42`);
    },
  },
];

/**
 * Every issue code {@link corpusWithMistakeArb} can plant.
 *
 * @example
 * PLANTABLE_CODES.includes("supersedes_cycle"); // => true
 */
export const PLANTABLE_CODES: readonly IssueCode[] = [...new Set(PLANTERS.map((planter) => planter.code))];

/**
 * A valid corpus input from {@link corpusInputArb} with exactly one planted mistake, and the issue
 * code and path parseCorpus must report for it: an unknown speaker, relay, source or side, a
 * duplicate id, an ambiguous alias, min above max, a negative or non-finite count, a bad date, a
 * `supersedes` to a missing claim, to itself, to another proposition or round a cycle, a
 * `bySide` that does not name exactly the parties, and more (see {@link PLANTABLE_CODES}).
 * A mistake that cannot be planted in a given corpus falls back to an unknown speaker.
 *
 * Other issues may follow from the mistake (claims by an actor whose alias became ambiguous, say),
 * so check that the planted one is among them.
 *
 * @param options - `codes` to plant only some kinds of mistake.
 * @returns An arbitrary of `{ input, mistake: { code, path, paths, description } }`.
 * @example
 * const [planted] = fc.sample(corpusWithMistakeArb({ codes: ["unknown_source"] }), 1);
 * planted?.mistake.code; // => "unknown_source"
 */
export function corpusWithMistakeArb(options?: MistakeArbOptions): fc.Arbitrary<CorpusWithMistake> {
  const codes = options?.codes;
  const planters = codes === undefined ? PLANTERS : PLANTERS.filter((planter) => codes.includes(planter.code));
  if (planters.length === 0) throw new RangeError(`corpusWithMistakeArb cannot plant ${JSON.stringify(codes)}`);
  const fallback = PLANTERS[0]!;
  return fc
    .record({
      input: corpusInputArb({ minClaims: 2, maxClaims: 8 }),
      planter: fc.constantFrom(...planters),
      first: fc.nat(),
      second: fc.nat(),
      variant: fc.nat({ max: 11 }),
      count: fc.integer({ min: 1, max: 2000 }),
    })
    .map(({ input, planter, ...picks }): CorpusWithMistake => {
      const corpus = structuredClone(input) as unknown as LooseCorpus;
      let chosen = planter;
      let planted = planter.plant(corpus, picks);
      if (planted === undefined) {
        chosen = fallback;
        planted = fallback.plant(corpus, picks);
      }
      const paths = planted?.paths ?? [];
      const [path = []] = paths;
      return {
        input: corpus as unknown as Record<string, unknown>,
        mistake: { code: chosen.code, path, paths, description: planted?.description ?? "" },
      };
    });
}

import type { z } from "zod";
import { type Actor, ActorInput } from "../corpus/actor.js";
import { type Attribute, AttributeInput } from "../corpus/attribute.js";
import { type Claim, ClaimInput } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import type { FigureShapeWarning, Issue, Warning } from "../corpus/issue.js";
import { DAY_MS } from "../corpus/moment.js";
import { type Side, SideInput } from "../corpus/side.js";
import { type Source, SourceInput } from "../corpus/source.js";
import type { TextValue, Value } from "../corpus/value.js";
import { listSome } from "../internal/listSome.js";
import { nfc } from "../internal/nfc.js";
import { clip, quote } from "../internal/quote.js";
import { stronglyConnected } from "../internal/stronglyConnected.js";
import { Suggester } from "../internal/suggester.js";
import type { NumberShape } from "../text/numberShape.js";
import { readDate } from "../text/readDate.js";
import { readQuantity } from "../text/readQuantity.js";
import { foldName } from "./fold.js";
import { IdTable } from "./idTable.js";
import { MomentCache } from "./momentCache.js";
import { claimRoom, isRecord, readValue, type WellFormedClaim, wellFormedClaim } from "./readClaim.js";
import { salvage } from "./salvage.js";
import { actorIds, listActors, type Resolution, SpeakerIndex } from "./speakerIndex.js";
import { describeFound, fromZodIssues, kindOf } from "./zodIssues.js";

/**
 * The outcome of {@link parseCorpus}: a resolved corpus, or every issue found; either way, the
 * warnings about what was accepted but deserves a look.
 */
export type ParseResult =
  | { readonly ok: true; readonly corpus: Corpus; readonly warnings: readonly Warning[] }
  | { readonly ok: false; readonly errors: readonly Issue[]; readonly warnings: readonly Warning[] };

type Path = (string | number)[];
type SourceFields = z.output<typeof SourceInput>;
type ClaimFields = z.output<typeof ClaimInput>;
/** A claim's fields that hold: all of them, or what is left of a claim whose shape failed. */
type ClaimParts = Partial<ClaimFields> | WellFormedClaim;

/** When a claim was stated: the ISO text it keeps, its moment, and the words it was read from. */
interface StatedAt {
  readonly iso: string;
  readonly moment: number;
  readonly words?: string | undefined;
}

/**
 * What claims take from their source, read once: its id, the language their words are read in
 * and its date, the date of every claim that gives none. A source whose shape failed is known
 * too, with what of it holds, so its claims are checked against it rather than reported unknown.
 */
interface SourceAt {
  readonly id: string;
  /** Undefined when the source's language is not a tag: no words can be read in it. */
  readonly language: string | undefined;
  /** Undefined when the source's date is not one. */
  readonly published: StatedAt | undefined;
}

/** An element with the fields that hold: all of them when `whole`, else what {@link salvage} kept. */
interface Entry<T> {
  readonly value: T;
  readonly index: number;
  readonly whole: boolean;
}

/** Shared by every claim that supersedes nothing; frozen, so no claim can change it for all. */
const NO_CLAIMS: readonly string[] = Object.freeze([]);

const COLLECTIONS = ["sides", "actors", "sources", "attributes", "claims"] as const;
const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(["$schema", ...COLLECTIONS]);

/**
 * Parses each element on its own, so one bad element does not hide the others' problems; of an
 * element that fails, what holds is kept when it has an id, so what refers to it is not reported
 * unknown.
 */
function parseEach<S extends z.ZodObject>(
  schema: S,
  elements: readonly unknown[],
  name: string,
  issues: Issue[],
  reading: Reading,
): Entry<Partial<z.output<S>> & { id: string }>[] {
  type Parts = Partial<z.output<S>> & { id: string };
  const parsed: Entry<Parts>[] = [];
  reading.collection = name;
  const count = elements.length;
  for (let index = 0; index < count; index++) {
    reading.index = index;
    const element = elements[index];
    const result = schema.safeParse(element);
    if (result.success) parsed.push({ value: result.data as unknown as Parts, index, whole: true });
    else {
      fromZodIssues(result.error.issues, element, [name, index], issues);
      const parts: Partial<Parts> = salvage(schema, element) as Partial<Parts>;
      if (typeof parts.id === "string") parsed.push({ value: parts as Parts, index, whole: false });
    }
  }
  return parsed;
}

/** Reports every id seen before in the same collection; keeps the first. */
function uniqueById<T extends { id: string }>(
  parsed: readonly Entry<T>[],
  name: string,
  issues: Issue[],
): Map<string, Entry<T>> {
  const byId = new Map<string, Entry<T>>();
  for (const entry of parsed) {
    const first = byId.get(entry.value.id);
    if (first) {
      issues.push({
        path: [name, entry.index, "id"],
        code: "duplicate_id",
        message: `Duplicate ${name.slice(0, -1)} id ${quote(entry.value.id)} (first at ${name}[${first.index}])`,
        id: clip(entry.value.id),
        first: [name, first.index],
      });
    } else {
      byId.set(entry.value.id, entry);
    }
  }
  return byId;
}

/** Whether `bySide` names each party and nothing else; the common case, checked without lists. */
function namesExactly(bySide: Readonly<Record<string, unknown>>, parties: ReadonlySet<string>): boolean {
  let named = 0;
  for (const side in bySide) {
    if (!Object.hasOwn(bySide, side) || !parties.has(side)) return false;
    named++;
  }
  return named === parties.size;
}

/**
 * The parties a per-side figure counts. A side whose role failed its schema may or may not be
 * one: a figure may name it or leave it out without an issue being invented for it.
 */
interface Parties {
  readonly ids: string[];
  readonly set: ReadonlySet<string>;
  readonly perhaps: ReadonlySet<string>;
}

function checkPerSide(value: Value, parties: Parties, index: number, issues: Issue[]): void {
  if (value.kind !== "per-side") return;
  const path: Path = ["claims", index, "value"];
  if (parties.ids.length === 0) {
    if (parties.perhaps.size > 0) return;
    issues.push({
      path,
      code: "no_parties",
      message: 'A per-side value needs sides with role "party"; this corpus has none',
    });
    return;
  }
  if (value.bySide && !namesExactly(value.bySide, parties.set)) {
    const named = Object.keys(value.bySide);
    const missing = parties.ids.filter((party) => !Object.hasOwn(value.bySide ?? {}, party));
    const extra = named.filter((side) => !parties.set.has(side) && !parties.perhaps.has(side));
    if (missing.length > 0 || extra.length > 0) {
      const problems = [
        missing.length > 0 ? `missing ${listSome(missing, quote)}` : "",
        extra.length > 0 ? `not parties: ${listSome(extra, quote)}` : "",
      ].filter(Boolean);
      issues.push({
        path: [...path, "bySide"],
        code: "per_side_sides",
        message: `bySide must name exactly the parties (${listSome(parties.ids, quote)}): ${problems.join("; ")}`,
        parties: someIds(parties.ids),
        missing: someIds(missing),
        extra: someIds(extra),
      });
    }
  }
}

/**
 * Validates a corpus (as it comes from `JSON.parse`) and resolves it: speakers to actor ids,
 * each claim's side, moment and attribute behaviour filled in, every reference checked.
 *
 * It never throws, and reports every problem it finds, each with the path into the input,
 * a code and a message. Beside either outcome it gives warnings, in the same shape, about what it
 * accepted but a person should check (a speaker matched by spelling alone).
 *
 * @param input - Any value; normally the result of `JSON.parse` on a corpus file.
 * @returns `{ ok: true, corpus, warnings }`, or `{ ok: false, errors, warnings }` listing every
 *   issue.
 * @example
 * const result = parseCorpus({
 *   sides: [{ id: "ukraine" }, { id: "russia" }],
 *   actors: [{ id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: ["Umjerow"] }],
 *   sources: [{ id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en" }],
 *   claims: [{ id: "c1", speaker: "Umjerow", source: "s1", subject: "pow-exchange/istanbul",
 *              attribute: "returned", value: { kind: "quantity", value: 390, unit: "person" } }],
 * });
 * result.ok && result.corpus.claims[0]?.speaker; // => "umerov"
 * result.warnings; // => []
 */
export function parseCorpus(input: unknown): ParseResult {
  const reading: Reading = { collection: undefined, index: -1 };
  try {
    return readCorpus(input, reading);
  } catch (error) {
    // Only input that throws when read gets here (a getter, a Proxy): nothing read after it can
    // be trusted, so it is the one issue.
    const path: Path =
      reading.collection === undefined
        ? []
        : reading.index < 0
          ? [reading.collection]
          : [reading.collection, reading.index];
    return {
      ok: false,
      errors: [{ path, code: "invalid_value", message: `Reading the input threw: ${cut(describeError(error))}` }],
      warnings: [],
    };
  }
}

/** Where parseCorpus is reading, for the issue if reading throws. */
interface Reading {
  collection: string | undefined;
  index: number;
}

/** What was thrown, in words; reading it may throw too. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "something that cannot be described";
  }
}

/**
 * No JSON text holds more elements: V8's strings hold at most 2^29 − 24 characters, and each
 * element of an array takes two. A longer array is made in code, and mostly holes.
 */
const MOST_ELEMENTS = 2 ** 28;

function readCorpus(input: unknown, reading: Reading): ParseResult {
  const issues: Issue[] = [];
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [
        {
          path: [],
          code: "invalid_type",
          message: `Expected a corpus object with sides, actors, sources and claims, got ${describeFound(input)}`,
          expected: "object",
          given: kindOf(input),
        },
      ],
      warnings: [],
    };
  }
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.has(key))
      issues.push({ path: [key], code: "unknown_key", message: `Unknown field ${quote(key)}`, key: clip(key) });
  }
  if (input["$schema"] !== undefined && typeof input["$schema"] !== "string") {
    issues.push({
      path: ["$schema"],
      code: "invalid_type",
      message: `Expected $schema to be a string, got ${describeFound(input["$schema"])}`,
      expected: "string",
      given: kindOf(input["$schema"]),
    });
  }
  const arrays: Record<(typeof COLLECTIONS)[number], readonly unknown[]> = {
    sides: [],
    actors: [],
    sources: [],
    attributes: [],
    claims: [],
  };
  for (const name of COLLECTIONS) {
    const value = input[name];
    if (value === undefined) {
      if (name !== "attributes")
        issues.push({ path: [name], code: "missing", message: `Missing array \`${name}\``, expected: "array" });
    } else if (!Array.isArray(value)) {
      issues.push({
        path: [name],
        code: "invalid_type",
        message: `Expected \`${name}\` to be an array, got ${describeFound(value)}`,
        expected: "array",
        given: kindOf(value),
      });
    } else if (value.length > MOST_ELEMENTS) {
      issues.push({
        path: [name],
        code: "invalid_value",
        message: `\`${name}\` has ${value.length} elements; no corpus file holds more than ${MOST_ELEMENTS}`,
      });
    } else {
      arrays[name] = value;
    }
  }

  // Sides
  const sideById = uniqueById(parseEach(SideInput, arrays.sides, "sides", issues, reading), "sides", issues);
  const sides: Side[] = [];
  const partyIds: string[] = [];
  const perhaps = new Set<string>();
  // Words that name each party, so "1,000 Ukrainians for 800 Russians" says whose figure is whose.
  // No prototype, so that a party called "__proto__" is a key like any other.
  const sideNames = Object.create(null) as Record<string, readonly string[]>;
  for (const { value, whole } of sideById.values()) {
    const side: Side = { id: value.id, name: value.name ?? value.id, role: value.role ?? "party" };
    if (value.aliases !== undefined) side.aliases = value.aliases;
    if (whole) sides.push(side);
    if (value.role === undefined) perhaps.add(side.id);
    if (value.role !== "party") continue;
    partyIds.push(side.id);
    // The reader matches names of several words word by word ("Deutsche Bahn", "North Koreans");
    // a name without a letter names nothing it could match.
    const words = [side.id, side.name, ...(side.aliases ?? [])].filter((word) => /\p{L}/u.test(word));
    sideNames[side.id] = words;
  }
  // Looked up once per side a per-side figure names: a list would make that parties × names.
  const parties: Parties = { ids: partyIds, set: new Set(partyIds), perhaps };
  // The sides an unknown side's message lists, worded once however many name unknown sides.
  let sideList: string | undefined;
  let someSides: readonly string[] | undefined;
  const unknownSide = (path: Path, side: string): Issue => {
    sideList ??= listSome([...sideById.keys()], quote, 10) || "none";
    someSides ??= someIds([...sideById.keys()]);
    return {
      path,
      code: "unknown_side",
      message: `No side ${quote(side)}; sides: ${sideList}`,
      given: clip(side),
      sides: someSides,
    };
  };

  // Actors
  const actorEntries = uniqueById(parseEach(ActorInput, arrays.actors, "actors", issues, reading), "actors", issues);
  const actors: { actor: Actor; index: number }[] = [];
  const wholeActors: Actor[] = [];
  for (const { value, index, whole } of actorEntries.values()) {
    if (value.side !== undefined && !sideById.has(value.side)) {
      issues.push(unknownSide(["actors", index, "side"], value.side));
    }
    const actor: Actor = {
      id: value.id,
      name: value.name ?? value.id,
      side: value.side ?? "",
      aliases: value.aliases ?? [],
    };
    actors.push({ actor, index });
    if (whole) wholeActors.push(actor);
  }
  const speakers = new SpeakerIndex(actors, issues);

  // Sources
  const sourceById = uniqueById(parseEach(SourceInput, arrays.sources, "sources", issues, reading), "sources", issues);
  const sources: Source[] = [];
  for (const { value, whole } of sourceById.values()) {
    if (!whole) continue;
    const source = value as SourceFields;
    const resolved: Source = {
      id: source.id,
      outlet: source.outlet,
      published: source.published,
      language: source.language,
      translation: source.translation,
    };
    if (source.url !== undefined) resolved.url = source.url;
    if (source.translatedFrom !== undefined) resolved.translatedFrom = source.translatedFrom;
    if (source.note !== undefined) resolved.note = source.note;
    sources.push(resolved);
  }

  // Attributes
  const attributeById = uniqueById(
    parseEach(AttributeInput, arrays.attributes, "attributes", issues, reading),
    "attributes",
    issues,
  );
  const attributes: Attribute[] = [];
  for (const { value, whole } of attributeById.values()) {
    if (!whole || value.changes === undefined) continue;
    const attribute: Attribute = { id: value.id, changes: value.changes };
    if (value.freshFor !== undefined) attribute.freshFor = value.freshFor;
    if (value.bounds === "estimate") attribute.bounds = "estimate";
    if (value.description !== undefined) attribute.description = value.description;
    attributes.push(attribute);
  }
  const attributeOf = new Map<string, Attribute>(attributes.map((attribute) => [attribute.id, attribute]));

  // Claims
  const moments = new MomentCache();

  // Each source with its date read once: most claims take it as theirs.
  const sourceAt = new Map<string, SourceAt>();
  for (const [id, { value }] of sourceById) {
    const moment = value.published === undefined ? undefined : moments.read(value.published);
    sourceAt.set(id, {
      id,
      language: value.language,
      published: value.published === undefined || moment === undefined ? undefined : { iso: value.published, moment },
    });
  }

  // Suggestions for an unknown source id, worked out once per id however many claims give it.
  let sourceSuggester: Suggester<string> | undefined;
  const sourceHints = new Map<string, { hint: string; nearest: readonly string[] }>();
  function nearestSources(id: string): { hint: string; nearest: readonly string[] } {
    let known = sourceHints.get(id);
    if (known === undefined) {
      sourceSuggester ??= new Suggester([...sourceById.keys()].map((source) => [foldName(source), source] as const));
      const near = sourceSuggester.suggest(foldName(id)).slice(0, 3);
      const hint = near.length > 0 ? `; did you mean ${near.map(({ value }) => quote(value)).join(", ")}?` : "";
      known = { hint, nearest: near.map(({ value }) => clip(value)) };
      sourceHints.set(id, known);
    }
    return known;
  }

  // Figures read from digits whose shape often means something else, one warning each.
  const shapeWarnings: Warning[] = [];

  // Names taken for an actor by spelling alone: one warning per name, at its first use.
  const spelled = new Map<string, { path: Path; actor: Actor; uses: number }>();
  function noteSpelling(name: string, actor: Actor, path: () => Path): void {
    const known = spelled.get(name);
    if (known) known.uses++;
    else spelled.set(name, { path: path(), actor, uses: 1 });
  }

  // One scratch record for the references of the claim at hand: this runs once per claim.
  const found: { speaker?: Actor | undefined; source?: SourceAt | undefined; via?: string | undefined } = {};
  /** Checks what a claim refers to; also run on claims whose shape failed, so nothing hides. */
  function resolveReferences(fields: ClaimParts, index: number): typeof found {
    found.speaker = undefined;
    found.source = undefined;
    found.via = undefined;
    // Paths are built only for issues.
    if (fields.speaker !== undefined) {
      const resolution = speakers.resolve(fields.speaker);
      if (resolution.kind === "actor") {
        found.speaker = resolution.actor;
        if (resolution.byNameKey) noteSpelling(fields.speaker, resolution.actor, () => ["claims", index, "speaker"]);
      } else issues.push(actorIssue(fields.speaker, resolution, ["claims", index, "speaker"], "unknown_speaker"));
    }
    if (fields.source !== undefined) {
      const source = sourceAt.get(fields.source);
      if (source) found.source = source;
      else {
        const { hint, nearest } = nearestSources(fields.source);
        issues.push({
          path: ["claims", index, "source"],
          code: "unknown_source",
          message: `No source ${quote(fields.source)}${hint}`,
          given: clip(fields.source),
          nearest,
        });
      }
    }
    if (fields.side !== undefined && !sideById.has(fields.side)) {
      issues.push(unknownSide(["claims", index, "side"], fields.side));
    }
    if (fields.via !== undefined) {
      const relay = speakers.resolve(fields.via);
      if (relay.kind === "actor") {
        found.via = relay.actor.id;
        if (relay.byNameKey) noteSpelling(fields.via, relay.actor, () => ["claims", index, "via"]);
      } else issues.push(actorIssue(fields.via, relay, ["claims", index, "via"], "unknown_actor"));
    }
    return found;
  }

  // Where every claim id first appeared, including ids of claims whose shape failed, so a
  // `supersedes` pointing at them is not reported a second time.
  // The length read once, as every element is: the input cannot change under the loop.
  const claimCount = arrays.claims.length;
  // Room for the claims a corpus file can hold; the table grows past it.
  const claimIds = new IdTable(Math.min(claimCount, 1 << 20));
  const claims: Claim[] = [];
  // The input positions of the resolved claims that name others in `supersedes`: few, and the
  // only ones the supersession checks need to visit.
  const naming: number[] = [];
  // Resolved claims by input position: with claimIds, a claim by id.
  const resolvedAt: (Claim | undefined)[] = new Array(claimCount);
  // Filled by each well-formed claim in turn; what a claim keeps is copied out of it.
  const room = claimRoom();
  reading.collection = "claims";
  for (let index = 0; index < claimCount; index++) {
    reading.index = index;
    const element = arrays.claims[index];
    const before = issues.length;
    // The common, well-formed claim is read once, without zod; zod judges everything else, and of
    // a claim it rejects, every field that holds is still checked.
    let input: ClaimFields | WellFormedClaim | undefined = wellFormedClaim(element, moments, room);
    if (!input) {
      const result = ClaimInput.safeParse(element);
      if (result.success) input = bySideOwnKeys(result.data, element, moments);
      else fromZodIssues(result.error.issues, element, ["claims", index], issues);
    }
    const fields: ClaimParts = input ?? salvage(ClaimInput, element);
    // The id as read with the other fields: the claim kept is the claim whose id was counted.
    const id = fields.id;
    const firstAt = id === undefined ? -1 : claimIds.add(id, index);
    if (firstAt >= 0) {
      issues.push({
        path: ["claims", index, "id"],
        code: "duplicate_id",
        message: `Duplicate claim id ${quote(id as string)} (first at claims[${firstAt}])`,
        id: clip(id as string),
        first: ["claims", firstAt],
      });
    }
    const { speaker, source, via } = resolveReferences(fields, index);
    // Words are read in the source's language: without one, the reference issue says why.
    let value: Value | undefined;
    if (fields.value !== undefined) {
      if (!("text" in fields.value)) value = fields.value;
      else if (source?.language !== undefined)
        value = readValueWords(fields.value, source.language, sideNames, index, issues, shapeWarnings);
    }
    if (value) checkPerSide(value, parties, index, issues);
    // Most claims take their source's date or give an ISO one: no words to read, and no record
    // of the reading to make.
    let iso: string | undefined;
    let at = 0;
    let words: string | undefined;
    if (fields.stated === undefined) {
      if (source?.published !== undefined) ({ iso, moment: at } = source.published);
    } else {
      const known = moments.read(fields.stated);
      if (known !== undefined) {
        iso = fields.stated;
        at = known;
      } else if (source?.language !== undefined) {
        const read = readStatedWords(fields.stated, source.language, source.published, index, issues, moments);
        if (read !== undefined) ({ iso, moment: at, words } = read);
      } else if (isIsoShaped(fields.stated)) {
        // Whatever the source's language, no reader takes an impossible ISO date for a day.
        issues.push({
          path: ["claims", index, "stated"],
          code: "invalid_date",
          message: `Expected an ISO date (2025-05-16) or date-time; ${quote(fields.stated)} is no real one`,
          given: clip(fields.stated),
        });
      }
    }
    if (issues.length > before || !input || !speaker || !source || !value || iso === undefined) continue;
    const claim = resolvedClaim(
      input,
      speaker,
      source.id,
      iso,
      at,
      attributeOf.get(input.attribute),
      nfcLabel(value),
      partyIds,
    );
    if ("text" in input.value) claim.valueText = input.value.text;
    if (words !== undefined) claim.statedText = words;
    if (via !== undefined) claim.via = via;
    if (input.note !== undefined) claim.note = input.note;
    claims.push(claim);
    if (claim.supersedes.length > 0) naming.push(index);
    resolvedAt[index] = claim;
  }

  reading.collection = undefined;
  checkSupersedes(naming, resolvedAt, claimIds, issues);

  const warnings: Warning[] = [...shapeWarnings];
  for (const [name, { path, actor, uses }] of spelled) {
    warnings.push({
      path,
      code: "speaker_by_name_key",
      message:
        `${quote(name)} was taken for ${listActors([actor])} by spelling alone` +
        `${uses > 1 ? ` (used ${uses} times)` : ""}; add it to the actor's aliases if that is right`,
      given: clip(name),
      actor: clip(actor.id),
      uses,
    });
  }
  staleRisks(attributeById, claims, warnings);
  const ordered = inInputOrder(warnings);
  if (issues.length > 0) return { ok: false, errors: inInputOrder(issues), warnings: ordered };
  return { ok: true, corpus: { sides, actors: wholeActors, sources, attributes, claims }, warnings: ordered };
}

/** Two months: past this, a side's silence on a changing state is a long one. */
const LONG_SILENCE_DAYS = 60;

/**
 * Warns about each over-time attribute without a `freshFor` whose claims on one question come
 * from several sides across two months or more: there, a side's months-old claim still counts as
 * its current position. One warning per attribute, at its declaration, with the widest question.
 */
function staleRisks(
  attributeById: Map<string, Entry<AttributeInput>>,
  claims: readonly Claim[],
  warnings: Warning[],
): void {
  const open = new Map<string, number>();
  for (const [id, { value, index, whole }] of attributeById) {
    if (whole && value.changes === "over-time" && value.freshFor === undefined) open.set(id, index);
  }
  if (open.size === 0) return;
  // Per attribute, per subject: no key made per claim, and a side list only once a second side speaks.
  const spans = new Map<string, Map<string, { sides: string[]; first: number; last: number }>>();
  let lastAttribute: string | undefined;
  let bySubject: Map<string, { sides: string[]; first: number; last: number }> | undefined;
  for (const claim of claims) {
    if (claim.attribute !== lastAttribute) {
      lastAttribute = claim.attribute;
      bySubject = open.has(claim.attribute) ? spans.get(claim.attribute) : undefined;
      if (open.has(claim.attribute) && !bySubject) {
        bySubject = new Map();
        spans.set(claim.attribute, bySubject);
      }
    }
    if (!bySubject) continue;
    const span = bySubject.get(claim.subject);
    if (!span) {
      bySubject.set(claim.subject, { sides: [claim.side], first: claim.moment, last: claim.moment });
      continue;
    }
    if (claim.moment < span.first) span.first = claim.moment;
    if (claim.moment > span.last) span.last = claim.moment;
    if (span.sides.length < 3 && !span.sides.includes(claim.side)) span.sides.push(claim.side);
  }
  const widest = new Map<string, { sides: number; days: number }>();
  for (const [attribute, subjects] of spans) {
    for (const { sides, first, last } of subjects.values()) {
      const days = Math.floor((last - first) / DAY_MS);
      if (sides.length < 2 || days < LONG_SILENCE_DAYS) continue;
      const known = widest.get(attribute);
      if (!known || days > known.days) widest.set(attribute, { sides: sides.length, days });
    }
  }
  for (const [attribute, { sides, days }] of widest) {
    warnings.push({
      path: ["attributes", open.get(attribute)!],
      code: "no_fresh_for",
      message:
        `${quote(attribute)} changes over time and has claims of ${sides >= 3 ? "3 or more" : sides} sides across ${days} days on one question, but sets no freshFor: ` +
        'a side\'s claim of months ago still counts as its current position; declare how long a claim stays fresh (e.g. "P30D")',
      attribute: clip(attribute),
      sides,
      days,
    });
  }
}

/**
 * A resolved claim, its quote in the literal when it has one: most claims quote their words, and
 * a field added to an object after it is made is stored outside it, one more allocation.
 */
function resolvedClaim(
  input: ClaimFields | WellFormedClaim,
  speaker: Actor,
  source: string,
  stated: string,
  moment: number,
  declared: Attribute | undefined,
  value: Value,
  parties: string[],
): Claim {
  const changes = declared?.changes ?? "never";
  const side = input.side ?? speaker.side;
  const stance = input.stance ?? "asserts";
  // As written, so issue paths index the input; repeats are folded after the checks. Both readers
  // give a list of their own, so it is kept as it is.
  const supersedes = input.supersedes === undefined || input.supersedes.length === 0 ? NO_CLAIMS : input.supersedes;
  const { id, subject, attribute, quote } = input;
  // One literal per shape, as in reconcile: a quote added after the object is made would be
  // stored outside it, and an absent quote must stay absent, not undefined.
  const claim: Claim =
    quote === undefined
      ? {
          id,
          speaker: speaker.id,
          side,
          source,
          stated,
          moment,
          subject,
          attribute,
          changes,
          value,
          stance,
          supersedes,
          parties,
        }
      : {
          id,
          speaker: speaker.id,
          side,
          source,
          stated,
          moment,
          subject,
          attribute,
          changes,
          value,
          stance,
          supersedes,
          parties,
          quote,
        };
  // Most attributes set neither: their claims keep the one shape above.
  if (declared?.freshFor !== undefined) claim.freshFor = declared.freshFor;
  if (declared?.bounds !== undefined) claim.bounds = declared.bounds;
  return claim;
}

/**
 * zod's records drop a key called "__proto__" (setting it sets the record's prototype), so a
 * `bySide` figure zod read is read again without zod, which keeps every side as an own key.
 */
function bySideOwnKeys(claim: ClaimFields, element: unknown, moments: MomentCache): ClaimFields {
  if (!("kind" in claim.value) || claim.value.kind !== "per-side" || claim.value.bySide === undefined) return claim;
  const copy = isRecord(element) ? readValue(element["value"], moments) : undefined;
  return copy ? { ...claim, value: copy } : claim;
}

/** Labels are compared as NFC; a label already in NFC is kept as it was read. */
function nfcLabel(value: Value): Value {
  if (value.kind !== "label") return value;
  const normal = nfc(value.value);
  return normal === value.value ? value : { kind: "label", value: normal };
}

/**
 * A value as written, or read from the source's words ("about 1,200 from each side"); a warning
 * for each number in it whose shape the reader doubts ("1.200" in English).
 */
function readValueWords(
  value: TextValue,
  language: string,
  sideNames: Readonly<Record<string, readonly string[]>>,
  index: number,
  issues: Issue[],
  warnings: Warning[],
): Value | undefined {
  const read = readQuantity(value.text, { language, sideNames });
  if (read.ok) {
    for (const shape of read.shapes) {
      if (shape.doubt !== undefined) warnings.push(shapeWarning(shape, shape.doubt, value.text, language, index));
    }
    return read.value;
  }
  issues.push({
    path: ["claims", index, "value", "text"],
    code: "unreadable_text",
    message: `Cannot read a figure in ${quote(value.text)} (${languageOf(language)}): ${cut(read.message)}`,
    given: clip(value.text),
    language: clip(language),
  });
  return undefined;
}

/** Says how a doubted number was read and what else it may mean. */
function shapeWarning(
  shape: NumberShape,
  doubt: NonNullable<NumberShape["doubt"]>,
  text: string,
  language: string,
  index: number,
): FigureShapeWarning {
  const where = shape.text === text ? quote(shape.text) : `${quote(shape.text)} in ${quote(cut(text))}`;
  const tag = languageOf(language);
  let message: string;
  if (doubt.kind === "decimal_or_thousands") {
    const mark = quote(shape.decimal === "comma" ? "," : ".");
    message =
      `${where} was read as ${shape.value} (${mark} marks decimals in ${tag}); it is ${doubt.otherValue} where ${mark} groups thousands: ` +
      "give a tagged value or write the figure without that doubt";
  } else {
    message =
      `${where} was read as one number, ${shape.value} (${tag} groups digits with a space); it is ${doubt.groups.length} numbers ` +
      `(${doubt.groups.join(", ")}) where the space separates them: give a tagged value if so`;
  }
  return { path: ["claims", index, "value", "text"], code: "figure_shape", message, figure: shape.text, language };
}

/**
 * When a claim was stated, from words in the source's language read as a day ("am 15. November",
 * the source's date giving the year); for a `stated` that is no ISO date or date-time.
 */
function readStatedWords(
  stated: string,
  language: string,
  published: StatedAt | undefined,
  index: number,
  issues: Issue[],
  moments: MomentCache,
): Required<StatedAt> | undefined {
  const reference = published?.iso.slice(0, 10);
  const read = readDate(stated, { language, reference });
  if (read.ok) return { iso: read.value, moment: moments.read(read.value) ?? 0, words: stated };
  // Without the source's date there is no year to give the words: the source's issue says why.
  if (read.code === "needs_reference" && reference === undefined) return undefined;
  issues.push({
    path: ["claims", index, "stated"],
    code: "invalid_date",
    message: `Expected an ISO date (2025-05-16), a date-time, or a date in ${languageOf(language)} words; ${quote(stated)}: ${cut(read.message)}`,
    given: clip(stated),
    language: clip(language),
  });
  return undefined;
}

/**
 * Whether a text is written as an ISO date or date-time, real or not ("2025-16-06"): no reader of
 * words takes such a text for a day, so it is judged without a language.
 */
function isIsoShaped(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:T|$)/i.test(text);
}

/**
 * Checks the `supersedes` of the claims at the `naming` input positions: each target a claim on
 * the same proposition, none the claim itself, no cycle; repeats are folded.
 */
function checkSupersedes(
  naming: readonly number[],
  resolvedAt: readonly (Claim | undefined)[],
  claimIds: IdTable,
  issues: Issue[],
): void {
  // Only links that hold by themselves take part in the cycle search.
  const edges = new Map<string, string[]>();
  const edgePath = new Map<string, Path>();
  for (const index of naming) {
    const claim = resolvedAt[index];
    if (!claim) continue;
    const targets: string[] = [];
    claim.supersedes.forEach((target, j) => {
      const path: Path = ["claims", index, "supersedes", j];
      if (target === claim.id) {
        issues.push({
          path,
          code: "supersedes_self",
          message: `Claim ${quote(claim.id)} cannot supersede itself`,
          id: clip(claim.id),
        });
        return;
      }
      const at = claimIds.positionOf(target);
      const older = at < 0 ? undefined : resolvedAt[at];
      if (!older) {
        // A claim whose own checks failed is reported there, not again here.
        if (at < 0) {
          issues.push({
            path,
            code: "unknown_claim",
            message: `No claim ${quote(target)} to supersede`,
            given: clip(target),
          });
        }
        return;
      }
      if (older.subject !== claim.subject || older.attribute !== claim.attribute) {
        issues.push({
          path,
          code: "supersedes_other_proposition",
          message: `${quote(target)} is about ${quote(older.subject)} · ${quote(older.attribute)}, not ${quote(claim.subject)} · ${quote(claim.attribute)}`,
          given: clip(target),
          proposition: { subject: clip(older.subject), attribute: clip(older.attribute) },
          expected: { subject: clip(claim.subject), attribute: clip(claim.attribute) },
        });
        return;
      }
      targets.push(target);
      edgePath.set(`${claim.id}\u0000${target}`, path);
    });
    if (targets.length > 0) edges.set(claim.id, [...new Set(targets)]);
    if (new Set(claim.supersedes).size !== claim.supersedes.length) claim.supersedes = [...new Set(claim.supersedes)];
  }
  // One issue per knot of cycles, whatever its size: naming each cycle, or each link back, would
  // report as many cycles as claims, each as long as the chain.
  for (const part of stronglyConnected(edges)) {
    const members = new Set(part);
    let start = part[0]!;
    for (const id of part) if (claimIds.positionOf(id) < claimIds.positionOf(start)) start = id;
    const cycle = shortestCycle(edges, members, start);
    const last = cycle[cycle.length - 1]!;
    const more = part.length > cycle.length ? `; ${part.length} claims in all are tied in cycles with it` : "";
    issues.push({
      path: edgePath.get(`${last}\u0000${start}`) ?? [],
      code: "supersedes_cycle",
      message: `supersedes forms a cycle: ${excerpt([...cycle, start])}${more}`,
      claims: cycle.slice(0, CYCLE_CLAIMS).map((id) => clip(id)),
      length: cycle.length,
      count: part.length,
    });
  }
}

/** The shortest cycle from `start` back to it through `members`, without repeating `start`. */
function shortestCycle(
  edges: ReadonlyMap<string, readonly string[]>,
  members: ReadonlySet<string>,
  start: string,
): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at]!;
    for (const target of edges.get(node) ?? []) {
      if (target === start) {
        const cycle = [node];
        for (let back = cameFrom.get(node); back !== undefined; back = cameFrom.get(back)) cycle.push(back);
        return cycle.reverse();
      }
      if (members.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start];
}

/** A chain of claim ids as a message gives it: the first few and the last few of a long one. */
function excerpt(ids: readonly string[]): string {
  const shown =
    ids.length <= 9
      ? ids.map(quote)
      : [...ids.slice(0, 4).map(quote), `… ${ids.length - 7} more`, ...ids.slice(-3).map(quote)];
  return shown.join(" → ");
}

const RANK: Readonly<Record<string, number>> = {
  $schema: 0,
  sides: 1,
  actors: 2,
  sources: 3,
  attributes: 4,
  claims: 5,
};

/** Issues ordered as the input is (collection, then element); stable within an element. */
function inInputOrder<T extends Issue | Warning>(issues: readonly T[]): T[] {
  const rank = (issue: T): [number, number] => {
    const [collection, index] = issue.path;
    return [typeof collection === "string" ? (RANK[collection] ?? -1) : -1, typeof index === "number" ? index : -1];
  };
  return issues
    .map((issue, order) => ({ issue, order, rank: rank(issue) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .map(({ issue }) => issue);
}

function actorIssue(
  name: string,
  resolution: Exclude<Resolution, { kind: "actor" }>,
  path: Path,
  unknownCode: "unknown_speaker" | "unknown_actor",
): Issue {
  return resolution.kind === "ambiguous"
    ? {
        path,
        code: "ambiguous_alias",
        message: `${quote(name)} fits several actors: ${listActors(resolution.actors)}; use an id`,
        alias: clip(name),
        actors: actorIds(resolution.actors),
        count: resolution.actors.length,
      }
    : {
        path,
        code: unknownCode,
        message: `No actor ${quote(name)}${resolution.nearest.length > 0 ? `; nearest: ${listActors(resolution.nearest)}` : ""}`,
        given: clip(name),
        nearest: actorIds(resolution.nearest),
      };
}

/** How many claims of a cycle a `supersedes_cycle` issue lists. */
const CYCLE_CLAIMS = 9;

/** The most ids an issue's data lists: parties, sides, and the like. */
const MOST_IDS = 10;

/** The first ids of a list, each cut as messages cut them, for an issue's data. */
function someIds(ids: readonly string[]): string[] {
  return ids.slice(0, MOST_IDS).map((id) => clip(id));
}

/** A reader's message, which may quote the whole text it read, cut to the length of a sentence. */
function cut(message: string): string {
  return message.length <= 300 ? message : `${message.slice(0, 299)}…`;
}

/** A source's language as messages give it: a tag, quoted only when too long to be a plain one. */
function languageOf(language: string): string {
  return language.length <= 20 ? language : quote(language);
}

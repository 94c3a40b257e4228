import type { z } from "zod";
import { type Actor, ActorInput } from "../corpus/actor.js";
import { type Attribute, AttributeInput, type Changes } from "../corpus/attribute.js";
import { type Claim, ClaimInput } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import type { Issue } from "../corpus/issue.js";
import { type Side, SideInput } from "../corpus/side.js";
import { type Source, SourceInput } from "../corpus/source.js";
import type { TextValue, Value } from "../corpus/value.js";
import { readDate } from "../text/readDate.js";
import { readQuantity } from "../text/readQuantity.js";
import { IdTable } from "./idTable.js";
import { MomentCache } from "./momentCache.js";
import { isRecord, type WellFormedClaim, wellFormedClaim } from "./readClaim.js";
import { listActors, type Resolution, SpeakerIndex } from "./speakerIndex.js";
import { fromZodIssues } from "./zodIssues.js";
import { foldName } from "./fold.js";
import { listSome } from "../internal/listSome.js";
import { quote } from "../internal/quote.js";
import { stronglyConnected } from "../internal/stronglyConnected.js";
import { Suggester } from "../internal/suggester.js";
import { nfc } from "../internal/nfc.js";

/** The outcome of {@link parseCorpus}: a resolved corpus, or every issue found. */
export type ParseResult =
  | { readonly ok: true; readonly corpus: Corpus }
  | { readonly ok: false; readonly errors: readonly Issue[] };

type Path = (string | number)[];
type SourceFields = z.output<typeof SourceInput>;
type ClaimFields = z.output<typeof ClaimInput>;

/** When a claim was stated: the ISO text it keeps, its moment, and the words it was read from. */
interface StatedAt {
  readonly iso: string;
  readonly moment: number;
  readonly words?: string | undefined;
}

/** A source with its publication date read: the date of every claim that gives none. */
interface SourceAt extends StatedAt {
  readonly fields: SourceFields;
}

/** Shared by every claim that supersedes nothing; frozen, so no claim can change it for all. */
const NO_CLAIMS: readonly string[] = Object.freeze([]);

const COLLECTIONS = ["sides", "actors", "sources", "attributes", "claims"] as const;
const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(["$schema", ...COLLECTIONS]);

/** Parses each element on its own, so one bad element does not hide the others' problems. */
function parseEach<T>(
  schema: z.ZodType<T>,
  elements: readonly unknown[],
  name: string,
  issues: Issue[],
): { value: T; index: number }[] {
  const parsed: { value: T; index: number }[] = [];
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index];
    const result = schema.safeParse(element);
    if (result.success) parsed.push({ value: result.data, index });
    else fromZodIssues(result.error.issues, element, [name, index], issues);
  }
  return parsed;
}

/** Reports every id seen before in the same collection; keeps the first. */
function uniqueById<T extends { id: string }>(
  parsed: readonly { value: T; index: number }[],
  name: string,
  issues: Issue[],
): Map<string, { value: T; index: number }> {
  const byId = new Map<string, { value: T; index: number }>();
  for (const entry of parsed) {
    const first = byId.get(entry.value.id);
    if (first) {
      issues.push({
        path: [name, entry.index, "id"],
        code: "duplicate_id",
        message: `Duplicate ${name.slice(0, -1)} id ${quote(entry.value.id)} (first at ${name}[${first.index}])`,
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

function checkPerSide(value: Value, parties: readonly string[], partySet: ReadonlySet<string>, index: number, issues: Issue[]): void {
  if (value.kind !== "per-side") return;
  const path: Path = ["claims", index, "value"];
  if (parties.length === 0) {
    issues.push({
      path,
      code: "no_parties",
      message: 'A per-side value needs sides with role "party"; this corpus has none',
    });
    return;
  }
  if (value.bySide && !namesExactly(value.bySide, partySet)) {
    const named = Object.keys(value.bySide);
    const missing = parties.filter((party) => !Object.hasOwn(value.bySide ?? {}, party));
    const extra = named.filter((side) => !partySet.has(side));
    if (missing.length > 0 || extra.length > 0) {
      const problems = [
        missing.length > 0 ? `missing ${listSome(missing, quote)}` : "",
        extra.length > 0 ? `not parties: ${listSome(extra, quote)}` : "",
      ].filter(Boolean);
      issues.push({
        path: [...path, "bySide"],
        code: "per_side_sides",
        message: `bySide must name exactly the parties (${listSome(parties, quote)}): ${problems.join("; ")}`,
      });
    }
  }
}

/**
 * Validates a corpus (as it comes from `JSON.parse`) and resolves it: speakers to actor ids,
 * each claim's side, moment and attribute behaviour filled in, every reference checked.
 *
 * It never throws, and reports every problem it finds, each with the path into the input,
 * a code and a message.
 *
 * @param input - Any value; normally the result of `JSON.parse` on a corpus file.
 * @returns `{ ok: true, corpus }`, or `{ ok: false, errors }` listing every issue.
 * @example
 * const result = parseCorpus({
 *   sides: [{ id: "ukraine" }, { id: "russia" }],
 *   actors: [{ id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: ["Umjerow"] }],
 *   sources: [{ id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en" }],
 *   claims: [{ id: "c1", speaker: "Umjerow", source: "s1", subject: "pow-exchange/istanbul",
 *              attribute: "returned", value: { kind: "quantity", value: 390, unit: "person" } }],
 * });
 * result.ok && result.corpus.claims[0]?.speaker; // => "umerov"
 */
export function parseCorpus(input: unknown): ParseResult {
  const issues: Issue[] = [];
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: [], code: "invalid_type", message: "Expected a corpus object with sides, actors, sources and claims" }],
    };
  }
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.has(key)) issues.push({ path: [key], code: "unknown_key", message: `Unknown field ${quote(key)}` });
  }
  if (input["$schema"] !== undefined && typeof input["$schema"] !== "string") {
    issues.push({ path: ["$schema"], code: "invalid_type", message: "Expected $schema to be a string" });
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
      if (name !== "attributes") issues.push({ path: [name], code: "missing", message: `Missing array \`${name}\`` });
    } else if (!Array.isArray(value)) {
      issues.push({ path: [name], code: "invalid_type", message: `Expected \`${name}\` to be an array` });
    } else {
      arrays[name] = value;
    }
  }

  // Sides
  const sideById = uniqueById(parseEach(SideInput, arrays.sides, "sides", issues), "sides", issues);
  const sides: Side[] = [...sideById.values()].map(({ value }) => {
    const side: Side = { id: value.id, name: value.name ?? value.id, role: value.role };
    if (value.aliases !== undefined) side.aliases = value.aliases;
    return side;
  });
  const parties = sides.filter((side) => side.role === "party").map((side) => side.id);
  // Looked up once per side a per-side figure names: a list would make that parties × names.
  const partySet: ReadonlySet<string> = new Set(parties);
  // Words that name each party, so "1,000 Ukrainians for 800 Russians" says whose figure is whose.
  const sideNames: Record<string, readonly string[]> = {};
  for (const side of sides) {
    if (side.role !== "party") continue;
    // The reader takes single words with a letter in them; longer names cannot stand after a figure.
    const words = [side.id, side.name, ...(side.aliases ?? [])].filter((word) => !/\s/.test(word.trim()) && /\p{L}/u.test(word));
    sideNames[side.id] = words;
  }

  // Actors
  const actorEntries = uniqueById(parseEach(ActorInput, arrays.actors, "actors", issues), "actors", issues);
  const actors: { actor: Actor; index: number }[] = [];
  for (const { value, index } of actorEntries.values()) {
    if (!sideById.has(value.side)) {
      issues.push({ path: ["actors", index, "side"], code: "unknown_side", message: unknownSide(value.side, sides) });
    }
    actors.push({
      actor: { id: value.id, name: value.name ?? value.id, side: value.side, aliases: value.aliases ?? [] },
      index,
    });
  }
  const speakers = new SpeakerIndex(actors, issues);

  // Sources
  const sourceById = uniqueById(parseEach(SourceInput, arrays.sources, "sources", issues), "sources", issues);
  const sources: Source[] = [...sourceById.values()].map(({ value }) => {
    const source: Source = {
      id: value.id,
      outlet: value.outlet,
      published: value.published,
      language: value.language,
      translation: value.translation,
    };
    if (value.url !== undefined) source.url = value.url;
    if (value.translatedFrom !== undefined) source.translatedFrom = value.translatedFrom;
    if (value.note !== undefined) source.note = value.note;
    return source;
  });

  // Attributes
  const attributeById = uniqueById(
    parseEach(AttributeInput, arrays.attributes, "attributes", issues),
    "attributes",
    issues,
  );
  const attributes: Attribute[] = [...attributeById.values()].map(({ value }) => {
    const attribute: Attribute = { id: value.id, changes: value.changes };
    if (value.description !== undefined) attribute.description = value.description;
    return attribute;
  });
  const changesOf = new Map<string, Changes>(attributes.map((attribute) => [attribute.id, attribute.changes]));

  // Claims
  const moments = new MomentCache();

  // Each source with its date read once: most claims take it as theirs.
  const sourceAt = new Map<string, SourceAt>();
  for (const [id, { value }] of sourceById) sourceAt.set(id, { fields: value, iso: value.published, moment: moments.read(value.published) ?? 0 });

  // Suggestions for an unknown source id, worked out once per id however many claims give it.
  let sourceSuggester: Suggester<string> | undefined;
  const sourceHints = new Map<string, string>();
  function nearestSources(id: string): string {
    let hint = sourceHints.get(id);
    if (hint === undefined) {
      sourceSuggester ??= new Suggester([...sourceById.keys()].map((known) => [foldName(known), known] as const));
      const near = sourceSuggester.suggest(foldName(id)).slice(0, 3);
      hint = near.length > 0 ? `; did you mean ${near.map(({ value }) => quote(value)).join(", ")}?` : "";
      sourceHints.set(id, hint);
    }
    return hint;
  }

  // One scratch record for the references of the claim at hand: this runs once per claim.
  const found: { valid: boolean; speaker?: Actor | undefined; source?: SourceAt | undefined; via?: string | undefined } = {
    valid: true,
  };
  /** Checks what a claim refers to; also run on claims whose shape failed, so nothing hides. */
  function resolveReferences(fields: { speaker?: unknown; source?: unknown; side?: unknown; via?: unknown }, index: number): typeof found {
    found.valid = true;
    found.speaker = undefined;
    found.source = undefined;
    found.via = undefined;
    // Paths are built only for issues.
    if (typeof fields.speaker === "string") {
      const resolution = speakers.resolve(fields.speaker);
      if (resolution.kind === "actor") found.speaker = resolution.actor;
      else {
        found.valid = false;
        issues.push(actorIssue(fields.speaker, resolution, ["claims", index, "speaker"], "unknown_speaker"));
      }
    }
    if (typeof fields.source === "string") {
      const source = sourceAt.get(fields.source);
      if (source) found.source = source;
      else {
        found.valid = false;
        issues.push({
          path: ["claims", index, "source"],
          code: "unknown_source",
          message: `No source ${quote(fields.source)}${nearestSources(fields.source)}`,
        });
      }
    }
    if (typeof fields.side === "string" && !sideById.has(fields.side)) {
      found.valid = false;
      issues.push({ path: ["claims", index, "side"], code: "unknown_side", message: unknownSide(fields.side, sides) });
    }
    if (typeof fields.via === "string") {
      const relay = speakers.resolve(fields.via);
      if (relay.kind === "actor") found.via = relay.actor.id;
      else {
        found.valid = false;
        issues.push(actorIssue(fields.via, relay, ["claims", index, "via"], "unknown_actor"));
      }
    }
    return found;
  }

  // Where every claim id first appeared, including ids of claims whose shape failed, so a
  // `supersedes` pointing at them is not reported a second time.
  const claimIds = new IdTable(arrays.claims.length);
  const claims: Claim[] = [];
  // The input positions of the resolved claims that name others in `supersedes`: few, and the
  // only ones the supersession checks need to visit.
  const naming: number[] = [];
  // Resolved claims by input position: with claimIds, a claim by id.
  const resolvedAt: (Claim | undefined)[] = new Array(arrays.claims.length);
  for (let index = 0; index < arrays.claims.length; index++) {
    const element = arrays.claims[index];
    const elementId = isRecord(element) && typeof element["id"] === "string" ? element["id"] : undefined;
    const firstAt = elementId === undefined ? -1 : claimIds.add(elementId, index);
    const first = firstAt < 0 ? undefined : firstAt;
    // The common, well-formed claim is used as it stands; zod judges everything else.
    let input: ClaimFields | WellFormedClaim | undefined = wellFormedClaim(element, moments);
    if (!input) {
      const result = ClaimInput.safeParse(element);
      if (!result.success) {
        fromZodIssues(result.error.issues, element, ["claims", index], issues);
        if (isRecord(element)) resolveReferences(element, index);
        continue;
      }
      input = result.data;
    }
    if (first !== undefined) {
      issues.push({
        path: ["claims", index, "id"],
        code: "duplicate_id",
        message: `Duplicate claim id ${quote(input.id)} (first at claims[${first}])`,
      });
      continue;
    }
    const { valid, speaker, source, via } = resolveReferences(input, index);
    if (!valid || !speaker || !source) {
      // Words can only be read in a known source's language; the reference issue says why.
      if ("kind" in input.value) checkPerSide(input.value, parties, partySet, index, issues);
      continue;
    }
    const before = issues.length;
    const value = readValueWords(input.value, source.fields, sideNames, index, issues);
    if (value) checkPerSide(value, parties, partySet, index, issues);
    // Most claims take their source's date or give an ISO one: no words to read, and no record
    // of the reading to make.
    let iso: string;
    let at: number;
    let words: string | undefined;
    if (input.stated === undefined) {
      iso = source.iso;
      at = source.moment;
    } else {
      const known = moments.read(input.stated);
      if (known !== undefined) {
        iso = input.stated;
        at = known;
      } else {
        const read = readStatedWords(input.stated, source.fields, index, issues, moments);
        if (read === undefined) continue;
        ({ iso, moment: at, words } = read);
      }
    }
    if (issues.length > before || !value) continue;
    const claim = resolvedClaim(input, speaker, source.fields.id, iso, at, changesOf.get(input.attribute) ?? "never", nfcLabel(value), parties);
    if ("text" in input.value) claim.valueText = input.value.text;
    if (words !== undefined) claim.statedText = words;
    if (via !== undefined) claim.via = via;
    if (input.note !== undefined) claim.note = input.note;
    claims.push(claim);
    if (claim.supersedes.length > 0) naming.push(index);
    resolvedAt[index] = claim;
  }

  checkSupersedes(naming, resolvedAt, claimIds, issues);

  if (issues.length > 0) return { ok: false, errors: inInputOrder(issues) };
  return { ok: true, corpus: { sides, actors: actors.map(({ actor }) => actor), sources, attributes, claims } };
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
  changes: Changes,
  value: Value,
  parties: string[],
): Claim {
  const side = input.side ?? speaker.side;
  const stance = input.stance ?? "asserts";
  // As written, so issue paths index the input; repeats are folded after the checks.
  const supersedes = input.supersedes === undefined || input.supersedes.length === 0 ? NO_CLAIMS : [...input.supersedes];
  const { id, subject, attribute, quote } = input;
  // A well-formed value is kept as it stands: copying every value would double the work.
  return quote === undefined
    ? { id, speaker: speaker.id, side, source, stated, moment, subject, attribute, changes, value, stance, supersedes, parties }
    : { id, speaker: speaker.id, side, source, stated, moment, subject, attribute, changes, value, stance, supersedes, parties, quote };
}

/** Labels are compared as NFC; a well-formed value is kept as it stands, not copied. */
function nfcLabel(value: Value): Value {
  if (value.kind !== "label") return value;
  const normal = nfc(value.value);
  return normal === value.value ? value : { kind: "label", value: normal };
}

/** A value as written, or read from the source's words ("about 1,200 from each side"). */
function readValueWords(
  value: Value | TextValue,
  source: SourceFields,
  sideNames: Readonly<Record<string, readonly string[]>>,
  index: number,
  issues: Issue[],
): Value | undefined {
  if (!("text" in value)) return value;
  const read = readQuantity(value.text, { language: source.language, sideNames });
  if (read.ok) return read.value;
  issues.push({
    path: ["claims", index, "value", "text"],
    code: "unreadable_text",
    message: `Cannot read a figure in ${quote(value.text)} (${languageOf(source)}): ${cut(read.reason)}`,
  });
  return undefined;
}

/**
 * When a claim was stated, from words in the source's language read as a day ("am 15. November",
 * the source's date giving the year); for a `stated` that is no ISO date or date-time.
 */
function readStatedWords(
  stated: string,
  source: SourceFields,
  index: number,
  issues: Issue[],
  moments: MomentCache,
): Required<StatedAt> | undefined {
  const read = readDate(stated, { language: source.language, reference: source.published.slice(0, 10) });
  if (read.ok) return { iso: read.value, moment: moments.read(read.value) ?? 0, words: stated };
  issues.push({
    path: ["claims", index, "stated"],
    code: "invalid_date",
    message: `Expected an ISO date (2025-05-16), a date-time, or a date in ${languageOf(source)} words; ${quote(stated)}: ${cut(read.reason)}`,
  });
  return undefined;
}

/**
 * Checks the `supersedes` of the claims at the `naming` input positions: each target a claim on
 * the same proposition, none the claim itself, no cycle; repeats are folded.
 */
function checkSupersedes(naming: readonly number[], resolvedAt: readonly (Claim | undefined)[], claimIds: IdTable, issues: Issue[]): void {
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
        issues.push({ path, code: "supersedes_self", message: `Claim ${quote(claim.id)} cannot supersede itself` });
        return;
      }
      const at = claimIds.positionOf(target);
      const older = at < 0 ? undefined : resolvedAt[at];
      if (!older) {
        // A claim whose own checks failed is reported there, not again here.
        if (at < 0) {
          issues.push({ path, code: "unknown_claim", message: `No claim ${quote(target)} to supersede` });
        }
        return;
      }
      if (older.subject !== claim.subject || older.attribute !== claim.attribute) {
        issues.push({
          path,
          code: "supersedes_other_proposition",
          message: `${quote(target)} is about ${quote(older.subject)} · ${quote(older.attribute)}, not ${quote(claim.subject)} · ${quote(claim.attribute)}`,
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
    let start = part[0] as string;
    for (const id of part) if (claimIds.positionOf(id) < claimIds.positionOf(start)) start = id;
    const cycle = shortestCycle(edges, members, start);
    const last = cycle[cycle.length - 1] as string;
    const more = part.length > cycle.length ? `; ${part.length} claims in all are tied in cycles with it` : "";
    issues.push({
      path: edgePath.get(`${last}\u0000${start}`) ?? [],
      code: "supersedes_cycle",
      message: `supersedes forms a cycle: ${excerpt([...cycle, start])}${more}`,
    });
  }
}

/** The shortest cycle from `start` back to it through `members`, without repeating `start`. */
function shortestCycle(edges: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at] as string;
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
  const shown = ids.length <= 9 ? ids.map(quote) : [...ids.slice(0, 4).map(quote), `… ${ids.length - 7} more`, ...ids.slice(-3).map(quote)];
  return shown.join(" → ");
}

const RANK: Readonly<Record<string, number>> = { $schema: 0, sides: 1, actors: 2, sources: 3, attributes: 4, claims: 5 };

/** Issues ordered as the input is (collection, then element); stable within an element. */
function inInputOrder(issues: readonly Issue[]): Issue[] {
  const rank = (issue: Issue): [number, number] => {
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
      }
    : {
        path,
        code: unknownCode,
        message: `No actor ${quote(name)}${resolution.nearest.length > 0 ? `; nearest: ${listActors(resolution.nearest)}` : ""}`,
      };
}

function unknownSide(side: string, sides: readonly Side[]): string {
  return `No side ${quote(side)}; sides: ${listSome(sides, (known) => quote(known.id), 10) || "none"}`;
}

/** A reader's reason, which may quote the whole text it read, cut to the length of a sentence. */
function cut(reason: string): string {
  return reason.length <= 300 ? reason : `${reason.slice(0, 299)}…`;
}

/** A source's language as messages give it: a tag, quoted only when too long to be a plain one. */
function languageOf(source: SourceFields): string {
  return source.language.length <= 20 ? source.language : quote(source.language);
}

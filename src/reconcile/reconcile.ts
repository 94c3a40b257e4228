import type { Claim } from "../model/claim.js";
import type { Corpus } from "../model/corpus.js";
import { ConcordError } from "../model/issue.js";
import { endOfAsOf } from "../model/moment.js";
import { type RelateOptions, resolveTolerances, type Tolerances } from "../relate/options.js";
import { sameStatement, statementHash } from "../relate/sameStatement.js";
import { fit, type ValueSet, valueSet } from "../relate/valueSet.js";
import { ClashIndex, type GroupShape } from "./clashIndex.js";
import { ScanClashIndex } from "./scanClashIndex.js";
import { consensusOf } from "./consensus.js";
import type {
  AgreementGroup,
  Contradiction,
  Position,
  Proposition,
  Reconciliation,
  Status,
  Supersession,
} from "./proposition.js";
import { sortSmall } from "./sortSmall.js";
import { supersede } from "./supersede.js";

/**
 * Options for {@link reconcile}.
 *
 * @example
 * const options: ReconcileOptions = { asOf: "2025-12-11", tolerance: 0.05 };
 */
export interface ReconcileOptions extends RelateOptions {
  /**
   * The picture as it stood then: only claims stated on or before it count. A date includes that
   * whole day (UTC); a date-time counts up to that instant.
   */
  readonly asOf?: string | undefined;
  /**
   * At most this many contradicting group pairs per proposition, earliest first.
   * @defaultValue 1000
   */
  readonly maxContradictions?: number | undefined;
}

const DENIAL_REASON = "one claim denies a value the other's assertion fits";
const VALUES_REASON = "the values cannot both be true";
const NAMED_REASON = "the newer claim names the older in supersedes";
const LATER_REASON = "a later statement by the same side, with a different value or stance, on an over-time attribute";

/** What the sweep asks of an index of groups. */
type ClashFinder = Pick<ClashIndex, "set" | "clashes">;

/**
 * Up to this many distinct statements, checking every active group is cheaper than building
 * interval trees; the bound keeps the check O(1) per claim.
 */
const SCAN_LIMIT = 8;

function clashFinder(groups: readonly GroupShape[]): ClashFinder {
  return groups.length <= SCAN_LIMIT ? new ScanClashIndex(groups) : new ClashIndex(groups);
}

function byTimeline(a: Claim, b: Claim): number {
  return a.moment - b.moment || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface Group {
  readonly claims: number[];
  sides: readonly string[];
  readonly set: ValueSet;
  readonly stance: Claim["stance"];
  readonly first: Claim;
}

/**
 * Reconciles a parsed corpus into one proposition per (subject, attribute): its timeline, each
 * side's current position, the supersession chain, the contradictions between claims whose
 * validity overlaps, the consensus and a status. Every claim lands in exactly one proposition
 * (or, with `asOf`, in `later`). The result does not depend on the order of the claims.
 *
 * It runs in O(n log n): contradictions are found with interval indexes, never by comparing
 * every pair, and at most `maxContradictions` pairs are listed per proposition.
 *
 * @param corpus - A corpus from {@link parseCorpus}.
 * @param options - `asOf`, `maxContradictions`, `tolerance`, `dateTolerance`.
 * @returns The reconciliation.
 * @throws {ConcordError} When an option is invalid (`invalid_option`).
 * @example
 * const picture = reconcile(corpus);
 * picture.propositions.find((p) => p.attribute === "status")?.positions.map((p) => p.side);
 * // => ["ukraine", "russia"]
 */
export function reconcile(corpus: Corpus, options?: ReconcileOptions): Reconciliation {
  const tolerances = resolveTolerances(options);
  const maxContradictions = options?.maxContradictions ?? 1000;
  if (typeof maxContradictions !== "number" || !(maxContradictions >= 0) || Number.isNaN(maxContradictions)) {
    throw new ConcordError([
      { path: ["maxContradictions"], code: "invalid_option", message: `maxContradictions must be a number ≥ 0, got ${String(maxContradictions)}` },
    ]);
  }
  let cutoff = Number.POSITIVE_INFINITY;
  if (options?.asOf !== undefined) {
    const end = typeof options.asOf === "string" ? endOfAsOf(options.asOf) : undefined;
    if (end === undefined) {
      throw new ConcordError([
        { path: ["asOf"], code: "invalid_option", message: `asOf must be an ISO date or date-time, got ${JSON.stringify(options.asOf)}` },
      ]);
    }
    cutoff = end;
  }

  const context: Context = {
    sideIndex: new Map(corpus.sides.map((side, index) => [side.id, index])),
    knownSides: corpus.sides.length,
    tolerances,
    maxContradictions,
    alone: new Map(),
    sideStamp: [],
    sideSlot: [],
    stamp: 0,
  };
  const propositions: Proposition[] = [];
  const later: Claim[] = [];
  for (const timeline of byProposition(corpus.claims)) {
    let counted = timeline.length;
    while (counted > 0 && (timeline[counted - 1] as Claim).moment > cutoff) counted--;
    for (let i = counted; i < timeline.length; i++) later.push(timeline[i] as Claim);
    if (counted === 0) continue;
    if (counted < timeline.length) timeline.length = counted;
    propositions.push(reconcileProposition(timeline, context));
  }
  sortSmall(later, byTimeline);
  const reconciliation: { -readonly [K in keyof Reconciliation]: Reconciliation[K] } = {
    propositions,
    later: later.map((claim) => claim.id),
  };
  if (options?.asOf !== undefined) reconciliation.asOf = options.asOf;
  return reconciliation;
}

/** What every proposition of one reconcile call shares: options, and scratch space. */
interface Context {
  /** Each side's place in the corpus; sides a claim names that the corpus lacks come after. */
  readonly sideIndex: Map<string, number>;
  readonly knownSides: number;
  readonly tolerances: Tolerances;
  readonly maxContradictions: number;
  /** One frozen `[side]` per side, shared by every group that side alone states. */
  readonly alone: Map<string, readonly string[]>;
  /** Per side index: the proposition (stamp) that last touched it, and its slot there. */
  readonly sideStamp: number[];
  readonly sideSlot: number[];
  stamp: number;
}

/** Shared by every proposition without links or clashes; frozen, so none can change it for all. */
const NONE: readonly never[] = Object.freeze([]);

/** A subject's attributes, in order of appearance; a map joins them when there are many. */
interface SubjectClaims {
  readonly attributes: string[];
  readonly claims: Claim[][];
  byAttribute: Map<string, Claim[]> | undefined;
}

/** Past this many attributes of one subject, finding one by a scan costs more than a map. */
const ATTRIBUTE_SCAN = 8;

/**
 * The claims of each proposition, by subject and then attribute, each list in timeline order.
 * Most subjects have a few attributes, so a short list is scanned before a map is built.
 */
function byProposition(claims: readonly Claim[]): Claim[][] {
  const bySubject = new Map<string, SubjectClaims>();
  for (const claim of claims) {
    let subject = bySubject.get(claim.subject);
    if (!subject) {
      subject = { attributes: [claim.attribute], claims: [[claim]], byAttribute: undefined };
      bySubject.set(claim.subject, subject);
      continue;
    }
    let list: Claim[] | undefined;
    if (subject.byAttribute) list = subject.byAttribute.get(claim.attribute);
    else {
      const at = subject.attributes.indexOf(claim.attribute);
      if (at >= 0) list = subject.claims[at];
    }
    if (list) {
      list.push(claim);
      continue;
    }
    subject.attributes.push(claim.attribute);
    subject.claims.push([claim]);
    if (subject.byAttribute) subject.byAttribute.set(claim.attribute, subject.claims[subject.claims.length - 1] as Claim[]);
    else if (subject.attributes.length > ATTRIBUTE_SCAN) {
      subject.byAttribute = new Map(subject.attributes.map((attribute, k) => [attribute, subject.claims[k] as Claim[]]));
    }
  }
  const lists: Claim[][] = [];
  for (const key of [...bySubject.keys()].sort()) {
    const subject = bySubject.get(key) as SubjectClaims;
    const order = subject.attributes.map((_, k) => k);
    if (order.length > 1) sortSmall(order, (a, b) => compareText(subject.attributes[a] as string, subject.attributes[b] as string));
    for (const k of order) lists.push(sortSmall(subject.claims[k] as Claim[], byTimeline));
  }
  return lists;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Up to this many claims, grouping compares each with every group found so far. */
const GROUP_SCAN = 8;

/** Numbers the distinct statements of a timeline (`groupOf`), in order of first appearance. */
function groupStatements(timeline: readonly Claim[], groupOf: number[], memberAt: number[], context: Context): Group[] {
  const n = timeline.length;
  const groups: Group[] = [];
  // Claims bucketed by a cheap hash, then matched by sameStatement: no string per figure.
  const buckets = n > GROUP_SCAN ? new Map<number | string, number[]>() : undefined;
  for (let i = 0; i < n; i++) {
    const claim = timeline[i] as Claim;
    let id = -1;
    if (buckets) {
      const hash = statementHash(claim.value, claim.stance);
      const bucket = buckets.get(hash);
      if (bucket) {
        for (const candidate of bucket) {
          if (sameStatement((groups[candidate] as Group).first, claim)) {
            id = candidate;
            break;
          }
        }
      }
      if (id < 0) {
        if (bucket) bucket.push(groups.length);
        else buckets.set(hash, [groups.length]);
      }
    } else {
      for (let candidate = 0; candidate < groups.length; candidate++) {
        if (sameStatement((groups[candidate] as Group).first, claim)) {
          id = candidate;
          break;
        }
      }
    }
    if (id < 0) {
      id = groups.length;
      groups.push({
        claims: [],
        sides: alone(claim.side, context),
        set: valueSet(claim.value, claim.parties, context.tolerances),
        stance: claim.stance,
        first: claim,
      });
    }
    const group = groups[id] as Group;
    memberAt[i] = group.claims.length;
    group.claims.push(i);
    if (!group.sides.includes(claim.side)) group.sides = [...group.sides, claim.side];
    groupOf[i] = id;
  }
  return groups;
}

function alone(side: string, context: Context): readonly string[] {
  let list = context.alone.get(side);
  if (!list) {
    list = Object.freeze([side]);
    context.alone.set(side, list);
  }
  return list;
}

function reconcileProposition(timeline: readonly Claim[], context: Context): Proposition {
  const first = timeline[0] as Claim;
  const n = timeline.length;
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = (timeline[i] as Claim).id;

  const groupOf = new Array<number>(n);
  const memberAt = new Array<number>(n);
  const groups = groupStatements(timeline, groupOf, memberAt, context);

  const { links, until, endedBy } = supersede(timeline, groupOf);
  const supersessions: readonly Supersession[] =
    links.length === 0
      ? NONE
      : links.map(({ newer, older, by }) => ({
          newer: ids[newer] as string,
          older: ids[older] as string,
          by,
          // Shared sentences, not one string per link: the link names both claims, and
          // explain(compare(newer, older), corpus) tells the whole story.
          reason: by === "supersedes" ? NAMED_REASON : LATER_REASON,
        }));

  const currentIndexes: number[] = [];
  for (let i = 0; i < n; i++) if (until[i] === Number.POSITIVE_INFINITY) currentIndexes.push(i);
  // The groups with a current claim, in order of their first current claim.
  const activeGroups: number[] = [];
  if (groups.length === 1) activeGroups.push(0);
  else {
    const seen = new Uint8Array(groups.length);
    for (const i of currentIndexes) {
      const group = groupOf[i] as number;
      if (seen[group] === 0) {
        seen[group] = 1;
        activeGroups.push(group);
      }
    }
  }

  let contradictions: readonly Contradiction[] = NONE;
  let truncated = false;
  let contested = false;
  // One statement cannot contradict itself: most small propositions stop here.
  if (groups.length > 1) {
    const index = clashFinder(groups);
    const swept = sweep(timeline, groups, groupOf, memberAt, until, endedBy, index, context.maxContradictions);
    if (swept.contradictions.length > 0) contradictions = swept.contradictions;
    truncated = swept.truncated;
    // After the sweep the active groups are those with a current claim.
    for (const id of activeGroups) {
      if (!index.clashes(id, () => false)) {
        contested = true;
        break;
      }
    }
  }

  const positions = positionsOf(timeline, ids, currentIndexes, groups, groupOf, context);
  const status: Status = positions.length <= 1 ? "one-sided" : contested ? "contested" : "consensus";
  const agreementGroups = new Array<AgreementGroup>(groups.length);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as Group;
    const claims = new Array<string>(group.claims.length);
    for (let k = 0; k < claims.length; k++) claims[k] = ids[group.claims[k] as number] as string;
    agreementGroups[g] = { claims, sides: group.sides, value: group.first.value, stance: group.stance };
  }
  const proposition: { -readonly [K in keyof Proposition]: Proposition[K] } = {
    subject: first.subject,
    attribute: first.attribute,
    changes: first.changes,
    timeline: ids,
    // Nothing superseded: the current claims are the timeline, and share its list.
    current: currentIndexes.length === n ? ids : currentIndexes.map((i) => ids[i] as string),
    positions,
    supersessions,
    contradictions,
    contradictionsTruncated: truncated,
    groups: agreementGroups,
    status,
  };
  if (!contested) {
    const asserted: ValueSet[] = [];
    for (const id of activeGroups) {
      const group = groups[id] as Group;
      if (group.stance === "asserts") asserted.push(group.set);
    }
    const consensus = consensusOf(asserted);
    if (consensus) proposition.consensus = consensus;
  }
  return proposition;
}

/**
 * Walks the timeline, switching groups on while one of their claims is valid, and records each
 * pair of groups the first time they clash. Ends come before starts at the same moment: a claim
 * superseded at t does not overlap the claim that superseded it.
 */
function sweep(
  timeline: readonly Claim[],
  groups: readonly Group[],
  groupOf: number[],
  memberAt: number[],
  until: number[],
  endedBy: number[],
  index: ClashFinder,
  maxContradictions: number,
): { contradictions: Contradiction[]; truncated: boolean } {
  const n = timeline.length;
  const ends: number[] = [];
  for (let i = 0; i < n; i++) if ((until[i] as number) < Number.POSITIVE_INFINITY) ends.push(i);
  sortSmall(ends, (a, b) => (until[a] as number) - (until[b] as number));
  const activeCount = new Array<number>(groups.length).fill(0);
  // Per group, the position in its claim list of the latest claim that started.
  const started = new Array<number>(groups.length).fill(-1);
  let emitted: Set<number> | undefined;
  const contradictions: Contradiction[] = [];
  let truncated = false;
  let endAt = 0;
  const representative = (group: number, now: number): number => {
    // The latest started claim still valid: only asked for when a contradiction is recorded.
    const members = (groups[group] as Group).claims;
    let at = started[group] as number;
    while (at > 0 && (until[members[at] as number] as number) <= now) at--;
    return members[at] as number;
  };
  const supersededAt = (i: number): string | undefined => timeline[endedBy[i] as number]?.stated;
  for (let i = 0; i < n; i++) {
    const claim = timeline[i] as Claim;
    const now = claim.moment;
    while (endAt < ends.length && (until[ends[endAt] as number] as number) <= now) {
      const ended = ends[endAt++] as number;
      if ((until[ended] as number) <= (timeline[ended] as Claim).moment) continue;
      const group = groupOf[ended] as number;
      if (--(activeCount[group] as number) === 0) index.set(group, false);
    }
    if ((until[i] as number) <= now) continue;
    const group = groupOf[i] as number;
    started[group] = memberAt[i] as number;
    if ((activeCount[group] as number)++ > 0) continue;
    if (!truncated) {
      // Most activations meet no clash: the lists are made only for those that do.
      let found: number[] | undefined;
      index.clashes(group, (other) => {
        const pair = Math.min(group, other) * groups.length + Math.max(group, other);
        if (emitted === undefined || !emitted.has(pair)) (found ??= []).push(other);
        return true;
      });
      if (found === undefined) {
        index.set(group, true);
        continue;
      }
      sortSmall(found, (x, y) => x - y);
      const seen = (emitted ??= new Set());
      for (const other of found) {
        if (contradictions.length >= maxContradictions) {
          truncated = true;
          break;
        }
        seen.add(Math.min(group, other) * groups.length + Math.max(group, other));
        const a = representative(other, now);
        const earlier = timeline[a] as Claim;
        const ends = Math.min(until[a] as number, until[i] as number);
        const contradiction: { -readonly [K in keyof Contradiction]: Contradiction[K] } = {
          a: earlier.id,
          b: claim.id,
          groups: [other, group],
          reason: clashReason(groups[other] as Group, groups[group] as Group),
          from: claim.stated,
          current: ends === Number.POSITIVE_INFINITY,
        };
        const endText = supersededAt(until[a] === ends ? a : i);
        if (endText !== undefined) contradiction.until = endText;
        contradictions.push(contradiction);
      }
    }
    index.set(group, true);
  }
  return { contradictions, truncated };
}

/**
 * Why two groups clash, without repeating their values (the groups hold them, and
 * `explain(compare(a, b), corpus)` spells them out): formatting every value of every clash would
 * cost more than finding the clashes.
 */
function clashReason(earlierGroup: Group, laterGroup: Group): string {
  if (earlierGroup.stance !== laterGroup.stance) return DENIAL_REASON;
  const result = fit(earlierGroup.set, laterGroup.set);
  if (result.compatible) return VALUES_REASON;
  switch (result.why) {
    case "units":
      return `different units: ${result.units[0]} and ${result.units[1]}`;
    case "kinds":
      return "different kinds of answer";
    case "values":
      return result.side === undefined ? VALUES_REASON : `they differ on ${result.side}'s figure`;
  }
}

function positionsOf(
  timeline: readonly Claim[],
  ids: readonly string[],
  currentIndexes: readonly number[],
  groups: readonly Group[],
  groupOf: readonly number[],
  context: Context,
): Position[] {
  // Current claims by side, found through each side's index: no map per proposition.
  const stamp = ++context.stamp;
  const { sideIndex, sideStamp, sideSlot } = context;
  const sides: number[] = [];
  const lists: number[][] = [];
  for (const i of currentIndexes) {
    const side = (timeline[i] as Claim).side;
    let k = sideIndex.get(side);
    if (k === undefined) {
      k = sideIndex.size;
      sideIndex.set(side, k);
    }
    if (sideStamp[k] === stamp) (lists[sideSlot[k] as number] as number[]).push(i);
    else {
      sideStamp[k] = stamp;
      sideSlot[k] = lists.length;
      sides.push(k);
      lists.push([i]);
    }
  }
  // In the corpus's order of sides; sides it lacks after them, by id.
  const order = sides.map((_, slot) => slot);
  if (order.length > 1) {
    const rank = (slot: number): number => Math.min(sides[slot] as number, context.knownSides);
    const sideOf = (slot: number): string => (timeline[(lists[slot] as number[])[0] as number] as Claim).side;
    sortSmall(order, (a, b) => rank(a) - rank(b) || compareText(sideOf(a), sideOf(b)));
  }
  const positions = new Array<Position>(order.length);
  for (let p = 0; p < order.length; p++) {
    const indexes = lists[order[p] as number] as number[];
    const latest = timeline[indexes[indexes.length - 1] as number] as Claim;
    const claims = new Array<string>(indexes.length);
    for (let k = 0; k < indexes.length; k++) claims[k] = ids[indexes[k] as number] as string;
    positions[p] = { side: latest.side, claims, value: latest.value, stance: latest.stance, divided: divided(indexes, groups, groupOf) };
  }
  return positions;
}

/** Whether a side's own current claims contradict each other. */
function divided(indexes: readonly number[], groups: readonly Group[], groupOf: readonly number[]): boolean {
  let own: number[] = [];
  if (indexes.length <= GROUP_SCAN) {
    for (const i of indexes) {
      const group = groupOf[i] as number;
      if (!own.includes(group)) own.push(group);
    }
  } else own = [...new Set(indexes.map((i) => groupOf[i] as number))];
  if (own.length < 2) return false;
  // The side's own current groups, in an index of their own.
  const shapes = own.map((id) => groups[id] as Group);
  const sideIndex = clashFinder(shapes);
  for (let k = 0; k < shapes.length; k++) {
    if (!sideIndex.clashes(k, () => false)) return true;
    sideIndex.set(k, true);
  }
  return false;
}

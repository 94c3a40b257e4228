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
  readonly sides: string[];
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

  // Subject, then attribute: nested maps spare a concatenated key per claim.
  const bySubject = new Map<string, Map<string, Claim[]>>();
  for (const claim of corpus.claims) {
    let byAttribute = bySubject.get(claim.subject);
    if (!byAttribute) {
      byAttribute = new Map();
      bySubject.set(claim.subject, byAttribute);
    }
    const claims = byAttribute.get(claim.attribute);
    if (claims) claims.push(claim);
    else byAttribute.set(claim.attribute, [claim]);
  }
  const sideOrder = new Map(corpus.sides.map((side, index) => [side.id, index]));
  const propositions: Proposition[] = [];
  const later: Claim[] = [];
  for (const subject of [...bySubject.keys()].sort()) {
    const byAttribute = bySubject.get(subject) as Map<string, Claim[]>;
    for (const attribute of [...byAttribute.keys()].sort()) {
      const claims = (byAttribute.get(attribute) as Claim[]).sort(byTimeline);
      let counted = claims.length;
      while (counted > 0 && (claims[counted - 1] as Claim).moment > cutoff) counted--;
      for (let i = counted; i < claims.length; i++) later.push(claims[i] as Claim);
      if (counted === 0) continue;
      propositions.push(
        reconcileProposition(counted === claims.length ? claims : claims.slice(0, counted), sideOrder, tolerances, maxContradictions),
      );
    }
  }
  later.sort(byTimeline);
  const reconciliation: { -readonly [K in keyof Reconciliation]: Reconciliation[K] } = {
    propositions,
    later: later.map((claim) => claim.id),
  };
  if (options?.asOf !== undefined) reconciliation.asOf = options.asOf;
  return reconciliation;
}

function reconcileProposition(
  timeline: readonly Claim[],
  sideOrder: ReadonlyMap<string, number>,
  tolerances: Tolerances,
  maxContradictions: number,
): Proposition {
  const first = timeline[0] as Claim;
  const n = timeline.length;

  // Groups of identical statements, in order of first appearance.
  const groupOf = new Array<number>(n).fill(0);
  const memberAt = new Array<number>(n).fill(0);
  const groups: Group[] = [];
  // Claims bucketed by a cheap hash, then matched by sameStatement: no string per figure.
  const buckets = new Map<number | string, number[]>();
  for (let i = 0; i < n; i++) {
    const claim = timeline[i] as Claim;
    const hash = statementHash(claim.value, claim.stance);
    const bucket = buckets.get(hash);
    let id = -1;
    if (bucket) {
      for (const candidate of bucket) {
        if (sameStatement((groups[candidate] as Group).first, claim)) {
          id = candidate;
          break;
        }
      }
    }
    if (id < 0) {
      id = groups.length;
      if (bucket) bucket.push(id);
      else buckets.set(hash, [id]);
      groups.push({ claims: [], sides: [], set: valueSet(claim.value, claim.parties, tolerances), stance: claim.stance, first: claim });
    }
    const group = groups[id] as Group;
    memberAt[i] = group.claims.length;
    group.claims.push(i);
    if (!group.sides.includes(claim.side)) group.sides.push(claim.side);
    groupOf[i] = id;
  }

  const { links, until, endedBy } = supersede(timeline, groupOf);
  const supersessions: Supersession[] = links.map(({ newer, older, by }) => ({
    newer: (timeline[newer] as Claim).id,
    older: (timeline[older] as Claim).id,
    by,
    // Shared sentences, not one string per link: the link names both claims, and
    // explain(compare(newer, older), corpus) tells the whole story.
    reason: by === "supersedes" ? NAMED_REASON : LATER_REASON,
  }));

  let contradictions: Contradiction[] = [];
  let truncated = false;
  let contested = false;
  const currentIndexes: number[] = [];
  for (let i = 0; i < n; i++) if (until[i] === Number.POSITIVE_INFINITY) currentIndexes.push(i);
  const activeGroups = groups.length === 1 ? [0] : [...new Set(currentIndexes.map((i) => groupOf[i] as number))];
  // One statement cannot contradict itself: most small propositions stop here.
  if (groups.length > 1) {
    const index = clashFinder(groups);
    ({ contradictions, truncated } = sweep(timeline, groups, groupOf, memberAt, until, endedBy, index, maxContradictions));
    // After the sweep the active groups are those with a current claim.
    for (const id of activeGroups) {
      if (!index.clashes(id, () => false)) {
        contested = true;
        break;
      }
    }
  }

  const positions = positionsOf(timeline, currentIndexes, groups, groupOf, sideOrder);
  const status: Status = positions.length <= 1 ? "one-sided" : contested ? "contested" : "consensus";
  const proposition: { -readonly [K in keyof Proposition]: Proposition[K] } = {
    subject: first.subject,
    attribute: first.attribute,
    changes: first.changes,
    timeline: timeline.map((claim) => claim.id),
    current: currentIndexes.map((i) => (timeline[i] as Claim).id),
    positions,
    supersessions,
    contradictions,
    contradictionsTruncated: truncated,
    groups: groups.map(
      (group): AgreementGroup => ({
        claims: group.claims.map((i) => (timeline[i] as Claim).id),
        sides: group.sides,
        value: group.first.value,
        stance: group.stance,
      }),
    ),
    status,
  };
  if (!contested) {
    const asserted = activeGroups.filter((id) => groups[id]?.stance === "asserts").map((id) => (groups[id] as Group).set);
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
  ends.sort((a, b) => (until[a] as number) - (until[b] as number));
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
      const found: number[] = [];
      const seen = (emitted ??= new Set());
      index.clashes(group, (other) => {
        const pair = Math.min(group, other) * groups.length + Math.max(group, other);
        if (!seen.has(pair)) found.push(other);
        return true;
      });
      found.sort((x, y) => x - y);
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
  currentIndexes: readonly number[],
  groups: readonly Group[],
  groupOf: number[],
  sideOrder: ReadonlyMap<string, number>,
): Position[] {
  const bySide = new Map<string, number[]>();
  for (const i of currentIndexes) {
    const side = (timeline[i] as Claim).side;
    const list = bySide.get(side);
    if (list) list.push(i);
    else bySide.set(side, [i]);
  }
  const sides = [...bySide.keys()].sort(
    (a, b) => (sideOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (sideOrder.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return sides.map((side) => {
    const indexes = bySide.get(side) ?? [];
    const latest = timeline[indexes[indexes.length - 1] as number] as Claim;
    const own = [...new Set(indexes.map((i) => groupOf[i] as number))];
    let divided = false;
    if (own.length > 1) {
      // The side's own current groups, in an index of their own.
      const shapes = own.map((id) => groups[id] as Group);
      const sideIndex = clashFinder(shapes);
      for (let k = 0; k < shapes.length && !divided; k++) {
        if (!sideIndex.clashes(k, () => false)) divided = true;
        sideIndex.set(k, true);
      }
    }
    return {
      side,
      claims: indexes.map((i) => (timeline[i] as Claim).id),
      value: latest.value,
      stance: latest.stance,
      divided,
    };
  });
}

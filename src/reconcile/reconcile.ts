import type { Claim } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import { ConcordError } from "../corpus/issue.js";
import { DAY_MS, endOfAsOf, parseMoment } from "../corpus/moment.js";
import type {
  AgreementGroup,
  Contradiction,
  Proposition,
  ReconcileSettings,
  Reconciliation,
  Status,
  Supersession,
} from "../corpus/reconciliation.js";
import type { Value } from "../corpus/value.js";
import { givenValue } from "../internal/quote.js";
import { dayEnd, staleAt } from "../rules/freshness.js";
import { type RelateOptions, resolveTolerances, type Tolerances } from "../rules/options.js";
import type { ValueSet } from "../rules/valueSet.js";
import { byProposition, byTimeline, sortTimeline } from "./byProposition.js";
import type { SideOrder } from "./bySide.js";
import { consensusOf } from "./consensus.js";
import { type ClashFinder, Sweep } from "./contradictions.js";
import { ClashIndex } from "./engine/clashIndex.js";
import { STOP } from "./engine/intervalIndex.js";
import { Marks } from "./engine/marks.js";
import { outputList } from "./engine/outputList.js";
import { ScanClashIndex } from "./engine/scanClashIndex.js";
import { Scratch } from "./engine/scratch.js";
import { positionsOf } from "./positions.js";
import { groupStatements } from "./statements.js";
import { indexLinks, supersede, supersessionsOf } from "./supersede.js";

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
   * What could be known then: only claims whose source was published on or before it count (a
   * date includes that whole day, UTC); a source without a `published` date is known from the
   * moment its claim was stated. With `asOf` too, a claim must pass both.
   */
  readonly knownAt?: string | undefined;
  /**
   * At most this many contradictions listed per proposition, earliest first.
   * @defaultValue 1000
   */
  readonly maxContradictions?: number | undefined;
}

/**
 * Up to this many distinct statements, checking every active group is cheaper than building
 * interval trees; the bound keeps the check O(1) per claim.
 */
const SCAN_LIMIT = 8;

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
 * @param options - `asOf`, `knownAt`, `maxContradictions`, `tolerance`, `dateTolerance`, `boundReach`.
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
      {
        path: ["maxContradictions"],
        code: "invalid_option",
        message: `maxContradictions must be a number ≥ 0, got ${String(maxContradictions)}`,
        option: "maxContradictions",
        given: givenValue(maxContradictions),
      },
    ]);
  }
  const cutoff = lastMomentOf("asOf", options?.asOf) ?? Number.POSITIVE_INFINITY;
  const knownEnd = lastMomentOf("knownAt", options?.knownAt);

  const scratch = new Scratch();
  const context: Context = {
    sides: {
      index: new Map(corpus.sides.map((side, index) => [side.id, index])),
      known: corpus.sides.length,
      slotted: new Marks(),
      slot: [],
    },
    tolerances,
    alone: new Map(),
    scratch,
    sweep: new Sweep(scratch, maxContradictions),
    scan: new ScanClashIndex(),
    asserted: [],
  };
  const later: Claim[] = [];
  const claims = knownEnd === undefined ? corpus.claims : knownBy(corpus, knownEnd, later);
  const runs = byProposition(claims);
  // Room for every proposition; those with no claim up to `asOf` leave theirs unused.
  const propositions = new Array<Proposition>(runs.count);
  let propositionCount = 0;
  // One list for every proposition's timeline in turn: reconcileProposition keeps none of it.
  const timeline: Claim[] = [];
  for (let p = 0; p < runs.count; p++) {
    const from = runs.starts[p]!;
    const n = runs.starts[p + 1]! - from;
    timeline.length = n;
    for (let k = 0; k < n; k++) timeline[k] = claims[runs.order[from + k]!]!;
    scratch.touched = touch(timeline);
    sortTimeline(timeline);
    let counted = n;
    while (counted > 0 && timeline[counted - 1]!.moment > cutoff) counted--;
    for (let i = counted; i < n; i++) later.push(timeline[i]!);
    if (counted === 0) continue;
    if (counted < n) timeline.length = counted;
    propositions[propositionCount++] = reconcileProposition(timeline, context);
  }
  propositions.length = propositionCount;
  later.sort(byTimeline);
  const { tolerance, dateTolerance, boundReach } = tolerances;
  const settings: { -readonly [K in keyof ReconcileSettings]: ReconcileSettings[K] } = {
    tolerance,
    dateTolerance,
    boundReach,
    maxContradictions,
  };
  if (options?.asOf !== undefined) settings.asOf = options.asOf;
  if (options?.knownAt !== undefined) settings.knownAt = options.knownAt;
  return { options: settings, propositions, later: later.map((claim) => claim.id) };
}

/**
 * Days are days: a claim dated by a day alone stays valid to the end of that day even when a
 * claim of the same day supersedes it, so a clash of that day is listed. Extends `until` so, and
 * returns whether any was extended.
 */
function outliveTheirDay(timeline: readonly Claim[], scratch: Scratch, n: number): boolean {
  const { until, endedBy, moments } = scratch;
  let extended = false;
  for (let i = 0; i < n; i++) {
    const end = until[i]!;
    // Superseded within a day after being stated: perhaps the same day. (A claim named by an
    // earlier one was never valid, and stays so.)
    const since = end - moments[i]!;
    if (endedBy[i]! < 0 || since < 0 || since >= DAY_MS) continue;
    const day = dayEnd(timeline[i]!);
    if (day > end && day > moments[i]!) {
      until[i] = day;
      extended = true;
    }
  }
  return extended;
}

/**
 * The last moment a moment option admits (`asOf`, `knownAt`): a date's whole day, a date-time's
 * instant; undefined when the option is not given. Anything else is an invalid option.
 */
function lastMomentOf(option: "asOf" | "knownAt", given: unknown): number | undefined {
  if (given === undefined) return undefined;
  const end = typeof given === "string" ? endOfAsOf(given) : undefined;
  if (end !== undefined) return end;
  throw new ConcordError([
    {
      path: [option],
      code: "invalid_option",
      message: `${option} must be an ISO date or date-time, got ${JSON.stringify(given)}`,
      option,
      given: givenValue(given),
    },
  ]);
}

/**
 * The claims that could be known by `knownEnd`: those whose source was published by then (a
 * source without a date, from the claim's own moment). The others go to `later`.
 */
function knownBy(corpus: Corpus, knownEnd: number, later: Claim[]): Claim[] {
  const published = new Map<string, number | undefined>();
  for (const source of corpus.sources)
    published.set(source.id, source.published === undefined ? undefined : parseMoment(source.published));
  const known: Claim[] = [];
  for (const claim of corpus.claims) {
    const from = published.get(claim.source) ?? claim.moment;
    if (from <= knownEnd) known.push(claim);
    else later.push(claim);
  }
  return known;
}

/**
 * Reads each claim and its value once, in a loop whose reads do not wait on one another. A
 * proposition's claims lie scattered through memory: read here, their cache misses overlap;
 * read first by the sort and the grouping, each would wait for the one before. The caller
 * stores the sum, so the compiler cannot drop the reads.
 */
function touch(timeline: readonly Claim[]): number {
  let sum = 0;
  for (let i = 0; i < timeline.length; i++) {
    const claim = timeline[i]!;
    const { value } = claim;
    // A resolved claim is larger than a cache line: `side` comes early in it, `moment` and
    // `value` later.
    sum += claim.moment + claim.side.length + value.kind.length;
    if (value.kind === "per-side" && value.each) sum += value.each.value ?? 0;
  }
  return sum;
}

/** What every proposition of one reconcile call shares: options, and working space. */
interface Context {
  readonly sides: SideOrder;
  readonly tolerances: Tolerances;
  /** One frozen `[side]` per side, shared by every group that side alone states. */
  readonly alone: Map<string, readonly string[]>;
  readonly scratch: Scratch;
  readonly sweep: Sweep;
  /** Loaded with each proposition of a few statements in turn. */
  readonly scan: ScanClashIndex;
  /** The sets of a proposition's current asserting groups, in its first places: no list per proposition. */
  readonly asserted: ValueSet[];
}

/** Shared by every proposition without links or clashes; frozen, so none can change it for all. */
const NONE: readonly never[] = Object.freeze([]);

function reconcileProposition(timeline: readonly Claim[], context: Context): Proposition {
  const first = timeline[0]!;
  const n = timeline.length;
  const { scratch } = context;
  scratch.fit(n);
  const ids = outputList<string>(n);
  const { moments, staleEnd } = scratch;
  // Whether any claim goes stale: most attributes set no freshFor, and then nothing is clamped.
  let staling = false;
  for (let i = 0; i < n; i++) {
    const claim = timeline[i]!;
    ids[i] = claim.id;
    moments[i] = claim.moment;
    if (claim.freshFor !== undefined) {
      staleEnd[i] = staleAt(claim);
      staling = true;
    } else staleEnd[i] = Number.POSITIVE_INFINITY;
  }

  const groups = groupStatements(timeline, scratch, context.tolerances, context.alone);
  const linkCount = supersede(timeline, scratch, context.sides, groups);
  const supersessions: readonly Supersession[] = linkCount > 0 ? supersessionsOf(scratch, ids, linkCount) : NONE;

  const { until, endedBy, current, groupOf, currentGroups, activeCount } = scratch;
  // Current: no counted claim supersedes it. Valid: also still fresh; over-time claims whose
  // attribute sets a freshFor stop being valid when it runs out, superseded or not.
  let currentCount = 0;
  for (let i = 0; i < n; i++) if (endedBy[i]! < 0) current[currentCount++] = i;
  if (staling) {
    for (let i = 0; i < n; i++) if (staleEnd[i]! < until[i]!) until[i] = staleEnd[i]!;
  }
  scratch.extended = linkCount > 0 && outliveTheirDay(timeline, scratch, n);
  if (scratch.extended) indexLinks(scratch, n, linkCount);
  // Staleness is judged at the last counted moment, that of the latest current claim: the
  // latest claim itself, unless it is one an earlier claim names in `supersedes`.
  const latest = moments[current[currentCount - 1]!]!;
  // The groups with a current claim, in order of their first current claim.
  let currentGroupCount = 0;
  if (groups.length === 1) currentGroups[currentGroupCount++] = 0;
  else {
    const seen = scratch.groupsSeen;
    seen.clear(groups.length);
    for (let k = 0; k < currentCount; k++) {
      const group = groupOf[current[k]!]!;
      if (seen.add(group)) currentGroups[currentGroupCount++] = group;
    }
  }

  let contradictions: readonly Contradiction[] = NONE;
  let truncated = false;
  let contested = false;
  // One statement cannot contradict itself: most small propositions stop here.
  let index: ClashFinder | undefined;
  if (groups.length > 1) {
    index = groups.length <= SCAN_LIMIT ? context.scan.load(groups) : new ClashIndex(groups);
    const found = context.sweep.run(timeline, groups, index);
    if (found.length > 0) contradictions = found;
    truncated = context.sweep.truncated;
    // After the sweep the active groups are those with a claim still valid at the last moment:
    // a clash among them is a current contradiction. A current group gone stale is not active.
    for (let k = 0; k < currentGroupCount; k++) {
      const group = currentGroups[k]!;
      if (activeCount[group]! > 0 && !index.clashes(group, STOP)) {
        contested = true;
        break;
      }
    }
  }

  const positions = positionsOf(
    timeline,
    ids,
    currentCount,
    scratch,
    context.sides,
    { index, current: currentGroups, currentCount: currentGroupCount },
    groups,
    latest,
  );
  let freshCount = 0;
  for (let p = 0; p < positions.length; p++) if (!positions[p]!.stale) freshCount++;
  const status: Status = freshCount <= 1 ? "one-sided" : contested ? "contested" : "consensus";
  const { members, start, count } = scratch;
  const agreementGroups = outputList<AgreementGroup>(groups.length);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const claims = idsAt(ids, members, start[g]!, count[g]!);
    agreementGroups[g] = { claims, sides: group.sides, value: group.first.value, stance: group.stance };
  }
  // A consensus needs two sides that still speak: one side alone holds a position, no more.
  let consensus: Value | undefined;
  if (status === "consensus") {
    const { asserted } = context;
    let assertedCount = 0;
    for (let k = 0; k < currentGroupCount; k++) {
      const g = currentGroups[k]!;
      const group = groups[g]!;
      // With one statement there was no sweep to count valid claims, and that statement is fresh.
      if (group.stance === "asserts" && (groups.length === 1 || activeCount[g]! > 0))
        asserted[assertedCount++] = group.set;
    }
    consensus = consensusOf(asserted, assertedCount);
  }
  const subject = first.subject;
  const attribute = first.attribute;
  const changes = first.changes;
  // Nothing superseded: the current claims are the timeline, and share its list.
  const currentIds = currentCount === n ? ids : idsAt(ids, current, 0, currentCount);
  // One literal per shape: a field added after an object is made is stored outside it.
  const proposition: Proposition =
    consensus === undefined
      ? {
          subject,
          attribute,
          changes,
          timeline: ids,
          current: currentIds,
          positions,
          supersessions,
          contradictions,
          contradictionsTruncated: truncated,
          groups: agreementGroups,
          status,
        }
      : {
          subject,
          attribute,
          changes,
          timeline: ids,
          current: currentIds,
          positions,
          supersessions,
          contradictions,
          contradictionsTruncated: truncated,
          groups: agreementGroups,
          consensus,
          status,
        };
  return proposition;
}

/** The ids of `count` claims whose timeline positions start at `from`, in a list of its own. */
function idsAt(ids: readonly string[], positions: Int32Array, from: number, count: number): string[] {
  const list = outputList<string>(count);
  for (let k = 0; k < count; k++) list[k] = ids[positions[from + k]!]!;
  return list;
}

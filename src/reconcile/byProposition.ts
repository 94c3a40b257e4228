import type { Claim } from "../corpus/claim.js";
import { keepLayout } from "../internal/keepLayout.js";
import { compareText, TextTable } from "../internal/textTable.js";
import { compareNumbers, dedupe, rankOf, sortByKey } from "./engine/sort.js";

/** Timeline order: by moment, then by id, so the order never depends on the input's. */
export function byTimeline(a: Claim, b: Claim): number {
  return compareNumbers(a.moment, b.moment) || compareText(a.id, b.id);
}

/** Up to this many claims, comparing the claims themselves is cheapest. */
const DIRECT_SORT = 32;

/**
 * Sorts claims into timeline order, in place. A long list is sorted by a compact copy of its
 * moments, as numbers, without a comparator or a read of the claims scattered through memory;
 * only claims at one moment then compare ids.
 */
export function sortTimeline(claims: Claim[]): void {
  const n = claims.length;
  if (n <= DIRECT_SORT) {
    claims.sort(byTimeline);
    return;
  }
  const moments = new Float64Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    moments[i] = claims[i]!.moment;
    order[i] = i;
  }
  sortByKey(order, n, moments);
  const unsorted = claims.slice();
  for (let k = 0; k < n; k++) claims[k] = unsorted[order[k]!]!;
  // Claims at one moment go by id.
  for (let from = 0; from < n; ) {
    const moment = moments[order[from]!]!;
    let to = from + 1;
    while (to < n && moments[order[to]!] === moment) to++;
    if (to - from > 1) sortRun(claims, from, to);
    from = to;
  }
}

/** Sorts `claims[from..to)`, claims of one moment, by id. */
function sortRun(claims: Claim[], from: number, to: number): void {
  const run = claims.slice(from, to).sort(byId);
  for (let k = from; k < to; k++) claims[k] = run[k - from]!;
}

function byId(a: Claim, b: Claim): number {
  return compareText(a.id, b.id);
}

/**
 * The claims of each proposition, as runs of claim indexes: proposition `p` holds
 * `claims[order[k]]` for `starts[p] ≤ k < starts[p + 1]`, in input order, and propositions come
 * by subject and then attribute (code-unit order). The caller sorts a run just before it works
 * on it, while its claims are in the processor's cache.
 */
export interface PropositionRuns {
  readonly count: number;
  readonly order: Int32Array;
  readonly starts: Int32Array;
}

/**
 * Groups claims by (subject, attribute) without a list per proposition: each claim gets a number
 * per subject and per attribute, the pair ranks as one number, and a counting sort lays the runs
 * out. Only the distinct names are sorted as strings.
 */
export function byProposition(claims: readonly Claim[]): PropositionRuns {
  const n = claims.length;
  const subjects = new Names();
  const attributes = new Names();
  const subjectOf = new Int32Array(n);
  const attributeOf = new Int32Array(n);
  // One loop per function below: V8 optimises a long loop while it runs, and code after it in
  // the same function would start with no type feedback and be thrown away again.
  numberNames(claims, subjects, attributes, subjectOf, attributeOf);
  // Each claim's proposition as one number that sorts as (subject, attribute) does.
  const keys = pairKeys(subjectOf, attributeOf, subjects.ranks(), attributes.ranks(), attributes.size);
  const propositionOf = subjectOf;
  const count =
    subjects.size * attributes.size <= DENSE * n
      ? numberByTable(keys, subjects.size * attributes.size, propositionOf)
      : numberBySort(keys, propositionOf);
  return layOut(propositionOf, count, attributeOf);
}

function numberNames(
  claims: readonly Claim[],
  subjects: Names,
  attributes: Names,
  subjectOf: Int32Array,
  attributeOf: Int32Array,
): void {
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    subjectOf[i] = subjects.number(claim.subject);
    attributeOf[i] = attributes.number(claim.attribute);
  }
}

function pairKeys(
  subjectOf: Int32Array,
  attributeOf: Int32Array,
  subjectRank: Int32Array,
  attributeRank: Int32Array,
  width: number,
): Float64Array {
  const keys = new Float64Array(subjectOf.length);
  for (let i = 0; i < keys.length; i++) {
    keys[i] = subjectRank[subjectOf[i]!]! * width + attributeRank[attributeOf[i]!]!;
  }
  return keys;
}

/** Few (subject, attribute) pairs for the claims: a table over every pair numbers the ones used. */
function numberByTable(keys: Float64Array, pairs: number, propositionOf: Int32Array): number {
  const number = new Int32Array(pairs);
  markUsed(keys, number);
  const count = numberUsed(number);
  lookUp(keys, number, propositionOf);
  return count;
}

function markUsed(keys: Float64Array, table: Int32Array): void {
  for (let i = 0; i < keys.length; i++) table[keys[i]!] = 1;
}

/** Numbers the marked entries of a table in order; unmarked ones are never looked up. */
function numberUsed(table: Int32Array): number {
  let count = 0;
  for (let key = 0; key < table.length; key++) if (table[key] === 1) table[key] = ++count;
  return count;
}

function lookUp(keys: Float64Array, number: Int32Array, propositionOf: Int32Array): void {
  for (let i = 0; i < keys.length; i++) propositionOf[i] = number[keys[i]!]! - 1;
}

/** Many pairs: a claim's proposition is the rank of its key among the distinct keys. */
function numberBySort(keys: Float64Array, propositionOf: Int32Array): number {
  const distinct = keys.slice().sort();
  const count = dedupe(distinct, distinct.length);
  rankAll(keys, distinct, count, propositionOf);
  return count;
}

function rankAll(keys: Float64Array, distinct: Float64Array, count: number, propositionOf: Int32Array): void {
  for (let i = 0; i < keys.length; i++) propositionOf[i] = rankOf(distinct, count, keys[i]!);
}

/** A counting sort of claim indexes by proposition; `next` is working space of one slot per claim. */
function layOut(propositionOf: Int32Array, count: number, next: Int32Array): PropositionRuns {
  const starts = new Int32Array(count + 1);
  countRuns(propositionOf, starts);
  prefixSums(starts);
  const order = new Int32Array(propositionOf.length);
  next.set(starts.subarray(0, count));
  scatter(propositionOf, next, order);
  return { count, order, starts };
}

function countRuns(propositionOf: Int32Array, starts: Int32Array): void {
  for (let i = 0; i < propositionOf.length; i++) {
    const at = propositionOf[i]! + 1;
    starts[at] = starts[at]! + 1;
  }
}

function prefixSums(starts: Int32Array): void {
  for (let p = 1; p < starts.length; p++) starts[p] = starts[p]! + starts[p - 1]!;
}

function scatter(propositionOf: Int32Array, next: Int32Array, order: Int32Array): void {
  for (let i = 0; i < propositionOf.length; i++) {
    const proposition = propositionOf[i]!;
    order[next[proposition]!++] = i;
  }
}

/** Up to this many (subject, attribute) pairs per claim, a table over every pair numbers them. */
const DENSE = 4;

/** Up to this many distinct names, a name is found by comparing it with each. */
const SCAN = 4;

/** Distinct names numbered in order of appearance, then ranked in code-unit order. */
class Names {
  private readonly table = new TextTable();

  get size(): number {
    return this.table.size;
  }

  number(name: string): number {
    const { table } = this;
    // Most corpora have a handful of attributes: comparing a few names costs less than hashing one.
    const { size } = table;
    if (size <= SCAN) {
      for (let k = 0; k < size; k++) if (table.textOf(k) === name) return k;
    }
    return table.number(name);
  }

  /** Each name's place in code-unit order, by its number. */
  ranks(): Int32Array {
    const { table } = this;
    const byName = Array.from({ length: table.size }, (_, number) => number);
    byName.sort((a, b) => table.compare(a, b));
    const ranks = new Int32Array(byName.length);
    for (let rank = 0; rank < byName.length; rank++) ranks[byName[rank]!] = rank;
    return ranks;
  }
}

keepLayout("Names", () => new Names());

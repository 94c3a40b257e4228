import type { Claim } from "../../corpus/claim.js";
import type { Proposition } from "../../corpus/reconciliation.js";
import type { CorpusIndex } from "../../explain/corpusIndex.js";
import { formatDay, formatValue } from "../../explain/formatValue.js";
import { escapeHtml } from "./escape.js";
import { laneLabel } from "./laneLabel.js";
import type { HtmlPieces } from "./pieces.js";
import { tenths } from "./tenths.js";
import { type TimeAxis, timeAxis } from "./timeAxis.js";

/**
 * What the chart and the table both say of one claim, worked out once: its escaped id, day and
 * value, and where it stands.
 *
 * @example
 * const facts: ClaimFacts = { claim, id: "c1", anchor: "claim-c1", day: "23 Jul 2025", value: "“agreed”", current: true, dashed: false, supersededBy: undefined };
 */
export interface ClaimFacts {
  readonly claim: Claim;
  /** The claim's id, escaped. */
  readonly id: string;
  /** The claim's row id, for links: {@link claimAnchor} of its id. */
  readonly anchor: string;
  /** The day it was stated, as reports write it. */
  readonly day: string;
  /** The value, escaped (the claim's stance says whether it asserts or denies it). */
  readonly value: string;
  readonly current: boolean;
  /** Whether its source is a machine translation or it was relayed: its mark and row are dashed. */
  readonly dashed: boolean;
  /** The claims that supersede it, if any. */
  readonly supersededBy: readonly string[] | undefined;
}

/**
 * Everything a chart needs besides its proposition.
 *
 * @example
 * const context: TimelineContext = { names, pieces: htmlPieces(names), labels: new Map(), markAttributes: [], sides: ["ukraine", "russia"], maxConnectors: 100 };
 */
export interface TimelineContext {
  readonly names: CorpusIndex;
  /** The document's shared pieces. */
  readonly pieces: HtmlPieces;
  /** Lane labels laid out so far, by colour and side: see laneText. */
  readonly labels: Map<string, { readonly lift: number; readonly text: string }>;
  /** Mark attributes made so far, by kind of mark: see markAttributes. */
  readonly markAttributes: string[];
  /** Side ids in the corpus's order: lanes follow it, and colours are fixed per side. */
  readonly sides: ReadonlyMap<string, number>;
  /** The most supersession arrows, and the most contradiction connectors, to draw. */
  readonly maxConnectors: number;
}

/**
 * A chart, and how many of its arrows and connectors were drawn, for the caption.
 *
 * @example
 * const chart: TimelineChart = { svg: "<svg …></svg>", arrowsDrawn: 2, connectorsDrawn: 3 };
 */
export interface TimelineChart {
  readonly svg: string;
  readonly arrowsDrawn: number;
  readonly connectorsDrawn: number;
}

const WIDTH = 900;
const LEFT = 150;
const RIGHT = 880;
const TOP = 30;
const MIN_LANE = 50;
const MAX_LANE = 170;
/** Lane labels start here, a swatch first, and end short of the plot. */
const LABEL_LEFT = 8;
const SWATCH = 14;
const LABEL_WIDTH = LEFT - 8 - LABEL_LEFT - SWATCH;
const LABEL_LINES = 2;
const LABEL_LEADING = 14;
/**
 * Colours by side, in the corpus's order; none is the red of contradictions or the green of
 * consensus. The stylesheet gives each its class ({@link sideClass}).
 *
 * @example
 * SIDE_COLOURS[0]; // => "#2f6fb0"
 */
export const SIDE_COLOURS = ["#2f6fb0", "#d08a00", "#7b4bb7", "#16877d", "#a0522d", "#5c6770", "#c2417a", "#4f7f1f"];

/** The mark radii a chart may use, from few claims to many: see radiusFor. */
const RADII = [7, 5.5, 4.5, 3] as const;

/** The id of the arrowhead for marks of radius `r`. */
function arrowId(r: number): string {
  return `arrowhead-${RADII.indexOf(r as (typeof RADII)[number])}`;
}

/**
 * One arrowhead per mark size, defined once in the document (in the legend's SVG) for every
 * chart to point at: a chart of five claims need not carry its own.
 *
 * @example
 * ARROWHEADS.startsWith("<marker"); // => true
 */
export const ARROWHEADS = RADII.map(
  (r) =>
    `<marker id="${arrowId(r)}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="${tenths(Math.min(8, r + 2))}" markerHeight="${tenths(Math.min(8, r + 2))}" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L8 4L0 8Z"/></marker>`,
).join("");

/**
 * The CSS class of the side at `rank` in the corpus's order: marks and swatches take their colour
 * from it, so no mark repeats a fill of its own.
 *
 * @example
 * sideClass(1); // => "s1"
 */
export function sideClass(rank: number): string {
  return `s${rank % SIDE_COLOURS.length}`;
}

interface Placed {
  readonly claim: Claim;
  readonly x: number;
  readonly y: number;
}

function truncate(text: string, chars: number): string {
  const characters = [...text];
  return characters.length <= chars ? text : `${characters.slice(0, Math.max(1, chars - 1)).join("")}…`;
}

/**
 * The words of a quote, shortened for a tooltip.
 *
 * @example
 * excerpt("  one   two  ", 100); // => "one two"
 */
export function excerpt(quote: string, chars: number): string {
  const text = quote.replace(/\s+/g, " ").trim();
  if ([...text].length <= chars) return text;
  const cut = [...text].slice(0, chars).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > chars / 2 ? cut.slice(0, space) : cut}…`;
}

function radiusFor(count: number): number {
  return count <= 20 ? 7 : count <= 60 ? 5.5 : count <= 150 ? 4.5 : 3;
}

/**
 * Packs marks at non-decreasing positions `xs` into rows: each takes the lowest row whose last
 * mark lies at least `gap` before it, or a new row. Rows free up in the order they were last
 * filled, so a queue of busy rows and a heap of free ones place each mark in O(log rows): many
 * claims at one instant cost n log n, not n².
 *
 * @returns How many rows there are.
 * @example
 * packRows([0, 0, 10], 5, (k, row) => rows.push(row)); // => 2, rows [0, 1, 0]
 */
export function packRows(xs: readonly number[], gap: number, place: (k: number, row: number) => void): number {
  const busyRow: number[] = [];
  const busyEnd: number[] = [];
  let busyHead = 0;
  const free: number[] = [];
  let rows = 0;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    while (busyHead < busyRow.length && x - busyEnd[busyHead]! >= gap) heapPush(free, busyRow[busyHead++]!);
    const row = free.length > 0 ? heapPop(free) : rows++;
    busyRow.push(row);
    busyEnd.push(x);
    place(k, row);
  }
  return rows;
}

/** Adds to a min-heap of row numbers. */
function heapPush(heap: number[], value: number): void {
  let at = heap.push(value) - 1;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (heap[parent]! <= value) break;
    heap[at] = heap[parent]!;
    at = parent;
  }
  heap[at] = value;
}

/** Takes the smallest row number from a min-heap that is not empty. */
function heapPop(heap: number[]): number {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length === 0) return top;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && heap[right]! < heap[left]! ? right : left;
    if (heap[child]! >= last) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = last;
  return top;
}

/** Row 0 is the lane's middle line, then one above, one below, two above… */
function rowOffset(row: number): number {
  return row === 0 ? 0 : (row % 2 === 1 ? -1 : 1) * Math.ceil(row / 2);
}

/**
 * The attributes of a mark after its position, up to its claim's id, for each kind of mark: by
 * radius, side colour, stance, standing and dash. Every mark of a kind shares one string.
 */
function markAttributes(
  made: string[],
  radius: number,
  colour: number,
  denies: boolean,
  current: boolean,
  dashed: boolean,
): string {
  const key =
    ((RADII.indexOf(radius as (typeof RADII)[number]) * SIDE_COLOURS.length + colour) * 2 + (denies ? 1 : 0)) * 4 +
    (current ? 2 : 0) +
    (dashed ? 1 : 0);
  let text = made[key];
  if (text === undefined) {
    text =
      `${denies ? "" : `" r="${tenths(radius)}`}" class="mark s${colour} ${denies ? "denies" : "asserts"} ` +
      `${current ? "current" : "superseded"}${dashed ? " dashed" : ""}" data-claim="`;
    made[key] = text;
  }
  return text;
}

/**
 * One mark: its link, its shape and its tooltip, which says who, when and what (the claim's row
 * says the rest). Made of as few pieces as it can be, a hundred thousand times over.
 */
function mark(fact: ClaimFacts, x: number, y: number, r: number, colour: number, context: TimelineContext): string {
  const { claim } = fact;
  const { pieces } = context;
  const attributes = markAttributes(
    context.markAttributes,
    r,
    colour,
    claim.stance === "denies",
    fact.current,
    fact.dashed,
  );
  const tip = `${pieces.tipHead(claim)}${fact.day}\n${claim.stance === "denies" ? "denies " : ""}${fact.value}`;
  if (claim.stance === "denies") {
    const d = r * 1.25;
    return `<a href="#${fact.anchor}"><path d="M${tenths(x)} ${tenths(y - d)}L${tenths(x + d)} ${tenths(y)}L${tenths(x)} ${tenths(y + d)}L${tenths(x - d)} ${tenths(y)}Z${attributes}${fact.id}"><title>${tip}</title></path></a>`;
  }
  return `<a href="#${fact.anchor}"><circle cx="${tenths(x)}" cy="${tenths(y)}${attributes}${fact.id}"><title>${tip}</title></circle></a>`;
}

/** A quadratic curve from one mark's edge to another's, bowed to the left of its direction. */
function curve(from: Placed, to: Placed, r: number): string | undefined {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const distance = Math.hypot(dx, dy);
  if (distance < 2 * r + 2) return undefined;
  const bow = Math.min(26, Math.max(8, distance * 0.25));
  const cx = (from.x + to.x) / 2 + (dy / distance) * bow;
  const cy = (from.y + to.y) / 2 - (dx / distance) * bow;
  const edge = (point: Placed, gap: number) => {
    const length = Math.hypot(cx - point.x, cy - point.y) || 1;
    return [point.x + ((cx - point.x) / length) * gap, point.y + ((cy - point.y) / length) * gap] as const;
  };
  const [x1, y1] = edge(from, r + 1);
  const [x2, y2] = edge(to, r + 3);
  return `M${tenths(x1)} ${tenths(y1)}Q${tenths(cx)} ${tenths(cy)} ${tenths(x2)} ${tenths(y2)}`;
}

function line(a: Placed, b: Placed, r: number): string | undefined {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const distance = Math.hypot(dx, dy);
  if (distance < 2 * r + 2) return undefined;
  const ux = dx / distance;
  const uy = dy / distance;
  return `x1="${tenths(a.x + ux * (r + 1))}" y1="${tenths(a.y + uy * (r + 1))}" x2="${tenths(b.x - ux * (r + 1))}" y2="${tenths(b.y - uy * (r + 1))}"`;
}

/** The grid as one path, the tick labels in one group that places them all at the same height. */
function axisLines(axis: TimeAxis, bottom: number): string {
  if (axis.ticks.length === 0) return "";
  let grid = "";
  let labels = "";
  const length = tenths(bottom - TOP);
  for (const tick of axis.ticks) {
    const x = tenths(axis.x(tick.moment));
    grid += `M${x} ${TOP}v${length}`;
    labels += `<text class="tick" x="${x}">${escapeHtml(tick.label)}</text>`;
  }
  return `<path class="grid" d="${grid}"/><g class="ticks" transform="translate(0 ${tenths(bottom + 17)})">${labels}</g>`;
}

/** A lane's label, laid out once per side and colour: only its height changes from chart to chart. */
function laneText(side: string, colour: number, middle: number, context: TimelineContext): string {
  const key = `${colour}:${side}`;
  let made = context.labels.get(key);
  if (made === undefined) {
    const name = context.names.side(side);
    const label = laneLabel(name, LABEL_WIDTH, LABEL_LINES);
    let text = "";
    for (let line = 0; line < label.lines.length; line++) {
      text +=
        line === 0
          ? `<tspan class="s${colour}">●</tspan> ${escapeHtml(label.lines[0]!)}`
          : `<tspan x="${LABEL_LEFT + SWATCH}" dy="${LABEL_LEADING}">${escapeHtml(label.lines[line]!)}</tspan>`;
    }
    made = {
      lift: 4 - ((label.lines.length - 1) * LABEL_LEADING) / 2,
      text: `">${text}${label.cut ? `<title>${escapeHtml(name)}</title>` : ""}</text>`,
    };
    context.labels.set(key, made);
  }
  return `<text class="lane-label" x="${LABEL_LEFT}" y="${tenths(middle + made.lift)}${made.text}`;
}

/**
 * A proposition's timeline as inline SVG: time on the x axis, one lane per side with claims,
 * one mark per claim (a circle asserts, a diamond denies; a dashed outline for a machine
 * translation or a relayed claim; muted once superseded), each a link to its table row with a
 * tooltip; supersession arrows from the newer claim to the older, contradiction connectors
 * between the claims where a clash began, and the consensus as a band since the last current
 * position was stated. Marks at about the same moment stack within their lane. Colours, sizes and
 * the arrowheads ({@link ARROWHEADS}) come from the document's stylesheet and legend.
 *
 * @param proposition - From {@link reconcile}.
 * @param facts - Its claims in timeline order, each worked out once for the chart and the table.
 * @param context - Names, side order and the connector cap.
 * @returns The SVG and how many arrows and connectors it draws.
 * @example
 * const context = { names, pieces: htmlPieces(names), labels: new Map(), markAttributes: [], sides: new Map([["ukraine", 0], ["russia", 1]]), maxConnectors: 100 };
 * timeline(proposition, facts, context).svg.startsWith("<svg");
 * // => true
 */
export function timeline(
  proposition: Proposition,
  facts: readonly ClaimFacts[],
  context: TimelineContext,
): TimelineChart {
  const { names, sides } = context;
  const r = radiusFor(facts.length);
  const moments: number[] = new Array(facts.length);
  for (let k = 0; k < facts.length; k++) moments[k] = facts[k]!.claim.moment;
  const axis = timeAxis(moments, LEFT + 2 * r, RIGHT - 2 * r, 7);

  const rank = (side: string) => sides.get(side) ?? Number.POSITIVE_INFINITY;
  const bySide = new Map<string, ClaimFacts[]>();
  for (const fact of facts) {
    const lane = bySide.get(fact.claim.side);
    if (lane) lane.push(fact);
    else bySide.set(fact.claim.side, [fact]);
  }
  const laneSides = [...bySide.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  // A side the corpus does not list (none should reach here) takes its lane's colour.
  const colours = new Map<string, number>();

  // Each lane's marks are packed into rows, greedily: a mark takes the first row it does not touch.
  const gap = 2 * r + 1.5;
  const placed = new Map<string, Placed>();
  let lanes = "";
  let marks = "";
  let top = TOP;
  for (let index = 0; index < laneSides.length; index++) {
    const side = laneSides[index]!;
    const laneFacts = (bySide.get(side) ?? []).sort((a, b) => a.claim.moment - b.claim.moment);
    const xs = laneFacts.map((fact) => axis.x(fact.claim.moment));
    const rowOf: number[] = new Array(laneFacts.length);
    const rows = packRows(xs, gap, (k, row) => {
      rowOf[k] = row;
    });
    const reach = Math.ceil((rows - 1) / 2);
    const pad = r + 8;
    let step = 2 * r + 2;
    const height = Math.min(MAX_LANE, Math.max(MIN_LANE, 2 * reach * step + 2 * pad));
    if (reach > 0) step = Math.min(step, (height - 2 * pad) / (2 * reach));
    const middle = top + height / 2;
    const colour = (sides.get(side) ?? index) % SIDE_COLOURS.length;
    colours.set(side, colour);
    lanes +=
      `<rect class="lane${index % 2 === 1 ? " odd" : ""}" y="${tenths(top)}" width="${WIDTH}" height="${tenths(height)}"/>` +
      laneText(side, colour, middle, context);
    for (let k = 0; k < laneFacts.length; k++) {
      const fact = laneFacts[k]!;
      placed.set(fact.claim.id, { claim: fact.claim, x: xs[k]!, y: middle + rowOffset(rowOf[k] ?? 0) * step });
    }
    top += height;
  }
  const bottom = top;

  // Marks in timeline order, as the table lists them, so the tab order follows time.
  for (const fact of facts) {
    const at = placed.get(fact.claim.id);
    if (at) marks += mark(fact, at.x, at.y, r, colours.get(fact.claim.side) ?? 0, context);
  }

  let band = "";
  if (proposition.consensus) {
    // The consensus holds from the moment the last of the current positions was stated.
    let latest: Claim | undefined;
    for (const position of proposition.positions) {
      for (const id of position.claims) {
        const claim = placed.get(id)?.claim;
        if (claim && (!latest || claim.moment > latest.moment)) latest = claim;
      }
    }
    if (latest) {
      const x = Math.max(LEFT, axis.x(latest.moment));
      const what = proposition.status === "one-sided" ? "Uncontested" : "Consensus";
      const text = `${what} since ${formatDay(latest.stated)}: ${formatValue(proposition.consensus, names.side)}`;
      const roomRight = RIGHT - x - 4;
      const anchorStart = roomRight >= 260;
      const label = truncate(text, Math.floor((anchorStart ? roomRight : RIGHT - LEFT) / 6.6));
      band =
        `<rect class="consensus" x="${tenths(x)}" y="${TOP}" width="${tenths(RIGHT - x)}" height="${tenths(bottom - TOP)}"/>` +
        `<text class="consensus-label" x="${tenths(anchorStart ? x + 4 : RIGHT)}" y="${TOP - 9}"${anchorStart ? "" : ' text-anchor="end"'}>` +
        `${escapeHtml(label)}${label === text ? "" : `<title>${escapeHtml(text)}</title>`}</text>`;
    }
  }

  let clashes = "";
  let connectorsDrawn = 0;
  for (const contradiction of proposition.contradictions) {
    if (connectorsDrawn >= context.maxConnectors) break;
    const a = placed.get(contradiction.a);
    const b = placed.get(contradiction.b);
    if (!a || !b) continue;
    const coordinates = line(a, b, r);
    // Marks stacked too close for a visible connector are left to the table.
    if (coordinates === undefined) continue;
    connectorsDrawn++;
    // No tooltip: the list of contradictions below the chart gives each one in words.
    clashes += `<line class="clash${contradiction.current ? "" : " ended"}" ${coordinates}/>`;
  }

  let arrows = "";
  let arrowsDrawn = 0;
  const arrowhead = arrowId(r);
  // When not all fit, the latest links are drawn: the recent history matters most.
  for (let k = proposition.supersessions.length - 1; k >= 0; k--) {
    if (arrowsDrawn >= context.maxConnectors) break;
    const link = proposition.supersessions[k]!;
    const newer = placed.get(link.newer);
    const older = placed.get(link.older);
    if (!newer || !older) continue;
    const path = curve(newer, older, r);
    if (path === undefined) continue;
    arrowsDrawn++;
    arrows +=
      `<path class="supersedes" d="${path}" marker-end="url(#${arrowhead})">` +
      `<title>${escapeHtml(`${link.newer} supersedes ${link.older}`)}</title></path>`;
  }

  const height = bottom + 28;
  const svg =
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${tenths(height)}">` +
    `<title>Timeline of the ${facts.length === 1 ? "claim" : `${facts.length} claims`} in the table below</title>` +
    lanes +
    band +
    axisLines(axis, bottom) +
    `<path class="axis" d="M${LEFT} ${tenths(bottom)}H${RIGHT}"/>` +
    (clashes === "" ? "" : `<g class="clashes">${clashes}</g>`) +
    (arrows === "" ? "" : `<g class="arrows">${arrows}</g>`) +
    `<g class="marks">${marks}</g>` +
    `</svg>`;
  return { svg, arrowsDrawn, connectorsDrawn };
}

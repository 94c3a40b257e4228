import type { Claim } from "../../corpus/claim.js";
import { formatDay, formatValue } from "../../explain/formatValue.js";
import type { CorpusIndex } from "../../explain/corpusIndex.js";
import type { Proposition } from "../../corpus/reconciliation.js";
import { clashSpan, sourceOf, speakerOf } from "../describe.js";
import { claimAnchor, escapeHtml } from "./escape.js";
import { type TimeAxis, timeAxis } from "./timeAxis.js";

/**
 * Everything a chart needs besides its proposition.
 *
 * @example
 * const context: TimelineContext = { names: indexCorpus(corpus), sides: ["ukraine", "russia"], chartId: "chart-0", maxConnectors: 100 };
 */
export interface TimelineContext {
  readonly names: CorpusIndex;
  /** Side ids in the corpus's order: lanes follow it, and colours are fixed per side. */
  readonly sides: readonly string[];
  /** A prefix for the chart's own SVG ids, unique within the document. */
  readonly chartId: string;
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
const LABEL_CHARS = 20;
/** Colours by side, in the corpus's order; none is the red of contradictions or the green of consensus. */
const SIDE_COLOURS = ["#2f6fb0", "#d08a00", "#7b4bb7", "#16877d", "#a0522d", "#5c6770", "#c2417a", "#4f7f1f"];

interface Placed {
  readonly claim: Claim;
  readonly x: number;
  readonly y: number;
}

function number(value: number): string {
  return String(Math.round(value * 10) / 10);
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
    const x = xs[k] as number;
    while (busyHead < busyRow.length && x - (busyEnd[busyHead] as number) >= gap) heapPush(free, busyRow[busyHead++] as number);
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
    if ((heap[parent] as number) <= value) break;
    heap[at] = heap[parent] as number;
    at = parent;
  }
  heap[at] = value;
}

/** Takes the smallest row number from a min-heap that is not empty. */
function heapPop(heap: number[]): number {
  const top = heap[0] as number;
  const last = heap.pop() as number;
  if (heap.length === 0) return top;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && (heap[right] as number) < (heap[left] as number) ? right : left;
    if ((heap[child] as number) >= last) break;
    heap[at] = heap[child] as number;
    at = child;
  }
  heap[at] = last;
  return top;
}

/** Row 0 is the lane's middle line, then one above, one below, two above… */
function rowOffset(row: number): number {
  return row === 0 ? 0 : (row % 2 === 1 ? -1 : 1) * Math.ceil(row / 2);
}

function tooltip(claim: Claim, names: CorpusIndex, supersededBy: readonly string[] | undefined): string {
  const value = formatValue(claim.value, names.side);
  const { outlet, language } = sourceOf(claim, names);
  const lines = [
    `${speakerOf(claim, names)} · ${names.side(claim.side)}`,
    formatDay(claim.stated),
    claim.stance === "denies" ? `denies ${value}` : value,
  ];
  if (claim.quote !== undefined && claim.quote.trim() !== "") lines.push(`“${excerpt(claim.quote, 140)}”`);
  lines.push(`${outlet}${language}`);
  lines.push(supersededBy ? `superseded by ${supersededBy.join(", ")}` : "current");
  lines.push(`[${claim.id}]`);
  return lines.join("\n");
}

function shape(claim: Claim, x: number, y: number, r: number): string {
  if (claim.stance === "denies") {
    const d = r * 1.25;
    return `<path d="M${number(x)} ${number(y - d)}L${number(x + d)} ${number(y)}L${number(x)} ${number(y + d)}L${number(x - d)} ${number(y)}Z"`;
  }
  return `<circle cx="${number(x)}" cy="${number(y)}" r="${number(r)}"`;
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
  return `M${number(x1)} ${number(y1)}Q${number(cx)} ${number(cy)} ${number(x2)} ${number(y2)}`;
}

function line(a: Placed, b: Placed, r: number): string | undefined {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const distance = Math.hypot(dx, dy);
  if (distance < 2 * r + 2) return undefined;
  const ux = dx / distance;
  const uy = dy / distance;
  return `x1="${number(a.x + ux * (r + 1))}" y1="${number(a.y + uy * (r + 1))}" x2="${number(b.x - ux * (r + 1))}" y2="${number(b.y - uy * (r + 1))}"`;
}

function axisLines(axis: TimeAxis, bottom: number): string {
  return axis.ticks
    .map(
      (tick) =>
        `<line class="grid" x1="${number(axis.x(tick.moment))}" y1="${TOP}" x2="${number(axis.x(tick.moment))}" y2="${number(bottom)}"/>` +
        `<text class="tick" x="${number(axis.x(tick.moment))}" y="${number(bottom + 17)}">${escapeHtml(tick.label)}</text>`,
    )
    .join("");
}

/**
 * A proposition's timeline as inline SVG: time on the x axis, one lane per side with claims,
 * one mark per claim (a circle asserts, a diamond denies; a dashed outline for a machine
 * translation or a relayed claim; muted once superseded), each a link to its table row with a
 * tooltip; supersession arrows from the newer claim to the older, contradiction connectors
 * between the claims where a clash began, and the consensus as a band since the last current
 * position was stated. Marks at about the same moment stack within their lane.
 *
 * @param proposition - From {@link reconcile}.
 * @param context - Names, side order, an id prefix and the connector cap.
 * @returns The SVG and how many arrows and connectors it draws.
 * @example
 * timeline(proposition, { names, sides: ["ukraine", "russia"], chartId: "t1", maxConnectors: 100 }).svg.startsWith("<svg");
 * // => true
 */
export function timeline(proposition: Proposition, context: TimelineContext): TimelineChart {
  const { names, chartId } = context;
  const claims = proposition.timeline.map((id) => names.claim(id)).filter((claim): claim is Claim => claim !== undefined);
  const r = radiusFor(claims.length);
  const axis = timeAxis(
    claims.map((claim) => claim.moment),
    LEFT + 2 * r,
    RIGHT - 2 * r,
    7,
  );

  // Looked up once: a corpus may have a side per claim, and a question every claim.
  const sideRank = new Map(context.sides.map((side, index) => [side, index]));
  const rank = (side: string) => sideRank.get(side) ?? Number.POSITIVE_INFINITY;
  const bySide = new Map<string, Claim[]>();
  for (const claim of claims) {
    const lane = bySide.get(claim.side);
    if (lane) lane.push(claim);
    else bySide.set(claim.side, [claim]);
  }
  const laneSides = [...bySide.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const laneAt = new Map(laneSides.map((side, index) => [side, index]));
  const colourOf = (side: string) => SIDE_COLOURS[(sideRank.get(side) ?? laneAt.get(side) ?? 0) % SIDE_COLOURS.length];

  // Each lane's marks are packed into rows, greedily: a mark takes the first row it does not touch.
  const gap = 2 * r + 1.5;
  const rowOf = new Map<Claim, number>();
  const rowsPerLane = new Map<string, number>();
  for (const side of laneSides) {
    const laneClaims = (bySide.get(side) ?? []).sort((a, b) => a.moment - b.moment);
    rowsPerLane.set(side, packRows(laneClaims.map((claim) => axis.x(claim.moment)), gap, (k, row) => rowOf.set(laneClaims[k] as Claim, row)));
  }

  const placed = new Map<string, Placed>();
  const lanes: string[] = [];
  let top = TOP;
  laneSides.forEach((side, index) => {
    const rows = rowsPerLane.get(side) ?? 1;
    const reach = Math.ceil((rows - 1) / 2);
    const pad = r + 8;
    let step = 2 * r + 2;
    const height = Math.min(MAX_LANE, Math.max(MIN_LANE, 2 * reach * step + 2 * pad));
    if (reach > 0) step = Math.min(step, (height - 2 * pad) / (2 * reach));
    const middle = top + height / 2;
    const name = names.side(side);
    const label = truncate(name, LABEL_CHARS);
    lanes.push(
      `<rect class="lane${index % 2 === 1 ? " odd" : ""}" x="0" y="${number(top)}" width="${WIDTH}" height="${number(height)}"/>` +
        `<text class="lane-label" x="${LEFT - 12}" y="${number(middle + 4)}">` +
        `<tspan class="swatch" fill="${colourOf(side)}">●</tspan> ${escapeHtml(label)}` +
        `${label === name ? "" : `<title>${escapeHtml(name)}</title>`}</text>`,
    );
    for (const claim of bySide.get(side) ?? []) {
      placed.set(claim.id, { claim, x: axis.x(claim.moment), y: middle + rowOffset(rowOf.get(claim) ?? 0) * step });
    }
    top += height;
  });
  const bottom = top;

  const supersededBy = new Map<string, string[]>();
  for (const link of proposition.supersessions) {
    const list = supersededBy.get(link.older);
    if (list) list.push(link.newer);
    else supersededBy.set(link.older, [link.newer]);
  }
  const current = new Set(proposition.current);

  let band = "";
  if (proposition.consensus) {
    // The consensus holds from the moment the last of the current positions was stated.
    let latest: Claim | undefined;
    for (const position of proposition.positions) {
      for (const id of position.claims) {
        const claim = names.claim(id);
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
        `<rect class="consensus" x="${number(x)}" y="${TOP}" width="${number(RIGHT - x)}" height="${number(bottom - TOP)}"/>` +
        `<text class="consensus-label" x="${number(anchorStart ? x + 4 : RIGHT)}" y="${TOP - 9}"${anchorStart ? "" : ' text-anchor="end"'}>` +
        `${escapeHtml(label)}<title>${escapeHtml(text)}</title></text>`;
    }
  }

  const clashes: string[] = [];
  for (const contradiction of proposition.contradictions) {
    if (clashes.length >= context.maxConnectors) break;
    const a = placed.get(contradiction.a);
    const b = placed.get(contradiction.b);
    if (!a || !b) continue;
    const coordinates = line(a, b, r);
    // Marks stacked too close for a visible connector are left to the table.
    if (coordinates === undefined) continue;
    clashes.push(
      `<line class="clash${contradiction.current ? "" : " ended"}" ${coordinates}>` +
        `<title>${escapeHtml(`Contradiction ${clashSpan(contradiction)}: ${contradiction.a} and ${contradiction.b}`)}</title></line>`,
    );
  }

  const arrows: string[] = [];
  // When not all fit, the latest links are drawn: the recent history matters most.
  for (const link of [...proposition.supersessions].reverse()) {
    if (arrows.length >= context.maxConnectors) break;
    const newer = placed.get(link.newer);
    const older = placed.get(link.older);
    if (!newer || !older) continue;
    const path = curve(newer, older, r);
    if (path === undefined) continue;
    arrows.push(
      `<path class="supersedes" d="${path}" marker-end="url(#${chartId}-arrow)">` +
        `<title>${escapeHtml(`${link.newer} supersedes ${link.older}`)}</title></path>`,
    );
  }

  const marks: string[] = [];
  for (const claim of claims) {
    const at = placed.get(claim.id);
    if (!at) continue;
    const { x, y } = at;
    const source = names.source(claim.source);
    const dashed = source?.translation === "machine" || claim.via !== undefined;
    const colour = colourOf(claim.side);
    const classes = `mark ${claim.stance} ${current.has(claim.id) ? "current" : "superseded"}${dashed ? " dashed" : ""}`;
    marks.push(
      `<a href="#${claimAnchor(claim.id)}">${shape(claim, x, y, r)} class="${classes}" fill="${colour}" data-claim="${escapeHtml(claim.id)}">` +
        `<title>${escapeHtml(tooltip(claim, names, supersededBy.get(claim.id)))}</title>` +
        `${claim.stance === "denies" ? "</path>" : "</circle>"}</a>`,
    );
  }

  const height = bottom + 28;
  const question = `${proposition.subject} · ${proposition.attribute}`;
  const svg =
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${number(height)}" width="${WIDTH}" height="${number(height)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(`Timeline of ${claims.length} claim${claims.length === 1 ? "" : "s"} on ${question}; the table below lists them.`)}</title>` +
    `<defs><marker id="${chartId}-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="${number(Math.min(8, r + 2))}" markerHeight="${number(Math.min(8, r + 2))}" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L8 4L0 8Z"/></marker></defs>` +
    lanes.join("") +
    band +
    axisLines(axis, bottom) +
    `<line class="axis" x1="${LEFT}" y1="${number(bottom)}" x2="${RIGHT}" y2="${number(bottom)}"/>` +
    `<g class="clashes">${clashes.join("")}</g>` +
    `<g class="arrows">${arrows.join("")}</g>` +
    `<g class="marks">${marks.join("")}</g>` +
    `</svg>`;
  return {
    svg,
    arrowsDrawn: arrows.length,
    connectorsDrawn: clashes.length,
  };
}

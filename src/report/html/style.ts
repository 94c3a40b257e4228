import { SIDE_COLOURS, sideClass } from "./timeline.js";

/**
 * The report's stylesheet, inlined so the file stands alone: system fonts only, the charts scale
 * to the page width, and the claim tables fit it, wrapping long ids, names, URLs and quotes (below
 * 640 px they scroll sideways instead).
 *
 * @example
 * STYLE.includes(".mark.superseded"); // => true
 */
export const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #5c6770; --line: #d5dae0; --clash: #c62828; --agree: #2e7d32; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 0 0 6px; overflow-wrap: anywhere; }
h3 { font-size: 0.95rem; margin: 14px 0 4px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.counts { margin: 0 0 10px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 8px 0 14px; padding: 8px 12px; border: 1px solid var(--line); border-radius: 6px; font-size: 0.85rem; color: var(--muted); }
.legend span { display: inline-flex; align-items: center; gap: 6px; }
.legend p { flex-basis: 100%; margin: 0; }
svg.defs { position: absolute; }
nav ol { columns: 2 340px; column-gap: 3.2em; margin: 0; padding-left: 2em; font-size: 0.9rem; }
nav li { break-inside: avoid; overflow-wrap: anywhere; }
section.proposition { margin: 28px 0 0; padding-top: 16px; border-top: 2px solid var(--line); }
.status { display: inline-block; padding: 0 8px; margin-right: 6px; border-radius: 10px; font-size: 0.8rem; font-weight: 600; vertical-align: 2px; color: #fff; }
.status.contested { background: var(--clash); }
.status.consensus { background: var(--agree); }
.status.one-sided { background: var(--muted); }
.summary { margin: 4px 0 8px; }
figure { margin: 8px 0; }
figcaption { font-size: 0.8rem; color: var(--muted); }
svg.timeline { display: block; width: 100%; max-width: 900px; height: auto; font-size: 11px; font-family: inherit; }
svg.timeline .lane { fill: #fafbfc; }
svg.timeline .lane.odd { fill: #f1f3f6; }
svg.timeline .lane-label { font-size: 12px; font-weight: 600; fill: var(--ink); }
svg.timeline .grid { fill: none; stroke: #e3e7ec; stroke-width: 1; }
svg.timeline .axis { fill: none; stroke: #8a949e; stroke-width: 1; }
svg.timeline .tick { text-anchor: middle; fill: var(--muted); }
svg.timeline .consensus { fill: var(--agree); fill-opacity: 0.12; }
svg.timeline .consensus-label { fill: var(--agree); font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg.timeline .clash { stroke: var(--clash); stroke-width: 1.6; stroke-opacity: 0.8; }
svg.timeline .clash.ended { stroke-opacity: 0.35; }
svg.timeline .supersedes { fill: none; stroke: #4a535c; stroke-width: 1.3; stroke-opacity: 0.9; }
marker path { fill: #4a535c; }
${SIDE_COLOURS.map((colour, rank) => `.${sideClass(rank)} { fill: ${colour}; }`).join("\n")}
.mark { stroke: var(--ink); stroke-width: 1; }
.mark.superseded { fill-opacity: 0.22; stroke-opacity: 0.55; }
.mark.dashed { stroke-dasharray: 2.2 1.6; stroke-width: 1.4; }
a:hover > .mark, a:focus > .mark { stroke-width: 2.5; }
.verdict ul, .verdict ol { margin: 0; padding-left: 1.4em; }
.verdict li { margin: 2px 0; }
.positions .value { font-weight: 600; }
.clashes li::marker { color: var(--clash); }
.table-wrap { overflow-x: auto; margin: 12px 0 0; }
table.claims { border-collapse: collapse; font-size: 0.8rem; width: 100%; min-width: 640px; table-layout: fixed; }
table.claims caption { text-align: left; font-size: 0.85rem; color: var(--muted); padding: 4px 0; }
table.claims th, table.claims td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
table.claims th { background: #f1f3f6; }
table.claims th:nth-child(1) { width: 13%; }
table.claims th:nth-child(2) { width: 9%; }
table.claims th:nth-child(3) { width: 9%; }
table.claims th:nth-child(4) { width: 11%; }
table.claims th:nth-child(5) { width: 11%; }
table.claims th:nth-child(6) { width: 25%; }
table.claims th:nth-child(7) { width: 13%; }
table.claims th:nth-child(8) { width: 9%; }
table.claims td:first-child { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.75rem; }
table.claims tr.superseded { color: var(--muted); }
table.claims tr:target { background: #fff6d6; }
.read, .url, .time, .via { color: var(--muted); font-size: 0.75rem; }
.url { overflow-wrap: anywhere; }
table.claims tr.current td:last-child { color: var(--agree); font-weight: 600; }
.denies { color: var(--clash); font-weight: 600; }
.none { color: var(--muted); }
details summary { cursor: pointer; color: var(--muted); }
footer { margin: 32px auto 24px; color: var(--muted); font-size: 0.8rem; }
`;

/**
 * The HTML report in a real browser: headless Chromium driven by playwright-core — CHROMIUM_PATH,
 * else Debian's chromium, else the one from npm (chromium.ts beside this file). Set
 * UPDATE_DOCS_SCREENSHOT=1 to rewrite the README's screenshot, docs/istanbul-report.png.
 */
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { formatValue } from "../../src/explain/formatValue.js";
import { type Corpus, reconcile, toHtml } from "../../src/index.js";
import { positionTags } from "../../src/report/describe.js";
import { launchChromium, screenshot } from "./chromium.js";
import { crowdedCorpus, istanbul, wideCorpus } from "./toHtml.fixtures.js";

const directory = mkdtempSync(join(tmpdir(), "concord-html-"));
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly page: Page;
  readonly problems: string[];
  readonly requests: string[];
  readonly url: string;
}

/** Opens the report from a file, recording console errors, page errors and every request. */
async function open(html: string, name: string, width = 1100): Promise<Opened> {
  if (!browser) throw new Error("Chromium did not start");
  const file = join(directory, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: "load" });
  return { page, problems, requests, url };
}

function positionTexts(corpus: Corpus): string[] {
  const sides = new Map(corpus.sides.map((side) => [side.id, side.name]));
  return reconcile(corpus).propositions.flatMap((proposition) =>
    proposition.positions.map((position) => {
      const value = formatValue(position.value, (id) => sides.get(id) ?? id);
      return `${sides.get(position.side) ?? position.side}${positionTags(position)}: ${position.stance === "denies" ? `denies ${value}` : value}`;
    }),
  );
}

test("the Istanbul report: no errors, nothing fetched, a mark and a tooltip per claim, every position", async () => {
  const corpus = istanbul();
  const { page, problems, requests, url } = await open(
    toHtml(reconcile(corpus), corpus, { title: "Istanbul prisoner-exchange talks, 2025" }),
    "istanbul.html",
  );
  try {
    expect(await page.locator("svg.timeline [data-claim]").count()).toBe(corpus.claims.length);
    const ids = await page
      .locator("svg.timeline [data-claim]")
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-claim")));
    expect(ids.sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
    const tooltips = await page
      .locator("svg.timeline [data-claim] > title")
      .evaluateAll((titles) => titles.filter((title) => (title.textContent ?? "").includes("\n")).length);
    expect(tooltips).toBe(corpus.claims.length);

    const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
    for (const position of positionTexts(corpus)) expect(text).toContain(position);
    expect(text).toContain("70 claims from 5 sources on 56 questions");

    // Every link in the page lands on an element of it.
    const broken = await page
      .locator('a[href^="#"]')
      .evaluateAll((links) =>
        links
          .map((link) => decodeURIComponent((link.getAttribute("href") ?? "").slice(1)))
          .filter((id, index) => !links[index]?.ownerDocument.getElementById(id)),
      );
    expect(broken).toEqual([]);

    if (process.env["UPDATE_DOCS_SCREENSHOT"]) {
      // One contested question, with a margin, before any row is highlighted as a link target.
      const box = await page.locator('[id="question-pow-exchange_2f_istanbul-2025-07-23~status"]').boundingBox();
      if (!box) throw new Error("the status question has no section");
      const docs = fileURLToPath(new URL("../../docs/istanbul-report.png", import.meta.url));
      await screenshot(page, {
        path: docs,
        fullPage: true,
        clip: { x: box.x - 16, y: box.y - 8, width: box.width + 32, height: box.height + 16 },
      });
    }

    // A mark is a link to its claim's row.
    const mark = page.locator('svg.timeline [data-claim="umjerow-0101-talks-to-resume"]');
    await mark.click();
    expect(new URL(page.url()).hash).toBe("#claim-umjerow-0101-talks-to-resume");
    expect(await page.locator("tr:target td:first-child").innerText()).toBe("umjerow-0101-talks-to-resume");

    const shot = join(directory, "istanbul.png");
    await screenshot(page, { path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(50_000);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
  } finally {
    await page.close();
  }
}, 60_000);

test("500 claims on one question: no errors, and every mark inside its chart", async () => {
  const corpus = crowdedCorpus(500);
  const { page, problems, requests, url } = await open(toHtml(reconcile(corpus), corpus), "crowded.html");
  try {
    expect(await page.locator("svg.timeline [data-claim]").count()).toBe(500);
    const outside = await page.locator("svg.timeline").evaluate((svg) => {
      const chart = svg.getBoundingClientRect();
      const scale = chart.width / 900;
      // The plot runs from x=150 to x=880 of the 900-unit viewBox; lanes start at y=30.
      const left = chart.left + 150 * scale;
      const right = chart.left + 880 * scale;
      const axis = svg.querySelector("line.axis")?.getBoundingClientRect().top ?? chart.bottom;
      return [...svg.querySelectorAll("[data-claim]")]
        .map((mark) => ({ id: mark.getAttribute("data-claim"), box: mark.getBoundingClientRect() }))
        .filter(
          ({ box }) =>
            box.left < left || box.right > right || box.top < chart.top + 30 * scale || box.bottom > axis + 0.5,
        )
        .map(({ id }) => id);
    });
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
  } finally {
    await page.close();
  }
}, 60_000);

test("lane labels show whole inside the chart, or end in an ellipsis with the full name in a title", async () => {
  const corpus = wideCorpus();
  const { page, problems } = await open(toHtml(reconcile(corpus), corpus), "labels.html");
  try {
    const labels = await page
      .locator("svg.timeline")
      .first()
      .evaluate((svg) => {
        const chart = svg.getBoundingClientRect();
        const scale = chart.width / 900;
        return [...svg.querySelectorAll("text.lane-label")].map((label) => {
          const box = label.getBoundingClientRect();
          const title = label.querySelector("title")?.textContent ?? undefined;
          const shown = [...label.childNodes]
            .filter((node) => node.nodeName !== "title")
            .map((node) => node.textContent ?? "")
            .join(" ")
            .replace(/\s+/g, " ")
            .trim();
          // Inside the chart, left of the plot (which starts at x=150 of the 900-unit viewBox).
          const inside = box.left >= chart.left - 0.5 && box.right <= chart.left + 150 * scale + 0.5;
          return { shown, title, inside };
        });
      });
    expect(labels.map((label) => label.inside)).toEqual(corpus.sides.map(() => true));
    for (const [index, side] of corpus.sides.entries()) {
      const label = labels[index] ?? expect.unreachable(side.id);
      // The swatch, then the name: whole, or cut with an ellipsis and whole in the title.
      if (label.title === undefined) expect(label.shown).toBe(`● ${side.name}`);
      else {
        expect(label.title).toBe(side.name);
        expect(label.shown).toMatch(/…$/);
        expect(side.name.replace(/\s+/g, " ").startsWith(label.shown.slice(2, -1).trim())).toBe(true);
      }
    }
    expect(labels[0]?.shown).toBe("● Polizei und Behörden");
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
}, 60_000);

test("at 1280 px the claim tables fit the page: long ids, names, URLs and quotes wrap", async () => {
  for (const [name, corpus] of [
    ["wide", wideCorpus()],
    ["istanbul", istanbul()],
  ] as const) {
    const { page, problems } = await open(toHtml(reconcile(corpus), corpus), `fit-${name}.html`, 1280);
    try {
      const overflow = await page.locator("html").evaluate((root) => ({
        page: root.scrollWidth - root.clientWidth,
        tables: [...root.querySelectorAll("table.claims")]
          .filter((table) => {
            const wrap = table.parentElement;
            if (!wrap) return true;
            return (
              table.getBoundingClientRect().right > wrap.getBoundingClientRect().right + 0.5 ||
              wrap.scrollWidth > wrap.clientWidth
            );
          })
          .map((table) => table.closest("section")?.id),
      }));
      expect(overflow).toEqual({ page: 0, tables: [] });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }
}, 60_000);

import { describe, expect, test } from "vitest";
import { type Claim, type Corpus, reconcile, toHtml, toMarkdown, toText } from "../../src/index.js";
import { label, makeClaim } from "../claims.js";

const status = { attribute: "status", changes: "over-time", freshFor: "P30D" } as const;
const corpus: Corpus = {
  sides: [
    { id: "ukraine", name: "Ukraine", role: "party" },
    { id: "russia", name: "Russia", role: "party" },
  ],
  actors: [
    { id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: [] },
    { id: "medinsky", name: "Vladimir Medinsky", side: "russia", aliases: [] },
  ],
  sources: [{ id: "s1", outlet: "Interfax", published: "2025-07-23", language: "en", translation: "none" }],
  attributes: [{ id: "status", changes: "over-time", freshFor: "P30D" }],
  claims: [
    makeClaim("medinsky-0723", label("agreed"), {
      ...status,
      side: "russia",
      speaker: "medinsky",
      stated: "2025-07-23",
    }),
    makeClaim("umerov-1115", label("activated"), { ...status, stated: "2025-11-15" }),
  ] satisfies Claim[],
};

describe("the reports mark a position that went stale", () => {
  const picture = reconcile(corpus);
  test("text, Markdown and HTML say which side's last word went stale", () => {
    expect(toText(picture, corpus)).toContain("Russia (stale): “agreed”");
    const markdown = toMarkdown(picture, corpus);
    expect(markdown).toContain("Russia (stale)");
    expect(markdown).toContain("**One-sided:** only Ukraine still holds a position; Russia's last word went stale.");
    expect(toHtml(picture, corpus)).toContain("<strong>Russia</strong> (stale): ");
  });
});

test("the HTML claim table calls a current claim gone stale so", () => {
  const html = toHtml(reconcile(corpus), corpus);
  const row = html.slice(
    html.indexOf('<tr id="claim-medinsky-0723"'),
    html.indexOf("</tr>", html.indexOf('<tr id="claim-medinsky-0723"')),
  );
  expect(row).toContain("<td>current, stale</td>");
  const fresh = html.slice(
    html.indexOf('<tr id="claim-umerov-1115"'),
    html.indexOf("</tr>", html.indexOf('<tr id="claim-umerov-1115"')),
  );
  expect(fresh).toContain("<td>current</td>");
});

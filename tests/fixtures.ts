import type { CorpusInput } from "../src/index.js";

/** A small valid corpus; tests copy it and break one thing at a time. */
export function smallCorpus(): CorpusInput {
  return {
    sides: [
      { id: "ukraine", name: "Ukraine", role: "party" },
      { id: "russia", name: "Russia", role: "party" },
      { id: "turkey", name: "Türkiye", role: "mediator" },
    ],
    actors: [
      { id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: ["Umjerow", "Oemerov", "Умєров"] },
      { id: "zelenskyy", name: "Volodymyr Zelenskyy", side: "ukraine", aliases: ["Selenskyj"] },
      { id: "medinsky", name: "Vladimir Medinsky", side: "russia", aliases: ["Medinskiy"] },
      { id: "fidan", name: "Hakan Fidan", side: "turkey" },
    ],
    sources: [
      { id: "nl-2025-05-16", outlet: "Dutch outlet", published: "2025-05-16", language: "nl" },
      { id: "interfax-2025-05-23", outlet: "Interfax-Ukraine", published: "2025-05-23T18:12:00+03:00", language: "en" },
      {
        id: "korrespondent-2026-01-01",
        outlet: "Korrespondent.net",
        published: "2026-01-01",
        language: "de",
        translation: "machine",
      },
    ],
    attributes: [
      { id: "agreed-size", changes: "never" },
      { id: "status", changes: "over-time" },
    ],
    claims: [
      {
        id: "umerov-1000",
        speaker: "umerov",
        source: "nl-2025-05-16",
        subject: "pow-exchange/istanbul-2025-05-16",
        attribute: "agreed-size",
        value: { kind: "per-side", each: { value: 1000, unit: "person" } },
        quote: "1000 gevangenen uit te wisselen voor 1000 gevangenen",
      },
      {
        id: "umerov-390",
        speaker: "Umerov",
        source: "interfax-2025-05-23",
        subject: "pow-exchange/istanbul-2025-05-16",
        attribute: "returned",
        value: { kind: "quantity", value: 390, unit: "person" },
      },
      {
        id: "selenskyj-stalled",
        speaker: "Selenskyj",
        source: "korrespondent-2026-01-01",
        stated: "2025-12-11",
        subject: "pow-exchange/istanbul-2025-07-23",
        attribute: "status",
        value: { kind: "label", value: "stalled" },
      },
    ],
  };
}

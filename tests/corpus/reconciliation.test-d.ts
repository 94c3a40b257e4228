import { expectTypeOf, test } from "vitest";
import type {
  AgreementGroup,
  Changes,
  Contradiction,
  ContradictionReason,
  Position,
  Proposition,
  Reconciliation,
  Stance,
  Status,
  Supersession,
  SupersessionReason,
  Value,
} from "../../src/index.js";

// The output types as they were written by hand before they came from zod schemas: the schemas
// must describe exactly these shapes, no looser (optional keys without `| undefined`, readonly
// arrays and properties) and no stricter.
interface SupersessionShape {
  readonly newer: string;
  readonly older: string;
  readonly reason: SupersessionReason;
}
interface ContradictionShape {
  readonly a: string;
  readonly b: string;
  readonly groups: readonly [number, number];
  readonly reason: ContradictionReason;
  readonly from: string;
  readonly until?: string;
  readonly current: boolean;
}
interface AgreementGroupShape {
  readonly claims: readonly string[];
  readonly sides: readonly string[];
  readonly value: Value;
  readonly stance: Stance;
}
interface PositionShape {
  readonly side: string;
  readonly claims: readonly string[];
  readonly value: Value;
  readonly stance: Stance;
  readonly divided: boolean;
  readonly stale: boolean;
}
interface PropositionShape {
  readonly subject: string;
  readonly attribute: string;
  readonly changes: Changes;
  readonly timeline: readonly string[];
  readonly current: readonly string[];
  readonly positions: readonly PositionShape[];
  readonly supersessions: readonly SupersessionShape[];
  readonly contradictions: readonly ContradictionShape[];
  readonly contradictionsTruncated: boolean;
  readonly groups: readonly AgreementGroupShape[];
  readonly consensus?: Value;
  readonly status: Status;
}
interface ReconcileSettingsShape {
  readonly tolerance: number;
  readonly dateTolerance: number;
  readonly boundReach: number;
  readonly maxContradictions: number;
  readonly asOf?: string;
  readonly knownAt?: string;
}
interface ReconciliationShape {
  readonly options: ReconcileSettingsShape;
  readonly propositions: readonly PropositionShape[];
  readonly later: readonly string[];
}

test("the output types keep their hand-written shapes", () => {
  expectTypeOf<Status>().toEqualTypeOf<"consensus" | "contested" | "one-sided">();
  expectTypeOf<Supersession>().toEqualTypeOf<SupersessionShape>();
  expectTypeOf<Contradiction>().toEqualTypeOf<ContradictionShape>();
  expectTypeOf<AgreementGroup>().toEqualTypeOf<AgreementGroupShape>();
  expectTypeOf<Position>().toEqualTypeOf<PositionShape>();
  expectTypeOf<Proposition>().toEqualTypeOf<PropositionShape>();
  expectTypeOf<Reconciliation>().toEqualTypeOf<ReconciliationShape>();
});

// expectTypeOf does not tell `k?: T` from `k?: T | undefined`; the assignments below do.
test("optional keys take no explicit undefined", () => {
  expectTypeOf<Reconciliation["options"]>().toHaveProperty("asOf").toEqualTypeOf<string | undefined>();
  const settings = { tolerance: 0.1, dateTolerance: 7, maxContradictions: 1000 };
  // @ts-expect-error exactOptionalPropertyTypes: `asOf` is left out, not set to undefined
  const reconciliation: Reconciliation = { options: { ...settings, asOf: undefined }, propositions: [], later: [] };
  expectTypeOf(reconciliation).toEqualTypeOf<Reconciliation>();
  const clash: Contradiction = {
    a: "c1",
    b: "c2",
    groups: [0, 1],
    reason: { code: "values_differ" },
    from: "2025-05-16",
    current: true,
  };
  // @ts-expect-error `until` is absent while both claims stand
  const ended: Contradiction = { ...clash, until: undefined };
  expectTypeOf(ended).toEqualTypeOf<Contradiction>();
  const proposition = {} as Proposition;
  // @ts-expect-error `consensus` is absent when there is none
  const open: Proposition = { ...proposition, consensus: undefined };
  expectTypeOf(open).toEqualTypeOf<Proposition>();
});

test("arrays and properties are readonly", () => {
  const reconciliation: Reconciliation = {
    options: { tolerance: 0.1, dateTolerance: 7, boundReach: 0.25, maxContradictions: 1000 },
    propositions: [],
    later: ["c1"],
  };
  // @ts-expect-error a reconciliation's arrays are readonly
  reconciliation.later.push("c2");
  // @ts-expect-error and so are its properties
  reconciliation.later = [];
  expectTypeOf<Proposition["groups"]>().toEqualTypeOf<readonly AgreementGroup[]>();
  expectTypeOf<Contradiction["groups"]>().toEqualTypeOf<readonly [number, number]>();
});

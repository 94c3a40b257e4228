import fc from "fast-check";

// A fixed seed keeps CI reproducible; FC_SEED and FC_RUNS let a developer explore further.
fc.configureGlobal({
  seed: Number(process.env["FC_SEED"] ?? 20250516),
  numRuns: Number(process.env["FC_RUNS"] ?? 200),
});

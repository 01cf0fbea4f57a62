/**
 * Conformance with bible-passage-reference-parser's English spec cases
 * (../shared/conformance, never copied into this repo): for the recommended
 * subset, the verses our matches cover must equal the verses of the expected
 * OSIS. The rate must not fall below the floor documented in
 * tests/fixtures/references/conformance-exclusions.json; the cases listed
 * there differ on purpose (precision rules), each with its reason.
 */
import { describe, expect, it } from 'vitest';
import { CASES_PATH, caseId, casesAvailable, loadExclusions, loadSubset, runCase } from './conformance-cases';

const available = casesAvailable();
const underCi = process.env.CI === 'true';

describe('conformance with the reference parser', () => {
  if (!available) {
    if (underCi) {
      it('needs ../shared/conformance/bcv-en-cases.jsonl under CI', () => {
        throw new Error(`conformance cases not found at ${CASES_PATH} (CI=true: they must be present)`);
      });
    } else {
      it.skip(`skipped: conformance cases not found at ${CASES_PATH}`, () => {});
      console.warn(`[conformance] skipped: ${CASES_PATH} is absent (a fresh clone without ../shared)`);
    }
    return;
  }

  const cases = loadSubset();
  const exclusions = loadExclusions();
  const excluded = new Map(exclusions.exclusions.map((e) => [caseId(e), e.reason]));

  it('uses the recommended subset of 12,479 cases', () => {
    expect(cases.length).toBe(12479);
  });

  it(`agrees on at least the documented floor (${(exclusions.floor * 100).toFixed(1)}%)`, () => {
    let pass = 0;
    let passExcluded = 0;
    const unexpected: string[] = [];
    for (const c of cases) {
      const outcome = runCase(c, exclusions.options);
      if (outcome.pass) {
        pass++;
        if (excluded.has(caseId(c))) passExcluded++;
      } else if (!excluded.has(caseId(c)) && unexpected.length < 15) {
        unexpected.push(`${JSON.stringify(c.input)} expected ${c.osis || '""'} got ${outcome.got.join(',') || '""'}`);
      }
    }
    const rate = pass / cases.length;
    const considered = cases.length - excluded.size;
    const adjusted = (pass - passExcluded) / considered;
    console.log(
      `[conformance] ${pass}/${cases.length} = ${(rate * 100).toFixed(2)}% ` +
        `(floor ${(exclusions.floor * 100).toFixed(2)}%); ` +
        `${excluded.size} documented deliberate differences; ` +
        `${(adjusted * 100).toFixed(2)}% of the ${considered} other cases`,
    );
    if (unexpected.length) console.log(`[conformance] some misses:\n  ${unexpected.join('\n  ')}`);
    expect(rate).toBeGreaterThanOrEqual(exclusions.floor);
  });

  it('lists every deliberate difference once, with a reason', () => {
    const ids = new Set<string>();
    for (const e of exclusions.exclusions) {
      expect(e.reason.length).toBeGreaterThan(10);
      expect(ids.has(caseId(e))).toBe(false);
      ids.add(caseId(e));
    }
  });
});

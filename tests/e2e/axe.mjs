// axe-core, the accessibility checker, run inside a page: injected from node_modules (never the
// network), with every rule it has switched on: its experimental ones and those off by default
// (duplicate ids, target size) included. Only WCAG's AAA level (7:1 contrast) is left out, as
// WCAG itself advises for whole sites. Shadow roots
// (an embedded notebook's) and same-origin frames are checked too: axe goes into them itself.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The violations axe finds in `page` (including its frames), as axe reports them. */
export async function axeViolations(page) {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  }
  return page.evaluate(async () => {
    const rules = Object.fromEntries(window.axe.getRules()
      .map(({ ruleId, tags }) => [ruleId, { enabled: !tags.includes('wcag2aaa') }]));
    const { violations } = await window.axe.run(document, { rules, resultTypes: ['violations'] });
    return violations;
  });
}

/** Violations as a reader wants them in a failing test: the rule, why, and each element with its fix. */
export function describeViolations(violations) {
  return violations.map(({ id, impact, help, helpUrl, nodes }) => [
    `${id} (${impact}): ${help} — ${helpUrl}`,
    ...nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${node.failureSummary.replaceAll('\n', '\n      ')}`),
  ].join('\n')).join('\n\n');
}

/** Fails, listing each violation with its fix, if axe finds any in `page`; `where` names the page. */
export async function assertNoViolations(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations.map((v) => v.id), [], `${where}:\n${describeViolations(violations)}`);
}

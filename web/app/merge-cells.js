// Two tabs on one lesson each save the whole notebook. When one tab learns that the other saved
// (a 'storage' event, or a different value found just before saving), it merges per cell, as
// a version control merge does, against the cells both last had in common (`base`):
//   - a cell changed on one side only takes that side's change;
//   - a cell changed on both sides keeps both versions, theirs just below ours: nothing typed
//     in either tab is dropped, and the learner picks what to keep;
//   - a cell deleted on one side and changed on the other stays, with its change;
//   - added cells come in after the cell they followed; the cell order of the side that
//     reordered wins.
// Cells are snapshots ({ id, type, source, … }, see Notebook.snapshot()) told apart by id.

/**
 * @returns {{ cells: object[], conflicts: object[] }} the merged cells, and the cells (theirs)
 *          that were kept as copies beside our version of the same cell
 */
export function mergeCells(base, ours, theirs) {
  const [baseById, ourById, theirById] = [base, ours, theirs].map((cells) => new Map(cells.map((c) => [c.id, c])));
  const conflicts = [];
  const kept = new Map(); // id → the merged cell, for the ids that stay
  for (const id of new Set([...ourById.keys(), ...theirById.keys()])) {
    const [was, mine, other] = [baseById.get(id), ourById.get(id), theirById.get(id)];
    if (mine && other) {
      if (same(mine, other) || (was && same(other, was))) kept.set(id, mine);
      else if (was && same(mine, was)) kept.set(id, other);
      else {
        kept.set(id, mine);
        conflicts.push({ ...other, id: `${id}-other-tab` });
      }
    } else {
      const only = mine ?? other;
      if (!was || !same(only, was)) kept.set(id, only); // added, or changed where the other side deleted it
    }
  }
  // The order of the side that changed it; then the other side's cells it lacks, each after
  // the cell it followed there.
  const [lead, follow] = sameOrder(base, ours) ? [theirs, ours] : [ours, theirs];
  const order = lead.map((c) => c.id).filter((id) => kept.has(id));
  follow.forEach((cell, i) => {
    if (!kept.has(cell.id) || order.includes(cell.id)) return;
    const before = follow.slice(0, i).reverse().find((c) => order.includes(c.id));
    order.splice(before ? order.indexOf(before.id) + 1 : 0, 0, cell.id);
  });
  const cells = order.map((id) => kept.get(id));
  for (const copy of conflicts) cells.splice(cells.findIndex((c) => `${c.id}-other-tab` === copy.id) + 1, 0, copy);
  return { cells, conflicts };
}

/** Whether two snapshots (plain data) hold the same, whatever the order of their keys. */
export const same = (a, b) => canonical(a) === canonical(b);

const canonical = (value) => JSON.stringify(value, (key, item) => (
  item && typeof item === 'object' && !Array.isArray(item)
    ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
    : item));

// Whether the cells both lists hold come in the same order in each.
function sameOrder(a, b) {
  const inB = new Set(b.map((c) => c.id));
  const inA = new Set(a.map((c) => c.id));
  const common = (list, other) => list.map((c) => c.id).filter((id) => other.has(id));
  return same(common(a, inB), common(b, inA));
}

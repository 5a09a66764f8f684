// Recorded outputs: what each code cell of a lesson gave when it was run, shipped with the lesson
// so the page shows them (marked as recorded) before Python has started. A notebook carries its
// own (its stored outputs); a Markdown lesson of the course gets those of the recording the tests
// check it against (tests/lessons/<lesson>.json, made by scripts/record-lessons.mjs under real
// PyTorch), which the build ships beside it as <lesson file>.recorded.json.

/**
 * The output records (as ipynb.mjs reads them) of each code cell in a lesson recording: what it
 * printed and the repr of its last value. A progress bar's text (stderr) is not recorded, as it
 * holds timings, nor is a picture, which PyTorch does not draw: those cells show them once run.
 * @param recording [{ stdout, result, picture, stderr }] per code cell
 */
export function recordedOutputs(recording) {
  return recording.map(({ stdout, result }) => [
    ...(stdout ? [{ kind: 'stream', name: 'stdout', text: stdout }] : []),
    ...(result !== null ? [{ kind: 'result', data: { 'text/plain': result }, count: null }] : []),
  ]);
}

/**
 * `cells` with `outputs` (one list of records per code cell, in order) as the expected outputs of
 * the code cells that have none of their own. A list that does not match the lesson's code cells
 * (the lesson changed since) is not used: its outputs would land under the wrong cells. An
 * exercise cell gets none: its recording is its solution's output, which would give the answer away.
 */
export function withRecordedOutputs(cells, outputs) {
  const code = cells.filter((cell) => cell.type === 'code');
  if (!Array.isArray(outputs) || outputs.length !== code.length) return cells;
  let next = 0;
  return cells.map((cell) => {
    if (cell.type !== 'code') return cell;
    const recorded = outputs[next++];
    return cell.expected?.length || cell.exercise ? cell : { ...cell, expected: recorded };
  });
}

/**
 * A learner's edited `cells` (each with the id its original had, see notebook.js withIds), with
 * the recorded outputs of `originals` on the code cells still as they were: same id, same code.
 */
export function keepRecordedOutputs(cells, originals) {
  const recorded = new Map(originals.filter((cell) => cell.expected?.length).map((cell) => [cell.id, cell]));
  return cells.map((cell) => {
    const original = recorded.get(cell.id);
    if (cell.type !== 'code' || cell.expected?.length || original?.source !== cell.source) return cell;
    return { ...cell, expected: original.expected };
  });
}

// A long run of the op fuzzer (tests/fuzz) under AddressSanitizer + UndefinedBehaviorSanitizer,
// from a random first seed. A crash ends the fuzzer's process, so it is restarted past the seed
// that crashed; every finding is listed at the end with the command that replays it.
//   node scripts/fuzz.mjs [--seconds N | --sequences N] [--first-seed N]
// (the machine is shared: `nice -n 10 node scripts/fuzz.mjs --seconds 1200`)
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildNative } from './native-build.mjs';

const { values: args } = parseArgs({
  options: { seconds: { type: 'string' }, sequences: { type: 'string' }, 'first-seed': { type: 'string' } },
});
const seconds = Number(args.seconds ?? (args.sequences ? 0 : 60));
const sequences = Number(args.sequences ?? 0);
const fuzzer = join(buildNative('sanitize', ['engine_fuzz']), 'tests/fuzz/engine_fuzz');

const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
let seed = BigInt(args['first-seed'] ?? randomInt(2 ** 47));
let ran = 0;
const findings = new Set();  // seeds
const chunkSeconds = 60;  // progress shows between chunks

while ((!seconds || elapsed() < seconds) && (!sequences || ran < sequences)) {
  const limit = sequences
    ? [`--sequences=${Math.min(sequences - ran, 5000)}`]
    : [`--seconds=${Math.min(chunkSeconds, seconds - elapsed()).toFixed(1)}`];
  const first = seed;
  const result = spawnSync(fuzzer, [`--first-seed=${seed}`, '--trace', ...limit], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw result.error;  // e.g. the fuzzer being rebuilt meanwhile
  const traced = [...result.stderr.matchAll(/^fuzz: running seed (\d+)$/gm)];
  const output = result.stdout + result.stderr.replace(/^fuzz: running seed \d+\n/gm, '');
  const before = findings.size;
  for (const [, failed] of output.matchAll(/fuzz seed (\d+)/g)) findings.add(failed);
  const summary = output.match(/(\d+) sequences from seed/);
  const crashed = traced.at(-1)?.[1];  // the seed that was running when the process ended
  if (result.status !== 0) process.stdout.write(output);
  if (summary) {
    ran += Number(summary[1]);
    seed += BigInt(summary[1]);
  } else if (crashed) {
    findings.add(crashed);
    ran += Number(BigInt(crashed) - seed) + 1;
    seed = BigInt(crashed) + 1n;
  } else {
    throw new Error(`the fuzzer stopped without a summary or a seed (status ${result.status})`);
  }
  // A failure no seed owns (a leak reported at exit): the whole chunk replays it.
  if (result.status !== 0 && findings.size === before) findings.add(`${first} --sequences=${seed - first}`);
  console.log(`fuzz: ${ran} sequences in ${elapsed().toFixed(0)} s, next seed ${seed}, ${findings.size} failing`);
}

for (const failed of findings)
  console.log(`finding: ${fuzzer} --first-seed=${failed}${failed.includes(' ') ? '' : ' --sequences=1'}`);
console.log(`fuzz: ${ran} sequences, ${findings.size} failing`);
process.exitCode = findings.size ? 1 : 0;

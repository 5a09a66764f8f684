// `gradbook lessons` as one file, dist/cli/update-lessons.mjs: scripts/update-lessons.mjs with
// every module it uses (our lesson format, the offline list, marked) bundled in, so the npm
// package runs it with Node alone, without the repository or any devDependency. dist/cli/ is not
// part of the site: offline-list.mjs leaves it out.
import { build } from 'esbuild';
import { join } from 'node:path';

export async function buildLessonsCommand(root, dist) {
  await build({
    entryPoints: [join(root, 'scripts/update-lessons.mjs')],
    outfile: join(dist, 'cli/update-lessons.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}

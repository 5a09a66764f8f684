// Records the public names of NumPy 1.24 into web/python/numpy/_api_names.py, so that a real
// NumPy name Gradbook's NumPy does not have raises NotImplementedError, while a typo still raises
// NumPy's AttributeError. Needs Debian's python3-numpy (/usr/bin/python3); run it again only to
// follow another NumPy version.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const lister = `
import numpy, numpy.linalg
public = lambda names: sorted(n for n in names if not n.startswith('_'))
print(' '.join(public(dir(numpy))))
print(' '.join(public(dir(numpy.linalg))))
print(' '.join(public(dir(numpy.ndarray))))
`;
const [top, linalg, methods] = execFileSync('/usr/bin/python3', ['-c', lister], { encoding: 'utf8' })
  .trim().split('\n').map((line) => line.trim().split(' '));

const wrap = (names) => names.join(' ').replace(/(.{1,96})( |$)/g, '$1\n').trimEnd();
const set = (names) => `frozenset("""\n${wrap(names)}\n""".split())`;
writeFileSync(new URL('../web/python/numpy/_api_names.py', import.meta.url), `"""The public names of NumPy 1.24 (recorded by scripts/record-numpy-api.mjs).

Used to tell a NumPy feature Gradbook's NumPy does not have (NotImplementedError) from a name
that NumPy does not have either (AttributeError, as NumPy raises).
"""

NUMPY = ${set(top)}

LINALG = ${set(linalg)}

NDARRAY = ${set(methods)}
`);
console.log(`recorded ${top.length} numpy names, ${linalg.length} numpy.linalg names, ${methods.length} ndarray names`);

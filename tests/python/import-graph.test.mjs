// The torch package's modules import one another without a cycle, so importing torch never
// depends on which module happens to load first. Every import statement counts, those inside
// functions too (a deferred import is how a cycle hides). Imports of a package (`import torch`,
// `from .. import randperm`) are not edges: a package's __init__ gathers its modules' public
// names, and modules use those only when called.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { pythonSession } from './harness.mjs';

const py = pythonSession();

const IMPORT_CYCLES = `import ast, os, torch

root = os.path.dirname(torch.__file__)

def module_of(path):
    parts = os.path.relpath(path[:-len(".py")], os.path.dirname(root)).split(os.sep)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

files = {module_of(os.path.join(folder, name)): os.path.join(folder, name)
         for folder, _, names in os.walk(root) for name in names if name.endswith(".py")}
packages = {module for module, path in files.items() if path.endswith("__init__.py")}

def imported(module):
    """The modules (not packages) of torch that \`module\`'s import statements name."""
    here = module.split(".")
    with open(files[module]) as source:
        tree = ast.parse(source.read())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(here[:len(here) - node.level]) if node.level else ""
            target = ".".join(part for part in (base, node.module) if part)
            for alias in node.names:
                submodule = target + "." + alias.name
                names.add(submodule if submodule in files else target)
    return {name for name in names if name in files and name not in packages and name != module}

edges = {module: imported(module) for module in files if module not in packages}
cycles, state, path = [], {}, []

def visit(module):
    state[module] = "open"
    path.append(module)
    for target in sorted(edges[module]):
        if state.get(target) == "open":
            cycles.append(" -> ".join(path[path.index(target):] + [target]))
        elif target not in state:
            visit(target)
    path.pop()
    state[module] = "done"

for module in sorted(edges):
    if module not in state:
        visit(module)
print(len(edges))
print("\\n".join(cycles))
`;

test('no two torch modules import each other, directly or around a circle', () => {
  const [count, ...cycles] = py.output(IMPORT_CYCLES).trimEnd().split('\n');
  assert.ok(Number(count) > 40, `only ${count} modules were read`);
  assert.deepEqual(cycles, []);
});

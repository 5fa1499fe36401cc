"""One name per segment (issue 9 item 5): brute-force the one-to-one assignment of four segment
positions (current, potential in population SDs) to the quadrants hh, hl, lh, ll maximising
sum(s_c*c + s_p*p), independently of the TypeScript code, with numpy + itertools.

Run: python3 tests/reference/naming_reference.py > tests/fixtures/templates/naming.json
"""
import itertools, json
import numpy as np

SIGNS = {"hh": (1, 1), "hl": (1, -1), "lh": (-1, 1), "ll": (-1, -1)}
ORDER = ["hh", "hl", "lh", "ll"]

def own(c, p):
    return ("h" if c >= 0 else "l") + ("h" if p >= 0 else "l")

def best(pos):
    pos = np.asarray(pos, dtype=float)
    results = []
    for perm in itertools.permutations(range(4)):
        fit = sum(SIGNS[ORDER[q]][0] * pos[i, 0] + SIGNS[ORDER[q]][1] * pos[i, 1] for i, q in enumerate(perm))
        kept = sum(ORDER[q] == own(*pos[i]) for i, q in enumerate(perm))
        results.append((round(fit, 12), kept, [ORDER[q] for q in perm]))
    top = max(r[0] for r in results)
    cands = [r for r in results if abs(r[0] - top) <= 1e-12]
    cands.sort(key=lambda r: -r[1])
    return {"types": cands[0][2], "fit": float(cands[0][0]), "unique": len([c for c in cands if c[1] == cands[0][1]]) == 1}

cases = {
    "four-quadrants": [[1.2, 0.9], [0.8, -1.1], [-0.7, 0.6], [-1.3, -0.4]],
    "three-quadrants": [[-0.5, -0.3], [-1.2, -1.0], [1.5, 1.2], [1.0, -0.8]],
    "two-quadrants": [[1.1, 1.0], [0.4, 0.2], [-0.3, -0.9], [-1.2, -0.3]],
    "all-low-low-but-one": [[2.0, 1.5], [-0.2, -0.1], [-0.6, -0.7], [-1.2, -0.7]],
}
print(json.dumps({k: {"positions": v, **best(v)} for k, v in cases.items()}, indent=2))

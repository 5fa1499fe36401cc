"""What the AHP reference scripts share (ahp_reference.py, teach_reference.py, fuzzy_ahp_reference.py): the reciprocal
matrix from its upper triangle, numpy's principal eigenvector, and the Wikipedia/Saaty leader
example. Imported from the scripts' own folder; computes nothing with the TypeScript code."""
import numpy as np


def recip(upper, n):
    """Full reciprocal matrix from the upper triangle given row by row."""
    a = np.ones((n, n))
    k = 0
    for i in range(n):
        for j in range(i + 1, n):
            a[i, j] = upper[k]
            a[j, i] = 1.0 / upper[k]
            k += 1
    return a


def eigen(a):
    """Principal right eigenvector (numpy.linalg.eig, largest real eigenvalue), sum 1, and that eigenvalue."""
    vals, vecs = np.linalg.eig(a)
    k = int(np.argmax(vals.real))
    v = np.abs(vecs[:, k].real)
    return (v / v.sum()), float(vals[k].real)


# Wikipedia "Analytic hierarchy process – leader" example (Saaty's scale; AHPy README values):
# criteria Experience, Education, Charisma, Age; candidates Tom, Dick, Harry under each.
LEADER = {
    "leader_criteria": recip([4, 3, 7, 1 / 3, 3, 5], 4),
    "leader_experience": recip([1 / 4, 4, 9], 3),
    "leader_education": recip([3, 1 / 5, 1 / 7], 3),
    "leader_charisma": recip([5, 9, 4], 3),
    "leader_age": recip([1 / 3, 5, 9], 3),
}

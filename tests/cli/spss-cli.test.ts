/** The quick-cluster and hclust verbs as a user runs them: JSON contract on stdout, exit code 2 with a clear message on bad input. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const cols = 'Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen';

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli quick-cluster and hclust', () => {
  it('quick-cluster prints the contract fields as JSON', () => {
    const r = cli(['quick-cluster', '--data', 'datasets/wholesale_customers.csv', '--columns', cols, '--k', '3', '--scale', 'z', '--mxiter', '40']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const key of ['initialCentres', 'iterations', 'finalCentres', 'distances', 'sizes', 'anova', 'converged', 'labels']) expect(out).toHaveProperty(key);
    expect(out.iterations[0]).toHaveProperty('iteration', 1);
    expect(out.iterations[0].changes).toHaveLength(3);
    expect(Object.keys(out.anova[0])).toEqual(expect.arrayContaining(['column', 'F', 'sig']));
    expect(out.labels).toHaveLength(440);
    expect(out.converged).toBe(true);
  });

  it('hclust prints n, merges and cuts as JSON', () => {
    const r = cli(['hclust', '--data', 'datasets/iris.csv', '--columns', 'sepal_length_cm,petal_length_cm', '--method', 'average', '--kmin', '2', '--kmax', '3']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.n).toBe(150);
    expect(out.merges).toHaveLength(149);
    expect(Object.keys(out.merges[0])).toEqual(['a', 'b', 'height', 'size']);
    expect(out.cuts.map((c: { k: number }) => c.k)).toEqual([2, 3]);
    expect(out.cuts[0].labels).toHaveLength(150);
  });

  it.each([
    [['quick-cluster', '--data', 'datasets/iris.csv', '--columns', 'sepal_length_cm'], /needs --k/],
    [['quick-cluster', '--data', 'datasets/iris.csv', '--columns', 'nope', '--k', '2'], /no column "nope"/],
    [['quick-cluster', '--data', 'datasets/iris.csv', '--columns', 'species', '--k', '2'], /not numeric/],
    [['quick-cluster', '--data', 'datasets/iris.csv', '--columns', 'sepal_length_cm', '--k', '2', '--method', 'ward'], /--method ward: expected one of kmeans, update, classify/],
    [['quick-cluster', '--data', 'datasets/iris.csv', '--columns', 'sepal_length_cm', '--k', '2', '--converge=-1'], /--converge -1: expected a number ≥ 0/],
    [['quick-cluster', '--data', 'datasets/iris.csv', '--columns', 'sepal_length_cm', '--k', '200'], /at least 200 complete cases/],
    [['hclust', '--data', 'datasets/iris.csv', '--columns', 'sepal_length_cm'], /needs --method/],
    [['hclust', '--data', 'datasets/iris.csv', '--columns', 'sepal_length_cm', '--method', 'centroid'], /--method centroid: expected one of ward, average, complete, single/],
    [['hclust', '--data', 'datasets/iris.csv', '--columns', 'sepal_length_cm', '--method', 'ward', '--kmin', '5', '--kmax', '3'], /--kmin 5 is larger than --kmax 3/],
  ])('exits with code 2 and says why: %j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

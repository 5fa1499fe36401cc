/**
 * The methods paragraph's last sentence: the published source of each method the project used
 * (book or journal with year and pages), so that a thesis can cite them. Entropy, TOPSIS and grey
 * relational analysis carry theirs in their own sentences (evaluation.ts); the RI table in the
 * AHP sentence.
 */
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import type { ReportWords } from './words.ts';
import { fuzzySources } from './fuzzy-ahp.ts';
import { isFuzzyMethod } from '../ahp/fuzzy/method.ts';

const S = {
  saaty: 'Saaty T. L. (1980) The Analytic Hierarchy Process. New York: McGraw-Hill',
  crawford: 'Crawford G., Williams C. (1985) A note on the analysis of subjective judgment matrices. Journal of Mathematical Psychology 29(4): 387–405',
  forman: 'Forman E., Peniwati K. (1998) Aggregating individual judgments and priorities with the analytic hierarchy process. European Journal of Operational Research 108(1): 165–169',
  critic: 'Diakoulaki D., Mavrotas G., Papayannakis L. (1995) Determining objective weights in multiple criteria problems: the CRITIC method. Computers & Operations Research 22(7): 763–770',
  macqueen: 'MacQueen J. (1967) Some methods for classification and analysis of multivariate observations. Proc. Fifth Berkeley Symposium on Mathematical Statistics and Probability 1: 281–297',
  kpp: 'Arthur D., Vassilvitskii S. (2007) k-means++: the advantages of careful seeding. Proc. 18th ACM-SIAM Symposium on Discrete Algorithms: 1027–1035',
  sculley: 'Sculley D. (2010) Web-scale k-means clustering. Proc. 19th International Conference on World Wide Web: 1177–1178',
  rousseeuw: 'Rousseeuw P. J. (1987) Silhouettes: a graphical aid to the interpretation and validation of cluster analysis. Journal of Computational and Applied Mathematics 20: 53–65',
  ch: 'Caliński T., Harabasz J. (1974) A dendrite method for cluster analysis. Communications in Statistics 3(1): 1–27',
  db: 'Davies D. L., Bouldin D. W. (1979) A cluster separation measure. IEEE Transactions on Pattern Analysis and Machine Intelligence 1(2): 224–227',
  hartigan: 'Hartigan J. A. (1975) Clustering Algorithms. New York: Wiley',
  ward: 'Ward J. H. (1963) Hierarchical grouping to optimize an objective function. Journal of the American Statistical Association 58(301): 236–244',
  lance: 'Lance G. N., Williams W. T. (1967) A general theory of classificatory sorting strategies: 1. Hierarchical systems. The Computer Journal 9(4): 373–380',
  kneedle: 'Satopää V., Albrecht J., Irwin D., Raghavan B. (2011) Finding a "kneedle" in a haystack: detecting knee points in system behavior. Proc. 31st International Conference on Distributed Computing Systems Workshops: 166–171',
};

/** "Sources: …" naming the publication of each method used; the α = 0.5 default is said to be a convention. */
export function sourcesSentence(project: Project, result: Result, w: ReportWords): string {
  const { t } = w;
  const o = project.options;
  const items: string[] = [];
  const add = (what: string, source: string) => items.push(t('report.sources.item', { what, source }));
  // Saaty's book is the source of the weights only for the eigenvector method; the fuzzy methods' CR is the middle matrix's
  add(t(result.ahp.method === 'eigen' ? 'report.sources.ahp' : isFuzzyMethod(result.ahp.method) ? 'report.sources.ahp.fuzzy' : 'report.sources.ahp.other'), S.saaty);
  if (o.ahp.method === 'geometric') add(t('report.sources.geometric'), S.crawford);
  for (const [what, source] of fuzzySources(result.ahp.method, w, result)) add(what, source);
  if (project.experts.length > 1) add(t('report.sources.group'), S.forman);
  const wt = o.weighting;
  if (wt.method === 'critic' || (wt.method === 'combined' && wt.objective === 'critic')) add(t('report.sources.critic'), S.critic);
  if (wt.method === 'combined' && wt.combination === 'linear' && wt.alpha === 0.5) items.push(t('report.sources.alpha'));
  const seg = o.segmentation;
  const method = result.clustering.method ?? 'kmeans';
  if (method === 'hclust') {
    add(t('report.sources.ward'), S.ward);
    add(t('report.sources.lance'), S.lance);
  } else {
    add(t('report.sources.kmeans'), S.macqueen);
    if (method === 'quick-cluster') add(t('report.sources.quickCluster'), S.hartigan);
    else add(t('report.sources.kpp'), S.kpp);
    if (method === 'kmeans' && seg.algorithm === 'mini-batch') add(t('report.sources.miniBatch'), S.sculley);
  }
  if (result.clustering.sweep.length > 0) {
    add(t('report.sources.silhouette'), S.rousseeuw);
    add(t('report.sources.ch'), S.ch);
    add(t('report.sources.db'), S.db);
    add(t('report.sources.kneedle'), S.kneedle);
  }
  return t('report.sources.sentence', { items: items.join(t('report.methods.sep')) });
}

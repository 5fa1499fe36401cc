/**
 * The methods paragraph's last sentence: the published source of each method the project used
 * (book or journal with year and pages), so that a thesis can cite them. Entropy, TOPSIS and grey
 * relational analysis carry theirs in their own sentences (evaluation.ts); the RI table in the
 * AHP sentence.
 */
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import type { ReportLocale } from './terms.ts';
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
export function sourcesSentence(project: Project, result: Result, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const o = project.options;
  const items: string[] = [];
  const add = (what: string, source: string) => items.push(zh ? `${what}：${source}` : `${what}: ${source}`);
  // Saaty's book is the source of the weights only for the eigenvector method; the other methods' sources follow
  const weightsBy = result.ahp.method === 'eigen' ? (zh ? '特征向量法、' : 'eigenvector method, ') : '';
  const ci = isFuzzyMethod(result.ahp.method) ? (zh ? '中值矩阵的 CI/CR' : 'CI/CR of the middle matrix') : 'CI/CR';
  add(zh ? `层次分析法（1–9 标度、${weightsBy}${ci} 与 CR < 0.10 准则）` : `AHP (1–9 scale, ${weightsBy}${ci} and the CR < 0.10 rule)`, S.saaty);
  if (o.ahp.method === 'geometric') add(zh ? '几何平均法（方根法）' : 'row geometric mean', S.crawford);
  for (const [what, source] of fuzzySources(result.ahp.method, locale, result)) add(what, source);
  if (project.experts.length > 1) add(zh ? '群决策集结（AIJ/AIP）' : 'group aggregation (AIJ/AIP)', S.forman);
  const w = o.weighting;
  if (w.method === 'critic' || (w.method === 'combined' && w.objective === 'critic')) add(zh ? 'CRITIC 权重法' : 'CRITIC', S.critic);
  if (w.method === 'combined' && w.combination === 'linear' && w.alpha === 0.5) {
    items.push(zh ? 'α = 0.5（主客观权重等权组合）为惯例取值，并非出自某一文献' : 'α = 0.5 (equal shares of subjective and objective weights) is a convention, not taken from a publication');
  }
  const seg = o.segmentation;
  const method = result.clustering.method ?? 'kmeans';
  if (method === 'hclust') {
    add(zh ? '系统聚类（Ward 法）' : "hierarchical clustering (Ward's method)", S.ward);
    add(zh ? '系统聚类的距离更新公式' : 'linkage update formula', S.lance);
  } else {
    add(zh ? 'K 均值聚类' : 'k-means', S.macqueen);
    if (method === 'quick-cluster') add(zh ? '快速聚类初始中心的选取' : 'quick-cluster initial centres', S.hartigan);
    else add(zh ? 'k-means++ 初始化' : 'k-means++ seeding', S.kpp);
    if (method === 'kmeans' && seg.algorithm === 'mini-batch') add(zh ? '小批量 K 均值' : 'mini-batch k-means', S.sculley);
  }
  if (result.clustering.sweep.length > 0) {
    add(zh ? '轮廓系数' : 'silhouette', S.rousseeuw);
    add(zh ? 'CH 指数' : 'Calinski–Harabasz index', S.ch);
    add(zh ? 'DB 指数' : 'Davies–Bouldin index', S.db);
    add(zh ? '肘部拐点（Kneedle）' : 'elbow knee (Kneedle)', S.kneedle);
  }
  return zh ? `方法文献：${items.join('；')}` : `Sources: ${items.join('; ')}`;
}

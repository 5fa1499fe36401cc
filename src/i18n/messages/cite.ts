/**
 * Published sources named by the help texts of the page (issue 10 item 8): one line under the
 * formula of each weighting, AHP and scoring method and each default. The same publications as
 * the printed methods paragraph (core/report/sources.ts, evaluation.ts, fuzzy-ahp.ts); where a
 * default has no publication (a software's or a convention's value) the line says so.
 * Keys: 'cite.<method>'.
 */
export const en = {
  'cite.line': 'Source: {text}',
  'cite.ahp': 'Saaty T. L. (1980) The Analytic Hierarchy Process. New York: McGraw-Hill — the 1–9 scale, CI = (λmax − n)/(n − 1) and the rule CR < 0.10.',
  'cite.eigen': 'Saaty T. L. (1980) The Analytic Hierarchy Process. New York: McGraw-Hill (principal eigenvector).',
  'cite.geometric': 'Crawford G., Williams C. (1985) A note on the analysis of subjective judgment matrices. Journal of Mathematical Psychology 29(4): 387–405.',
  'cite.column':
    'Saaty T. L. (1980) The Analytic Hierarchy Process. New York: McGraw-Hill, among the approximations of the eigenvector (normalised columns averaged); the page is not checked here.',
  'cite.fuzzy-chang': 'Chang D.-Y. (1996) Applications of the extent analysis method on fuzzy AHP. European Journal of Operational Research 95(3): 649–655.',
  'cite.fuzzy-buckley': 'Buckley J. J. (1985) Fuzzy hierarchical analysis. Fuzzy Sets and Systems 17(3): 233–247.',
  'cite.entropy': 'Guo Xianguang (1998), Systems Engineering — Theory & Practice 18(12): 98–102. The +0.01 shift is SPSSAU’s software default, not taken from a publication.',
  'cite.critic': 'Diakoulaki D., Mavrotas G., Papayannakis L. (1995) Determining objective weights in multiple criteria problems: the CRITIC method. Computers & Operations Research 22(7): 763–770.',
  'cite.linear': 'The linear combination and its default α = 0.5 (equal shares) are a convention of applied theses; no primary publication could be checked.',
  'cite.multiplicative': 'The multiplicative combination is used in applied theses; its first publication could not be checked.',
  'cite.given': 'Weights as the thesis prints them: cite the thesis they come from.',
  'cite.weighted-sum': 'Simple additive weighting: Hwang C.-L., Yoon K. (1981) Multiple Attribute Decision Making: Methods and Applications. Berlin: Springer.',
  'cite.topsis': 'Hwang C.-L., Yoon K. (1981) Multiple Attribute Decision Making: Methods and Applications. Berlin: Springer, pp. 128–140.',
  'cite.entropy-topsis': 'TOPSIS: Hwang & Yoon (1981, pp. 128–140); entropy weights: Guo Xianguang (1998), Systems Engineering — Theory & Practice 18(12): 98–102.',
  'cite.gra':
    'Deng J. (1982) Control problems of grey systems. Systems & Control Letters 1(5): 288–294; Deng J. (1989) Introduction to grey system theory. The Journal of Grey System 1(1): 1–24. The default ρ = 0.5 is the customary value of applied work; its first publication could not be checked.',
};

export const zh: Record<keyof typeof en, string> = {
  'cite.line': '出处：{text}',
  'cite.ahp': 'Saaty T. L. (1980) The Analytic Hierarchy Process. New York: McGraw-Hill —— 1–9 标度、CI = (λmax − n)/(n − 1) 与 CR < 0.10 准则。',
  'cite.eigen': 'Saaty T. L. (1980) The Analytic Hierarchy Process. New York: McGraw-Hill（特征向量法）。',
  'cite.geometric': 'Crawford G., Williams C. (1985) A note on the analysis of subjective judgment matrices. Journal of Mathematical Psychology 29(4): 387–405。',
  'cite.column': 'Saaty T. L. (1980) The Analytic Hierarchy Process. New York: McGraw-Hill，特征向量的近似算法之一（列归一化后按行平均）；页码未经核对。',
  'cite.fuzzy-chang': 'Chang D.-Y. (1996) Applications of the extent analysis method on fuzzy AHP. European Journal of Operational Research 95(3): 649–655。',
  'cite.fuzzy-buckley': 'Buckley J. J. (1985) Fuzzy hierarchical analysis. Fuzzy Sets and Systems 17(3): 233–247。',
  'cite.entropy': '郭显光（1998），《系统工程理论与实践》18(12)：98–102。加 0.01 的非负平移是 SPSSAU 软件的默认做法，并非出自某一文献。',
  'cite.critic': 'Diakoulaki D., Mavrotas G., Papayannakis L. (1995) Determining objective weights in multiple criteria problems: the CRITIC method. Computers & Operations Research 22(7): 763–770。',
  'cite.linear': '线性组合及其默认值 α = 0.5（主客观等权）是应用研究中的惯例，未能核对到原始文献。',
  'cite.multiplicative': '乘法组合见于应用研究，未能核对到其最早的文献。',
  'cite.given': '按论文所列的权重：请引用权重所出自的论文。',
  'cite.weighted-sum': '简单线性加权：Hwang C.-L., Yoon K. (1981) Multiple Attribute Decision Making: Methods and Applications. Berlin: Springer。',
  'cite.topsis': 'Hwang C.-L., Yoon K. (1981) Multiple Attribute Decision Making: Methods and Applications. Berlin: Springer，第 128–140 页。',
  'cite.entropy-topsis': 'TOPSIS：Hwang & Yoon（1981，第 128–140 页）；熵权：郭显光（1998），《系统工程理论与实践》18(12)：98–102。',
  'cite.gra':
    '邓聚龙 (1982) Control problems of grey systems. Systems & Control Letters 1(5): 288–294；Deng J. (1989) Introduction to grey system theory. The Journal of Grey System 1(1): 1–24。默认 ρ = 0.5 为应用研究中的惯用取值，未能核对到其最早的文献。',
};

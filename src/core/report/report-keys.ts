/**
 * The keys of the report's words (issue 13), one union per catalogue file src/i18n/messages/
 * report-<area>.ts: the core names every text by its key and the catalogues, typed
 * `Record<Report…Key, string>` in both languages, give the words — a key missing from a catalogue,
 * or a catalogue entry no key names, is a type error. Add a key here and to both languages.
 */

/** src/i18n/messages/report-tables.ts */
export type ReportTablesKey =
  | 'report.tables.stop' | 'report.tables.riNote' | 'report.tables.matrix.line' | 'report.tables.matrix.small'
  | 'report.tables.matrix.group' | 'report.tables.matrix.each' | 'report.tables.matrix.title'
  | 'report.tables.weight' | 'report.tables.totalRanking' | 'report.tables.consistency.title'
  | 'report.tables.consistency.col.matrix' | 'report.tables.consistency.col.n'
  | 'report.tables.consistency.col.lambda' | 'report.tables.consistency.col.ci' | 'report.tables.consistency.col.ri'
  | 'report.tables.consistency.col.cr' | 'report.tables.consistency.col.verdict' | 'report.tables.consistency.source'
  | 'report.tables.consistency.rule' | 'report.tables.global.title' | 'report.tables.global.col.criterion'
  | 'report.tables.global.col.criterionWeight' | 'report.tables.global.col.indicator'
  | 'report.tables.global.col.local' | 'report.tables.global.col.global' | 'report.tables.global.consistency'
  | 'report.tables.global.rule' | 'report.tables.direction.cost' | 'report.tables.direction.benefit'
  | 'report.tables.byMethod.constant' | 'report.tables.byMethod.title' | 'report.tables.byMethod.col.indicator'
  | 'report.tables.byMethod.col.direction' | 'report.tables.byMethod.col.ahp' | 'report.tables.byMethod.col.e'
  | 'report.tables.byMethod.col.d' | 'report.tables.byMethod.col.entropy' | 'report.tables.byMethod.col.critic'
  | 'report.tables.byMethod.col.final' | 'report.tables.sweep.noKnee' | 'report.tables.sweep.noBest'
  | 'report.tables.sweep.summary' | 'report.tables.sweep.sampled' | 'report.tables.sweep.exact'
  | 'report.tables.sweep.unconverged' | 'report.tables.sweep.reading' | 'report.tables.sweep.title'
  | 'report.tables.sweep.col.k' | 'report.tables.sweep.col.sse' | 'report.tables.sweep.col.silhouette'
  | 'report.tables.sweep.col.ch' | 'report.tables.sweep.col.db' | 'report.tables.valid' | 'report.tables.missing'
  | 'report.tables.sizes.title' | 'report.tables.col.cluster' | 'report.tables.col.name' | 'report.tables.col.count'
  | 'report.tables.col.share' | 'report.tables.col.indicator' | 'report.tables.sizes.note'
  | 'report.tables.centres.note' | 'report.tables.centres.scores' | 'report.tables.centres.title'
  | 'report.tables.features.indicators' | 'report.tables.features.scores' | 'report.tables.features.title'
  | 'report.tables.features.col' | 'report.tables.anova.spssNote' | 'report.tables.anova.note.one-group'
  | 'report.tables.anova.note.no-within-df' | 'report.tables.anova.note.constant'
  | 'report.tables.anova.note.no-within-variance' | 'report.tables.anova.rowNote' | 'report.tables.anova.title'
  | 'report.tables.anova.col.msb' | 'report.tables.anova.col.df' | 'report.tables.anova.col.msw'
  | 'report.tables.anova.col.f' | 'report.tables.anova.col.sig' | 'report.tables.profiles.note'
  | 'report.tables.profiles.distinctive' | 'report.tables.profiles.title' | 'report.tables.scores.named'
  | 'report.tables.scores.boundary' | 'report.tables.scores.title' | 'report.tables.scores.col.composite'
  | 'report.tables.scores.col.current' | 'report.tables.scores.col.potential' | 'report.tables.clusterLabel'
  | 'report.tables.clusterLabel.plain' | 'report.tables.rule.ahp' | 'report.tables.rule.entropy'
  | 'report.tables.rule.critic' | 'report.tables.rule.multiplicative' | 'report.tables.rule.linear'
  | 'report.tables.rule.given' | 'report.tables.rule.givenRescaled' | 'report.tables.crSentence';

/** src/i18n/messages/report-spss.ts */
export type ReportSpssKey =
  | 'report.spss.linkage.ward' | 'report.spss.linkage.average' | 'report.spss.linkage.complete'
  | 'report.spss.linkage.single' | 'report.spss.qc.segmentOf' | 'report.spss.qc.segmentOf.sep'
  | 'report.spss.qc.segmentNote' | 'report.spss.qc.initial.title' | 'report.spss.col.variable'
  | 'report.spss.qc.initial.noinitial' | 'report.spss.qc.initial.lines' | 'report.spss.qc.iterations.title'
  | 'report.spss.qc.iterations.col' | 'report.spss.qc.iterations.change' | 'report.spss.qc.final.title'
  | 'report.spss.qc.final.segment' | 'report.spss.qc.distances.title' | 'report.spss.col.cluster'
  | 'report.spss.qc.anova.col.msb' | 'report.spss.qc.anova.col.df' | 'report.spss.qc.anova.col.msw'
  | 'report.spss.qc.anova.col.f' | 'report.spss.qc.anova.col.sig' | 'report.spss.qc.sizes.title'
  | 'report.spss.qc.sizes.count' | 'report.spss.qc.sizes.cluster' | 'report.spss.valid' | 'report.spss.missing'
  | 'report.spss.qc.note.converged' | 'report.spss.qc.note.stopped' | 'report.spss.hc.method' | 'report.spss.hc.ward'
  | 'report.spss.hc.distance' | 'report.spss.hc.last' | 'report.spss.hc.sampled' | 'report.spss.hc.thenKMeans'
  | 'report.spss.hc.title' | 'report.spss.hc.col.stage' | 'report.spss.hc.col.combined1'
  | 'report.spss.hc.col.combined2' | 'report.spss.hc.col.coefficients' | 'report.spss.hc.col.first1'
  | 'report.spss.hc.col.first2' | 'report.spss.hc.col.next' | 'report.spss.qcMethod.kmeans'
  | 'report.spss.qcMethod.update' | 'report.spss.qcMethod.classify' | 'report.spss.sentence.noinitial'
  | 'report.spss.sentence.initial' | 'report.spss.sentence.converged' | 'report.spss.sentence.stopped'
  | 'report.spss.sentence.qc' | 'report.spss.sentence.then' | 'report.spss.sentence.ward'
  | 'report.spss.sentence.sample' | 'report.spss.sentence.hc' | 'report.tests.descriptive'
  | 'report.tests.effect.title' | 'report.tests.col.indicator' | 'report.tests.effect.col.eta2'
  | 'report.tests.effect.col.levene' | 'report.tests.effect.col.df1' | 'report.tests.effect.col.df2'
  | 'report.tests.effect.col.sig' | 'report.tests.effect.note' | 'report.tests.posthoc.title' | 'report.tests.col.i'
  | 'report.tests.col.j' | 'report.tests.col.diff' | 'report.tests.posthoc.col.se' | 'report.tests.posthoc.col.lsd'
  | 'report.tests.posthoc.col.tukey' | 'report.tests.posthoc.col.gh' | 'report.tests.posthoc.note'
  | 'report.tests.ci.title' | 'report.tests.ci.col.lsdLower' | 'report.tests.ci.col.lsdUpper'
  | 'report.tests.ci.col.tukeyLower' | 'report.tests.ci.col.tukeyUpper' | 'report.tests.ci.col.ghLower'
  | 'report.tests.ci.col.ghUpper' | 'report.tests.ci.note' | 'report.tests.chi.title' | 'report.tests.chi.col.column'
  | 'report.tests.chi.col.n' | 'report.tests.chi.col.chi2' | 'report.tests.chi.col.df' | 'report.tests.chi.col.sig'
  | 'report.tests.chi.col.v' | 'report.tests.chi.col.low' | 'report.tests.chi.note' | 'report.tests.chi.skipped';

/** src/i18n/messages/report-methods.ts */
export type ReportMethodsKey =
  | 'report.methods.sep' | 'report.methods.first' | 'report.methods.data' | 'report.methods.data.source'
  | 'report.methods.missing.none' | 'report.methods.missing.dropCol' | 'report.methods.missing.drop'
  | 'report.methods.missing.drop.one' | 'report.methods.missing.cols' | 'report.methods.missing.imputedCol'
  | 'report.methods.missing.imputed' | 'report.methods.hierarchy.sub' | 'report.methods.hierarchy'
  | 'report.methods.ahp.small' | 'report.methods.ahp.failed' | 'report.methods.ahp.total'
  | 'report.methods.ahp.who.group' | 'report.methods.ahp.who.one' | 'report.methods.ahp.source'
  | 'report.methods.ahp' | 'report.methods.weighting.combined' | 'report.methods.weighting'
  | 'report.methods.normalisation' | 'report.methods.scores.zscore' | 'report.methods.scores.minmax'
  | 'report.methods.cut.value' | 'report.methods.cut.median' | 'report.methods.cut.mean' | 'report.methods.matrix'
  | 'report.methods.tierRule' | 'report.methods.tierRules.none' | 'report.methods.tierRules' | 'report.methods.tiers'
  | 'report.methods.abc' | 'report.methods.on.scores' | 'report.methods.on.zscores' | 'report.methods.on.indicators'
  | 'report.methods.sil.none' | 'report.methods.sil.exact' | 'report.methods.sil.sampled'
  | 'report.methods.algo.miniBatch' | 'report.methods.algo.kmeans' | 'report.methods.clustering'
  | 'report.methods.naming.departs.one' | 'report.methods.naming.departs' | 'report.methods.naming.oneToOne'
  | 'report.methods.naming.quadrant' | 'report.eval.data.minmax' | 'report.eval.data.raw'
  | 'report.eval.shift.minmax' | 'report.eval.shift.raw' | 'report.eval.shift.none' | 'report.eval.entropy'
  | 'report.eval.topsis.steps' | 'report.eval.criteria' | 'report.eval.topsis' | 'report.eval.entropyTopsis'
  | 'report.eval.gra' | 'report.sources.item' | 'report.sources.ahp' | 'report.sources.ahp.fuzzy'
  | 'report.sources.ahp.other' | 'report.sources.geometric' | 'report.sources.group' | 'report.sources.critic'
  | 'report.sources.alpha' | 'report.sources.ward' | 'report.sources.lance' | 'report.sources.kmeans'
  | 'report.sources.quickCluster' | 'report.sources.kpp' | 'report.sources.miniBatch' | 'report.sources.silhouette'
  | 'report.sources.ch' | 'report.sources.db' | 'report.sources.kneedle' | 'report.sources.sentence'
  | 'report.sens.factor.weight' | 'report.sens.factor.judgment' | 'report.sens.what.judgments'
  | 'report.sens.what.weights' | 'report.sens.what.join' | 'report.sens.counted.reversals'
  | 'report.sens.counted.top' | 'report.sens.counted.segments' | 'report.sens.counted.quadrants'
  | 'report.sens.counted.sep' | 'report.sens.counted.last' | 'report.sens.skip.tooMany'
  | 'report.sens.skip.noClustering' | 'report.sens.most.reversals' | 'report.sens.most.reversals.one'
  | 'report.sens.most.top' | 'report.sens.most.segments' | 'report.sens.most.sep' | 'report.sens.kuhn'
  | 'report.sens.sentence';

/** src/i18n/messages/report-fuzzy.ts */
export type ReportFuzzyKey =
  | 'report.fuzzy.scale' | 'report.fuzzy.scale.entered' | 'report.fuzzy.entered' | 'report.fuzzy.matrix.title'
  | 'report.fuzzy.consistency' | 'report.fuzzy.group.aip' | 'report.fuzzy.group.aij' | 'report.fuzzy.zero.one'
  | 'report.fuzzy.zero' | 'report.fuzzy.source' | 'report.fuzzy.source.more' | 'report.fuzzy.chang.title'
  | 'report.fuzzy.chang.col.extent' | 'report.fuzzy.chang.col.degree' | 'report.fuzzy.col.weight'
  | 'report.fuzzy.buckley.title' | 'report.fuzzy.buckley.col.mean' | 'report.fuzzy.buckley.col.weight'
  | 'report.fuzzy.buckley.col.centroid' | 'report.fuzzy.how.chang' | 'report.fuzzy.how.buckley'
  | 'report.fuzzy.sentence.scale' | 'report.fuzzy.sentence.scale.entered' | 'report.fuzzy.sentence'
  | 'report.fuzzy.sources.buckley' | 'report.fuzzy.sources.chang' | 'report.fuzzy.sources.zero'
  | 'report.sensTable.source' | 'report.sensTable.factor.weight' | 'report.sensTable.factor.expert'
  | 'report.sensTable.factor.judgment' | 'report.sensTable.tooMany' | 'report.sensTable.noClustering'
  | 'report.sensTable.weightsOnly' | 'report.sensTable.title' | 'report.sensTable.col.changed'
  | 'report.sensTable.col.node' | 'report.sensTable.col.from' | 'report.sensTable.col.to'
  | 'report.sensTable.col.reversals' | 'report.sensTable.col.top' | 'report.sensTable.col.segment'
  | 'report.sensTable.col.quadrant' | 'report.sensTable.numbered.sep' | 'report.sensTable.what.segment'
  | 'report.sensTable.what.top' | 'report.sensTable.tornado.title' | 'report.sensTable.tornado.note';

/** src/i18n/messages/report-chapter.ts */
export type ReportChapterKey =
  | 'report.chapter.title' | 'report.chapter.docTitle' | 'report.chapter.method' | 'report.chapter.heading'
  | 'report.chapter.intro.html' | 'report.chapter.intro.docx' | 'report.chapter.html.table'
  | 'report.chapter.html.figure' | 'report.chapter.docx.table' | 'report.chapter.docx.figure' | 'report.chapter.note'
  | 'report.chapter.section.weights' | 'report.chapter.section.k' | 'report.chapter.section.clusters'
  | 'report.chapter.section.survey' | 'report.chapter.section.migration' | 'report.chapter.customersSheet'
  | 'report.figures.sep' | 'report.figures.weights.title' | 'report.figures.weights.note'
  | 'report.figures.matrix.title' | 'report.figures.matrix.note' | 'report.figures.elbow.title'
  | 'report.figures.silhouette.title' | 'report.figures.sweep.note' | 'report.figures.colour.blue'
  | 'report.figures.colour.orange' | 'report.figures.colour.green' | 'report.figures.colour.red'
  | 'report.figures.colour.purple' | 'report.figures.colour.brown' | 'report.figures.colour.pink'
  | 'report.figures.colour.grey' | 'report.figures.colour.olive' | 'report.figures.colour.cyan'
  | 'report.figures.profiles.legend' | 'report.figures.profiles.title' | 'report.figures.profiles.note'
  | 'report.migration.scheme.tier' | 'report.migration.scheme.segment' | 'report.migration.scheme.abc'
  | 'report.migration.scheme.quadrant' | 'report.migration.move.up' | 'report.migration.move.down'
  | 'report.migration.move.same' | 'report.migration.move.changed' | 'report.migration.move.new'
  | 'report.migration.move.lost' | 'report.migration.move.count' | 'report.migration.moves.sep'
  | 'report.migration.from' | 'report.migration.total' | 'report.migration.title' | 'report.migration.csv.id'
  | 'report.migration.csv.scheme.tier' | 'report.migration.csv.scheme.segment' | 'report.migration.csv.scheme.abc'
  | 'report.migration.csv.scheme.quadrant' | 'report.migration.csv.period1' | 'report.migration.csv.period2'
  | 'report.migration.csv.move' | 'report.migration.csv.composite1' | 'report.migration.csv.composite2';

/** src/i18n/messages/report-terms.ts */
export type ReportTermsKey =
  | 'report.terms.ahp.eigen' | 'report.terms.ahp.geometric' | 'report.terms.ahp.column'
  | 'report.terms.ahp.fuzzy-chang' | 'report.terms.ahp.fuzzy-buckley' | 'report.terms.aggregation.aij'
  | 'report.terms.aggregation.aip' | 'report.terms.weighting.ahp' | 'report.terms.weighting.entropy'
  | 'report.terms.weighting.critic' | 'report.terms.weighting.combined' | 'report.terms.weighting.given'
  | 'report.terms.objective.entropy' | 'report.terms.objective.critic' | 'report.terms.normalisation.minmax'
  | 'report.terms.normalisation.zscore' | 'report.terms.missing.drop' | 'report.terms.missing.median'
  | 'report.terms.missing.mean' | 'report.terms.missing.zero' | 'report.terms.verdict.pass'
  | 'report.terms.verdict.fail' | 'report.strategies.tierTitle' | 'report.strategies.abcTitle'
  | 'report.strategies.tier' | 'report.strategies.abc' | 'report.strategies.customers' | 'report.strategies.share'
  | 'report.strategies.strategy' | 'report.strategies.own' | 'report.strategies.template' | 'report.survey.rel'
  | 'report.survey.dim' | 'report.survey.item' | 'report.survey.k' | 'report.survey.n' | 'report.survey.alpha'
  | 'report.survey.std' | 'report.survey.mean' | 'report.survey.citc' | 'report.survey.del' | 'report.survey.items'
  | 'report.survey.cross' | 'report.survey.seg' | 'report.survey.size' | 'report.survey.sat' | 'report.survey.note';

export type ReportKey = ReportTablesKey | ReportSpssKey | ReportMethodsKey | ReportFuzzyKey | ReportChapterKey | ReportTermsKey;

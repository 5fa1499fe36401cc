/** The report module: customer CSV, three-line tables as data, the methods paragraph, JSON export. */
export {
  BOM,
  CRLF,
  SCORE_DECIMALS,
  csvField,
  customersCsv,
  customersTable,
  defuseFormula,
  formatCsvNumber,
  quoteField,
  toCsv,
  type CsvCell,
  type CsvOptions,
  type CustomerColumn,
  type CustomersCsvNames,
  type CustomersCsvOptions,
  type CustomersTable,
} from './csv.ts';
export { DEFAULT_DECIMALS, formatCell, formatRows, tableToCsv, type CellFormat, type ReportCell, type ReportTable, type TableCsvOptions } from './table.ts';
export {
  WEIGHT_DECIMALS,
  ahpConsistencyTable,
  ahpMatrixTables,
  anovaTable,
  clusterCentresTable,
  clusterFeatureCentresTable,
  clusterSizesTable,
  globalWeightsTable,
  kSweepTable,
  reportTables,
  segmentProfilesTable,
  segmentScoresTable,
  weightsByMethodTable,
} from './tables.ts';
export { methodsParagraph, methodsSentences } from './methods.ts';
export { linkageName, noteText, SCHEDULE_ROWS, spssTables } from './spss.ts';
export { resultToJson, toJsonSafe, type JsonValue } from './json.ts';
export { quadrantName, term, verdict, type Bilingual, type ReportLocale } from './terms.ts';
export { featureLabel, finalWeightRule, segmentName } from './describe.ts';
export { fill, wordsOf, type ReportKey, type ReportParams, type ReportWords } from './words.ts';

/** The verbs of issue 12 (scoring model, streaming score, warehouse SQL, k-means in the warehouse), registered in main.ts in one line. */
import { modelVerb } from './model.ts';
import { scoreVerb } from './score.ts';
import { sqlVerb } from './sql.ts';
import { fitVerb } from './fit.ts';

export const WAREHOUSE_USAGE = `  valueseg model --project <project.json> --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] [--out model.json] [--lang en|zh-CN]
  valueseg score --model <model.json> --data <file.csv|file.xlsx> [--sheet NAME|N] [--header-row N] [--out scores.csv|.json|.xlsx] [--format csv|json|xlsx] [--on-error skip|fail]
  valueseg sql --model <model.json> --dialect duckdb|postgres|spark|hive|clickhouse --table <name>
  valueseg fit --engine duckdb:FILE|postgres:URL --table <name> --model <model.json> [--k K] [--max-iter 50] --out <model.json>`;

/** Each verb parses its own arguments and writes its own output; returns the exit code. */
export const warehouseVerbs: Record<string, (args: string[]) => number> = {
  model: modelVerb,
  score: scoreVerb,
  sql: sqlVerb,
  fit: fitVerb,
};

/// <reference lib="webworker" />
/**
 * Compares two periods off the main thread (issue 9, item 7): period 1's data and the full
 * result computed on it, period 2's data, the project → `comparePeriods` (core/periods), which
 * freezes period 1, scores period 2 with it and counts the migrations. One request per worker
 * (the page ends a worker whose comparison is no longer wanted).
 */
// First: the no-network / no-eval policy (guard.ts) before any other module runs.
import './guard.ts';
import type { ColumnTable } from 'arquero';
import { unpackColumn } from '../core/data/packed.ts';
import { columnTable } from '../core/data/table.ts';
import type { Project } from '../core/model/project.ts';
import { comparePeriods, type PeriodComparison } from '../core/periods/index.ts';
import type { Result } from '../core/result.ts';
import type { Problem } from '../core/errors.ts';
import { toProblem } from './problem.ts';
import type { ColumnData } from './protocol.ts';

export interface PeriodData {
  names: string[];
  columns: Record<string, ColumnData>;
  lines: ArrayLike<number>;
}
export interface PeriodsRequest {
  project: Project;
  result: Result;
  first: PeriodData;
  second: PeriodData;
}
export type PeriodsReply = { ok: true; value: PeriodComparison } | { ok: false; problem: Problem };

const tableOf = (d: PeriodData): ColumnTable => columnTable(d.names.map((n) => [n, unpackColumn(d.columns[n])] as const), d.names);

self.onmessage = (ev: MessageEvent<PeriodsRequest>) => {
  const { project, result, first, second } = ev.data;
  let reply: PeriodsReply;
  try {
    reply = { ok: true, value: comparePeriods(project, tableOf(first), result, tableOf(second), { lines1: first.lines, lines2: second.lines }) };
  } catch (e) {
    reply = { ok: false, problem: toProblem(e) };
  }
  (self as unknown as Worker).postMessage(reply);
};

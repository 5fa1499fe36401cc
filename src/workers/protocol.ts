/** Typed messages between the page and the pipeline worker. Every request carries an id; replies echo it. */
import type { Problem } from '../core/errors.ts';
import type { Project } from '../core/model/project.ts';
import type { ReadReport } from '../core/data/types.ts';
import type { Result } from '../core/result.ts';

export type WorkerRequest =
  | { type: 'run'; id: number; project: Project; data: string | Uint8Array; fileName?: string }
  | { type: 'cancel'; id: number };

export type WorkerReply =
  | { type: 'progress'; id: number; stage: string; done: number; total: number }
  | { type: 'result'; id: number; result: Result; report: ReadReport }
  | { type: 'error'; id: number; problem: Problem }
  | { type: 'cancelled'; id: number };

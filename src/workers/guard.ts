/// <reference lib="webworker" />
/**
 * The page's policy (no network, no eval; see the CSP in index.html) inside the workers, which
 * hold the customer data: a worker script's policy comes from its own HTTP response, and a
 * static host sends none, so the page's `<meta>` CSP does not reach them. Imported first by each
 * worker (ES modules run in import order, so nothing else in the worker runs before this), it
 * removes every way to send data out or to compile text as code:
 *
 * - `fetch`, `XMLHttpRequest`, `WebSocket`, `EventSource`, `WebTransport`, `RTCPeerConnection`,
 *   nested `Worker`/`SharedWorker` (which would start without this guard): gone (undefined, not
 *   writable, not configurable, so later code cannot put them back);
 * - `importScripts`: throws for every URL (module workers never need it);
 * - `eval`, `Function` and the constructors reachable from any function (`(() => {}).constructor`,
 *   async and generator functions): throw.
 *
 * What it cannot stop is syntax: a dynamic `import()` of another origin. The workers' own code
 * has none, and the e2e privacy harness fails any request that leaves the origin.
 */
function blocked(what: string): () => never {
  return () => {
    throw new EvalError(`${what} is disabled in ValueSeg's workers: customer data never leaves the browser and no text runs as code.`);
  };
}

const scope = globalThis as unknown as Record<string, unknown>;

const GONE = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection', 'webkitRTCPeerConnection', 'Worker', 'SharedWorker'];
// Removed from the global's prototypes too (WorkerGlobalScope.prototype.fetch could be called on
// the global), then shadowed on the global itself.
for (let o = Object.getPrototypeOf(scope) as Record<string, unknown> | null; o; o = Object.getPrototypeOf(o)) {
  for (const name of GONE) if (Object.prototype.hasOwnProperty.call(o, name)) delete o[name];
}
for (const name of GONE) {
  Object.defineProperty(scope, name, { value: undefined, writable: false, configurable: false, enumerable: false });
}
Object.defineProperty(scope, 'importScripts', { value: blocked('importScripts'), writable: false, configurable: false });
Object.defineProperty(scope, 'eval', { value: blocked('eval'), writable: false, configurable: false });

const FunctionBlocked = blocked('new Function');
const constructors = [
  Function,
  Object.getPrototypeOf(async function () {}).constructor,
  Object.getPrototypeOf(function* () {}).constructor,
  Object.getPrototypeOf(async function* () {}).constructor,
] as { prototype: object }[];
for (const ctor of constructors) {
  Object.defineProperty(ctor.prototype, 'constructor', { value: FunctionBlocked, writable: false, configurable: false });
}
Object.defineProperty(scope, 'Function', { value: FunctionBlocked, writable: false, configurable: false });

/** Set once the guard ran (the e2e test checks it from inside each worker). */
Object.defineProperty(scope, '__valuesegGuard', { value: true, writable: false, configurable: false });

export {};

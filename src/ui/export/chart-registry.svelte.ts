/**
 * The charts drawn on the page, registered by the figure that draws them (PlotFigure,
 * MiniHistogram) while it is shown, and told when it draws again or is renamed: the Export step
 * lists them for the SVG and PNG downloads (instead of watching the whole page for changes).
 */
import { untrack } from 'svelte';
import { chartOf, type PageChart } from './download.ts';

const figures = new Set<HTMLElement>();
let version = $state(0);
/** Counts a change; untracked, so that an effect that registers or redraws does not depend on it. */
const bump = (): void => untrack(() => void version++);

/** Registers a `figure[aria-label]` that holds a chart; returns the function that unregisters it. */
export function registerChart(figure: HTMLElement): () => void {
  figures.add(figure);
  bump();
  return () => {
    figures.delete(figure);
    bump();
  };
}

/**
 * For a figure component's script (at initialisation): keeps its figure registered while it is
 * shown, and says when its label changes (it calls `chartChanged` itself after each drawing).
 */
export function trackFigure(figure: () => HTMLElement | undefined, label: () => string): void {
  $effect(() => {
    const f = figure();
    return f ? registerChart(f) : undefined;
  });
  $effect(() => {
    void label();
    chartChanged();
  });
}

/** A registered figure drew a new chart or changed its label. */
export function chartChanged(): void {
  bump();
}

/** The registered charts in page order; read in an effect, it runs again when they change. */
export function pageCharts(): PageChart[] {
  void version;
  return [...figures]
    .filter((f) => f.isConnected)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .map(chartOf)
    .filter((c) => c !== null);
}

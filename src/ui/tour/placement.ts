/**
 * Where the guided tour's panel goes so that it does not cover what the stop outlines: beside the
 * target (right, then left) or below it, whichever leaves the panel the most room, each at least
 * MIN_W × MIN_H. The panel stands on the window's bottom edge and its height is capped to the room
 * (it scrolls inside), so an answer that makes it taller does not grow it over the target. When no
 * place is free (a target as large as the window) there is no placement: the panel keeps its
 * default corner and can be dragged away.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The panel's left edge, width and greatest height in pixels; its bottom is GAP above the window's. */
export interface Placement {
  left: number;
  width: number;
  maxHeight: number;
  side: 'right' | 'left' | 'below';
}

export const PANEL_W = 416;
export const MIN_W = 240;
export const MIN_H = 220;
export const GAP = 16;

/**
 * `target`: the target's box in the window once scrolled; `view`: the window's size; `coveredTop`:
 * how much of the window's top sticky bars cover; `height`: the panel's natural height at PANEL_W.
 */
export function placeTour(target: Box, view: { width: number; height: number }, coveredTop: number, height: number): Placement | null {
  const fullH = view.height - Math.max(coveredTop, GAP) - GAP;
  const candidates: Placement[] = [];
  const right = view.width - target.right - 2 * GAP;
  if (right >= MIN_W && fullH >= MIN_H) {
    const width = Math.min(PANEL_W, right);
    candidates.push({ left: view.width - GAP - width, width, maxHeight: fullH, side: 'right' });
  }
  const left = target.left - 2 * GAP;
  if (left >= MIN_W && fullH >= MIN_H) candidates.push({ left: GAP, width: Math.min(PANEL_W, left), maxHeight: fullH, side: 'left' });
  const below = view.height - Math.max(Math.min(target.bottom, view.height), coveredTop) - 2 * GAP;
  if (below >= MIN_H) {
    const width = Math.min(PANEL_W, view.width - 2 * GAP);
    candidates.push({ left: view.width - GAP - width, width, maxHeight: below, side: 'below' });
  }
  if (candidates.length === 0) return null;
  // The most of the panel shown without scrolling: its area up to its natural height at that width.
  const shown = (p: Placement) => p.width * Math.min(p.maxHeight, (height * PANEL_W) / p.width);
  let best = candidates[0];
  for (const p of candidates) if (shown(p) > shown(best) + 1) best = p;
  return best;
}

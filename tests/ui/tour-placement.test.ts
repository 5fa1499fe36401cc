import { describe, expect, it } from 'vitest';
import { GAP, placeTour, type Box, type Placement } from '../../src/ui/tour/placement.ts';

const view = { width: 1280, height: 800 };
/** The panel's box for a placement and a natural height. */
const boxOf = (p: Placement, height: number): Box => {
  const h = Math.min(height, p.maxHeight);
  return { left: p.left, right: p.left + p.width, bottom: view.height - GAP, top: view.height - GAP - h };
};
const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

describe('placeTour', () => {
  it('puts the panel beside a narrow target, at full width, without covering it', () => {
    const target = { left: 290, top: 60, right: 760, bottom: 700 };
    const p = placeTour(target, view, 50, 480)!;
    expect(p.side).toBe('right');
    expect(p.width).toBe(416);
    expect(overlaps(boxOf(p, 480), target)).toBe(false);
  });

  it('puts the panel below a wide, short target, its height capped to the room left', () => {
    const target = { left: 250, top: 58, right: 1239, bottom: 482 }; // too little room on the left
    const p = placeTour(target, view, 50, 478)!;
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 482 - 2 * GAP);
    // however tall the panel grows (an answer shown), it stays off the target
    expect(overlaps(boxOf(p, 2000), target)).toBe(false);
  });

  it('uses the room on the left (over the step rail) for a wide target as tall as the window', () => {
    const target = { left: 300, top: 58, right: 1239, bottom: 1400 };
    const p = placeTour(target, view, 50, 478)!;
    expect(p.side).toBe('left');
    expect(p.width).toBe(300 - 2 * GAP);
    expect(overlaps(boxOf(p, 2000), { ...target, bottom: 800 })).toBe(false);
  });

  it('prefers the side that shows more of the panel: beside a target that leaves little room below', () => {
    const target = { left: 290, top: 58, right: 840, bottom: 560 };
    expect(placeTour(target, view, 50, 480)!.side).toBe('right');
  });

  it('gives no placement when the target leaves no room anywhere', () => {
    expect(placeTour({ left: 100, top: 0, right: 1200, bottom: 900 }, view, 50, 480)).toBeNull();
  });
});

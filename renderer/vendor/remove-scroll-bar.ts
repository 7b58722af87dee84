import { useEffect } from 'react';

/**
 * A CSP-safe stand-in for `react-remove-scroll-bar` (used by Radix Dialog through
 * react-remove-scroll), wired in by an alias in vite.config.ts. The original injects a <style>
 * element, which the app's `style-src 'self'` policy blocks. This one locks scrolling with a
 * class on <body> (styles/base.css) and keeps the layout still by padding the body by the width
 * of the scrollbar it hides (CSSOM property writes are allowed by the CSP; markup styles are not).
 */
export const zeroRightClassName = 'right-scroll-bar-position';
export const fullWidthClassName = 'width-before-scroll-bar';
export const noScrollbarsClassName = 'with-scroll-bars-hidden';
export const removedBarSizeVariable = '--removed-body-scroll-bar-size';

const LOCKED_CLASS = 'scroll-locked';
let locks = 0;

export function getGapWidth(): { left: number; top: number; right: number; gap: number } {
  return { left: 0, top: 0, right: 0, gap: window.innerWidth - document.documentElement.clientWidth };
}

export function RemoveScrollBar(_props: {
  noRelative?: boolean;
  noImportant?: boolean;
  gapMode?: string;
}): null {
  useEffect(() => {
    const { body } = document;
    locks += 1;
    if (locks === 1) {
      const gap = window.innerWidth - document.documentElement.clientWidth;
      if (gap > 0) body.style.paddingRight = `${gap}px`;
      body.classList.add(LOCKED_CLASS);
    }
    return () => {
      locks -= 1;
      if (locks === 0) {
        body.classList.remove(LOCKED_CLASS);
        body.style.removeProperty('padding-right');
      }
    };
  }, []);
  return null;
}

import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  level?: 1 | 2;
  className?: string;
  children: ReactNode;
  /** Changes of this value move focus to the heading (a new step or page). */
  focusKey?: string | number;
}

/** A heading that takes focus when it appears, so screen readers start at the new content. */
export function FocusHeading({ level = 1, className, children, focusKey }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [focusKey]);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1} className={['focus-heading', className].filter(Boolean).join(' ')}>
      {children}
    </Tag>
  );
}

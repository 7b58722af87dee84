import type { ReactNode } from 'react';

interface Props {
  /** Id of the region; the toggle is `${id}-toggle`, the body `${id}-body`. */
  id: string;
  title: ReactNode;
  /** Shown beside the title whether open or closed (state, counts, badges). */
  summary?: ReactNode;
  open: boolean;
  onToggle: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A group that opens and closes: a heading with a disclosure button (aria-expanded). The
 * body stays mounted while closed, so what is being typed or saved there is not lost.
 */
export function Collapsible({ id, title, summary, open, onToggle, className, children }: Props) {
  return (
    <section
      id={id}
      className={['panel', 'collapsible', open ? 'is-open' : null, className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-toggle`}
    >
      <div className="collapsible-head">
        <h2 className="collapsible-heading">
          <button
            type="button"
            id={`${id}-toggle`}
            className="collapsible-toggle"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            onClick={onToggle}
          >
            <span className="collapsible-icon" aria-hidden="true" />
            <span>{title}</span>
          </button>
        </h2>
        {summary ? <div className="collapsible-summary">{summary}</div> : null}
      </div>
      <div id={`${id}-body`} className="collapsible-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

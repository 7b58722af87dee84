import { useEffect } from 'react';

/** Sets a generic window title while mounted (nothing about a case ever goes in it). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

import { type ComponentType, lazy } from 'react';
import { loadUiCatalogue } from '../i18n/translate';

export interface Preloadable<P extends object> {
  /** The screen: rendered at once when its chunk is already loaded, else suspends once. */
  Screen: ComponentType<P>;
  /** Fetches the chunk (and the full text catalogue) ahead; safe to call again. */
  preload: () => Promise<unknown>;
}

/**
 * A screen in a chunk of its own that also needs the full text catalogue. `preload` fetches both
 * ahead of time (e.g. the shell while the login screen shows), and once they are there the screen
 * renders directly: React's `lazy` would suspend on its first render even then, and React holds a
 * Suspense boundary's content back for up to 300 ms after its fallback was shown.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= Promise.all([load(), loadUiCatalogue()]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        // A failed fetch is tried again the next time the screen is needed.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return { Screen, preload };
}

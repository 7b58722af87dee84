import { type Catalogue, type Language, type TranslateParams, createCatalogue } from '../../main/api/i18n';
import { enCore } from './core.en';
import { svCore } from './core.sv';
import type { UiKey } from './sv';

export { localeOf, type TranslateParams } from '../../main/api/i18n';

/**
 * The texts the entry ships with (starting up, logging in, the call layer's errors); the full
 * catalogue (catalogue.ts) is a chunk of its own, loaded by `loadUiCatalogue` before any other
 * screen is shown (renderer/components/preloadable.tsx), so the login screen does not wait for
 * the texts of every feature.
 */
const coreCatalogue = createCatalogue<keyof typeof svCore>({ sv: svCore, en: enCore });
let fullCatalogue: Catalogue<UiKey> | null = null;
let loading: Promise<void> | null = null;

/** Loads the full catalogue once; a failed load is tried again on the next call. */
export function loadUiCatalogue(): Promise<void> {
  loading ??= import('./catalogue').then(
    (module) => {
      fullCatalogue = module.uiCatalogue;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function translate(lang: Language, key: UiKey, params?: TranslateParams): string {
  if (fullCatalogue) return fullCatalogue.translate(lang, key, params);
  if (coreCatalogue.has(key)) return coreCatalogue.translate(lang, key, params);
  // Only a screen shown before the catalogue is loaded can get here: the key shows the mistake.
  return key;
}

import { createCatalogue } from '../../main/api/i18n';
import { en } from './en';
import { sv, type UiKey } from './sv';

/**
 * The renderer's texts, all of them: one catalogue of the one translation system
 * (main/api/i18n.ts). A chunk of its own: the entry ships only the core texts (core.sv.ts), and
 * translate.ts loads this one with the first screen after the login screen.
 */
export const uiCatalogue = createCatalogue<UiKey>({ sv, en });

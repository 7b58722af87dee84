import { isIsoDate } from '../../api/dates';

/**
 * The test-only fixed date (`samsyn serve --fixed-date YYYY-MM-DD`): tests, E2E included, run
 * the backend on a chosen day. A production build refuses it, loudly, so a packaged app can
 * never be made to misdate its records.
 */

/**
 * Set to `true` by scripts/build-main.mjs in the bundles `npm run package` builds
 * (SAMSYN_BUILD=production); `false` in `npm run build`; absent when the sources run directly
 * (vitest).
 */
declare const __SAMSYN_PRODUCTION_BUILD__: boolean | undefined;

export const productionBundle: boolean =
  typeof __SAMSYN_PRODUCTION_BUILD__ === 'boolean' && __SAMSYN_PRODUCTION_BUILD__;

/** A production build: the packaged bundle, or any build run with NODE_ENV=production. */
export function isProductionBuild(env: NodeJS.ProcessEnv, bundle: boolean = productionBundle): boolean {
  return bundle || env.NODE_ENV === 'production';
}

/** Why a fixed date cannot be used, or null when it can. */
export type FixedDateProblem = 'production' | 'notADate';

export function fixedDateProblem(date: string, production: boolean): FixedDateProblem | null {
  if (production) return 'production';
  return isIsoDate(date) ? null : 'notADate';
}

// ISO 3166-1 country codes and names (i18n-iso-countries), loaded on first need with the languages we read registered.
import type * as Countries from 'i18n-iso-countries';
import { requirePackage } from '../core/lazy-package.js';

/** The languages whose country names the gazetteers and claims read. */
export const COUNTRY_LANGS = ['en', 'fr', 'de', 'es', 'it', 'ru'] as const;

let countriesModule: typeof Countries | null = null;

/**
 * i18n-iso-countries with COUNTRY_LANGS registered, loaded when first needed. Its node entry registers all of its 78
 * languages (~28 ms); its plain entry and our six take ~7 ms, and a worker whose knowledge and country names come
 * from the cache (core/cache.ts) may not need it at all.
 */
export function countryData(): typeof Countries {
  if (countriesModule) return countriesModule;
  const countries = requirePackage('i18n-iso-countries/index.js') as typeof Countries;
  for (const l of COUNTRY_LANGS)
    countries.registerLocale(requirePackage(`i18n-iso-countries/langs/${l}.json`) as Countries.LocaleData);
  return (countriesModule = countries);
}

/** Whether a code is an ISO 3166-1 alpha-2 country code. */
export function isCountryCode(code: string): boolean {
  return countryData().isValid(code);
}

/** Hash routes (#/deltagare …), so a reload keeps the place. The slugs are Swedish on purpose. */
export type PageId = 'participants' | 'reviews' | 'statistics' | 'admin' | 'password';
export type AdminTab = 'users' | 'organisations' | 'log';

export interface Route {
  page: PageId;
  tab: AdminTab;
}

const pageSlugs: Record<PageId, string> = {
  participants: 'deltagare',
  reviews: 'arendegenomgangar',
  statistics: 'statistik',
  admin: 'administration',
  password: 'byt-losenord',
};

const tabSlugs: Record<AdminTab, string> = {
  users: 'anvandare',
  organisations: 'organisationer',
  log: 'logg',
};

export const navPages: readonly PageId[] = ['participants', 'reviews', 'statistics', 'admin'];
export const adminTabs: readonly AdminTab[] = ['users', 'organisations', 'log'];

function findKey<K extends string>(map: Record<K, string>, slug: string | undefined): K | undefined {
  return (Object.keys(map) as K[]).find((key) => map[key] === slug);
}

export function parseHash(hash: string): Route {
  const [pageSlug, tabSlug] = hash.replace(/^#\/?/, '').split('/');
  return {
    page: findKey(pageSlugs, pageSlug) ?? 'participants',
    tab: findKey(tabSlugs, tabSlug) ?? 'users',
  };
}

export function hrefOf(page: PageId, tab?: AdminTab): string {
  return tab ? `#/${pageSlugs[page]}/${tabSlugs[tab]}` : `#/${pageSlugs[page]}`;
}

export function navigate(page: PageId, tab?: AdminTab): void {
  window.location.hash = hrefOf(page, tab);
}

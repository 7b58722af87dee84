/** Hash routes (#/deltagare …), so a reload keeps the place. The slugs are Swedish on purpose. */
export type PageId = 'participants' | 'reviews' | 'statistics' | 'admin' | 'password';
export type AdminTab =
  | 'users'
  | 'organisations'
  | 'log'
  | 'settings'
  | 'templates'
  | 'interventionTypes'
  | 'codeLists'
  | 'protected';
/** The views of the participants page: the list, the referral queue, expiring consents, a new referral. */
export type ParticipantsView = 'list' | 'queue' | 'consents' | 'new';

/** The case review: meetings list, actions; one meeting's agenda, meeting mode, minutes. */
export type ReviewsView = 'meetings' | 'actions' | 'settings';
export type MeetingView = 'agenda' | 'meeting' | 'minutes';

export interface Route {
  page: PageId;
  tab: AdminTab;
  participantsView: ParticipantsView;
  /** #/deltagare/427: one participant's page. */
  participantId: number | null;
  reviewsView: ReviewsView;
  /** #/arendegenomgangar/12, …/12/mote, …/12/minnesanteckningar */
  meetingId: number | null;
  meetingView: MeetingView;
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
  settings: 'installningar',
  templates: 'kartlaggningsmall',
  interventionTypes: 'insatstyper',
  codeLists: 'kodlistor',
  protected: 'skyddade',
};

const reviewsViewSlugs: Record<ReviewsView, string> = {
  meetings: 'moten',
  actions: 'atgarder',
  settings: 'installningar',
};

const meetingViewSlugs: Record<MeetingView, string> = {
  agenda: 'dagordning',
  meeting: 'mote',
  minutes: 'minnesanteckningar',
};

const participantsViewSlugs: Record<ParticipantsView, string> = {
  list: 'lista',
  queue: 'ko',
  consents: 'samtycken',
  new: 'ny-anvisning',
};

export const navPages: readonly PageId[] = ['participants', 'reviews', 'statistics', 'admin'];
export const adminTabs: readonly AdminTab[] = [
  'users',
  'organisations',
  'log',
  'settings',
  'templates',
  'interventionTypes',
  'codeLists',
  'protected',
];
export const reviewsViews: readonly ReviewsView[] = ['meetings', 'actions', 'settings'];
export const participantsViews: readonly ParticipantsView[] = ['list', 'queue', 'consents', 'new'];

function findKey<K extends string>(map: Record<K, string>, slug: string | undefined): K | undefined {
  return (Object.keys(map) as K[]).find((key) => map[key] === slug);
}

export function parseHash(hash: string): Route {
  const [pageSlug, tabSlug, thirdSlug] = hash.replace(/^#\/?/, '').split('/');
  const page = findKey(pageSlugs, pageSlug) ?? 'participants';
  const numericId = tabSlug && /^\d{1,9}$/.test(tabSlug) ? Number(tabSlug) : null;
  return {
    page,
    tab: findKey(tabSlugs, tabSlug) ?? 'users',
    participantsView: findKey(participantsViewSlugs, tabSlug) ?? 'list',
    participantId: page === 'participants' ? numericId : null,
    reviewsView: findKey(reviewsViewSlugs, tabSlug) ?? 'meetings',
    meetingId: page === 'reviews' ? numericId : null,
    meetingView: findKey(meetingViewSlugs, thirdSlug) ?? 'agenda',
  };
}

export function reviewsViewHref(view: ReviewsView): string {
  return `#/${pageSlugs.reviews}/${reviewsViewSlugs[view]}`;
}

export function meetingHref(meetingId: number, view: MeetingView = 'agenda'): string {
  return `#/${pageSlugs.reviews}/${meetingId}/${meetingViewSlugs[view]}`;
}

export function participantHref(participantId: number): string {
  return `#/${pageSlugs.participants}/${participantId}`;
}

export function participantsViewHref(view: ParticipantsView): string {
  return `#/${pageSlugs.participants}/${participantsViewSlugs[view]}`;
}

export function hrefOf(page: PageId, tab?: AdminTab): string {
  return tab ? `#/${pageSlugs[page]}/${tabSlugs[tab]}` : `#/${pageSlugs[page]}`;
}

export function navigate(page: PageId, tab?: AdminTab): void {
  window.location.hash = hrefOf(page, tab);
}

/** Goes to a route built by one of the href helpers (e.g. after saving a new participant). */
export function goTo(href: string): void {
  window.location.hash = href;
}

/** The role groups the registry's entries use (`roles`; none means every role). */
export const admin = ['admin'] as const;
/** Everyone but read-only users may change participant data (consent is checked per case). */
export const writers = ['admin', 'coordinator', 'caseworker'] as const;
/** Preparing and running the review: the coordinator (and the admin). */
export const coordinators = ['admin', 'coordinator'] as const;

/** Closed value sets shared by the contract and the database schema. */
export const roles = ['admin', 'coordinator', 'caseworker', 'readonly'] as const;
export const languages = ['sv', 'en'] as const;

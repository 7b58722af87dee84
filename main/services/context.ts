import type { Language } from '../api/i18n';
import type { Role } from '../api/schemas';
import type { Db } from '../../db/open';

/** Who is calling: loaded from the database on every call, never cached across calls. */
export interface Actor {
  userId: number;
  role: Role;
  organisationId: number;
  language: Language;
}

export interface ServiceContext {
  db: Db;
  actor: Actor;
}

import type { OrganisationDto } from '../../../main/api/contract';

export function professionsOf(organisations: OrganisationDto[], organisationId: string): string[] {
  return organisations.find((org) => String(org.id) === organisationId)?.professions ?? [];
}

export function firstActiveId(organisations: OrganisationDto[]): string {
  const first = organisations.find((org) => org.active);
  return first ? String(first.id) : '';
}

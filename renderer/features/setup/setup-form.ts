import type { Path, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { SetupDefaults } from '../../../main/api/contract';
import type { Language } from '../../../main/api/i18n';
import { passwordNotContainingName, type setupInitializeInput } from '../../../main/api/schemas';
import type { ClientIssue } from '../../forms/formResolver';

export interface OrganisationRow {
  code: string;
  name: string;
}

export interface SetupFormValues {
  teamName: string;
  language: Language;
  /** "Start with demo data": fictional participants to look around in. */
  demoData: boolean;
  organisations: OrganisationRow[];
  admin: {
    name: string;
    organisationCode: string;
    profession: string;
    password: string;
    passwordRepeat: string;
  };
}

export type SetupStep = 1 | 2 | 3;

export type SetupInput = z.output<typeof setupInitializeInput>;
export type SetupFormApi = UseFormReturn<SetupFormValues, unknown, SetupInput>;

/** The fields each step validates before "Nästa". */
export const stepFields: Record<Exclude<SetupStep, 3>, Path<SetupFormValues>[]> = {
  1: ['teamName', 'language', 'demoData'],
  2: ['organisations'],
};

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

export function initialValues(defaults: SetupDefaults, language: Language): SetupFormValues {
  const organisations = defaults.organisations.map(({ code, name }) => ({ code, name }));
  return {
    teamName: '',
    language,
    demoData: false,
    organisations,
    admin: {
      name: '',
      organisationCode: organisations[0]?.code ?? '',
      profession: '',
      password: '',
      passwordRepeat: '',
    },
  };
}

export function toSetupInput(values: SetupFormValues): z.input<typeof setupInitializeInput> {
  const { name, organisationCode, profession, password } = values.admin;
  return {
    teamName: values.teamName,
    language: values.language,
    demoData: values.demoData,
    organisations: values.organisations,
    admin: { name, organisationCode, profession, password },
  };
}

/**
 * Rules checked in the browser as well, so each step can report them before the last one
 * (the schema's cross-field rules only run once every field is valid).
 */
export function setupClientChecks(values: SetupFormValues): ClientIssue[] {
  const issues: ClientIssue[] = [];
  const seen = new Set<string>();
  values.organisations.forEach((org, index) => {
    const code = normalizeCode(org.code);
    if (code && seen.has(code)) {
      issues.push({
        path: `organisations.${index}.code`,
        message: 'validation.duplicateOrgCode',
        params: { code },
      });
    }
    seen.add(code);
  });
  const { admin } = values;
  if (!seen.has(normalizeCode(admin.organisationCode))) {
    issues.push({ path: 'admin.organisationCode', message: 'validation.unknownOrganisation' });
  }
  if (admin.password && !passwordNotContainingName(admin.name, admin.password)) {
    issues.push({ path: 'admin.password', message: 'validation.passwordContainsName' });
  }
  if (admin.passwordRepeat && admin.passwordRepeat !== admin.password) {
    issues.push({ path: 'admin.passwordRepeat', message: 'validation.passwordsDiffer' });
  } else if (!admin.passwordRepeat) {
    issues.push({ path: 'admin.passwordRepeat', message: 'validation.required' });
  }
  return issues;
}

/** Which step shows a field the backend complained about. */
export function stepOfField(path: string): SetupStep | null {
  if (path === 'teamName' || path === 'language') return 1;
  if (path === 'organisations' || path.startsWith('organisations.')) return 2;
  if (path.startsWith('admin.')) return 3;
  return null;
}

export function isSetupField(path: string): path is Path<SetupFormValues> {
  return stepOfField(path) !== null;
}

export function professionsFor(defaults: SetupDefaults, code: string): string[] {
  const wanted = normalizeCode(code);
  return defaults.organisations.find((org) => normalizeCode(org.code) === wanted)?.professions ?? [];
}

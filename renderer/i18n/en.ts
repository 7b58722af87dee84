import type { sv } from './sv';

import { enCodeLists } from './code-lists.en';
import { enCore } from './core.en';
import { enMapping } from './mapping.en';
import { enParticipantEnums } from './participant-enums.en';
import { enCase } from './case.en';
import { enDocuments } from './documents.en';
import { enCaseload } from './caseload.en';
import { enPlan } from './plan.en';
import { enReviews } from './reviews.en';
import { enTemplates } from './templates.en';

export const en: Record<keyof typeof sv, string> = {
  ...enCore,
  ...enCaseload,
  ...enCase,
  ...enParticipantEnums,
  ...enMapping,
  ...enPlan,
  ...enReviews,
  ...enTemplates,
  ...enCodeLists,
  ...enDocuments,

  'common.back': 'Back',
  'common.next': 'Next',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.remove': 'Remove',
  'common.choose': 'Choose…',
  'common.actions': 'Actions',
  'common.refresh': 'Refresh',
  'common.none': '–',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.close': 'Close',
  'common.show': 'Show',

  'role.admin': 'Administrator',
  'role.coordinator': 'Coordinator',
  'role.caseworker': 'Caseworker',
  'role.readonly': 'Read only',

  'status.active': 'Active',
  'status.inactive': 'Inactive',

  'field.teamName': 'Team name',
  'field.language': 'Language',
  'field.code': 'Code',
  'field.name': 'Name',
  'field.organisation': 'Organisation',
  'field.profession': 'Profession',
  'field.professionHint': 'Pick a suggestion or type your own.',
  'field.role': 'Role',
  'field.passwordRepeat': 'Repeat the password',
  'field.currentPassword': 'Current password',
  'field.newPassword': 'New password',
  'field.newPasswordRepeat': 'Repeat the new password',
  'field.initialPassword': 'Temporary password',

  'password.rule':
    'At least {min} characters and not your name. A sentence of several words is easy to remember.',
  'password.change': 'Change password',
  'password.changed': 'Your password has been changed.',
  'password.forcedIntro':
    'Welcome, {name}. You have been given a temporary password. Choose your own password before you continue.',
  'password.pageIntro': 'Enter your current password and choose a new one.',

  'setup.title': 'Set up Samsyn',
  'setup.intro':
    'Three short steps: the team, the organisations taking part and the first administrator. Everything can be changed later.',
  'setup.stepsLabel': 'Setup steps',
  'setup.stepOf': 'Step {step} of {total}:',
  'setup.step1.title': 'The team',
  'setup.step1.help': 'The name is shown on the login page and in printouts.',
  'setup.demoData': 'Start with demo data',
  'setup.demoDataHint':
    'Makes the team a demo team: 300 fictional participants with mappings, plans and past case reviews, and colleagues from every organisation you can log in as. Their shared password is shown when the team has been created. Do not use it for real data – demo data cannot be removed.',
  'setup.teamNameHint': 'For example “Cooperation team North”.',
  'setup.languageHint': 'The language new users start with. Everyone can change their own.',
  'setup.step2.title': 'Organisations',
  'setup.step2.help':
    'The organisations working in the team. The code is a short abbreviation (A–Z, 0–9 and hyphens).',
  'setup.organisationN': 'Organisation {n}',
  'setup.removeOrganisationN': 'Remove organisation {n}',
  'setup.addOrganisation': 'Add organisation',
  'setup.step3.title': 'First administrator',
  'setup.step3.help':
    'The administrator adds the other users and manages the organisations. Usually the team coordinator.',
  'setup.submit': 'Create the team',

  'recovery.title': 'Save the recovery key',
  'recovery.created': 'The team {team} has been created. Before you log in: save the recovery key.',
  'recovery.keyLabel': 'Recovery key',
  'recovery.onlyOnce': 'The key is shown only this once. Samsyn does not store it in clear text.',
  'recovery.purpose':
    'With the key the database can be opened if all passwords are lost. Without the key and without any password the data cannot be read.',
  'recovery.keepWhere':
    'Print the recovery sheet and keep it locked away, for example in a safe with the manager or IT support. Do not store it on the same computer.',
  'recovery.print': 'Print recovery sheet',
  'recovery.confirm': 'I have saved the recovery key',
  'recovery.continue': 'Continue to login',
  'recovery.demoTitle': 'The demo team’s colleagues',
  'recovery.demoLead':
    'Every fictional colleague in the demo team logs in with the same password. Choose one of them on the login page to see the team through their eyes.',
  'recovery.demoPasswordLabel': 'Demo password',
  'recovery.demoOnlyOnce':
    'The password is shown only now. Write it down if you want to log in as a demo colleague later.',
  'recovery.sheet.title': 'Samsyn – recovery sheet',
  'recovery.sheet.team': 'Team',
  'recovery.sheet.created': 'Created',
  'recovery.sheet.whereTitle': 'How to keep this sheet',
  'recovery.sheet.where1': 'Locked away, for example in a safe with the manager or IT support.',
  'recovery.sheet.where2': 'Not together with the computer or a backup of the data folder.',
  'recovery.sheet.where3': 'One copy only. Destroy old sheets if a new key is created.',
  'recovery.sheet.footer': 'Confidential: this sheet gives access to the team’s encrypted data.',

  'lock.title': 'Samsyn is locked',
  'lock.who': 'Logged in: {name}, {organisation}. Enter your password to continue.',
  'lock.unlock': 'Unlock',

  'session.lock': 'Lock',
  'session.logout': 'Log out',

  'shell.skipToContent': 'Skip to content',
  'shell.demoTeam': 'Demo team',
  'shell.demoTeamHint': 'Fictional data to practise on – no real people.',
  'nav.label': 'Main menu',
  'nav.participants': 'Participants',
  'nav.reviews': 'Case reviews',
  'nav.statistics': 'Statistics',
  'nav.admin': 'Administration',
  'nav.password': 'Change password',

  'placeholder.reviews':
    'The joint case reviews will be prepared and recorded here. That part arrives in a coming version.',
  'placeholder.statistics':
    'Reports for the steering group and the financier will be produced here. That part arrives in a coming version.',

  'admin.settings.title': 'Participant settings',
  'admin.settings.programmeMonths': 'Programme length (months)',
  'admin.settings.programmeMonthsHint':
    'The planned end is suggested as the start date plus this many months.',
  'admin.settings.inactivityWeeks': 'No activity after (weeks)',
  'admin.settings.inactivityWeeksHint':
    'An enrolled participant without contact or progress this long is flagged.',
  'admin.settings.closedAccessMarginDays': 'Read access after closure (days after the follow-up)',
  'admin.settings.closedAccessMarginDaysHint':
    'Organisations the consent covered on the closure day can read the closed period (for the closure documents and the 3-month follow-up) for this many days after the follow-up is due. They cannot record anything new.',
  'admin.settings.intakeCriteria': 'Intake criteria',
  'admin.settings.intakeCriteriaListHint': 'Ticked at enrolment. Changes apply to new enrolments.',
  'admin.settings.criterionN': 'Criterion {n}',
  'admin.settings.removeCriterionN': 'Remove criterion {n}',
  'admin.settings.addCriterion': 'Add criterion',
  'admin.settings.saved': 'The settings are saved.',
  'admin.tabsLabel': 'Administration',
  'admin.tab.users': 'Users',
  'admin.tab.organisations': 'Organisations',
  'admin.tab.log': 'Log',
  'admin.tab.settings': 'Settings',
  'admin.tab.templates': 'Mapping template',
  'admin.tab.interventionTypes': 'Intervention types',
  'admin.tab.codeLists': 'Code lists',
  'admin.tab.protected': 'Protected identities',
  'admin.protected.title': 'Cases with protected identity',
  'admin.protected.lead':
    'Only the responsible caseworker sees the name and personal number. Hand the case over when the responsible person leaves or is away for long. You see only the case code.',
  'admin.protected.empty': 'No open case has a protected identity.',
  'admin.protected.case': 'Case',
  'admin.protected.status': 'Status',
  'admin.protected.responsible': 'Responsible',
  'admin.protected.handOver': 'New responsible',
  'admin.protected.nobody': 'Nobody – nobody sees the identity',
  'admin.protected.inactive': '{name} (left – nobody sees the identity)',
  'admin.protected.newResponsible': 'New responsible for {code}',
  'admin.protected.handOverButton': 'Hand over',
  'admin.protected.choose': 'Choose who takes over the case.',
  'admin.protected.done': '{code} is handed over to {name}.',

  'admin.users.title': 'Users',
  'admin.users.caption': 'The team’s users',
  'admin.users.status': 'Status',
  'admin.users.you': 'you',
  'admin.users.mustChangePassword': 'Must change password',
  'admin.users.add': 'Add user',
  'admin.users.initialPasswordNote': 'The user must change the password at first login.',
  'admin.users.created': '{name} has been added.',
  'admin.users.edit': 'Edit',
  'admin.users.editTitle': 'Edit {name}',
  'admin.users.updated': 'The details of {name} have been saved.',
  'admin.users.resetPassword': 'Reset password',
  'admin.users.resetPasswordTitle': 'Reset the password of {name}',
  'admin.users.resetPasswordHelp':
    'Give the user the new password in person. They must change it at their next login.',
  'admin.users.passwordReset': 'The password of {name} has been reset.',
  'admin.users.deactivate': 'Deactivate',
  'admin.users.deactivateTitle': 'Deactivate {name}?',
  'admin.users.deactivateHelp':
    '{name} will no longer be able to log in: the user’s key to the database is removed. What they have written remains. This cannot be undone, but the user can be added again.',
  'admin.users.deactivated': '{name} has been deactivated.',

  'admin.orgs.title': 'Organisations',
  'admin.orgs.caption': 'Organisations in the team',
  'admin.orgs.activeUsers': 'Active users',
  'admin.orgs.add': 'Add organisation',
  'admin.orgs.codeHint': 'A short abbreviation, for example AF or KOM-AM.',
  'admin.orgs.created': '{name} has been added.',
  'admin.orgs.rename': 'Rename',
  'admin.orgs.renameTitle': 'Rename the organisation {code}',
  'admin.orgs.renamed': 'The name has been changed to {name}.',
  'admin.orgs.activate': 'Activate',
  'admin.orgs.deactivate': 'Deactivate',
  'admin.orgs.activated': '{name} has been activated.',
  'admin.orgs.deactivated': '{name} has been deactivated.',
  'admin.orgs.inactiveOption': '{name} (inactive)',

  'admin.audit.title': 'Log',
  'admin.audit.caption': 'Latest events in the log',
  'admin.audit.help': 'The latest {limit} events, newest first.',
  'admin.audit.empty': 'The log is empty.',
  'admin.audit.time': 'Time',
  'admin.audit.user': 'User',
  'admin.audit.action': 'Event',
  'admin.audit.entity': 'Concerns',
  'admin.audit.noUser': '–',
};

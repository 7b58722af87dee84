/**
 * Every action the audit log records, with its Swedish and English label: one closed set, so
 * the router, the services and the log screen cannot disagree, and a new action without a
 * label does not compile. Entries already written under an action stay readable: never
 * remove an action from this table, only add.
 */
export const auditActions = {
  'setup.initialize': { sv: 'Samsyn installerat', en: 'Samsyn set up' },
  'user.create': { sv: 'Användare tillagd', en: 'User added' },
  'user.update': { sv: 'Användare ändrad', en: 'User changed' },
  'user.deactivate': { sv: 'Användare avaktiverad', en: 'User deactivated' },
  'user.reset_password': { sv: 'Lösenord återställt', en: 'Password reset' },
  'user.set_language': { sv: 'Språk ändrat', en: 'Language changed' },
  'login.success': { sv: 'Inloggning', en: 'Login' },
  'login.failure': { sv: 'Misslyckad inloggning', en: 'Failed login' },
  logout: { sv: 'Utloggning', en: 'Logout' },
  'session.lock': { sv: 'Låst', en: 'Locked' },
  'session.unlock': { sv: 'Upplåst', en: 'Unlocked' },
  'session.unlock_failure': { sv: 'Misslyckad upplåsning', en: 'Failed unlock' },
  'password.change': { sv: 'Lösenord bytt', en: 'Password changed' },
  'password.change_failure': { sv: 'Misslyckat lösenordsbyte', en: 'Failed password change' },
  'organisation.create': { sv: 'Organisation tillagd', en: 'Organisation added' },
  'organisation.update': { sv: 'Organisation ändrad', en: 'Organisation changed' },
  'participant.read': { sv: 'Deltagare öppnad', en: 'Participant opened' },
  'participant.access_denied': {
    sv: 'Nekad åtkomst till deltagare (samtycke saknas)',
    en: 'Access to participant denied (no consent)',
  },
  'participant.refer': { sv: 'Anvisning registrerad', en: 'Referral registered' },
  'participant.update': { sv: 'Deltagaruppgifter ändrade', en: 'Participant details changed' },
  'participant.list_protected': {
    sv: 'Ärenden med skyddade personuppgifter visade',
    en: 'Cases with protected identity shown',
  },
  'participant.hand_over_protected': {
    sv: 'Ärende med skyddade personuppgifter överlämnat',
    en: 'Case with protected identity handed over',
  },
  'participant.decline': { sv: 'Anvisning avböjd', en: 'Referral declined' },
  'participant.withdraw': { sv: 'Anvisning återtagen', en: 'Referral withdrawn' },
  'participant.enrol': { sv: 'Deltagare inskriven', en: 'Participant enrolled' },
  'participant.extend': { sv: 'Förlängning', en: 'Extension' },
  'participant.close': { sv: 'Deltagare avslutad', en: 'Participant closed' },
  'closure_summary.read': { sv: 'Slutdokumentation visad', en: 'Closure summary shown' },
  'closure_summary.save': { sv: 'Slutdokumentation sparad', en: 'Closure summary saved' },
  'closure_summary.print': { sv: 'Slutdokumentation utskriven', en: 'Closure summary printed' },
  'closure_summary.download': { sv: 'Utskrift hämtad', en: 'Print downloaded' },
  'participant.refer_again': { sv: 'Anvisad igen (ny period)', en: 'Referred again (new period)' },
  'participant.duplicates': {
    sv: 'Nya anvisningar av befintliga personer visade',
    en: 'New referrals of existing persons listed',
  },
  'participant.resolve_duplicate': {
    sv: 'Ny anvisning av befintlig person avgjord',
    en: 'New referral of an existing person decided',
  },
  'participant.reveal_personal_number': { sv: 'Personnummer visat', en: 'Personal identity number shown' },
  'consent.add': { sv: 'Samtycke registrerat', en: 'Consent registered' },
  'consent.withdraw': { sv: 'Samtycke återkallat', en: 'Consent withdrawn' },
  'contact.update': { sv: 'Kontakt rättad', en: 'Contact corrected' },
  'contact.remove': { sv: 'Kontakt borttagen', en: 'Contact removed' },
  'progress.update': { sv: 'Stegförflyttning rättad', en: 'Progress step corrected' },
  'progress.remove': { sv: 'Stegförflyttning borttagen', en: 'Progress step removed' },
  'consent.withdraw_impact': {
    sv: 'Följder av att återkalla samtycke visade',
    en: 'Consequences of withdrawing a consent shown',
  },
  'contact.add': { sv: 'Kontakt registrerad', en: 'Contact recorded' },
  'progress.add': { sv: 'Stegförflyttning registrerad', en: 'Progress step recorded' },
  'settings.update': { sv: 'Inställningar ändrade', en: 'Settings changed' },
  'demo.generate': { sv: 'Demodata skapad', en: 'Demo data created' },
  'action.create': { sv: 'Åtgärd skapad', en: 'Action created' },
  'action.review': { sv: 'Åtgärd följd upp', en: 'Action followed up' },
  'intervention_types.save': { sv: 'Insatstyper ändrade', en: 'Intervention types changed' },
  'code_lists.save': { sv: 'Kodlista ändrad', en: 'Code list changed' },
  'mapping.read': { sv: 'Kartläggning öppnad', en: 'Mapping opened' },
  'mapping.read_history': { sv: 'Fälthistorik visad', en: 'Field history shown' },
  'mapping.save_conversation': { sv: 'Kartläggningssamtal sparat', en: 'Mapping conversation saved' },
  'mapping.save_field': { sv: 'Kartläggningsfält sparat', en: 'Mapping field saved' },
  'mapping_template.save': {
    sv: 'Kartläggningsmall sparad (ny version)',
    en: 'Mapping template saved (new version)',
  },
  'meeting.addendum': { sv: 'Tillägg till minnesanteckningar', en: 'Addendum to minutes' },
  'meeting.attendance': { sv: 'Närvaro ändrad', en: 'Attendance changed' },
  'meeting.create': { sv: 'Möte planerat', en: 'Meeting planned' },
  'meeting.finish': { sv: 'Möte avslutat', en: 'Meeting finished' },
  'meeting.cancel': { sv: 'Möte inställt', en: 'Meeting cancelled' },
  'meeting.minutes': { sv: 'Minnesanteckningar visade', en: 'Minutes shown' },
  'meeting.open_case': { sv: 'Ärende öppnat på möte', en: 'Case opened in meeting' },
  'meeting.read': { sv: 'Möte öppnat', en: 'Meeting opened' },
  'meeting.start': { sv: 'Möte startat', en: 'Meeting started' },
  'meeting.update': { sv: 'Möte ändrat', en: 'Meeting changed' },
  'meeting_series.save': { sv: 'Mötesserie sparad', en: 'Meeting series saved' },
  'participant.request_review': { sv: 'Begäran om genomgång', en: 'Review requested' },
  'plan.read': { sv: 'Handlingsplan öppnad', en: 'Action plan opened' },
  'plan.read_history': { sv: 'Planhistorik visad', en: 'Plan history shown' },
  'plan.create_goal': { sv: 'Planens mål satt', en: 'Plan goal set' },
  'plan.update_goal': { sv: 'Planens mål ändrat', en: 'Plan goal changed' },
  'plan.create_subgoal': { sv: 'Delmål tillagt', en: 'Sub-goal added' },
  'plan.update_subgoal': { sv: 'Delmål ändrat', en: 'Sub-goal changed' },
  'plan.create_intervention': { sv: 'Insats tillagd', en: 'Intervention added' },
  'plan.update_intervention': { sv: 'Insats ändrad', en: 'Intervention changed' },
  'plan.create_sip': { sv: 'Samplaneringsmöte registrerat', en: 'Planning meeting recorded' },
  'agenda.add_item': { sv: 'Punkt tillagd på dagordningen', en: 'Agenda item added' },
  'agenda.remove_item': { sv: 'Punkt borttagen från dagordningen', en: 'Agenda item removed' },
  'agenda.move_item': { sv: 'Dagordningen omordnad', en: 'Agenda reordered' },
  'agenda.set_minutes': { sv: 'Tid för punkt ändrad', en: 'Item time changed' },
  'agenda.set_absence': { sv: 'Frånvaro under punkt ändrad', en: 'Absence for item changed' },
  'agenda.add_note': { sv: 'Anteckning på möte', en: 'Note in meeting' },
  'agenda.add_decision': { sv: 'Beslut på möte', en: 'Decision in meeting' },
  'agenda.mark_discussed': { sv: 'Punkt genomgången', en: 'Item discussed' },
  'rpc.refused': {
    sv: 'Nekat anrop (roll eller inloggning saknas)',
    en: 'Call refused (role or login missing)',
  },
  'participant.list': { sv: 'Deltagarlistan visad', en: 'Participant list shown' },
  'participant.search': { sv: 'Sökning bland deltagare', en: 'Participant search' },
  'participant.queue': { sv: 'Anvisningskön visad', en: 'Referral queue shown' },
  'consent.list_expiring': { sv: 'Samtycken som löper ut visade', en: 'Expiring consents shown' },
  'action.list': { sv: 'Åtgärdslista visad', en: 'Action list shown' },
  'meeting.suggest': { sv: 'Förslag till dagordning visade', en: 'Agenda suggestions shown' },
} as const satisfies Record<string, { sv: string; en: string }>;

export type AuditAction = keyof typeof auditActions;

export function isAuditAction(value: string): value is AuditAction {
  return Object.prototype.hasOwnProperty.call(auditActions, value);
}

/** What an audit entry is about. */
export const auditEntities = {
  participant: { sv: 'Deltagare', en: 'Participant' },
  meeting: { sv: 'Möte', en: 'Meeting' },
  meeting_series: { sv: 'Mötesserie', en: 'Meeting series' },
  mapping_template: { sv: 'Kartläggningsmall', en: 'Mapping template' },
  action: { sv: 'Åtgärd', en: 'Action' },
  settings: { sv: 'Inställningar', en: 'Settings' },
  user: { sv: 'Användare', en: 'User' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  team: { sv: 'Team', en: 'Team' },
} as const satisfies Record<string, { sv: string; en: string }>;

export type AuditEntity = keyof typeof auditEntities;

export function isAuditEntity(value: string): value is AuditEntity {
  return Object.prototype.hasOwnProperty.call(auditEntities, value);
}

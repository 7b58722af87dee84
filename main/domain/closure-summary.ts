/**
 * The two closure summaries (slutdokumentation) as document models, from the facts of one closed
 * period: one for the participant in easy language (lättläst), one for the referring
 * organisation. Pure: the backend gathers the facts (main/services/participants/closure-summary.ts),
 * the screen previews the same model, the PDF and DOCX renderers print it.
 */
import type { DocumentFact, DocumentModel, DocumentSection } from '../api/documents/model';
import { type ClosureSummaryTextKey, closureSummaryTexts } from '../api/documents/closure-summary-texts';
import { enumLabel } from '../api/enum-labels';
import { type Language, type TranslateParams, localeOf } from '../api/i18n';
import type { ClosureSummaryVariant } from '../api/schema-enums';
import { daysInProgramme } from './programme';

export interface ClosureFacts {
  /** The pseudonym (K-0427). */
  code: string;
  /** Null when the reader may not see the identity (protected identity). */
  name: string | null;
  personalNumber: string | null;
  referringOrganisation: string;
  referringCaseworker: { name: string; phone: string | null; email: string | null } | null;
  responsible: { name: string; organisation: string } | null;
  referredOn: string;
  enrolledOn: string;
  plannedEndOn: string | null;
  closedOn: string;
  /** Labels, already in the document's language. */
  closureReason: string;
  incomeSourceAtStart: string;
  incomeSourceAtExit: string;
  occupationAtExit: string | null;
  plan: {
    goal: 'work' | 'studies' | 'step';
    goalText: string;
    subgoals: { text: string; targetOn: string; status: 'open' | 'achieved' | 'changed' | 'dropped' }[];
  } | null;
  interventions: {
    type: string;
    organisation: string;
    responsible: string | null;
    startOn: string;
    endOn: string | null;
    status: 'planned' | 'ongoing' | 'paused' | 'finished' | 'cancelled';
  }[];
  /** `health`: the area is health detail, left out of the participant's variant unless asked. */
  progress: { onDate: string; area: string; text: string; health: boolean }[];
  nextStep:
    | {
        arranged: true;
        what: string | null;
        organisation: string | null;
        contact: string | null;
        startOn: string | null;
      }
    | { arranged: false; reason: string | null }
    | null;
  handoverTo: string | null;
  recommendations: string | null;
}

export interface ClosureSummaryOptions {
  /** Health progress in the participant's variant (the caseworker's choice; off by default). */
  includeHealth?: boolean;
}

function words(language: Language) {
  return (key: ClosureSummaryTextKey, params?: TranslateParams) =>
    closureSummaryTexts.translate(language, key, params);
}

/** "3 mars 2025" (sv) or "3 March 2025" (en): dates in running text. */
export function longDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

function paragraph(text: string) {
  return { type: 'paragraph' as const, text };
}

function participantVariant(
  facts: ClosureFacts,
  language: Language,
  options: ClosureSummaryOptions,
): DocumentModel {
  const t = words(language);
  const date = (iso: string) => longDate(iso, language);
  const days =
    daysInProgramme({ enrolledOn: facts.enrolledOn, closedOn: facts.closedOn }, facts.closedOn) ?? 0;
  const sections: DocumentSection[] = [
    {
      heading: t('participant.section.time'),
      blocks: [
        paragraph(
          [
            t('participant.started', { date: date(facts.enrolledOn) }),
            t('participant.ended', { date: date(facts.closedOn) }),
            t('participant.days', { count: days }),
          ].join('\n'),
        ),
      ],
    },
  ];
  if (facts.plan) {
    const lines = [t(`participant.goal.${facts.plan.goal}`)];
    if (facts.plan.goalText.trim() !== '')
      lines.push(t('participant.goalText', { text: facts.plan.goalText.trim() }));
    sections.push({ heading: t('participant.section.goal'), blocks: [paragraph(lines.join('\n'))] });
  }
  const done = facts.interventions.filter((item) => item.status !== 'planned' && item.status !== 'cancelled');
  if (done.length > 0) {
    sections.push({
      heading: t('participant.section.done'),
      blocks: [
        {
          type: 'list',
          items: done.map((item) =>
            t('participant.intervention', { type: item.type, organisation: item.organisation }),
          ),
        },
      ],
    });
  }
  const progress = facts.progress.filter((step) => options.includeHealth || !step.health);
  if (progress.length > 0) {
    sections.push({
      heading: t('participant.section.progress'),
      blocks: [{ type: 'list', items: progress.map((step) => step.text) }],
    });
  }
  const next = facts.nextStep;
  const nextLines: string[] = [];
  if (next?.arranged) {
    if (next.what) nextLines.push(t('participant.next.what', { what: next.what }));
    if (next.organisation) nextLines.push(t('participant.next.where', { organisation: next.organisation }));
    if (next.startOn) nextLines.push(t('participant.next.start', { date: date(next.startOn) }));
    if (next.contact) nextLines.push(t('participant.next.contact', { contact: next.contact }));
  } else if (next && !next.arranged) {
    nextLines.push(t('participant.next.notArranged'));
    if (next.reason) nextLines.push(t('participant.next.reason', { reason: next.reason }));
  }
  if (nextLines.length === 0) nextLines.push(t('participant.next.unknown'));
  sections.push({ heading: t('participant.section.next'), blocks: [paragraph(nextLines.join('\n'))] });
  if (facts.recommendations?.trim()) {
    sections.push({
      heading: t('participant.section.advice'),
      blocks: [paragraph(facts.recommendations.trim())],
    });
  }
  sections.push({
    heading: t('participant.section.contact'),
    blocks: [
      paragraph(
        facts.responsible
          ? t('participant.contact', {
              name: facts.responsible.name,
              organisation: facts.responsible.organisation,
            })
          : t('participant.contactTeam'),
      ),
    ],
  });
  return {
    language,
    title: t('participant.title'),
    facts: [
      { label: t('participant.name'), value: facts.name ?? facts.code },
      { label: t('participant.time'), value: `${date(facts.enrolledOn)} – ${date(facts.closedOn)}` },
    ],
    sections,
    signatures: [
      { label: t('participant.sign.participant'), ...(facts.name ? { name: facts.name } : {}) },
      {
        label: t('participant.sign.caseworker'),
        ...(facts.responsible ? { name: facts.responsible.name } : {}),
      },
    ],
  };
}

function referrerVariant(facts: ClosureFacts, language: Language): DocumentModel {
  const t = words(language);
  const or = (value: string | null | undefined) => (value && value.trim() !== '' ? value : t('notRecorded'));
  const days =
    daysInProgramme({ enrolledOn: facts.enrolledOn, closedOn: facts.closedOn }, facts.closedOn) ?? 0;
  const header: DocumentFact[] = [{ label: t('referrer.participant'), value: facts.name ?? facts.code }];
  if (facts.personalNumber) header.push({ label: t('referrer.personalNumber'), value: facts.personalNumber });
  header.push(
    { label: t('referrer.reference'), value: facts.code },
    {
      label: t('referrer.period'),
      value: t('referrer.periodValue', { from: facts.enrolledOn, to: facts.closedOn }),
    },
  );
  if (facts.referringCaseworker) {
    header.push({ label: t('referrer.referringCaseworker'), value: facts.referringCaseworker.name });
  }
  if (facts.responsible) {
    header.push({
      label: t('referrer.responsible'),
      value: `${facts.responsible.name}, ${facts.responsible.organisation}`,
    });
  }
  const sections: DocumentSection[] = [
    {
      heading: t('referrer.section.time'),
      blocks: [
        {
          type: 'keyValue',
          entries: [
            { label: t('referrer.referredOn'), value: facts.referredOn },
            { label: t('referrer.enrolledOn'), value: facts.enrolledOn },
            { label: t('referrer.plannedEndOn'), value: or(facts.plannedEndOn) },
            { label: t('referrer.closedOn'), value: facts.closedOn },
            { label: t('referrer.days'), value: days.toLocaleString('sv-SE') },
          ],
        },
      ],
    },
  ];
  if (facts.plan) {
    const goal = [t('referrer.goal', { goal: enumLabel(language, `plan.goalKind.${facts.plan.goal}`) })];
    if (facts.plan.goalText.trim() !== '') goal.push(facts.plan.goalText.trim());
    sections.push({
      heading: t('referrer.section.goal'),
      blocks: [
        paragraph(goal.join('\n')),
        {
          type: 'list',
          items: facts.plan.subgoals.map((subgoal) =>
            t('referrer.subgoal', {
              text: subgoal.text,
              date: subgoal.targetOn,
              // Inside the sentence's parentheses: lower case ("måldatum 2026-03-01, uppnått").
              status: enumLabel(language, `plan.subgoalStatus.${subgoal.status}`).toLocaleLowerCase(
                localeOf(language),
              ),
            }),
          ),
        },
      ],
    });
  }
  sections.push({
    heading: t('referrer.section.interventions'),
    blocks:
      facts.interventions.length === 0
        ? [paragraph(t('none'))]
        : [
            {
              type: 'table',
              columns: [
                t('referrer.col.intervention'),
                t('referrer.col.organisation'),
                t('referrer.col.responsible'),
                t('referrer.col.from'),
                t('referrer.col.to'),
                t('referrer.col.status'),
              ],
              rows: facts.interventions.map((item) => [
                item.type,
                item.organisation,
                item.responsible ?? '',
                item.startOn,
                item.endOn ?? '',
                enumLabel(language, `plan.interventionStatus.${item.status}`),
              ]),
            },
          ],
  });
  sections.push({
    heading: t('referrer.section.progress'),
    blocks:
      facts.progress.length === 0
        ? [paragraph(t('none'))]
        : [
            {
              type: 'table',
              columns: [t('referrer.col.date'), t('referrer.col.area'), t('referrer.col.description')],
              rows: facts.progress.map((step) => [step.onDate, step.area, step.text]),
            },
          ],
  });
  sections.push({
    heading: t('referrer.section.exit'),
    blocks: [
      {
        type: 'keyValue',
        entries: [
          { label: t('referrer.closureReason'), value: facts.closureReason },
          { label: t('referrer.incomeAtStart'), value: or(facts.incomeSourceAtStart) },
          { label: t('referrer.incomeAtExit'), value: or(facts.incomeSourceAtExit) },
          { label: t('referrer.occupationAtExit'), value: or(facts.occupationAtExit) },
        ],
      },
    ],
  });
  const next = facts.nextStep;
  const nextEntries: DocumentFact[] = [
    {
      label: t('referrer.next.arranged'),
      value: next === null ? t('notRecorded') : next.arranged ? t('yes') : t('no'),
    },
  ];
  if (next?.arranged) {
    nextEntries.push(
      { label: t('referrer.next.what'), value: or(next.what) },
      { label: t('referrer.next.organisation'), value: or(next.organisation) },
      { label: t('referrer.next.contact'), value: or(next.contact) },
      { label: t('referrer.next.start'), value: or(next.startOn) },
    );
  } else if (next && !next.arranged) {
    nextEntries.push({ label: t('referrer.next.reason'), value: or(next.reason) });
  }
  sections.push({
    heading: t('referrer.section.next'),
    blocks: [{ type: 'keyValue', entries: nextEntries }],
  });
  sections.push({
    heading: t('referrer.section.recommendations'),
    blocks: [paragraph(facts.recommendations?.trim() || t('notRecorded'))],
  });
  const contacts: string[][] = [];
  if (facts.responsible) {
    contacts.push([
      facts.responsible.name,
      facts.responsible.organisation,
      t('referrer.role.responsible'),
      '',
    ]);
  }
  if (facts.referringCaseworker) {
    const reach = [facts.referringCaseworker.phone, facts.referringCaseworker.email]
      .filter(Boolean)
      .join(', ');
    contacts.push([
      facts.referringCaseworker.name,
      facts.referringOrganisation,
      t('referrer.role.referring'),
      reach,
    ]);
  }
  if (facts.handoverTo?.trim()) contacts.push([facts.handoverTo.trim(), '', t('referrer.role.handover'), '']);
  for (const item of facts.interventions) {
    if (item.responsible && item.status !== 'cancelled') {
      contacts.push([
        item.responsible,
        item.organisation,
        t('referrer.role.intervention', { type: item.type }),
        '',
      ]);
    }
  }
  sections.push({
    heading: t('referrer.section.contacts'),
    blocks: [
      {
        type: 'table',
        columns: [
          t('referrer.col.name'),
          t('referrer.col.organisation'),
          t('referrer.col.role'),
          t('referrer.col.reach'),
        ],
        rows: contacts,
      },
    ],
  });
  return {
    language,
    title: t('referrer.title'),
    subtitle: t('referrer.subtitle', { organisation: facts.referringOrganisation }),
    facts: header,
    sections,
    signatures: [
      {
        label: t('referrer.sign.responsible'),
        ...(facts.responsible ? { name: facts.responsible.name } : {}),
      },
      { label: t('referrer.sign.receiver') },
    ],
  };
}

/** The summary of one variant, as generated from the period's facts (before any editing). */
export function buildClosureSummary(
  facts: ClosureFacts,
  variant: ClosureSummaryVariant,
  language: Language,
  options: ClosureSummaryOptions = {},
): DocumentModel {
  return variant === 'participant'
    ? participantVariant(facts, language, options)
    : referrerVariant(facts, language);
}

/**
 * A saved version: the sections the caseworker edited, inside the header facts and signature
 * lines rebuilt for this reader (so a stored text never carries an identity the reader may not
 * see in the header).
 */
export function withSavedSections(generated: DocumentModel, sections: DocumentSection[]): DocumentModel {
  return { ...generated, sections };
}

/** Abbreviations easy-Swedish guidance asks to write out (AF, FK, t.ex. …). */
const abbreviation =
  /(?<![\p{L}\d])(AF|FK|SFI|LSS|LOH|SIP|SSYK|KASAM|CSN|ca|bl\.a|t\.ex|dvs|osv|mm|m\.m|etc|fr\.o\.m|t\.o\.m|ev|pga|p\.g\.a|enl|resp)(?![\p{L}\d])/giu;

/** Stands in for an abbreviation's dots while sentences are split, then turns back into dots. */
const KEPT_DOT = '\u2024';
/** The same, with the abbreviation's own final dot ("t.ex."). */
const abbreviationWithDot = new RegExp(`${abbreviation.source}\\.?`, 'giu');

export interface PlainLanguageProblem {
  kind: 'longSentence' | 'abbreviation';
  /** The sentence (shortened) or the abbreviation found. */
  text: string;
}

/**
 * What breaks easy-Swedish rules in a text of the participant's variant: sentences of more than
 * `maxWords` words and abbreviations. The screen shows them before the caseworker saves.
 */
export function plainLanguageProblems(text: string, maxWords = 15): PlainLanguageProblem[] {
  const problems: PlainLanguageProblem[] = [];
  // An abbreviation's dots do not end a sentence ("t.ex. Komvux" is one sentence).
  const sentences = text
    .replace(abbreviationWithDot, (found) => found.replace(/\./g, KEPT_DOT))
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
  for (const kept of sentences) {
    const sentence = kept.replaceAll(KEPT_DOT, '.');
    const count = sentence.split(/\s+/u).filter((word) => /[\p{L}\d]/u.test(word)).length;
    if (count > maxWords) {
      problems.push({
        kind: 'longSentence',
        text: sentence.length > 60 ? `${sentence.slice(0, 57)}…` : sentence,
      });
    }
  }
  const seen = new Set<string>();
  for (const match of text.matchAll(abbreviation)) {
    const found = match[0];
    if (!seen.has(found.toLowerCase())) {
      seen.add(found.toLowerCase());
      problems.push({ kind: 'abbreviation', text: found });
    }
  }
  return problems;
}

import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { DocumentSection } from '../../../main/api/documents/model';
import type { Language } from '../../../main/api/i18n';
import type { ClosureSummaryDto, ParticipantDetail } from '../../../main/api/participant-types';
import type { ClosureSummaryVariant } from '../../../main/api/schema-enums';
import { plainLanguageProblems } from '../../../main/domain/closure-summary';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { DocumentPreview } from '../../components/DocumentPreview';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { periodLabel } from '../case/periods';
import { PrintJobStatus } from './PrintJobStatus';
import { SummaryEditor, cleanSections } from './SummaryEditor';
import { usePrintJob } from './usePrintJob';
import '../../styles/documents.css';

/**
 * The closure summaries of a closed period (slutdokumentation): the participant's variant in
 * easy Swedish and the referring organisation's, each previewed as it prints, editable before
 * printing (with an easy-Swedish check), saved as numbered versions, and printed as PDF or DOCX
 * through a print job. The referrer's variant exists only when the consent covered the
 * referring organisation on the closure date.
 */
export function ClosureSummaryTab({
  participant,
  canEdit,
}: {
  participant: ParticipantDetail;
  canEdit: boolean;
}) {
  const { t } = useT();
  const closed = participant.periods.filter(
    (period) => period.status === 'closed' && period.closedOn !== null,
  );
  const newest = closed.reduce<(typeof closed)[number] | null>(
    (best, period) => (best === null || (period.closedOn ?? '') > (best.closedOn ?? '') ? period : best),
    null,
  );
  const [periodId, setPeriodId] = useState<number | null>(newest?.id ?? null);
  const [language, setLanguage] = useState<Language>('sv');
  const [includeHealth, setIncludeHealth] = useState(false);
  const chosen = closed.find((period) => period.id === periodId) ?? newest;
  const periodField = useId();
  const languageField = useId();
  const status = useApiQuery('app.status', {});
  const query = useApiQuery(
    'closureSummaries.get',
    { participantId: participant.id, periodId: chosen?.id ?? null, language, includeHealth },
    { enabled: chosen !== null },
  );
  if (!chosen) {
    return (
      <div className="documents-tab">
        <p className="lead">{t('documents.noClosedPeriod')}</p>
      </div>
    );
  }
  return (
    <div className="documents-tab">
      <h2>{t('documents.title')}</h2>
      <p className="lead">{t('documents.lead')}</p>
      <div className="documents-choices">
        {closed.length > 1 ? (
          <div className="field">
            <label className="field-label" htmlFor={periodField}>
              {t('documents.period')}
            </label>
            <select
              id={periodField}
              className="input select"
              value={chosen.id}
              onChange={(event) => setPeriodId(Number(event.target.value))}
            >
              {closed.map((period) => (
                <option key={period.id} value={period.id}>
                  {periodLabel(period, t)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor={languageField}>
            {t('documents.language')}
          </label>
          <select
            id={languageField}
            className="input select"
            value={language}
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'sv')}
          >
            <option value="sv">{t('documents.language.sv')}</option>
            <option value="en">{t('documents.language.en')}</option>
          </select>
        </div>
      </div>
      <QueryState query={query}>
        {(summary) => (
          <SummaryVariants
            // A new period, language or draft starts the editor afresh.
            key={`${summary.periodId}-${summary.language}-${includeHealth}`}
            summary={summary}
            teamName={status.data?.teamName ?? ''}
            canEdit={canEdit}
            includeHealth={includeHealth}
            onIncludeHealth={setIncludeHealth}
          />
        )}
      </QueryState>
    </div>
  );
}

function SummaryVariants({
  summary,
  teamName,
  canEdit,
  includeHealth,
  onIncludeHealth,
}: {
  summary: ClosureSummaryDto;
  teamName: string;
  canEdit: boolean;
  includeHealth: boolean;
  onIncludeHealth: (value: boolean) => void;
}) {
  const { t, formatDateTime } = useT();
  const [variant, setVariant] = useState<ClosureSummaryVariant>('participant');
  const variants: ClosureSummaryVariant[] = summary.referrer ? ['participant', 'referrer'] : ['participant'];
  const current = (variant === 'referrer' ? summary.referrer : null) ?? summary.participant;
  const shown: ClosureSummaryVariant = current === summary.participant ? 'participant' : 'referrer';
  return (
    <>
      {summary.referrer ? null : (
        <div className="alert alert-info" role="note">
          {t('documents.referrerNotCovered', { organisation: summary.referringOrganisation })}
        </div>
      )}
      <div className="documents-variants" role="group" aria-label={t('documents.variants')}>
        {variants.map((candidate) => (
          <Button
            key={candidate}
            variant={candidate === shown ? 'primary' : 'secondary'}
            aria-pressed={candidate === shown}
            onClick={() => setVariant(candidate)}
          >
            {t(`documents.variant.${candidate}`)}
          </Button>
        ))}
      </div>
      {shown === 'participant' ? (
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={includeHealth}
            onChange={(event) => onIncludeHealth(event.target.checked)}
          />
          <span>
            {t('documents.includeHealth')}
            <span className="checkbox-hint">{t('documents.includeHealthHint')}</span>
          </span>
        </label>
      ) : null}
      <VariantEditor
        key={`${shown}-${current.version ?? 'draft'}`}
        summary={summary}
        variant={shown}
        teamName={teamName}
        canEdit={canEdit}
      />
      {summary.versions.length > 0 ? (
        <details className="documents-versions">
          <summary>{t('documents.versions')}</summary>
          <ul>
            {summary.versions.map((version) => (
              <li key={`${version.variant}-${version.version}`}>
                {t('documents.versionLine', {
                  variant: t(`documents.variant.${version.variant}`),
                  version: version.version,
                  language: t(`documents.language.${version.language}`),
                  at: formatDateTime(version.savedAt),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function VariantEditor({
  summary,
  variant,
  teamName,
  canEdit,
}: {
  summary: ClosureSummaryDto;
  variant: ClosureSummaryVariant;
  teamName: string;
  canEdit: boolean;
}) {
  const { t, formatDateTime } = useT();
  const client = useQueryClient();
  const state = (variant === 'referrer' ? summary.referrer : summary.participant) ?? summary.participant;
  const [sections, setSections] = useState<DocumentSection[]>(state.document.sections);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const print = usePrintJob();
  const dirty = JSON.stringify(cleanSections(sections)) !== JSON.stringify(state.document.sections);
  const document = { ...state.document, sections: cleanSections(sections) };
  const problems = useMemo(() => {
    if (variant !== 'participant') return [];
    const texts = sections.flatMap((section) =>
      section.blocks.flatMap((block) =>
        block.type === 'paragraph' ? [block.text] : block.type === 'list' ? block.items : [],
      ),
    );
    return plainLanguageProblems(texts.join('\n'));
  }, [sections, variant]);

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    const input = {
      participantId: summary.participantId,
      periodId: summary.periodId,
      variant,
      language: summary.language,
      sections: cleanSections(sections),
    };
    const result = await call('closureSummaries.save', input);
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error.message);
      return;
    }
    // The editor starts again from the saved version; its line below announces it.
    await client.invalidateQueries({ queryKey: queryKeyOf('closureSummaries.get') });
  };

  const startPrint = (format: 'pdf' | 'docx') =>
    print.start({
      participantIds: [summary.participantId],
      periodId: summary.periodId,
      variant,
      format,
      language: summary.language,
    });

  return (
    <div className="documents-work">
      <div className="documents-edit">
        <p className="documents-saved-line" role="status">
          {state.version === null
            ? t('documents.notSaved')
            : state.savedBy
              ? t('documents.saved', {
                  version: state.version,
                  at: formatDateTime(state.savedAt ?? ''),
                  by: state.savedBy,
                })
              : t('documents.savedBySomeone', {
                  version: state.version,
                  at: formatDateTime(state.savedAt ?? ''),
                })}
        </p>
        {canEdit ? (
          <>
            <h3>{t('documents.edit')}</h3>
            <SummaryEditor sections={sections} onChange={setSections} />
            {problems.length > 0 ? (
              <div className="alert alert-warning documents-plain" role="note">
                <p className="documents-plain-title">{t('documents.plain.title')}</p>
                <ul>
                  {problems.map((problem) => (
                    <li key={`${problem.kind}-${problem.text}`}>
                      {t(`documents.plain.${problem.kind}`, { text: problem.text })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {saveError ? (
              <div className="alert alert-error" role="alert">
                {saveError}
              </div>
            ) : null}
            <div className="form-actions">
              <Button variant="primary" busy={saving} disabled={!dirty} onClick={() => void save()}>
                {t('documents.save')}
              </Button>
              <Button onClick={() => setSections(state.generated.sections)}>{t('documents.reset')}</Button>
            </div>
          </>
        ) : (
          <p className="field-hint">{t('documents.readOnlyRole')}</p>
        )}
        <div className="documents-print">
          {dirty ? <p className="field-hint">{t('documents.unsaved')}</p> : null}
          <div className="form-actions">
            <Button
              variant="primary"
              disabled={dirty || print.job?.state === 'running'}
              busy={print.starting}
              onClick={() => void startPrint('pdf')}
            >
              {t('documents.print')}
            </Button>
            <Button
              disabled={dirty || print.job?.state === 'running'}
              onClick={() => void startPrint('docx')}
            >
              {t('documents.printDocx')}
            </Button>
          </div>
          <PrintJobStatus print={print} />
        </div>
      </div>
      {/* The preview scrolls on its own: focusable so the keyboard can scroll it too. */}
      <section className="documents-preview" aria-label={t('documents.preview')} tabIndex={0}>
        <DocumentPreview document={document} teamName={teamName} headingLevel={3} />
      </section>
    </div>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { resolveDuplicateInput } from '../../../main/api/participant-schemas';
import type { DuplicateReferralRow } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { invalidatePeriodViews } from '../case/useParticipant';
import { participantHref } from '../shell/routes';

/** After a decision the two pseudonyms are one person again: lists, queue and the person change. */
function useAfterResolve(): (row: DuplicateReferralRow) => Promise<void> {
  const client = useQueryClient();
  return async (row) => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['participants.duplicates'] }),
      client.invalidateQueries({ queryKey: ['participants.list'] }),
      client.invalidateQueries({ queryKey: ['participants.queue'] }),
      invalidatePeriodViews(client, row.existingParticipantId),
    ]);
  };
}

interface DeclineValues {
  reason: string;
}

const isDeclineField = fieldsOf<DeclineValues>('reason');

/** "Avböj": the new referral is recorded as declined for the existing person, with a reason. */
function DeclineDialog({ row, onDone }: { row: DuplicateReferralRow; onDone: (message: string) => void }) {
  const { t, lang } = useT();
  const afterResolve = useAfterResolve();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(resolveDuplicateInput, lang, (values: DeclineValues) => ({
        participantId: row.participantId,
        decision: 'decline',
        reason: values.reason,
      })),
    [lang, row.participantId],
  );
  const form = useForm<DeclineValues, unknown, z.output<typeof resolveDuplicateInput>>({
    resolver,
    defaultValues: { reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.resolveDuplicate', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isDeclineField);
    setOpen(false);
    onDone(t('caseload.duplicates.declined', { code: row.code }));
    await afterResolve(row);
  });
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset({ reason: '' });
        setOpen(next);
      }}
      trigger={
        <Button aria-label={t('caseload.duplicates.declineLabel', { code: row.code })}>
          {t('caseload.duplicates.decline')}
        </Button>
      }
      title={t('caseload.duplicates.declineTitle', { code: row.code })}
      description={t('caseload.duplicates.declineDescription', { existing: row.existingCode })}
      onSubmit={submit}
      submitLabel={t('caseload.duplicates.declineSubmit')}
      submitVariant="danger"
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <TextAreaField
        label={t('caseload.duplicates.reason')}
        registration={form.register('reason')}
        error={errors.reason?.message}
        rows={3}
      />
    </FormDialog>
  );
}

function DuplicateRow({ row, onDone }: { row: DuplicateReferralRow; onDone: (message: string) => void }) {
  const { t } = useT();
  const shortDate = useShortDate();
  const afterResolve = useAfterResolve();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = `duplicate-${row.participantId}-error`;
  const accept = async () => {
    setBusy(true);
    setError(null);
    const result = await call('participants.resolveDuplicate', {
      participantId: row.participantId,
      decision: 'accept',
      reason: null,
    });
    setBusy(false);
    // A conflict (the person's period is still going on) in the server's words.
    if (!result.ok) return setError(result.error.message);
    onDone(t('caseload.duplicates.accepted', { code: row.code, existing: row.existingCode }));
    await afterResolve(row);
  };
  return (
    <tr>
      <th scope="row" className="code duplicate-code">
        {row.code}
      </th>
      <td>
        <a href={participantHref(row.existingParticipantId)}>{row.existingCode}</a>
      </td>
      <td>
        <time dateTime={row.referredOn}>{shortDate(row.referredOn)}</time>
      </td>
      <td>{row.organisationName}</td>
      <td>{row.registeredByName ?? t('common.none')}</td>
      <td className="duplicate-actions-cell">
        <div className="duplicate-actions">
          <Button
            variant="primary"
            busy={busy}
            onClick={() => void accept()}
            aria-label={t('caseload.duplicates.acceptLabel', { code: row.code })}
            aria-describedby={error ? errorId : undefined}
          >
            {t('caseload.duplicates.accept')}
          </Button>
          <DeclineDialog row={row} onDone={onDone} />
        </div>
        {error ? (
          <p id={errorId} role="alert" className="field-error duplicate-error">
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * "Nya anvisningar av personer som redan finns": referrals of a personal number already in the
 * team, registered by someone who could not see that person. Only the existing person's
 * responsible caseworker and the coordinators get rows; the section shows only when there are.
 */
export function DuplicateReferrals() {
  const { t } = useT();
  const duplicates = useApiQuery('participants.duplicates', {});
  const [done, setDone] = useState<string | null>(null);
  const rows = duplicates.data ?? [];
  return (
    <>
      {/* Stays when the last row is decided, so the outcome is still said. */}
      <p role="status" className={done ? 'alert alert-success' : 'visually-hidden'}>
        {done}
      </p>
      {rows.length > 0 ? (
        <section aria-labelledby="duplicates-heading" className="panel duplicates">
          <h2 id="duplicates-heading">{t('caseload.duplicates.title')}</h2>
          <p className="duplicates-lead">{t('caseload.duplicates.lead')}</p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('caseload.duplicates.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('caseload.duplicates.newCode')}</th>
                  <th scope="col">{t('caseload.duplicates.existing')}</th>
                  <th scope="col">{t('caseload.duplicates.referredOn')}</th>
                  <th scope="col">{t('caseload.duplicates.organisation')}</th>
                  <th scope="col">{t('caseload.duplicates.registeredBy')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <DuplicateRow key={row.participantId} row={row} onDone={setDone} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}

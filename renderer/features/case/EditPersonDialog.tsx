import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateParticipantInput } from '../../../main/api/participant-schemas';
import type { ParticipantDetail, TeamMember } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { PersonFields } from '../caseload/PersonFields';
import { type PersonValues, personFieldNames, personInput } from '../caseload/person-form';
import { useApplyParticipant } from './useParticipant';

const isField = fieldsOf<PersonValues>(...personFieldNames);

function valuesOf(participant: ParticipantDetail): PersonValues {
  const identity = participant.identity;
  return {
    firstName: identity?.firstName ?? '',
    lastName: identity?.lastName ?? '',
    // The stored number is never sent to the page unmasked; leave it empty to keep it.
    personalNumber: '',
    gender: participant.gender,
    birthYear: participant.birthYear === null ? '' : String(participant.birthYear),
    phone: identity?.phone ?? '',
    preferredLanguage: participant.preferredLanguage ?? '',
    interpreterNeeded: participant.interpreterNeeded,
    interpreterLanguage: participant.interpreterLanguage ?? '',
    protectedIdentity: participant.protectedIdentity,
    responsibleUserId: participant.responsibleUser ? String(participant.responsibleUser.id) : '',
  };
}

/** Edits the person; only possible where the identity is visible (not someone else's protected one). */
export function EditPersonDialog({
  participant,
  members,
}: {
  participant: ParticipantDetail;
  members: TeamMember[];
}) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const [open, setOpen] = useState(false);
  const [keepNumber, setKeepNumber] = useState(true);
  const resolver = useMemo(
    () =>
      formResolver(updateParticipantInput, lang, (values: PersonValues) => ({
        participantId: participant.id,
        keepPersonalNumber: keepNumber,
        ...personInput(values),
      })),
    [lang, participant.id, keepNumber],
  );
  const form = useForm<PersonValues, unknown, z.output<typeof updateParticipantInput>>({
    resolver,
    defaultValues: valuesOf(participant),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.update', {
      ...input,
      personalNumber: input.personalNumber ?? '',
    });
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    await apply(result.value);
  });
  const hasNumber = participant.identity?.personalNumberMasked !== null;
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          form.reset(valuesOf(participant));
          setKeepNumber(hasNumber);
        }
        setOpen(next);
      }}
      trigger={<Button>{t('case.edit.open')}</Button>}
      title={t('case.edit.title')}
      onSubmit={submit}
      submitLabel={t('common.save')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      {hasNumber ? (
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={keepNumber}
            onChange={(event) => setKeepNumber(event.target.checked)}
          />
          <span>
            {t('case.edit.keepNumber', { masked: participant.identity?.personalNumberMasked ?? '' })}
          </span>
        </label>
      ) : null}
      <PersonFields form={form} members={members} hideNumber={keepNumber} />
    </FormDialog>
  );
}

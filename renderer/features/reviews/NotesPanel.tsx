import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addNoteInput } from '../../../main/api/review-schemas';
import type { AgendaItemDto, MeetingDto, MeetingNoteKind } from '../../../main/api/review-types';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { NoteList } from './NoteList';
import { useMeetingAnnounce } from './meeting-announcer';
import { useMeetingChange } from './useMeetingChange';

interface Values {
  text: string;
  kind: MeetingNoteKind;
}

const isField = fieldsOf<Values>('text', 'kind');

interface Props {
  meeting: MeetingDto;
  item: AgendaItemDto;
  editable: boolean;
  /** Changes of this number move the focus to the text (the B key in the meeting). */
  focusRequest?: number;
}

/**
 * Decisions and notes of the item: what was agreed is written down here, during the meeting.
 * After a save (or a refusal) the focus is back in the text, empty and ready for the next one.
 */
export function NotesPanel({ meeting, item, editable, focusRequest = 0 }: Props) {
  const { t, lang } = useT();
  const change = useMeetingChange(meeting.id);
  const announce = useMeetingAnnounce();
  const [notice, setNotice] = useState<string | undefined>();
  const resolver = useMemo(
    () => formResolver(addNoteInput, lang, (values: Values) => ({ itemId: item.id, ...values })),
    [lang, item.id],
  );
  const form = useForm<Values, unknown, z.output<typeof addNoteInput>>({
    resolver,
    defaultValues: { text: '', kind: 'note' },
  });
  const { errors, isSubmitting } = form.formState;
  const [initialRequest] = useState(focusRequest);
  useEffect(() => {
    if (focusRequest !== initialRequest) form.setFocus('text');
  }, [focusRequest, initialRequest, form]);
  const save = (kind: MeetingNoteKind) => {
    form.setValue('kind', kind);
    void form.handleSubmit(async (input) => {
      setNotice(undefined);
      const failure = await change('agenda.addNote', input);
      if (failure) {
        applyApiError(form.setError, failure, isField);
        form.setFocus('text');
        return;
      }
      // The saving button was disabled for a moment, which drops the focus: back to the text
      // (before the reset, which forgets the registered fields until the next render).
      form.setFocus('text');
      form.reset({ text: '', kind: 'note' });
      const saved = kind === 'decision' ? t('reviews.notes.decisionSaved') : t('reviews.notes.noteSaved');
      if (announce) announce(saved);
      else setNotice(saved);
    })();
  };
  const decisions = item.notes.filter((n) => n.kind === 'decision');
  const notes = item.notes.filter((n) => n.kind === 'note');
  const open = editable && meeting.status === 'in_progress';
  return (
    <section className="rv-notes" aria-labelledby={`rv-notes-${item.id}`}>
      <h3 id={`rv-notes-${item.id}`}>{t('reviews.notes.title')}</h3>
      {item.notes.length === 0 ? <p className="rv-empty">{t('reviews.notes.empty')}</p> : null}
      <NoteList heading={t('reviews.notes.decisions')} notes={decisions} />
      <NoteList heading={t('reviews.notes.notes')} notes={notes} />
      {open ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save('note');
          }}
        >
          <TextAreaField
            label={t('reviews.notes.text')}
            hint={t('reviews.notes.hint')}
            registration={form.register('text')}
            error={errors.text?.message}
            rows={3}
          />
          <FormAlert message={rootErrorMessage(errors)} />
          {announce ? null : <StatusMessage message={notice} />}
          <div className="form-actions form-actions-start">
            <Button variant="primary" busy={isSubmitting} onClick={() => save('decision')}>
              {t('reviews.notes.saveDecision')}
            </Button>
            <Button type="submit" busy={isSubmitting}>
              {t('reviews.notes.saveNote')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

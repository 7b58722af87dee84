import { type FocusEvent, type KeyboardEvent, useId, useState } from 'react';
import type { AgendaItemDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { useMeetingChange } from './useMeetingChange';

interface Props {
  item: AgendaItemDto;
  label: string;
  meetingId: number;
  editable: boolean;
}

/** The item's time box in minutes; saved when the field is left or Enter is pressed. */
export function TimeBoxInput({ item, label, meetingId, editable }: Props) {
  const { t, tApi } = useT();
  const id = useId();
  const change = useMeetingChange(meetingId);
  const [error, setError] = useState<string | undefined>();
  if (!editable) {
    return (
      <span className="rv-timebox-static">{t('reviews.agenda.minutesValue', { minutes: item.minutes })}</span>
    );
  }
  const save = async (input: HTMLInputElement) => {
    const value = input.value.trim() === '' ? Number.NaN : Number(input.value);
    if (value === item.minutes) return setError(undefined);
    if (!Number.isInteger(value) || value < 1 || value > 120) return setError(tApi('validation.timeBox'));
    const failure = await change('agenda.setMinutes', { itemId: item.id, minutes: value });
    setError(failure?.message);
  };
  return (
    <div className="rv-timebox">
      <label htmlFor={id} className="rv-timebox-label">
        {t('reviews.agenda.minutes')}
        <span className="visually-hidden"> {t('reviews.agenda.forItem', { name: label })}</span>
      </label>
      <input
        id={id}
        className="input rv-timebox-input"
        type="number"
        inputMode="numeric"
        min={1}
        max={120}
        defaultValue={item.minutes}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onBlur={(event: FocusEvent<HTMLInputElement>) => void save(event.currentTarget)}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save(event.currentTarget);
          }
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

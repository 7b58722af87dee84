import { useState } from 'react';
import type { MeetingReason, SuggestionDto } from '../../../main/api/review-types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { ReasonChips } from './ReasonChips';
import { useParticipantLabel } from './useParticipantLabel';

interface Props {
  suggestion: SuggestionDto;
  onAdd: (participantId: number, label: string, reasons: MeetingReason[]) => Promise<boolean>;
}

/** One suggested case: who, why (chips), and "Lägg till". */
export function SuggestionRow({ suggestion, onAdd }: Props) {
  const { t } = useT();
  const label = useParticipantLabel();
  const [busy, setBusy] = useState(false);
  const name = label(suggestion.participant);
  const add = async () => {
    setBusy(true);
    await onAdd(
      suggestion.participant.id,
      name,
      suggestion.reasons.map((r) => r.code),
    );
    setBusy(false);
  };
  return (
    <li className="rv-suggestion">
      <div className="rv-suggestion-head">
        <span className="rv-suggestion-name">{name}</span>
        <span className="muted rv-small">{t(`participantStatus.${suggestion.participant.status}`)}</span>
      </div>
      <ReasonChips reasons={suggestion.reasons} />
      <div className="rv-suggestion-action">
        {suggestion.onAgenda ? (
          <Badge tone="muted">{t('reviews.suggestions.onAgenda')}</Badge>
        ) : (
          <Button
            busy={busy}
            onClick={() => void add()}
            aria-label={t('reviews.suggestions.addNamed', { name })}
          >
            {t('reviews.suggestions.add')}
          </Button>
        )}
      </div>
    </li>
  );
}

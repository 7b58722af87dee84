import { useState } from 'react';
import type { MeetingReason, SuggestionDto } from '../../../main/api/review-types';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { ReasonChips } from './ReasonChips';
import { RequestNotes } from './RequestNotes';
import { useParticipantLabel } from './useParticipantLabel';

interface Props {
  suggestion: SuggestionDto;
  onAdd: (participantId: number, label: string, reasons: MeetingReason[]) => Promise<boolean>;
}

/** One suggested case: its rank and why (tier, a teammate's request and note, chips), and "Lägg till". */
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
    <li className={`rv-suggestion rv-suggestion-${suggestion.tier}`}>
      <div className="rv-suggestion-head">
        <span className="rv-rank" aria-label={t('reviews.suggestions.rank', { rank: suggestion.rank })}>
          {suggestion.rank}.
        </span>
        <span className="rv-suggestion-name">{name}</span>
        <span className="muted rv-small">{t(`participantStatus.${suggestion.participant.status}`)}</span>
        <span className={`rv-tier rv-tier-${suggestion.tier}`}>
          {t(`reviews.suggestions.tier.${suggestion.tier}`)}
        </span>
      </div>
      <RequestNotes requests={suggestion.requests} />
      {/* The request itself is shown with its note and who asked; the chips give the other reasons. */}
      <ReasonChips
        reasons={
          suggestion.requests.length > 0
            ? suggestion.reasons.filter((reason) => reason.code !== 'requested')
            : suggestion.reasons
        }
      />
      <div className="rv-suggestion-action">
        <Button
          busy={busy}
          onClick={() => void add()}
          aria-label={t('reviews.suggestions.addNamed', { name })}
        >
          {t('reviews.suggestions.add')}
        </Button>
      </div>
    </li>
  );
}

import type { SummaryCardDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { useDateFormats } from './format';
import { useParticipantLabel } from './useParticipantLabel';

interface Props {
  card: SummaryCardDto;
  presentation: boolean;
}

/**
 * Status and dates; the full name and (masked) personal number only outside presentation mode,
 * where the heading names the person in the same form as the item title (the initials).
 */
export function CaseFacts({ card, presentation }: Props) {
  const { t, formatNumber } = useT();
  const dates = useDateFormats();
  const label = useParticipantLabel();
  const p = card.participant;
  const none = t('common.none');
  const facts: [string, string][] = [
    [t('reviews.card.status'), t(`participantStatus.${p.status}`)],
    [t('reviews.card.daysInProgramme'), p.daysInProgramme === null ? none : formatNumber(p.daysInProgramme)],
    [t('reviews.card.enrolledOn'), p.enrolledOn ? dates.short(p.enrolledOn) : none],
    [t('reviews.card.plannedEndOn'), p.plannedEndOn ? dates.short(p.plannedEndOn) : none],
    [t('reviews.card.lastActivity'), p.lastActivityOn ? dates.short(p.lastActivityOn) : none],
    [t('reviews.card.referringOrganisation'), p.referringOrganisation.name],
    [t('reviews.card.responsible'), p.responsibleName ?? none],
  ];
  if (!presentation) {
    facts.unshift(
      [t('reviews.card.name'), p.name ?? t('participant.pseudonym', { code: p.code })],
      [t('reviews.card.personalNumber'), p.personalNumberMasked ?? none],
    );
  }
  return (
    <section className="rv-card rv-card-facts" aria-labelledby="rv-card-facts">
      <h3 id="rv-card-facts">{presentation ? label(p, 'initials') : t('reviews.card.facts')}</h3>
      <dl className="rv-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

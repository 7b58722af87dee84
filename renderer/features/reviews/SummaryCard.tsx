import type { SummaryCardDto } from '../../../main/api/review-types';
import { ActivitySummary } from './ActivitySummary';
import { CaseFacts } from './CaseFacts';
import { HiddenDetailsBar } from './HiddenDetailsBar';
import { MappingSummary } from './MappingSummary';
import { PlanSummary } from './PlanSummary';

interface Props {
  card: SummaryCardDto;
  presentation: boolean;
  revealed: boolean;
  onReveal: () => void;
}

/**
 * The case on one screen: facts, the plan, the latest steps and contacts, the mapping. In
 * presentation mode free text and sensitive details are not rendered until revealed (S).
 */
export function SummaryCard({ card, presentation, revealed, onReveal }: Props) {
  const hidden = presentation && !revealed;
  return (
    <>
      {presentation ? <HiddenDetailsBar hidden={hidden} onReveal={onReveal} /> : null}
      <div className="rv-card-grid">
        <CaseFacts card={card} presentation={presentation} />
        <PlanSummary card={card} />
        <ActivitySummary card={card} hideText={hidden} />
        <MappingSummary mapping={card.mapping} hideSensitive={hidden} />
      </div>
    </>
  );
}

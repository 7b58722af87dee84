import type { SummaryCardDto } from '../../../main/api/review-types';
import { ActivitySummary } from './ActivitySummary';
import { CaseFacts } from './CaseFacts';
import { MappingSummary } from './MappingSummary';
import { PlanSummary } from './PlanSummary';

interface Props {
  card: SummaryCardDto;
  presentation: boolean;
  revealed: boolean;
  onReveal: () => void;
}

/** The case on one screen: facts, the plan, the latest steps and contacts, the mapping. */
export function SummaryCard({ card, presentation, revealed, onReveal }: Props) {
  const hideSensitive = presentation && !revealed;
  return (
    <div className="rv-card-grid">
      <CaseFacts card={card} presentation={presentation} />
      <PlanSummary card={card} />
      <ActivitySummary card={card} hideSensitive={hideSensitive} />
      <MappingSummary
        mapping={card.mapping}
        presentation={presentation}
        hideSensitive={hideSensitive}
        onReveal={onReveal}
      />
    </div>
  );
}

import type { SectionCompletion } from '../../../main/api/plan-mapping-types';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';

const tones = { filled: 'neutral', partly: 'warning', empty: 'muted' } as const;

/** A section's state with its count: "Delvis · 2 av 7". */
export function CompletionBadge({ completion }: { completion: SectionCompletion }) {
  const { t } = useT();
  return (
    <Badge tone={tones[completion.state]}>
      {t(`mapping.state.${completion.state}`)} ·{' '}
      {t('mapping.overview.ofTotal', { filled: completion.filled, total: completion.total })}
    </Badge>
  );
}

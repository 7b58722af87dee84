import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';

interface Props {
  hidden: boolean;
  onReveal: () => void;
}

/**
 * Presentation mode's promise on the projector: free text (contacts, progress, event reasons,
 * earlier decisions) and sensitive details stay hidden until revealed for this item (S).
 */
export function HiddenDetailsBar({ hidden, onReveal }: Props) {
  const { t } = useT();
  return (
    <div className="rv-reveal-bar" data-hidden={hidden}>
      <p>{hidden ? t('reviews.card.textHidden') : t('reviews.card.textShown')}</p>
      <Button onClick={onReveal}>
        {hidden ? t('reviews.card.revealText') : t('reviews.card.hideText')} <kbd>S</kbd>
      </Button>
    </div>
  );
}

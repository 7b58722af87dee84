import type { MappingConversationDto } from '../../../main/api/plan-mapping-types';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import { Collapsible } from './Collapsible';
import { ConversationForm } from './ConversationForm';

interface Props {
  participantId: number;
  conversations: MappingConversationDto[];
  canWrite: boolean;
  open: boolean;
  onToggle: () => void;
}

/** The three in-depth mapping conversations: present situation, direction, next step. */
export function MappingConversations({ participantId, conversations, canWrite, open, onToggle }: Props) {
  const { t } = useT();
  return (
    <Collapsible
      id="mapping-conversations"
      className="mapping-section"
      open={open}
      onToggle={onToggle}
      title={t('mapping.conversations')}
      summary={
        <Badge tone={conversations.length === 3 ? 'neutral' : 'muted'}>
          {t('mapping.conversations.held', { held: conversations.length })}
        </Badge>
      }
    >
      <div className="conversations">
        {([1, 2, 3] as const).map((number) => (
          <ConversationForm
            key={number}
            participantId={participantId}
            number={number}
            saved={conversations.find((c) => c.number === number)}
            canWrite={canWrite}
          />
        ))}
      </div>
    </Collapsible>
  );
}

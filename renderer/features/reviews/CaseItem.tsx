import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { AgendaItemDto, MeetingDto, SummaryCardDto } from '../../../main/api/review-types';
import { type ApiCallError, callOrThrow } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingState } from '../../components/LoadingState';
import { ActionForm } from './ActionForm';
import { BlockedItem } from './BlockedItem';
import { ConsentWarning } from './ConsentWarning';
import { NotesPanel } from './NotesPanel';
import { OpenActionsReview } from './OpenActionsReview';
import { SummaryCard } from './SummaryCard';
import { canWrite } from './roles';
import { isRedacted, roomOf } from './room';

interface Props {
  meeting: MeetingDto;
  item: AgendaItemDto;
  participantId: number;
  user: SessionUser;
  presentation: boolean;
  revealed: boolean;
  actionRequest: number;
  noteRequest: number;
  onReveal: () => void;
}

/**
 * A case in the meeting: opened through the backend (audited), or refused with the reason. Who
 * leaves the room stays in one place whatever the card is doing (refused, loading again after a
 * change of the room, shown), so a box just ticked keeps the focus.
 */
export function CaseItem(props: Props) {
  const { meeting, item } = props;
  const writer = canWrite(props.user);
  const card = useQuery<SummaryCardDto, ApiCallError>({
    queryKey: ['agenda.openItem', { itemId: item.id }, roomOf(meeting, item)],
    queryFn: () => callOrThrow('agenda.openItem', { itemId: item.id }),
    staleTime: Number.POSITIVE_INFINITY,
    // Never asked for a case the caller may not read (the backend would refuse it).
    enabled: !isRedacted(item),
  });
  let body: ReactNode;
  if (card.error) {
    body =
      card.error.apiError.code === 'conflict' ? (
        <BlockedItem message={card.error.message} editable={writer} />
      ) : (
        <ErrorBanner
          message={card.error.message}
          onRetry={() => void card.refetch()}
          retrying={card.isFetching}
        />
      );
  } else if (!card.data) {
    body = <LoadingState />;
  } else {
    body = (
      <>
        <SummaryCard
          card={card.data}
          presentation={props.presentation}
          revealed={props.revealed}
          onReveal={props.onReveal}
        />
        <div className="rv-case-work">
          <NotesPanel meeting={meeting} item={item} editable={writer} focusRequest={props.noteRequest} />
          {writer ? (
            <ActionForm
              itemId={item.id}
              participantId={props.participantId}
              focusRequest={props.actionRequest}
              covered={new Set(card.data.coveredOrganisationIds)}
            />
          ) : null}
        </div>
        <OpenActionsReview
          participantId={props.participantId}
          meetingId={meeting.id}
          editable={writer}
          presentation={props.presentation}
        />
      </>
    );
  }
  return (
    <div className="rv-case">
      <ConsentWarning item={item} meeting={meeting} editable={writer} />
      {body}
    </div>
  );
}

import { type RefObject, useEffect } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { AgendaItemDto, MeetingDto } from '../../../main/api/review-types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { CaseItem } from './CaseItem';
import { ItemTimer } from './ItemTimer';
import { NotesPanel } from './NotesPanel';
import { ReasonChips } from './ReasonChips';
import { RedactedNotice } from './RedactedNotice';
import { RequestNotes } from './RequestNotes';
import { canWrite } from './roles';
import { isRedacted } from './room';
import { useItemTitle } from './useItemTitle';

interface Props {
  meeting: MeetingDto;
  item: AgendaItemDto;
  position: number;
  user: SessionUser;
  presentation: boolean;
  revealed: boolean;
  elapsed: number;
  actionRequest: number;
  noteRequest: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /**
   * The case is not opened (someone uncovered is in the room, or the caller may not read it):
   * D skips it instead of marking it discussed.
   */
  blocked: boolean;
  onDiscussed: () => void;
  onReveal: () => void;
}

/**
 * The item on screen: heading, timer, the case card (or a general item), notes and actions. A
 * case the caller may not read is never opened: its pseudonym and why, and leaving the room.
 */
export function CurrentItem(props: Props) {
  const { meeting, item, presentation, headingRef } = props;
  const { t } = useT();
  const itemTitle = useItemTitle();
  const writer = canWrite(props.user);
  // A new item takes the focus, so a screen reader starts reading the new case.
  useEffect(() => {
    headingRef.current?.focus();
  }, [headingRef]);
  const title = itemTitle(item, presentation);
  return (
    <section className="rv-mm-item" aria-labelledby="rv-mm-item-heading">
      <div className="rv-mm-item-head">
        <div>
          <p className="rv-mm-position">
            {t('reviews.mm.position', { position: props.position, count: meeting.items.length })}
            {item.carriedOver ? <> · {t('reviews.agenda.carriedOver')}</> : null}
          </p>
          <h2
            id="rv-mm-item-heading"
            ref={headingRef}
            tabIndex={-1}
            className="focus-heading rv-mm-item-title"
          >
            {title}
          </h2>
          <ReasonChips reasons={item.reasons} />
          {item.requests.length === 0 ? null : presentation && !props.revealed ? (
            // A teammate's note is free text about the person: hidden on the projector until S.
            <p className="rv-hidden-text">
              {t('reviews.card.requestsHidden', { count: item.requests.length })}
            </p>
          ) : (
            <RequestNotes requests={item.requests} />
          )}
        </div>
        <div className="rv-mm-item-side">
          <ItemTimer elapsed={props.elapsed} minutes={item.minutes} />
          {item.status === 'pending' ? (
            writer ? (
              <Button variant={props.blocked ? 'secondary' : 'primary'} onClick={props.onDiscussed}>
                {props.blocked ? t('reviews.mm.skip') : t('reviews.mm.discussed')} <kbd>D</kbd>
              </Button>
            ) : null
          ) : (
            <Badge tone="muted">{t(`reviews.itemStatus.${item.status}`)}</Badge>
          )}
        </div>
      </div>
      {item.participant && isRedacted(item) ? (
        <RedactedNotice meeting={meeting} item={item} user={props.user} />
      ) : item.participant ? (
        <CaseItem
          meeting={meeting}
          item={item}
          participantId={item.participant.id}
          user={props.user}
          presentation={presentation}
          revealed={props.revealed}
          actionRequest={props.actionRequest}
          noteRequest={props.noteRequest}
          onReveal={props.onReveal}
        />
      ) : (
        <NotesPanel meeting={meeting} item={item} editable={writer} focusRequest={props.noteRequest} />
      )}
    </section>
  );
}

import type { DragEvent, KeyboardEvent } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { AgendaItemDto, MeetingDto } from '../../../main/api/review-types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { participantHref } from '../shell/routes';
import { ConsentWarning } from './ConsentWarning';
import { ReasonChips } from './ReasonChips';
import { RequestNotes } from './RequestNotes';
import { RedactedNotice } from './RedactedNotice';
import { isRedacted } from './room';
import { TimeBoxInput } from './TimeBoxInput';

/** Which control keeps the focus after a move. */
export type FocusTarget = 'item' | 'up' | 'down';

interface DragHandlers {
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
}

interface Props {
  item: AgendaItemDto;
  meeting: MeetingDto;
  user: SessionUser;
  index: number;
  count: number;
  editable: boolean;
  label: string;
  dropTarget: boolean;
  onMove: (position: number, target: FocusTarget) => void;
  onRemove: () => void;
  drag: DragHandlers;
}

/**
 * One agenda item: who or what, why, the time box, moving, and the consent check. A case the
 * caller may not read shows its pseudonym and why, without a link or a time box to change.
 */
export function AgendaItemRow(props: Props) {
  const { item, meeting, index, count, editable, label } = props;
  const { t } = useT();
  const redacted = isRedacted(item);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!editable || !event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      props.onMove(index + (event.key === 'ArrowUp' ? -1 : 1), 'item');
    }
  };
  return (
    <li
      className={['rv-item', props.dropTarget ? 'rv-item-drop' : null].filter(Boolean).join(' ')}
      data-item-id={item.id}
      tabIndex={editable ? 0 : -1}
      aria-labelledby={`rv-item-${item.id}-title`}
      aria-describedby={editable && count > 1 ? 'rv-move-help' : undefined}
      draggable={editable}
      onKeyDown={onKeyDown}
      {...(editable ? props.drag : {})}
    >
      <div className="rv-item-row">
        <span className="rv-item-number" aria-hidden="true">
          {index + 1}
        </span>
        {editable ? (
          <span className="rv-grip" aria-hidden="true">
            ⠿
          </span>
        ) : null}
        <div className="rv-item-body">
          <h3 className="rv-item-title" id={`rv-item-${item.id}-title`}>
            {item.participant && !redacted ? (
              <a href={participantHref(item.participant.id)}>{label}</a>
            ) : (
              label
            )}
          </h3>
          <div className="rv-item-tags">
            {item.kind === 'general' ? <Badge tone="muted">{t('reviews.agenda.generalItem')}</Badge> : null}
            {item.carriedOver ? <Badge tone="warning">{t('reviews.agenda.carriedOver')}</Badge> : null}
            {item.status !== 'pending' ? (
              <Badge tone="muted">{t(`reviews.itemStatus.${item.status}`)}</Badge>
            ) : null}
            <ReasonChips reasons={item.reasons} />
          </div>
          <RequestNotes requests={item.requests} />
        </div>
        <TimeBoxInput item={item} label={label} meetingId={meeting.id} editable={editable && !redacted} />
        {editable ? (
          <div className="rv-item-controls">
            <Button
              variant="link"
              data-focus="up"
              disabled={index === 0}
              aria-label={t('reviews.agenda.moveUpNamed', { name: label })}
              onClick={() => props.onMove(index - 1, 'up')}
            >
              {t('reviews.agenda.moveUp')}
            </Button>
            <Button
              variant="link"
              data-focus="down"
              disabled={index === count - 1}
              aria-label={t('reviews.agenda.moveDownNamed', { name: label })}
              onClick={() => props.onMove(index + 1, 'down')}
            >
              {t('reviews.agenda.moveDown')}
            </Button>
            {redacted ? null : (
              <Button
                variant="link"
                className="link-danger"
                aria-label={t('reviews.agenda.removeNamed', { name: label })}
                onClick={props.onRemove}
              >
                {t('common.remove')}
              </Button>
            )}
          </div>
        ) : null}
      </div>
      {redacted ? (
        <RedactedNotice item={item} meeting={meeting} user={props.user} />
      ) : (
        <ConsentWarning item={item} meeting={meeting} editable={editable} />
      )}
    </li>
  );
}

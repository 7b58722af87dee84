import { useCallback, useRef, useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { MeetingDto } from '../../../main/api/review-types';
import { FocusHeading } from '../../components/FocusHeading';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { meetingHref } from '../shell/routes';
import { AttendancePanel } from './AttendancePanel';
import { CurrentItem } from './CurrentItem';
import { FinishMeetingDialog } from './FinishMeetingDialog';
import { MeetingAgendaNav } from './MeetingAgendaNav';
import { MeetingModeTools } from './MeetingModeTools';
import { MeetingNotStarted } from './MeetingNotStarted';
import { ShortcutsBar } from './ShortcutsBar';
import { useDateFormats } from './format';
import { canPrepare, canWrite } from './roles';
import { isBlocked, isRedacted } from './room';
import { useDocumentTitle } from './useDocumentTitle';
import { useItemTimer } from './useItemTimer';
import { type MeetingKeyHandlers, useMeetingKeys } from './useMeetingKeys';
import { useMeetingChange } from './useMeetingChange';

/**
 * The meeting around one screen: full-screen, large type, one case at a time, keyboard first.
 * Presentation mode (on by default) hides identity numbers, full names and sensitive details.
 */
export function MeetingMode({ meeting, user }: { meeting: MeetingDto; user: SessionUser }) {
  const { t } = useT();
  const dates = useDateFormats();
  const change = useMeetingChange(meeting.id);
  useDocumentTitle(t('reviews.mm.documentTitle'));
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [presentation, setPresentation] = useState(true);
  const [revealedId, setRevealedId] = useState<number | null>(null);
  const [actionRequest, setActionRequest] = useState(0);
  const [noteRequest, setNoteRequest] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const itemHeading = useRef<HTMLHeadingElement>(null);
  const items = meeting.items;
  const running = meeting.status === 'in_progress';
  const current =
    items.find((item) => item.id === chosenId) ??
    items.find((item) => item.status === 'pending') ??
    items[0] ??
    null;
  const index = current ? items.indexOf(current) : -1;
  const elapsed = useItemTimer(current?.id ?? null, running && current?.status === 'pending');
  const writer = canWrite(user);
  // Not opened here: someone uncovered is in the room, or the caller may not read the case.
  const unopenable = current !== null && (isBlocked(meeting, current) || isRedacted(current));

  const goTo = useCallback(
    (offset: number) => {
      const target = items[index + offset];
      if (target) {
        setChosenId(target.id);
        setError(undefined);
      }
    },
    [items, index],
  );

  const markDiscussed = useCallback(async () => {
    // An item that could not be opened was not discussed: it moves on and is carried over.
    if (!current || !writer || current.status !== 'pending' || unopenable) {
      goTo(1);
      return;
    }
    const failure = await change('agenda.markDiscussed', {
      itemId: current.id,
      elapsedSeconds: current.elapsedSeconds + elapsed,
    });
    if (failure) {
      setError(failure.message);
      return;
    }
    const next = items.slice(index + 1).find((item) => item.status === 'pending') ?? items[index + 1];
    if (next) setChosenId(next.id);
  }, [current, writer, unopenable, change, elapsed, goTo, items, index]);

  const handlers: MeetingKeyHandlers = {
    next: () => goTo(1),
    previous: () => goTo(-1),
    newAction: () => setActionRequest((n) => n + 1),
    newNote: () => setNoteRequest((n) => n + 1),
    discussed: () => void markDiscussed(),
    reveal: () => setRevealedId((id) => (current && id !== current.id ? current.id : null)),
    presentation: () => setPresentation((on) => !on),
    leaveField: () => itemHeading.current?.focus(),
  };
  useMeetingKeys(handlers, running);

  return (
    <div className="rv-meeting-mode" data-presentation={presentation ? 'on' : 'off'}>
      <header className="rv-mm-bar">
        <FocusHeading focusKey={`meeting-mode-${meeting.id}`} className="rv-mm-title">
          {t('reviews.mm.title', { date: dates.long(meeting.date) })}
        </FocusHeading>
        <MeetingModeTools
          presentation={presentation}
          onPresentation={() => setPresentation((on) => !on)}
          agendaHref={meetingHref(meeting.id, 'agenda')}
        >
          {running && canPrepare(user) ? <FinishMeetingDialog meeting={meeting} /> : null}
        </MeetingModeTools>
      </header>
      {meeting.status === 'planned' ? <MeetingNotStarted meeting={meeting} user={user} /> : null}
      {meeting.status === 'finished' ? (
        <div className="rv-mm-message">
          <p>{t('reviews.mm.finished')}</p>
          <a className="button button-primary" href={meetingHref(meeting.id, 'minutes')}>
            {t('reviews.mm.toMinutes')}
          </a>
        </div>
      ) : null}
      {running ? (
        <>
          <div className="rv-mm-body">
            <div className="rv-mm-side">
              <MeetingAgendaNav
                items={items}
                currentId={current?.id ?? null}
                presentation={presentation}
                onSelect={(id) => setChosenId(id)}
              />
              <AttendancePanel meeting={meeting} user={user} />
            </div>
            <div className="rv-mm-main">
              <FormAlert message={error} />
              {current ? (
                <CurrentItem
                  key={current.id}
                  meeting={meeting}
                  item={current}
                  position={index + 1}
                  user={user}
                  presentation={presentation}
                  revealed={revealedId === current.id}
                  elapsed={
                    current.status === 'pending' ? current.elapsedSeconds + elapsed : current.elapsedSeconds
                  }
                  actionRequest={actionRequest}
                  noteRequest={noteRequest}
                  headingRef={itemHeading}
                  blocked={unopenable}
                  onDiscussed={() => void markDiscussed()}
                  onReveal={() => setRevealedId((id) => (id === current.id ? null : current.id))}
                />
              ) : (
                <p className="rv-mm-message">{t('reviews.mm.noItems')}</p>
              )}
            </div>
          </div>
          <ShortcutsBar />
        </>
      ) : null}
    </div>
  );
}

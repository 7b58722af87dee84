import { useCallback, useRef, useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { AgendaItemDto, MeetingDto } from '../../../main/api/review-types';
import { FocusHeading } from '../../components/FocusHeading';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import '../../styles/meeting-mode.css';
import { meetingHref } from '../shell/routes';
import { AttendancePanel } from './AttendancePanel';
import { CurrentItem } from './CurrentItem';
import { FinishMeetingDialog } from './FinishMeetingDialog';
import { MeetingAgendaNav } from './MeetingAgendaNav';
import { type LiveMessage, MeetingLiveRegion } from './MeetingLiveRegion';
import { MeetingModeTools } from './MeetingModeTools';
import { MeetingNotStarted } from './MeetingNotStarted';
import { ShortcutsBar } from './ShortcutsBar';
import { useDateFormats } from './format';
import { MeetingAnnouncerContext } from './meeting-announcer';
import { attendanceTargets, focusFirst, leaveRoomTargets } from './meeting-focus';
import { canPrepare, canWrite } from './roles';
import { isBlocked, isRedacted, uncoveredInRoom } from './room';
import { useDocumentTitle } from './useDocumentTitle';
import { useItemTimer } from './useItemTimer';
import { useItemTitle } from './useItemTitle';
import { type MeetingKeyHandlers, useMeetingKeys } from './useMeetingKeys';
import { useMeetingChange } from './useMeetingChange';

/**
 * The meeting around one screen: full-screen, large type, one case at a time, keyboard first.
 * Presentation mode (on by default) hides identity numbers, full names, free text and sensitive
 * details. Focus never falls to the page: every key and every save leaves it on a control, and
 * each change is announced in one live region (shown in the footer too).
 */
export function MeetingMode({ meeting, user }: { meeting: MeetingDto; user: SessionUser }) {
  const { t } = useT();
  const dates = useDateFormats();
  const change = useMeetingChange(meeting.id);
  const itemTitle = useItemTitle();
  useDocumentTitle(t('reviews.mm.documentTitle'));
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [presentation, setPresentation] = useState(true);
  const [revealedId, setRevealedId] = useState<number | null>(null);
  const [actionRequest, setActionRequest] = useState(0);
  const [noteRequest, setNoteRequest] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const [live, setLive] = useState<LiveMessage | null>(null);
  const itemHeading = useRef<HTMLHeadingElement>(null);
  const side = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLDivElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
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
  const revealed = current !== null && revealedId === current.id;

  const announce = useCallback(
    (text: string) => setLive((previous) => ({ text, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );
  const positionText = useCallback(
    (item: AgendaItemDto) =>
      t('reviews.live.position', {
        position: items.indexOf(item) + 1,
        count: items.length,
        title: itemTitle(item, presentation),
      }),
    [t, items, itemTitle, presentation],
  );

  const choose = useCallback(
    (item: AgendaItemDto, before?: string) => {
      setChosenId(item.id);
      setError(undefined);
      const position = positionText(item);
      announce(before ? `${before} ${position}` : position);
    },
    [positionText, announce],
  );

  const goTo = useCallback(
    (offset: number) => {
      const target = items[index + offset];
      if (target) choose(target);
      else announce(offset > 0 ? t('reviews.live.noNext') : t('reviews.live.noPrevious'));
    },
    [items, index, choose, announce, t],
  );

  const markDiscussed = useCallback(async () => {
    // An item that could not be opened was not discussed: it moves on and is carried over,
    // and the announcement (also shown in the footer) says why it could not open.
    if (current && current.status === 'pending' && unopenable) {
      const title = itemTitle(current, presentation);
      const why = isRedacted(current)
        ? t('reviews.live.skippedNoAccess', { title })
        : t('reviews.live.skippedBlocked', {
            title,
            organisations: uncoveredInRoom(meeting, current).join(', '),
          });
      const target = items[index + 1];
      if (target) choose(target, why);
      else announce(`${why} ${t('reviews.live.lastItem')}`);
      return;
    }
    if (!current || !writer || current.status !== 'pending') {
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
    const done = t('reviews.live.discussed', { title: itemTitle(current, presentation) });
    const next = items.slice(index + 1).find((item) => item.status === 'pending') ?? items[index + 1];
    if (next) {
      choose(next, done);
      return;
    }
    // The last item: the next step is finishing the meeting (for the coordinator).
    announce(`${done} ${t('reviews.live.lastItem')}`);
    (finishButton.current ?? itemHeading.current)?.focus();
  }, [
    current,
    writer,
    unopenable,
    change,
    elapsed,
    goTo,
    items,
    index,
    t,
    itemTitle,
    presentation,
    choose,
    announce,
    meeting,
  ]);

  const togglePresentation = () => {
    const on = !presentation;
    setPresentation(on);
    announce(on ? t('reviews.live.presentationOn') : t('reviews.live.presentationOff'));
  };

  const toggleReveal = () => {
    if (!current) return;
    if (!presentation) {
      announce(t('reviews.live.nothingHidden'));
      return;
    }
    setRevealedId(revealed ? null : current.id);
    announce(revealed ? t('reviews.live.hiddenAgain') : t('reviews.live.revealed'));
  };

  const handlers: MeetingKeyHandlers = {
    next: () => goTo(1),
    previous: () => goTo(-1),
    newAction: () => setActionRequest((n) => n + 1),
    newNote: () => setNoteRequest((n) => n + 1),
    discussed: () => void markDiscussed(),
    reveal: toggleReveal,
    presentation: togglePresentation,
    attendance: () => {
      if (!focusFirst(side.current, attendanceTargets)) announce(t('reviews.live.noAttendance'));
    },
    leaveRoom: () => {
      if (!focusFirst(main.current, leaveRoomTargets)) announce(t('reviews.live.noOneLeaves'));
    },
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
          onPresentation={togglePresentation}
          agendaHref={meetingHref(meeting.id, 'agenda')}
        >
          {running && canPrepare(user) ? (
            <FinishMeetingDialog meeting={meeting} buttonRef={finishButton} />
          ) : null}
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
        <MeetingAnnouncerContext.Provider value={announce}>
          <div className="rv-mm-body">
            <div className="rv-mm-side" ref={side}>
              <MeetingAgendaNav
                items={items}
                currentId={current?.id ?? null}
                presentation={presentation}
                onSelect={(id) => {
                  const item = items.find((i) => i.id === id);
                  if (item) choose(item);
                }}
              />
              <AttendancePanel meeting={meeting} user={user} />
            </div>
            <div className="rv-mm-main" ref={main}>
              <FormAlert message={error} />
              {current ? (
                <CurrentItem
                  key={current.id}
                  meeting={meeting}
                  item={current}
                  position={index + 1}
                  user={user}
                  presentation={presentation}
                  revealed={revealed}
                  elapsed={
                    current.status === 'pending' ? current.elapsedSeconds + elapsed : current.elapsedSeconds
                  }
                  actionRequest={actionRequest}
                  noteRequest={noteRequest}
                  headingRef={itemHeading}
                  blocked={unopenable}
                  onDiscussed={() => void markDiscussed()}
                  onReveal={toggleReveal}
                />
              ) : (
                <p className="rv-mm-message">{t('reviews.mm.noItems')}</p>
              )}
            </div>
          </div>
          <div className="rv-mm-bottom">
            <MeetingLiveRegion message={live} />
            <ShortcutsBar />
          </div>
        </MeetingAnnouncerContext.Provider>
      ) : null}
    </div>
  );
}

import type { MeetingNoteDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';

/** Decisions or notes of an item, each with its author and time. */
export function NoteList({ heading, notes }: { heading: string; notes: MeetingNoteDto[] }) {
  const { t, formatDateTime } = useT();
  if (notes.length === 0) return null;
  return (
    <div>
      <h4>{heading}</h4>
      <ul className="rv-note-list">
        {notes.map((note) => (
          <li key={note.id} className={note.kind === 'decision' ? 'rv-note rv-decision' : 'rv-note'}>
            <p className="rv-prewrap">{note.text}</p>
            <p className="rv-note-meta">
              {t('reviews.notes.by', { name: note.authorName, time: formatDateTime(note.createdAt) })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

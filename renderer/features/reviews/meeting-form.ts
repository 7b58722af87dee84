import { addDays, todayIso } from '../../../main/api/dates';
import type { MeetingDto, MeetingSeriesDto } from '../../../main/api/review-types';
import { idFromField } from '../../forms/formResolver';

/** The meeting form as inputs hold it (strings); checkboxes give one value, several, or none. */
export interface MeetingValues {
  seriesId: string;
  date: string;
  startTime: string;
  durationMinutes: string;
  place: string;
  attendeeUserIds: string[] | string | false;
}

export function attendeeIds(value: MeetingValues['attendeeUserIds']): number[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map(Number);
}

/** A whole number from an input; empty or not a number stays NaN so the schema reports it. */
export function numberFromField(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

export function meetingInput(values: MeetingValues) {
  return {
    seriesId: values.seriesId === '' ? null : idFromField(values.seriesId),
    date: values.date,
    startTime: values.startTime,
    durationMinutes: numberFromField(values.durationMinutes),
    place: values.place,
    attendeeUserIds: attendeeIds(values.attendeeUserIds),
  };
}

/** The next date (from tomorrow on) that falls on an ISO weekday (1 = Monday … 7 = Sunday). */
export function nextWeekday(weekday: number): string {
  let date = addDays(todayIso(), 1);
  for (let i = 0; i < 7; i += 1) {
    const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
    const iso = ((new Date(year, month - 1, day).getDay() + 6) % 7) + 1;
    if (iso === weekday) return date;
    date = addDays(date, 1);
  }
  return date;
}

export function blankMeeting(memberIds: number[]): MeetingValues {
  return {
    seriesId: '',
    date: addDays(todayIso(), 1),
    startTime: '09:00',
    durationMinutes: '60',
    place: '',
    attendeeUserIds: memberIds.map(String),
  };
}

export function valuesOfMeeting(meeting: MeetingDto): MeetingValues {
  return {
    seriesId: meeting.seriesId === null ? '' : String(meeting.seriesId),
    date: meeting.date,
    startTime: meeting.startTime,
    durationMinutes: String(meeting.durationMinutes),
    place: meeting.place,
    attendeeUserIds: meeting.attendees.map((a) => String(a.userId)),
  };
}

/** Fills time, length and place from a series and proposes its next date. */
export function valuesFromSeries(values: MeetingValues, series: MeetingSeriesDto): MeetingValues {
  return {
    ...values,
    seriesId: String(series.id),
    date: nextWeekday(series.weekday),
    startTime: series.startTime,
    durationMinutes: String(series.durationMinutes),
    place: series.place,
  };
}

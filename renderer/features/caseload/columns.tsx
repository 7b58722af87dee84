import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { todayIso } from '../../../main/api/dates';
import { participantLabel } from '../../../main/domain/people';
import { daysInProgramme } from '../../../main/domain/programme';
import type { ParticipantListRow } from '../../../main/api/participant-types';
import { Badge } from '../../components/Badge';
import type { I18n } from '../../i18n/I18nContext';
import { participantHref } from '../shell/routes';
import type { ListSort } from './list-state';

export const listFeatures = tableFeatures({ rowSortingFeature });
const column = createColumnHelper<typeof listFeatures, ParticipantListRow>();

/** Columns that sort on the server, and the list sort each one maps to. */
export const sortKeyOfColumn: Record<string, ListSort> = {
  name: 'name',
  status: 'status',
  responsible: 'responsible',
  organisation: 'referringOrganisation',
  days: 'enrolledOn',
  plannedEnd: 'plannedEndOn',
  lastActivity: 'lastActivityOn',
};

/** "Days in the programme" grows as the enrolment date gets earlier: the sort is inverted. */
export const invertedColumns = new Set(['days']);

export function displayName(row: { name: string | null; code: string }, t: I18n['t']): string {
  return participantLabel(row, 'name', {
    pseudonym: (code) => t('participant.pseudonym', { code }),
    unknown: t('reviews.participantUnknown'),
  });
}

export function participantColumns(i18n: I18n, shortDate: (date: string | null) => string) {
  const { t, formatNumber } = i18n;
  return column.columns([
    column.accessor('name', {
      id: 'name',
      header: () => t('caseload.column.name'),
      cell: ({ row }) => {
        const p = row.original;
        return (
          <span className="name-cell">
            {p.access === 'full' ? (
              <a href={participantHref(p.id)}>{displayName(p, t)}</a>
            ) : (
              <span>{displayName(p, t)}</span>
            )}
            {p.protectedIdentity ? <Badge tone="warning">{t('caseload.protected')}</Badge> : null}
            {p.access === 'exists' ? <span className="muted small">{t('caseload.existsOnly')}</span> : null}
          </span>
        );
      },
    }),
    column.accessor('status', {
      id: 'status',
      header: () => t('caseload.column.status'),
      cell: ({ getValue }) => t(`participantStatus.${getValue()}`),
    }),
    column.accessor('responsibleName', {
      id: 'responsible',
      header: () => t('caseload.column.responsible'),
      cell: ({ getValue }) => getValue() ?? t('common.none'),
    }),
    column.accessor('referringOrganisationName', {
      id: 'organisation',
      header: () => t('caseload.column.organisation'),
      cell: ({ getValue }) => <span title={getValue()}>{getValue()}</span>,
    }),
    column.accessor((row) => daysInProgramme(row, todayIso()), {
      id: 'days',
      header: () => t('caseload.column.days'),
      cell: ({ getValue }) => {
        const days = getValue();
        return days === null ? t('common.none') : formatNumber(days);
      },
    }),
    column.accessor('plannedEndOn', {
      id: 'plannedEnd',
      header: () => t('caseload.column.plannedEnd'),
      cell: ({ getValue }) => shortDate(getValue()),
    }),
    column.accessor('lastActivityOn', {
      id: 'lastActivity',
      header: () => t('caseload.column.lastActivity'),
      cell: ({ row }) => (
        <span className="activity-cell">
          {shortDate(row.original.lastActivityOn)}
          {row.original.inactive ? <Badge tone="warning">{t('caseload.inactive')}</Badge> : null}
        </span>
      ),
    }),
    column.accessor('mappingCompleteness', {
      id: 'mapping',
      header: () => t('caseload.column.mapping'),
      enableSorting: false,
      cell: ({ getValue }) => {
        const value = getValue();
        return value === null ? t('common.none') : `${formatNumber(value)} %`;
      },
    }),
    column.accessor('openActions', {
      id: 'actions',
      header: () => t('caseload.column.actions'),
      enableSorting: false,
      cell: ({ getValue }) => (getValue() > 0 ? formatNumber(getValue()) : t('common.none')),
    }),
    column.accessor('consentStatus', {
      id: 'consent',
      header: () => t('caseload.column.consent'),
      enableSorting: false,
      cell: ({ getValue }) => {
        const value = getValue();
        return (
          <Badge tone={value === 'valid' ? 'neutral' : value === 'expiring' ? 'warning' : 'muted'}>
            {t(`consentStatus.${value}`)}
          </Badge>
        );
      },
    }),
  ]);
}

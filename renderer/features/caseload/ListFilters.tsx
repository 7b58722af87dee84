import { useEffect, useId, useState } from 'react';
import type { ParticipantStatus, TeamMember } from '../../../main/api/participant-types';
import type { OrganisationDto } from '../../../main/api/contract';
import { participantStatuses } from '../../../main/api/schema-enums';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { emptyFilters, type ListFilterValues } from './list-state';

interface Props {
  value: ListFilterValues;
  onChange: (value: ListFilterValues) => void;
  organisations: OrganisationDto[];
  members: TeamMember[];
}

const SEARCH_DELAY_MS = 250;

/** Free-text search (debounced) and filters by status, referring organisation and caseworker. */
export function ListFilters({ value, onChange, organisations, members }: Props) {
  const { t } = useT();
  const id = useId();
  const [search, setSearch] = useState(value.search);

  useEffect(() => {
    if (search.trim() === value.search) return undefined;
    const timer = setTimeout(() => onChange({ ...value, search: search.trim() }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);

  const toggleStatus = (status: ParticipantStatus, checked: boolean) =>
    onChange({
      ...value,
      statuses: checked ? [...value.statuses, status] : value.statuses.filter((s) => s !== status),
    });

  return (
    <div className="list-filters" role="search">
      <div className="field list-search">
        <label className="field-label" htmlFor={`${id}-search`}>
          {t('caseload.search')}
        </label>
        <p className="field-hint" id={`${id}-search-hint`}>
          {t('caseload.searchHint')}
        </p>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          value={search}
          aria-describedby={`${id}-search-hint`}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-org`}>
          {t('caseload.filter.organisation')}
        </label>
        <select
          id={`${id}-org`}
          className="input select"
          value={value.organisationId ?? ''}
          onChange={(event) =>
            onChange({
              ...value,
              organisationId: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t('caseload.filter.all')}</option>
          {organisations.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-responsible`}>
          {t('caseload.filter.responsible')}
        </label>
        <select
          id={`${id}-responsible`}
          className="input select"
          value={value.responsibleUserId ?? ''}
          onChange={(event) =>
            onChange({
              ...value,
              responsibleUserId: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t('caseload.filter.all')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name} ({member.organisationName})
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-statuses">
        <legend className="field-label">{t('caseload.column.status')}</legend>
        <div className="chip-group">
          {participantStatuses.map((status) => (
            <label key={status} className="chip-check">
              <input
                type="checkbox"
                checked={value.statuses.includes(status)}
                onChange={(event) => toggleStatus(status, event.target.checked)}
              />
              <span>{t(`participantStatus.${status}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="list-filters-actions">
        <Button
          onClick={() => {
            setSearch('');
            onChange(emptyFilters);
          }}
        >
          {t('caseload.filter.clear')}
        </Button>
      </div>
    </div>
  );
}

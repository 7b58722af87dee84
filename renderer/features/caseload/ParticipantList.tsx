import type { ReactNode } from 'react';
import { type SortingState, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApiQuery } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingState } from '../../components/LoadingState';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { invertedColumns, listFeatures, participantColumns, sortKeyOfColumn } from './columns';
import { ListFilters } from './ListFilters';
import { type ListFilterValues, type ListSortValue, defaultFilters, defaultSort } from './list-state';
import { useParticipantPages } from './useParticipantPages';

const ROW_HEIGHT = 48;

function toSorting(sort: ListSortValue): SortingState {
  const id = Object.keys(sortKeyOfColumn).find((key) => sortKeyOfColumn[key] === sort.sort) ?? 'name';
  const desc = sort.direction === 'desc';
  return [{ id, desc: invertedColumns.has(id) ? !desc : desc }];
}

function fromSorting(sorting: SortingState): ListSortValue {
  const first = sorting[0];
  if (!first) return defaultSort;
  const sort = sortKeyOfColumn[first.id] ?? 'name';
  const desc = invertedColumns.has(first.id) ? !first.desc : first.desc;
  return { sort, direction: desc ? 'desc' : 'asc' };
}

/**
 * The participant list: filters and sorting run in SQL; pages of 100 load as the user
 * scrolls; only the visible rows are rendered, so 20,000 participants stay smooth.
 */
/**
 * `emptyTeam`: what to show instead of "no match" when the list is empty; `onFirstPage`: called
 * once the first page has arrived (the page then loads what can wait).
 */
export function ParticipantList({
  emptyTeam = null,
  onFirstPage,
}: { emptyTeam?: ReactNode; onFirstPage?: () => void } = {}) {
  const i18n = useT();
  const { t } = i18n;
  const shortDate = useShortDate();
  const [filters, setFilters] = useState<ListFilterValues>(defaultFilters);
  const [sort, setSort] = useState<ListSortValue>(defaultSort);
  const organisations = useApiQuery('organisations.list', {});
  const members = useApiQuery('team.members', {});
  const pages = useParticipantPages(filters, sort);
  const rows = useMemo(() => pages.data?.pages.flatMap((page) => page.rows) ?? [], [pages.data]);
  const total = pages.data?.pages[0]?.total ?? 0;
  const totalCapped = pages.data?.pages[0]?.totalCapped ?? false;
  const firstPageShown = pages.data !== undefined;
  useEffect(() => {
    if (firstPageShown) onFirstPage?.();
  }, [firstPageShown, onFirstPage]);
  const inactivityWeeks = pages.data?.pages[0]?.inactivityWeeks;
  const columns = useMemo(() => participantColumns(i18n, shortDate), [i18n, shortDate]);
  const sorting = useMemo(() => toSorting(sort), [sort]);

  const table = useTable({
    features: listFeatures,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    enableSortingRemoval: false,
    // The server sorts; the first click on a column always sorts ascending.
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater) =>
      setSort(fromSorting(typeof updater === 'function' ? updater(sorting) : updater)),
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  useEffect(() => {
    if (lastIndex >= rows.length - 20 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const changeFilters = useCallback((next: ListFilterValues) => {
    setFilters(next);
    scrollRef.current?.scrollTo({ top: 0 });
  }, []);

  const tableRows = table.getRowModel().rows;
  const headerGroups = table.getHeaderGroups();
  const columnCount = columns.length;
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    <div className="participant-list">
      <ListFilters
        value={filters}
        onChange={changeFilters}
        organisations={organisations.data ?? []}
        members={members.data ?? []}
      />
      <p className="list-summary" role="status">
        {pages.data ? t(totalCapped ? 'caseload.countCapped' : 'caseload.count', { count: total }) : ''}
        {inactivityWeeks !== undefined ? (
          <span className="muted"> · {t('caseload.inactiveExplained', { weeks: inactivityWeeks })}</span>
        ) : null}
      </p>
      {pages.error ? (
        <ErrorBanner
          message={pages.error.message}
          onRetry={() => void pages.refetch()}
          retrying={pages.isFetching}
        />
      ) : null}
      {!pages.data && !pages.error ? <LoadingState /> : null}
      {pages.data ? (
        <div ref={scrollRef} className="virtual-scroll" tabIndex={0} aria-label={t('caseload.tableScroll')}>
          <table className="table participant-table" aria-rowcount={total + 1}>
            <caption className="visually-hidden">{t('caseload.caption')}</caption>
            <thead>
              {headerGroups.map((group) => (
                <tr key={group.id} aria-rowindex={1}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    const canSort = header.column.getCanSort();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={`col-${header.column.id}`}
                        aria-sort={
                          sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                        }
                      >
                        {canSort ? (
                          <button
                            type="button"
                            className="sort-button"
                            onClick={header.column.getToggleSortingHandler()}
                          >
                            <table.FlexRender header={header} />
                            <span className="sort-indicator" aria-hidden="true">
                              {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                            </span>
                          </button>
                        ) : (
                          <table.FlexRender header={header} />
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {paddingTop > 0 ? (
                <tr aria-hidden="true" className="virtual-spacer">
                  <td colSpan={columnCount} style={{ height: paddingTop }} />
                </tr>
              ) : null}
              {items.map((item) => {
                const row = tableRows[item.index];
                if (!row) {
                  return (
                    <tr key={`loading-${item.index}`} aria-rowindex={item.index + 2} className="row-loading">
                      <td colSpan={columnCount}>{t('common.loading')}</td>
                    </tr>
                  );
                }
                return (
                  <tr
                    key={row.id}
                    aria-rowindex={item.index + 2}
                    className={row.original.access === 'exists' ? 'row-inactive' : undefined}
                  >
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id} className={`col-${cell.column.id}`}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                );
              })}
              {paddingBottom > 0 ? (
                <tr aria-hidden="true" className="virtual-spacer">
                  <td colSpan={columnCount} style={{ height: paddingBottom }} />
                </tr>
              ) : null}
            </tbody>
          </table>
          {total === 0 ? (emptyTeam ?? <p className="alert alert-empty">{t('caseload.empty')}</p>) : null}
        </div>
      ) : null}
    </div>
  );
}

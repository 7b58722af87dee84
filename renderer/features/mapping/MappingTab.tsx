import { useState } from 'react';
import type { PeriodDto } from '../../../main/api/participant-types';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { PeriodChooser, usePeriodChoice } from '../case/PeriodChooser';
import { CompletionOverview } from './CompletionOverview';
import { MappingConversations } from './MappingConversations';
import { MappingSection, sectionElementId } from './MappingSection';
import '../../styles/mapping.css';

interface Props {
  participantId: number;
  /** The person's periods (newest first): a chooser when there is more than one. */
  periods: readonly PeriodDto[];
  /** From the participant page (mayWriteParticipant): otherwise every field is read-only. */
  canWrite: boolean;
}

const CONVERSATIONS = 'conversations';

/** The shared mapping: every section, filled in by the profession that knows it. */
export function MappingTab({ participantId, periods, canWrite: mayWrite }: Props) {
  const { t } = useT();
  const choice = usePeriodChoice(periods);
  // The current period keeps the key the saves update (useUpdateMappingCache, ConversationForm).
  const mapping = useApiQuery(
    'mapping.get',
    choice.periodId === null ? { participantId } : { participantId, periodId: choice.periodId },
  );
  // An earlier period is history: shown, never changed.
  const canWrite = mayWrite && choice.history === null;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const show = (sectionKey: string) => {
    setOpen((current) => new Set(current).add(sectionKey));
    const toggleButton = document.getElementById(`${sectionElementId(sectionKey)}-toggle`);
    toggleButton?.scrollIntoView({ block: 'start' });
    toggleButton?.focus({ preventScroll: true });
  };

  if (mapping.error?.apiError.code === 'forbidden') {
    return <p className="lead mapping-denied">{mapping.error.message}</p>;
  }
  return (
    <>
      <PeriodChooser periods={periods} choice={choice} />
      <QueryState query={mapping}>
        {(data) => {
          const sections = data.template.definition.sections.filter(
            (section) => !section.deprecated || section.fields.some((f) => data.values[f.key]),
          );
          const allKeys = [CONVERSATIONS, ...sections.map((section) => section.key)];
          const allOpen = allKeys.every((key) => open.has(key));
          return (
            <div className="mapping">
              <p className="lead">
                {t(canWrite ? 'mapping.lead' : 'mapping.leadReadOnly', { version: data.template.version })}
                {data.newerTemplateExists ? <> {t('mapping.olderTemplate')}</> : null}
              </p>
              <div className="mapping-overview-head">
                <h2 className="mapping-heading">{t('mapping.overview.title')}</h2>
                <Button
                  variant="secondary"
                  aria-expanded={allOpen}
                  onClick={() => setOpen(allOpen ? new Set() : new Set(allKeys))}
                >
                  {allOpen ? t('mapping.closeAll') : t('mapping.openAll')}
                </Button>
              </div>
              <CompletionOverview mapping={data} onShow={show} />
              <MappingConversations
                participantId={participantId}
                conversations={data.conversations}
                canWrite={canWrite}
                open={open.has(CONVERSATIONS)}
                onToggle={() => toggle(CONVERSATIONS)}
              />
              {sections.map((section) => (
                <MappingSection
                  key={section.key}
                  participantId={participantId}
                  templateId={data.template.id}
                  section={section}
                  completion={data.completion.find((c) => c.sectionKey === section.key)}
                  values={data.values}
                  canWrite={canWrite}
                  showHistory={choice.history === null}
                  open={open.has(section.key)}
                  onToggle={() => toggle(section.key)}
                />
              ))}
            </div>
          );
        }}
      </QueryState>
    </>
  );
}

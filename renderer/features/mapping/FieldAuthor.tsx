import type { MappingFieldValueDto } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';
import { useStamp } from './useStamp';

/** Who wrote the current value, for which organisation, and when. */
export function FieldAuthor({ id, saved }: { id: string; saved: MappingFieldValueDto }) {
  const { t } = useT();
  const { stamp } = useStamp();
  return (
    <span id={id} className="mapping-author">
      {t('mapping.writtenBy', {
        name: saved.authorName,
        organisation: saved.authorOrganisationName,
        time: stamp(saved.updatedAt),
      })}
    </span>
  );
}

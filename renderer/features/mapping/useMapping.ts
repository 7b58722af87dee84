import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  MappingDto,
  MappingFieldValueDto,
  SectionCompletion,
} from '../../../main/api/plan-mapping-types';
import { queryKeyOf } from '../../api/query';

/** Puts a saved field (and the new completion) into the cached mapping. */
export function useUpdateMappingCache(participantId: number) {
  const client = useQueryClient();
  return useCallback(
    (field: MappingFieldValueDto, completion?: SectionCompletion[]) => {
      client.setQueryData<MappingDto>(queryKeyOf('mapping.get', { participantId }), (current) =>
        current
          ? {
              ...current,
              values: { ...current.values, [field.fieldKey]: field },
              completion: completion ?? current.completion,
            }
          : current,
      );
      void client.invalidateQueries({ queryKey: ['participants.list'] });
    },
    [client, participantId],
  );
}

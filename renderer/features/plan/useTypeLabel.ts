import { useCallback } from 'react';
import type { InterventionTypeDto } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';

/** The label of an intervention type in the user's language (the code when it is unknown). */
export function useTypeLabel(types: readonly InterventionTypeDto[]): (code: string) => string {
  const { lang } = useT();
  return useCallback(
    (code: string) => {
      const type = types.find((candidate) => candidate.code === code);
      if (!type) return code;
      return lang === 'sv' ? type.labelSv : type.labelEn;
    },
    [types, lang],
  );
}

import { useMemo } from 'react';
import { yesNoUnknown } from '../../../main/api/mapping-template';
import { useT } from '../../i18n/useT';

/** Labels of the yes/no/unknown answers in the user's language. */
export function useAnswers(): Record<string, string> {
  const { t } = useT();
  return useMemo(
    () => Object.fromEntries(yesNoUnknown.map((answer) => [answer, t(`mapping.answer.${answer}`)])),
    [t],
  );
}

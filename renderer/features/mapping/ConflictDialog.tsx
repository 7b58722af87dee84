import * as Dialog from '@radix-ui/react-dialog';
import type { TemplateField } from '../../../main/api/mapping-template';
import type { MappingFieldValueDto } from '../../../main/api/plan-mapping-types';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { displayValue } from './display';
import { useAnswers } from './useAnswers';
import { useStamp } from './useStamp';
import { type Draft, valueOf } from './value';

interface Props {
  field: TemplateField;
  mine: Draft;
  theirs: MappingFieldValueDto;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Someone saved the field after you opened it: both values side by side, you choose. */
export function ConflictDialog({ field, mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const { t, lang } = useT();
  const { stamp } = useStamp();
  const answers = useAnswers();
  const none = t('mapping.empty');
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onTakeTheirs())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog-title">
            {t('mapping.conflict.title', { field: field.label[lang] })}
          </Dialog.Title>
          <Dialog.Description className="dialog-description">{t('mapping.conflict.lead')}</Dialog.Description>
          <div className="conflict-values">
            <div>
              <h3 className="small-heading">{t('mapping.conflict.mine')}</h3>
              <p className="prewrap">{displayValue(field, valueOf(field, mine), lang, none, answers)}</p>
            </div>
            <div>
              <h3 className="small-heading">
                {t('mapping.conflict.theirs', {
                  name: theirs.authorName,
                  organisation: theirs.authorOrganisationName,
                  time: stamp(theirs.updatedAt),
                })}
              </h3>
              <p className="prewrap">{displayValue(field, theirs.value, lang, none, answers)}</p>
            </div>
          </div>
          <div className="form-actions">
            <Button onClick={onTakeTheirs}>{t('mapping.conflict.takeTheirs')}</Button>
            <Button variant="primary" onClick={onKeepMine}>
              {t('mapping.conflict.keepMine')}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

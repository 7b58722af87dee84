import { createPortal } from 'react-dom';
import type { SetupResult } from '../../../main/api/contract';
import { useT } from '../../i18n/useT';

/** The printed recovery sheet: only visible on paper (see styles/print.css). */
export function RecoverySheet({ result }: { result: SetupResult }) {
  const { t, formatDate } = useT();
  return createPortal(
    <section className="print-sheet" aria-hidden="true">
      <h2 className="print-title">{t('recovery.sheet.title')}</h2>
      <dl className="print-facts">
        <dt>{t('recovery.sheet.team')}</dt>
        <dd>{result.teamName}</dd>
        <dt>{t('recovery.sheet.created')}</dt>
        <dd>{formatDate(result.createdAt)}</dd>
      </dl>
      <p className="print-key-label">{t('recovery.keyLabel')}</p>
      <p className="print-key">{result.recoveryKey}</p>
      <p>{t('recovery.purpose')}</p>
      <h3>{t('recovery.sheet.whereTitle')}</h3>
      <ul>
        <li>{t('recovery.sheet.where1')}</li>
        <li>{t('recovery.sheet.where2')}</li>
        <li>{t('recovery.sheet.where3')}</li>
      </ul>
      <p className="print-footer">{t('recovery.sheet.footer')}</p>
    </section>,
    document.body,
  );
}

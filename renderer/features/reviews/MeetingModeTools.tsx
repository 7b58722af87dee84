import { type ReactNode, useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';

interface Props {
  presentation: boolean;
  onPresentation: () => void;
  agendaHref: string;
  children?: ReactNode;
}

/** Presentation mode, full screen for the projector, back to the agenda, finishing. */
export function MeetingModeTools({ presentation, onPresentation, agendaHref, children }: Props) {
  const { t } = useT();
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const update = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return (
    <div className="rv-mm-tools" role="group" aria-label={t('reviews.mm.tools')}>
      <Button className="rv-toggle" aria-pressed={presentation} onClick={onPresentation}>
        {t('reviews.mm.presentation')}
      </Button>
      <Button className="rv-toggle" aria-pressed={fullScreen} onClick={toggleFullScreen}>
        {t('reviews.mm.fullScreen')}
      </Button>
      <a className="button button-secondary" href={agendaHref}>
        {t('reviews.mm.leave')}
      </a>
      {children}
    </div>
  );
}

import { FocusHeading } from '../../components/FocusHeading';
import type { UiKey } from '../../i18n/sv';
import { useT } from '../../i18n/useT';

interface Props {
  title: UiKey;
  text: UiKey;
}

/** A calm page for the parts that arrive in a coming version. */
export function PlaceholderPage({ title, text }: Props) {
  const { t } = useT();
  return (
    <section className="page placeholder-page">
      <FocusHeading focusKey={title}>{t(title)}</FocusHeading>
      <p className="lead">{t(text)}</p>
    </section>
  );
}

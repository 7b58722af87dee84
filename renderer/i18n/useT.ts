import { useContext } from 'react';
import { type I18n, I18nContext } from './I18nContext';

export function useT(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() outside <I18nProvider>');
  return value;
}

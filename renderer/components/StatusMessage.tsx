interface Props {
  message: string | undefined;
}

/** A calm confirmation ("Sparat"), announced politely. */
export function StatusMessage({ message }: Props) {
  return (
    <div role="status" className={message ? 'alert alert-success' : 'visually-hidden'}>
      {message ?? ''}
    </div>
  );
}

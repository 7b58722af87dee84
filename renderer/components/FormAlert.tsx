interface Props {
  message: string | undefined;
  id?: string;
}

/** A form-level error, announced when it appears. */
export function FormAlert({ message, id }: Props) {
  if (!message) return null;
  return (
    <div id={id} role="alert" className="alert alert-error">
      {message}
    </div>
  );
}

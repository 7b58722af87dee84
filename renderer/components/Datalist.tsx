interface Props {
  id: string;
  options: readonly string[];
}

/** Suggestions for a free-text input (e.g. the professions typical for an organisation). */
export function Datalist({ id, options }: Props) {
  return (
    <datalist id={id}>
      {options.map((option) => (
        <option key={option} value={option} />
      ))}
    </datalist>
  );
}

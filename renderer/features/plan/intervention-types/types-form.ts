import type { Path, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { saveInterventionTypesInput } from '../../../../main/api/plan-mapping-schemas';
import type { InterventionTypeDto } from '../../../../main/api/plan-mapping-types';

export interface TypeRowValues {
  code: string;
  labelSv: string;
  labelEn: string;
  active: boolean;
  /** Added in this editing session: its code can still be typed. */
  isNew: boolean;
}

export interface TypesValues {
  types: TypeRowValues[];
}

export type TypesForm = UseFormReturn<TypesValues, unknown, z.output<typeof saveInterventionTypesInput>>;

export function typesValuesOf(types: InterventionTypeDto[]): TypesValues {
  return { types: types.map((type) => ({ ...type, isNew: false })) };
}

export function typesInput(values: TypesValues) {
  return {
    types: values.types.map(({ code, labelSv, labelEn, active }) => ({ code, labelSv, labelEn, active })),
  };
}

export const blankTypeRow = (): TypeRowValues => ({
  code: '',
  labelSv: '',
  labelEn: '',
  active: true,
  isNew: true,
});

export function isTypesField(path: string): path is Path<TypesValues> {
  return /^types\.\d+\.(code|labelSv|labelEn|active)$/.test(path);
}

import { asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { InterventionTypeDto } from '../../api/plan-mapping-types';
import type { Db } from '../../../db/open';
import { interventionTypes, planInterventions } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';

export function listInterventionTypes(db: Db): InterventionTypeDto[] {
  return db
    .select({
      code: interventionTypes.code,
      labelSv: interventionTypes.labelSv,
      labelEn: interventionTypes.labelEn,
      active: interventionTypes.active,
    })
    .from(interventionTypes)
    .orderBy(asc(interventionTypes.sortOrder), asc(interventionTypes.code))
    .all();
}

/**
 * Replaces the list (labels, order, active flag; new codes may be added). A code that is in
 * use can be deactivated but not removed, so old plans keep their meaning.
 */
export function saveInterventionTypes(
  { db, actor }: ServiceContext,
  input: ParsedInput<'interventionTypes.save'>,
): InterventionTypeDto[] {
  return db.transaction((tx) => {
    const kept = new Set(input.types.map((type) => type.code));
    const removed = listInterventionTypes(tx)
      .map((type) => type.code)
      .filter((code) => !kept.has(code));
    if (removed.length > 0) {
      const used = tx
        .selectDistinct({ code: planInterventions.typeCode })
        .from(planInterventions)
        .where(inArray(planInterventions.typeCode, removed))
        .get();
      if (used) throw new AppError('conflict', 'error.interventionTypeRemoved', { code: used.code });
      tx.delete(interventionTypes).where(inArray(interventionTypes.code, removed)).run();
    }
    input.types.forEach((type, index) => {
      const values = {
        labelSv: type.labelSv,
        labelEn: type.labelEn,
        active: type.active,
        sortOrder: index + 1,
      };
      tx.insert(interventionTypes)
        .values({ code: type.code, ...values })
        .onConflictDoUpdate({ target: interventionTypes.code, set: values })
        .run();
    });
    appendAudit(tx, {
      userId: actor.userId,
      action: 'intervention_types.save',
      entityType: 'settings',
      entityId: 'intervention_types',
      details: { count: input.types.length },
    });
    return listInterventionTypes(tx);
  });
}

export function assertInterventionType(db: Db, code: string, allowInactive: boolean): void {
  const row = db.select().from(interventionTypes).where(eq(interventionTypes.code, code)).get();
  if (!row || (!row.active && !allowInactive)) {
    throw new AppError('invalid_input', 'error.interventionTypeUnknown', undefined, 'typeCode');
  }
}

import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import { defaultMappingTemplate } from '../../api/default-mapping-template';
import type { TemplateDefinition } from '../../api/mapping-template';
import type { MappingTemplateDto } from '../../api/plan-mapping-types';
import type { Db } from '../../../db/open';
import { mappingTemplates, users } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';

export const DEFAULT_TEMPLATE_KEY = 'default';
const DEFAULT_TEMPLATE_NAME = 'Gemensam kartläggning';

export function activeFieldCount(definition: TemplateDefinition): number {
  return definition.sections
    .filter((section) => !section.deprecated)
    .reduce((sum, section) => sum + section.fields.filter((field) => !field.deprecated).length, 0);
}

function toDto(row: typeof mappingTemplates.$inferSelect, createdByName: string | null): MappingTemplateDto {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    name: row.name,
    definition: row.definition,
    current: row.current,
    createdAt: row.createdAt,
    createdByName,
  };
}

export function templateById(db: Db, id: number): MappingTemplateDto {
  const row = db
    .select({ template: mappingTemplates, createdByName: users.name })
    .from(mappingTemplates)
    .leftJoin(users, eq(users.id, mappingTemplates.createdBy))
    .where(eq(mappingTemplates.id, id))
    .get();
  if (!row) throw new AppError('not_found', 'error.templateNotFound');
  return toDto(row.template, row.createdByName);
}

/**
 * The version offered for new mappings. The shipped default is written as version 1 the
 * first time it is needed (also in databases created before templates existed); call it
 * inside a transaction.
 */
export function currentTemplate(db: Db, key = DEFAULT_TEMPLATE_KEY): MappingTemplateDto {
  const row = db
    .select({ id: mappingTemplates.id })
    .from(mappingTemplates)
    .where(and(eq(mappingTemplates.key, key), eq(mappingTemplates.current, true)))
    .get();
  if (row) return templateById(db, row.id);
  if (key !== DEFAULT_TEMPLATE_KEY) throw new AppError('not_found', 'error.templateNotFound');
  const created = db
    .insert(mappingTemplates)
    .values({
      key,
      version: 1,
      name: DEFAULT_TEMPLATE_NAME,
      definition: defaultMappingTemplate,
      fieldCount: activeFieldCount(defaultMappingTemplate),
      current: true,
    })
    .returning({ id: mappingTemplates.id })
    .get();
  return templateById(db, created.id);
}

/** All versions, newest first (the admin's template editor and its history). */
export function listTemplates({ db }: ServiceContext): MappingTemplateDto[] {
  return db.transaction((tx) => {
    currentTemplate(tx);
    return tx
      .select({ template: mappingTemplates, createdByName: users.name })
      .from(mappingTemplates)
      .leftJoin(users, eq(users.id, mappingTemplates.createdBy))
      .orderBy(mappingTemplates.key, desc(mappingTemplates.version))
      .all()
      .map((row) => toDto(row.template, row.createdByName));
  });
}

/**
 * Saves an edited template as the next version. Keys of fields that existed stay (values are
 * stored by key); a field can be deprecated but the editor never deletes one that has values.
 */
export function saveTemplate(
  { db, actor }: ServiceContext,
  input: ParsedInput<'mappingTemplates.save'>,
): MappingTemplateDto {
  return db.transaction((tx) => {
    const current = currentTemplate(tx, input.key);
    if (current.version !== input.baseVersion) {
      throw new AppError('conflict', 'error.templateVersionConflict', { version: current.version });
    }
    const kept = new Set(input.definition.sections.flatMap((s) => s.fields.map((f) => f.key)));
    const removed = current.definition.sections.flatMap((s) => s.fields).find((f) => !kept.has(f.key));
    if (removed) {
      throw new AppError('invalid_input', 'error.fieldRemoved', { key: removed.key }, 'definition');
    }
    tx.update(mappingTemplates).set({ current: false }).where(eq(mappingTemplates.key, input.key)).run();
    const created = tx
      .insert(mappingTemplates)
      .values({
        key: input.key,
        version: current.version + 1,
        name: input.name,
        definition: input.definition,
        fieldCount: activeFieldCount(input.definition),
        current: true,
        createdBy: actor.userId,
      })
      .returning({ id: mappingTemplates.id })
      .get();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'mapping_template.save',
      entityType: 'mapping_template',
      entityId: created.id,
      details: { key: input.key, version: current.version + 1 },
    });
    return templateById(tx, created.id);
  });
}

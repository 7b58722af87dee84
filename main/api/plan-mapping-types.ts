import type { FieldValue, TemplateDefinition } from './mapping-template';
import type { NamedRef } from './participant-types';
import type { SipAttendeeRole, interventionStatuses, planGoals, subgoalStatuses } from './schema-enums';

export type PlanGoal = (typeof planGoals)[number];
export type SubgoalStatus = (typeof subgoalStatuses)[number];
export type InterventionStatus = (typeof interventionStatuses)[number];

export interface MappingTemplateDto {
  id: number;
  key: string;
  version: number;
  name: string;
  definition: TemplateDefinition;
  current: boolean;
  createdAt: string;
  createdByName: string | null;
}

export interface MappingFieldValueDto {
  fieldKey: string;
  value: FieldValue;
  revision: number;
  authorName: string;
  authorOrganisationName: string;
  updatedAt: string;
}

export type SectionCompletionState = 'filled' | 'partly' | 'empty';

export interface SectionCompletion {
  sectionKey: string;
  state: SectionCompletionState;
  filled: number;
  total: number;
  /** Organisations that have contributed to the section. */
  contributors: string[];
}

export interface MappingConversationDto {
  number: 1 | 2 | 3;
  heldOn: string;
  attendees: string;
  summary: string;
  authorName: string;
  updatedAt: string;
}

export interface MappingDto {
  participantId: number;
  /** The period this mapping belongs to. */
  periodId: number;
  /** The template version this mapping is filled against (the current one when still empty). */
  template: MappingTemplateDto;
  /** True when a newer template version exists than the one this mapping uses. */
  newerTemplateExists: boolean;
  values: Record<string, MappingFieldValueDto>;
  conversations: MappingConversationDto[];
  completion: SectionCompletion[];
}

export type SaveFieldResult =
  | { status: 'saved'; field: MappingFieldValueDto; completion: SectionCompletion[] }
  /** Someone else saved the field after the user loaded it: show both and let the user choose. */
  | { status: 'conflict'; current: MappingFieldValueDto; yourValue: FieldValue };

export interface FieldHistoryEntry {
  id: number;
  oldValue: FieldValue;
  newValue: FieldValue;
  revision: number;
  authorName: string;
  authorOrganisationName: string;
  at: string;
}

export interface InterventionTypeDto {
  code: string;
  labelSv: string;
  labelEn: string;
  active: boolean;
}

export interface SubgoalDto {
  id: number;
  text: string;
  targetOn: string;
  status: SubgoalStatus;
  updatedAt: string;
}

export interface InterventionDto {
  id: number;
  typeCode: string;
  providerOrganisation: NamedRef;
  responsibleUser: NamedRef | null;
  responsibleName: string | null;
  startOn: string;
  endOn: string | null;
  status: InterventionStatus;
  note: string | null;
}

export interface SipMeetingDto {
  id: number;
  heldOn: string;
  /** Staff have an organisation; the participant, a relative, an interpreter or others have none. */
  attendees: { name: string; role: SipAttendeeRole; organisation: NamedRef | null }[];
  lifeAreas: { area: string; responsibilities: string }[];
  interventionIds: number[];
  overallResponsible: string;
  followUpOn: string;
  createdByName: string | null;
}

export interface PlanDto {
  participantId: number;
  /** The period this plan belongs to. */
  periodId: number;
  goal: { goal: PlanGoal; goalText: string; updatedAt: string; updatedByName: string | null } | null;
  subgoals: SubgoalDto[];
  interventions: InterventionDto[];
  sipMeetings: SipMeetingDto[];
  interventionTypes: InterventionTypeDto[];
}

export interface PlanHistoryEntry {
  id: number;
  entity: 'goal' | 'subgoal' | 'intervention' | 'sip';
  entityId: number;
  change: 'create' | 'update';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  userName: string;
  /** The day the change took effect (a dated plan event). */
  onDate: string;
  /** The status (or goal) it changed to; null when that did not change. */
  statusTo: string | null;
  at: string;
}

/** The fixed value sets' labels are shared with documents and the CLI: main/api/enum-labels.ts. */
export { svEnumLabels as svParticipantEnums } from '../../main/api/enum-labels';

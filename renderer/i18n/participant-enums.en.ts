/** The fixed value sets' labels are shared with documents and the CLI: main/api/enum-labels.ts. */
export { enEnumLabels as enParticipantEnums } from '../../main/api/enum-labels';

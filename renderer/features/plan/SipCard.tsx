import type { InterventionDto, SipMeetingDto } from '../../../main/api/plan-mapping-types';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';

interface Props {
  meeting: SipMeetingDto;
  interventions: InterventionDto[];
  typeLabel: (code: string) => string;
}

/** One recorded SIP meeting: who was there, who answers for what, the interventions, follow-up. */
export function SipCard({ meeting, interventions, typeLabel }: Props) {
  const { t } = useT();
  const shortDate = useShortDate();
  const linked = interventions.filter((item) => meeting.interventionIds.includes(item.id));
  const headingId = `plan-sip-${meeting.id}`;
  return (
    <li className="plan-sip-card">
      <h3 id={headingId} className="plan-sip-title">
        {t('plan.sip.meetingOn', { date: shortDate(meeting.heldOn) })}
      </h3>
      <dl className="plan-sip-facts">
        <div>
          <dt>{t('plan.sip.followUpOn')}</dt>
          <dd>
            <time dateTime={meeting.followUpOn}>{shortDate(meeting.followUpOn)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('plan.sip.overallResponsible')}</dt>
          <dd>{meeting.overallResponsible}</dd>
        </div>
        <div>
          <dt>{t('plan.sip.attendees')}</dt>
          <dd>
            <ul className="plan-plain-list">
              {meeting.attendees.map((attendee, index) => (
                <li key={index}>
                  {attendee.name}, {attendee.organisation?.name ?? t(`sipRole.${attendee.role}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('plan.sip.interventions')}</dt>
          <dd>
            {linked.length === 0 ? (
              t('common.none')
            ) : (
              <ul className="plan-plain-list">
                {linked.map((item) => (
                  <li key={item.id}>
                    {t('plan.sip.interventionOption', {
                      type: typeLabel(item.typeCode),
                      provider: item.providerOrganisation.name,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <h4 className="plan-sip-subtitle">{t('plan.sip.whoDoesWhat')}</h4>
      <dl className="plan-sip-areas">
        {meeting.lifeAreas.map((area, index) => (
          <div key={index}>
            <dt>{area.area}</dt>
            <dd className="prewrap">{area.responsibilities}</dd>
          </div>
        ))}
      </dl>
      {meeting.createdByName ? (
        <p className="muted small">{t('plan.sip.recordedBy', { name: meeting.createdByName })}</p>
      ) : null}
    </li>
  );
}

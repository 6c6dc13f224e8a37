package com.partnerportal.invitation;

import jakarta.persistence.Embeddable;

/**
 * One offer of an invitation.
 */
@Embeddable
record InvitationLine(String offerCode) {

}

package com.partnerportal.platform.throttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Throttles a handler method by the named limits, before it runs: every anonymous request
 * that sends mail carries it, e.g. {@code @Throttled({ INVITATION_LINK_PER_ADDRESS,
 * INVITATION_LINK_PER_LINK })}. Past a limit the request is answered with 429 and a page
 * that says when to try again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Throttled {

	ThrottleLimit[] value();

}

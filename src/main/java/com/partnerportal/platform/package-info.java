/**
 * Platform: security and sign-in, sessions in PostgreSQL, request throttling, web and
 * locale configuration, the supported languages, error pages, the embedded database
 * default, the {@link java.time.Clock}, money, secure tokens, and the base URL from which
 * every link is built. Every other module builds on it, so it is open.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.partnerportal.platform;

import org.springframework.modulith.ApplicationModule;

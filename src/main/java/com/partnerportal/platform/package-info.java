/**
 * Platform: security, web and locale configuration, error pages, the embedded database
 * default and the {@link java.time.Clock}. Every other module builds on it, so it is
 * open.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.partnerportal.platform;

import org.springframework.modulith.ApplicationModule;

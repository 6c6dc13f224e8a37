package com.partnerportal.delegation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller (or one handler) as part of a tenant's console and says what the
 * visitor does there. Its handlers take the tenant as the {@code customerId} path
 * variable; {@link TenantAccess} is asked, for that tenant and this action, before any of
 * them runs. A handler under {@code /tenants/} without it is refused to everyone.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TenantConsole {

	/** The path variable that names the tenant. */
	String CUSTOMER_ID = "customerId";

	TenantAction value();

	/**
	 * Whether the handler shows the form of a change (a {@code GET} of a "new", "edit" or
	 * "remove" page): refused, like the change itself, to whoever may only look.
	 */
	boolean changeForm() default false;

	/**
	 * Whether the handler is the console's entry: it lets in whoever may look at any area
	 * (and sends the person to the first), whatever {@link #value()} says.
	 */
	boolean entry() default false;

}

package com.partnerportal.platform;

import java.util.Collection;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An aggregate that raises past-tense events: {@link #registerEvent(Object)} records one,
 * and the repository publishes them when it saves the aggregate (in the same transaction,
 * so in-transaction listeners such as the mail listeners run with the change).
 *
 * @param <A> the aggregate's own type
 */
public abstract class AggregateRoot<A extends AggregateRoot<A>> extends AbstractAggregateRoot<A> {

	/**
	 * The events raised and not published yet; visible to the aggregate's own package
	 * (its unit tests read them), the class itself being package-private.
	 */
	@Override
	public Collection<Object> domainEvents() {
		return super.domainEvents();
	}

	/**
	 * Forgets the events raised so far (the repository does it after publishing them).
	 */
	@Override
	public void clearDomainEvents() {
		super.clearDomainEvents();
	}

}

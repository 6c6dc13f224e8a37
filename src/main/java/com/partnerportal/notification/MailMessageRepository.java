package com.partnerportal.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, UUID> {

	/**
	 * Claims due mails. SKIP LOCKED lets every instance run delivery at once without
	 * sending a mail twice.
	 */
	@Query(value = """
			select * from mail_message
			where state = 'PENDING' and next_attempt_at <= ?1
			order by next_attempt_at
			limit ?2
			for update skip locked""", nativeQuery = true)
	List<MailMessage> claimDue(Instant now, int limit);

	/**
	 * A page of the log as the list shows it, and whether more follow: the mails' bodies
	 * are not read, the log is not counted.
	 */
	Slice<MailLogEntry> findProjectedBy(Pageable pageable);

	/**
	 * A page of the log of one state as the list shows it: the mails' bodies are not
	 * read.
	 */
	Slice<MailLogEntry> findProjectedByState(MailState state, Pageable pageable);

	/**
	 * The newest mails to these addresses, as the list shows them.
	 */
	List<MailLogEntry> findProjectedByRecipientIn(Collection<String> recipients, Pageable pageable);

	long countByStateAndResentAsIdIsNull(MailState state);

}

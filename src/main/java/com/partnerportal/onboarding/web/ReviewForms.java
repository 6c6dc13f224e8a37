package com.partnerportal.onboarding.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.partnerportal.onboarding.ApplicationDetail;
import com.partnerportal.onboarding.ApplicationField;
import com.partnerportal.onboarding.RejectionReason;

import org.springframework.validation.Errors;

/**
 * The back office's three decisions on an application, as typed.
 */
final class ReviewForms {

	static final int MAX_NOTE = 1000;

	private ReviewForms() {
	}

	static void checkNote(Errors errors, String note, boolean required) {
		String text = (note != null) ? note.strip() : "";
		if (required && text.isEmpty()) {
			errors.rejectValue("note", "onboarding.review.note.required");
		}
		if (text.length() > MAX_NOTE) {
			errors.rejectValue("note", "onboarding.apply.tooLong", new Object[] { MAX_NOTE }, null);
		}
	}

	/**
	 * Approve with these programs and service types (those applied for, or fewer).
	 */
	record ApproveForm(List<String> programs, List<String> serviceCodes) {

		static ApproveForm of(ApplicationDetail application) {
			return new ApproveForm(application.programs().stream().map(Enum::name).sorted().toList(),
					List.copyOf(new TreeSet<>(application.serviceCodes())));
		}

		void validate(Errors errors) {
			if (this.serviceCodes == null || this.serviceCodes.isEmpty()) {
				errors.rejectValue("serviceCodes", "onboarding.apply.services.required");
			}
			if (this.programs != null && !this.programs.stream().allMatch(ApplicationForm::isProgram)) {
				errors.rejectValue("programs", "onboarding.apply.programs.unknown");
			}
		}

		Set<String> chosenServices() {
			return (this.serviceCodes != null) ? new TreeSet<>(this.serviceCodes) : Set.of();
		}

	}

	/**
	 * Reject for a reason code, with a note the applicant reads.
	 */
	record RejectForm(String reason, String note) {

		static RejectForm empty() {
			return new RejectForm("", "");
		}

		void validate(Errors errors) {
			if (reasonOrNull() == null) {
				errors.rejectValue("reason", "onboarding.review.reason.required");
			}
			checkNote(errors, this.note, reasonOrNull() == RejectionReason.OTHER);
		}

		RejectionReason reasonOrNull() {
			return Arrays.stream(RejectionReason.values())
				.filter((value) -> value.name().equals(this.reason))
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * Ask the applicant to change these fields, saying what is wrong.
	 */
	record ChangesRequestForm(List<String> fields, String note) {

		static ChangesRequestForm empty() {
			return new ChangesRequestForm(List.of(), "");
		}

		void validate(Errors errors) {
			if (chosenFields().isEmpty() || !this.fields.stream()
				.allMatch((name) -> Arrays.stream(ApplicationField.values())
					.anyMatch((field) -> field.name().equals(name)))) {
				errors.rejectValue("fields", "onboarding.review.fields.required");
			}
			checkNote(errors, this.note, true);
		}

		Set<ApplicationField> chosenFields() {
			Set<ApplicationField> chosen = EnumSet.noneOf(ApplicationField.class);
			if (this.fields != null) {
				Arrays.stream(ApplicationField.values())
					.filter((field) -> this.fields.contains(field.name()))
					.forEach(chosen::add);
			}
			return chosen;
		}

	}

}

package com.partnerportal.pipeline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.partnerportal.pipeline.FunnelFilter;
import com.partnerportal.pipeline.PipelineKind;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineFilterFormTest {

	static final LocalDate TODAY = LocalDate.parse("2026-11-29");

	@Test
	void aPresetPeriodEndsWithTodayInWholeDays() {
		FunnelFilter filter = valid(new PipelineFilterForm("90", null, null, "TRIAL", null, null)).toFilter(TODAY);
		assertThat(filter.from()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
		assertThat(filter.to()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
		assertThat(filter.kind()).isEqualTo(PipelineKind.TRIAL);
		assertThat(PipelineFilterForm.defaults().period()).isEqualTo("30");
	}

	@Test
	void chosenDatesIncludeTheLastDay() {
		FunnelFilter filter = valid(new PipelineFilterForm("custom", "2026-01-01", "2026-01-31", "", "", ""))
			.toFilter(TODAY);
		assertThat(filter.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(filter.to()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
	}

	@Test
	void eachBadValueIsRejectedAtItsField() {
		assertThat(errors(new PipelineFilterForm("7", null, null, null, null, null)))
			.containsExactly("period:pipeline.filter.period.invalid");
		assertThat(errors(new PipelineFilterForm("custom", "", "31.01.2026", null, null, null)))
			.containsExactly("from:pipeline.filter.from.required", "to:pipeline.filter.date.invalid");
		assertThat(errors(new PipelineFilterForm("custom", "2026-02-01", "2026-01-01", null, null, null)))
			.containsExactly("to:pipeline.filter.to.beforeFrom");
		assertThat(errors(new PipelineFilterForm("custom", "2020-01-01", "2026-01-01", null, null, null)))
			.containsExactly("to:pipeline.filter.tooLong");
		assertThat(errors(new PipelineFilterForm("custom", "2026-12-01", "2026-12-31", null, null, null)))
			.containsExactly("from:pipeline.filter.from.future");
		assertThat(errors(new PipelineFilterForm("30", null, null, "DELEGATED_ADMIN", "not-an-id", "MARS")))
			.containsExactly("kind:pipeline.filter.kind.invalid", "agent:pipeline.filter.agent.invalid",
					"instance:pipeline.filter.instance.invalid");
		assertThat(errors(new PipelineFilterForm("30", null, null, null, UUID.randomUUID().toString(), null)))
			.containsExactly("agent:pipeline.filter.agent.invalid");
	}

	private static PipelineFilterForm valid(PipelineFilterForm form) {
		assertThat(errors(form)).isEmpty();
		return form;
	}

	private static List<String> errors(PipelineFilterForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "filter");
		form.validate(errors, TODAY, List.of(UUID.fromString("00000000-0000-0000-0000-000000000001")));
		return errors.getFieldErrors().stream().map((e) -> e.getField() + ":" + e.getCode()).toList();
	}

}

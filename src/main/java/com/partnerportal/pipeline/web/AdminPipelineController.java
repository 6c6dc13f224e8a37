package com.partnerportal.pipeline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.partnerportal.pipeline.FunnelReport;
import com.partnerportal.pipeline.FunnelStage;
import com.partnerportal.pipeline.PipelineKind;
import com.partnerportal.pipeline.Pipelines;
import com.partnerportal.platform.CloudInstance;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The back office's program-wide funnel: every partner's invitations (or one cloud
 * instance's), with the same definition as the partner's, by partner.
 */
@Controller
class AdminPipelineController {

	static final String VIEW = "pipeline/admin";

	private final Pipelines pipelines;

	private final Clock clock;

	AdminPipelineController(Pipelines pipelines, Clock clock) {
		this.pipelines = pipelines;
		this.clock = clock;
	}

	@GetMapping("/admin/pipeline")
	String show(@ModelAttribute("filter") PipelineFilterForm filter, BindingResult result, Model model,
			HttpServletResponse response) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		filter.validate(result, today, null);
		PipelineFilterForm shown = filter;
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			shown = PipelineFilterForm.defaults();
		}
		FunnelReport report = this.pipelines.programFunnel(shown.cloudInstance(), shown.toFilter(today));
		model.addAttribute("report", report);
		model.addAttribute("firstDay", shown.firstDay(today).atStartOfDay(ZoneOffset.UTC).toInstant());
		model.addAttribute("lastDay", shown.lastDay(today).atStartOfDay(ZoneOffset.UTC).toInstant());
		model.addAttribute("periods", PipelineFilterForm.PERIODS);
		model.addAttribute("kinds", PipelineKind.values());
		model.addAttribute("stages", FunnelStage.values());
		model.addAttribute("instances", CloudInstance.values());
		return VIEW;
	}

}

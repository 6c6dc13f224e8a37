package com.partnerportal.pipeline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.partnerportal.pipeline.FunnelStage;
import com.partnerportal.pipeline.PartnerPipelinePage;
import com.partnerportal.pipeline.PipelineKind;
import com.partnerportal.pipeline.Pipelines;
import com.partnerportal.pipeline.SalesAgent;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The partner's pipeline: the funnel of a period (by kind, by sales agent) with its
 * chart, and the at-risk panel; and the overview's small summary of the last 30 days
 * (htmx). Its sellers (sales agents and partner admins) see the whole partner's pipeline.
 */
@Controller
@PreAuthorize("hasAnyRole('SALES_AGENT', 'PARTNER_ADMIN')")
class PartnerPipelineController {

	static final String VIEW = "pipeline/partner";

	static final String VIEW_SUMMARY = "pipeline/partner :: summary";

	private final Pipelines pipelines;

	private final Clock clock;

	PartnerPipelineController(Pipelines pipelines, Clock clock) {
		this.pipelines = pipelines;
		this.clock = clock;
	}

	@GetMapping("/partner/pipeline")
	String show(@AuthenticationPrincipal PortalUser user, @ModelAttribute("filter") PipelineFilterForm filter,
			BindingResult result, Model model, HttpServletResponse response) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		List<SalesAgent> agents = this.pipelines.agents(user.organizationId());
		filter.validate(result, today, agents.stream().map(SalesAgent::id).toList());
		PipelineFilterForm shown = filter;
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			shown = PipelineFilterForm.defaults();
		}
		PartnerPipelinePage page = this.pipelines.partnerPage(user.organizationId(), shown.toFilter(today));
		model.addAttribute("report", page.report());
		model.addAttribute("atRisk", page.atRisk());
		model.addAttribute("agents", agents);
		model.addAttribute("firstDay", shown.firstDay(today).atStartOfDay(ZoneOffset.UTC).toInstant());
		model.addAttribute("lastDay", shown.lastDay(today).atStartOfDay(ZoneOffset.UTC).toInstant());
		model.addAttribute("periods", PipelineFilterForm.PERIODS);
		model.addAttribute("kinds", PipelineKind.values());
		model.addAttribute("stages", FunnelStage.values());
		return VIEW;
	}

	/**
	 * The last 30 days in a line, for the overview (loaded by htmx, so that the overview
	 * itself sends no more statements).
	 */
	@GetMapping("/partner/pipeline/summary")
	String summary(@AuthenticationPrincipal PortalUser user, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		PipelineFilterForm last30 = PipelineFilterForm.defaults();
		last30.validate(new BeanPropertyBindingResult(last30, "filter"), today, List.of());
		model.addAttribute("summary",
				this.pipelines.partnerFunnel(user.organizationId(), last30.toFilter(today)).total());
		return VIEW_SUMMARY;
	}

}

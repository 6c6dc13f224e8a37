package com.partnerportal.support.web;

import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.support.QueueDetail;
import com.partnerportal.support.QueueFilter;
import com.partnerportal.support.QueueFilter.AssigneeFilter;
import com.partnerportal.support.ServiceRequestQueue;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequestState;
import com.partnerportal.support.SlaState;
import com.partnerportal.support.UnknownAssigneeException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.TypeMismatchException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's support queue and a request's page there: answer, assign, move on.
 * Back-office admins and support agents alike (the URL rules let both in; the service
 * checks again).
 */
@Controller
@RequestMapping("/admin/support")
class SupportQueueController {

	static final String VIEW_QUEUE = "admin/support-queue";

	static final String VIEW_REQUEST = "admin/support-request";

	static final int PAGE_SIZE = 25;

	static final String MINE = "mine";

	static final String UNASSIGNED = "unassigned";

	private final ServiceRequestQueue queue;

	SupportQueueController(ServiceRequestQueue queue) {
		this.queue = queue;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) ServiceRequestState state,
			@RequestParam(required = false) ServiceRequestSeverity severity,
			@RequestParam(required = false) CloudInstance instance, @RequestParam(required = false) SlaState sla,
			@RequestParam(required = false) String assignee, @PageableDefault(size = PAGE_SIZE) Pageable pageable,
			Model model) {
		QueueFilter filter = new QueueFilter(state, severity, instance, sla, assigneeFilter(assignee, user));
		model.addAttribute("requests", this.queue.queue(filter, pageable));
		model.addAttribute("state", state);
		model.addAttribute("severity", severity);
		model.addAttribute("instance", instance);
		model.addAttribute("sla", sla);
		model.addAttribute("assignee", (assignee != null) ? assignee.strip() : "");
		model.addAttribute("sort", pageable.getSort().isSorted() ? pageable.getSort().iterator().next() : null);
		model.addAttribute("states", ServiceRequestState.values());
		model.addAttribute("severities", ServiceRequestSeverity.values());
		model.addAttribute("instances", CloudInstance.values());
		model.addAttribute("slaStates", SlaState.values());
		model.addAttribute("assignees", this.queue.assignees());
		return VIEW_QUEUE;
	}

	@GetMapping("/{id}")
	String request(@PathVariable UUID id, Model model) {
		QueueDetail detail = this.queue.detail(id);
		model.addAttribute("answerForm", SupportAnswerForm.of(detail.request().version()));
		model.addAttribute("assignmentForm",
				AssignmentForm.of(detail.request().assigneeId(), detail.request().version()));
		model.addAttribute("stateForm", StateChangeForm.of(detail.request().version()));
		return showRequest(detail, model);
	}

	@PostMapping("/{id}/answer")
	String answer(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("answerForm") SupportAnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return rejected(id, model, response, HttpStatus.UNPROCESSABLE_CONTENT, "answerForm");
		}
		this.queue.answer(user, id, form.version(), form.body(), form.next());
		return done(id, "support.flash.answered", redirect);
	}

	@PostMapping("/{id}/assignment")
	String assign(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Optional<UUID> assignee = Optional.empty();
		if (!result.hasErrors()) {
			try {
				assignee = form.assigneeId();
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("assignee", "support.queue.assignee.unknown");
			}
		}
		if (!result.hasErrors()) {
			try {
				this.queue.assign(user, id, form.version(), assignee.orElse(null));
				return done(id, "support.flash.assigned", redirect);
			}
			catch (UnknownAssigneeException ex) {
				result.rejectValue("assignee", ex.messageKey());
			}
		}
		return rejected(id, model, response, HttpStatus.BAD_REQUEST, "assignmentForm");
	}

	@PostMapping("/{id}/state")
	String changeState(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("stateForm") StateChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			return rejected(id, model, response, HttpStatus.BAD_REQUEST, "stateForm");
		}
		this.queue.changeState(user, id, form.version(), form.state());
		return done(id, "support.flash.stateChanged", redirect);
	}

	/**
	 * The request's page again with the rejected form's messages; the other forms as on a
	 * fresh page.
	 */
	private String rejected(UUID id, Model model, HttpServletResponse response, HttpStatus status, String rejected) {
		QueueDetail detail = this.queue.detail(id);
		long version = detail.request().version();
		if (!"answerForm".equals(rejected)) {
			model.addAttribute("answerForm", SupportAnswerForm.of(version));
		}
		if (!"assignmentForm".equals(rejected)) {
			model.addAttribute("assignmentForm", AssignmentForm.of(detail.request().assigneeId(), version));
		}
		if (!"stateForm".equals(rejected)) {
			model.addAttribute("stateForm", StateChangeForm.of(version));
		}
		response.setStatus(status.value());
		return showRequest(detail, model);
	}

	private String showRequest(QueueDetail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("assignees", this.queue.assignees());
		model.addAttribute("answerStates", ServiceRequestQueue.ANSWER_STATES);
		return VIEW_REQUEST;
	}

	private static String done(UUID id, String flash, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/admin/support/" + id;
	}

	/**
	 * "mine", "unassigned", a back-office user's id, or nothing (anyone).
	 * @throws TypeMismatchException for anything else (a 400 page, as an unknown state)
	 */
	private static AssigneeFilter assigneeFilter(String assignee, PortalUser user) {
		String value = (assignee != null) ? assignee.strip() : "";
		if (value.isEmpty()) {
			return AssigneeFilter.ANYONE;
		}
		if (UNASSIGNED.equals(value)) {
			return AssigneeFilter.UNASSIGNED;
		}
		if (MINE.equals(value)) {
			return AssigneeFilter.user(user.accountId());
		}
		try {
			return AssigneeFilter.user(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new TypeMismatchException(value, UUID.class);
		}
	}

}

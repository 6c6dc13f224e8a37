package com.partnerportal.platform.web;

import com.partnerportal.platform.PortalDates;
import com.partnerportal.platform.PortalMoney;
import org.thymeleaf.context.IContext;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.standard.expression.Fragment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * What every page may use, given to each page as a variable ({@code dates},
 * {@code money}, {@code navigation}, {@code languageSwitch}, {@code viewers}, and the
 * layout's {@code forms} and {@code titles}) instead of a bean reference
 * ({@code @dates}): SpEL cannot compile an expression that names a bean, so
 * {@code ${@dates.date(i.sentAt)}} on each row of a list was interpreted on every row of
 * every page (a bean lookup and a reflective call each time, a sixth of a list page's
 * rendering in the profile: issue 9), while {@code ${dates.date(i.sentAt)}} is compiled
 * after its first hundred runs.
 */
@Component
public class PageVariables {

	private final FormErrors forms = new FormErrors();

	private final Titles titles = new Titles();

	PageVariables(ObjectProvider<ThymeleafViewResolver> viewResolvers, PortalDates dates, PortalMoney money,
			Viewer viewers, Navigation navigation, LanguageSwitch languageSwitch) {
		viewResolvers.ifAvailable((resolver) -> {
			resolver.addStaticVariable("dates", dates);
			resolver.addStaticVariable("money", money);
			resolver.addStaticVariable("forms", this.forms);
			resolver.addStaticVariable("titles", this.titles);
			resolver.addStaticVariable("viewers", viewers);
			resolver.addStaticVariable("navigation", navigation);
			resolver.addStaticVariable("languageSwitch", languageSwitch);
		});
	}

	/**
	 * Whether a page shows a form sent back with errors (the layout then says so in the
	 * page's title).
	 */
	public static final class FormErrors {

		/**
		 * Whether any form of the page's model has an error.
		 */
		public boolean rejected(IContext context) {
			for (String name : context.getVariableNames()) {
				if (name.startsWith(BindingResult.MODEL_KEY_PREFIX)
						&& context.getVariable(name) instanceof Errors errors && errors.hasErrors()) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * The page's own title, for the layout.
	 */
	public static final class Titles {

		/**
		 * The expression of the page's {@code <title th:text>} (the layout evaluates it
		 * and adds the site's name), or null when the title has none.
		 */
		public String textOf(Object title) {
			if (title instanceof Fragment fragment && fragment.getTemplateModel().size() > 1
					&& fragment.getTemplateModel().get(1) instanceof IProcessableElementTag tag) {
				return tag.getAttributeValue("th:text");
			}
			return null;
		}

	}

}

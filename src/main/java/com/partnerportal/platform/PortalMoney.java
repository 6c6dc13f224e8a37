package com.partnerportal.platform;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money as people read it in their language ({@code ${@money.format(price)}} in pages).
 */
@Component("money")
public class PortalMoney {

	public String format(Money money) {
		return format(money, LocaleContextHolder.getLocale());
	}

	public String format(Money money, Locale locale) {
		if (money == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(money.currency());
		format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
		format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
		return format.format(money.amount());
	}

}

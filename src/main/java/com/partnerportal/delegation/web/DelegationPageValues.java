package com.partnerportal.delegation.web;

import java.util.List;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.DelegationTerms;

import org.springframework.stereotype.Component;

/**
 * What the delegated-admin pages list, for templates ({@code @delegationPages}): the
 * roles in their order, the preset durations, the length of an automatic extension.
 */
@Component("delegationPages")
public class DelegationPageValues {

	public List<DelegatedRole> roles() {
		return List.of(DelegatedRole.values());
	}

	public List<Integer> presetDays() {
		return DelegationTerms.PRESET_DAYS;
	}

	public int minDays() {
		return DelegationTerms.MIN_DAYS;
	}

	public int maxDays() {
		return DelegationTerms.MAX_DAYS;
	}

	public int autoExtensionDays() {
		return DelegationTerms.AUTO_EXTENSION_DAYS;
	}

}

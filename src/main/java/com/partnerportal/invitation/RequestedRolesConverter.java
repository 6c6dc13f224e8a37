package com.partnerportal.invitation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.partnerportal.delegation.DelegatedRole;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the roles a delegated-admin request asks for as their names, comma separated;
 * null for none (a request sent before roles existed).
 */
@Converter
class RequestedRolesConverter implements AttributeConverter<Set<DelegatedRole>, String> {

	@Override
	public String convertToDatabaseColumn(Set<DelegatedRole> roles) {
		if (roles == null || roles.isEmpty()) {
			return null;
		}
		return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<DelegatedRole> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return null;
		}
		Set<DelegatedRole> roles = EnumSet.noneOf(DelegatedRole.class);
		Arrays.stream(column.split(",")).map(String::strip).map(DelegatedRole::valueOf).forEach(roles::add);
		return roles;
	}

}

package com.partnerportal.delegation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a set of roles as their names, comma separated, in declaration order (one
 * column, read with the relationship in the same statement).
 */
@Converter
class DelegatedRolesConverter implements AttributeConverter<Set<DelegatedRole>, String> {

	@Override
	public String convertToDatabaseColumn(Set<DelegatedRole> roles) {
		if (roles == null || roles.isEmpty()) {
			return "";
		}
		return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<DelegatedRole> convertToEntityAttribute(String column) {
		Set<DelegatedRole> roles = EnumSet.noneOf(DelegatedRole.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::strip).map(DelegatedRole::valueOf).forEach(roles::add);
		}
		return roles;
	}

}

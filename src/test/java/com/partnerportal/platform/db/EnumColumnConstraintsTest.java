package com.partnerportal.platform.db;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.testing.PortalIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableConsumer;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column that stores a Java enum has a CHECK constraint listing exactly that enum's
 * names: the enum columns are found in Hibernate's mapping (entities, element
 * collections, embeddables), the constraints are read from {@code pg_constraint}.
 */
@PortalIntegrationTest
class EnumColumnConstraintsTest {

	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyEnumColumnAcceptsExactlyItsEnumValues() {
		Map<String, Set<String>> enumColumns = enumColumnsOfTheMapping();
		assertThat(enumColumns).as("enum columns found in the mapping")
			.containsKeys("invitation.state", "subscription.status", "partner_user_role.role",
					"invitation_line.billing_term", "service_request.state");
		Map<String, Set<String>> allowed = new TreeMap<>();
		for (String column : enumColumns.keySet()) {
			allowed.put(column, allowedValues(column));
		}
		assertThat(allowed).isEqualTo(enumColumns);
	}

	@Test
	void aValueOutsideTheEnumIsRefusedByPostgresql() {
		assertThat(allowedValues("invitation.kind")).containsExactlyInAnyOrder("TRIAL", "PURCHASE", "DELEGATED_ADMIN");
		assertThat(allowedValues("mail_message.state")).doesNotContain("QUEUED");
	}

	/**
	 * "table.column" to the names of the enum it stores.
	 */
	private Map<String, Set<String>> enumColumnsOfTheMapping() {
		Map<String, Set<String>> columns = new TreeMap<>();
		var metamodel = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
		SelectableConsumer collect = (index, selectable) -> {
			Class<?> type = selectable.getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass();
			String table = selectable.getContainingTableExpression();
			// event_publication belongs to Spring Modulith, whose enum may grow with an
			// upgrade
			if (type.isEnum() && !table.equals("event_publication")) {
				columns.put(table + "." + selectable.getSelectionExpression(), namesOf(type));
			}
		};
		metamodel.forEachEntityDescriptor(
				(entity) -> entity.forEachAttributeMapping((attribute) -> attribute.forEachSelectable(collect)));
		metamodel.forEachCollectionDescriptor((collection) -> {
			Type element = collection.getElementType();
			List<Type> columnTypes = (element instanceof ComponentType component) ? List.of(component.getSubtypes())
					: List.of(element);
			String[] columnNames = ((AbstractCollectionPersister) collection).getElementColumnNames();
			for (int i = 0; i < columnTypes.size() && i < columnNames.length; i++) {
				Class<?> type = columnTypes.get(i).getReturnedClass();
				if (type.isEnum()) {
					columns.put(((AbstractCollectionPersister) collection).getTableName() + "." + columnNames[i],
							namesOf(type));
				}
			}
		});
		return columns;
	}

	private static Set<String> namesOf(Class<?> enumType) {
		return new TreeSet<>(
				Arrays.stream(enumType.getEnumConstants()).map((constant) -> ((Enum<?>) constant).name()).toList());
	}

	/**
	 * The quoted values of the CHECK constraints on one column; empty when it has none.
	 */
	private Set<String> allowedValues(String tableAndColumn) {
		String[] parts = tableAndColumn.split("\\.");
		List<String> definitions = this.jdbc.queryForList("""
				select pg_get_constraintdef(c.oid)
				from pg_constraint c
				join pg_class t on t.oid = c.conrelid
				join pg_attribute a on a.attrelid = t.oid and a.attnum = any (c.conkey)
				where c.contype = 'c' and t.relname = ? and a.attname = ? and cardinality(c.conkey) = 1
				""", String.class, parts[0], parts[1]);
		Set<String> values = new TreeSet<>();
		for (String definition : definitions) {
			Matcher matcher = QUOTED.matcher(definition);
			while (matcher.find()) {
				values.add(matcher.group(1));
			}
		}
		return values;
	}

}

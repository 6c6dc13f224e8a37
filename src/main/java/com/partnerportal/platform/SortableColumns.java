package com.partnerportal.platform;

import java.util.Arrays;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The columns a list may be sorted by when the address asks for an order
 * ({@code ?sort=name,desc}), and the list's own order when it asks for none of them. A
 * column not listed is dropped, never handed to a query (where an unknown property would
 * fail): each service that pages keeps its own.
 *
 * @param defaultOrder the list's order when the request names no listed column
 * @param columns the entity properties the list may be sorted by
 */
public record SortableColumns(Sort defaultOrder, Set<String> columns) {

	public SortableColumns {
		columns = Set.copyOf(columns);
	}

	/**
	 * A list sorted by {@code defaultOrder} unless the request names some of
	 * {@code columns}.
	 */
	public static SortableColumns of(Sort defaultOrder, String... columns) {
		return new SortableColumns(defaultOrder, Set.copyOf(Arrays.asList(columns)));
	}

	/**
	 * The page the request asked for, sorted by the listed columns it names, else by the
	 * default order.
	 */
	public Pageable sorted(Pageable requested) {
		if (requested.isUnpaged()) {
			return Pageable.unpaged(this.defaultOrder);
		}
		Sort allowed = Sort
			.by(requested.getSort().stream().filter((order) -> this.columns.contains(order.getProperty())).toList());
		return PageRequest.of(requested.getPageNumber(), requested.getPageSize(),
				allowed.isSorted() ? allowed : this.defaultOrder);
	}

}

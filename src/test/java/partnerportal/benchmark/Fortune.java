package partnerportal.benchmark;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the floor page's table (TechEmpower's Fortunes).
 */
@Entity
@Table(name = "benchmark_fortune")
public class Fortune {

	@Id
	private Integer id;

	private String message;

	protected Fortune() {
	}

	Fortune(Integer id, String message) {
		this.id = id;
		this.message = message;
	}

	public Integer getId() {
		return this.id;
	}

	public String getMessage() {
		return this.message;
	}

}

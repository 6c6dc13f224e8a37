package partnerportal.benchmark;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The floor page's one query.
 */
interface Fortunes extends Repository<Fortune, Integer> {

	List<Fortune> findAll();

}

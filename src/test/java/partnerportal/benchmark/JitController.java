package partnerportal.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How long the portal's JIT compilers have worked so far, in milliseconds: the benchmark
 * warms each page up until this stops growing, so that no page is measured while a
 * compiler thread takes one of the machine's cores.
 */
@RestController
class JitController {

	private final CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();

	@GetMapping(path = "/benchmark/jit", produces = MediaType.TEXT_PLAIN_VALUE)
	String compilationMillis() {
		return Long.toString(this.compilation.getTotalCompilationTime());
	}

}

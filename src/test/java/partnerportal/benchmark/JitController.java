package partnerportal.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the portal's JIT compilers do: how long they have worked so far (milliseconds),
 * and how many methods they are compiling or have queued right now (what
 * {@code jcmd <pid> Compiler.queue} lists). The benchmark warms each page up until both
 * come to rest, so that no page is measured while a compiler thread takes one of the
 * machine's cores. The working time grows only when a compilation ends, so a long one
 * shows in the queue alone.
 */
@RestController
class JitController {

	private final CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();

	private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

	@GetMapping(path = "/benchmark/jit", produces = MediaType.TEXT_PLAIN_VALUE)
	String compilers() throws JMException {
		return this.compilation.getTotalCompilationTime() + " " + compiling();
	}

	private long compiling() throws JMException {
		Object queue = this.server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerQueue",
				new Object[] { null }, new String[] { String[].class.getName() });
		return queue.toString().lines().filter((line) -> line.contains("::")).count();
	}

}

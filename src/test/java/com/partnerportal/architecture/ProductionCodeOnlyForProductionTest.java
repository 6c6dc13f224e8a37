package com.partnerportal.architecture;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No constructor or factory in production code exists only for the tests (issue 8): an
 * extra constructor of a record or an entity, or a static factory of a type, is called by
 * production code, or it goes. Tests build their values with the production constructors
 * (or a builder of their own).
 */
class ProductionCodeOnlyForProductionTest {

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.partnerportal");

	@Test
	void everyExtraConstructorAndEveryFactoryIsUsedByProductionCode() {
		List<String> unused = unusedExtraConstructorsAndFactories(PRODUCTION);
		assertThat(unused).isEmpty();
	}

	@Test
	void theRuleSeesAConstructorAndAFactoryOnlyTestsUse() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(OfferCommand.class, OfferCommandUser.class);
		assertThat(unusedExtraConstructorsAndFactories(fixtures)).containsExactlyInAnyOrder(
				OfferCommand.class.getName() + ".<init>(int)", OfferCommand.class.getName() + ".withoutExtras()");
	}

	/**
	 * Constructors other than a record's canonical one and the no-argument one (JPA's),
	 * and static methods returning their own type, that nothing in {@code classes} calls
	 * or refers to.
	 */
	private static List<String> unusedExtraConstructorsAndFactories(JavaClasses classes) {
		return classes.stream()
			.filter((javaClass) -> !javaClass.isEnum() && !javaClass.isAnnotation())
			.flatMap((javaClass) -> javaClass.getCodeUnits().stream())
			.filter((codeUnit) -> isExtraConstructor(codeUnit) || isFactory(codeUnit))
			.filter((codeUnit) -> codeUnit.getAccessesToSelf().isEmpty())
			.map(JavaCodeUnit::getFullName)
			.sorted()
			.toList();
	}

	private static boolean isExtraConstructor(JavaCodeUnit codeUnit) {
		if (!(codeUnit instanceof JavaConstructor constructor) || constructor.getParameters().isEmpty()
				|| constructor.getModifiers().contains(JavaModifier.SYNTHETIC)) {
			return false;
		}
		Class<?> owner = constructor.getOwner().reflect();
		if (owner.isRecord()) {
			Class<?>[] components = Arrays.stream(owner.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			return !Arrays.equals(components, constructor.reflect().getParameterTypes());
		}
		// a class with one constructor: the one its framework or its callers use
		return constructor.getOwner().getConstructors().size() > 1 && !isInnerClassOf(owner);
	}

	private static boolean isInnerClassOf(Class<?> owner) {
		return owner.isMemberClass() && !Modifier.isStatic(owner.getModifiers());
	}

	private static boolean isFactory(JavaCodeUnit codeUnit) {
		return codeUnit instanceof JavaMethod method && method.getModifiers().contains(JavaModifier.STATIC)
				&& method.getRawReturnType().equals(method.getOwner()) && !method.isAnnotatedWith(Bean.class)
				&& !method.getName().startsWith("lambda$");
	}

	/**
	 * A command with an extra constructor and a factory that only tests would call.
	 */
	record OfferCommand(int quantity, boolean delegatedAdmin) {

		OfferCommand(int quantity) {
			this(quantity, false);
		}

		static OfferCommand withoutExtras() {
			return new OfferCommand(1, false);
		}

		static OfferCommand of(int quantity) {
			return new OfferCommand(quantity, true);
		}

	}

	static final class OfferCommandUser {

		OfferCommand command() {
			return OfferCommand.of(3);
		}

	}

}

package com.partnerportal.architecture;

import java.math.BigDecimal;
import java.util.stream.Stream;

import com.partnerportal.PartnerPortalApplication;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(PartnerPortalApplication.class);

	private static final com.tngtech.archunit.core.domain.JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.partnerportal");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void entitiesAreNotPublic() {
		ArchRule rule = classes().that().areAnnotatedWith(Entity.class).should().notBePublic();
		rule.check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublic() {
		ArchRule rule = classes().that().areAssignableTo(Repository.class).should().notBePublic();
		rule.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivateAndLiveInWebPackages() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.notBePublic()
			.andShould()
			.resideInAPackage("..web..");
		rule.check(CLASSES);
	}

	@Test
	void noFloatingPointMoney() {
		ArchRule rule = noClasses().should()
			.accessClassesThat()
			.haveFullyQualifiedName("java.lang.Double")
			.orShould()
			.accessClassesThat()
			.haveFullyQualifiedName("java.lang.Float");
		rule.check(CLASSES);
		NO_PRIMITIVE_FLOATING_POINT.check(CLASSES);
	}

	@Test
	void theMoneyRuleSeesPrimitiveDoubleAndFloat() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(PrimitiveDoubleField.class,
				PrimitiveFloatParameter.class, DoubleFromBigDecimal.class, BigDecimalFromDouble.class);
		EvaluationResult result = NO_PRIMITIVE_FLOATING_POINT.evaluate(fixtures);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).hasSize(4)
			.anyMatch((line) -> line.contains("PrimitiveDoubleField.price"))
			.anyMatch((line) -> line.contains("PrimitiveFloatParameter.charge(float)"))
			.anyMatch((line) -> line.contains("BigDecimal.doubleValue()"))
			.anyMatch((line) -> line.contains("BigDecimal.valueOf(double)"));
	}

	/**
	 * Primitive {@code double} and {@code float} are not {@code java.lang.Double}: no
	 * field, parameter or result of that type, and no call of a method that takes or
	 * gives one ({@code BigDecimal.valueOf(double)}, {@code doubleValue()}).
	 */
	private static final ArchRule NO_PRIMITIVE_FLOATING_POINT = noClasses()
		.should(new ArchCondition<JavaClass>("use primitive double or float") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				for (JavaField field : javaClass.getFields()) {
					if (isFloatingPoint(field.getRawType())) {
						events.add(SimpleConditionEvent.satisfied(field,
								field.getFullName() + " is " + field.getRawType().getName()));
					}
				}
				for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
					if (takesOrGivesFloatingPoint(codeUnit)) {
						events.add(SimpleConditionEvent.satisfied(codeUnit,
								codeUnit.getFullName() + " takes or gives floating point"));
					}
				}
				Stream
					.concat(javaClass.getMethodCallsFromSelf().stream(),
							javaClass.getConstructorCallsFromSelf().stream())
					.filter((call) -> call.getTarget()
						.resolveMember()
						.filter(ModularityTest::takesOrGivesFloatingPoint)
						.isPresent())
					.forEach((call) -> events.add(SimpleConditionEvent.satisfied(call, call.getDescription())));
			}
		});

	private static boolean takesOrGivesFloatingPoint(JavaCodeUnit codeUnit) {
		return isFloatingPoint(codeUnit.getRawReturnType())
				|| codeUnit.getRawParameterTypes().stream().anyMatch(ModularityTest::isFloatingPoint);
	}

	private static boolean isFloatingPoint(JavaClass type) {
		return type.isEquivalentTo(double.class) || type.isEquivalentTo(float.class);
	}

	static class PrimitiveDoubleField {

		double price;

	}

	static class PrimitiveFloatParameter {

		void charge(float amount) {
		}

	}

	static class DoubleFromBigDecimal {

		Object total() {
			return (BigDecimal.TEN.doubleValue() > 1) ? "many" : "few";
		}

	}

	static class BigDecimalFromDouble {

		Object price() {
			return BigDecimal.valueOf(19.99);
		}

	}

}

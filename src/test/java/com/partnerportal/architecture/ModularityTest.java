package com.partnerportal.architecture;

import com.partnerportal.PartnerPortalApplication;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}

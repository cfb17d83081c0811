package cn.heatdesk;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

class ArchitectureTests {

    static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.heatdesk");

    static final List<Class<?>> CLOCK_TYPES = List.of(Instant.class, LocalDate.class, LocalDateTime.class,
            ZonedDateTime.class, OffsetDateTime.class, LocalTime.class, Year.class, YearMonth.class);

    /** The argument-less {@code now()} reads the system clock; {@code now(Clock)} is the one to use. */
    static final DescribedPredicate<JavaMethodCall> SYSTEM_CLOCK_NOW = describe("an argument-less now()",
            call -> call.getName().equals("now")
                    && call.getTarget().getParameterTypes().isEmpty()
                    && CLOCK_TYPES.stream().anyMatch(type -> call.getTargetOwner().isEquivalentTo(type)));

    static final ArchRule DOMAIN_IS_FREE_OF_FRAMEWORKS = noClasses()
            .that().resideInAPackage("cn.heatdesk..domain..")
            // package-info only carries Spring Modulith's @NamedInterface: module metadata, not a dependency.
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "java.sql..", "tools.jackson..")
            .allowEmptyShould(true);

    static final ArchRule TIME_COMES_FROM_THE_CLOCK_BEAN = noClasses()
            .should().callMethodWhere(SYSTEM_CLOCK_NOW)
            .because("time is a parameter: read the Clock bean and pass instants and dates in");

    static final ArchRule CONTROLLERS_USE_MODULE_APIS = noClasses()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat(describe("repositories or JDBC access",
                    (JavaClass type) -> type.isAnnotatedWith(Repository.class)
                            || type.isAssignableTo(org.springframework.data.repository.Repository.class)
                            || type.isEquivalentTo(JdbcClient.class)
                            || type.isEquivalentTo(JdbcTemplate.class)
                            || type.isEquivalentTo(NamedParameterJdbcTemplate.class)))
            .allowEmptyShould(true);

    static final ArchRule NOTHING_DEPENDS_ON_WEB = noClasses()
            .that().resideInAPackage("cn.heatdesk..").and().resideOutsideOfPackage("cn.heatdesk.web..")
            .should().dependOnClassesThat().resideInAPackage("cn.heatdesk.web..")
            .allowEmptyShould(true);

    @Test
    void domainPackagesDoNotDependOnSpringJpaJdbcOrJackson() {
        DOMAIN_IS_FREE_OF_FRAMEWORKS.check(MAIN_CLASSES);
    }

    @Test
    void mainCodeNeverCallsTheArgumentlessNow() {
        TIME_COMES_FROM_THE_CLOCK_BEAN.check(MAIN_CLASSES);
    }

    @Test
    void theNowRuleCatchesArgumentlessNowButAllowsNowWithAClock() {
        JavaClasses samples = new ClassFileImporter().importClasses(CallsSystemClock.class, CallsGivenClock.class);

        EvaluationResult result = TIME_COMES_FROM_THE_CLOCK_BEAN.evaluate(samples);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(CallsSystemClock.class.getName()));
    }

    @Test
    void controllersDoNotUseRepositoriesOrJdbcDirectly() {
        CONTROLLERS_USE_MODULE_APIS.check(MAIN_CLASSES);
    }

    @Test
    void nothingOutsideTheWebModuleDependsOnIt() {
        NOTHING_DEPENDS_ON_WEB.check(MAIN_CLASSES);
    }

    static class CallsSystemClock {

        Object today() {
            return List.of(LocalDate.now(), Instant.now());
        }
    }

    static class CallsGivenClock {

        Object today(java.time.Clock clock) {
            return List.of(LocalDate.now(clock), Instant.now(clock));
        }
    }
}

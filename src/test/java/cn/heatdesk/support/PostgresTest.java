package cn.heatdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * For {@code @SpringBootTest} classes that run on a real PostgreSQL (profiles {@code test} and
 * {@code postgres-test}). Once per JVM the database is dropped and created again, so Flyway migrates a
 * clean one. Without a reachable server the class is skipped, or fails when
 * {@code -Dheatdesk.test.postgres=required} (CI). See {@link PostgresTestCondition}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles({ "test", "postgres-test" })
@AutoConfigureMockMvc
@ExtendWith(PostgresTestCondition.class)
@Tag("postgres")
public @interface PostgresTest {
}

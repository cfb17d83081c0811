package cn.heatdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * For {@code @SpringBootTest} classes that run on the in-memory H2 database (profile {@code test}).
 * MockMvc is always configured, so that every {@code @H2Test} class shares one Spring context.
 * The twin of {@link PostgresTest}: write repository tests once in an abstract class and run them from
 * a {@code …H2Test} and a {@code …PostgresTest} subclass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("test")
@AutoConfigureMockMvc
public @interface H2Test {
}

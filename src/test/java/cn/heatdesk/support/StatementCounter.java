package cn.heatdesk.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the JDBC statements the calling thread executes, for tests that prove a list costs a fixed number of
 * queries however long it is. {@code @Import} it into a {@code @SpringBootTest}: it wraps the application's
 * {@link DataSource}, so that test class gets a Spring context of its own.
 */
public class StatementCounter implements BeanPostProcessor {

    /** What a piece of work returned, and the SQL of every statement it executed on this thread, in order. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }
    }

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    /** Runs {@code work} on this thread and records the statements it executes. */
    public <T> Counted<T> count(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            recording.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                ? new CountingDataSource(dataSource) : bean;
    }

    private void executed(String sql) {
        List<String> statements = recording.get();
        if (statements != null) {
            statements.add(sql == null ? "(batch or unknown)" : sql.strip());
        }
    }

    private final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }
    }

    private Connection counting(Connection connection) {
        return (Connection) forwarding(Connection.class, connection, (method, args) -> {
        }, (method, args, result) -> {
            Class<?> type = method.getReturnType();
            return result instanceof Statement statement && Statement.class.isAssignableFrom(type)
                    ? counting(type, statement, firstString(args)) : result;
        });
    }

    private Object counting(Class<?> type, Statement statement, String preparedSql) {
        return forwarding(type, statement, (method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = firstString(args);
                executed(sql == null ? preparedSql : sql);
            }
        }, (method, args, result) -> result);
    }

    private static String firstString(Object[] args) {
        return args != null && args.length > 0 && args[0] instanceof String s ? s : null;
    }

    private interface Before {
        void accept(Method method, Object[] args);
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    /** A dynamic proxy that forwards every call to {@code target}; equal only to itself. */
    private static Object forwarding(Class<?> type, Object target, Before before, After after) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> {
                    if (method.getName().equals("equals") && args != null && args.length == 1) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode") && args == null) {
                        return System.identityHashCode(proxy);
                    }
                    before.accept(method, args);
                    try {
                        return after.apply(method, args, method.invoke(target, args));
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                });
    }
}

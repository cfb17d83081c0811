package cn.heatdesk.common;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database HeatDesk runs on, for the few statements whose SQL must differ between H2 and PostgreSQL. */
public final class Databases {

    private Databases() {
    }

    /** True on PostgreSQL (production), false on H2 (the trial database and most tests). */
    public static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(JdbcUtils.commonDatabaseName(product));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database HeatDesk runs on", e);
        }
    }
}

package cn.heatdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's SQL reads and writes only its own tables; another module's data comes through that module's API.
 * Spring Modulith's {@code verify()} cannot see SQL, so this test reads it: every table belongs to the module whose
 * migration creates it, and the SQL keywords FROM, JOIN, INTO and UPDATE in a module's string literals may only
 * name that module's tables. It reads the sources, so it sees text blocks and literals before they are joined; a
 * table name built at run time or after a comma (FROM a, b) is not seen.
 */
class TableOwnershipTests {

    static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration", "common");
    static final Path SOURCES = Path.of("src", "main", "java", "cn", "heatdesk");

    /** The module whose tables each migration creates, by version. */
    static final Map<String, String> MIGRATION_OWNERS = Map.ofEntries(
            Map.entry("1", "audit"), Map.entry("2", "staff"), Map.entry("3", "policy"), Map.entry("4", "customers"),
            Map.entry("5", "customers"), Map.entry("7", "workorders"), Map.entry("8", "workorders"),
            Map.entry("9", "assessment"), Map.entry("10", "appointments"), Map.entry("11", "fieldservice"),
            Map.entry("12", "fieldservice"), Map.entry("13", "fieldservice"), Map.entry("14", "notification"));

    /** Tables created in another module's migration: V12 added the fee reduction tiers as a policy family. */
    static final Map<String, String> TABLE_OWNERS = Map.of("fee_reduction_tier", "policy");

    static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+)");
    static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(\\w+)");

    @Test
    void everyMigrationSaysWhichModuleOwnsItsTables() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(MIGRATION_OWNERS).as("owner of %s", name)
                            .containsKey(version(name)));
        }
    }

    @Test
    void noModulesSqlNamesAnotherModulesTable() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java") && SOURCES.relativize(f).getNameCount() > 1)
                    .forEach(f -> violations.addAll(violations(SOURCES.relativize(f).getName(0).toString(), read(f),
                            owners).stream().map(v -> f + ": " + v).toList()));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theRuleSeesAnotherModulesTableInATextBlockAndInAString() {
        Map<String, String> owners = Map.of("customer", "customers", "area", "customers", "notice", "notification");
        String source = """
                class Sample {
                    String a = \"""
                            SELECT n.id FROM notice n
                            JOIN customer c ON c.id = n.customer_id
                            \""";
                    String b = "SELECT name FROM area WHERE id = ?";
                    char quote = '"'; // a "quote" in a comment is no string
                    String c = "UPDATE customer SET address = ? WHERE id = ?"; /* nor "FROM area" here */
                }
                """;

        assertThat(violations("notification", source, owners)).containsExactly("customer (customers)",
                "area (customers)", "customer (customers)");
        assertThat(violations("customers", source, owners)).containsExactly("notice (notification)");
    }

    static List<String> violations(String module, String source, Map<String, String> owners) {
        List<String> found = new ArrayList<>();
        for (String text : literals(source)) {
            Matcher table = TABLE_AFTER_KEYWORD.matcher(text);
            while (table.find()) {
                String owner = owners.get(table.group(1));
                if (owner != null && !owner.equals(module)) {
                    found.add(table.group(1) + " (" + owner + ")");
                }
            }
        }
        return found;
    }

    /** The string literals and text blocks of a Java source, escapes left as written; comments and chars skipped. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                String quote = String.valueOf(source.charAt(i));
                int end = closing(source, i + 1, quote);
                if (quote.equals("\"")) {
                    literals.add(source.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** Where {@code quote} closes what starts at {@code from}, skipping backslash escapes. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                String module = MIGRATION_OWNERS.get(version(file.getFileName().toString()));
                Matcher create = CREATE_TABLE.matcher(read(file));
                while (create.find()) {
                    owners.put(create.group(1), TABLE_OWNERS.getOrDefault(create.group(1), module));
                }
            }
        }
        return owners;
    }

    private static String version(String migration) {
        Matcher m = VERSION.matcher(migration);
        return m.matches() ? m.group(1) : migration;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.heatdesk.customers.internal.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.ImportColumn;
import cn.heatdesk.customers.ImportError;

/**
 * The first pass over a file (R-SYS-4): every row is checked and every error collected; nothing is
 * written. Rows are looked up in the database a block at a time (account numbers and rooms that already
 * exist), so the cost does not depend on how many customers the company has. What is remembered across
 * blocks is only what finds duplicates within the file: each account number and room with its first row.
 */
final class ImportValidation {

    static final int BLOCK = 2000;

    private final JdbcClient jdbc;
    private final HouseholdRowRules rules;
    private final Places places;
    private final CustomerScope scope;
    private final ErrorCollector collector;
    private final Map<String, Integer> accounts = new HashMap<>();
    private final Map<String, Integer> rooms = new HashMap<>();
    private final List<ImportError> blockErrors = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private int rows;
    private int blockRows;

    private record Pending(HouseholdRow row, Places.Place place) {
    }

    ImportValidation(JdbcClient jdbc, HouseholdRowRules rules, Places places, CustomerScope scope,
                     ErrorCollector collector) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.places = places;
        this.scope = scope;
        this.collector = collector;
    }

    /** Checks one data row; returns true at the end of a block (a good moment to report progress). */
    boolean accept(SourceRow source) {
        rows++;
        blockRows++;
        HouseholdRow row = rules.check(source, blockErrors);
        Places.Place place = row.community() != null && row.building() != null && row.unit() != null
                ? places.resolve(row, scope, blockErrors) : null;
        boolean newAccount = false;
        if (row.accountNumber() != null) {
            Integer first = accounts.putIfAbsent(row.accountNumber(), row.row());
            if (first != null) {
                blockErrors.add(new ImportError(row.row(), ImportColumn.ACCOUNT_NUMBER.header(), row.accountNumber(),
                        "户号与第 " + first + " 行重复"));
            }
            else {
                newAccount = true;
            }
        }
        boolean newRoom = false;
        if (place != null && row.room() != null) {
            Integer first = rooms.putIfAbsent(place.roomKey(row.room()), row.row());
            if (first != null) {
                blockErrors.add(new ImportError(row.row(), ImportColumn.ROOM.header(), row.room(),
                        "房屋“" + place.address(row.room()) + "”与第 " + first + " 行重复"));
            }
            else {
                newRoom = place.unitId() != null;
            }
        }
        if (newAccount || newRoom) {
            pending.add(new Pending(newAccount ? row : withoutAccount(row), newRoom ? place : null));
        }
        if (blockRows >= BLOCK) {
            endBlock();
            return true;
        }
        return false;
    }

    /** Checks the last, incomplete block. */
    void finish() {
        endBlock();
    }

    int rows() {
        return rows;
    }

    private void endBlock() {
        checkAgainstDatabase();
        collector.addBlock(blockErrors);
        blockErrors.clear();
        pending.clear();
        blockRows = 0;
    }

    private void checkAgainstDatabase() {
        List<String> blockAccounts = pending.stream().map(p -> p.row().accountNumber())
                .filter(a -> a != null).toList();
        if (!blockAccounts.isEmpty()) {
            Set<String> existing = new HashSet<>(jdbc.sql(
                            "SELECT account_number FROM customer WHERE account_number IN (:accounts)")
                    .param("accounts", blockAccounts)
                    .query(String.class)
                    .list());
            for (Pending p : pending) {
                if (p.row().accountNumber() != null && existing.contains(p.row().accountNumber())) {
                    blockErrors.add(new ImportError(p.row().row(), ImportColumn.ACCOUNT_NUMBER.header(),
                            p.row().accountNumber(), "户号 " + p.row().accountNumber() + " 已存在于系统中"));
                }
            }
        }
        List<Pending> withRooms = pending.stream().filter(p -> p.place() != null).toList();
        if (!withRooms.isEmpty()) {
            Map<String, String> occupied = new HashMap<>();
            jdbc.sql("SELECT unit_id, room, account_number FROM customer WHERE unit_id IN (:units) AND room IN (:rooms)")
                    .param("units", withRooms.stream().map(p -> p.place().unitId()).distinct().toList())
                    .param("rooms", withRooms.stream().map(p -> p.row().room()).distinct().toList())
                    .query(rs -> {
                        occupied.put(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3));
                    });
            for (Pending p : withRooms) {
                String account = occupied.get(p.place().unitId() + "/" + p.row().room());
                if (account != null) {
                    blockErrors.add(new ImportError(p.row().row(), ImportColumn.ROOM.header(), p.row().room(),
                            "房屋“" + p.place().address(p.row().room()) + "”已有用户档案（户号 " + account + "）"));
                }
            }
        }
    }

    private static HouseholdRow withoutAccount(HouseholdRow r) {
        return new HouseholdRow(r.row(), null, r.community(), r.building(), r.unit(), r.room(), r.ownerName(),
                r.phone(), r.phone2(), r.idNumber(), r.heatedAreaM2(), r.contractDate(), r.status(),
                r.agreementSigned(), r.agreedCelsius());
    }
}

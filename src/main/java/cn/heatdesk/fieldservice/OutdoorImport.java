package cn.heatdesk.fieldservice;

import java.util.List;

/** The result of an outdoor temperature CSV import: how many rows were added, skipped as already recorded, refused. */
public record OutdoorImport(int added, int alreadyRecorded, List<String> problems) {

    public OutdoorImport {
        problems = List.copyOf(problems);
    }
}

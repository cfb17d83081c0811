package cn.heatdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(HeatDeskApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void knowsTheStaffModule() {
        assertThat(MODULES.getModuleByName("staff")).isPresent();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();

        assertThat(Path.of("target", "spring-modulith-docs")).isDirectoryContaining("glob:**/components.puml");
    }
}
